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
  the table is partitioned by year on PostgreSQL and scanned without joins.
* On PostgreSQL, the tables that grow with the country (``indicators``, the actuals tables
  and ``review_findings``) are ``PARTITION BY LIST (fiscal_year)`` with the primary key
  ``(id, fiscal_year)`` (migration 0004, :mod:`jixiao.store.partitions`). The models keep the
  primary key ``id`` (ids stay unique, from one sequence per table) and say nothing of
  partitions: the same models serve SQLite, where the tables are plain.
* Ids are never reused: ``AUTOINCREMENT`` on SQLite (whose default reuses the highest id
  after a delete), as PostgreSQL sequences do anyway. A replaced document gets a new id.
* Amounts use :class:`ExactDecimal`; provenance maps use JSON (JSONB on PostgreSQL).
* A document is identified by (department, fiscal year, kind, subject): ``subject`` is the
  project's name for a project-level form (a department has many of one kind a year) and ''
  for the department-level kinds.
* Targets (the stated and the adjusted one) are stored in the same parsed columns, built by
  :func:`target_columns` for a prefix. Monitoring and self-evaluation figures of an indicator
  (its result) are columns too, ``result_*``, with ``has_result`` telling an absent result from
  an empty one; the list of deviation causes and the result's provenance are JSON.
