"""Budget execution monitoring of the Xingtai 2020 project 侨务工作经费, computed by hand.

The project: budget 8 万元; spending plan 3月底 25%, 6月底 50%, 10月底 75%, 12月底 100%.
2020 is a leap year: 1 January → 31 March is 90 days, 31 March → 30 June 91 days,
30 June → 31 October 123 days.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

from jixiao.domain.actuals import Actuals, SpendingRecord
from jixiao.domain.model import (
    FundingExecution,
    FundingSource,
    PerformanceDocument,
    SpendingCheckpoint,
)
from jixiao.domain.monitoring import Colour, monitor, monitoring_profile
from jixiao.domain.monitoring.budget import budget_status
from jixiao.domain.monitoring.spending_plan import elapsed_share, planned_percent
from jixiao.interchange import load_document_file

FIXTURE = Path(__file__).parent / "fixtures" / "xingtai-2020.json"
PROJECT = "侨务工作经费"
DEFAULT = monitoring_profile("default")
STRICT = monitoring_profile("strict")


@pytest.fixture(scope="module")
def document() -> PerformanceDocument:
    return load_document_file(FIXTURE)


def close(actual: Decimal | None, expected: Fraction) -> bool:
    assert actual is not None
    return abs(Fraction(actual) - expected) < Fraction(1, 10**20)


def spent(*amounts: tuple[date, str]) -> Actuals:
    return Actuals(
        fiscal_year=2020,
        spending=[
            SpendingRecord(
                project=PROJECT, date=day, amount=Decimal(amount), economic_category="办公费"
            )
            for day, amount in amounts
        ],
    )


# --- the spending plan, interpolated -------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        # before the year and on 1 January: nothing planned
        (date(2019, 12, 31), Fraction(0)),
        (date(2020, 1, 1), Fraction(0)),
        # 15 February: 45 of the 90 days to 3月底 → 25 × 45/90 = 12.5
        (date(2020, 2, 15), Fraction(25, 2)),
        # on a checkpoint: its value
        (date(2020, 3, 31), Fraction(25)),
        # 15 May: 45 of the 91 days from 31 March to 30 June → 25 + 25 × 45/91 = 3400/91 = 37.36
        (date(2020, 5, 15), Fraction(25) + Fraction(25 * 45, 91)),
        (date(2020, 6, 30), Fraction(50)),
        # 31 August: 62 of the 123 days from 30 June to 31 October → 50 + 25 × 62/123 = 62.60
        (date(2020, 8, 31), Fraction(50) + Fraction(25 * 62, 123)),
        (date(2020, 12, 31), Fraction(100)),
        # after the last checkpoint the plan stays at its value
        (date(2021, 1, 15), Fraction(100)),
    ],
)
def test_spending_plan_is_interpolated_day_by_day(
    document: PerformanceDocument, day: date, expected: Fraction
) -> None:
    plan = document.projects[0].spending_plan
    assert close(planned_percent(plan, day, 2020), expected)


def test_a_checkpoint_with_a_day_falls_on_that_day() -> None:
    plan = [SpendingCheckpoint(month=6, day=15, cumulative_percent=Decimal(50))]
    # 1 January → 15 June is 166 days; on 15 June the plan is 50, on 1 April (91 days) 50 × 91/166
    assert planned_percent(plan, date(2020, 6, 15), 2020) == Decimal(50)
    assert close(planned_percent(plan, date(2020, 4, 1), 2020), Fraction(50 * 91, 166))
    assert planned_percent([], date(2020, 4, 1), 2020) is None


def test_elapsed_share_is_month_over_12_at_month_ends_and_day_precise_between() -> None:
    assert elapsed_share(date(2020, 6, 30), 2020) == Decimal("0.5")
    # 15 May: (4 full months + 15/31) / 12 = 139/372
    assert close(elapsed_share(date(2020, 5, 15), 2020), Fraction(139, 372))
    assert elapsed_share(date(2021, 3, 1), 2020) == 1


# --- budget colours, default profile -------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "colour"),
    [
        # 30 June, half the year gone. 3.2 of 8 = 40%; 40 ÷ 50 = 80% → green (≥ 80)
        ("3.2", Colour.GREEN),
        # 2.4 of 8 = 30%; 30 ÷ 50 = 60% → yellow (60–80)
        ("2.4", Colour.YELLOW),
        # 2 of 8 = 25%; 25 ÷ 50 = 50% → red (< 60)
        ("2", Colour.RED),
    ],
)
def test_budget_colour_against_time_at_the_end_of_june(
    document: PerformanceDocument, amount: str, colour: Colour
) -> None:
    status = budget_status(
        document.projects[0], spent((date(2020, 6, 1), amount)), date(2020, 6, 30), 2020, DEFAULT
    )
    assert status.time_colour is colour
    # on 30 June the plan (50%) equals the time (6/12): both rules agree
    assert status.plan_colour is colour


def test_budget_warning_messages_carry_the_numbers(document: PerformanceDocument) -> None:
    report = monitor(document, spent((date(2020, 6, 1), "2")), date(2020, 6, 30), DEFAULT)
    budget = [w for w in report.warnings if w.rule.startswith("budget.")]
    assert [(w.rule, w.colour) for w in budget] == [
        ("budget.time", Colour.RED),
        ("budget.plan", Colour.RED),
    ]
    assert budget[0].message == (
        "项目“侨务工作经费”截至6月30日预算执行率 25%,为时间进度 50% 的 50%"
    )
    assert budget[1].message == (
        "项目“侨务工作经费”截至6月30日预算执行率 25%,为资金支出计划 50% 的 50%"
    )
    assert budget[0].location == "项目“侨务工作经费”"


def test_against_the_plan_can_be_green_when_against_time_is_yellow(
    document: PerformanceDocument,
) -> None:
    # 31 August: 4.2 of 8 = 52.5%. Time: 8/12 = 66.67% → 52.5 ÷ 66.67 = 78.75% → yellow.
    # Plan: 7700/123 = 62.60% → 52.5 ÷ 62.60 = 83.86% → green.
    status = budget_status(
        document.projects[0], spent((date(2020, 7, 1), "4.2")), date(2020, 8, 31), 2020, DEFAULT
    )
    assert close(status.time_value, Fraction(525, 10) / Fraction(200, 3) * 100)
    assert status.time_colour is Colour.YELLOW
    assert close(status.plan_value, Fraction(525, 10) / Fraction(7700, 123) * 100)
    assert status.plan_colour is Colour.GREEN


def test_records_after_the_date_do_not_count(document: PerformanceDocument) -> None:
    actuals = spent((date(2020, 3, 1), "2"), (date(2020, 7, 1), "4"))
    status = budget_status(document.projects[0], actuals, date(2020, 6, 30), 2020, DEFAULT)
    assert status.executed == Decimal(2)
    # projected year-end execution, linear: 2 ÷ 0.5 = 4
    assert status.projected == Decimal(4)


def test_without_records_the_documents_funding_table_is_used(document: PerformanceDocument) -> None:
    project = document.projects[0].model_copy(
        update={
            "execution_as_of_month": 6,
            "funding_execution": [
                FundingExecution(
                    source=FundingSource.TOTAL, initial_budget=Decimal(8), executed=Decimal(4)
                )
            ],
        }
    )
    status = budget_status(project, Actuals(), date(2020, 6, 30), 2020, DEFAULT)
    assert (status.executed, status.rate, status.time_colour) == (
        Decimal(4),
        Decimal(50),
        Colour.GREEN,
    )
    # a table of 1-6月 says nothing about 31 May
    assert budget_status(project, Actuals(), date(2020, 5, 31), 2020, DEFAULT).executed is None


# --- the strict provincial checkpoints -----------------------------------------------------------


def test_strict_profile_is_red_below_25_percent_at_the_end_of_april(
    document: PerformanceDocument,
) -> None:
    # 30 April: 1.9 of 8 = 23.75% < 25% → red; against time 23.75 ÷ 33.33 = 71.25% → yellow
    report = monitor(document, spent((date(2020, 4, 1), "1.9")), date(2020, 4, 30), STRICT)
    rules = {w.rule: w for w in report.warnings if w.rule.startswith("budget.")}
    assert rules["budget.checkpoint"].colour is Colour.RED
    assert rules["budget.checkpoint"].message.endswith("低于4月底累计执行率应达到的 25%")
    assert rules["budget.time"].colour is Colour.YELLOW
    # the default profile has no checkpoints
    default = monitor(document, spent((date(2020, 4, 1), "1.9")), date(2020, 4, 30), DEFAULT)
    assert "budget.checkpoint" not in {w.rule for w in default.warnings}


def test_strict_checkpoint_applies_only_once_the_month_is_over(
    document: PerformanceDocument,
) -> None:
    status = budget_status(
        document.projects[0], spent((date(2020, 4, 1), "1.9")), date(2020, 4, 29), 2020, STRICT
    )
    assert status.checkpoint is None


@pytest.mark.parametrize(
    ("day", "amount", "month", "colour"),
    [
        # 30 June: 3.3 of 8 = 41.25% ≥ 40% → green
        (date(2020, 6, 30), "3.3", 6, Colour.GREEN),
        # 31 August: 4.7 of 8 = 58.75% < 60% → red
        (date(2020, 8, 31), "4.7", 8, Colour.RED),
        # 15 November: the last checkpoint passed is October's 80%; 6.4 of 8 = 80% → green
        (date(2020, 11, 15), "6.4", 10, Colour.GREEN),
    ],
)
def test_strict_checkpoints_of_june_august_and_october(
    document: PerformanceDocument, day: date, amount: str, month: int, colour: Colour
) -> None:
    status = budget_status(
        document.projects[0], spent((date(2020, 5, 1), amount)), day, 2020, STRICT
    )
    assert status.checkpoint is not None and status.checkpoint.month == month
    assert status.checkpoint_colour is colour


def test_late_spending_is_red_on_every_budget_rule_at_the_end_of_october(
    document: PerformanceDocument,
) -> None:
    # Only 1 of 8 spent by 31 October (the rest goes out in December): 12.5%.
    # time 12.5 ÷ 83.33 = 15% red; plan 12.5 ÷ 75 = 16.67% red; strict 12.5 < 80 red
    actuals = spent((date(2020, 9, 10), "1"), (date(2020, 12, 20), "5"))
    report = monitor(document, actuals, date(2020, 10, 31), STRICT)
    budget = [(w.rule, w.colour) for w in report.warnings if w.rule.startswith("budget.")]
    assert budget == [
        ("budget.time", Colour.RED),
        ("budget.plan", Colour.RED),
        ("budget.checkpoint", Colour.RED),
    ]
    assert close(report.project(PROJECT).budget.plan_value, Fraction(125, 10) / 75 * 100)


def test_an_adjusted_budget_is_measured_against_but_the_form_shows_the_initial_one(
    document: PerformanceDocument,
) -> None:
    adjusted = document.model_copy(deep=True)
    adjusted.projects[0].funding_execution = [
        FundingExecution(
            source=FundingSource.TOTAL, initial_budget=Decimal(8), full_year_budget=Decimal(10)
        )
    ]
    report = monitor(adjusted, spent((date(2020, 6, 1), "5")), date(2020, 6, 30), DEFAULT)
    form = report.project(PROJECT).form
    # 年初预算数 8 | 1-6月执行数 5 | 执行率 5 ÷ 10 (全年预算数) = 50% | 全年预计 5 ÷ 6/12 = 10
    assert (form.funding.initial_budget, form.funding.executed) == (Decimal(8), Decimal(5))
    assert (form.funding.rate, form.funding.projected) == (Decimal(50), Decimal(10))
