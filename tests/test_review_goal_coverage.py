"""Goal coverage: a commitment of the 年度绩效目标 that no indicator measures, and a quantity
indicator that measures nothing the goal states; explained with the words looked for."""

from __future__ import annotations

import pytest

from jixiao.domain.framework import Category, Subcategory
from jixiao.domain.review import ReviewProfile, Severity
from review_helpers import changed, clean_declaration, clean_self_evaluation, findings, indicator

CLEAN = clean_declaration()
CODES = ["GOAL.UNMEASURED", "GOAL.INDICATOR_UNRELATED"]


@pytest.mark.parametrize("code", CODES)
def test_rules_are_silent_on_the_clean_documents(code: str) -> None:
    profile = ReviewProfile(enabled=frozenset(CODES))
    assert findings(CLEAN, code, profile=profile) == []
    assert findings(clean_self_evaluation(), code, profile=profile) == []


def test_a_commitment_no_indicator_measures_is_reported_with_the_words_looked_for() -> None:
    document = changed(CLEAN, "projects.0.annual_goal", "全年举办展览,培训基层文化骨干200人次。")
    found = findings(document, "GOAL.UNMEASURED")
    assert len(found) == 1 and found[0].severity is Severity.WARNING
    message = found[0].message
    assert "目标“培训基层文化骨干200人次”没有绩效指标衡量" in message
    assert "基层" in message and "骨干" in message
    assert found[0].location.field == "annual_goal"


def test_a_commitment_measured_by_its_number_and_unit_is_covered() -> None:
    document = changed(CLEAN, "projects.0.annual_goal", "全年举办展览,完成12场巡回活动。")
    assert findings(document, "GOAL.UNMEASURED") == []


def test_words_that_are_not_commitments_are_not_checked() -> None:
    document = changed(CLEAN, "projects.0.annual_goal", "全年举办展览,惠及群众,丰富精神生活。")
    assert findings(document, "GOAL.UNMEASURED") == []


def test_commitment_words_are_a_profile_parameter() -> None:
    document = changed(CLEAN, "projects.0.annual_goal", "全年举办展览,丰富精神生活。")
    assert findings(document, "GOAL.UNMEASURED") == []
    profile = ReviewProfile(params={"GOAL.UNMEASURED": {"commitment_words": ("丰富",)}})
    assert len(findings(document, "GOAL.UNMEASURED", profile=profile)) == 1


def test_a_quantity_indicator_unrelated_to_the_goal_is_an_info() -> None:
    document = CLEAN.model_copy(deep=True)
    document.projects[0].indicators.append(
        indicator("车辆维修次数", "≥4次", Category.OUTPUT, Subcategory.QUANTITY)
    )
    assert findings(document, "GOAL.INDICATOR_UNRELATED") == []  # off by default
    profile = ReviewProfile(enabled=frozenset({"GOAL.INDICATOR_UNRELATED"}))
    found = findings(document, "GOAL.INDICATOR_UNRELATED", profile=profile)
    assert len(found) == 1 and found[0].severity is Severity.INFO
    assert "“车辆维修次数”" in found[0].message and "车辆" in found[0].message