"""

from __future__ import annotations

from datetime import date as calendar_date
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy import text as sql_text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeEngine

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


def _project_fk() -> Mapped[int]:
    # Project parts need no separate index: their UNIQUE (project_id, position) starts with it.
    return mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), nullable=False)


# A parsed target (jixiao.domain.target.Target), field by field: NULL kind = no target; text as
# written, the rest as parsed.
TARGET_COLUMN_TYPES: dict[str, TypeEngine[Any]] = {
    "kind": String(20),
    "text": Text(),
    "operator": String(10),
    "value": ExactDecimal(),
    "unit": Text(),
    "standard": Text(),
    "or_better": Boolean(),
    "start": Text(),
    "end": Text(),
}


def target_columns(prefix: str) -> list[Column[Any]]:
    """The columns of a parsed target, named ``<prefix>_<field>``."""
    return [Column(f"{prefix}_{name}", type_) for name, type_ in TARGET_COLUMN_TYPES.items()]


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
    """A document of one department-year, kind and subject, with its budget tables."""

    __tablename__ = "performance_documents"
    __table_args__ = (
        UniqueConstraint("department_id", "fiscal_year", "kind", "subject"),
        _NO_ID_REUSE,
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    department_id: Mapped[int] = mapped_column(
        ForeignKey("departments.id", ondelete="CASCADE"), nullable=False
    )
    fiscal_year: Mapped[int] = mapped_column(Integer, nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(50), nullable=False)
    # The project a project-level form is about; '' for department-level kinds.
    subject: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
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
    income_fiscal_appropriation: Mapped[Decimal | None] = _amount()
    income_provenance: Mapped[ProvenanceJson] = _provenance()
    # 年度支出预算 (万元)
    expenditure_total: Mapped[Decimal | None] = _amount()
    expenditure_personnel: Mapped[Decimal | None] = _amount()
    expenditure_operating: Mapped[Decimal | None] = _amount()
    expenditure_project: Mapped[Decimal | None] = _amount()
    expenditure_other: Mapped[Decimal | None] = _amount()
    expenditure_provenance: Mapped[ProvenanceJson] = _provenance()
    provenance: Mapped[ProvenanceJson] = _provenance()
    # A budget disclosure's performance section (PerformanceDisclosure as JSON; migration 0007).
    performance_disclosure: Mapped[dict[str, Any] | None] = mapped_column(JsonData)
    # A department self-evaluation's own figures (DepartmentEvaluation as JSON; migration 0010).
    department_evaluation: Mapped[dict[str, Any] | None] = mapped_column(JsonData)


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
    manager: Mapped[str | None] = mapped_column(Text)
    project_type: Mapped[str | None] = mapped_column(Text)
    # Monitoring and self-evaluation forms
    execution_as_of_month: Mapped[int | None] = mapped_column(Integer)
    goal_achievement: Mapped[str | None] = mapped_column(Text)
    deviation_analysis: Mapped[str | None] = mapped_column(Text)
    measures: Mapped[str | None] = mapped_column(Text)
    total_score: Mapped[Decimal | None] = _amount()
    rating: Mapped[str | None] = mapped_column(Text)


class SpendingCheckpointRow(Base):
    """资金支出计划: cumulative percentage spent by a checkpoint."""

    __tablename__ = "spending_checkpoints"
    __table_args__ = (UniqueConstraint("project_id", "position"), _NO_ID_REUSE)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    project_id: Mapped[int] = _project_fk()
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    month: Mapped[int] = mapped_column(Integer, nullable=False)
    day: Mapped[int | None] = mapped_column(Integer)
    cumulative_percent: Mapped[Decimal] = mapped_column(ExactDecimal(), nullable=False)
    label: Mapped[str | None] = mapped_column(Text)
    provenance: Mapped[ProvenanceJson] = _provenance()


class FundingExecutionRow(Base):
    """项目资金 of a monitoring or self-evaluation form: budget, execution, score (万元, %)."""

    __tablename__ = "funding_executions"
    __table_args__ = (UniqueConstraint("project_id", "position"), _NO_ID_REUSE)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    project_id: Mapped[int] = _project_fk()
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    source: Mapped[str] = mapped_column(String(20), nullable=False)
    label: Mapped[str | None] = mapped_column(Text)
    initial_budget: Mapped[Decimal | None] = _amount()
    full_year_budget: Mapped[Decimal | None] = _amount()
    executed: Mapped[Decimal | None] = _amount()
    projected: Mapped[Decimal | None] = _amount()
    execution_rate: Mapped[Decimal | None] = _amount()
    weight: Mapped[Decimal | None] = _amount()
    score: Mapped[Decimal | None] = _amount()
    provenance: Mapped[ProvenanceJson] = _provenance()


# The owner columns of an indicator: exactly one is set.
OWNER_COLUMNS = ("department_goal_id", "goal_section_id", "project_id")
_ONE_OWNER = (
    "(CASE WHEN department_goal_id IS NULL THEN 0 ELSE 1 END)"
    " + (CASE WHEN goal_section_id IS NULL THEN 0 ELSE 1 END)"
    " + (CASE WHEN project_id IS NULL THEN 0 ELSE 1 END) = 1"
)


class IndicatorRow(Base):
    """绩效指标 of any owner; targets are stored in columns, as parsed, and so is the result."""

    __tablename__ = "indicators"
    __table_args__ = (
        CheckConstraint(_ONE_OWNER, name="one_owner"),
        # Unique per owner list; NULL owners never collide, and each index doubles as the
        # index on its foreign key (the owner column leads). ``fiscal_year`` is in the key
        # because PostgreSQL requires the partition key in every unique constraint of a
        # partitioned table (migration 0004); an owner's indicators share its year, so the
        # constraint says the same as (owner, position).
        UniqueConstraint("department_goal_id", "fiscal_year", "position"),
        UniqueConstraint("goal_section_id", "fiscal_year", "position"),
        UniqueConstraint("project_id", "fiscal_year", "position"),
        # Table() takes columns among its items: the target columns come from one helper, and
        # the mapper maps them under their column names (target_kind, adjusted_target_kind, ...).
        *target_columns("target"),
        *target_columns("adjusted_target"),
        # The year's cost stems, found by probing this index once per stem; only cost lines.
        Index(
            "ix_indicators_cost_stem",
            "fiscal_year",
            "cost_stem",
            sqlite_where=sql_text("cost_stem IS NOT NULL"),
            postgresql_where=sql_text("cost_stem IS NOT NULL"),
        ),
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
    target_basis: Mapped[str | None] = mapped_column(String(50))
    target_basis_note: Mapped[str | None] = mapped_column(Text)
    # What was written instead of a target (``*``, ``/``, ``XX``; migration 0007).
    target_placeholder: Mapped[str | None] = mapped_column(Text)
    weight: Mapped[Decimal | None] = _amount()
    direction: Mapped[str | None] = mapped_column(String(20))
    remark: Mapped[str | None] = mapped_column(Text)
    provenance: Mapped[ProvenanceJson] = _provenance()
    core: Mapped[bool | None] = mapped_column(Boolean)
    # The result (monitoring / self-evaluation figures); False = none (not an empty one).
    has_result: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=false())
    result_as_of_month: Mapped[int | None] = mapped_column(Integer)
    result_actual_text: Mapped[str | None] = mapped_column(Text)
    result_actual: Mapped[Decimal | None] = _amount()
    result_actual_unit: Mapped[str | None] = mapped_column(Text)
    result_level: Mapped[str | None] = mapped_column(String(20))
    result_projected_text: Mapped[str | None] = mapped_column(Text)
    result_likelihood: Mapped[str | None] = mapped_column(String(20))
    result_deviation_causes: Mapped[list[str] | None] = mapped_column(JsonData)
    result_deviation_explanation: Mapped[str | None] = mapped_column(Text)
    result_rectification: Mapped[str | None] = mapped_column(Text)
    result_score: Mapped[Decimal | None] = _amount()
    result_score_coefficient: Mapped[Decimal | None] = _amount()
    result_provenance: Mapped[ProvenanceJson | None] = mapped_column(JsonData)
    # Derived, written with the row (never read back into the model): the economic category
    # stem of a cost line (``接待费`` for 接待费成本), NULL for any other indicator. The domain
    # decides (``achievement.cost_line_stem``); set-based SQL joins spending on it.
    cost_stem: Mapped[str | None] = mapped_column(Text)


def table_of(row_class: type[Base]) -> Table:
    """The Core table of a mapped class (for bulk statements and plain-row selects)."""
    return Base.metadata.tables[row_class.__tablename__]


# --- actuals (migration 0003) --------------------------------------------------------------------
#
# Actuals are keyed by (department, fiscal year, owner name, indicator name), the way the forms name
# them, not by document or indicator row id: saving a department-year's targets again replaces the
# document row (a new id), and the year's spending and progress must survive that. The department
# row is the anchor (ON DELETE CASCADE from it only); ``fiscal_year`` is a column of its own so the
# tables can be partitioned by year like ``indicators``.


def _actuals_department_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("departments.id", ondelete="CASCADE"), nullable=False)


class _ActualsOwner:
    """Columns every actuals row has: its department-year and its owner (project or goal)."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    department_id: Mapped[int] = _actuals_department_fk()
    fiscal_year: Mapped[int] = mapped_column(Integer, nullable=False)
    project: Mapped[str | None] = mapped_column(Text)  # the project's name as the forms write it
    goal: Mapped[int | None] = mapped_column(Integer)  # a department goal's number


