"""The performance-target model (DOMAIN.md glossary names), as pydantic models.

These classes are the domain core *and* the canonical JSON document of a department-year
(``PerformanceDocument``): the interchange format every other part reads and writes. They
validate structure and types only. Whether the numbers add up is the reviewer's question
(review rules), so a document that does not add up still loads and can be reviewed.

Money is exact: ``Decimal`` in 万元, as the documents state it, written to JSON as a string.
Every value read from a document can say where it came from (:class:`Provenance`), keyed by
field name in each item's ``provenance`` map (``"row"`` for the whole item).
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer, field_validator

from jixiao.domain.framework import Category, Subcategory
from jixiao.domain.money import format_decimal
from jixiao.domain.target import Direction, Target, infer_direction, parse_target

SCHEMA_VERSION: Final = 1

# An exact amount in 万元 (or a percentage / weight): JSON string such as "88.29".
Amount = Annotated[
    Decimal,
    PlainSerializer(format_decimal, return_type=str, when_used="json"),
]
Percent = Annotated[
    Decimal,
    Field(ge=0, le=1000),
    PlainSerializer(format_decimal, return_type=str, when_used="json"),
]


class Model(BaseModel):
    """Base of every model class: strict about unknown fields so typos in JSON are reported."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True, use_enum_values=False)


class Repair(Model):
    """One change the importer made to what it read, and why (never an invention)."""

    original: str | None = None
    value: str | None = None
    reason: str


class Provenance(Model):
    """Where a value was read: source file, page, line(s), the raw text, and any repairs."""

    source: str | None = None
    page: int | None = Field(default=None, ge=1)
    line: int | None = Field(default=None, ge=1)
    line_end: int | None = Field(default=None, ge=1)  # a value spread over several lines
    text: str | None = None
    repairs: list[Repair] = Field(default_factory=list)


ProvenanceMap = dict[str, Provenance]


class Traced(Model):
    """An item whose fields can carry provenance, keyed by field name (``row`` = the item)."""

    provenance: ProvenanceMap = Field(default_factory=dict)


# --- who -------------------------------------------------------------------------------


class Region(Model):
    """行政区划: the region a finance bureau serves (市, 县, 省)."""

    name: str = Field(min_length=1)
    code: str | None = None


class FinanceBureau(Model):
    """财政局: reviews (审核) and approves (批复) the documents of its region's departments."""

    name: str = Field(min_length=1)
    region: Region | None = None


class Department(Model):
    """部门 / 预算单位: a budget unit, under its supervising department (主管部门)."""

    name: str = Field(min_length=1)
    code: str | None = None
    supervising_department: str | None = None
    region: Region | None = None


# --- budget ------------------------------------------------------------------------------


class IncomeBudget(Traced):
    """年度收入预算 by source, in 万元."""

    total: Amount | None = None  # 合计
    general_public_budget: Amount | None = None  # 一般公共预算拨入
    government_fund_budget: Amount | None = None  # 政府性基金预算拨入
    advance_transfer: Amount | None = None  # 提前告知转移支付
    carry_over: Amount | None = None  # 上年结转
    own_income: Amount | None = None  # 单位自有收入(含经营收入)

    def parts(self) -> dict[str, Decimal | None]:
        return {
            "general_public_budget": self.general_public_budget,
            "government_fund_budget": self.government_fund_budget,
            "advance_transfer": self.advance_transfer,
            "carry_over": self.carry_over,
            "own_income": self.own_income,
        }


class ExpenditureBudget(Traced):
    """年度支出预算 by type, in 万元."""

    total: Amount | None = None  # 合计
    personnel: Amount | None = None  # 人员经费支出
    operating: Amount | None = None  # 正常公用支出 (公用经费)
    project: Amount | None = None  # 项目支出
    other: Amount | None = None  # 其它支出

    def parts(self) -> dict[str, Decimal | None]:
        return {
            "personnel": self.personnel,
            "operating": self.operating,
            "project": self.project,
            "other": self.other,
        }


class DepartmentBudget(Model):
    income: IncomeBudget = Field(default_factory=IncomeBudget)
    expenditure: ExpenditureBudget = Field(default_factory=ExpenditureBudget)


# --- indicators ----------------------------------------------------------------------------


class TargetBasis(StrEnum):
    """指标值确定依据 / 绩效标准."""

    PLAN = "plan"  # 计划标准
    HISTORICAL = "historical"  # 历史标准
    INDUSTRY = "industry"  # 行业标准
    EXPENDITURE_STANDARD = "expenditure_standard"  # 预算支出标准
    OTHER = "other"  # 其他


