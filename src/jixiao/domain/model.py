"""The performance-target model (docs/domain.md glossary names), as pydantic models.

These classes are the domain core *and* the canonical JSON document of a department-year
(``PerformanceDocument``): the interchange format every other part reads and writes. They
validate structure and types only. Whether the numbers add up is the reviewer's question
(review rules), so a document that does not add up still loads and can be reviewed.

Money is exact: ``Decimal`` in 万元, as the documents state it, written to JSON as a string.
Every value read from a document can say where it came from (:class:`Provenance`), keyed by
field name in each item's ``provenance`` map (``"row"`` for the whole item).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any, Final, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    field_validator,
    model_validator,
)

from jixiao.domain.framework import Category, Subcategory
from jixiao.domain.kinds import DocumentKind as DocumentKind  # re-exported: its old home
from jixiao.domain.money import format_decimal
from jixiao.domain.placeholders import placeholder_of
from jixiao.domain.target import Direction, Target, infer_direction, parse_target

SCHEMA_VERSION: Final = 1

# Bounds of every amount (万元), percentage, weight or score: far beyond any budget
# (10^12 万元 is 10^16 yuan), and within them the arithmetic of scoring and monitoring stays
# exact; "1e400" or a 5,000-digit number is refused, not stored to fail later.
MAX_AMOUNT: Final = Decimal("1e12")
MAX_AMOUNT_DIGITS: Final = 30
# A name (department, region, bureau, project, indicator): what a form's cell holds.
MAX_NAME_LENGTH: Final = 500


def _bounded(value: Decimal) -> Decimal:
    if not value.is_finite():
        raise ValueError("数值必须是有限数")
    # No context arithmetic here (abs, rounding): 1e999999999 would overflow the context.
    if value.adjusted() > MAX_AMOUNT.adjusted() or value.copy_abs() > MAX_AMOUNT:
        shown = str(value) if len(str(value)) <= 24 else f"{str(value)[:20]}…"
        raise ValueError(f"数值 {shown} 超出范围(绝对值不超过 {MAX_AMOUNT:.0E})")
    digits = len(value.as_tuple().digits)
    exponent = int(value.as_tuple().exponent)
    if digits > MAX_AMOUNT_DIGITS or exponent < -MAX_AMOUNT_DIGITS:
        raise ValueError(f"数值的有效数字或小数位过多(不超过 {MAX_AMOUNT_DIGITS} 位)")
    return value


def _non_negative(value: Decimal) -> Decimal:
    if value < 0:
        raise ValueError(f"金额不能为负数(读到 {value})")
    return value


def _name(value: str) -> str:
    if not value.strip():
        raise ValueError("名称不能为空白")
    if len(value) > MAX_NAME_LENGTH:
        raise ValueError(f"名称过长({len(value)} 个字符,上限 {MAX_NAME_LENGTH})")
    bad = _CONTROL_RE.search(value)
    if bad is not None:
        raise ValueError(f"名称含控制字符 U+{ord(bad.group()):04X}")
    return value


# Control characters but tab and line breaks: C0 (below U+0020), DEL and C1 (U+007F-U+009F).
# One search, not a function call per character: every name of every indicator is checked.
_CONTROL_RE: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


# An exact amount in 万元 (or a percentage / weight): JSON string such as "88.29".
Amount = Annotated[
    Decimal,
    AfterValidator(_bounded),
    PlainSerializer(format_decimal, return_type=str, when_used="json"),
]
# An amount a form states as a budget: never negative.
Budget = Annotated[
    Decimal,
    AfterValidator(_bounded),
    AfterValidator(_non_negative),
    PlainSerializer(format_decimal, return_type=str, when_used="json"),
]
# A name: not blank, bounded, no control characters (NUL, ESC …; tabs and newlines pass).
Name = Annotated[str, Field(min_length=1), AfterValidator(_name)]
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

    name: Name
    code: str | None = None


class FinanceBureau(Model):
    """财政局: reviews (审核) and approves (批复) the documents of its region's departments."""

    name: Name
    region: Region | None = None


class Department(Model):
    """部门 / 预算单位: a budget unit, under its supervising department (主管部门)."""

    name: Name
    code: str | None = None
    supervising_department: str | None = None
    region: Region | None = None

    @property
    def region_name(self) -> str | None:
        """The name of its region (None: no region given)."""
        return self.region.name if self.region else None