class _Reading(_ActualsOwner):
    """A value against an indicator (progress report or year-end actual)."""

    indicator: Mapped[str] = mapped_column(Text, nullable=False)
    value: Mapped[Decimal | None] = _amount()
    unit: Mapped[str | None] = mapped_column(Text)
    level: Mapped[str | None] = mapped_column(String(20))
    text: Mapped[str | None] = mapped_column(Text)
    deviation_causes: Mapped[list[str]] = mapped_column(JsonData, nullable=False)
    likelihood: Mapped[str | None] = mapped_column(String(20))


class SpendingRecordRow(_ActualsOwner, Base):
    """One payment of a department-year (万元), booked to a project, a goal or neither."""

    __tablename__ = "spending_records"
    __table_args__ = (
        Index("ix_spending_records_department_year", "department_id", "fiscal_year"),
        # The year's economic categories, found by probing this index once per category
        # (``sql_terms.distinct_values``), not by reading the year's ledger.
        Index("ix_spending_records_category", "fiscal_year", "economic_category"),
        _NO_ID_REUSE,
    )

    date: Mapped[calendar_date] = mapped_column(Date, nullable=False)
    amount: Mapped[Decimal] = mapped_column(ExactDecimal(), nullable=False)
    economic_category: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)


class ProgressRecordRow(_Reading, Base):
    """An in-year report against an indicator (cumulative value or level by ``date``)."""

    __tablename__ = "progress_records"
    __table_args__ = (
        Index("ix_progress_records_department_year", "department_id", "fiscal_year"),
        _NO_ID_REUSE,
    )

    date: Mapped[calendar_date] = mapped_column(Date, nullable=False)
    evidence: Mapped[str | None] = mapped_column(Text)
    reported_by: Mapped[str | None] = mapped_column(Text)
    rectification: Mapped[str | None] = mapped_column(Text)


