"""Where the database is, how to connect to it, and how to bring its schema up to date.

URL resolution: an explicit URL, else ``JIXIAO_DATABASE_URL``, else a SQLite file
``jixiao.sqlite3`` in the user data directory. PostgreSQL is reached through psycopg 3 only.
Migrations are Alembic scripts shipped inside the package (``store/migrations``), run
programmatically: no ``alembic.ini`` is needed.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from platformdirs import user_data_dir
from sqlalchemy import URL, Connection, Engine, create_engine, event, inspect, make_url, text
from sqlalchemy.exc import (
    ArgumentError,
    DBAPIError,
    NoSuchModuleError,
    OperationalError,
)

from jixiao import limits
from jixiao.errors import SchemaRevisionError, StoreError, os_reason

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

ENV_DATABASE_URL = "JIXIAO_DATABASE_URL"
WRITE_OPTION = "jixiao_writes"
DEFAULT_DATABASE_FILE = "jixiao.sqlite3"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_UPGRADE_HINT = "请先运行 `jixiao init` 创建或升级数据库"
# The newest migration this version ships (tests/test_store_migrations.py holds it equal to
# the scripts' head). A command that opens a database already at it needs no Alembic: Alembic
# is imported only to migrate or to explain a revision that differs, since importing it (with
# Mako and Pygments) costs about a fifth of a command's start-up.
SHIPPED_HEAD = "0011"


# --- URLs ----------------------------------------------------------------------------------


def default_database_url() -> str:
    """The SQLite file in the user data directory (created if missing)."""
    directory = Path(user_data_dir("jixiao"))
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            f"无法创建数据目录 {directory}({os_reason(exc)});"
            f"请检查 HOME 等目录设置,或用 --db / {ENV_DATABASE_URL} 指定数据库"
        ) from exc
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
    """An engine for the (resolved) URL; on SQLite with foreign keys, WAL and a busy timeout."""
    resolved = resolve_url(url)
    try:
        engine = create_engine(resolved, **kwargs)
    except (ArgumentError, NoSuchModuleError, ImportError) as exc:
        raise StoreError(
            f"不支持的数据库地址 {display_url(resolved)}:"
            "请使用 sqlite:///文件路径 或 postgresql://用户:密码@主机/库"
        ) from exc
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
        _sqlite_pragma(dbapi_connection, f"PRAGMA busy_timeout={sqlite_busy_timeout_ms()}")
        _sqlite_pragma(dbapi_connection, "PRAGMA foreign_keys=ON")
        _use_wal(dbapi_connection)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        # A writer takes the write lock at BEGIN (IMMEDIATE), where the busy timeout queues it
        # behind the others; a deferred transaction that reads and then writes cannot wait
        # (SQLite refuses the upgrade at once: "database is locked").
        writes = connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")


def _use_wal(dbapi_connection: Any) -> None:
    """Write-ahead logging: readers never block the writer nor it them (a persistent setting
    of the file, so only the first connection of a new file changes anything). A read-only
    file or directory keeps its journal mode: the connection still reads."""
    try:
        cursor = dbapi_connection.execute("PRAGMA journal_mode")
        mode = str(cursor.fetchone()[0]).lower()
        cursor.close()
        if mode not in ("wal", "memory"):
            _sqlite_pragma(dbapi_connection, "PRAGMA journal_mode=WAL")
    except sqlite3.Error:
        pass  # read-only, or another connection holds the file: the next one sets it


def sqlite_busy_timeout_ms() -> int:
    """How long a SQLite writer waits for another writer (``JIXIAO_SQLITE_BUSY_TIMEOUT``, s)."""
    return int(limits.current().sqlite_busy_timeout * 1000)


# Each engine's writing and reading variants, made once and kept on the engine itself (they
# refer to it, so they live and go with it): ``Engine.execution_options`` builds a new engine
# object on every call, a cost a server paid on every request.
_VARIANTS = "_jixiao_variants"


def _variant(engine: Engine, name: str, **options: Any) -> Engine:
    variants: dict[str, Engine] | None = engine.__dict__.get(_VARIANTS)
    if variants is None:
        variants = engine.__dict__.setdefault(_VARIANTS, {})
    found = variants.get(name)
    if found is None:
        found = variants[name] = engine.execution_options(**options)
    return found


def write_engine(engine: Engine) -> Engine:
    """The engine whose transactions write: on SQLite they begin IMMEDIATE (queued by the
    busy timeout); on PostgreSQL nothing changes (READ COMMITTED: audited writers queue on
    the audit chain's head first, :func:`jixiao.app.uow.audited`)."""
    return _variant(engine, "write", **{WRITE_OPTION: True})


def read_engine(engine: Engine) -> Engine:
    """The engine whose transactions only read: on PostgreSQL they run at REPEATABLE READ, so
    that every statement of a use case sees one snapshot (at READ COMMITTED, a document
    replaced by a concurrent writer between two statements would read as its row without
    its projects); read-only transactions there never fail to serialise. SQLite's
    transactions are snapshots already."""
    if engine.dialect.name != "postgresql":
        return engine
    return _variant(engine, "read", isolation_level="REPEATABLE READ")


def lookup_engine(engine: Engine) -> Engine:
    """The engine for a look-up of one statement: on PostgreSQL in autocommit, since one
    statement sees one snapshot by itself and a transaction around it would only add a
    BEGIN and a COMMIT (two round trips, and the server's CPU for them) to every request
    that checks a token or finds a document. SQLite's reads are cheap as they are."""
    if engine.dialect.name != "postgresql":
        return engine
    return _variant(engine, "lookup", isolation_level="AUTOCOMMIT")


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
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@cache
def _scripts() -> ScriptDirectory:
    # The shipped migrations do not change while the program runs.
    from alembic.script import ScriptDirectory

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
        if not inspect(connection).has_table("alembic_version"):
            return None
        rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
        if len(rows) <= 1:
            return str(rows[0][0]) if rows else None
        # Several heads: Alembic's own reading says what is wrong.
        from alembic.runtime.migration import MigrationContext

        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine_or_url: Engine | str | None = None, revision: str = "head") -> None:
    """Run the migrations up to ``revision`` in one transaction (a no-op when up to date)."""
    from alembic import command

    _migrate(engine_or_url, command.upgrade, revision)


