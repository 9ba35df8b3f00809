"""Actuals of a department-year: what was spent and what was achieved (pure, no I/O).

Monitoring (双监控) and self-evaluation (自评) compare these with the performance document:

* :class:`SpendingRecord`: one payment (date, amount in 万元, economic category such as 接待费),
  booked to a project or to a department goal's funding block (or to neither: the department's
  basic expenditure).
* :class:`ProgressRecord`: an in-year report against an indicator (a cumulative value or a
  qualitative level), with the monitoring form's 偏差原因 / 完成目标可能性 / 整改措施.
* :class:`YearEndActual`: the 实际完成值 of the self-evaluation, with the deviation explanation
  that a missed target requires.

Indicators are referred to by owner (project name, or department goal number) and name, the way
the forms name them; :class:`Actuals` bundles the records of one department-year and answers the
look-ups monitoring and scoring need.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from pydantic import Field, field_validator, model_validator

from jixiao.domain.model import AchievementLevel, Amount, DeviationCause, Likelihood, Model
from jixiao.domain.money import format_decimal
from jixiao.domain.units import canonical_unit


def _canonical_unit_or_error(unit: str | None) -> str | None:
    if unit is None or not unit.strip():
        return None
    canonical = canonical_unit(unit)
    if canonical is None:
        raise ValueError(f"“{unit}”不是可识别的度量单位")
    return canonical


def _compact(name: str) -> str:
    # names are compared as the forms write them, less layout spaces
    return "".join(name.split())


class Owner(Model):
    """Where an actual is booked: a project (by name) or a department goal (by number)."""

    project: str | None = None
    goal: int | None = Field(default=None, ge=1)

    @model_validator(mode="after")
    def _at_most_one_owner(self) -> Owner:
        if self.project is not None and self.goal is not None:
            raise ValueError("只能属于一个项目或一个整体支出目标,不能同时填写两者")
        return self

    @property
    def owner_label(self) -> str:
        if self.project is not None:
            return f"项目“{self.project}”"
        if self.goal is not None:
            return f"整体支出目标{self.goal}"
        return "部门"

    def same_owner(self, project: str | None, goal: int | None) -> bool:
        mine = _compact(self.project) if self.project is not None else None
        theirs = _compact(project) if project is not None else None
        return mine == theirs and self.goal == goal


class IndicatorRef(Owner):
    """An indicator named as on the forms: its owner and its 三级指标 name."""

    indicator: str = Field(min_length=1)

    @model_validator(mode="after")
    def _one_owner(self) -> IndicatorRef:
        if (self.project is None) == (self.goal is None):
            raise ValueError(f"指标“{self.indicator}”须注明所属项目或整体支出目标(二者之一)")
        return self

    @property
    def label(self) -> str:
        return f"{self.owner_label}指标“{self.indicator}”"

    def matches(self, project: str | None, goal: int | None, name: str) -> bool:
        return self.same_owner(project, goal) and _compact(self.indicator) == _compact(name)


class SpendingRecord(Owner):
    """One payment: date, amount (万元), economic category (接待费, 会议费, 差旅费 …)."""

    date: date
    amount: Amount  # 万元; negative for a refund (冲减)
    economic_category: str | None = None
    note: str | None = None

    @field_validator("amount")
    @classmethod
    def _finite(cls, value: Decimal) -> Decimal:
        if not value.is_finite():
            raise ValueError("金额必须是有限数")
        return value


class _Reading(Model):
    """A value against an indicator: a number with its unit, a level, or text as written."""

    ref: IndicatorRef
    value: Amount | None = None
    unit: str | None = None
    level: AchievementLevel | None = None
    text: str | None = None  # as written, e.g. 按时完成, 2020年11月, 优秀
    deviation_causes: list[DeviationCause] = Field(default_factory=list)
    likelihood: Likelihood | None = None

    @field_validator("unit")
    @classmethod
    def _known_unit(cls, unit: str | None) -> str | None:
        return _canonical_unit_or_error(unit)

    @property
    def has_value(self) -> bool:
        return self.value is not None or self.level is not None or bool(self.text)

    @property
    def shown(self) -> str:
        """The value as a form shows it: the text, else number and unit, else the level."""
        if self.text:
            return self.text
        if self.value is not None:
            return f"{format_decimal(self.value)}{self.unit or ''}"
        return LEVEL_LABELS[self.level] if self.level else ""


LEVEL_LABELS: dict[AchievementLevel, str] = {
    AchievementLevel.ACHIEVED: "达成年度指标",
    AchievementLevel.PARTIAL: "部分达成并具有一定效果",
    AchievementLevel.NOT_ACHIEVED: "未达成且效果较差",
}
LIKELIHOOD_LABELS: dict[Likelihood, str] = {
    Likelihood.CERTAIN: "确定能",
    Likelihood.POSSIBLE: "有可能",
    Likelihood.IMPOSSIBLE: "不可能",
}
CAUSE_LABELS: dict[DeviationCause, str] = {
    DeviationCause.FUNDING: "经费保障",
    DeviationCause.SYSTEM: "制度保障",
    DeviationCause.STAFFING: "人员保障",
    DeviationCause.HARDWARE: "硬件条件保障",
    DeviationCause.OTHER: "其他",
}


class ProgressRecord(_Reading):
    """An in-year report: the cumulative value (or level) reached by ``date``."""

    date: date
    evidence: str | None = None  # 佐证材料
    reported_by: str | None = None
    rectification: str | None = None  # 整改措施

    @model_validator(mode="after")
    def _has_a_value(self) -> ProgressRecord:
        if not self.has_value:
            raise ValueError(f"{self.ref.label}缺少完成值(数值、达成档次或文字)")
        return self


class YearEndActual(_Reading):
    """实际完成值 for the self-evaluation, with 偏差原因分析及改进措施 when the target is missed.

    ``score_coefficient`` (0–1, a share of the indicator's points) lets the evaluator place a
    qualitative result within its band; without it the profile's default point is used.
    A cost line may give only the explanation: its value then comes from the spending records.
    """

    deviation_explanation: str | None = None
    score_coefficient: Decimal | None = Field(default=None, ge=0, le=1)

    @model_validator(mode="after")
    def _has_a_value_or_explanation(self) -> YearEndActual:
        if not self.has_value and not self.deviation_explanation:
            raise ValueError(f"{self.ref.label}缺少实际完成值(数值、达成档次或文字)")
        return self


class Actuals(Model):
    """The actuals of one department-year."""

    department: str | None = None
    fiscal_year: int | None = None
    spending: list[SpendingRecord] = Field(default_factory=list)
    progress: list[ProgressRecord] = Field(default_factory=list)
    year_end: list[YearEndActual] = Field(default_factory=list)

    def spending_of(
        self, project: str | None = None, goal: int | None = None, until: date | None = None
    ) -> list[SpendingRecord]:
        """Records booked to one owner (both None: the department's unassigned records)."""
        return [
            record
            for record in self.spending
            if record.same_owner(project, goal) and (until is None or record.date <= until)
        ]

    def spending_until(self, until: date | None = None) -> list[SpendingRecord]:
        """Every record of the department-year, whatever its owner."""
        return [r for r in self.spending if until is None or r.date <= until]

    def latest_progress(
        self, project: str | None, goal: int | None, name: str, as_of: date
    ) -> ProgressRecord | None:
        """The last report on or before ``as_of`` (reports are cumulative, so the last counts)."""
        reports = [
            record
            for record in self.progress
            if record.date <= as_of and record.ref.matches(project, goal, name)
        ]
        return max(reports, key=lambda record: record.date) if reports else None

    def year_end_of(self, project: str | None, goal: int | None, name: str) -> YearEndActual | None:
        for actual in self.year_end:
            if actual.ref.matches(project, goal, name):
                return actual
        return None


def total_amount(records: Iterable[SpendingRecord]) -> Decimal:
    return sum((record.amount for record in records), Decimal(0))
