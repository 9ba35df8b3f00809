"""Completeness rules: each fires on what the forms ask for and the declaration leaves out,
and is silent on the clean declaration."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.domain.framework import Category
from jixiao.domain.model import FundingBlock
from jixiao.domain.review import Area, Family, Rule, Severity, all_rules
from review_helpers import changed, clean_declaration, findings, indicator, set_target

CLEAN = clean_declaration()


def _family(family: Family) -> list[Rule]:
    return [rule for rule in all_rules() if rule.family is family]


@pytest.mark.parametrize("rule", _family(Family.COMPLETENESS), ids=lambda r: r.code)
def test_rule_is_silent_on_the_clean_declaration(rule: Rule) -> None:
    assert findings(CLEAN, rule.code) == []


def test_missing_overall_goal_and_project_goal_are_reported() -> None:
    document = changed(changed(CLEAN, "overall_goal", None), "projects.0.annual_goal", " ")
    found = findings(document, "DOC.REQUIRED")
    assert [f.location.field for f in found] == ["overall_goal", "annual_goal"]
    assert found[0].message == "未填写部门总体绩效目标"
    assert found[1].location.project == "公共文化服务"


def test_missing_goal_text_is_reported_at_the_goal() -> None:
    found = findings(changed(CLEAN, "department_goals.1.text", None), "DOC.REQUIRED")
    assert [(f.location.area, f.location.goal) for f in found] == [(Area.GOAL, 2)]


def test_missing_expenditure_total_states_the_sum_of_the_parts() -> None:
    found = findings(changed(CLEAN, "budget.expenditure.total", None), "BUDGET.TOTAL_MISSING")
    assert len(found) == 1
    assert "年度支出预算合计未填写" in found[0].message
    assert "300 万元" in found[0].message
    assert found[0].location.field == "expenditure.total"


def test_an_empty_income_budget_is_reported() -> None:
    empty = changed(CLEAN, "budget.income", type(CLEAN.budget.income)())
    found = findings(empty, "BUDGET.TOTAL_MISSING")
    assert [f.message for f in found] == ["未填写年度收入预算"]


def test_goal_funding_without_amount_or_name_is_reported() -> None:
    document = changed(CLEAN, "department_goals.0.funding_block", FundingBlock(name="基本支出"))
    document = changed(document, "department_goals.1.funding_block", FundingBlock())
    found = findings(document, "GOAL.FUNDING_MISSING")
    assert [f.message for f in found] == [
        "整体支出目标1的资金“基本支出”未填写金额",
        "整体支出目标2未填写对应的项目名称及金额",
    ]


def test_project_without_budget_funds_or_plan_is_reported_per_field() -> None:
    document = changed(CLEAN, "projects.0.budget", None)
    document = changed(document, "projects.0.fiscal_funds", None)
    document = changed(document, "projects.0.spending_plan", [])
    found = findings(document, "PROJECT.REQUIRED")
    assert [f.location.field for f in found] == ["budget", "fiscal_funds", "spending_plan"]


def test_project_without_code_is_an_info() -> None:
    found = findings(changed(CLEAN, "projects.0.code", None), "PROJECT.CODE_MISSING")
    assert len(found) == 1 and found[0].severity is Severity.INFO


def test_indicator_without_target_is_an_error_citing_the_same_indicator_elsewhere() -> None:
    document = set_target(CLEAN, "projects.0", "举办展览场次", None)
    found = findings(document, "INDICATOR.TARGET_MISSING")
    assert len(found) == 1
    finding = found[0]
    assert finding.severity is Severity.ERROR
    assert (finding.location.project, finding.location.indicator) == (
        "公共文化服务",
        "举办展览场次",
    )
    assert finding.suggestion is not None and "不少于12场" in finding.suggestion


def test_target_missing_suggests_the_library_typical_value_when_stated_nowhere_else() -> None:
    found = findings(
        set_target(CLEAN, "department_goals.0", "预算执行率", None), "INDICATOR.TARGET_MISSING"
    )
    assert found[0].suggestion is not None and "≥95%" in found[0].suggestion


def test_table_indicators_without_category_are_listed_per_goal() -> None:
    document = changed(CLEAN, "department_goals.0.indicators.0.category", None)
    document = changed(document, "department_goals.0.indicators.0.subcategory", None)
    found = findings(document, "INDICATOR.CATEGORY_MISSING")
    assert len(found) == 1 and "重点工作完成率" in found[0].message


def test_missing_subcategories_are_counted_per_table() -> None:
    document = changed(CLEAN, "department_goals.0.indicators.1.subcategory", None)
    document = changed(document, "department_goals.0.indicators.2.subcategory", None)
    found = findings(document, "INDICATOR.SUBCATEGORY_MISSING")
    assert len(found) == 1
    assert "6 个指标中有 2 个" in found[0].message


def test_a_goal_without_satisfaction_indicator_is_reported() -> None:
    document = changed(CLEAN, "department_goals.0.indicators.5.category", Category.OUTCOME)
    document = changed(document, "department_goals.0.indicators.5.subcategory", None)
    found = findings(document, "COVER.CATEGORIES")
    assert [f.message for f in found] == ["整体支出目标1缺少满意度指标"]
    assert found[0].suggestion is not None and "服务对象满意度" in found[0].suggestion


def test_required_categories_are_a_parameter() -> None:
    from jixiao.domain.review import ReviewProfile

    document = changed(
        CLEAN, "department_goals.0.indicators", CLEAN.department_goals[0].indicators[:4]
    )
    profile = ReviewProfile(params={"COVER.CATEGORIES": {"goal_categories": ("output",)}})
    assert findings(document, "COVER.CATEGORIES") != []
    assert findings(document, "COVER.CATEGORIES", profile=profile) == []


def test_a_project_without_timeliness_or_cost_outputs_is_reported() -> None:
    kept = [i for i in CLEAN.projects[0].indicators if i.subcategory not in ("timeliness", "cost")]
    found = findings(changed(CLEAN, "projects.0.indicators", kept), "COVER.OUTPUTS")
    assert len(found) == 1
    assert "时效指标" in found[0].message and "成本指标" in found[0].message


def test_an_unfunded_goal_needs_no_cost_indicator() -> None:
    kept = [i for i in CLEAN.department_goals[0].indicators if i.subcategory != "cost"]
    document = changed(CLEAN, "department_goals.0.indicators", kept)
    assert findings(document, "COVER.OUTPUTS") != []
    unfunded = changed(document, "department_goals.0.funding_block.amount", Decimal(0))
    assert findings(unfunded, "COVER.OUTPUTS") == []


def test_an_undefined_qualitative_target_without_definition_is_reported() -> None:
    document = changed(
        CLEAN,
        "projects.0.indicators.5",
        indicator("文化品牌影响", "形成示范", Category.OUTCOME, None),
    )
    found = findings(document, "INDICATOR.STANDARD_UNDEFINED")
    assert len(found) == 1 and "形成示范" in found[0].message


def test_a_qualitative_target_explained_by_its_definition_is_accepted() -> None:
    document = changed(
        CLEAN,
        "projects.0.indicators.5",
        indicator("文化品牌影响", "形成示范", Category.OUTCOME, None, "获得省级示范项目称号"),
    )
    assert findings(document, "INDICATOR.STANDARD_UNDEFINED") == []


def test_project_indicators_without_target_basis_are_counted() -> None:
    document = changed(CLEAN, "projects.0.indicators.0.target_basis", None)
    found = findings(document, "BASIS.MISSING")
    assert len(found) == 1
    assert "7 个指标中有 1 个" in found[0].message and "举办展览场次" in found[0].message


def test_a_placeholder_target_is_reported_as_missing_quoting_it() -> None:
    document = CLEAN.model_copy(deep=True)
    project = document.projects[0]
    project.indicators[0] = indicator("举办展览场次", "XX", Category.OUTPUT)
    found = findings(document, "INDICATOR.TARGET_MISSING")
    assert len(found) == 1 and found[0].severity is Severity.ERROR
    assert "写作“XX”" in found[0].message and "占位符" in found[0].message