def downgrade(engine_or_url: Engine | str | None, revision: str) -> None:
    """Undo the migrations after ``revision`` in one transaction (data in dropped columns goes)."""
    from alembic import command

    _migrate(engine_or_url, command.downgrade, revision)


def _migrate(
    engine_or_url: Engine | str | None, step: Callable[[Config, str], None], revision: str
) -> None:
    from alembic.util.exc import CommandError

    engine, owned = _as_engine(engine_or_url)
    try:
        with (
            connect(engine) as connection,
            migrating(connection),
            connection.execution_options(**{WRITE_OPTION: True}).begin(),
        ):
            _lock_migrations(connection)
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


# Key of the transaction-level advisory lock that serialises migrations on PostgreSQL: two
# `jixiao init` (or first imports) at once on a new database would both create the tables
# (and their row types: "duplicate key value violates unique constraint pg_type_...").
_MIGRATION_LOCK = 0x6A78_0001


def _lock_migrations(connection: Connection) -> None:
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})


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
    current = current_revision(engine)
    if current == SHIPPED_HEAD:
        return
    head = head_revision()
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


# --- failures ------------------------------------------------------------------------------

# PostgreSQL conditions a writer meets when others write at once; the unit of work is run
# again (a bounded number of times) when one ends it: serialization failure, deadlock, and a
# unique key taken by a concurrent writer of the same document between its look-up and insert.
_TRANSIENT_SQLSTATES = frozenset({"40001", "40P01", "23505"})
# SQLite: the write lock still taken by another writer after the busy timeout.
_TRANSIENT_SQLITE = frozenset({"SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_BUSY_SNAPSHOT"})


def is_transient(exc: BaseException) -> bool:
    """Whether running the failed unit of work again may succeed (concurrent writers)."""
    if not isinstance(exc, DBAPIError) or exc.connection_invalidated:
        return False
    orig = exc.orig
    sqlstate = getattr(orig, "sqlstate", None)
    if sqlstate is not None:
        return sqlstate in _TRANSIENT_SQLSTATES
    if isinstance(orig, sqlite3.Error):
        name = getattr(orig, "sqlite_errorname", "")
        return name in _TRANSIENT_SQLITE or "database is locked" in str(orig)
    return False


def _disk_full(url: str | URL) -> bool:
    """Whether the SQLite file's file system has no free blocks left."""
    database = make_url(url).database
    if not database or database == ":memory:":
        return False
    try:
        return os.statvfs(Path(database).resolve().parent).f_bavail == 0
    except OSError:
        return False


def _read_only_medium(url: str | URL) -> bool:
    """Whether the SQLite file's directory is on a read-only mount or not writable."""
    database = make_url(url).database
    if not database or database == ":memory:":
        return False
    directory = Path(database).resolve().parent
    try:
        return bool(os.statvfs(directory).f_flag & os.ST_RDONLY) or not os.access(
            directory, os.W_OK
        )
    except OSError:
        return False


