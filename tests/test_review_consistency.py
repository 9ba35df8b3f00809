"""Consistency rules: the same indicator stated differently, names against definitions and
categories, mixed units; each silent on the clean declaration."""

from __future__ import annotations

import pytest

from jixiao.domain.framework import Category, Subcategory
from jixiao.domain.model import GoalSection
from jixiao.domain.review import Area, Family, Rule, Severity, all_rules
from jixiao.domain.review.index import same_indicator
from review_helpers import changed, clean_declaration, findings, indicator, set_target

CLEAN = clean_declaration()


@pytest.mark.parametrize(
    "rule", [r for r in all_rules() if r.family is Family.CONSISTENCY], ids=lambda r: r.code
)
def test_rule_is_silent_on_the_clean_declaration(rule: Rule) -> None:
    assert findings(CLEAN, rule.code) == []


def test_a_different_number_in_the_prose_and_the_table_is_a_conflict() -> None:
    document = set_target(CLEAN, "goal_sections.0", "重点工作完成率", "不低于90%")
    found = findings(document, "CONSIST.TARGET_CONFLICT")
    assert len(found) == 1
    finding = found[0]
    assert finding.severity is Severity.ERROR
    assert "不低于90%" in finding.message and "≥95%" in finding.message
    assert finding.location.area is Area.SECTION
    assert [r.area for r in finding.related] == [Area.GOAL]


def test_a_project_and_its_goal_with_different_targets_conflict() -> None:
    document = set_target(CLEAN, "projects.0", "观众满意度", "≥85%")
    found = findings(document, "CONSIST.TARGET_CONFLICT")
    assert len(found) == 1 and "≥85%" in found[0].message and "≥90%" in found[0].message


def test_unlinked_containers_are_never_compared() -> None:
    # a third prose section matches no goal: its indicators are not the goals' indicators
    extra = GoalSection(title="其他工作", indicators=[indicator("重点工作完成率", "≥50%")])
    sections = [*CLEAN.goal_sections, extra]
    document = changed(CLEAN, "goal_sections", sections)
    assert findings(document, "CONSIST.TARGET_CONFLICT") == []


def test_a_grade_with_and_without_or_better_differs_only_in_wording() -> None:
    document = set_target(CLEAN, "department_goals.0", "单位年终考核成绩", "良好")
    assert findings(document, "CONSIST.TARGET_CONFLICT") == []
    found = findings(document, "CONSIST.TARGET_WORDING")
    assert len(found) == 1 and found[0].severity is Severity.WARNING
    assert "达到良好及以上等次" in found[0].message and "“良好”" in found[0].message


def test_equal_and_at_least_100_percent_of_a_rate_differ_only_in_wording() -> None:
    document = set_target(CLEAN, "department_goals.1", "展览按时开展率", "=100%")
    document = set_target(document, "projects.0", "展览按时开展率", "≥100%")
    assert findings(document, "CONSIST.TARGET_CONFLICT") == []
    assert len(findings(document, "CONSIST.TARGET_WORDING")) == 1


def test_equal_and_at_least_a_count_conflict() -> None:
    document = set_target(CLEAN, "projects.0", "举办展览场次", "=12场")
    assert len(findings(document, "CONSIST.TARGET_CONFLICT")) == 1


def test_names_that_contain_one_another_are_the_same_indicator() -> None:
    assert same_indicator("召开工作会议", "召开工作会议次数")
    assert same_indicator("来电咨询问题办结率", "来电咨询问题及时办结率")
    assert not same_indicator("问题办结率", "问题及时办结率")  # two extra of five: another name
    assert not same_indicator("完成率", "重点工作完成率")  # too short to be evidence
    assert not same_indicator("取暖面积", "取暖温度")


def test_money_in_yuan_and_wanyuan_in_one_table_is_reported() -> None:
    document = set_target(CLEAN, "projects.0", "印刷费成本", "≤200000元")
    found = findings(document, "CONSIST.UNIT")
    assert len(found) == 1
    assert "以“元”计" in found[0].message and "以“万元”计" in found[0].message


def test_a_cost_defined_as_another_expense_item_is_reported() -> None:
    document = changed(CLEAN, "projects.0.indicators.4.definition", "会议费支出")
    found = findings(document, "CONSIST.NAME_DEFINITION")
    assert len(found) == 1
    assert "劳务费" in found[0].message and "会议费" in found[0].message
    assert found[0].location.field == "definition"


def test_spellings_of_one_expense_item_agree() -> None:
    document = changed(
        CLEAN,
        "projects.0.indicators.4",
        indicator("维修维护费成本", "≤40万元", Category.OUTPUT, Subcategory.COST, "设备维修费"),
    )
    assert findings(document, "CONSIST.NAME_DEFINITION") == []


def test_a_rate_defined_without_numerator_and_denominator_is_an_info() -> None:
    document = changed(CLEAN, "projects.0.indicators.1.definition", "展览验收合格的数量")
    found = findings(document, "CONSIST.RATE_DEFINITION")
    assert len(found) == 1 and found[0].severity is Severity.INFO


def test_an_incomplete_definition_is_not_judged() -> None:
    document = changed(CLEAN, "projects.0.indicators.1.definition", "展览验收…数量")
    assert findings(document, "CONSIST.RATE_DEFINITION") == []


def test_a_satisfaction_indicator_filed_under_outcome_is_reported() -> None:
    document = changed(CLEAN, "projects.0.indicators.6.category", Category.OUTCOME)
    document = changed(document, "projects.0.indicators.6.subcategory", Subcategory.SOCIAL)
    found = findings(document, "CONSIST.NAME_CATEGORY")
    assert len(found) == 1
    assert "效益指标/社会效益指标" in found[0].message and "满意度指标" in found[0].message


def test_a_cost_filed_under_quantity_is_reported() -> None:
    document = changed(CLEAN, "projects.0.indicators.3.subcategory", Subcategory.QUANTITY)
    found = findings(document, "CONSIST.NAME_CATEGORY")
    assert len(found) == 1 and "印刷费成本" in found[0].message
