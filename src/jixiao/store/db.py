"""Where the database is, how to connect to it, and how to bring its schema up to date.

URL resolution: an explicit URL, else ``JIXIAO_DATABASE_URL``, else a SQLite file
``jixiao.sqlite3`` in the user data directory. PostgreSQL is reached through psycopg 3 only.
Migrations are Alembic scripts shipped inside the package (``store/migrations``), run
programmatically: no ``alembic.ini`` is needed.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from platformdirs import user_data_dir
from sqlalchemy import URL, Connection, Engine, create_engine, event, make_url
from sqlalchemy.exc import ArgumentError, OperationalError

from jixiao.errors import SchemaRevisionError, StoreError

ENV_DATABASE_URL = "JIXIAO_DATABASE_URL"
DEFAULT_DATABASE_FILE = "jixiao.sqlite3"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_UPGRADE_HINT = "请先运行 `jixiao init` 创建或升级数据库"


# --- URLs ----------------------------------------------------------------------------------


def default_database_url() -> str:
    """The SQLite file in the user data directory (created if missing)."""
    directory = Path(user_data_dir("jixiao"))
    directory.mkdir(parents=True, exist_ok=True)
    url = URL.create("sqlite", database=str(directory / DEFAULT_DATABASE_FILE))
    return url.render_as_string(hide_password=False)


def resolve_url(url: str | None = None) -> str:
    """Explicit argument > ``JIXIAO_DATABASE_URL`` > default SQLite file; normalised."""
    chosen = url or os.environ.get(ENV_DATABASE_URL) or default_database_url()
    return normalise_url(chosen)


def normalise_url(url: str) -> str:
    """Send ``postgres://`` and ``postgresql://`` to psycopg 3; refuse other PG drivers."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StoreError(f"数据库地址格式不正确:{url}") from exc
    backend = parsed.get_backend_name()
    if backend == "postgres":  # Heroku-style alias, unknown to SQLAlchemy
        backend = "postgresql"
    if backend != "postgresql":
        return parsed.render_as_string(hide_password=False)
    driver = parsed.get_driver_name() if "+" in parsed.drivername else "psycopg"
    if driver != "psycopg":
        raise StoreError(f"PostgreSQL 仅支持 psycopg 3 驱动(postgresql+psycopg://),不支持 {driver}")
    return parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)


def display_url(url: str | URL) -> str:
    """The URL with its password masked, for messages."""
    return make_url(url).render_as_string(hide_password=True)


# --- engines -------------------------------------------------------------------------------


def create_engine_for(url: str | None = None, **kwargs: Any) -> Engine:
    """An engine for the (resolved) URL; on SQLite with foreign keys and real transactions."""
    engine = create_engine(resolve_url(url), **kwargs)
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine)
    return engine


def _configure_sqlite(engine: Engine) -> None:
    # pysqlite opens transactions lazily and commits before DDL, which breaks SAVEPOINT and
    # transactional migrations; the SQLAlchemy-documented fix is to let SQLAlchemy emit BEGIN.
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        # Per connection, and only outside a transaction: SQLite ignores it inside one.
        _sqlite_pragma(dbapi_connection, "PRAGMA foreign_keys=ON")

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN")


def _as_engine(engine_or_url: Engine | str | None) -> tuple[Engine, bool]:
    """The engine, and whether this call created it (and so must dispose of it)."""
    if isinstance(engine_or_url, Engine):
        return engine_or_url, False
    return create_engine_for(engine_or_url), True


def connect(engine: Engine) -> Connection:
    """A connection; an unreachable database is a StoreError naming it (password masked)."""
    try:
        return engine.connect()
    except OperationalError as exc:
        # Only connecting is wrapped: an OperationalError later (e.g. a failing statement)
        # is not a connection problem and must not be reported as one.
        reason = str(exc.orig).strip() if exc.orig is not None else str(exc)
        raise StoreError(f"无法连接数据库 {display_url(engine.url)}:{reason}") from exc


