"""Placeholder targets and the performance section of published budgets.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01

``indicators.target_placeholder`` keeps what a form wrote instead of a target (``*``, ``/``,
``——``, ``XX``; ``jixiao.domain.placeholders``): such an indicator has no target (its target
columns are NULL) and review reports it quoting the placeholder. NULL for every row already
stored, which is what they are: their targets were readable or absent.

``performance_documents.performance_disclosure`` holds, as JSON, what the performance section
of a budget disclosure (预算公开/决算公开, kind ``budget_disclosure``) states: the number of
projects with targets, the amount, the 项目支出 table's 合计 and where each was read. NULL for
every other kind.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copy of the JSON column shape (the models may move on).
_JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def upgrade() -> None:
    op.add_column("indicators", sa.Column("target_placeholder", sa.Text(), nullable=True))
    op.add_column(
        "performance_documents", sa.Column("performance_disclosure", _JSON, nullable=True)
    )


def downgrade() -> None:
    op.drop_column("performance_documents", "performance_disclosure")
    op.drop_column("indicators", "target_placeholder")
