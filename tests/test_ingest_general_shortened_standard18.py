"""A qualitative target saying a time is cut (较上年缩短, 逐步缩短): a standard like 较上年下降,
read as the row's target, not as a second name beside the row's own."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form
from jixiao.ingest.general.kinds import Kind, kind_of

_FORM = """\
某县政务服务中心 2022年部门预算绩效文本

某市部门整体支出绩效目标申报表

部门名称\t某县政务服务中心\t\t\t\t\t
年度整体 支出目标 1\t\t\t\t\t\t
\t\t产出指标\t受理审批事项数\t≥1200件\t\t
整体支出\t\t\t审批服务按时办结率\t=100%\t\t
绩效指标\t\t效益指标\t群众办事平均等候时间\t较上年缩短\t\t
\t\t\t办事群众满意度\t≥95%\t\t
"""


def test_a_time_cut_against_last_year_is_a_standard() -> None:
    for text in ("较上年缩短", "逐步缩短", "有所缩短"):
        assert kind_of(text) is Kind.QUALITATIVE


def test_words_naming_what_is_cut_stay_a_name() -> None:
    for text in ("审批时限缩短", "缩短办理时限"):
        assert kind_of(text) is Kind.NAME


def test_a_rows_shortened_target_is_read_as_its_standard(tmp_path: Path) -> None:
    document = read_form(tmp_path, _FORM)
    found = {
        item.name: item.target.text if item.target else None
        for _, item in document.all_indicators()
    }
    assert found["群众办事平均等候时间"] == "较上年缩短"
    assert found["办事群众满意度"] == "≥95%"
    assert "较上年缩短" not in found
