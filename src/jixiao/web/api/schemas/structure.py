"""Goals, projects and indicators of a document, each with the document's version; the
changes of their fields a client sends."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from jixiao.domain.framework import Category, Subcategory
from jixiao.domain.model import (
    DepartmentGoal,
    Indicator,
    Project,
    ProjectAttribute,
    TargetBasis,
)
from jixiao.domain.target import Direction


class ProjectOut(BaseModel):
    project: Project
    version: int = Field(description="文档的版本号")


class GoalOut(BaseModel):
    goal: DepartmentGoal
    version: int = Field(description="文档的版本号")


class IndicatorsOut(BaseModel):
    indicators: list[Indicator]
    version: int = Field(description="文档的版本号")


class IndicatorOut(BaseModel):
    indicator: Indicator
    version: int = Field(description="文档的版本号")


class TargetEdit(BaseModel):
    """A new target (指标值) for one indicator of a draft."""

    target: str = Field(min_length=1, max_length=500, description="指标值文本,如 ≥95%")
    version: int | None = Field(default=None, ge=1, description="读取时的版本号")


def _as_text(value: Any) -> Any:
    """An amount may come as a JSON number or as a string (the canonical JSON writes
    strings): both are read as the text typed, which the application reads exactly."""
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return str(value)
    return value


AmountText = Annotated[str | None, BeforeValidator(_as_text)]
Text = Annotated[str | None, Field(max_length=5000)]
ShortText = Annotated[str | None, Field(max_length=500)]
Version = Annotated[int | None, Field(default=None, ge=1, description="读取时的版本号")]


class Edit(BaseModel):
    """A change of some fields: a field left out stays as it is, ``null`` or "" empties it."""

    model_config = ConfigDict(extra="forbid")

    version: Version = None

    def patch(self) -> dict[str, str | None]:
        given = self.model_dump(exclude_unset=True, exclude={"version"}, mode="json")
        return {field: None if value is None else str(value) for field, value in given.items()}


class GoalEdit(Edit):
    """年度整体支出目标: 目标内容 and the money it is tied to (项目名称及金额)."""

    text: Text = Field(default=None, description="目标内容")
    funding_name: ShortText = Field(default=None, description="资金项目名称,如 人员经费")
    funding_amount: AmountText = Field(default=None, description="资金金额(万元),如 64.18")


class GoalNew(GoalEdit):
    text: Text = Field(min_length=1, description="目标内容")


class ProjectEdit(Edit):
    """预算项目的字段(金额单位:万元)。"""

    name: ShortText = Field(default=None, description="项目名称(改名;同一文档中不能重复)")
    code: ShortText = Field(default=None, description="项目编码")
    implementing_unit: ShortText = Field(default=None, description="实施单位")
    supervising_department: ShortText = Field(default=None, description="主管部门")
    manager: ShortText = Field(default=None, description="项目负责人")
    period: ShortText = Field(default=None, description="实施期")
    project_type: ShortText = Field(default=None, description="项目类型")
    attribute: ProjectAttribute | None = Field(default=None, description="项目属性")
    budget: AmountText = Field(default=None, description="预算数(万元)")
    fiscal_funds: AmountText = Field(default=None, description="财政资金(万元)")
    other_funds: AmountText = Field(default=None, description="其他资金(万元)")
    purpose: Text = Field(default=None, description="资金用途")
    overall_goal: Text = Field(default=None, description="总体目标")
    annual_goal: Text = Field(default=None, description="年度绩效目标")


class ProjectNew(ProjectEdit):
    name: ShortText = Field(min_length=1, description="项目名称(同一文档中不能重复)")


class IndicatorEdit(Edit):
    """一项指标的字段;指标值另见 PUT …/target(按指标值文法解析,度量单位写在指标值中)。"""

    name: ShortText = Field(default=None, description="指标名称(三级指标;改名)")
    category: Category | None = Field(default=None, description="一级指标")
    subcategory: Subcategory | None = Field(default=None, description="二级指标(须属于一级指标)")
    weight: AmountText = Field(default=None, description="分值")
    direction: Direction | None = Field(default=None, description="指标方向(空:按指标值推断)")
    target_basis: TargetBasis | None = Field(default=None, description="指标值确定依据")
    definition: Text = Field(default=None, description="指标解释")
    remark: Text = Field(default=None, description="备注")


class IndicatorNew(IndicatorEdit):
    name: ShortText = Field(min_length=1, description="指标名称(三级指标)")
    target: ShortText = Field(default=None, description="指标值文本,如 ≥95%")