# --- budget ------------------------------------------------------------------------------


class IncomeBudget(Traced):
    """年度收入预算 by source, in 万元."""

    total: Budget | None = None  # 合计
    general_public_budget: Amount | None = None  # 一般公共预算拨入
    government_fund_budget: Amount | None = None  # 政府性基金预算拨入
    advance_transfer: Amount | None = None  # 提前告知转移支付
    carry_over: Amount | None = None  # 上年结转
    own_income: Amount | None = None  # 单位自有收入(含经营收入)
    # 财政拨款收入合计: the 财政拨款 parts' sum as the document states it (documents often
    # state only this). A subtotal of general_public_budget and government_fund_budget (and a
    # 国有资本经营预算拨款 not modelled), so it is not one of ``parts()``.
    fiscal_appropriation: Amount | None = None

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

    total: Budget | None = None  # 合计
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


class Likelihood(StrEnum):
    """完成目标可能性 (monitoring forms)."""

    CERTAIN = "certain"  # 确定能
    POSSIBLE = "possible"  # 有可能
    IMPOSSIBLE = "impossible"  # 不可能 / 完全不可能


class DeviationCause(StrEnum):
    """偏差原因 categories of the monitoring form."""

    FUNDING = "funding"  # 经费保障
    SYSTEM = "system"  # 制度保障
    STAFFING = "staffing"  # 人员保障
    HARDWARE = "hardware"  # 硬件条件保障
    OTHER = "other"  # 其他


class AchievementLevel(StrEnum):
    """How far a qualitative target was achieved (scored in bands)."""

    ACHIEVED = "achieved"  # 达成年度指标
    PARTIAL = "partial"  # 部分达成并具有一定效果
    NOT_ACHIEVED = "not_achieved"  # 未达成且效果较差


class IndicatorResult(Traced):
    """What a monitoring (1-N月) or self-evaluation (全年) form states against an indicator.

    ``actual_text`` keeps the cell as written; ``actual`` and ``actual_unit`` hold the number
    when the cell is one. ``as_of_month`` is the last month covered (12 = the whole year).
    """

    as_of_month: int | None = Field(default=None, ge=1, le=12)
    actual_text: str | None = None  # 实际完成值 / 1-N月完成值
    actual: Amount | None = None
    actual_unit: str | None = None
    level: AchievementLevel | None = None
    projected_text: str | None = None  # 全年预计完成值
    likelihood: Likelihood | None = None
    deviation_causes: list[DeviationCause] = Field(default_factory=list)
    deviation_explanation: str | None = None  # 偏差原因分析及改进措施
    rectification: str | None = None  # 整改措施
    score: Amount | None = None  # 得分
    score_coefficient: Amount | None = None  # 得分系数 (department self-evaluation)


class Indicator(Traced):
    """绩效指标 (三级): category and subcategory (一级/二级), name, definition and target.

    ``target`` may be given as the text a document states (``"≥95%"``); it is read by the
    target grammar, and unreadable text is a validation error quoting it. A placeholder
    (``*``, ``/``, ``——``, ``XX``: :mod:`jixiao.domain.placeholders`) is an unfilled target:
    ``target`` is None and ``target_placeholder`` keeps what was written (when the indicator
    is built from data; assigning a placeholder to ``target`` later only empties it).
    ``direction`` is None when the document does not state it: :attr:`effective_direction`
    infers it.
    """

    category: Category | None = None
    subcategory: Subcategory | None = None
    name: Name
    definition: str | None = None
    target: Target | None = None
    target_placeholder: str | None = None  # the placeholder written instead of a target
    target_basis: TargetBasis | None = None
    target_basis_note: str | None = None
    weight: Amount | None = Field(default=None, ge=0)
    direction: Direction | None = None
    remark: str | None = None  # 备注
    adjusted_target: Target | None = None  # 调整后指标值 (department self-evaluation)
    core: bool | None = None  # 是否核心指标
    result: IndicatorResult | None = None  # monitoring / self-evaluation figures

    @model_validator(mode="before")
    @classmethod
    def _keep_placeholder(cls, data: Any) -> Any:
        if isinstance(data, dict) and data.get("target_placeholder") is None:
            written = data.get("target")
            placeholder = placeholder_of(written) if isinstance(written, str) else None
            if placeholder is not None:
                return {**data, "target": None, "target_placeholder": placeholder}
        return data

    @field_validator("target", "adjusted_target", mode="before")
    @classmethod
    def _read_target_text(cls, value: Any) -> Any:
        if isinstance(value, str):
            return None if placeholder_of(value) is not None else parse_target(value)
        return value

    @property
    def effective_direction(self) -> Direction:
        if self.direction is not None:
            return self.direction
        return infer_direction(self.target) if self.target else Direction.POSITIVE

    @property
    def target_in_force(self) -> Target | None:
        """The target the year is measured against: the adjusted one (调整后指标值) where the
        form states one, else the target declared (年初指标值), as a budget's execution is
        measured against its 全年预算数 where one is stated."""
        return self.adjusted_target or self.target


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


