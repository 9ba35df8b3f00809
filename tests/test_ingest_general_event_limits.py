"""A time limit counted from an event (``审批通过后10个工作日内``, ``发现后72小时内``): a
standard as written, whatever its time unit, and one target when a web table copied one
cell a line wraps it inside its cell (the event on one line, the time on the next)."""

from __future__ import annotations

from pathlib import Path

import pytest

from general_support import read_form
from jixiao.ingest.general.kinds import Kind, kind_of

_HEAD = """某市2025年度项目支出绩效自评表
项目名称
困难群众临时救助项目
一级指标
二级指标
三级指标
年度指标值
实际完成值
"""


def _rows(limit_lines: str) -> str:
    return (
        _HEAD
        + "产出指标\n数量指标\n临时救助人次\n≥1200人次\n1350人次\n"
        + "时效指标\n救助金发放时限\n"
        + limit_lines
        + "8个工作日\n效益指标\n社会效益指标\n困难群众基本生活保障率\n100%\n100%\n"
    )


def _indicators(tmp_path: Path, text: str) -> dict[str, str]:
    document = read_form(tmp_path, text)
    return {
        item.name: item.target.text
        for project in document.projects
        for item in project.indicators
        if item.target is not None
    }


def test_an_event_and_its_time_on_two_lines_are_one_target(tmp_path: Path) -> None:
    read = _indicators(tmp_path, _rows("审批通过后\n10个工作日内\n"))
    assert read["救助金发放时限"] == "审批通过后10个工作日内"
    assert "审批通过后" not in read
    assert read["困难群众基本生活保障率"] == "100%"


def test_a_time_limit_on_one_line_reads_as_before(tmp_path: Path) -> None:
    read = _indicators(tmp_path, _rows("审批通过后10个工作日内\n"))
    assert read["救助金发放时限"] == "审批通过后10个工作日内"


@pytest.mark.parametrize("text", ["发现后72小时内", "接警后30分钟内", "立案之日起90日内"])
def test_a_time_counted_from_an_event_is_a_period_in_hours_and_minutes_too(text: str) -> None:
    assert kind_of(text) is Kind.PERIOD


@pytest.mark.parametrize("text", ["72小时", "发现后", "平均处置时长"])
def test_a_duration_or_an_event_alone_is_no_period(text: str) -> None:
    assert kind_of(text) is not Kind.PERIOD
