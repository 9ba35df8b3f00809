"""Arithmetic rules: each fires when the numbers do not add up, with the numbers in the
message, and is silent on the clean declaration and within the rounding tolerance."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.domain.model import FundingBlock, PerformanceDocument, SpendingCheckpoint
from jixiao.domain.review import Family, ReviewProfile, Rule, Severity, all_rules
from review_helpers import changed, clean_declaration, findings, set_target

CLEAN = clean_declaration()


@pytest.mark.parametrize(
    "rule", [r for r in all_rules() if r.family is Family.ARITHMETIC], ids=lambda r: r.code
)
def test_rule_is_silent_on_the_clean_declaration(rule: Rule) -> None:
    assert findings(CLEAN, rule.code) == []


def test_income_parts_that_miss_the_total_are_an_error_with_the_numbers() -> None:
    found = findings(changed(CLEAN, "budget.income.carry_over", Decimal("25")), "BUDGET.INCOME_SUM")
    assert len(found) == 1
    assert found[0].severity is Severity.ERROR
    assert "305 万元" in found[0].message and "300 万元" in found[0].message
    assert "相差 5 万元" in found[0].message


def test_a_cent_of_rounding_is_within_tolerance() -> None:
    document = changed(CLEAN, "budget.income.carry_over", Decimal("20.01"))
    assert findings(document, "BUDGET.INCOME_SUM") == []


def test_tolerance_is_a_profile_parameter() -> None:
    document = changed(CLEAN, "budget.income.carry_over", Decimal("20.5"))
    assert findings(document, "BUDGET.INCOME_SUM") != []
    loose = ReviewProfile(params={"BUDGET.INCOME_SUM": {"tolerance": Decimal("1")}})
    assert findings(document, "BUDGET.INCOME_SUM", profile=loose) == []


def test_expenditure_parts_that_miss_the_total_are_an_error() -> None:
    found = findings(
        changed(CLEAN, "budget.expenditure.operating", Decimal("40")), "BUDGET.EXPENDITURE_SUM"
    )
    assert len(found) == 1 and "290 万元" in found[0].message


def test_income_and_expenditure_must_balance_using_the_parts_when_the_total_is_missing() -> None:
    document = changed(CLEAN, "budget.expenditure.total", None)
    document = changed(document, "budget.expenditure.personnel", Decimal("148"))
    found = findings(document, "BUDGET.BALANCE")
    assert len(found) == 1
    message = found[0].message
    assert "年度收入预算 300 万元" in message and "年度支出预算 298 万元" in message
    assert "合计未填" in message and "收入大于支出 2 万元" in message


def test_goal_funding_that_exceeds_the_expenditure_budget_is_reported() -> None:
    document = changed(CLEAN, "department_goals.0.funding_block.amount", Decimal("250"))
    found = findings(document, "GOAL.FUNDING_TOTAL")
    assert len(found) == 1 and "350 万元" in found[0].message and "300 万元" in found[0].message


def test_partial_goal_funding_below_the_budget_is_not_a_finding() -> None:
    document = changed(CLEAN, "department_goals.0.funding_block", FundingBlock(name="基本支出"))
    assert findings(document, "GOAL.FUNDING_TOTAL") == []


def test_a_block_named_after_a_budget_line_must_have_its_amount() -> None:
    document = changed(
        CLEAN,
        "department_goals.0.funding_block",
        FundingBlock(name="人员经费", amount=Decimal("140")),
    )
    found = findings(document, "GOAL.FUNDING_MATCH")
    assert len(found) == 1
    assert "人员经费支出 150 万元" in found[0].message and "140 万元" in found[0].message


def test_a_block_named_after_a_project_must_have_its_budget() -> None:
    document = changed(CLEAN, "department_goals.1.funding_block.amount", Decimal("90"))
    found = findings(document, "GOAL.FUNDING_MATCH")
    assert len(found) == 1 and "项目“公共文化服务”的预算数 100 万元" in found[0].message


def test_project_funds_must_add_up_to_its_budget() -> None:
    document = changed(CLEAN, "projects.0.other_funds", Decimal("10"))
    found = findings(document, "PROJECT.FUNDS_SUM")
    assert (
        len(found) == 1 and "110 万元" in found[0].message and "预算数 100 万元" in found[0].message
    )


def test_project_budgets_must_add_up_to_the_project_expenditure() -> None:
    document = changed(CLEAN, "budget.expenditure.project", Decimal("120"))
    found = findings(document, "PROJECT.TOTAL")
    assert len(found) == 1 and "100 万元" in found[0].message and "120 万元" in found[0].message
    partial = ReviewProfile(params={"PROJECT.TOTAL": {"allow_partial": True}})
    assert findings(document, "PROJECT.TOTAL", profile=partial) == []


def test_project_budgets_above_the_project_expenditure_are_reported_even_when_partial() -> None:
    document = changed(CLEAN, "budget.expenditure.project", Decimal("80"))
    partial = ReviewProfile(params={"PROJECT.TOTAL": {"allow_partial": True}})
    assert len(findings(document, "PROJECT.TOTAL", profile=partial)) == 1


def _plan(*points: tuple[int, int | None, str]) -> list[SpendingCheckpoint]:
    return [SpendingCheckpoint(month=m, day=d, cumulative_percent=Decimal(p)) for m, d, p in points]


def test_a_spending_plan_that_goes_down_is_an_error() -> None:
    plan = _plan((3, None, "30"), (6, None, "20"), (12, None, "100"))
    found = findings(changed(CLEAN, "projects.0.spending_plan", plan), "PLAN.ORDER")
    assert len(found) == 1
    assert "6月底 20%" in found[0].message and "累计比例低于前一节点" in found[0].message


def test_a_spending_plan_out_of_time_order_is_an_error() -> None:
    plan = _plan((6, None, "50"), (3, None, "60"), (12, None, "100"))
    found = findings(changed(CLEAN, "projects.0.spending_plan", plan), "PLAN.ORDER")
    assert len(found) == 1 and "时间不晚于前一节点" in found[0].message


def test_a_checkpoint_on_a_day_that_does_not_exist_or_above_100_percent_is_an_error() -> None:
    plan = _plan((2, 30, "20"), (12, None, "110"))
    found = findings(changed(CLEAN, "projects.0.spending_plan", plan), "PLAN.RANGE")
    assert [("2月没有30日" in f.message, "超过 100%" in f.message) for f in found] == [
        (True, False),
        (False, True),
    ]


def test_a_spending_plan_that_stops_short_of_100_percent_is_a_warning() -> None:
    plan = _plan((6, None, "50"), (12, None, "90"))
    found = findings(changed(CLEAN, "projects.0.spending_plan", plan), "PLAN.END")
    assert len(found) == 1 and found[0].severity is Severity.WARNING
    assert "累计 90%" in found[0].message


def test_cost_ceilings_above_the_project_budget_are_an_error_listing_the_sum() -> None:
    document = set_target(CLEAN, "projects.0", "劳务费成本", "≤90万元")
    found = findings(document, "COST.BUDGET")
    assert len(found) == 1
    assert "20 + 90 = 110 万元" in found[0].message and "预算数 100 万元" in found[0].message
    assert len(found[0].related) == 1


def test_cost_ceilings_in_yuan_are_converted_to_wanyuan() -> None:
    document = set_target(CLEAN, "projects.0", "劳务费成本", "≤400000元")
    assert findings(document, "COST.BUDGET") == []
    too_much = set_target(CLEAN, "projects.0", "劳务费成本", "≤900000元")
    assert len(findings(too_much, "COST.BUDGET")) == 1


def test_cost_ceilings_equal_to_the_budget_are_accepted() -> None:
    document = set_target(CLEAN, "projects.0", "劳务费成本", "≤80万元")
    assert findings(document, "COST.BUDGET") == []


def _with_fiscal(general: str | None, fund: str | None, fiscal: str) -> PerformanceDocument:
    document = changed(CLEAN, "budget.income.fiscal_appropriation", Decimal(fiscal))
    document = changed(
        document, "budget.income.general_public_budget", Decimal(general) if general else None
    )
    return changed(
        document, "budget.income.government_fund_budget", Decimal(fund) if fund else None
    )


def test_fiscal_parts_that_exceed_the_stated_fiscal_sum_are_an_error() -> None:
    found = findings(_with_fiscal("250", "40", "270"), "BUDGET.FISCAL_PARTS_EXCEED")
    assert len(found) == 1 and found[0].severity is Severity.ERROR
    assert "财政拨款各项之和 290 万元" in found[0].message
    assert "政府性基金预算拨入 40" in found[0].message and "超过财政拨款收入 270 万元 20 万元" in (
        found[0].message
    )


def test_one_fiscal_part_alone_above_the_sum_is_already_an_error() -> None:
    found = findings(_with_fiscal("275", None, "270"), "BUDGET.FISCAL_PARTS_EXCEED")
    assert len(found) == 1


def test_fiscal_parts_equal_to_the_sum_within_a_cent_are_silent() -> None:
    document = _with_fiscal("230.005", "40", "270")
    assert findings(document, "BUDGET.FISCAL_PARTS_EXCEED") == []
    assert findings(document, "BUDGET.FISCAL_SUM") == []


def test_both_fiscal_parts_short_of_the_sum_are_a_warning_naming_the_gap() -> None:
    found = findings(_with_fiscal("200", "40", "270"), "BUDGET.FISCAL_SUM")
    assert len(found) == 1 and found[0].severity is Severity.WARNING
    assert "财政拨款收入 270 万元比其各项之和 240 万元" in found[0].message
    assert "多 30 万元" in found[0].message
    assert "国有资本经营" in (found[0].suggestion or "")


def test_a_blank_fiscal_part_leaves_a_sum_above_the_other_part_unflagged() -> None:
    # 政府性基金 not stated: the stated sum may well hold it.
    assert findings(_with_fiscal("200", None, "270"), "BUDGET.FISCAL_SUM") == []


def test_a_fiscal_sum_above_the_income_total_is_an_error() -> None:
    found = findings(_with_fiscal(None, None, "320"), "BUDGET.FISCAL_OVER_TOTAL")
    assert len(found) == 1 and "超过年度收入预算合计 300 万元 20 万元" in found[0].message


def test_a_fiscal_sum_within_the_income_total_is_silent() -> None:
    assert findings(_with_fiscal(None, None, "280"), "BUDGET.FISCAL_OVER_TOTAL") == []