class YearEndActualRow(_Reading, Base):
    """实际完成值 of the self-evaluation, with 偏差原因分析及改进措施."""

    __tablename__ = "year_end_actuals"
    __table_args__ = (
        # Leads with the department-year (its look-ups), then finds one indicator's actual
        # (the set-based evaluation's join: SQLite joins through indexes).
        Index(
            "ix_year_end_actuals_indicator", "department_id", "fiscal_year", "project", "indicator"
        ),
        _NO_ID_REUSE,
    )

    deviation_explanation: Mapped[str | None] = mapped_column(Text)
    score_coefficient: Mapped[Decimal | None] = _amount()


# --- review findings (migration 0004) ------------------------------------------------------------


class ReviewFindingRow(Base):
    """A finding of the latest review of a stored document (the document's key, not its row id:
    saving the document again gives it a new id, and its review stays until the next one)."""

    __tablename__ = "review_findings"
    __table_args__ = (
        Index("ix_review_findings_department_year", "department_id", "fiscal_year"),
        _NO_ID_REUSE,
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    department_id: Mapped[int] = _actuals_department_fk()
    fiscal_year: Mapped[int] = mapped_column(Integer, nullable=False)
    kind: Mapped[str] = mapped_column(String(50), nullable=False)
    subject: Mapped[str] = mapped_column(Text, nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)  # in the report's order
    code: Mapped[str] = mapped_column(Text, nullable=False)
    severity: Mapped[str] = mapped_column(String(20), nullable=False)
    message: Mapped[str] = mapped_column(Text, nullable=False)
    location: Mapped[dict[str, Any]] = mapped_column(JsonData, nullable=False)
    suggestion: Mapped[str | None] = mapped_column(Text)
    related: Mapped[list[Any]] = mapped_column(JsonData, nullable=False)
    reviewed_at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)


# --- workflow, approved versions and the audit log (migration 0008) ------------------------------


def _department_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("departments.id", ondelete="CASCADE"), nullable=False)


