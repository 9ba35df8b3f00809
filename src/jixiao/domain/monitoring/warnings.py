"""Monitoring warnings (预警): colour, rule, a Chinese message with the numbers, and where.

Only what needs attention is a warning: red, yellow and blue. Green is in the statuses (and on
the form), not in the warning list. Percentages in messages are rounded to one decimal.

Rules (codes):
``budget.time`` 执行率 against the elapsed share of the year; ``budget.plan`` against the
spending plan at the date; ``budget.checkpoint`` the strict profile's checkpoints;
``indicator.<path>`` one indicator (``pro_rata``, ``level``, ``one_off``, ``limit``,
``qualitative``); ``project.targets`` the project's target warning, the worst colour of its
indicators; ``project.gap`` target progress and budget execution more than the profile's gap
apart. Target progress is the mean share of the annual target reached (capped at 100%) over the
indicators with a pro-rata path, the ones whose progress is comparable with spending.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from jixiao.domain.actuals import LIKELIHOOD_LABELS
from jixiao.domain.money import format_decimal
from jixiao.domain.monitoring.budget import BudgetStatus
from jixiao.domain.monitoring.indicators import IndicatorStatus, Path
from jixiao.domain.monitoring.profile import Colour, MonitoringProfile, worst

_HUNDRED = Decimal(100)


@dataclass(frozen=True)
class MonitoringWarning:
    colour: Colour
    rule: str
    message: str
    location: str  # 项目“…” or 项目“…”指标“…”


def pct(value: Decimal) -> str:
    return format_decimal(value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)) + "%"


def _day(as_of: date) -> str:
    return f"截至{as_of.month}月{as_of.day}日"


def _needs_attention(colour: Colour | None) -> bool:
    return colour is not None and colour is not Colour.GREEN


def budget_warnings(where: str, status: BudgetStatus, as_of: date) -> list[MonitoringWarning]:
    if status.rate is None:
        return []
    warnings: list[MonitoringWarning] = []
    head = f"{where}{_day(as_of)}预算执行率 {pct(status.rate)}"
    if _needs_attention(status.time_colour) and status.time_value is not None:
        assert status.time_colour is not None
        time = pct(status.elapsed * _HUNDRED)
        message = f"{head},为时间进度 {time} 的 {pct(status.time_value)}"
        warnings.append(MonitoringWarning(status.time_colour, "budget.time", message, where))
    if _needs_attention(status.plan_colour) and status.planned is not None:
        assert status.plan_colour is not None and status.plan_value is not None
        message = f"{head},为资金支出计划 {pct(status.planned)} 的 {pct(status.plan_value)}"
        warnings.append(MonitoringWarning(status.plan_colour, "budget.plan", message, where))
    if status.checkpoint_colour is Colour.RED and status.checkpoint is not None:
        checkpoint = status.checkpoint
        message = f"{head},低于{checkpoint.month}月底累计执行率应达到的 {pct(checkpoint.percent)}"
        warnings.append(MonitoringWarning(Colour.RED, "budget.checkpoint", message, where))
    return warnings


def _indicator_message(status: IndicatorStatus) -> str:
    target = status.indicator.target
    stated = f"指标值“{target.text}”" if target else "无指标值"
    head = f"{stated},已完成“{status.reported}”"
    if status.path is Path.PRO_RATA and status.progress is not None:
        return f"{head},为按时间进度应完成量的 {pct(status.progress)}"
    if status.path is Path.LEVEL and status.progress is not None:
        return f"{head},为指标值的 {pct(status.progress)}"
    if status.path is Path.LIMIT:
        return f"{head},已超出限额"
    likelihood = status.record.likelihood if status.record else None
    if likelihood is not None:
        return f"{head},完成目标可能性:{LIKELIHOOD_LABELS[likelihood]}"
    return head


def indicator_warnings(statuses: Sequence[IndicatorStatus]) -> list[MonitoringWarning]:
    warnings = []
    for status in statuses:
        if not _needs_attention(status.colour):
            continue
        assert status.colour is not None
        location = f"{status.where}指标“{status.name}”"
        message = f"{location}{_indicator_message(status)}"
        rule = f"indicator.{status.path.value}"
        warnings.append(MonitoringWarning(status.colour, rule, message, location))
    return warnings


def project_colour(statuses: Sequence[IndicatorStatus]) -> Colour | None:
    return worst([s.colour for s in statuses if s.colour is not None])


def target_progress(statuses: Sequence[IndicatorStatus]) -> Decimal | None:
    """Mean share of the annual target reached (%, each capped at 100) over pro-rata indicators."""
    shares = []
    for status in statuses:
        target = status.indicator.target
        if status.path is not Path.PRO_RATA or status.value is None or target is None:
            continue
        assert target.value is not None
        shares.append(min(status.value / target.value * _HUNDRED, _HUNDRED))
    return sum(shares, Decimal(0)) / len(shares) if shares else None


def project_warnings(
    where: str,
    statuses: Sequence[IndicatorStatus],
    budget: BudgetStatus,
    profile: MonitoringProfile,
) -> list[MonitoringWarning]:
    warnings = []
    colour = project_colour(statuses)
    if _needs_attention(colour):
        assert colour is not None
        flagged = [s.name for s in statuses if s.colour is colour]
        message = f"{where}目标实现预警为{colour.label}色({'、'.join(flagged)})"
        warnings.append(MonitoringWarning(colour, "project.targets", message, where))
    progress = target_progress(statuses)
    if progress is not None and budget.rate is not None:
        gap = abs(progress - budget.rate)
        if gap > profile.gap_points:
            message = (
                f"{where}目标完成进度 {pct(progress)} 与预算执行率 {pct(budget.rate)} "
                f"相差 {format_decimal(gap.quantize(Decimal('0.1'), rounding=ROUND_HALF_UP))} "
                f"个百分点,超过 {format_decimal(profile.gap_points)} 个百分点"
            )
            warnings.append(MonitoringWarning(Colour.YELLOW, "project.gap", message, where))
    return warnings
