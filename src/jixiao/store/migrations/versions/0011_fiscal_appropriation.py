"""A department's 财政拨款收入 as the sum its document states.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06

``performance_documents.income_fiscal_appropriation`` holds the 财政拨款 (收入) sum a
department's budget states, often without its parts (一般公共预算拨款, 政府性基金预算拨款):
``jixiao.domain.model.IncomeBudget.fiscal_appropriation``. NULL for every document already
stored: none had a place for it.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from jixiao.store.types import ExactDecimal

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "performance_documents",
        sa.Column("income_fiscal_appropriation", ExactDecimal(), nullable=True),
    )


def downgrade() -> None:
    op.drop_column("performance_documents", "income_fiscal_appropriation")
