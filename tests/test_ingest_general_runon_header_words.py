"""A header run together on its line of its own, with words the cutting vocabulary does not
list: a header word's unit in brackets (权重(%)), a short header word between known ones
(评分), a word's start before a known word (全年 before 指标值). A longer unknown text
leaves the line to the other readings."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form
from jixiao.ingest.general.stream import runon_header


def test_a_weights_unit_and_a_short_score_word_are_header_words() -> None:
    assert runon_header("一级指标二级指标三级指标分值(分)目标值完成值评分") == [
        "一级指标",
        "二级指标",
        "三级指标",
        "分值(分)",
        "目标值",
        "完成值",
        "评分",
    ]


def test_a_words_start_before_a_known_word_joins_it() -> None:
    assert runon_header("一级指标二级指标三级指标全年指标值权重") == [
        "一级指标",
        "二级指标",
        "三级指标",
        "全年指标值",
        "权重",
    ]


def test_a_row_or_a_long_unknown_text_is_no_header() -> None:
    assert runon_header("产出指标数量指标新建村级服务站数量≥12个10") is None
    assert runon_header("一级指标二级指标三级指标具体说明情况指标值") is None


_FORM = """2024年度项目支出绩效评价指标及评分
项目名称乡村医生补助资金
一级指标二级指标三级指标分值(分)目标值完成值评分
产出指标数量指标补助乡村医生人数10≥420人426人10
质量指标乡村医生培训合格率10≥90%93%10
效益指标社会效益指标村卫生室服务覆盖率20100%100%20
"""


def test_rows_under_such_a_header_are_read(tmp_path: Path) -> None:
    document = read_form(tmp_path, _FORM)
    read = {
        i.name: i.target.text if i.target else None
        for project in document.projects
        for i in project.indicators
    }
    assert read == {
        "补助乡村医生人数": "≥420人",
        "乡村医生培训合格率": "≥90%",
        "村卫生室服务覆盖率": "100%",
    }
