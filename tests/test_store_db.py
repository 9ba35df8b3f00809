"""Database URLs, connection errors and SQLite settings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text

from jixiao.domain.model import PerformanceDocument
from jixiao.errors import JixiaoError, StoreError
from jixiao.store import db
from store_support import save_document


def test_explicit_url_wins_over_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(db.ENV_DATABASE_URL, "sqlite:////env/jixiao.sqlite3")
    assert db.resolve_url("sqlite:////explicit.sqlite3") == "sqlite:////explicit.sqlite3"
    assert db.resolve_url() == "sqlite:////env/jixiao.sqlite3"


def test_default_is_a_sqlite_file_in_the_user_data_dir(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv(db.ENV_DATABASE_URL, raising=False)
    data_dir = tmp_path / "data" / "jixiao"
    monkeypatch.setattr(db, "user_data_dir", lambda app: str(data_dir))
    assert db.resolve_url() == f"sqlite:///{data_dir / 'jixiao.sqlite3'}"
    assert data_dir.is_dir()


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://u:p@h:5432/d",
        "postgres://u:p@h:5432/d",
        "postgresql+psycopg://u:p@h:5432/d",
    ],
)
def test_postgresql_urls_use_psycopg3(url: str) -> None:
    assert db.normalise_url(url) == "postgresql+psycopg://u:p@h:5432/d"


def test_other_postgresql_drivers_are_refused() -> None:
    with pytest.raises(StoreError, match="psycopg 3"):
        db.normalise_url("postgresql+psycopg2://u:p@h/d")


def test_malformed_url_is_a_store_error() -> None:
    with pytest.raises(StoreError, match="格式不正确"):
        db.normalise_url("not a url")


def test_unreachable_postgresql_is_a_chinese_store_error() -> None:
    url = "postgresql://jixiao:secret-pw@127.0.0.1:1/nothing?connect_timeout=3"
    with pytest.raises(StoreError) as caught:
        db.init_db(url)
    assert isinstance(caught.value, JixiaoError)
    assert caught.value.message.startswith("无法连接数据库 postgresql+psycopg://jixiao:***@")
    assert "secret-pw" not in caught.value.message


def test_unopenable_sqlite_file_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="无法连接数据库"):
        db.init_db(f"sqlite:///{tmp_path / 'missing-dir' / 'x.sqlite3'}")


def test_sqlite_connections_enforce_foreign_keys(tmp_path: Path) -> None:
    engine = db.create_engine_for(f"sqlite:///{tmp_path / 'fk.sqlite3'}")
    with engine.connect() as connection:
        assert connection.scalar(text("PRAGMA foreign_keys")) == 1
    engine.dispose()


def test_saving_through_sqlite_without_foreign_keys_is_refused(
    tmp_path: Path, make_document: Callable[..., PerformanceDocument]
) -> None:
    url = f"sqlite:///{tmp_path / 'nofk.sqlite3'}"
    db.init_db(url).dispose()
    plain = create_engine(url)  # not create_engine_for: cascades would silently not happen
    with pytest.raises(StoreError, match="foreign_keys"):
        save_document(plain, make_document())
    plain.dispose()


def test_the_reading_and_writing_engines_are_made_once_per_engine(engine: Engine) -> None:
    """A server asks for them on every request: the same variants each time, with their
    options (reads at REPEATABLE READ on PostgreSQL, writes marked for BEGIN IMMEDIATE)."""
    reads, writes = db.read_engine(engine), db.write_engine(engine)
    assert db.read_engine(engine) is reads and db.write_engine(engine) is writes
    assert writes.get_execution_options()[db.WRITE_OPTION] is True
    if engine.dialect.name == "postgresql":
        assert reads.get_execution_options()["isolation_level"] == "REPEATABLE READ"
    other = db.create_engine_for(engine.url.render_as_string(hide_password=False))
    try:
        assert db.write_engine(other) is not writes
    finally:
        other.dispose()
