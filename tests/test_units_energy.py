"""Energy use counted in standard coal (公共机构节能): 吨标准煤, 千克标准煤 and their rates."""

from __future__ import annotations

from decimal import Decimal

from jixiao.domain.target import parse_target
from jixiao.domain.units import canonical_unit
from jixiao.ingest.general.kinds import Kind, kind_of


def test_standard_coal_units_and_their_rates_are_read() -> None:
    assert canonical_unit("吨标准煤") == "吨标准煤"
    assert canonical_unit("kgce") == "千克标准煤"
    target = parse_target("≤0.36吨标准煤/万元")
    assert (target.value, target.unit) == (Decimal("0.36"), "吨标准煤/万元")


def test_a_target_with_a_long_rate_unit_is_a_quantity_cell() -> None:
    # 千克标准煤/平方米 is nine glyphs: a cell holding it is a target, not a name
    assert kind_of("≤16.2千克标准煤/平方米") is Kind.QUANTITY
    assert kind_of("≤260千克标准煤/人") is Kind.QUANTITY


def test_a_figure_before_words_that_are_no_unit_stays_a_name() -> None:
    assert kind_of("≥3个乡镇综合文化站") is not Kind.QUANTITY
    assert kind_of("煤改气") is Kind.NAME
