"""A time limit in words (``于2025年中秋节前完成``, ``每季度结束后1个月内``): no date to read as a
period, so a standard as written; a cell of it is a deadline, and a report's prose states it
as a target however long it is."""

from __future__ import annotations

import pytest

from jixiao.domain.target import TargetKind, is_time_limit_phrase, parse_target
from jixiao.ingest.general.kinds import Kind, kind_of
from jixiao.ingest.general.prose import ProseTarget, read_prose_targets
from jixiao.ingest.general.stream import cut_runon_row
from jixiao.ingest.general.weight_after import WEIGHT_AFTER_TARGET
from jixiao.ingest.source import SourceLine


def _read(*texts: str) -> list[ProseTarget]:
    lines = [SourceLine(n, text, (text,)) for n, text in enumerate(texts, start=1)]
    return read_prose_targets(lines)


@pytest.mark.parametrize(
    "text",
    ["中秋节前发放", "于2025年端午节前完成", "在国庆、中秋前发放到位", "“两节”前", "汛期前完成"],
)
def test_a_festival_deadline_is_a_time_limit_read_as_written(text: str) -> None:
    assert is_time_limit_phrase(text)
    target = parse_target(text)
    assert (target.kind, target.standard) == (TargetKind.QUALITATIVE, text)
    assert kind_of(text) is Kind.PERIOD


@pytest.mark.parametrize("text", ["春节慰问人数", "中秋节", "春节前后", "节前", "国庆期间"])
def test_a_festival_named_without_a_deadline_is_no_time_limit(text: str) -> None:
    assert not is_time_limit_phrase(text)
    assert kind_of(text) is not Kind.PERIOD


@pytest.mark.parametrize("text", ["2022年3月春季开学前", "6月汛期前完成", "9月份开学前到位"])
def test_a_seasons_deadline_with_its_month_is_a_time_limit_read_as_written(text: str) -> None:
    target = parse_target(text)
    assert (target.kind, target.standard) == (TargetKind.QUALITATIVE, text)
    assert kind_of(text) is Kind.PERIOD


@pytest.mark.parametrize("text", ["9月开学", "3月开学典礼", "6月汛期巡查次数"])
def test_a_month_and_season_with_no_deadline_word_is_no_time_limit(text: str) -> None:
    assert not is_time_limit_phrase(text)
    assert kind_of(text) is not Kind.PERIOD


def test_the_recurring_and_event_limits_are_time_limits_too() -> None:
    assert is_time_limit_phrase("每季度结束后1个月内")
    assert is_time_limit_phrase("每月20日前")
    assert not is_time_limit_phrase("每月")


def test_a_long_time_limit_in_prose_is_the_target_of_the_name_before_it() -> None:
    found = _read("3.时效指标：农机购置补贴兑付时间，目标每季度结束后1个月内，二季度已兑付。")
    assert [(item.name, item.target.standard) for item in found] == [
        ("农机购置补贴兑付时间", "每季度结束后1个月内")
    ]
    assert found[0].actual == "二季度已兑付"


def test_a_festival_deadline_in_prose_is_the_target_of_the_name_before_it() -> None:
    found = _read("3.时效指标：困难群众慰问金发放时间，目标于2025年中秋节前发放，已全部发放。")
    assert [(item.name, item.target.standard) for item in found] == [
        ("困难群众慰问金发放时间", "于2025年中秋节前发放")
    ]


def test_a_long_standard_in_words_stays_a_remark() -> None:
    found = _read("2.可持续影响指标：工作机制，目标逐步建立并不断完善提高，正在推进。")
    assert found == []


def test_a_festival_deadline_in_a_row_run_together_is_cut_off_its_name() -> None:
    assert cut_runon_row("时效指标走访慰问完成时限中秋节前完成", ()) == [
        "时效指标",
        "走访慰问完成时限",
        "中秋节前完成",
    ]
    assert cut_runon_row("走访慰问完成时限中秋节前完成15", WEIGHT_AFTER_TARGET) == [
        "走访慰问完成时限",
        "中秋节前完成",
        "15",
    ]


def test_a_deadlines_name_before_words_that_are_no_deadline_stays_whole() -> None:
    assert cut_runon_row("时效指标走访慰问完成时限合理", ()) != [
        "时效指标",
        "走访慰问完成时限",
        "合理",
    ]


@pytest.mark.parametrize("text", ["每天早8点前", "每日22时30分前完成", "每天6点半前"])
def test_an_hour_of_each_day_is_a_time_limit_read_as_written(text: str) -> None:
    assert is_time_limit_phrase(text)
    target = parse_target(text)
    assert (target.kind, target.standard) == (TargetKind.QUALITATIVE, text)
    assert kind_of(text) is Kind.PERIOD


@pytest.mark.parametrize("text", ["每日8小时", "每天2点", "每日巡查"])
def test_a_daily_duration_or_hour_without_a_deadline_is_no_time_limit(text: str) -> None:
    assert not is_time_limit_phrase(text)
    assert kind_of(text) is not Kind.PERIOD
