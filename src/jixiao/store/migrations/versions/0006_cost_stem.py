"""Each indicator's cost stem, written with it, and indexes to find a year's stems and categories.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26

``indicators.cost_stem`` holds the economic category stem of a cost line (``接待费`` for
接待费成本) and is NULL for any other indicator. The store writes it from the domain's decision
(``jixiao.domain.achievement.cost_line_stem``), so the set-based evaluation and monitoring join
spending on it instead of re-deciding in SQL, for every indicator, what a cost line is.

The upgrade fills it for the rows already stored with the same domain functions. Only
quantitative indicators with a unit can be cost lines, so only those rows are read; they are
updated in batches, by primary key (with the partition key, so PostgreSQL goes straight to the
year's partition).

Two indexes let the set-based statements find the year's distinct cost stems and economic
categories by one index probe per value (a loose index scan, ``sql_terms.distinct_values``):
``ix_indicators_cost_stem`` (partial: cost lines only) and ``ix_spending_records_category``.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from jixiao.domain.achievement import cost_line, stem_of

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BATCH = 10_000


def upgrade() -> None:
    op.add_column("indicators", sa.Column("cost_stem", sa.Text(), nullable=True))
    connection = op.get_bind()
    candidates = sa.text(
        "SELECT id, fiscal_year, name, category, subcategory, target_kind, target_unit "
        "FROM indicators WHERE target_kind = 'quantitative' AND target_unit IS NOT NULL"
    )
    update = sa.text("UPDATE indicators SET cost_stem = :stem WHERE id = :id AND fiscal_year = :y")
    batch: list[dict[str, object]] = []
    for row in connection.execute(candidates).all():
        if cost_line(row.name, row.category, row.subcategory, row.target_kind, row.target_unit):
            batch.append({"stem": stem_of(row.name), "id": row.id, "y": row.fiscal_year})
        if len(batch) >= _BATCH:
            connection.execute(update, batch)
            batch = []
    if batch:
        connection.execute(update, batch)
    op.create_index(
        "ix_indicators_cost_stem",
        "indicators",
        ["fiscal_year", "cost_stem"],
        sqlite_where=sa.text("cost_stem IS NOT NULL"),
        postgresql_where=sa.text("cost_stem IS NOT NULL"),
    )
    op.create_index(
        "ix_spending_records_category", "spending_records", ["fiscal_year", "economic_category"]
    )


def downgrade() -> None:
    op.drop_index("ix_spending_records_category", table_name="spending_records")
    op.drop_index("ix_indicators_cost_stem", table_name="indicators")
    op.drop_column("indicators", "cost_stem")
