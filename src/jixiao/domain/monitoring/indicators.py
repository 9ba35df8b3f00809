"""Target achievement (目标实现) of one indicator at a date, and its colour.

Which rule applies (docs/domain.md §5):

* **Pro-rata path**: a positive quantitative indicator that accrues over the year (a count in
  one of the profile's ``accruing_units``: 次/人/户/册/期 …, with a target above 1). Value =
  actual ÷ (target × elapsed share) in %, graded red < 60, yellow 60–80, green 80–120,
  blue ≥ 120. Projected year-end value = actual ÷ elapsed share.
* **Level**: other positive quantitative indicators (rates in %, areas, temperatures): a rate
  is a level, not a sum, so value = actual ÷ target, the same bands; projected = the actual.
* **One-off** (a count target of 1) and **period** (a deadline): green once done; until then the
  reported 完成目标可能性 decides (不可能 red, 有可能 yellow, 确定能 or none green).
* **Limit** (reverse, ≤ <): green while within, red once over. A cost indicator (接待费成本)
  reads the spending records of its economic category when nobody reported a value; its
  projection is linear like spending.
* **Qualitative**: 达成 green, 部分达成 yellow, 未达成 red; a written result that meets the
  standard is green, one that does not yet is yellow.

An indicator with no report (and no ledger to read) has no colour: nothing is invented.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum

from jixiao.domain.achievement import (
    is_cost_indicator,
    quantity_in_target_unit,
    spent_in_target_unit,
)
from jixiao.domain.actuals import ProgressRecord, SpendingRecord
from jixiao.domain.model import AchievementLevel, Indicator, Likelihood
from jixiao.domain.money import format_decimal
from jixiao.domain.monitoring.profile import Colour, MonitoringProfile
from jixiao.domain.target import Direction, Operator, Target, TargetKind, meets

_HUNDRED = Decimal(100)
_LEVEL_COLOURS = {
    AchievementLevel.ACHIEVED: Colour.GREEN,
    AchievementLevel.PARTIAL: Colour.YELLOW,
    AchievementLevel.NOT_ACHIEVED: Colour.RED,
}
_LIKELIHOOD_COLOURS = {
    Likelihood.CERTAIN: Colour.GREEN,
    Likelihood.POSSIBLE: Colour.YELLOW,
    Likelihood.IMPOSSIBLE: Colour.RED,
}
_UPWARD = (None, Operator.GE, Operator.GT, Operator.EQ)


class Path(StrEnum):
    PRO_RATA = "pro_rata"
    LEVEL = "level"
    ONE_OFF = "one_off"
    LIMIT = "limit"
    QUALITATIVE = "qualitative"
    NONE = "none"  # no target, or nothing reported


@dataclass(frozen=True)
class IndicatorStatus:
    where: str
    indicator: Indicator
    path: Path
    reported: str = ""  # 1-N月完成值 as shown
    value: Decimal | None = None  # in the target's unit
    progress: Decimal | None = None  # the graded value, %
    colour: Colour | None = None
    projected: Decimal | None = None  # 全年预计完成值, in the target's unit
    record: ProgressRecord | None = None
    note: str = ""

    @property
    def name(self) -> str:
        return self.indicator.name


def has_pro_rata_path(indicator: Indicator, profile: MonitoringProfile) -> bool:
    target = indicator.target
    return (
        target is not None
        and target.kind is TargetKind.QUANTITATIVE
        and indicator.effective_direction is Direction.POSITIVE
        and target.operator in _UPWARD
        and target.unit in profile.accruing_units
        and target.value is not None
        and target.value > 1
    )


def _is_one_off(target: Target, profile: MonitoringProfile) -> bool:
    return target.unit in profile.accruing_units and (target.value or 0) <= 1


def _pending(status: IndicatorStatus, done: bool) -> IndicatorStatus:
    """One-offs and deadlines: green once done, else the reported likelihood."""
    if done:
        return replace(status, colour=Colour.GREEN)
    likelihood = status.record.likelihood if status.record else None
    colour = _LIKELIHOOD_COLOURS[likelihood] if likelihood else Colour.GREEN
    return replace(status, colour=colour, note="尚未完成")


def _qualitative(status: IndicatorStatus, target: Target) -> IndicatorStatus:
    """A level, or a result in words (优秀, 未发生安全事故): green when it meets the target,
    yellow while it does not yet."""
    record = status.record
    assert record is not None
    if record.level is not None:
        return replace(status, path=Path.QUALITATIVE, colour=_LEVEL_COLOURS[record.level])
    try:
        met = bool(record.text) and meets(target, record.text or "", status.indicator.direction)
    except ValueError as error:
        return replace(status, path=Path.QUALITATIVE, note=str(error))
    return replace(status, path=Path.QUALITATIVE, colour=Colour.GREEN if met else Colour.YELLOW)


def _limit(
    status: IndicatorStatus, target: Target, value: Decimal, elapsed: Decimal
) -> IndicatorStatus:
    indicator = status.indicator
    met = meets(target, value, indicator.effective_direction)
    # money spent accrues like any spending; other limits (accidents, rates) are levels
    projected = value / elapsed if is_cost_indicator(indicator) and elapsed > 0 else value
    colour = Colour.GREEN if met else Colour.RED
    return replace(status, path=Path.LIMIT, colour=colour, projected=projected)


def _graded(
    indicator: Indicator,
    goal: Decimal,
    value: Decimal,
    elapsed: Decimal,
    profile: MonitoringProfile,
) -> tuple[Path, Decimal | None, Decimal | None]:
    """(path, graded %, projected year-end value) of a positive quantitative indicator."""
    if has_pro_rata_path(indicator, profile):
        expected = goal * elapsed
        progress = value / expected * _HUNDRED if expected > 0 else None
        return Path.PRO_RATA, progress, value / elapsed if elapsed > 0 else None
    return Path.LEVEL, value / goal * _HUNDRED if goal > 0 else None, value


def _quantitative(
    status: IndicatorStatus, target: Target, elapsed: Decimal, profile: MonitoringProfile
) -> IndicatorStatus:
    indicator, value = status.indicator, status.value
    assert value is not None and target.value is not None
    direction = indicator.effective_direction
    if direction is Direction.REVERSE:
        return _limit(status, target, value, elapsed)
    if _is_one_off(target, profile):
        one_off = replace(status, path=Path.ONE_OFF, projected=value)
        return _pending(one_off, meets(target, value, direction))
    path, progress, projected = _graded(indicator, target.value, value, elapsed, profile)
    if progress is None:
        colour = Colour.GREEN if meets(target, value, direction) else Colour.RED
    else:
        colour = profile.indicator_bands.colour(progress)
    return replace(status, path=path, progress=progress, colour=colour, projected=projected)


def _value_of(record: ProgressRecord, target: Target) -> Decimal | None:
    if record.value is None:
        return None
    return quantity_in_target_unit(target, record.value, record.unit)


def indicator_status(
    where: str,
    indicator: Indicator,
    record: ProgressRecord | None,
    ledger: Sequence[SpendingRecord] | None,
    elapsed: Decimal,
    profile: MonitoringProfile,
) -> IndicatorStatus:
    """The colour of ``indicator`` from its latest report, or for a cost line from ``ledger``
    (the records up to the date; None when the ledger is not kept by economic category)."""
    status = IndicatorStatus(where, indicator, Path.NONE, record=record)
    target = indicator.target
    if target is None:
        return replace(status, note="没有指标值")
    if record is None and is_cost_indicator(indicator) and ledger is not None:
        spent = spent_in_target_unit(indicator, ledger)
        shown = f"{format_decimal(spent)}{target.unit or ''}"
        return _quantitative(replace(status, value=spent, reported=shown), target, elapsed, profile)
    if record is None:
        return replace(status, note="未报告进度")
    status = replace(status, reported=record.shown)
    if target.kind is TargetKind.PERIOD:
        return _pending(replace(status, path=Path.ONE_OFF), _period_done(target, record))
    if target.kind is TargetKind.QUALITATIVE or record.value is None:
        return _qualitative(status, target)
    try:
        value = _value_of(record, target)
    except ValueError as error:
        return replace(status, note=str(error))
    return _quantitative(replace(status, value=value), target, elapsed, profile)


def _period_done(target: Target, record: ProgressRecord) -> bool:
    try:
        return bool(record.text) and meets(target, record.text or "")
    except ValueError:
        return False
