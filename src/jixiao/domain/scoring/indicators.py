"""Scoring one indicator of the self-evaluation against its year-end actual.

Rules (docs/domain.md §6; *practice* rules are the profile's to change):

* Quantitative, higher is better (≥ > or a bare value): full points when met, otherwise
  points × actual ÷ target.
* Reverse (≤ <): full points within the limit, otherwise points × target ÷ actual.
* ``=``: full points when equal, otherwise points × the smaller of actual ÷ target and
  target ÷ actual (a miss either way costs the same share).
* Qualitative: the level's band (:mod:`profile`); a written result that meets the standard
  (优秀 against 良好) is 达成年度指标; one that does not needs a level.
* Period (a deadline): full points when done by the deadline, else none.
* A positive result above ``review_above`` × target is flagged for review (the target may have
  been set too low); the score is not changed, that is the evaluator's call.
* A missed target without 偏差原因分析及改进措施 is an error finding; so is a missing actual.

Where the actual comes from, first found: the evaluator's :class:`YearEndActual`; the
document's own figures (``Indicator.result`` for the whole year, when it is a self-evaluation
form); for a cost indicator, the year's spending records of its economic category.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal

from jixiao.domain.achievement import (
    has_categorised_spending,
    is_cost_indicator,
    quantity_in_target_unit,
    spent_in_target_unit,
)
from jixiao.domain.actuals import LEVEL_LABELS, SpendingRecord, YearEndActual
from jixiao.domain.model import AchievementLevel, Indicator, IndicatorResult
from jixiao.domain.money import format_decimal
from jixiao.domain.scoring.profile import ScoringProfile
from jixiao.domain.scoring.sheet import Finding, Severity
from jixiao.domain.target import (
    Direction,
    Operator,
    Target,
    TargetKind,
    achievement_ratio,
    meets,
)


@dataclass(frozen=True)
class Reading:
    """The year-end actual of one indicator, wherever it came from."""

    shown: str
    value: Decimal | None = None
    unit: str | None = None
    level: AchievementLevel | None = None
    text: str | None = None
    explanation: str | None = None
    coefficient: Decimal | None = None


@dataclass(frozen=True)
class Scored:
    score: Decimal
    met: bool | None
    findings: list[Finding] = field(default_factory=list)


def _from_year_end(actual: YearEndActual) -> Reading:
    return Reading(
        shown=actual.shown,
        value=actual.value,
        unit=actual.unit,
        level=actual.level,
        text=actual.text,
        explanation=actual.deviation_explanation,
        coefficient=actual.score_coefficient,
    )


def _from_document(result: IndicatorResult | None) -> Reading | None:
    if result is None or result.as_of_month not in (None, 12):
        return None
    if result.actual is None and result.level is None and not result.actual_text:
        return None
    number = result.actual
    shown = result.actual_text or (
        f"{format_decimal(number)}{result.actual_unit or ''}" if number is not None else ""
    )
    return Reading(
        shown=shown,
        value=result.actual,
        unit=result.actual_unit,
        level=result.level,
        text=result.actual_text if result.actual is None else None,
        explanation=result.deviation_explanation,
        coefficient=result.score_coefficient,
    )


def _from_spending(indicator: Indicator, records: Sequence[SpendingRecord]) -> Reading | None:
    if not is_cost_indicator(indicator) or not has_categorised_spending(records):
        return None
    target = indicator.target_in_force
    unit = target.unit if target is not None else None
    spent = spent_in_target_unit(indicator, records)
    return Reading(shown=f"{format_decimal(spent)}{unit or ''}", value=spent, unit=unit)


def year_end_reading(
    indicator: Indicator, year_end: YearEndActual | None, records: Sequence[SpendingRecord]
) -> Reading | None:
    """The reading to score. A :class:`YearEndActual` with only an explanation (a cost line
    whose value the ledger gives) lends that explanation to the derived reading."""
    if year_end is not None and year_end.has_value:
        return _from_year_end(year_end)
    reading = _from_document(indicator.result) or _from_spending(indicator, records)
    explanation = year_end.deviation_explanation if year_end is not None else None
    if reading is not None and explanation and not reading.explanation:
        return replace(reading, explanation=explanation)
    return reading


def _error(code: str, message: str) -> Finding:
    return Finding(Severity.ERROR, code, message)


def _banded(
    level: AchievementLevel, reading: Reading, weight: Decimal, profile: ScoringProfile, name: str
) -> Scored:
    band = profile.qualitative[level]
    share, findings = band.default, []
    if reading.coefficient is not None:
        if band.contains(reading.coefficient):
            share = reading.coefficient
        else:
            share = min(max(reading.coefficient, band.low), band.high)
            findings.append(
                Finding(
                    Severity.WARNING,
                    "coefficient_out_of_band",
                    f"指标“{name}”的得分系数 {format_decimal(reading.coefficient)} 不在"
                    f"“{LEVEL_LABELS[level]}”档 {format_decimal(band.low)}–"
                    f"{format_decimal(band.high)} 内,按 {format_decimal(share)} 计",
                ),
            )
    return Scored(weight * share, level is AchievementLevel.ACHIEVED, findings)


def _qualitative(
    target: Target, reading: Reading, weight: Decimal, profile: ScoringProfile, name: str
) -> Scored:
    if reading.level is not None:
        return _banded(reading.level, reading, weight, profile, name)
    if reading.text and meets(target, reading.text):
        return _banded(AchievementLevel.ACHIEVED, reading, weight, profile, name)
    scored = _banded(AchievementLevel.NOT_ACHIEVED, reading, weight, profile, name)
    finding = _error(
        "level_missing",
        f"定性指标“{name}”的完成情况“{reading.shown}”未达到“{target.text}”,须给出达成档次;"
        "暂按“未达成且效果较差”计",
    )
    return Scored(scored.score, False, [*scored.findings, finding])


def _period(target: Target, reading: Reading, weight: Decimal, name: str) -> Scored:
    try:
        met = meets(target, reading.text or reading.shown)
    except ValueError as error:
        return Scored(Decimal(0), None, [_error("bad_actual", f"指标“{name}”:{error}")])
    return Scored(weight if met else Decimal(0), met)


def _capped(raw: Decimal, target: Target) -> Decimal:
    """The share of the points a missed quantitative target earns."""
    if target.operator is Operator.EQ and raw > 1:
        return 1 / raw  # over an exact target: the same share off as under it
    return min(raw, Decimal(1))


def _quantitative(
    indicator: Indicator, reading: Reading, weight: Decimal, profile: ScoringProfile
) -> Scored:
    target, name = indicator.target_in_force, indicator.name
    assert target is not None
    direction = indicator.effective_direction
    actual: Decimal | str = reading.text or reading.shown
    try:
        if reading.value is not None:
            actual = quantity_in_target_unit(target, reading.value, reading.unit)
        met = meets(target, actual, direction)
        raw = achievement_ratio(target, actual, direction)
    except ValueError as error:
        return Scored(Decimal(0), None, [_error("bad_actual", f"指标“{name}”:{error}")])
    findings: list[Finding] = []
    if direction is Direction.POSITIVE and raw > profile.review_above:
        percent = format_decimal((raw * 100).quantize(Decimal("0.1")))
        findings.append(
            Finding(
                Severity.REVIEW,
                "far_above_target",
                f"指标“{name}”完成值“{reading.shown}”为指标值“{target.text}”的{percent}%,"
                "远超目标,请复核指标值是否偏低",
            )
        )
    return Scored(weight if met else weight * _capped(raw, target), met, findings)


def score_indicator(
    indicator: Indicator,
    reading: Reading | None,
    weight: Decimal,
    profile: ScoringProfile,
    where: str,
) -> Scored:
    # an adjusted target (调整后指标值) is the one the year is measured against
    target = indicator.target_in_force
    if target is None:
        return Scored(Decimal(0), None)  # reported by the weight allocation
    if reading is None:
        return Scored(
            Decimal(0),
            None,
            [_error("missing_actual", f"{where}指标“{indicator.name}”没有实际完成值,按0分计")],
        )
    if target.kind is TargetKind.QUALITATIVE or (
        reading.level is not None and reading.value is None and not reading.text
    ):
        scored = _qualitative(target, reading, weight, profile, indicator.name)
    elif target.kind is TargetKind.PERIOD:
        scored = _period(target, reading, weight, indicator.name)
    else:
        scored = _quantitative(indicator, reading, weight, profile)
    if scored.met is False and not (reading.explanation or "").strip():
        scored.findings.append(
            _error(
                "missing_explanation",
                f"{where}指标“{indicator.name}”未达到指标值“{target.text}”"
                f"(实际完成“{reading.shown}”),但未填写偏差原因分析及改进措施",
            )
        )
    return scored
