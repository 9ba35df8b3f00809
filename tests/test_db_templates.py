"""The migrated databases the fixtures copy (tests/db_templates.py) equal databases migrated
for real: the same tables, columns, keys, indexes, sequences, partitions and rows."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, create_engine, inspect, make_url, text
from sqlalchemy.pool import NullPool

from conftest import build_migrated, postgres_schema
from db_templates import migrate
from jixiao.store import db

# Everything PostgreSQL's catalog says of a schema's objects, as text. Each query runs on a
# connection whose search_path is that schema only, so the definitions name no schema.
_PG_CATALOG = {
    "relations": """
        SELECT c.relname, c.relkind, c.relpersistence, pg_get_partkeydef(c.oid),
               pg_get_expr(c.relpartbound, c.oid), obj_description(c.oid)
        FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace""",
    "columns": """
        SELECT c.relname, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod),
               a.attnotnull, a.attidentity, a.attgenerated, pg_get_expr(d.adbin, d.adrelid),
               a.attcollation::regcollation::text
        FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
        LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        WHERE c.relnamespace = current_schema()::regnamespace
          AND a.attnum > 0 AND NOT a.attisdropped""",
    "constraints": """
        SELECT c.relname, k.conname, k.contype, pg_get_constraintdef(k.oid), k.condeferrable
        FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
        WHERE k.connamespace = current_schema()::regnamespace""",
    "indexes": "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()",
    "sequences": """
        SELECT s.relname, q.seqtypid::regtype::text, q.seqstart, q.seqincrement, q.seqmax,
               q.seqmin, q.seqcycle, d.refobjid::regclass::text, d.refobjsubid
        FROM pg_sequence q JOIN pg_class s ON s.oid = q.seqrelid
        LEFT JOIN pg_depend d ON d.objid = s.oid AND d.deptype IN ('a', 'i')
          AND d.classid = 'pg_class'::regclass
        WHERE s.relnamespace = current_schema()::regnamespace""",
    "triggers": """
        SELECT c.relname, t.tgname, pg_get_triggerdef(t.oid)
        FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
        WHERE c.relnamespace = current_schema()::regnamespace AND NOT t.tgisinternal""",
    "functions": """
        SELECT p.proname, pg_get_functiondef(p.oid) FROM pg_proc p
        WHERE p.pronamespace = current_schema()::regnamespace""",
    "types": """
        SELECT t.typname, t.typtype FROM pg_type t
        WHERE t.typnamespace = current_schema()::regnamespace""",
}


def _rows(connection: Connection, query: str, schema: str | None = None) -> list[str]:
    """The rows as sorted JSON texts; ``schema.`` left out where the catalog names it."""
    found = (json.dumps(list(row), default=str) for row in connection.execute(text(query)))
    return sorted(item.replace(f"{schema}.", "") if schema else item for item in found)


def _sqlite_master(connection: Connection) -> list[str]:
    """sqlite_master's rows; the constraints of a CREATE TABLE in a fixed order: a batch
    migration writes them in an order that differs from one run to the next (two databases
    migrated for real differ so)."""
    query = "SELECT type, name, tbl_name, sql FROM sqlite_master"
    return sorted(
        json.dumps([kind, name, table, _constraints_sorted(sql)])
        for kind, name, table, sql in connection.execute(text(query))
    )


def _constraints_sorted(sql: str | None) -> list[str] | None:
    if sql is None:
        return None
    lines = [line.strip().removesuffix(",").strip() for line in sql.splitlines()]
    constraints = sorted(line for line in lines if line.startswith("CONSTRAINT "))
    return [line for line in lines if not line.startswith("CONSTRAINT ")] + constraints


def _contents(connection: Connection, tables: list[str]) -> dict[str, list[str]]:
    quote = connection.dialect.identifier_preparer.quote
    return {name: _rows(connection, f"SELECT * FROM {quote(name)}") for name in tables}


def description(url: str) -> dict[str, Any]:
    """The database's schema as its catalog describes it, and every table's rows."""
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            if engine.dialect.name == "sqlite":
                found: dict[str, Any] = {"master": _sqlite_master(connection)}
                tables = [*inspect(connection).get_table_names(), "sqlite_sequence"]
            else:
                schema = connection.scalar(text("SELECT current_schema()"))
                found = {
                    key: _rows(connection, query, schema) for key, query in _PG_CATALOG.items()
                }
                tables = inspect(connection).get_table_names()
            found["rows"] = _contents(connection, tables)
            found["revision"] = db.current_revision(engine)
    finally:
        engine.dispose()
    return found


@contextmanager
def another_empty_database(url: str, directory: Path) -> Iterator[str]:
    """An empty database on ``url``'s backend (a file in ``directory``, or a new schema)."""
    if make_url(url).get_backend_name() == "sqlite":
        yield f"sqlite:///{directory / 'migrated-for-real.sqlite3'}"
        return
    with postgres_schema(make_url(url).difference_update_query(["options"])) as own:
        yield own


def test_a_migrated_url_equals_a_database_migrated_for_real(
    migrated_url: str, tmp_path: Path
) -> None:
    with another_empty_database(migrated_url, tmp_path) as real:
        migrate(real)
        expected = description(real)
    copied = description(migrated_url)
    assert copied["revision"] == db.head_revision()
    assert copied == expected


def test_a_write_to_one_copy_is_not_in_the_next(
    migrated_url: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    engine = create_engine(migrated_url, poolclass=NullPool)
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO regions (name) VALUES ('只在这一份')"))
    engine.dispose()
    assert description(migrated_url)["rows"]["regions"] != []
    with another_empty_database(migrated_url, tmp_path) as other:
        build_migrated(other, request)
        assert description(other)["rows"]["regions"] == []