class FundingSource(StrEnum):
    """Rows of the 项目资金 table of monitoring and self-evaluation forms."""

    TOTAL = "total"  # 年度资金总额
    FISCAL = "fiscal"  # 当年财政拨款 / 当年一般公共预算拨款
    CARRY_OVER = "carry_over"  # 上年结转资金
    OTHER = "other"  # 其他资金


class FundingExecution(Traced):
    """One row of the 项目资金 table: budget, execution and (self-evaluation) score."""

    source: FundingSource
    label: str | None = None  # as written
    initial_budget: Amount | None = None  # 年初预算数
    full_year_budget: Amount | None = None  # 全年预算数
    executed: Amount | None = None  # 全年执行数 / 1-N月执行数
    projected: Amount | None = None  # 全年预计执行数
    execution_rate: Amount | None = None  # 执行率, in %
    weight: Amount | None = None  # 分值
    score: Amount | None = None  # 得分


class Project(Traced):
    """预算项目 with its 项目绩效目标表."""

    code: str | None = None
    name: Name
    budget: Budget | None = None  # 预算数
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
    manager: str | None = None  # 项目负责人
    project_type: str | None = None  # 项目类型 as written (常年性/延续性/一次性 …)
    # Monitoring and self-evaluation forms:
    execution_as_of_month: int | None = Field(default=None, ge=1, le=12)  # 1-N月
    funding_execution: list[FundingExecution] = Field(default_factory=list)
    goal_achievement: str | None = None  # 年度总体目标 实际完成情况
    deviation_analysis: str | None = None  # 偏差或不能完成目标原因分析
    measures: str | None = None  # 相关建议或举措 / 改进措施
    total_score: Amount | None = None  # 总分
    rating: str | None = None  # 评价等级 as written (优/良/中/差)


class DepartmentEvaluation(Traced):
    """What a department's self-evaluation (部门整体支出绩效自评表, 评价得分表, 自评报告) states
    of the department as a whole besides its indicators: its 资金安排和使用情况 rows (the
    same figures as a project's 项目资金 rows: budget, execution, rate, score), the 实际完成情况
    of its 年度总体目标, its 总分 and its 评价等级."""

    funding_execution: list[FundingExecution] = Field(default_factory=list)
    goal_achievement: str | None = None  # 年度总体目标 实际完成情况
    total_score: Amount | None = None  # 总分 / 自评得分
    rating: str | None = None  # 评价等级 as written (优/良/中/差)


# --- published budgets ----------------------------------------------------------------------------


class PerformanceDisclosure(Traced):
    """The performance section of a published budget or final account (预算公开/决算公开:
    "预算绩效管理情况", "绩效目标设置情况"): what it states about the projects with targets.

    ``project_count`` and ``amount`` are what the prose states (``共设置项目支出预算绩效目标
    3个……涉及资金300万元``); ``table_total`` is the 合计 of the 项目支出 table when it states
    one. The projects the table lists are the document's ``projects``.
    """

    section_title: str | None = None  # the heading as written; None: no such section found
    statement: str | None = None  # the sentence the figures were read from
    project_count: int | None = Field(default=None, ge=0)
    amount: Amount | None = None  # 万元
    table_total: Amount | None = None  # 项目支出 table 合计 (万元)


# --- the document --------------------------------------------------------------------------------


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
    performance_disclosure: PerformanceDisclosure | None = None  # budget disclosures
    department_evaluation: DepartmentEvaluation | None = None  # department self-evaluations

    @property
    def subject(self) -> str:
        """What the document is about within its department-year and kind: the project's
        name for a project-level form, else empty. Part of the storage key."""
        if self.kind.is_project_level and self.projects:
            return self.projects[0].name
        return ""

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
