"""The unit of work: the application layer is the one owner of sessions and transactions.

Every use case opens one session whose work is one transaction, committed when the call
succeeds and rolled back when it raises; the store's functions only take that session (a
write of theirs runs in a SAVEPOINT of it, so a failed write leaves the session usable).

A use case that writes runs through :meth:`Database.write` (or :func:`write`): its
transaction takes the write lock at once on SQLite (``BEGIN IMMEDIATE``, queued behind other
writers by the busy timeout), and on PostgreSQL the whole unit of work runs again, a bounded
number of times (``JIXIAO_WRITE_RETRIES``), when a concurrent writer made it fail
(serialization failure, deadlock, a key taken between look-up and insert). Database failures
(read-only, disk full, damaged file, a server restarting) leave as one
:class:`~jixiao.errors.StoreError` line, with nothing written.

Every use case that writes is done by an :class:`~jixiao.domain.access.Actor` (the local user,
an administrator of their own database, when the command line calls) and runs through
:meth:`Database.audited`: its work gets a :class:`Journal` and must record at least one audit
entry, appended to the hash chain in the same transaction as the change.
"""

from __future__ import annotations

import getpass
import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from jixiao import limits
from jixiao.domain.access import Actor, system_actor
from jixiao.store import audit, db

T = TypeVar("T")


@contextmanager
def transaction(engine: Engine, *, writes: bool = False) -> Iterator[Session]:
    """A session whose work is one transaction: committed on success, else rolled back."""
    with db.translating(engine.url), _transaction(engine, writes) as session:
        yield session


@contextmanager
def _transaction(engine: Engine, writes: bool) -> Iterator[Session]:
    bind = db.write_engine(engine) if writes else db.read_engine(engine)
    with Session(bind) as session, session.begin():
        yield session


def write(engine: Engine, work: Callable[[Session], T]) -> T:
    """``work(session)`` in one writing transaction, run again after a concurrency conflict."""
    attempts = limits.current().write_retries + 1
    with db.translating(engine.url):
        for attempt in range(1, attempts + 1):
            try:
                with _transaction(engine, writes=True) as session:
                    return work(session)
            except Exception as exc:
                if attempt == attempts or not db.is_transient(exc):
                    raise
            # Back off, with jitter so that the writers that collided do not collide again.
            time.sleep(min(2.0, 0.05 * 2**attempt) * random.uniform(0.5, 1.5))
    raise AssertionError("unreachable")  # pragma: no cover


def local_actor() -> Actor:
    """The user of the command line: an administrator of the database they open."""
    try:
        login = getpass.getuser()
    except (OSError, KeyError):  # no login name in the environment nor in the password file
        login = "local"
    return system_actor(login)


class Journal:
    """The audit entries of one writing unit of work, appended in its transaction."""

    def __init__(self, session: Session, actor: Actor) -> None:
        self.session = session
        self.actor = actor
        self.entries = 0

    def record(
        self,
        action: str,
        subject: str,
        before: object = None,
        after: object = None,
        detail: str = "",
    ) -> None:
        """Append one entry: the digests of ``before`` and ``after`` (canonical JSON)."""
        audit.append(self.session, self.actor, action, subject, before, after, detail)
        self.entries += 1

    def nothing_written(self) -> None:
        """Say the unit of work wrote nothing (so it needs no entry)."""
        self.entries = -1


def audited(engine: Engine, actor: Actor, work: Callable[[Session, Journal], T]) -> T:
    """A writing unit of work (:func:`write`) that must leave at least one audit entry."""

    def run(session: Session) -> T:
        # Audited writers append to one hash chain, so they are serial in any case; queueing
        # on its head before the work reads anything means no other writer commits between
        # this one's reads (on PostgreSQL at READ COMMITTED a document replaced meanwhile
        # would read as half of itself) and none is failed for it (at REPEATABLE READ, every
        # writer but one would be, and retried, under load).
        audit.lock_head(session)
        journal = Journal(session, actor)
        result = work(session, journal)
        if journal.entries == 0:  # -1: nothing written
            raise AssertionError("a writing use case recorded no audit entry")
        return result

    return write(engine, run)


class Database:
    """A jixiao database: the default SQLite file, or any URL (PostgreSQL in production).

    Opens its engine on first use; :meth:`session` is the unit of work of one use case.
    """

    def __init__(self, url: str | None = None) -> None:
        self.url = db.resolve_url(url)
        self._engine: Engine | None = None
        self._checked = False

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = db.create_engine_for(self.url)
        return self._engine

    def init(self) -> str:
        """Create or upgrade the schema; returns the migration revision now in force."""
        with db.translating(self.url):
            db.upgrade(self.engine)
            return db.current_revision(self.engine) or ""

    @property
    def display_url(self) -> str:
        """The URL with its password masked, for messages."""
        return db.display_url(self.url)

    def ensure_current(self) -> None:
        """Refuse a schema older or newer than this version's migrations (checked once per
        Database: a server's every request would otherwise pay a connection and a query)."""
        if self._checked:
            return
        with db.translating(self.url):
            db.ensure_current(self.engine)
        self._checked = True

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work on a current schema: committed on success, else rolled back."""
        self.ensure_current()
        with transaction(self.engine) as session:
            yield session

    @contextmanager
    def lookup(self) -> Iterator[Session]:
        """A unit of work of ONE statement that only reads (a token checked, a document
        found): on PostgreSQL no transaction is opened around it. Two statements in it
        would not see one snapshot: use :meth:`session` for those."""
        self.ensure_current()
        with db.translating(self.engine.url), Session(db.lookup_engine(self.engine)) as session:
            yield session

    def write(self, work: Callable[[Session], T]) -> T:
        """One writing unit of work on a current schema (see :func:`write`)."""
        self.ensure_current()
        return write(self.engine, work)

    def audited(self, actor: Actor, work: Callable[[Session, Journal], T]) -> T:
        """One writing, audited unit of work on a current schema (see :func:`audited`)."""
        self.ensure_current()
        return audited(self.engine, actor, work)

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
