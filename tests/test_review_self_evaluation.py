"""Self-evaluation rules: a 自评表's stated 执行率, 得分, 总分 and 评价等级 against the scoring
arithmetic; each fires with the numbers, accepts the rounding a reviewer accepts, is an error
only when the stated figure gives a better rating, and is silent on a clean form."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.domain.model import AchievementLevel, PerformanceDocument
from jixiao.domain.review import Family, ReviewProfile, Rule, Severity, all_rules, review
from jixiao.interchange.review_profile import load_profile
from review_helpers import changed, clean_declaration, clean_self_evaluation, findings

CLEAN = clean_self_evaluation()
FAMILY = [rule for rule in all_rules() if rule.family is Family.SELF_EVALUATION]


@pytest.mark.parametrize("rule", FAMILY, ids=lambda r: r.code)
def test_rule_is_silent_on_a_clean_self_evaluation(rule: Rule) -> None:
    assert findings(CLEAN, rule.code) == []


@pytest.mark.parametrize("rule", FAMILY, ids=lambda r: r.code)
def test_rule_is_silent_on_a_declaration_without_scores(rule: Rule) -> None:
    assert findings(clean_declaration(), rule.code) == []


def _funding(document: PerformanceDocument, **values: Decimal) -> PerformanceDocument:
    copy = document.model_copy(deep=True)
    for name, value in values.items():
        setattr(copy.projects[0].funding_execution[0], name, value)
    return copy


def _score(document: PerformanceDocument, name: str, score: str) -> PerformanceDocument:
    copy = document.model_copy(deep=True)
    for indicator in copy.projects[0].indicators:
        if indicator.name == name:
            assert indicator.result is not None
            indicator.result.score = Decimal(score)
    return copy


def test_a_budget_score_above_the_execution_rate_is_reported_with_both_ways() -> None:
    # 9 points stated where 50% of 10 points gives 5; the total still rates 优: a warning
    document = _funding(
        CLEAN, executed=Decimal("50"), execution_rate=Decimal("50"), score=Decimal("9")
    )
    found = findings(document, "SELFEVAL.BUDGET_SCORE")
    assert len(found) == 1
    assert "写作 9 分" in found[0].message and "按执行率 50% 为 5 分" in found[0].message
    assert found[0].severity is Severity.WARNING
    assert found[0].location.field == "funding_execution"


def test_a_budget_score_that_lifts_the_rating_is_an_error() -> None:
    document = _funding(
        CLEAN, executed=Decimal("50"), execution_rate=Decimal("50"), score=Decimal("9")
    )
    document = changed(document, "projects.0.total_score", Decimal("91"))
    found = findings(document, "SELFEVAL.BUDGET_SCORE")
    assert [f.severity for f in found] == [Severity.ERROR]
    assert "评价等级偏高" in (found[0].suggestion or "")


def test_a_rate_rounded_to_a_whole_percent_is_accepted() -> None:
    # 95.4 of 100 spent, written 95% and scored 9.5: rounding, not an error
    document = _funding(CLEAN, executed=Decimal("95.4"))
    assert findings(document, "SELFEVAL.BUDGET_SCORE") == []
    assert findings(document, "SELFEVAL.EXECUTION_RATE") == []


def test_overspending_scores_the_full_points_not_more() -> None:
    document = _funding(
        CLEAN, executed=Decimal("110"), execution_rate=Decimal("110"), score=Decimal("11")
    )
    found = findings(document, "SELFEVAL.BUDGET_SCORE")
    assert len(found) == 1 and "为 10 分" in found[0].message


def test_an_execution_rate_that_is_not_executed_over_budget_is_reported() -> None:
    document = _funding(CLEAN, execution_rate=Decimal("85"), score=Decimal("8.5"))
    found = findings(document, "SELFEVAL.EXECUTION_RATE")
    assert len(found) == 1 and "应为 95%" in found[0].message
    assert found[0].severity is Severity.WARNING


def test_full_points_for_a_missed_target_are_reported() -> None:
    found = findings(_score(CLEAN, "展览验收合格率", "15"), "SELFEVAL.INDICATOR_SCORE")
    assert len(found) == 1
    message = found[0].message
    assert "“展览验收合格率”得分写作 15 分" in message and "应为 14.21 分" in message
    assert found[0].severity is Severity.WARNING  # 优 either way
    assert found[0].location.indicator == "展览验收合格率"


def test_a_qualitative_score_inside_its_band_is_accepted_outside_it_reported() -> None:
    assert findings(_score(CLEAN, "社会影响", "8"), "SELFEVAL.INDICATOR_SCORE") == []
    found = findings(_score(CLEAN, "社会影响", "5"), "SELFEVAL.INDICATOR_SCORE")
    assert len(found) == 1 and "8–10 分之间" in found[0].message


def test_an_actual_the_scoring_cannot_read_is_left_alone() -> None:
    document = CLEAN.model_copy(deep=True)
    result = document.projects[0].indicators[0].result
    assert result is not None
    result.actual_text, result.actual, result.actual_unit = "见附件", None, None
    assert findings(document, "SELFEVAL.INDICATOR_SCORE") == []


def test_a_total_that_is_not_the_sum_of_its_rows_is_reported() -> None:
    found = findings(changed(CLEAN, "projects.0.total_score", Decimal("99")), "SELFEVAL.TOTAL_SUM")
    assert len(found) == 1
    assert "6 个指标得分之和为 97.71 分" in found[0].message and "相差 1.29 分" in found[0].message
    assert found[0].severity is Severity.WARNING


def test_a_total_that_sums_overstated_rows_is_an_error_when_it_lifts_the_rating() -> None:
    # 受益人数 reached 3 of 5 万人次 but is scored 20 of 20: the sum holds, the arithmetic
    # gives 12 points and a total of 89.71 (良), not 97.71 (优)
    document = CLEAN.model_copy(deep=True)
    result = document.projects[0].indicators[3].result
    assert result is not None
    result.actual_text, result.actual = "3万人次", Decimal("3")
    assert findings(document, "SELFEVAL.TOTAL_SUM") == []
    total = findings(document, "SELFEVAL.TOTAL_RECOMPUTED")
    assert [f.severity for f in total] == [Severity.ERROR]
    assert "重新计算为 89.71 分(“良”)" in total[0].message
    row = findings(document, "SELFEVAL.INDICATOR_SCORE")
    assert [f.severity for f in row] == [Severity.ERROR] and "应为 12 分" in row[0].message


def test_a_rating_better_than_the_total_is_an_error_a_lower_one_a_warning() -> None:
    document = changed(CLEAN, "projects.0.total_score", Decimal("85"))
    assert [f.severity for f in findings(document, "SELFEVAL.RATING")] == [Severity.ERROR]
    modest = changed(CLEAN, "projects.0.rating", "良好")
    assert [f.severity for f in findings(modest, "SELFEVAL.RATING")] == [Severity.WARNING]
    assert findings(changed(document, "projects.0.rating", "良好"), "SELFEVAL.RATING") == []


def test_a_profile_sets_the_tolerance_and_switches_the_rules_off(tmp_path: Path) -> None:
    document = _score(CLEAN, "展览验收合格率", "15")
    path = tmp_path / "bureau.toml"
    path.write_text(
        'disable = ["SELFEVAL.TOTAL_SUM"]\n[rules."SELFEVAL.INDICATOR_SCORE"]\ntolerance = 1\n',
        encoding="utf-8",
    )
    profile = load_profile(path)
    assert findings(document, "SELFEVAL.INDICATOR_SCORE", profile=profile) == []
    assert "SELFEVAL.TOTAL_SUM" not in review(document, profile).rules
    strict = ReviewProfile(params={"SELFEVAL.INDICATOR_SCORE": {"tolerance": Decimal("0.1")}})
    assert len(findings(document, "SELFEVAL.INDICATOR_SCORE", profile=strict)) == 1


def test_the_hebei_scoring_profile_bands_are_a_parameter() -> None:
    # 部分达成 is 50–80% of the points under the Hebei bands, 60–80% by default: 5 of 10
    document = CLEAN.model_copy(deep=True)
    result = document.projects[0].indicators[4].result
    assert result is not None
    result.level, result.score = AchievementLevel.PARTIAL, Decimal("5")
    hebei = ReviewProfile(params={"SELFEVAL.INDICATOR_SCORE": {"scoring_profile": "hebei"}})
    assert findings(document, "SELFEVAL.INDICATOR_SCORE", profile=hebei) == []
    assert len(findings(document, "SELFEVAL.INDICATOR_SCORE")) == 1  # default: 60–80%
