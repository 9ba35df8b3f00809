"""Scoring rules one at a time, on a small project of four indicators (one per block).

Default profile: 预算执行率 10; 产出 50 over the output indicators; 效益 30; 满意度 10.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest

from jixiao.domain.actuals import Actuals, IndicatorRef, SpendingRecord, YearEndActual
from jixiao.domain.framework import Category
from jixiao.domain.model import AchievementLevel, Indicator, IndicatorResult, Project
from jixiao.domain.monitoring import monitoring_profile
from jixiao.domain.scoring import Severity, evaluate_project, scoring_profile
from jixiao.errors import JixiaoError, UnknownProfileError

NAME = "示例项目"
DEFAULT = scoring_profile("default")


def project(output: Indicator) -> Project:
    return Project(
        name=NAME,
        budget=Decimal(10),
        indicators=[
            output,
            Indicator(category=Category.OUTCOME, name="受益人数", target="≥100人"),
            Indicator(category=Category.SATISFACTION, name="满意度", target="≥90%"),
        ],
    )


def actuals(output: YearEndActual) -> Actuals:
    met = [
        YearEndActual(ref=IndicatorRef(project=NAME, indicator="受益人数"), value=Decimal(100)),
        YearEndActual(ref=IndicatorRef(project=NAME, indicator="满意度"), value=Decimal(95)),
    ]
    spent = SpendingRecord(project=NAME, date=date(2020, 12, 1), amount=Decimal(10))
    return Actuals(fiscal_year=2020, spending=[spent], year_end=[output, *met])


def output_actual(**fields: object) -> YearEndActual:
    ref = IndicatorRef(project=NAME, indicator="产出")
    return YearEndActual(ref=ref, deviation_explanation="原因已说明", **fields)


def output_score(target: str, profile_name: str = "default", **fields: object) -> Decimal:
    indicator = Indicator(category=Category.OUTPUT, name="产出", target=target)
    sheet = evaluate_project(
        project(indicator), actuals(output_actual(**fields)), scoring_profile(profile_name)
    )
    return sheet.row("产出").score


def test_actual_in_another_money_unit_is_converted() -> None:
    # 12000元 = 1.2万元 against ≤1万元: 50 × 1/1.2 = 41.666…
    score = output_score("≤1万元", value=Decimal(12000), unit="元")
    assert abs(score - Decimal(50) / Decimal("1.2")) < Decimal("1e-20")


def test_an_exact_target_missed_either_way_costs_the_same_share() -> None:
    # =100%: 80 → 50 × 80/100 = 40; 125 → 50 × 100/125 = 40
    assert output_score("=100%", value=Decimal(80), unit="%") == Decimal(40)
    assert output_score("=100%", value=Decimal(125), unit="%") == Decimal(40)
    assert output_score("=100%", value=Decimal(100), unit="%") == Decimal(50)


def test_a_deadline_scores_all_or_nothing() -> None:
    assert output_score("2020年10月底前", text="2020年9月") == Decimal(50)
    assert output_score("2020年10月底前", text="2020年11月") == Decimal(0)


@pytest.mark.parametrize(
    ("profile_name", "level", "share"),
    [
        # default: 达成 top of 80–100 = 100%; 部分 midpoint of 60–80 = 70%; 未达成 of 0–60 = 30%
        ("default", AchievementLevel.ACHIEVED, Decimal(1)),
        ("default", AchievementLevel.PARTIAL, Decimal("0.7")),
        ("default", AchievementLevel.NOT_ACHIEVED, Decimal("0.3")),
        # Hebei: 100–80 / 80–50 / 50–0 → 100%, 65%, 25%
        ("hebei", AchievementLevel.PARTIAL, Decimal("0.65")),
        ("hebei", AchievementLevel.NOT_ACHIEVED, Decimal("0.25")),
    ],
)
def test_qualitative_levels_score_in_their_bands(
    profile_name: str, level: AchievementLevel, share: Decimal
) -> None:
    # Hebei's 产出 block is 40 points, the default's 50
    points = Decimal(40) if profile_name == "hebei" else Decimal(50)
    assert output_score("良好", profile_name, level=level) == points * share


def test_a_coefficient_outside_its_band_is_clamped_with_a_warning() -> None:
    indicator = Indicator(category=Category.OUTPUT, name="产出", target="良好")
    wrong = output_actual(level=AchievementLevel.PARTIAL, score_coefficient=Decimal("0.95"))
    sheet = evaluate_project(project(indicator), actuals(wrong), DEFAULT)
    # 部分达成 is 60–80%: 0.95 is clamped to 0.8 → 50 × 0.8 = 40
    assert sheet.row("产出").score == Decimal(40)
    assert [f.code for f in sheet.findings if f.severity is Severity.WARNING] == [
        "coefficient_out_of_band"
    ]


def test_written_result_that_misses_a_standard_needs_a_level() -> None:
    indicator = Indicator(category=Category.OUTPUT, name="产出", target="良好")
    sheet = evaluate_project(project(indicator), actuals(output_actual(text="合格")), DEFAULT)
    # scored as 未达成 (30%) until the evaluator gives a level: 50 × 0.3 = 15
    assert sheet.row("产出").score == Decimal(15)
    assert "level_missing" in [f.code for f in sheet.errors]


def test_the_documents_own_year_end_figures_are_used_without_actuals() -> None:
    # a 自评表 read by the importer carries 实际完成值 in Indicator.result
    indicator = Indicator(
        category=Category.OUTPUT,
        name="产出",
        target="≥10次",
        result=IndicatorResult(as_of_month=12, actual=Decimal(0), actual_unit="次"),
    )
    sheet = evaluate_project(project(indicator), actuals(output_actual(text="")), DEFAULT)
    # the YearEndActual gives only an explanation: 0 次 of ≥10 次 → 0 points, explained
    assert (sheet.row("产出").actual, sheet.row("产出").score) == ("0次", Decimal(0))
    assert "missing_explanation" not in [f.code for f in sheet.errors]


def test_weights_stated_beyond_the_block_are_an_error() -> None:
    heavy = Indicator(category=Category.OUTPUT, name="产出", target="≥1次", weight=Decimal(60))
    other = Indicator(category=Category.OUTPUT, name="产出二", target="≥1次")
    with_other = project(heavy)
    with_other.indicators.append(other)
    # 产出 has 50 points; 60 are stated for one indicator, nothing is left for the other
    sheet = evaluate_project(with_other, Actuals(), DEFAULT)
    assert "weights_exceed" in [f.code for f in sheet.errors]
    assert sheet.row("产出二").weight == 0


def test_unknown_profiles_are_named_in_chinese() -> None:
    message = "没有名为“guangdong”的评分方案(可用:default、hebei、sichuan)"
    with pytest.raises(ValueError, match=re.escape(message)) as caught:
        scoring_profile("guangdong")
    # A user error (the CLI prints its message and exits 1), wherever the name came from.
    assert isinstance(caught.value, JixiaoError) and caught.value.message == message
    with pytest.raises(UnknownProfileError, match="监控方案"):
        monitoring_profile("guangdong")


def test_overspending_scores_the_full_budget_points_and_asks_for_review() -> None:
    indicator = Indicator(category=Category.OUTPUT, name="产出", target="≥1次")
    records = actuals(output_actual(value=Decimal(1)))
    records.spending.append(SpendingRecord(project=NAME, date=date(2020, 12, 2), amount=Decimal(2)))
    sheet = evaluate_project(project(indicator), records, DEFAULT)
    # 12 of 10 spent: min(1.2, 1) × 10 = 10
    assert (sheet.budget.rate, sheet.budget.score) == (Decimal("1.2"), Decimal(10))
    review = [f for f in sheet.findings if f.severity is Severity.REVIEW]
    assert [f.code for f in review] == ["overspent"]
    assert review[0].message == "项目“示例项目”执行数 12 万元超过全年预算数 10 万元"


def test_records_outside_the_fiscal_year_do_not_count() -> None:
    indicator = Indicator(category=Category.OUTPUT, name="产出", target="≥1次")
    records = actuals(output_actual(value=Decimal(1)))
    records.spending.append(SpendingRecord(project=NAME, date=date(2021, 1, 5), amount=Decimal(5)))
    sheet = evaluate_project(project(indicator), records, DEFAULT)
    assert sheet.budget.executed == Decimal(10)


def test_an_adjusted_target_is_the_one_the_year_is_scored_against() -> None:
    # declared ≥100台, adjusted (调整后指标值) to ≥80台: 80 delivered meets the target in force
    adjusted = Indicator(
        category=Category.OUTPUT, name="产出", target="≥100台", adjusted_target="≥80台"
    )
    sheet = evaluate_project(
        project(adjusted), actuals(output_actual(value=Decimal(80), unit="台")), DEFAULT
    )
    assert sheet.row("产出").score == Decimal(50)
    # without the adjustment the same 80 scores 50 × 80/100
    assert output_score("≥100台", value=Decimal(80), unit="台") == Decimal(40)
