"""Targets a report states in prose in the genre's further wordings: a unit with its
alternative in brackets (``≥1100台(套)``), a deadline with what is to be done by it
(``2020年12月31日前兑付完毕``) and a bound relative to a reference (``不超过…的30%``)."""

from __future__ import annotations

from decimal import Decimal

from jixiao.domain.target import Operator, TargetKind
from jixiao.ingest.general.prose import ProseTarget, read_prose_targets
from jixiao.ingest.name_target import split_name_target
from jixiao.ingest.source import SourceLine


def _read(*texts: str) -> list[ProseTarget]:
    lines = [SourceLine(n, text, (text,)) for n, text in enumerate(texts, start=1)]
    return read_prose_targets(lines)


def test_a_unit_with_its_alternative_in_brackets_is_read_with_the_first() -> None:
    found = _read("1.数量指标:更新公交车辆数量,年度目标值≥45辆(台),截至9月底已更新30辆(台)。")
    assert [(item.name, item.target.value, item.target.unit) for item in found] == [
        ("更新公交车辆数量", Decimal("45"), "辆")
    ]
    assert found[0].actual == "已更新30辆(台)"


def test_a_deadline_with_what_is_to_be_done_by_it_is_the_period() -> None:
    found = _read(
        "3.时效指标:危房改造补助发放时间,年度目标为2024年11月30日前全部发放到位,目前进展顺利。"
    )
    assert [(item.name, item.target.kind) for item in found] == [
        ("危房改造补助发放时间", TargetKind.PERIOD)
    ]
    assert found[0].target.text.startswith("2024年11月30日前")


def test_words_after_a_deadline_that_say_no_completion_are_no_period() -> None:
    found = _read("3.时效指标:危房改造补助发放时间,年度目标为2024年11月30日前视情况调整。")
    assert all(item.target.kind is not TargetKind.PERIOD for item in found)


def test_a_bound_relative_to_a_reference_keeps_its_words_and_stops_the_name() -> None:
    read = split_name_target("公务接待费支出不高于上年同期实际支出的90%")
    assert read is not None
    name, phrase, target = read
    assert name == "公务接待费支出"
    assert (target.operator, target.value, target.unit) == (Operator.LE, Decimal("90"), "%")
    assert target.text == phrase == "不高于上年同期实际支出的90%"


def test_a_reference_without_its_share_is_no_relative_bound() -> None:
    # 不低于上年水平: a standard of words, the name still stops before it
    read = split_name_target("群众满意度不低于上年水平")
    assert read is not None and read[0] == "群众满意度"
    assert read[2].kind is TargetKind.QUALITATIVE


def test_a_bound_alone_in_the_clause_after_a_name_is_its_target() -> None:
    found = _read("4.成本指标：每公里道路养护费用，控制在3.6万元以内，上半年平均为3.1万元。")
    assert [(item.name, item.target.operator, item.target.value) for item in found] == [
        ("每公里道路养护费用", Operator.LE, Decimal("3.6"))
    ]
    assert found[0].actual == "上半年平均为3.1万元"


def test_a_bound_after_words_that_are_no_measure_names_nothing() -> None:
    found = _read("4.成本指标：加强资金监管，控制在3.6万元以内。")
    assert all(item.name != "加强资金监管" for item in found)
