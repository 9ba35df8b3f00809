"""The score sheet (自评表) as data: budget row, indicator rows, total, rating, findings.

Scores are exact ``Decimal`` values throughout; they are rounded only for presentation, to two
decimals, half up (:func:`present`), the way the forms print them. The total is the sum of the
unrounded scores, rounded once, so the printed rows may differ from the printed total by 0.01.
The rating (评价等级) is read from the total *as printed*, so a sheet never shows 90.00 and 良.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Final

_CENT: Final = Decimal("0.01")


def present(value: Decimal) -> Decimal:
    """Two decimals, half up: how a score is printed."""
    return value.quantize(_CENT, rounding=ROUND_HALF_UP)


class Severity(StrEnum):
    ERROR = "error"  # the sheet is not complete or not valid as filed (错误)
    WARNING = "warning"  # something the evaluator should fix or confirm (警告)
    REVIEW = "review"  # a result that asks for a second look, e.g. far above target (复核)

    @property
    def label(self) -> str:
        return {"error": "错误", "warning": "警告", "review": "复核"}[self.value]


@dataclass(frozen=True)
class Finding:
    severity: Severity
    code: str
    message: str  # Chinese, names the indicator and the numbers


@dataclass(frozen=True)
class BudgetRow:
    """项目资金: 全年预算数 | 全年执行数 | 执行率 | 分值 | 得分."""

    full_year_budget: Decimal | None
    executed: Decimal | None
    rate: Decimal | None  # executed ÷ budget, a share (1 = 100%)
    weight: Decimal
    score: Decimal


@dataclass(frozen=True)
class ScoreRow:
    """一级 | 二级 | 三级 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施."""

    category: str
    subcategory: str
    name: str
    target: str
    actual: str
    weight: Decimal
    score: Decimal
    group: str  # the profile's block the points come from (产出指标 …)
    met: bool | None = None  # None: not scored (no target, no actual)
    deviation: str = ""


@dataclass(frozen=True)
class ScoreSheet:
    subject: str  # the project's name, or the department's
    profile: str
    budget: BudgetRow
    rows: tuple[ScoreRow, ...]
    rating: str  # 评价等级, from the profile's bands and the presented total
    findings: tuple[Finding, ...] = field(default_factory=tuple)

    @property
    def total(self) -> Decimal:
        """The exact total (unrounded)."""
        return self.budget.score + sum((row.score for row in self.rows), Decimal(0))

    @property
    def total_presented(self) -> Decimal:
        return present(self.total)

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is Severity.ERROR)

    def row(self, name: str) -> ScoreRow:
        for row in self.rows:
            if row.name == name:
                return row
        raise KeyError(name)

    def group_score(self, group: str) -> Decimal:
        return sum((row.score for row in self.rows if row.group == group), Decimal(0))