class WorkflowRow(Base):
    """The workflow of one subject of a document (its declaration, a monitoring round, its
    self-evaluation), keyed like the document by names, so saving it again (new row ids)
    keeps its state, its version and its history."""

    __tablename__ = "workflow_records"
    __table_args__ = (
        UniqueConstraint(
            "department_id",
            "fiscal_year",
            "kind",
            "subject",
            "stage",
            "round",
            name="uq_workflow_records_key",
        ),
        _NO_ID_REUSE,
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    department_id: Mapped[int] = _department_fk()
    fiscal_year: Mapped[int] = mapped_column(Integer, nullable=False)
    kind: Mapped[str] = mapped_column(String(50), nullable=False)
    subject: Mapped[str] = mapped_column(Text, nullable=False)  # the document's subject
    stage: Mapped[str] = mapped_column(String(20), nullable=False)  # 申报 / 监控 / 自评
    round: Mapped[str] = mapped_column(Text, nullable=False)  # "1-6月" for a monitoring round
    state: Mapped[str] = mapped_column(String(20), nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    adjusting: Mapped[bool] = mapped_column(Boolean, nullable=False)
    last_editor: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)


def _workflow_fk() -> Mapped[int]:
    return mapped_column(
        ForeignKey("workflow_records.id", ondelete="CASCADE"), nullable=False, index=True
    )


class WorkflowEventRow(Base):
    """One transition of a workflow: who, when, from which state to which, and why."""

    __tablename__ = "workflow_events"
    __table_args__ = (_NO_ID_REUSE,)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workflow_id: Mapped[int] = _workflow_fk()
    at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)
    actor: Mapped[str] = mapped_column(Text, nullable=False)
    role: Mapped[str] = mapped_column(String(20), nullable=False)
    action: Mapped[str] = mapped_column(String(30), nullable=False)
    from_state: Mapped[str] = mapped_column(String(20), nullable=False)
    to_state: Mapped[str] = mapped_column(String(20), nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    # [{"location": …, "reason": …}] for a return; [] otherwise.
    reasons: Mapped[list[Any]] = mapped_column(JsonData, nullable=False)
    note: Mapped[str | None] = mapped_column(Text)


class FindingNoteRow(Base):
    """A submitter's explanation of a finding, or a reviewer's comment on it (keyed by the
    finding's rule code and location: a new review keeps the notes of the findings it repeats)."""

    __tablename__ = "finding_notes"
    __table_args__ = (
        UniqueConstraint("workflow_id", "finding_key", "note_kind"),
        _NO_ID_REUSE,
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workflow_id: Mapped[int] = mapped_column(
        ForeignKey("workflow_records.id", ondelete="CASCADE"), nullable=False
    )
    finding_key: Mapped[str] = mapped_column(Text, nullable=False)
    note_kind: Mapped[str] = mapped_column(String(20), nullable=False)  # explanation / comment
    text: Mapped[str] = mapped_column(Text, nullable=False)
    author: Mapped[str] = mapped_column(Text, nullable=False)
    at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)


class ApprovedVersionRow(Base):
    """An approved (批复) version of a declaration, kept whole as canonical JSON."""

    __tablename__ = "approved_versions"
    __table_args__ = (UniqueConstraint("workflow_id", "number"), _NO_ID_REUSE)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workflow_id: Mapped[int] = mapped_column(
        ForeignKey("workflow_records.id", ondelete="CASCADE"), nullable=False
    )
    number: Mapped[int] = mapped_column(Integer, nullable=False)  # 1, 2, … per declaration
    approved_at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)
    approved_by: Mapped[str] = mapped_column(Text, nullable=False)
    published_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    published_by: Mapped[str | None] = mapped_column(Text)
    snapshot: Mapped[str] = mapped_column(Text, nullable=False)  # the canonical JSON document
    digest: Mapped[str] = mapped_column(String(64), nullable=False)


class AuditEntryRow(Base):
    """An entry of the hash-chained audit log; ``number`` is its place in the chain (1, 2, …)."""

    __tablename__ = "audit_log"

    number: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)
    actor: Mapped[str] = mapped_column(Text, nullable=False)
    role: Mapped[str] = mapped_column(String(20), nullable=False)
    action: Mapped[str] = mapped_column(Text, nullable=False)
    subject: Mapped[str] = mapped_column(Text, nullable=False)
    before_digest: Mapped[str | None] = mapped_column(String(64))
    after_digest: Mapped[str | None] = mapped_column(String(64))
    detail: Mapped[str] = mapped_column(Text, nullable=False)
    prev_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    hash: Mapped[str] = mapped_column(String(64), nullable=False)


class AuditHeadRow(Base):
    """The chain's head (one row): the last entry's number and hash. Appending locks it, so
    writers append one at a time, and a deleted last entry is still noticed."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    hash: Mapped[str] = mapped_column(String(64), nullable=False)
