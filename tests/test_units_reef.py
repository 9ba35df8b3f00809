"""An artificial reef's volume in 空方 (海洋牧场: 投放人工鱼礁3.2万空方), the space its
blocks enclose: a unit of its own, no cubic metre, read in a target cell and in a record's
``指标值:`` line."""

from __future__ import annotations

from decimal import Decimal

from jixiao.domain.target import Operator, parse_target
from jixiao.domain.units import canonical_unit, units_compatible
from jixiao.ingest.general.kinds import Kind, kind_of


def test_the_volume_a_reef_encloses_is_a_unit_with_its_multiplier() -> None:
    assert canonical_unit("空方") == "空方"
    target = parse_target("不少于3.2万空方")
    assert (target.operator, target.value, target.unit) == (Operator.GE, Decimal("3.2"), "万空方")
    assert kind_of("≥8000空方") is Kind.QUANTITY


def test_a_reefs_volume_compares_with_no_cubic_metre() -> None:
    # near miss: 方 alone stays the cubic metre it always was
    assert canonical_unit("方") == "立方米"
    assert not units_compatible("空方", "立方米")
