"""Regions (行政区划) and departments (预算单位)."""

from __future__ import annotations

from pydantic import BaseModel, Field


class RegionOut(BaseModel):
    name: str = Field(description="地区名称")
    code: str | None = Field(description="行政区划代码")
    departments: int = Field(description="部门数")


class RegionNodeOut(RegionOut):
    children: list[RegionNodeOut] = Field(default_factory=list, description="下级地区")


class DepartmentOut(BaseModel):
    name: str = Field(description="部门名称")
    code: str | None = Field(description="单位代码")
    supervising_department: str | None = Field(description="主管部门")
    region: str | None = Field(description="地区名称")
    region_code: str | None = Field(description="行政区划代码")
    fiscal_years: list[int] = Field(description="有文档的预算年度")
