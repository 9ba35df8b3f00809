"""Alembic environment: runs on the connection ``store.db.upgrade`` hands over.

Without a handed-over connection (e.g. ``alembic`` run by a developer with a config that sets
``sqlalchemy.url``), it connects itself. ``render_as_batch`` lets later migrations alter
tables on SQLite, which cannot ``ALTER`` most things in place; on SQLite migrations run with
foreign keys off (see ``store.db.migrating``) and are checked before commit.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from jixiao.store.db import check_foreign_keys, create_engine_for, migrating
from jixiao.store.tables import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
        check_foreign_keys(connection)


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_engine_for(config.get_main_option("sqlalchemy.url"))
    try:
        with engine.connect() as own_connection, migrating(own_connection):
            _run(own_connection)
    finally:
        engine.dispose()


def run_migrations_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
