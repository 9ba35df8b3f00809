"""Targets the genre writes in words the grammar had not met: a deadline that recurs without
前 (每季度末) or counted from a recurring event (每学期开学后1个月内), a standard of balance
(收支平衡、略有结余), a sum per couple (元/对) and per pupil (元/生·天)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.domain.target import Operator, TargetKind, TargetSyntaxError, parse_target
from jixiao.domain.units import canonical_unit


@pytest.mark.parametrize(
    "text", ["每季度末", "每月25日", "每学期开学后1个月内", "每季度结束后15日内", "每月底前"]
)
def test_a_recurring_deadline_is_a_standard_as_written(text: str) -> None:
    target = parse_target(text)
    assert (target.kind, target.standard) == (TargetKind.QUALITATIVE, text)


@pytest.mark.parametrize("text", ["每月", "每年"])
def test_a_cycle_alone_is_no_deadline(text: str) -> None:
    with pytest.raises(TargetSyntaxError):
        parse_target(text)


def test_a_standard_of_balance_is_read() -> None:
    target = parse_target("收支平衡、略有结余")
    assert (target.kind, target.standard) == (TargetKind.QUALITATIVE, "收支平衡、略有结余")


def test_a_sum_per_couple_is_a_unit() -> None:
    target = parse_target("≤240 元/对")
    assert (target.operator, target.value, target.unit) == (Operator.LE, Decimal(240), "元/对")


def test_a_sum_per_pupil_per_day_is_a_unit() -> None:
    assert parse_target("5元/生·天").unit == "元/生·天"
    assert canonical_unit("元/对") == "元/对"


def test_a_grade_of_a_graded_scale_may_be_written_as_its_glyph() -> None:
    # 耕地质量等级提升 ≥0.5等: the 等 of a graded scale, the same unit as 0.5个等级
    target = parse_target("≥0.5等")
    assert (target.operator, target.value, target.unit) == (Operator.GE, Decimal("0.5"), "个等级")


def test_a_jin_of_grain_is_a_unit_of_its_own() -> None:
    # 亩均粮食产能提高100斤: a 斤 is half a kilogram, never converted to one
    assert parse_target("≥100斤").unit == "斤"
    assert canonical_unit("市斤") == "斤"
    assert canonical_unit("斤") != canonical_unit("公斤")


def test_meals_are_counted_per_serving() -> None:
    # 长者食堂日均供餐量 3000客以上
    target = parse_target("3000客以上")
    assert (target.operator, target.value, target.unit) == (Operator.GE, Decimal(3000), "客")


@pytest.mark.parametrize("text", ["不低于周边耕地", "高于同类县区", "不低于周边同类项目"])
def test_a_comparison_with_the_places_around_or_alike_is_a_standard(text: str) -> None:
    target = parse_target(text)
    assert (target.kind, target.standard) == (TargetKind.QUALITATIVE, text)


@pytest.mark.parametrize("text", ["不低于耕地", "高于地区"])
def test_a_comparison_naming_nothing_to_compare_with_is_no_standard(text: str) -> None:
    with pytest.raises(TargetSyntaxError):
        parse_target(text)
