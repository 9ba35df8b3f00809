"""The self-evaluation rules on the figures of real 自评表 in the shared corpus, transcribed by
hand (the importer cannot read these layouts yet): what ``docs/review-corpus-selfeval.md``
says of each form is what the rules find. The rule modules name none of these figures."""

from __future__ import annotations

from decimal import Decimal

from jixiao.domain.framework import Category, Subcategory
from jixiao.domain.model import (
    Department,
    DocumentKind,
    FundingExecution,
    FundingSource,
    Indicator,
    IndicatorResult,
    PerformanceDocument,
    Project,
)
from jixiao.domain.review import ReviewProfile, Severity
from review_helpers import findings

OUT, EFF, SAT = Category.OUTPUT, Category.OUTCOME, Category.SATISFACTION


def _row(name: str, target: str, actual: str, value: str, weight: str, score: str,
         category: Category = OUT, unit: str | None = None) -> Indicator:  # fmt: skip
    return Indicator(
        name=name,
        target=target,
        category=category,
        subcategory=Subcategory.QUANTITY,
        weight=Decimal(weight),
        result=IndicatorResult(
            actual_text=actual,
            actual=Decimal(value),
            actual_unit=unit,
            score=Decimal(score),
            deviation_explanation="见原表",
        ),
    )


def _form(budget: str, executed: str, rate: str, weight: str, score: str,
          indicators: list[Indicator]) -> PerformanceDocument:  # fmt: skip
    return PerformanceDocument(
        kind=DocumentKind.PROJECT_SELF_EVALUATION,
        fiscal_year=2019,
        department=Department(name="某单位"),
        projects=[
            Project(
                name="某项目",
                funding_execution=[
                    FundingExecution(
                        source=FundingSource.TOTAL,
                        full_year_budget=Decimal(budget),
                        executed=Decimal(executed),
                        execution_rate=Decimal(rate),
                        weight=Decimal(weight),
                        score=Decimal(score),
                    )
                ],
                indicators=indicators,
            )
        ],
    )


STRICT = ReviewProfile(
    params={
        "SELFEVAL.BUDGET_SCORE": {"tolerance": Decimal("0.1")},
        "SELFEVAL.INDICATOR_SCORE": {"tolerance": Decimal("0.1")},
    }
)


def test_langfang_whole_point_rounding_passes_by_default_not_at_a_tenth() -> None:
    # 12_: 37.24 of 43.2 万元 (86.2%, written 86%) scored 9 of 10; the 工程资金金额 row the same
    form = _form(
        "43.2",
        "37.24",
        "86",
        "10",
        "9",
        [_row("工程资金金额", "43.2", "37.24", "37.24", "10", "9")],
    )
    assert findings(form, "SELFEVAL.BUDGET_SCORE") == []
    assert findings(form, "SELFEVAL.INDICATOR_SCORE") == []
    assert len(findings(form, "SELFEVAL.BUDGET_SCORE", profile=STRICT)) == 1
    assert len(findings(form, "SELFEVAL.INDICATOR_SCORE", profile=STRICT)) == 1


def test_lijiang_met_targets_scored_below_their_points_are_a_warning() -> None:
    # p03: every met target scored 90-95% of its points (9/10, 19/20, 27/30)
    form = _form("7.29", "7.29", "100", "10", "10", [
        _row("卫片执法补助经费", "=72890元", "72890", "72890", "10", "9", unit="元"),
        _row("项目验收合格率", "=100%", "100", "100", "20", "19", unit="%"),
        _row("违法行为责停率", "≥95%", "95", "95", "30", "27", EFF, unit="%"),
    ])  # fmt: skip
    found = findings(form, "SELFEVAL.INDICATOR_SCORE")
    assert [f.severity for f in found] == [Severity.WARNING] * 3
    assert findings(form, "SELFEVAL.BUDGET_SCORE") == []


def test_suixi_a_ceiling_exceeded_and_scored_full_is_found() -> None:
    # p16: 5830 元/户 against ≤5300 元/户 scored 10 of 10; 4604 of ≥4754 人 scored 5 of 5
    form = _form("30", "30", "100", "10", "10", [
        _row("扶贫临时救助标准", "≤5300元/户", "5830元/户", "5830", "10", "10", unit="元/户"),
        _row("特困人员救助供养人数", "≥4754人", "4604人", "4604", "5", "5", unit="人"),
    ])  # fmt: skip
    found = findings(form, "SELFEVAL.INDICATOR_SCORE")
    assert len(found) == 1 and "应为 9.09 分" in found[0].message
    assert len(findings(form, "SELFEVAL.INDICATOR_SCORE", profile=STRICT)) == 2


def test_longyang_budget_score_at_20_points_is_rounding() -> None:
    # p14: 30.00 of 278.4449 万元 (10.77%) scored 2.16 of 20 (the arithmetic gives 2.15)
    form = _form("278.4449", "30.00", "10.77", "20", "2.16", [])
    assert findings(form, "SELFEVAL.BUDGET_SCORE") == []
    assert findings(form, "SELFEVAL.EXECUTION_RATE") == []
