"""An entry of the indicator library (指标库): a standard or common indicator with its
definition, direction, unit and typical target, and where it applies (部门整体 or 项目)."""

from __future__ import annotations

from enum import StrEnum
from typing import Final

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from jixiao.domain.framework import Category, Subcategory
from jixiao.domain.target import Direction, Target, parse_target
from jixiao.domain.units import canonical_unit


class Scope(StrEnum):
    """Where an indicator is used: the department as a whole, projects, or both."""

    DEPARTMENT = "department"
    PROJECT = "project"
    BOTH = "both"

    @property
    def label(self) -> str:
        return _SCOPE_LABELS[self]


_SCOPE_LABELS: Final = {Scope.DEPARTMENT: "部门整体", Scope.PROJECT: "项目", Scope.BOTH: "通用"}


class LibraryIndicator(BaseModel):
    """A library indicator. ``typical`` is a target as documents write it (``≥95%``)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str = Field(min_length=1)
    name: str = Field(min_length=1)
    aliases: tuple[str, ...] = ()
    category: Category
    subcategory: Subcategory | None = None
    definition: str = ""
    direction: Direction = Direction.POSITIVE
    unit: str | None = None
    typical: str | None = None
    scope: Scope = Scope.BOTH
    source: str = "标准库"  # or the bureau's file it was read from

    @field_validator("unit")
    @classmethod
    def _canonical_unit(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        unit = canonical_unit(value)
        if unit is None:
            raise ValueError(f"“{value}”不是可识别的度量单位")
        return unit

    @field_validator("typical")
    @classmethod
    def _readable_typical(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        parse_target(value)  # raises TargetSyntaxError (a ValueError) quoting the text
        return value.strip()

    @model_validator(mode="after")
    def _subcategory_in_category(self) -> LibraryIndicator:
        if self.subcategory is not None and self.subcategory.category is not self.category:
            raise ValueError(
                f"二级指标“{self.subcategory.label}”不属于一级指标“{self.category.label}”"
            )
        return self

    @property
    def typical_target(self) -> Target | None:
        return parse_target(self.typical) if self.typical else None

    @property
    def names(self) -> tuple[str, ...]:
        """The name first, then the aliases."""
        return (self.name, *self.aliases)
