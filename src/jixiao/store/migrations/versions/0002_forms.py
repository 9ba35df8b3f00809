"""Forms: project-level documents (keyed by subject), indicator results, funding execution.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25

A department may now store one project-level form (目标表, 监控表, 自评表) per project and
kind in a year, so the document key gains ``subject`` (the project's name, '' for the
department-level kinds). Indicators gain the adjusted target, the core flag and the result of
monitoring / self-evaluation; projects gain their execution figures and a funding table.

On SQLite, changing the document key recreates ``performance_documents`` (batch mode). That is
only safe with foreign keys off, or dropping the old table would cascade-delete every part of
every document: ``store.db`` runs migrations so, and ``env.py`` refuses otherwise.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa
from alembic import op
from alembic.operations import BatchOperations
from sqlalchemy.dialects import postgresql
from sqlalchemy.types import TypeEngine

from jixiao.errors import StoreError
from jixiao.store.types import ExactDecimal

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of the column shapes this revision uses (the models may move on).
_JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")
_NO_ID_REUSE = {"sqlite_autoincrement": True}
_DOCUMENTS = "performance_documents"
_OLD_KEY = ("department_id", "fiscal_year", "kind")
_NEW_KEY = (*_OLD_KEY, "subject")

Shapes = tuple[tuple[str, TypeEngine[Any]], ...]  # (column name, type)

_PROJECT_COLUMNS: Shapes = (
    ("manager", sa.Text()),
    ("project_type", sa.Text()),
    ("execution_as_of_month", sa.Integer()),
    ("goal_achievement", sa.Text()),
    ("deviation_analysis", sa.Text()),
    ("measures", sa.Text()),
    ("total_score", ExactDecimal()),
    ("rating", sa.Text()),
)
_RESULT_COLUMNS: Shapes = (
    ("result_as_of_month", sa.Integer()),
    ("result_actual_text", sa.Text()),
    ("result_actual", ExactDecimal()),
    ("result_actual_unit", sa.Text()),
    ("result_level", sa.String(length=20)),
    ("result_projected_text", sa.Text()),
    ("result_likelihood", sa.String(length=20)),
    ("result_deviation_causes", _JSON),
    ("result_deviation_explanation", sa.Text()),
    ("result_rectification", sa.Text()),
    ("result_score", ExactDecimal()),
    ("result_score_coefficient", ExactDecimal()),
    ("result_provenance", _JSON),
)
_FUNDING_AMOUNTS = (
    "initial_budget",
    "full_year_budget",
    "executed",
    "projected",
    "execution_rate",
    "weight",
    "score",
)


def _target_columns(prefix: str) -> list[sa.Column[Any]]:
    """The parsed-target columns ``<prefix>_<field>``, as 0001 made them for ``target``."""
    shapes: Shapes = (
        ("kind", sa.String(length=20)),
        ("text", sa.Text()),
        ("operator", sa.String(length=10)),
        ("value", ExactDecimal()),
        ("unit", sa.Text()),
        ("standard", sa.Text()),
        ("or_better", sa.Boolean()),
        ("start", sa.Text()),
        ("end", sa.Text()),
    )
    return [sa.Column(f"{prefix}_{name}", type_, nullable=True) for name, type_ in shapes]


def _indicator_columns() -> list[sa.Column[Any]]:
    return [
        *_target_columns("adjusted_target"),
        sa.Column("core", sa.Boolean(), nullable=True),
        # Existing indicators have no result.
        sa.Column("has_result", sa.Boolean(), nullable=False, server_default=sa.false()),
        *(sa.Column(name, type_, nullable=True) for name, type_ in _RESULT_COLUMNS),
    ]


def _project_columns() -> list[sa.Column[Any]]:
    return [sa.Column(name, type_, nullable=True) for name, type_ in _PROJECT_COLUMNS]


def _unique_name(columns: Sequence[str]) -> str:
    return f"uq_{_DOCUMENTS}_{'_'.join(columns)}"


@contextmanager
def _documents_recreated_on_sqlite() -> Iterator[BatchOperations]:
    """Batch-alter the documents table; on SQLite it is copied into a new table.

    The copy must stay AUTOINCREMENT and keep its id high-water mark: ids are never reused,
    but SQLite restarts the counter of a new table at the highest id it holds.
    """
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    if sqlite and bind.exec_driver_sql("PRAGMA foreign_keys").scalar():
        raise StoreError("SQLite 迁移必须在关闭外键约束时运行(否则重建表会级联删除数据)")
    sequence = sa.text("SELECT seq FROM sqlite_sequence WHERE name = :name")
    high_water = bind.execute(sequence, {"name": _DOCUMENTS}).scalar() if sqlite else None
    with op.batch_alter_table(_DOCUMENTS, table_kwargs=_NO_ID_REUSE) as batch:
        yield batch
    if high_water is not None:
        bind.execute(
            sa.text("UPDATE sqlite_sequence SET seq = max(seq, :seq) WHERE name = :name"),
            {"seq": high_water, "name": _DOCUMENTS},
        )


def upgrade() -> None:
    with _documents_recreated_on_sqlite() as batch:
        batch.add_column(sa.Column("subject", sa.Text(), nullable=False, server_default=""))
        batch.drop_constraint(_unique_name(_OLD_KEY), type_="unique")
        batch.create_unique_constraint(_unique_name(_NEW_KEY), list(_NEW_KEY))
    # Plain ADD COLUMN: both databases add nullable or defaulted columns in place.
    for column in _indicator_columns():
        op.add_column("indicators", column)
    for column in _project_columns():
        op.add_column("projects", column)
    op.create_table(
        "funding_executions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("label", sa.Text(), nullable=True),
        *(sa.Column(name, ExactDecimal(), nullable=True) for name in _FUNDING_AMOUNTS),
        sa.Column("provenance", _JSON, nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_funding_executions_project_id_projects"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_funding_executions")),
        sa.UniqueConstraint(
            "project_id", "position", name=op.f("uq_funding_executions_project_id_position")
        ),
        **_NO_ID_REUSE,
    )


def downgrade() -> None:
    _refuse_several_forms_per_key()
    op.drop_table("funding_executions")
    # Plain DROP COLUMN (SQLite >= 3.35): the columns are in no index or constraint.
    for column in reversed(_project_columns()):
        op.drop_column("projects", column.name)
    for column in reversed(_indicator_columns()):
        op.drop_column("indicators", column.name)
    with _documents_recreated_on_sqlite() as batch:
        batch.drop_constraint(_unique_name(_NEW_KEY), type_="unique")
        batch.create_unique_constraint(_unique_name(_OLD_KEY), list(_OLD_KEY))
        batch.drop_column("subject")


def _refuse_several_forms_per_key() -> None:
    """0001 keeps one document per department, year and kind: refuse to drop forms silently."""
    key = ", ".join(_OLD_KEY)
    query = f"SELECT {key} FROM {_DOCUMENTS} GROUP BY {key} HAVING count(*) > 1"
    clashes = op.get_bind().execute(sa.text(query)).all()
    if clashes:
        raise StoreError(
            f"无法降级到 0001:有 {len(clashes)} 组同一部门、年度、类型的多份项目表"
            "(0001 每组只能保存一份);请先删除多余的表"
        )
