"""A Word table converted to Markdown, where a cell's second paragraph became a row of its
own: a few words under a name that lacks them are that name's end, not the next name's
start. The 绩效评价 framework's 决策 and 过程 rows have a quality for a standard (充分, 规范,
合理, 明确, 合规, 有效), each read as the row's target."""

from __future__ import annotations

from pathlib import Path

import pytest

from general_support import read_form
from jixiao.domain.target import TargetKind, TargetSyntaxError, parse_target

_SCORES = """某市2023年城乡医疗救助资金绩效评价报告

附表：绩效评价指标评分表

| 一级指标 | 二级指标 | 三级指标 | 指标值 | 实际完成值 | 分值 | 得分 |
|---|---|---|---|---|---|---|
| 决策（20） | 项目立项 | 立项依据充分性 | 充分 | 充分 | 4 | 4 |
| | | 立项程序规范性 | 规范 | 较规范 | 4 | 3 |
| | 绩效目标 | 绩效目标合理性 | 合理 | 基本合理 | 4 | 3 |
| | | 绩效指标明确性 | 明确 | 明确 | 4 | 4 |
| | 资金投入 | 资金分配合理性 | 合理 | 合理 | 4 | 4 |
| 过程（20） | 资金管理 | 资金使用合规性 | 合规 | 合规 | 10 | 10 |
| | 组织实施 | 制度执行有效性 | 有效 | 较有效 | 10 | 8 |
| 产出（40） | 产出数量 | 医疗救助对象资助参保 | 100% | 100% | 10 | 10 |
| | | 比例 | | | | |
| | | 年度累计救助困难群众 | ≥1.6万人 | 1.7万人 | 10 | 10 |
| | | 人数 | | | | |
| | 产出质量 | 政策范围内住院费用救助 | ≥70% | 72% | 10 | 10 |
| | | 比例 | | | | |
| | 产出时效 | 救助资金拨付及时率 | 100% | 98.5% | 10 | 9 |
| | | 年度新增 | | | | |
| | | 救助对象人数 | ≥1200人 | 1350人 | 5 | 5 |
| 效益（20） | 社会效益 | 困难群众就医负担 | 逐步减轻 | 逐步减轻 | 10 | 10 |
| | 满意度 | 救助对象满意度 | ≥90% | 93% | 10 | 10 |
| 合计 | | | 100 | | | 95 |
"""


def _targets(tmp_path: Path) -> dict[str, str | None]:
    document = read_form(tmp_path, _SCORES)
    return {
        i.name: i.target.text if i.target else None
        for project in document.projects
        for i in project.indicators
    }


def test_a_cell_paragraph_made_a_row_ends_the_name_above(tmp_path: Path) -> None:
    read = _targets(tmp_path)
    assert read["医疗救助对象资助参保比例"] == "100%"
    assert read["年度累计救助困难群众人数"] == "≥1.6万人"
    assert read["政策范围内住院费用救助比例"] == "≥70%"


def test_words_under_a_whole_name_still_start_the_next_name(tmp_path: Path) -> None:
    read = _targets(tmp_path)
    assert read["救助资金拨付及时率"] == "100%"
    assert read["年度新增救助对象人数"] == "≥1200人"


def test_the_framework_qualities_are_the_decision_rows_standards(tmp_path: Path) -> None:
    read = _targets(tmp_path)
    assert {name: read.get(name) for name in _QUALITY_ROWS} == _QUALITY_ROWS


_QUALITY_ROWS = {
    "立项依据充分性": "充分",
    "立项程序规范性": "规范",
    "绩效目标合理性": "合理",
    "绩效指标明确性": "明确",
    "资金分配合理性": "合理",
    "资金使用合规性": "合规",
    "制度执行有效性": "有效",
}


@pytest.mark.parametrize("text", ["充分", "明确", "科学", "合规", "较明确", "基本合规", "不够充分"])
def test_a_quality_alone_or_graded_is_a_standard(text: str) -> None:
    target = parse_target(text)
    assert target.kind is TargetKind.QUALITATIVE
    assert target.standard == text


@pytest.mark.parametrize("text", ["立项依据充分性", "科学施肥技术覆盖率", "明确责任"])
def test_a_name_with_a_quality_inside_stays_no_standard(text: str) -> None:
    with pytest.raises(TargetSyntaxError):
        parse_target(text)
