"""Documents: a listing row, a stored document with its state and version, a draft to save,
the result of a save or an import."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field

from jixiao.domain.model import DocumentKind, PerformanceDocument


class DocumentListed(BaseModel):
    department: str = Field(description="部门")
    region: str | None = Field(description="地区")
    fiscal_year: int = Field(description="预算年度")
    kind: DocumentKind = Field(description="文档类型")
    project: str | None = Field(description="项目(项目表单)")
    state: str = Field(description="流程状态:草稿、已提交、审核中、退回、已批复、已公开")
    version: int = Field(description="版本号:每次保存加一,修改时回传")
    goals: int
    projects: int
    indicators: int
    saved_at: datetime


class StoredDocument(BaseModel):
    """A stored document: the canonical model (``jixiao schema``), its state and version."""

    document: PerformanceDocument
    state: str = Field(description="流程状态")
    version: int = Field(description="版本号;修改时作为 version 或 If-Match 回传")


class DraftIn(BaseModel):
    """A draft to create: the whole canonical document."""

    document: PerformanceDocument


class DraftEdit(BaseModel):
    """A draft's new content, with the version it was read at (or the If-Match header)."""

    version: int | None = Field(default=None, ge=1, description="读取时的版本号")
    document: PerformanceDocument


class Counts(BaseModel):
    department_goals: int
    goal_sections: int
    safeguards: int
    projects: int
    spending_checkpoints: int
    funding_executions: int
    indicators: int


class Saved(BaseModel):
    """What a save stored."""

    department: str
    region: str | None
    fiscal_year: int
    kind: DocumentKind
    project: str | None
    version: int = Field(description="保存后的版本号")
    replaced: bool = Field(description="是否替换了已有版本")
    counts: Counts


class Imported(BaseModel):
    """An import: what was stored and the import report (as ``jixiao parse --report-json``)."""

    saved: Saved
    report: dict[str, Any] = Field(
        description="导入报告:各部分数量,每个修复、补全、待确认、缺失的条目"
    )
