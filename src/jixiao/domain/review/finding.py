"""What a review reports: a :class:`Finding` (rule code, severity, Chinese message, location,
suggestion) and the :class:`Location` it points at, in the document and in its source text.

Findings are frozen pydantic models so that the API and the reports get them as JSON
(``model_dump(mode="json")``) with the same names the code uses.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final

from pydantic import BaseModel, ConfigDict, computed_field


class Severity(StrEnum):
    """错误 (must be fixed before approval) / 警告 (a reviewer would ask) / 提示 (worth a look)."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def label(self) -> str:
        return _SEVERITY_LABELS[self]

    @property
    def rank(self) -> int:
        """0 for the most serious: findings are listed most serious first."""
        return _SEVERITY_RANKS[self]

    @classmethod
    def from_text(cls, text: str) -> Severity | None:
        """``error``/``错误``, ``warning``/``警告``, ``info``/``提示``; None for anything else."""
        word = text.strip().lower()
        for severity in cls:
            if word in (severity.value, severity.label):
                return severity
        return None


_SEVERITY_LABELS: Final = {Severity.ERROR: "错误", Severity.WARNING: "警告", Severity.INFO: "提示"}
_SEVERITY_RANKS: Final = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


class Area(StrEnum):
    """The part of the document a finding is in, in the order the model lists them."""

    DOCUMENT = "document"
    BUDGET = "budget"
    SECTION = "section"  # 分项绩效目标 (prose)
    GOAL = "goal"  # 年度整体支出目标 (department table)
    PROJECT = "project"  # 项目绩效目标表

    @property
    def order(self) -> int:
        return list(Area).index(self)

    @property
    def label(self) -> str:
        return _AREA_LABELS[self]


_AREA_LABELS: Final = {
    Area.DOCUMENT: "文档",
    Area.BUDGET: "年度预算",
    Area.SECTION: "分项绩效目标",
    Area.GOAL: "整体支出目标",
    Area.PROJECT: "项目",
}

# Chinese names of the model fields a location may point at.
FIELD_LABELS: Final[dict[str, str]] = {
    "target": "指标值",
    "definition": "指标解释",
    "category": "一级指标",
    "subcategory": "二级指标",
    "target_basis": "指标值确定依据",
    "name": "名称",
    "unit": "度量单位",
    "total": "合计",
    "income": "年度收入预算",
    "expenditure": "年度支出预算",
    "general_public_budget": "一般公共预算拨入",
    "government_fund_budget": "政府性基金预算拨入",
    "advance_transfer": "提前告知转移支付",
    "carry_over": "上年结转",
    "own_income": "单位自有收入",
    "fiscal_appropriation": "财政拨款收入",
    "personnel": "人员经费支出",
    "operating": "正常公用支出",
    "project": "项目支出",
    "other": "其它支出",
    "funding_block": "项目名称及金额",
    "budget": "预算数",
    "fiscal_funds": "财政资金",
    "other_funds": "其他资金",
    "code": "项目编码",
    "spending_plan": "资金支出计划",
    "annual_goal": "年度绩效目标",
    "overall_goal": "总体绩效目标",
    "text": "目标内容",
    "indicators": "绩效指标",
    "funding_execution": "项目资金",
    "execution_rate": "执行率",
    "result": "自评结果",
    "score": "得分",
    "total_score": "总分",
    "rating": "评价等级",
    "period": "实施期",
    "supervising_department": "主管部门",
    "implementing_unit": "实施单位",
    "performance_disclosure": "预算绩效管理情况",
    "project_count": "项目个数",
    "amount": "金额",
}


class Location(BaseModel):
    """Where a finding is: the part of the document, the item and field, and the source line.

    ``path`` is the item's position (index of the goal/section/project, then of the indicator)
    so that findings sort in document order; the other fields say it in words.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    area: Area
    path: tuple[int, ...] = ()
    goal: int | None = None  # 年度整体支出目标 number
    section: str | None = None  # 分项绩效目标 title
    project: str | None = None
    indicator: str | None = None
    field: str | None = None  # a model field; "expenditure.total" for a nested one
    line: int | None = None
    page: int | None = None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def label(self) -> str:
        """The location in words: ``整体支出目标2 › 指标“取暖温度” › 指标值(第92行)``."""
        parts = [self._container_label()]
        if self.indicator is not None:
            parts.append(f"指标“{self.indicator}”")
        if self.field is not None:
            parts.extend(FIELD_LABELS.get(part, part) for part in self.field.split("."))
        text = " › ".join(part for part in parts if part)
        return text + self._source_label()

    def _container_label(self) -> str:
        if self.area is Area.GOAL:
            return f"整体支出目标{self.goal}" if self.goal is not None else self.area.label
        if self.area is Area.SECTION:
            return f"分项绩效目标“{self.section}”" if self.section else self.area.label
        if self.area is Area.PROJECT:
            return f"项目“{self.project}”" if self.project else self.area.label
        return self.area.label

    def _source_label(self) -> str:
        where = []
        if self.page is not None:
            where.append(f"第{self.page}页")
        if self.line is not None:
            where.append(f"第{self.line}行")
        return f"({''.join(where)})" if where else ""

    @property
    def sort_key(self) -> tuple[int, tuple[int, ...], str, int]:
        return (self.area.order, self.path, self.field or "", self.line or 0)


class Finding(BaseModel):
    """One thing a reviewer would raise: which rule, how serious, what and where, how to fix.

    ``message`` is Chinese and carries the numbers involved; ``related`` lists the other places
    that state the same thing (the same indicator in the prose and in a table).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str
    severity: Severity
    message: str
    location: Location
    suggestion: str | None = None
    related: tuple[Location, ...] = ()

    @computed_field  # type: ignore[prop-decorator]
    @property
    def severity_label(self) -> str:
        return self.severity.label

    @property
    def sort_key(self) -> tuple[int, tuple[int, tuple[int, ...], str, int], str, str]:
        return (self.severity.rank, self.location.sort_key, self.code, self.message)
