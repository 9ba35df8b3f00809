"""A subsidy paid per head of a population (补助8元/常住人口·年, 40元/户籍人口): the
population stands in a rate's denominator, never as a unit alone, nor as a numerator."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.domain.target import TargetKind, parse_target
from jixiao.domain.units import canonical_unit
from jixiao.ingest.general.kinds import Kind, kind_of


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("≥8元/常住人口·年", "元/常住人口·年"),
        ("12元/服务人口", "元/服务人口"),
        ("≤0.6万元/户籍人口·年", "万元/户籍人口·年"),
    ],
)
def test_a_rate_per_head_of_population_is_a_quantity_in_its_unit(text: str, unit: str) -> None:
    target = parse_target(text)
    assert target.kind is TargetKind.QUANTITATIVE
    assert target.unit == unit
    assert target.value is not None and target.value > Decimal(0)


def test_a_rate_per_head_of_population_reads_as_a_value_cell() -> None:
    assert kind_of("≥3元/服务人口·年") is Kind.QUANTITY


def test_a_population_is_no_unit_alone_nor_a_rates_numerator() -> None:
    assert canonical_unit("常住人口") is None
    assert canonical_unit("服务人口/年") is None
    assert kind_of("服务人口") is Kind.NAME
    assert kind_of("常住人口覆盖率") is Kind.NAME