class Indicator(Traced):
    """绩效指标 (三级): category and subcategory (一级/二级), name, definition and target.

    ``target`` may be given as the text a document states (``"≥95%"``); it is read by the
    target grammar, and unreadable text is a validation error quoting it. ``direction`` is
    None when the document does not state it: :attr:`effective_direction` infers it.
    """

    category: Category | None = None
    subcategory: Subcategory | None = None
    name: str = Field(min_length=1)
    definition: str | None = None
    target: Target | None = None
    target_basis: TargetBasis | None = None
    target_basis_note: str | None = None
    weight: Amount | None = Field(default=None, ge=0)
    direction: Direction | None = None
    remark: str | None = None  # 备注

    @field_validator("target", mode="before")
    @classmethod
    def _read_target_text(cls, value: Any) -> Any:
        if isinstance(value, str):
            return parse_target(value)
        return value

    @property
    def effective_direction(self) -> Direction:
        if self.direction is not None:
            return self.direction
        return infer_direction(self.target) if self.target else Direction.POSITIVE


# --- goals ------------------------------------------------------------------------------------


class FundingBlock(Traced):
    """项目名称及金额: the money a department goal is tied to (e.g. 人员经费 64.18万元)."""

    name: str | None = None
    amount: Amount | None = None


class DepartmentGoal(Traced):
    """年度整体支出目标 n of the 部门整体支出绩效目标申报表."""

    number: int = Field(ge=1)
    text: str | None = None
    funding_block: FundingBlock | None = None
    indicators: list[Indicator] = Field(default_factory=list)


class GoalSection(Traced):
    """分项绩效目标 in the prose: a heading, its goal and the indicators stated in words."""

    title: str
    goal: str | None = None
    indicators_text: str | None = None
    indicators: list[Indicator] = Field(default_factory=list)


class ProseSection(Traced):
    """A titled prose section, e.g. one of the 工作保障措施."""

    title: str
    text: str


# --- projects ---------------------------------------------------------------------------------


class ProjectAttribute(StrEnum):
    """项目属性."""

    CONTINUING = "continuing"  # 持续性项目
    NEW = "new"  # 新增性项目


class SpendingCheckpoint(Traced):
    """资金支出计划: cumulative percentage of the budget spent by the end of ``month``."""

    month: int = Field(ge=1, le=12)
    day: int | None = Field(default=None, ge=1, le=31)  # None: end of the month (月底)
    cumulative_percent: Percent
    label: str | None = None  # as written: "3月底"


class Project(Traced):
    """预算项目 with its 项目绩效目标表."""

    code: str | None = None
    name: str = Field(min_length=1)
    budget: Amount | None = None  # 预算数
    fiscal_funds: Amount | None = None  # 财政资金
    other_funds: Amount | None = None  # 其他资金
    attribute: ProjectAttribute | None = None
    period: str | None = None  # 实施期
    supervising_department: str | None = None  # 主管部门
    implementing_unit: str | None = None  # 实施单位
    purpose: str | None = None  # 资金用途
    overall_goal: str | None = None  # 总体目标
    annual_goal: str | None = None  # 年度绩效目标
    spending_plan: list[SpendingCheckpoint] = Field(default_factory=list)
    indicators: list[Indicator] = Field(default_factory=list)


# --- the document --------------------------------------------------------------------------------


class DocumentKind(StrEnum):
    """The genre of a published document."""

    DEPARTMENT_PERFORMANCE = "department_performance"  # 部门预算绩效文本


class PerformanceDocument(Traced):
    """A department-year: the canonical JSON document and the unit of storage."""

    schema_version: Literal[1] = SCHEMA_VERSION
    kind: DocumentKind = DocumentKind.DEPARTMENT_PERFORMANCE
    fiscal_year: int = Field(ge=1949, le=2200)
    department: Department
    finance_bureau: FinanceBureau | None = None  # 审核 (reviewing bureau)
    title: str | None = None
    budget: DepartmentBudget = Field(default_factory=DepartmentBudget)
    overall_goal: str | None = None  # 总体绩效目标
    goal_sections: list[GoalSection] = Field(default_factory=list)  # 分项绩效目标
    department_goals: list[DepartmentGoal] = Field(default_factory=list)
    annual_work_plan: str | None = None  # 年度工作计划
    safeguards: list[ProseSection] = Field(default_factory=list)  # 工作保障措施
    projects: list[Project] = Field(default_factory=list)

    def all_indicators(self) -> Iterator[tuple[str, Indicator]]:
        """Every indicator with a short label of where it stands in the document."""
        for goal in self.department_goals:
            for indicator in goal.indicators:
                yield f"整体支出目标{goal.number}", indicator
        for section in self.goal_sections:
            for indicator in section.indicators:
                yield f"分项绩效目标“{section.title}”", indicator
        for project in self.projects:
            for indicator in project.indicators:
                yield f"项目“{project.name}”", indicator
