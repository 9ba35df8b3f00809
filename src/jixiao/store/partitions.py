"""Partitions by fiscal year of the tables that grow with the country (PostgreSQL only).

On PostgreSQL, migration 0004 makes each table of :data:`PARTITIONED_TABLES`
``PARTITION BY LIST (fiscal_year)``: one partition a year (``indicators_y2024``) and a
``DEFAULT`` partition (``indicators_default``) so that a row of a year without its partition
still goes in. Every store write path calls :func:`ensure_year` before inserting rows of a
year; it creates the year's partitions the first time, in the caller's transaction.

On SQLite (a local file holding one bureau) tables are plain and every function here is a
no-op.
"""

from __future__ import annotations

from typing import Final

from sqlalchemy import Connection, bindparam, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.types import Text

# Parents of the partitions, in the order migration 0004 creates them.
PARTITIONED_TABLES: Final = (
    "indicators",
    "spending_records",
    "progress_records",
    "year_end_actuals",
    "review_findings",
)

# First key of the two-key advisory lock that serialises creating a year's partitions
# (the second key is the year): "jx" in ASCII.
_LOCK_CLASS: Final = 0x6A78


def partition_name(table: str, fiscal_year: int) -> str:
    """The partition of ``table`` holding ``fiscal_year``: ``indicators_y2024``."""
    return f"{table}_y{fiscal_year}"


def default_partition_name(table: str) -> str:
    """The DEFAULT partition of ``table``: ``indicators_default``."""
    return f"{table}_default"


def _is_postgresql(connection: Connection) -> bool:
    return connection.dialect.name == "postgresql"


# Partitioned parents (found through the search path) that lack the year's partition.
_MISSING = text(
    "SELECT t.name FROM unnest(:tables) WITH ORDINALITY AS t(name, ord)"
    " JOIN pg_partitioned_table p ON p.partrelid = to_regclass(t.name)"
    " WHERE to_regclass(t.name || '_y' || :year) IS NULL"
    " ORDER BY t.ord"
).bindparams(bindparam("tables", type_=ARRAY(Text())))


def _missing(connection: Connection, fiscal_year: int) -> list[str]:
    found = connection.execute(
        _MISSING, {"tables": list(PARTITIONED_TABLES), "year": str(fiscal_year)}
    )
    return [str(name) for name in found.scalars()]


def ensure_year(connection: Connection, fiscal_year: int) -> None:
    """Make sure every partitioned table has the partition of ``fiscal_year`` (PostgreSQL).

    Idempotent and cheap once the partitions exist (one catalog query). Otherwise takes a
    transaction-level advisory lock for the year (two writers of a new year queue, the second
    finds the partitions made), then creates the missing partitions; rows of the year that went
    into the DEFAULT partition move into the new one. Runs in the caller's transaction, so it
    rolls back with it. Tables that are not partitioned (a database before 0004) are left alone.
    On SQLite it does nothing.
    """
    if not _is_postgresql(connection) or not _missing(connection, fiscal_year):
        return
    connection.execute(
        text("SELECT pg_advisory_xact_lock(:lock_class, :year)"),
        {"lock_class": _LOCK_CLASS, "year": fiscal_year},
    )
    for table in _missing(connection, fiscal_year):  # again: another writer may have made them
        _create_partition(connection, table, fiscal_year)


def _quoted(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote(name)


def _create_partition(connection: Connection, table: str, fiscal_year: int) -> None:
    year = int(fiscal_year)  # in DDL text, which takes no bind parameters
    parent = _quoted(connection, table)
    child = _quoted(connection, partition_name(table, year))
    default = default_partition_name(table)
    has_default = connection.scalar(
        text("SELECT to_regclass(:name) IS NOT NULL"), {"name": default}
    )
    default_table = _quoted(connection, default)
    stranded = has_default and connection.scalar(
        text(f"SELECT EXISTS (SELECT 1 FROM {default_table} WHERE fiscal_year = {year})")
    )
    if not stranded:
        connection.exec_driver_sql(
            f"CREATE TABLE {child} PARTITION OF {parent} FOR VALUES IN ({year})"
        )
        return
    # The DEFAULT partition holds rows of the year: a partition of it cannot be created while
    # they are there, so they move into a table of the parent's shape, which is then attached
    # (attaching builds its indexes, primary key and foreign keys from the parent's).
    columns = ", ".join(_quoted(connection, name) for name in _column_names(connection, table))
    connection.exec_driver_sql(
        f"CREATE TABLE {child} (LIKE {parent} INCLUDING DEFAULTS INCLUDING CONSTRAINTS)"
    )
    connection.exec_driver_sql(
        f"WITH moved AS (DELETE FROM {default_table} WHERE fiscal_year = {year}"
        f" RETURNING {columns}) INSERT INTO {child} ({columns}) SELECT {columns} FROM moved"
    )
    connection.exec_driver_sql(
        f"ALTER TABLE {parent} ATTACH PARTITION {child} FOR VALUES IN ({year})"
    )


def _column_names(connection: Connection, table: str) -> list[str]:
    query = text(
        "SELECT attname FROM pg_attribute WHERE attrelid = to_regclass(:table)"
        " AND attnum > 0 AND NOT attisdropped ORDER BY attnum"
    )
    return [str(name) for name in connection.scalars(query, {"table": table})]


def partitions(connection: Connection) -> dict[str, list[str]]:
    """Each partitioned table (found through the search path) with its partitions, by name.

    Empty on SQLite and on a PostgreSQL database before migration 0004.
    """
    if not _is_postgresql(connection):
        return {}
    query = text(
        "SELECT t.name, c.relname FROM unnest(:tables) AS t(name)"
        " JOIN pg_partitioned_table p ON p.partrelid = to_regclass(t.name)"
        " LEFT JOIN pg_inherits i ON i.inhparent = p.partrelid"
        " LEFT JOIN pg_class c ON c.oid = i.inhrelid"
        " ORDER BY t.name, c.relname"
    ).bindparams(bindparam("tables", type_=ARRAY(Text())))
    found: dict[str, list[str]] = {}
    for table, child in connection.execute(query, {"tables": list(PARTITIONED_TABLES)}):
        names = found.setdefault(str(table), [])
        if child is not None:
            names.append(str(child))
    return found


def partition_tables(connection: Connection) -> set[str]:
    """The names of every partition (the child tables, not their parents): what a reflected
    list of tables holds beyond the models' tables on a partitioned PostgreSQL database."""
    return {child for children in partitions(connection).values() for child in children}
