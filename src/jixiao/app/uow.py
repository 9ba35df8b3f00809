"""The unit of work: the application layer is the one owner of sessions and transactions.

Every use case opens one session whose work is one transaction, committed when the call
succeeds and rolled back when it raises; the store's functions only take that session (a
write of theirs runs in a SAVEPOINT of it, so a failed write leaves the session usable).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from jixiao.store import db


@contextmanager
def transaction(engine: Engine) -> Iterator[Session]:
    """A session whose work is one transaction: committed on success, else rolled back."""
    with Session(engine) as session, session.begin():
        yield session


class Database:
    """A jixiao database: the default SQLite file, or any URL (PostgreSQL in production).

    Opens its engine on first use; :meth:`session` is the unit of work of one use case.
    """

    def __init__(self, url: str | None = None) -> None:
        self.url = db.resolve_url(url)
        self._engine: Engine | None = None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = db.create_engine_for(self.url)
        return self._engine

    def init(self) -> str:
        """Create or upgrade the schema; returns the migration revision now in force."""
        db.upgrade(self.engine)
        return db.current_revision(self.engine) or ""

    @property
    def display_url(self) -> str:
        """The URL with its password masked, for messages."""
        return db.display_url(self.url)

    def ensure_current(self) -> None:
        """Refuse a schema older or newer than this version's migrations."""
        db.ensure_current(self.engine)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work on a current schema: committed on success, else rolled back."""
        self.ensure_current()
        with transaction(self.engine) as session:
            yield session

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
