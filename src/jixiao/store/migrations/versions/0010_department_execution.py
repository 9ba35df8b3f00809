"""A department self-evaluation's own figures.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05

``performance_documents.department_evaluation`` holds, as JSON, what a department's
self-evaluation (部门整体支出绩效自评表, 评价得分表, 自评报告) states of the department as a
whole besides its indicators: the rows of its 资金安排和使用情况 (年初预算数, 全年预算数,
全年执行数, 执行率, 分值, 得分), the 实际完成情况 of its 年度总体目标, its 总分 and its 评价等级,
each with where it was read (``jixiao.domain.model.DepartmentEvaluation``). NULL for every
document already stored and for every other kind: none had a place for them.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copy of the JSON column shape (the models may move on).
_JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def upgrade() -> None:
    op.add_column("performance_documents", sa.Column("department_evaluation", _JSON, nullable=True))


def downgrade() -> None:
    op.drop_column("performance_documents", "department_evaluation")