def _sqlite_message(orig: sqlite3.Error, where: str, url: str | URL) -> str:
    name = getattr(orig, "sqlite_errorname", "") or ""
    text_ = str(orig)
    if _read_only_medium(url) and (
        name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_IOERR"))
        or "readonly" in text_
        or "unable to open" in text_
    ):
        return (
            f"数据库文件 {where} 所在的目录或文件系统是只读的,无法打开或写入"
            "(WAL 模式的数据库需要在同一目录创建 -wal、-shm 文件);请换到可写的位置"
        )
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "is locked" in text_:
        seconds = limits.current().sqlite_busy_timeout
        return (
            f"数据库 {where} 正被其他进程写入,等待 {seconds:g} 秒后仍未释放;"
            "未写入任何内容,请稍后重试(或调大 JIXIAO_SQLITE_BUSY_TIMEOUT)"
        )
    if name.startswith("SQLITE_READONLY") or "readonly" in text_:
        return f"数据库文件 {where} 只读,无法写入(请检查文件、所在目录的权限或挂载方式)"
    full = "disk is full" in text_ or "no such savepoint" in text_
    if name == "SQLITE_FULL" or full or (name.startswith("SQLITE_IOERR") and _disk_full(url)):
        return f"磁盘空间已满(或超过文件大小限制),数据库 {where} 未写入任何内容"
    if (
        name in ("SQLITE_CORRUPT", "SQLITE_NOTADB")
        or "malformed" in text_
        or "not a database" in text_
    ):
        return (
            f"数据库文件 {where} 已损坏或不是 jixiao 的 SQLite 数据库;"
            "请从备份恢复,或用 --db 指定另一个文件后运行 jixiao init"
        )
    if name.startswith("SQLITE_CANTOPEN") or "unable to open" in text_:
        return f"无法打开数据库文件 {where}(目录不存在、不是目录或没有权限)"
    if name.startswith("SQLITE_IOERR") or "disk I/O error" in text_:
        return f"读写数据库文件 {where} 时出错(磁盘已满、文件大小限制或设备故障);未写入任何内容"
    return f"数据库 {where} 出错:{text_}"


# PostgreSQL SQLSTATE classes and codes a user's environment causes, in Chinese.
_PG_MESSAGES = {
    "53100": "数据库服务器磁盘空间已满,未写入任何内容",
    "53200": "数据库服务器内存不足,未写入任何内容",
    "53300": "数据库服务器连接数已满,请稍后重试",
    "25006": "数据库处于只读状态,无法写入",
    "42501": "数据库用户没有权限执行此操作",
    "57P01": "数据库服务器正在关闭或重启,连接已中断;未提交的内容已回滚,请稍后重试",
    "57P02": "数据库服务器崩溃重启,连接已中断;未提交的内容已回滚,请稍后重试",
    "57P03": "数据库服务器正在启动,暂不接受连接,请稍后重试",
    "57014": "数据库语句超时或被取消,未写入任何内容",
    "40001": "与其他写入者并发冲突(序列化失败),重试后仍未成功;未写入任何内容,请稍后重试",
    "40P01": "与其他写入者并发冲突(死锁),重试后仍未成功;未写入任何内容,请稍后重试",
    "23505": "与其他写入者同时写入同一份内容,重试后仍冲突;未写入任何内容,请稍后重试",
}


def failure_message(exc: BaseException, url: str | URL) -> str:
    """One Chinese line for a database failure (password of ``url`` masked)."""
    where = display_url(url)
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    if isinstance(orig, sqlite3.Error):
        return _sqlite_message(orig, where, url)
    sqlstate = getattr(orig, "sqlstate", None)
    if sqlstate in _PG_MESSAGES:
        return f"数据库 {where}:{_PG_MESSAGES[sqlstate]}"
    if isinstance(exc, DBAPIError) and (
        exc.connection_invalidated or isinstance(exc, OperationalError)
    ):
        reason = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
        return f"与数据库 {where} 的连接中断或不可用({reason});未提交的内容已回滚,请稍后重试"
    first = (str(orig).strip().splitlines() or [type(orig).__name__])[0]
    return f"数据库 {where} 出错:{first}"


def is_environmental(exc: BaseException) -> bool:
    """Whether a database error comes from the environment (a locked, read-only, full,
    damaged or unreachable database, a server restarting), not from a bug in the statements
    (a constraint broken, a syntax error), which must stay loud."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    if isinstance(orig, sqlite3.Error):
        return type(orig) in (sqlite3.OperationalError, sqlite3.DatabaseError)
    sqlstate = getattr(orig, "sqlstate", None)
    if sqlstate in _PG_MESSAGES or (sqlstate or "").startswith(("08", "53", "57")):
        return True
    return isinstance(exc, OperationalError)


@contextmanager
def translating(url: str | URL) -> Iterator[None]:
    """Failures of the environment as one StoreError line (password masked); errors that
    are bugs pass unchanged."""
    try:
        yield
    except (DBAPIError, sqlite3.Error) as exc:
        if not is_environmental(exc):
            raise
        raise StoreError(failure_message(exc, url)) from exc
