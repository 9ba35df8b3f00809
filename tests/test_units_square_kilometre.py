"""平方千米 is the square kilometre, as 千米 is the kilometre: the same unit as 平方公里 (a
survey's area, 完成测绘面积120平方千米; a cost per area, 万元/平方千米), read and compared so."""

from __future__ import annotations

from decimal import Decimal

from jixiao.domain.target import TargetKind, parse_target
from jixiao.domain.units import canonical_unit


def test_square_kilometres_in_either_spelling_are_one_unit() -> None:
    assert canonical_unit("平方千米") == canonical_unit("平方公里") == "平方公里"


def test_an_area_in_square_kilometres_is_a_quantity() -> None:
    target = parse_target("≥650平方千米")
    assert target.kind is TargetKind.QUANTITATIVE
    assert target.value == Decimal("650")
    assert target.unit == "平方公里"


def test_a_cost_per_square_kilometre_keeps_its_money() -> None:
    target = parse_target("≤1.6万元/平方千米")
    assert target.kind is TargetKind.QUANTITATIVE
    assert target.unit == "万元/平方公里"


def test_a_kilometre_alone_stays_a_length() -> None:
    assert canonical_unit("千米") == "公里"
