"""Actuals: spending records, progress records and year-end actuals of a department-year.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25

Actuals hang off the department (ON DELETE CASCADE) and carry ``fiscal_year``, the owner's name
(project) or number (goal) and the indicator's name: never a document or indicator row id, since
saving a department-year again replaces its document rows and the actuals must survive that.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql
from sqlalchemy.sql.schema import SchemaItem

from jixiao.store.types import ExactDecimal

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of the column shapes this revision uses (the models may move on).
_JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")
_NO_ID_REUSE = {"sqlite_autoincrement": True}
_TABLES = ("spending_records", "progress_records", "year_end_actuals")


def _owner(table: str) -> list[SchemaItem]:
    """id, department-year and owner columns, with the key, the FK and the look-up index."""
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("project", sa.Text(), nullable=True),
        sa.Column("goal", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["departments.id"],
            name=op.f(f"fk_{table}_department_id_departments"),
            ondelete="CASCADE",
        ),
    ]


def _reading() -> list[sa.Column[Any]]:
    return [
        sa.Column("indicator", sa.Text(), nullable=False),
        sa.Column("value", ExactDecimal(), nullable=True),
        sa.Column("unit", sa.Text(), nullable=True),
        sa.Column("level", sa.String(length=20), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("deviation_causes", _JSON, nullable=False),
        sa.Column("likelihood", sa.String(length=20), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "spending_records",
        *_owner("spending_records"),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("amount", ExactDecimal(), nullable=False),
        sa.Column("economic_category", sa.Text(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        **_NO_ID_REUSE,
    )
    op.create_table(
        "progress_records",
        *_owner("progress_records"),
        *_reading(),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=True),
        sa.Column("reported_by", sa.Text(), nullable=True),
        sa.Column("rectification", sa.Text(), nullable=True),
        **_NO_ID_REUSE,
    )
    op.create_table(
        "year_end_actuals",
        *_owner("year_end_actuals"),
        *_reading(),
        sa.Column("deviation_explanation", sa.Text(), nullable=True),
        sa.Column("score_coefficient", ExactDecimal(), nullable=True),
        **_NO_ID_REUSE,
    )
    for table in _TABLES:
        op.create_index(
            f"ix_{table}_department_year", table, ["department_id", "fiscal_year"], unique=False
        )


def downgrade() -> None:
    for table in reversed(_TABLES):
        op.drop_index(f"ix_{table}_department_year", table_name=table)
        op.drop_table(table)
