"""The relational schema of a performance document (one row tree per department-year).

Decisions:

* Regions and departments form a small registry identified by name. A department is unique
  per region; a department may have no region (NULL ``region_id``). Plain ``UNIQUE(region_id,
  name)`` would let NULL-region duplicates through on both databases, so two *partial* unique
  indexes are used instead (supported by SQLite and PostgreSQL alike): one on
  ``(region_id, name)`` where the region is set, one on ``name`` where it is not.
* The registry holds identity; the attributes a document states about its department
  (code, supervising department, region code, finance bureau) are kept on the document row as
  stated, so that an old document reads back exactly as it was published.
* A document is stored whole and replaced whole: every child row hangs off the document
  (directly or through a project or goal) with ``ON DELETE CASCADE``.
* Lists keep their order in ``position`` (0-based), unique within the owning list.
* One ``indicators`` table for every indicator, owned by exactly one of a department goal, a
  goal section or a project (CHECK), with ``document_id`` and ``fiscal_year`` copied down so
  the table can later be partitioned by year and scanned without joins.
* Ids are never reused: ``AUTOINCREMENT`` on SQLite (whose default reuses the highest id
  after a delete), as PostgreSQL sequences do anyway. A replaced document gets a new id.
* Amounts use :class:`ExactDecimal`; provenance maps use JSON (JSONB on PostgreSQL).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy import text as sql_text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from jixiao.store.types import ExactDecimal, JsonData, UtcDateTime

# Deterministic constraint names, so later migrations (and SQLite batch mode) can refer to them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_N_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# JSON value of a provenance map: a list of [field, provenance] pairs (see repository).
ProvenanceJson = list[Any]


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


_NO_ID_REUSE = {"sqlite_autoincrement": True}


def _document_fk(index: bool = False) -> Mapped[int]:
    # Parts need no separate index: their UNIQUE (document_id, position) starts with it.
    return mapped_column(
        ForeignKey("performance_documents.id", ondelete="CASCADE"), nullable=False, index=index
    )


def _provenance() -> Mapped[ProvenanceJson]:
    return mapped_column(JsonData, nullable=False)


def _amount() -> Mapped[Decimal | None]:
    return mapped_column(ExactDecimal())


class RegionRow(Base):
    """行政区划, identified by name."""

    __tablename__ = "regions"
    __table_args__ = _NO_ID_REUSE

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, nullable=False, unique=True)
    code: Mapped[str | None] = mapped_column(Text)  # latest code seen


class DepartmentRow(Base):
    """部门 / 预算单位, identified by (region, name); region may be absent."""

    __tablename__ = "departments"
    __table_args__ = (
        Index(
            "uq_departments_region_name",
            "region_id",
            "name",
            unique=True,
            sqlite_where=sql_text("region_id IS NOT NULL"),
            postgresql_where=sql_text("region_id IS NOT NULL"),
        ),
        Index(
            "uq_departments_name_no_region",
            "name",
            unique=True,
            sqlite_where=sql_text("region_id IS NULL"),
            postgresql_where=sql_text("region_id IS NULL"),
        ),
        _NO_ID_REUSE,
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    region_id: Mapped[int | None] = mapped_column(ForeignKey("regions.id"), index=True)
    code: Mapped[str | None] = mapped_column(Text)  # latest code seen
    supervising_department: Mapped[str | None] = mapped_column(Text)


class DocumentRow(Base):
    """部门预算绩效文本 of one department-year (and kind), with its budget tables."""

    __tablename__ = "performance_documents"
    __table_args__ = (UniqueConstraint("department_id", "fiscal_year", "kind"), _NO_ID_REUSE)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    department_id: Mapped[int] = mapped_column(
        ForeignKey("departments.id", ondelete="CASCADE"), nullable=False
    )
    fiscal_year: Mapped[int] = mapped_column(Integer, nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(50), nullable=False)
    schema_version: Mapped[int] = mapped_column(Integer, nullable=False)
    revision: Mapped[int] = mapped_column(Integer, nullable=False)
    saved_at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)
    title: Mapped[str | None] = mapped_column(Text)
    # The department as this document states it (the registry row may have moved on).
    department_code: Mapped[str | None] = mapped_column(Text)
    supervising_department: Mapped[str | None] = mapped_column(Text)
    region_code: Mapped[str | None] = mapped_column(Text)
    # 审核 finance bureau; NULL name = the document names none.
    finance_bureau_name: Mapped[str | None] = mapped_column(Text)
    finance_bureau_region_id: Mapped[int | None] = mapped_column(
        ForeignKey("regions.id"), index=True
    )
    finance_bureau_region_code: Mapped[str | None] = mapped_column(Text)
    overall_goal: Mapped[str | None] = mapped_column(Text)
    annual_work_plan: Mapped[str | None] = mapped_column(Text)
    # 年度收入预算 (万元)
    income_total: Mapped[Decimal | None] = _amount()
    income_general_public_budget: Mapped[Decimal | None] = _amount()
    income_government_fund_budget: Mapped[Decimal | None] = _amount()
    income_advance_transfer: Mapped[Decimal | None] = _amount()
    income_carry_over: Mapped[Decimal | None] = _amount()
    income_own_income: Mapped[Decimal | None] = _amount()
    income_provenance: Mapped[ProvenanceJson] = _provenance()
    # 年度支出预算 (万元)
    expenditure_total: Mapped[Decimal | None] = _amount()
    expenditure_personnel: Mapped[Decimal | None] = _amount()
    expenditure_operating: Mapped[Decimal | None] = _amount()
    expenditure_project: Mapped[Decimal | None] = _amount()
    expenditure_other: Mapped[Decimal | None] = _amount()
    expenditure_provenance: Mapped[ProvenanceJson] = _provenance()
    provenance: Mapped[ProvenanceJson] = _provenance()


class DepartmentGoalRow(Base):
    """年度整体支出目标 n, with the funding block it is tied to."""

    __tablename__ = "department_goals"
    __table_args__ = (UniqueConstraint("document_id", "position"), _NO_ID_REUSE)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = _document_fk()
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    text: Mapped[str | None] = mapped_column(Text)
    # False = no funding block at all (distinct from a block with empty name and amount).
    has_funding_block: Mapped[bool] = mapped_column(Boolean, nullable=False)
    funding_name: Mapped[str | None] = mapped_column(Text)
    funding_amount: Mapped[Decimal | None] = _amount()
    funding_provenance: Mapped[ProvenanceJson | None] = mapped_column(JsonData)
    provenance: Mapped[ProvenanceJson] = _provenance()


class GoalSectionRow(Base):
    """分项绩效目标 of the prose."""

    __tablename__ = "goal_sections"
    __table_args__ = (UniqueConstraint("document_id", "position"), _NO_ID_REUSE)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = _document_fk()
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    title: Mapped[str] = mapped_column(Text, nullable=False)
    goal: Mapped[str | None] = mapped_column(Text)
    indicators_text: Mapped[str | None] = mapped_column(Text)
    provenance: Mapped[ProvenanceJson] = _provenance()


class ProseSectionRow(Base):
    """工作保障措施: titled prose sections."""

    __tablename__ = "prose_sections"
    __table_args__ = (UniqueConstraint("document_id", "position"), _NO_ID_REUSE)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = _document_fk()
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    title: Mapped[str] = mapped_column(Text, nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    provenance: Mapped[ProvenanceJson] = _provenance()


class ProjectRow(Base):
    """预算项目 with its 项目绩效目标表 header."""

    __tablename__ = "projects"
    __table_args__ = (UniqueConstraint("document_id", "position"), _NO_ID_REUSE)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = _document_fk()
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    code: Mapped[str | None] = mapped_column(Text)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    budget: Mapped[Decimal | None] = _amount()
    fiscal_funds: Mapped[Decimal | None] = _amount()
    other_funds: Mapped[Decimal | None] = _amount()
    attribute: Mapped[str | None] = mapped_column(String(50))
    period: Mapped[str | None] = mapped_column(Text)
    supervising_department: Mapped[str | None] = mapped_column(Text)
    implementing_unit: Mapped[str | None] = mapped_column(Text)
    purpose: Mapped[str | None] = mapped_column(Text)
    overall_goal: Mapped[str | None] = mapped_column(Text)
    annual_goal: Mapped[str | None] = mapped_column(Text)
    provenance: Mapped[ProvenanceJson] = _provenance()


class SpendingCheckpointRow(Base):
    """资金支出计划: cumulative percentage spent by a checkpoint."""

    __tablename__ = "spending_checkpoints"
    __table_args__ = (UniqueConstraint("project_id", "position"), _NO_ID_REUSE)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("projects.id", ondelete="CASCADE"), nullable=False
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    month: Mapped[int] = mapped_column(Integer, nullable=False)
    day: Mapped[int | None] = mapped_column(Integer)
    cumulative_percent: Mapped[Decimal] = mapped_column(ExactDecimal(), nullable=False)
    label: Mapped[str | None] = mapped_column(Text)
    provenance: Mapped[ProvenanceJson] = _provenance()


# The owner columns of an indicator: exactly one is set.
OWNER_COLUMNS = ("department_goal_id", "goal_section_id", "project_id")
_ONE_OWNER = (
    "(CASE WHEN department_goal_id IS NULL THEN 0 ELSE 1 END)"
    " + (CASE WHEN goal_section_id IS NULL THEN 0 ELSE 1 END)"
    " + (CASE WHEN project_id IS NULL THEN 0 ELSE 1 END) = 1"
)


class IndicatorRow(Base):
    """绩效指标 of any owner; the target is stored in columns, as parsed."""

    __tablename__ = "indicators"
    __table_args__ = (
        CheckConstraint(_ONE_OWNER, name="one_owner"),
        # Unique per owner list; NULL owners never collide, and each index doubles as the
        # index on its foreign key (the owner column leads).
        UniqueConstraint("department_goal_id", "position"),
        UniqueConstraint("goal_section_id", "position"),
        UniqueConstraint("project_id", "position"),
        _NO_ID_REUSE,
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = _document_fk(index=True)
    fiscal_year: Mapped[int] = mapped_column(Integer, nullable=False, index=True)
    department_goal_id: Mapped[int | None] = mapped_column(
        ForeignKey("department_goals.id", ondelete="CASCADE")
    )
    goal_section_id: Mapped[int | None] = mapped_column(
        ForeignKey("goal_sections.id", ondelete="CASCADE")
    )
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    category: Mapped[str | None] = mapped_column(String(50))
    subcategory: Mapped[str | None] = mapped_column(String(50))
    name: Mapped[str] = mapped_column(Text, nullable=False)
    definition: Mapped[str | None] = mapped_column(Text)
    # The target: NULL kind = no target. Text as written; the rest as parsed.
    target_kind: Mapped[str | None] = mapped_column(String(20))
    target_text: Mapped[str | None] = mapped_column(Text)
    target_operator: Mapped[str | None] = mapped_column(String(10))
    target_value: Mapped[Decimal | None] = _amount()
    target_unit: Mapped[str | None] = mapped_column(Text)
    target_standard: Mapped[str | None] = mapped_column(Text)
    target_or_better: Mapped[bool | None] = mapped_column(Boolean)
    target_start: Mapped[str | None] = mapped_column(Text)
    target_end: Mapped[str | None] = mapped_column(Text)
    target_basis: Mapped[str | None] = mapped_column(String(50))
    target_basis_note: Mapped[str | None] = mapped_column(Text)
    weight: Mapped[Decimal | None] = _amount()
    direction: Mapped[str | None] = mapped_column(String(20))
    remark: Mapped[str | None] = mapped_column(Text)
    provenance: Mapped[ProvenanceJson] = _provenance()


def table_of(row_class: type[Base]) -> Table:
    """The Core table of a mapped class (for bulk statements and plain-row selects)."""
    return Base.metadata.tables[row_class.__tablename__]
