"""A rate of money whose unit is written before its number (``每人每月300元``, ``每亩不超过
200元``): the grammar reads the unit as the rate's (元/人·月), not as money alone."""

from __future__ import annotations

from decimal import Decimal

import pytest

from general_support import table_rows
from jixiao.domain.target import Operator, TargetKind, parse_target
from jixiao.ingest.general.kinds import Kind, kind_of
from jixiao.ingest.general.vocabulary import Role
from jixiao.ingest.name_target import split_name_target


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("每人每月300元", Decimal("300"), "元/人·月"),
        ("每户每年1500元", Decimal("1500"), "元/户·年"),
        ("每亩80元", Decimal("80"), "元/亩"),
        ("每学生每学期625元", Decimal("625"), "元/生·学期"),
        ("每床每日1.5万元", Decimal("1.5"), "万元/床·日"),
    ],
)
def test_a_rate_written_before_its_number_is_the_unit(text: str, value: Decimal, unit: str) -> None:
    target = parse_target(text)
    assert (target.kind, target.value, target.unit) == (TargetKind.QUANTITATIVE, value, unit)


def test_a_rate_keeps_the_comparison_between_it_and_the_number() -> None:
    target = parse_target("救助标准每人每月不低于720元")
    assert (target.operator, target.value, target.unit) == (Operator.GE, Decimal("720"), "元/人·月")


def test_a_count_per_head_or_a_frequency_is_no_rate_of_money() -> None:
    assert parse_target("每人2次").unit == "次"  # written so as often as 2 次/人: left as it is
    assert parse_target("每年4次").unit == "次"
    assert parse_target("每季度1次").unit == "次"


def test_money_with_its_rate_already_written_after_it_is_left_as_it_is() -> None:
    assert parse_target("每户500元/户").unit == "元/户"


def test_a_rate_in_a_row_run_together_is_the_rows_target() -> None:
    rows = table_rows(
        "一级指标二级指标三级指标指标值\n"
        "产出指标成本指标困难残疾人生活补贴标准每人每月80元\n"
        "数量指标补贴发放人数≥1200人\n"
    )
    assert [(row[Role.NAME], row.get(Role.TARGET)) for row in rows] == [
        ("困难残疾人生活补贴标准", "每人每月80元"),
        ("补贴发放人数", "≥1200人"),
    ]


def test_a_rate_after_a_name_in_a_clause_is_the_targets() -> None:
    read = split_name_target("高龄津贴标准每人每年不低于1200元")
    assert read is not None
    name, phrase, target = read
    assert (name, phrase, target.unit) == ("高龄津贴标准", "每人每年不低于1200元", "元/人·年")


def test_a_count_per_head_after_a_name_stays_in_the_name() -> None:
    assert split_name_target("健康体检每人2次") == (
        "健康体检每人",
        "2次",
        parse_target("2次"),
    )


def test_a_cell_of_a_frequency_alone_is_no_rate() -> None:
    assert kind_of("每年2次") is not Kind.QUANTITY  # read as before: no head it is counted by
    assert kind_of("每人每月80元") is Kind.QUANTITY
