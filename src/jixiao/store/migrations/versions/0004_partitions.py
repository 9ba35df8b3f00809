"""Partitions by fiscal year (PostgreSQL) and stored review findings.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26

On PostgreSQL, ``indicators``, ``spending_records``, ``progress_records``,
``year_end_actuals`` and the new ``review_findings`` become ``PARTITION BY LIST
(fiscal_year)``: a partition for every year already stored (``indicators_y2024``) and a
``DEFAULT`` partition (``indicators_default``); later years get theirs from
``jixiao.store.partitions.ensure_year`` when first written. PostgreSQL requires the partition
key in every unique constraint, so the primary key becomes ``(id, fiscal_year)`` and the
indicators' ``UNIQUE (owner, position)`` become ``UNIQUE (owner, fiscal_year, position)`` (on
SQLite too, where the tables stay plain: the models say the same on both databases).

A table is converted by copying: the old table is renamed, a new one is created ``LIKE`` it
(same columns in the same order, defaults, NOT NULL and CHECK constraints), the rows are copied
with their ids, the id sequence is re-owned by the new table (or dropping the old table would
drop it), the old table is dropped, and keys, foreign keys and indexes are made again under
their names. The downgrade does the same the other way.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import NamedTuple

import sqlalchemy as sa
from alembic import op
from alembic.operations import BatchOperations
from sqlalchemy.dialects import postgresql

from jixiao.errors import StoreError
from jixiao.store.types import UtcDateTime

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of the shapes this revision uses (the models may move on).
_JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")
_NO_ID_REUSE = {"sqlite_autoincrement": True}
_INDICATOR_OWNERS = (
    ("department_goal_id", "department_goals"),
    ("goal_section_id", "goal_sections"),
    ("project_id", "projects"),
)
_FINDINGS = "review_findings"


class _Shape(NamedTuple):
    """What a table has beyond its columns, defaults and CHECK constraints."""

    table: str
    foreign_keys: tuple[tuple[str, str], ...]  # (column, referred table), ON DELETE CASCADE
    indexes: tuple[tuple[str, tuple[str, ...]], ...]  # (name, columns)
    old_uniques: tuple[tuple[str, ...], ...] = ()  # as 0001-0003 made them
    new_uniques: tuple[tuple[str, ...], ...] = ()  # with fiscal_year


def _actuals_shape(table: str) -> _Shape:
    return _Shape(
        table,
        foreign_keys=(("department_id", "departments"),),
        indexes=((f"ix_{table}_department_year", ("department_id", "fiscal_year")),),
    )


_INDICATORS = _Shape(
    "indicators",
    foreign_keys=(("document_id", "performance_documents"), *_INDICATOR_OWNERS),
    indexes=(
        ("ix_indicators_document_id", ("document_id",)),
        ("ix_indicators_fiscal_year", ("fiscal_year",)),
    ),
    old_uniques=tuple((owner, "position") for owner, _ in _INDICATOR_OWNERS),
    new_uniques=tuple((owner, "fiscal_year", "position") for owner, _ in _INDICATOR_OWNERS),
)
_SHAPES = (
    _INDICATORS,
    _actuals_shape("spending_records"),
    _actuals_shape("progress_records"),
    _actuals_shape("year_end_actuals"),
    _actuals_shape(_FINDINGS),
)


def _unique_name(table: str, columns: Sequence[str]) -> str:
    return f"uq_{table}_{'_'.join(columns)}"


def _quote(name: str) -> str:
    return op.get_bind().dialect.identifier_preparer.quote(name)


def _execute(sql: str) -> None:
    op.get_bind().exec_driver_sql(sql)


# --- PostgreSQL: converting a table ------------------------------------------------------------


def _stored_years() -> list[int]:
    """Every fiscal year with a document, an indicator or an actual."""
    tables = ("performance_documents", *(shape.table for shape in _SHAPES))
    union = " UNION ".join(f"SELECT fiscal_year FROM {_quote(table)}" for table in tables)
    years = op.get_bind().scalars(sa.text(f"SELECT DISTINCT fiscal_year FROM ({union}) AS y"))
    return sorted(int(year) for year in years)


def _rebuild(shape: _Shape, *, partitioned: bool, years: Sequence[int]) -> None:
    """Copy the table into a new one, partitioned by year or plain; ids and sequence kept."""
    table = shape.table
    old = f"{table}_{'unpartitioned' if partitioned else 'partitioned'}"
    bind = op.get_bind()
    _execute(f"ALTER TABLE {_quote(table)} RENAME TO {_quote(old)}")
    sequence = bind.scalar(sa.text("SELECT pg_get_serial_sequence(:table, 'id')"), {"table": old})
    if sequence is None:
        raise StoreError(f"数据库迁移 0004:表 {table} 的 id 没有序列,无法转换")
    # Free the names of the index-backed constraints and of the indexes (unique per schema).
    uniques = shape.old_uniques if partitioned else shape.new_uniques
    for name in (f"pk_{table}", *(_unique_name(table, columns) for columns in uniques)):
        _execute(f"ALTER TABLE {_quote(old)} DROP CONSTRAINT {_quote(name)}")
    for name, _ in shape.indexes:
        _execute(f"DROP INDEX {_quote(name)}")
    partitioning = " PARTITION BY LIST (fiscal_year)" if partitioned else ""
    _execute(
        f"CREATE TABLE {_quote(table)} (LIKE {_quote(old)} INCLUDING DEFAULTS"
        f" INCLUDING CONSTRAINTS){partitioning}"
    )
    if partitioned:
        for year in years:
            _execute(
                f"CREATE TABLE {_quote(f'{table}_y{int(year)}')} PARTITION OF {_quote(table)}"
                f" FOR VALUES IN ({int(year)})"
            )
        _execute(f"CREATE TABLE {_quote(f'{table}_default')} PARTITION OF {_quote(table)} DEFAULT")
    # LIKE made the same columns in the same order.
    _execute(f"INSERT INTO {_quote(table)} SELECT * FROM {_quote(old)} ORDER BY id")
    _execute(f"ALTER SEQUENCE {sequence} OWNED BY {_quote(table)}.id")
    _execute(f"DROP TABLE {_quote(old)}")
    _add_keys(shape, partitioned=partitioned)


def _add_keys(shape: _Shape, *, partitioned: bool) -> None:
    table = shape.table
    key = ["id", "fiscal_year"] if partitioned else ["id"]
    op.create_primary_key(f"pk_{table}", table, key)
    for columns in shape.new_uniques if partitioned else shape.old_uniques:
        op.create_unique_constraint(_unique_name(table, columns), table, list(columns))
    for column, referred in shape.foreign_keys:
        op.create_foreign_key(
            f"fk_{table}_{column}_{referred}",
            table,
            referred,
            [column],
            ["id"],
            ondelete="CASCADE",
        )
    for name, columns in shape.indexes:
        op.create_index(name, table, list(columns))


# --- SQLite: the indicators' unique constraints ----------------------------------------------


@contextmanager
def _indicators_recreated_on_sqlite() -> Iterator[BatchOperations]:
    """Batch-alter ``indicators``: on SQLite a copy, kept AUTOINCREMENT with its id high-water
    mark (SQLite restarts the counter of a new table at the highest id it holds)."""
    bind = op.get_bind()
    if bind.exec_driver_sql("PRAGMA foreign_keys").scalar():
        raise StoreError("SQLite 迁移必须在关闭外键约束时运行(否则重建表会级联删除数据)")
    sequence = sa.text("SELECT seq FROM sqlite_sequence WHERE name = 'indicators'")
    high_water = bind.execute(sequence).scalar()
    with op.batch_alter_table("indicators", table_kwargs=_NO_ID_REUSE) as batch:
        yield batch
    if high_water is not None:
        bind.execute(
            sa.text("UPDATE sqlite_sequence SET seq = max(seq, :seq) WHERE name = 'indicators'"),
            {"seq": high_water},
        )


def _swap_sqlite_uniques(drop: Sequence[Sequence[str]], create: Sequence[Sequence[str]]) -> None:
    with _indicators_recreated_on_sqlite() as batch:
        for columns in drop:
            batch.drop_constraint(_unique_name("indicators", columns), type_="unique")
        for columns in create:
            batch.create_unique_constraint(_unique_name("indicators", columns), list(columns))


# --- review findings ---------------------------------------------------------------------------


def _create_findings() -> None:
    op.create_table(
        _FINDINGS,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=50), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("severity", sa.String(length=20), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("location", _JSON, nullable=False),
        sa.Column("suggestion", sa.Text(), nullable=True),
        sa.Column("related", _JSON, nullable=False),
        sa.Column("reviewed_at", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{_FINDINGS}")),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["departments.id"],
            name=op.f(f"fk_{_FINDINGS}_department_id_departments"),
            ondelete="CASCADE",
        ),
        **_NO_ID_REUSE,
    )
    op.create_index(f"ix_{_FINDINGS}_department_year", _FINDINGS, ["department_id", "fiscal_year"])


# --- the migration -------------------------------------------------------------------------------


def upgrade() -> None:
    _create_findings()
    if op.get_bind().dialect.name != "postgresql":
        _swap_sqlite_uniques(_INDICATORS.old_uniques, _INDICATORS.new_uniques)
        return
    years = _stored_years()
    for shape in _SHAPES:
        _rebuild(shape, partitioned=True, years=years)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        _swap_sqlite_uniques(_INDICATORS.new_uniques, _INDICATORS.old_uniques)
    else:
        for shape in _SHAPES:
            if shape.table != _FINDINGS:
                _rebuild(shape, partitioned=False, years=())
    op.drop_table(_FINDINGS)  # its partitions go with it
