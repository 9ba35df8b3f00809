"""A rate counted per site (巡查4次/点·年, 监测12次/点位): 点 stands in a rate's denominator,
never as a unit alone, where it is an hour of the day (每日17点前)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.domain.target import TargetKind, TargetSyntaxError, parse_target
from jixiao.domain.units import canonical_unit


@pytest.mark.parametrize(
    ("text", "unit"), [("≥2次/点·月", "次/点·月"), ("6次/点位", "次/点位"), ("≤3人/点", "人/点")]
)
def test_a_rate_per_site_is_a_quantity_in_its_unit(text: str, unit: str) -> None:
    target = parse_target(text)
    assert target.kind is TargetKind.QUANTITATIVE
    assert target.unit == unit
    assert target.value is not None and target.value > Decimal(0)


def test_a_site_is_no_unit_alone_nor_a_rates_numerator() -> None:
    assert canonical_unit("点") is None
    assert canonical_unit("点/年") is None
    with pytest.raises(TargetSyntaxError):
        parse_target("9点")
    assert parse_target("每日9点前").kind is TargetKind.QUALITATIVE
