"""The packaged Alembic migrations build exactly the schema the models describe."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import IntegrityError

from jixiao.errors import SchemaRevisionError
from jixiao.store import db
from jixiao.store.tables import Base


@pytest.fixture
def bare_engine(db_url: str) -> Iterator[Engine]:
    """An engine on an empty database (nothing migrated)."""
    engine = db.create_engine_for(db_url)
    try:
        yield engine
    finally:
        engine.dispose()


def table_names(engine: Engine) -> set[str]:
    with engine.connect() as connection:
        return set(inspect(connection).get_table_names())


def test_upgrade_creates_every_table(bare_engine: Engine) -> None:
    assert db.current_revision(bare_engine) is None
    db.upgrade(bare_engine)
    assert table_names(bare_engine) == {*Base.metadata.tables, "alembic_version"}
    assert db.current_revision(bare_engine) == db.head_revision() == "0001"


def test_upgrade_twice_is_a_no_op(bare_engine: Engine) -> None:
    db.upgrade(bare_engine)
    with bare_engine.begin() as connection:
        connection.execute(text("INSERT INTO regions (name) VALUES ('保留的地区')"))
    db.upgrade(bare_engine)
    assert db.current_revision(bare_engine) == db.head_revision()
    with bare_engine.connect() as connection:
        assert connection.scalar(text("SELECT count(*) FROM regions")) == 1


def test_migrated_schema_matches_the_models(bare_engine: Engine) -> None:
    db.upgrade(bare_engine)
    with bare_engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_upgrade_does_not_depend_on_the_working_directory(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # no alembic.ini, no migrations folder here
    engine = db.init_db(db_url)
    try:
        assert db.current_revision(engine) == db.head_revision()
    finally:
        engine.dispose()


def test_open_db_accepts_a_database_at_head(db_url: str) -> None:
    db.init_db(db_url).dispose()
    engine = db.open_db(db_url)
    engine.dispose()


def test_open_db_refuses_an_uninitialised_database(db_url: str) -> None:
    with pytest.raises(SchemaRevisionError) as caught:
        db.open_db(db_url)
    assert "尚未初始化" in caught.value.message
    assert "jixiao init" in caught.value.message


def test_unknown_revision_is_refused(bare_engine: Engine) -> None:
    db.upgrade(bare_engine)
    with bare_engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'ffff9999'"))
    with pytest.raises(SchemaRevisionError) as caught:
        db.ensure_current(bare_engine)
    assert "ffff9999" in caught.value.message and "无法识别" in caught.value.message
    with pytest.raises(SchemaRevisionError, match="无法识别"):
        db.upgrade(bare_engine)


def test_older_revision_asks_for_an_upgrade(
    bare_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    db.upgrade(bare_engine)
    monkeypatch.setattr(db, "head_revision", lambda: "0002")  # as if this jixiao were newer
    with pytest.raises(SchemaRevisionError) as caught:
        db.ensure_current(bare_engine)
    assert "0001 早于当前版本 0002" in caught.value.message


@pytest.mark.parametrize("region_id", [None, 1], ids=["no-region", "region"])
def test_department_names_are_unique_per_region(bare_engine: Engine, region_id: int | None) -> None:
    db.upgrade(bare_engine)
    insert = text("INSERT INTO departments (name, region_id) VALUES ('教育局', :region)")
    with bare_engine.begin() as connection:
        connection.execute(text("INSERT INTO regions (id, name) VALUES (1, '某市')"))
        connection.execute(insert, {"region": region_id})
        # The same name in another "region" (set vs. not set) is another department.
        connection.execute(insert, {"region": 1 if region_id is None else None})
    with pytest.raises(IntegrityError), bare_engine.begin() as connection:
        connection.execute(insert, {"region": region_id})
