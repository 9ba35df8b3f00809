"""Initial schema: regions, departments, performance documents and their parts.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql
from sqlalchemy.sql.schema import SchemaItem

from jixiao.store.types import ExactDecimal, UtcDateTime

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of the column shapes this revision uses (the models may move on).
_JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")
# Ids are never reused (SQLite reuses the highest id after a delete unless AUTOINCREMENT).
_NO_ID_REUSE = {"sqlite_autoincrement": True}
_OWNED_TABLES = ("department_goals", "goal_sections", "prose_sections", "projects")


def _text(name: str, nullable: bool = True) -> sa.Column[str]:
    return sa.Column(name, sa.Text(), nullable=nullable)


def _amount(name: str, nullable: bool = True) -> sa.Column[object]:
    return sa.Column(name, ExactDecimal(), nullable=nullable)


def _provenance(name: str = "provenance", nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, _JSON, nullable=nullable)


def _id() -> sa.Column[int]:
    return sa.Column("id", sa.Integer(), nullable=False)


def _fk(
    column: str, table: str, source: str, ondelete: str | None = "CASCADE"
) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{table}.id"], name=op.f(f"fk_{source}_{column}_{table}"), ondelete=ondelete
    )


def _owned_by_document(table: str) -> list[SchemaItem]:
    """The id, document_id and position columns, keys and constraints of a document part."""
    return [
        _id(),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        _fk("document_id", "performance_documents", table),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        sa.UniqueConstraint(
            "document_id", "position", name=op.f(f"uq_{table}_document_id_position")
        ),
    ]


def _create_registry() -> None:
    op.create_table(
        "regions",
        _id(),
        _text("name", nullable=False),
        _text("code"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_regions")),
        sa.UniqueConstraint("name", name=op.f("uq_regions_name")),
        **_NO_ID_REUSE,
    )
    op.create_table(
        "departments",
        _id(),
        _text("name", nullable=False),
        sa.Column("region_id", sa.Integer(), nullable=True),
        _text("code"),
        _text("supervising_department"),
        _fk("region_id", "regions", "departments", ondelete=None),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_departments")),
        **_NO_ID_REUSE,
    )
    op.create_index(op.f("ix_departments_region_id"), "departments", ["region_id"])
    # A department is unique per region; NULL regions need their own partial index because
    # UNIQUE treats NULLs as distinct on both SQLite and PostgreSQL.
    op.create_index(
        "uq_departments_region_name",
        "departments",
        ["region_id", "name"],
        unique=True,
        sqlite_where=sa.text("region_id IS NOT NULL"),
        postgresql_where=sa.text("region_id IS NOT NULL"),
    )
    op.create_index(
        "uq_departments_name_no_region",
        "departments",
        ["name"],
        unique=True,
        sqlite_where=sa.text("region_id IS NULL"),
        postgresql_where=sa.text("region_id IS NULL"),
    )


def _create_documents() -> None:
    table = "performance_documents"
    op.create_table(
        table,
        _id(),
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=50), nullable=False),
        sa.Column("schema_version", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("saved_at", UtcDateTime(), nullable=False),
        _text("title"),
        _text("department_code"),
        _text("supervising_department"),
        _text("region_code"),
        _text("finance_bureau_name"),
        sa.Column("finance_bureau_region_id", sa.Integer(), nullable=True),
        _text("finance_bureau_region_code"),
        _text("overall_goal"),
        _text("annual_work_plan"),
        _amount("income_total"),
        _amount("income_general_public_budget"),
        _amount("income_government_fund_budget"),
        _amount("income_advance_transfer"),
        _amount("income_carry_over"),
        _amount("income_own_income"),
        _provenance("income_provenance"),
        _amount("expenditure_total"),
        _amount("expenditure_personnel"),
        _amount("expenditure_operating"),
        _amount("expenditure_project"),
        _amount("expenditure_other"),
        _provenance("expenditure_provenance"),
        _provenance(),
        _fk("department_id", "departments", table),
        _fk("finance_bureau_region_id", "regions", table, ondelete=None),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        sa.UniqueConstraint(
            "department_id",
            "fiscal_year",
            "kind",
            name=op.f(f"uq_{table}_department_id_fiscal_year_kind"),
        ),
        **_NO_ID_REUSE,
    )
    op.create_index(op.f(f"ix_{table}_fiscal_year"), table, ["fiscal_year"])
    op.create_index(
        op.f(f"ix_{table}_finance_bureau_region_id"), table, ["finance_bureau_region_id"]
    )


def _create_document_parts() -> None:
    op.create_table(
        "department_goals",
        *_owned_by_document("department_goals"),
        sa.Column("number", sa.Integer(), nullable=False),
        _text("text"),
        sa.Column("has_funding_block", sa.Boolean(), nullable=False),
        _text("funding_name"),
        _amount("funding_amount"),
        _provenance("funding_provenance", nullable=True),
        _provenance(),
        **_NO_ID_REUSE,
    )
    op.create_table(
        "goal_sections",
        *_owned_by_document("goal_sections"),
        _text("title", nullable=False),
        _text("goal"),
        _text("indicators_text"),
        _provenance(),
        **_NO_ID_REUSE,
    )
    op.create_table(
        "prose_sections",
        *_owned_by_document("prose_sections"),
        _text("title", nullable=False),
        _text("text", nullable=False),
        _provenance(),
        **_NO_ID_REUSE,
    )
    op.create_table(
        "projects",
        *_owned_by_document("projects"),
        _text("code"),
        _text("name", nullable=False),
        _amount("budget"),
        _amount("fiscal_funds"),
        _amount("other_funds"),
        sa.Column("attribute", sa.String(length=50), nullable=True),
        _text("period"),
        _text("supervising_department"),
        _text("implementing_unit"),
        _text("purpose"),
        _text("overall_goal"),
        _text("annual_goal"),
        _provenance(),
        **_NO_ID_REUSE,
    )
    op.create_table(
        "spending_checkpoints",
        _id(),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("month", sa.Integer(), nullable=False),
        sa.Column("day", sa.Integer(), nullable=True),
        _amount("cumulative_percent", nullable=False),
        _text("label"),
        _provenance(),
        _fk("project_id", "projects", "spending_checkpoints"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_spending_checkpoints")),
        sa.UniqueConstraint(
            "project_id", "position", name=op.f("uq_spending_checkpoints_project_id_position")
        ),
        **_NO_ID_REUSE,
    )


def _create_indicators() -> None:
    owners = (
        ("department_goal_id", "department_goals"),
        ("goal_section_id", "goal_sections"),
        ("project_id", "projects"),
    )
    one_owner = " + ".join(
        f"(CASE WHEN {column} IS NULL THEN 0 ELSE 1 END)" for column, _ in owners
    )
    op.create_table(
        "indicators",
        _id(),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        *(sa.Column(column, sa.Integer(), nullable=True) for column, _ in owners),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=50), nullable=True),
        sa.Column("subcategory", sa.String(length=50), nullable=True),
        _text("name", nullable=False),
        _text("definition"),
        sa.Column("target_kind", sa.String(length=20), nullable=True),
        _text("target_text"),
        sa.Column("target_operator", sa.String(length=10), nullable=True),
        _amount("target_value"),
        _text("target_unit"),
        _text("target_standard"),
        sa.Column("target_or_better", sa.Boolean(), nullable=True),
        _text("target_start"),
        _text("target_end"),
        sa.Column("target_basis", sa.String(length=50), nullable=True),
        _text("target_basis_note"),
        _amount("weight"),
        sa.Column("direction", sa.String(length=20), nullable=True),
        _text("remark"),
        _provenance(),
        sa.CheckConstraint(f"{one_owner} = 1", name=op.f("ck_indicators_one_owner")),
        _fk("document_id", "performance_documents", "indicators"),
        *(_fk(column, table, "indicators") for column, table in owners),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicators")),
        *(
            sa.UniqueConstraint(column, "position", name=op.f(f"uq_indicators_{column}_position"))
            for column, _ in owners
        ),
        **_NO_ID_REUSE,
    )
    op.create_index(op.f("ix_indicators_document_id"), "indicators", ["document_id"])
    op.create_index(op.f("ix_indicators_fiscal_year"), "indicators", ["fiscal_year"])


def upgrade() -> None:
    _create_registry()
    _create_documents()
    _create_document_parts()
    _create_indicators()


def downgrade() -> None:
    # Dropping a table drops its indexes; children first.
    for table in (
        "indicators",
        "spending_checkpoints",
        *_OWNED_TABLES,
        "performance_documents",
        "departments",
        "regions",
    ):
        op.drop_table(table)
