"""The actuals model: who a record belongs to, what a reading must carry, look-ups by date."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from pydantic import ValidationError

from jixiao.domain.actuals import (
    Actuals,
    IndicatorRef,
    Owner,
    ProgressRecord,
    SpendingRecord,
    YearEndActual,
)


def test_an_indicator_belongs_to_exactly_one_project_or_goal() -> None:
    with pytest.raises(ValidationError, match="须注明所属项目或整体支出目标"):
        IndicatorRef(indicator="侨群满意度")
    with pytest.raises(ValidationError, match="只能属于一个项目或一个整体支出目标"):
        IndicatorRef(project="侨务工作经费", goal=3, indicator="侨群满意度")
    assert IndicatorRef(goal=3, indicator="侨群满意度").label == "整体支出目标3指标“侨群满意度”"


def test_spending_may_belong_to_the_department_as_a_whole() -> None:
    record = SpendingRecord(date=date(2020, 1, 31), amount=Decimal("5.35"))
    assert record.owner_label == "部门"
    assert Owner(project="侨务工作经费").owner_label == "项目“侨务工作经费”"


def test_a_progress_report_needs_a_value_and_a_year_end_actual_a_value_or_an_explanation() -> None:
    ref = IndicatorRef(project="侨务工作经费", indicator="侨情简讯刊发期数")
    with pytest.raises(ValidationError, match="缺少完成值"):
        ProgressRecord(ref=ref, date=date(2020, 6, 30))
    with pytest.raises(ValidationError, match="缺少实际完成值"):
        YearEndActual(ref=ref)
    assert YearEndActual(ref=ref, deviation_explanation="说明").has_value is False


def test_units_are_read_into_their_canonical_spelling() -> None:
    ref = IndicatorRef(project="p", indicator="取暖面积")
    assert YearEndActual(ref=ref, value=Decimal(36), unit="平米").unit == "平方米"
    with pytest.raises(ValidationError, match="“永”不是可识别的度量单位"):
        YearEndActual(ref=ref, value=Decimal(1), unit="永")


def test_look_ups_match_names_without_layout_spaces_and_respect_dates() -> None:
    ref = IndicatorRef(project="侨务工作经费", indicator="侨情简讯刊发期数")
    reports = [
        ProgressRecord(ref=ref, date=date(2020, 3, 31), value=Decimal(6)),
        ProgressRecord(ref=ref, date=date(2020, 6, 30), value=Decimal(12)),
    ]
    spending = [
        SpendingRecord(project="侨务工作经费", date=date(2020, 3, 1), amount=Decimal(1)),
        SpendingRecord(project="侨务工作经费", date=date(2020, 9, 1), amount=Decimal(2)),
        SpendingRecord(goal=1, date=date(2020, 3, 1), amount=Decimal(4)),
    ]
    actuals = Actuals(progress=reports, spending=spending)
    latest = actuals.latest_progress("侨务 工作经费", None, "侨情简讯 刊发期数", date(2020, 5, 1))
    assert latest is not None and latest.value == Decimal(6)
    assert (
        actuals.latest_progress("侨务工作经费", None, "侨情简讯刊发期数", date(2020, 1, 1)) is None
    )
    assert len(actuals.spending_of(project="侨务工作经费", until=date(2020, 6, 30))) == 1
    assert len(actuals.spending_of(goal=1)) == 1
    assert len(actuals.spending_until(date(2020, 6, 30))) == 2
