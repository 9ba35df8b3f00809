"""Goals, projects and indicators of a document, each with the document's version."""

from __future__ import annotations

from pydantic import BaseModel, Field

from jixiao.domain.model import DepartmentGoal, Indicator, Project


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
