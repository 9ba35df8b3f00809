"""The 1-N月 monitoring form (项目支出绩效监控表) as data, N being the month of the as-of date.

项目资金: 年初预算数 | 1-N月执行数 | 执行率 | 全年预计执行数. Per indicator: 一级 | 二级 |
三级 | 年度指标值 | 1-N月完成值 | 全年预计完成值 | 偏差原因 | 完成目标可能性 | 整改措施; the last
three come from the latest progress report. Amounts and values are exact; rates are in %.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from jixiao.domain.actuals import CAUSE_LABELS, LIKELIHOOD_LABELS
from jixiao.domain.model import Project
from jixiao.domain.money import format_decimal
from jixiao.domain.monitoring.budget import BudgetStatus, initial_budget
from jixiao.domain.monitoring.indicators import IndicatorStatus
from jixiao.domain.target import format_target


@dataclass(frozen=True)
class FundingRow:
    initial_budget: Decimal | None  # 年初预算数
    executed: Decimal | None  # 1-N月执行数
    rate: Decimal | None  # 执行率, %
    projected: Decimal | None  # 全年预计执行数


@dataclass(frozen=True)
class IndicatorRow:
    category: str
    subcategory: str
    name: str
    target: str  # 年度指标值
    done: str  # 1-N月完成值
    projected: str  # 全年预计完成值
    causes: str  # 偏差原因
    likelihood: str  # 完成目标可能性
    rectification: str  # 整改措施


@dataclass(frozen=True)
class MonitoringForm:
    subject: str
    months: int  # N of 1-N月
    funding: FundingRow
    indicators: tuple[IndicatorRow, ...]

    @property
    def period(self) -> str:
        return f"1-{self.months}月"


def _projected(status: IndicatorStatus) -> str:
    if status.projected is None:
        return ""
    target = status.indicator.target
    unit = target.unit if target is not None and target.unit else ""
    # a projection is an estimate: two decimals are plenty, trailing zeros dropped
    return f"{format_decimal(status.projected.quantize(Decimal('0.01')))}{unit}"


def _indicator_row(status: IndicatorStatus) -> IndicatorRow:
    indicator, record = status.indicator, status.record
    return IndicatorRow(
        category=indicator.category.label if indicator.category else "",
        subcategory=indicator.subcategory.label if indicator.subcategory else "",
        name=indicator.name,
        target=format_target(indicator.target) if indicator.target else "",
        done=status.reported,
        projected=_projected(status),
        causes="、".join(CAUSE_LABELS[c] for c in record.deviation_causes) if record else "",
        likelihood=LIKELIHOOD_LABELS[record.likelihood] if record and record.likelihood else "",
        rectification=(record.rectification or "") if record else "",
    )


def monitoring_form(
    project: Project, as_of: date, budget: BudgetStatus, statuses: Sequence[IndicatorStatus]
) -> MonitoringForm:
    funding = FundingRow(initial_budget(project), budget.executed, budget.rate, budget.projected)
    rows = tuple(_indicator_row(status) for status in statuses)
    return MonitoringForm(project.name, as_of.month, funding, rows)