# --- migrations ----------------------------------------------------------------------------


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration built in code, pointing at the packaged migrations."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@cache
def _scripts() -> ScriptDirectory:
    # The shipped migrations do not change while the program runs.
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    """The newest migration shipped with this version of jixiao."""
    head = _scripts().get_current_head()
    if head is None:  # pragma: no cover - the package always ships migrations
        raise StoreError("找不到数据库迁移脚本")
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at; None if it has never been initialised."""
    with connect(engine) as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine_or_url: Engine | str | None = None, revision: str = "head") -> None:
    """Run the migrations up to ``revision`` in one transaction (a no-op when up to date)."""
    _migrate(engine_or_url, command.upgrade, revision)


def downgrade(engine_or_url: Engine | str | None, revision: str) -> None:
    """Undo the migrations after ``revision`` in one transaction (data in dropped columns goes)."""
    _migrate(engine_or_url, command.downgrade, revision)


def _migrate(
    engine_or_url: Engine | str | None, step: Callable[[Config, str], None], revision: str
) -> None:
    engine, owned = _as_engine(engine_or_url)
    try:
        with connect(engine) as connection, migrating(connection), connection.begin():
            try:
                step(alembic_config(connection), revision)
            except CommandError as exc:
                raise SchemaRevisionError(
                    f"数据库 {display_url(engine.url)} 的版本无法识别,"
                    f"可能由更新版本的 jixiao 创建:{exc}"
                ) from exc
    finally:
        if owned:
            engine.dispose()


@contextmanager
def migrating(connection: Connection) -> Iterator[None]:
    """Foreign keys off on SQLite while migrations run on this (not yet begun) connection.

    SQLite alters most things by copying a table and dropping the old one; with foreign keys
    on, the drop would cascade-delete the rows of every child table. The switch only works
    outside a transaction, so it goes straight to the driver (executing through SQLAlchemy
    would begin one). :func:`check_foreign_keys` verifies the result before commit.
    """
    if connection.dialect.name != "sqlite":
        yield
        return
    driver_connection = connection.connection.driver_connection
    _sqlite_pragma(driver_connection, "PRAGMA foreign_keys=OFF")
    try:
        yield
    finally:
        # The connection goes back to the pool: it must enforce foreign keys again.
        _sqlite_pragma(driver_connection, "PRAGMA foreign_keys=ON")


def _sqlite_pragma(driver_connection: Any, statement: str) -> None:
    """Run a PRAGMA on the sqlite3 connection itself (SQLAlchemy would begin a transaction)."""
    cursor = driver_connection.cursor()
    cursor.execute(statement)
    cursor.close()


def check_foreign_keys(connection: Connection) -> None:
    """On SQLite, raise a StoreError if any row points at no row (PostgreSQL never lets it)."""
    if connection.dialect.name != "sqlite":
        return
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
    if broken:
        tables = "、".join(sorted({str(row[0]) for row in broken}))
        raise StoreError(f"数据库迁移后外键不一致(表:{tables}),已回滚")


def ensure_current(engine: Engine) -> None:
    """Raise a SchemaRevisionError unless the database is at the head revision."""
    current, head = current_revision(engine), head_revision()
    if current == head:
        return
    where = display_url(engine.url)
    if current is None:
        raise SchemaRevisionError(f"数据库 {where} 尚未初始化;{_UPGRADE_HINT}")
    known = {script.revision for script in _scripts().walk_revisions()}
    if current not in known:
        raise SchemaRevisionError(
            f"数据库 {where} 的版本 {current} 无法识别,可能由更新版本的 jixiao 创建;请升级 jixiao"
        )
    raise SchemaRevisionError(
        f"数据库 {where} 的版本 {current} 早于当前版本 {head};{_UPGRADE_HINT}"
    )


def init_db(url: str | None = None) -> Engine:
    """Create the database schema or upgrade it to head; return a ready engine."""
    engine = create_engine_for(url)
    try:
        upgrade(engine)
    except StoreError:
        engine.dispose()
        raise
    return engine


def open_db(url: str | None = None) -> Engine:
    """An engine for an existing database, checked to be reachable and at head."""
    engine = create_engine_for(url)
    try:
        ensure_current(engine)
    except StoreError:
        engine.dispose()
        raise
    return engine
