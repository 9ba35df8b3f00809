"""Databases already migrated to head, made for a fraction of a migration each.

Running the Alembic migrations costs a test about half a second on SQLite and one to two
seconds on PostgreSQL (SQLite copies tables to alter them; 0004 rebuilds tables into
partitions), and some hundred tests ask for a migrated database. Here the migrations run ONCE
per test process; each test then gets a copy of their result:

- SQLite: a copy of the migrated file (SQLite's backup API, so the WAL is included).
- PostgreSQL: schemas cannot be copied, so ``pg_dump`` writes the migrated scratch schema as
  SQL once, and each test's schema is made by running that script with the schema renamed
  (the schema's final state in one round trip, without the migrations' intermediate steps).
  Without ``pg_dump`` each test runs the migrations as before.

tests/test_db_templates.py checks that both copies equal a database migrated for real. The
migrations themselves stay tested on empty databases (``bare_engine``,
tests/test_store_migrations.py) and by every command that creates its own database.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import uuid
from dataclasses import dataclass
from pathlib import Path

import psycopg
from sqlalchemy import create_engine, make_url
from sqlalchemy.engine import URL
from sqlalchemy.pool import NullPool

from jixiao.store.db import create_engine_for, upgrade


def copy_sqlite(source: Path, target: Path) -> None:
    """A consistent copy of a SQLite database (WAL included), by SQLite's backup API."""
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    dst.close()
    src.close()


def migrated_sqlite(path: Path) -> Path:
    """A SQLite file at ``path`` migrated to head (the template of every copy)."""
    migrate(f"sqlite:///{path}")
    return path


def migrate(url: str) -> None:
    """Run the migrations on ``url`` up to head."""
    engine = create_engine_for(url)
    try:
        upgrade(engine)
    finally:
        engine.dispose()


def psycopg_url(base: str) -> URL:
    return make_url(base).set(drivername="postgresql+psycopg")


def schema_url(base: str | URL, schema: str) -> URL:
    """``base`` with every connection's search_path set to ``schema`` only."""
    url = psycopg_url(base) if isinstance(base, str) else base
    return url.update_query_dict({"options": f"-csearch_path={schema}"})


def pg_dump_program() -> str | None:
    """``pg_dump`` of the PostgreSQL 15 client (on PATH, else where Debian installs it)."""
    installed = Path(os.environ.get("JIXIAO_PG_BIN", "/usr/lib/postgresql/15/bin")) / "pg_dump"
    return shutil.which("pg_dump") or (str(installed) if installed.exists() else None)


@dataclass(frozen=True)
class SchemaScript:
    """SQL that builds the migrated schema ``schema`` (its tables, sequences, partitions,
    constraints, indexes and rows: alembic_version) in a schema of another name."""

    schema: str
    sql: str

    def build(self, url: URL, schema: str) -> None:
        """Build the migrated schema in the existing, empty ``schema`` of ``url``'s database,
        in one transaction."""
        conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
        with psycopg.connect(conninfo) as connection:
            # Several statements, no parameters: one simple-protocol round trip.
            connection.execute(self.sql.replace(self.schema, schema).encode())


def postgres_schema_script(base: str) -> SchemaScript | None:
    """The migrated schema as a script (None without ``pg_dump``: then tests migrate)."""
    program = pg_dump_program()
    if program is None:
        return None
    url = psycopg_url(base)
    # The random name occurs nowhere else in the dump, so renaming it is a plain replace.
    schema = f"test_template_{uuid.uuid4().hex[:16]}"
    admin = create_engine(url, poolclass=NullPool)
    try:
        with admin.begin() as connection:
            connection.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
        migrate(schema_url(url, schema).render_as_string(hide_password=False))
        target = ["--dbname", url.set(drivername="postgresql").render_as_string(False)]
        dump = subprocess.run(
            [program, "--schema", schema, "--no-owner", "--no-privileges", "--inserts", *target],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    finally:
        with admin.begin() as connection:
            connection.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        admin.dispose()
    return SchemaScript(schema, _runnable(dump))


# Lines of the dump left out: the test's schema exists already; psql's meta-commands
# (``\\restrict``, lines starting with a backslash) are no SQL; a newer pg_dump's setting
# that PostgreSQL 15 does not know.
_LEFT_OUT = ("CREATE SCHEMA ", "\\", "SET transaction_timeout")


def _runnable(dump: str) -> str:
    """The dump as SQL a server runs in the test's (existing) schema."""
    kept = (line for line in dump.splitlines() if not line.startswith(_LEFT_OUT))
    return "\n".join(kept) + "\n"
