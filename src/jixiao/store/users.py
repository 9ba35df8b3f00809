"""Accounts in the database: users, sessions, API tokens and failed logins.

Every function takes the caller's session (the application's unit of work) and works on the
rows of :mod:`jixiao.store.user_tables`; digests and hashes are computed by the application.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, bindparam, delete, func, or_, select, update
from sqlalchemy.orm import Session

from jixiao.store.user_tables import ApiTokenRow, LoginFailureRow, SessionRow, UserRow


@dataclass(frozen=True)
class StoredUser:
    id: int
    login: str
    display_name: str
    role: str
    password_hash: str
    departments: tuple[str, ...]
    regions: tuple[str, ...]
    active: bool
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class StoredToken:
    id: int
    user_id: int
    name: str
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None


def _user(row: UserRow) -> StoredUser:
    return StoredUser(
        id=row.id,
        login=row.login,
        display_name=row.display_name,
        role=row.role,
        password_hash=row.password_hash,
        departments=tuple(str(d) for d in row.departments),
        regions=tuple(str(r) for r in row.regions),
        active=row.active,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def _token(row: ApiTokenRow) -> StoredToken:
    return StoredToken(
        id=row.id,
        user_id=row.user_id,
        name=row.name,
        created_at=row.created_at,
        last_used_at=row.last_used_at,
        revoked_at=row.revoked_at,
    )


# --- users ---------------------------------------------------------------------------------


def user_by_login(session: Session, login: str) -> StoredUser | None:
    row = session.scalars(select(UserRow).where(UserRow.login == login)).one_or_none()
    return None if row is None else _user(row)


def user_by_id(session: Session, user_id: int) -> StoredUser | None:
    row = session.get(UserRow, user_id)
    return None if row is None else _user(row)


def list_users(session: Session) -> list[StoredUser]:
    return [_user(row) for row in session.scalars(select(UserRow).order_by(UserRow.login))]


def insert_user(
    session: Session,
    *,
    login: str,
    display_name: str,
    role: str,
    password_hash: str,
    departments: Sequence[str],
    regions: Sequence[str],
    now: datetime,
) -> StoredUser:
    row = UserRow(
        login=login,
        display_name=display_name,
        role=role,
        password_hash=password_hash,
        departments=list(departments),
        regions=list(regions),
        active=True,
        created_at=now,
        updated_at=now,
    )
    session.add(row)
    session.flush()
    return _user(row)


def update_user(session: Session, user_id: int, now: datetime, **values: object) -> StoredUser:
    """Set the given columns (``role``, ``departments``, ``password_hash`` …) of a user."""
    row = session.get(UserRow, user_id)
    if row is None:  # pragma: no cover - the caller looked the user up in this transaction
        raise LookupError(user_id)
    for name, value in values.items():
        setattr(row, name, list(value) if isinstance(value, tuple) else value)
    row.updated_at = now
    session.flush()
    return _user(row)


# --- sessions ------------------------------------------------------------------------------


def insert_session(
    session: Session,
    *,
    id_hash: str,
    user_id: int,
    csrf_token: str,
    now: datetime,
    expires_at: datetime,
) -> None:
    session.add(
        SessionRow(
            id_hash=id_hash,
            user_id=user_id,
            csrf_token=csrf_token,
            created_at=now,
            expires_at=expires_at,
        )
    )
    session.flush()


def session_user(session: Session, id_hash: str, now: datetime) -> tuple[StoredUser, str] | None:
    """The active user of an unexpired session, and the session's CSRF token."""
    found = session.execute(
        select(UserRow, SessionRow.csrf_token)
        .join(SessionRow, SessionRow.user_id == UserRow.id)
        .where(SessionRow.id_hash == id_hash, SessionRow.expires_at > now, UserRow.active)
    ).one_or_none()
    return None if found is None else (_user(found[0]), found[1])


def delete_session(session: Session, id_hash: str) -> None:
    session.execute(delete(SessionRow).where(SessionRow.id_hash == id_hash))


def delete_sessions_of(session: Session, user_id: int) -> None:
    session.execute(delete(SessionRow).where(SessionRow.user_id == user_id))


def delete_expired_sessions(session: Session, now: datetime) -> None:
    session.execute(delete(SessionRow).where(SessionRow.expires_at <= now))


# --- API tokens ----------------------------------------------------------------------------


def insert_token(
    session: Session, *, user_id: int, name: str, token_hash: str, now: datetime
) -> StoredToken:
    row = ApiTokenRow(user_id=user_id, name=name, token_hash=token_hash, created_at=now)
    session.add(row)
    session.flush()
    return _token(row)


@dataclass(frozen=True)
class TokenHolder:
    """Who holds an unrevoked token, as a request needs it: the active user's identity and
    scope, and the token's id and last use."""

    user_id: int
    login: str
    display_name: str
    role: str
    departments: tuple[str, ...]
    regions: tuple[str, ...]
    token_id: int
    last_used_at: datetime | None


# The one statement behind every token-authenticated request, built once from the columns it
# needs (no ORM entities to load) with its value bound per call: building it and loading
# both rows whole cost about a millisecond of CPU a request.
_USERS, _TOKENS = UserRow.__table__, ApiTokenRow.__table__
_TOKEN_HOLDER = (
    select(
        _USERS.c.id,
        _USERS.c.login,
        _USERS.c.display_name,
        _USERS.c.role,
        _USERS.c.departments,
        _USERS.c.regions,
        _TOKENS.c.id.label("token_id"),
        _TOKENS.c.last_used_at,
    )
    .join_from(_USERS, _TOKENS, _TOKENS.c.user_id == _USERS.c.id)
    .where(
        _TOKENS.c.token_hash == bindparam("token_hash"),
        _TOKENS.c.revoked_at.is_(None),
        _USERS.c.active,
    )
)


def token_holder(session: Session, token_hash: str) -> TokenHolder | None:
    """The active user of an unrevoked token, and the token."""
    found = session.connection().execute(_TOKEN_HOLDER, {"token_hash": token_hash}).one_or_none()
    if found is None:
        return None
    return TokenHolder(
        user_id=found.id,
        login=found.login,
        display_name=found.display_name,
        role=found.role,
        departments=tuple(str(d) for d in found.departments),
        regions=tuple(str(r) for r in found.regions),
        token_id=found.token_id,
        last_used_at=found.last_used_at,
    )


def touch_token(session: Session, token_id: int, now: datetime) -> None:
    session.execute(update(ApiTokenRow).where(ApiTokenRow.id == token_id).values(last_used_at=now))


def tokens_of(session: Session, user_id: int) -> list[StoredToken]:
    rows = session.scalars(
        select(ApiTokenRow).where(ApiTokenRow.user_id == user_id).order_by(ApiTokenRow.id)
    )
    return [_token(row) for row in rows]


def revoke_token(session: Session, user_id: int, token_id: int, now: datetime) -> bool:
    """Revoke a token of the user; False when the user has no such unrevoked token."""
    result = session.execute(
        update(ApiTokenRow)
        .where(
            ApiTokenRow.id == token_id,
            ApiTokenRow.user_id == user_id,
            ApiTokenRow.revoked_at.is_(None),
        )
        .values(revoked_at=now)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


# --- failed logins -------------------------------------------------------------------------


def record_failure(session: Session, login: str, client: str, now: datetime) -> None:
    session.add(LoginFailureRow(login=login, client=client, at=now))
    session.flush()


def failures_since(session: Session, login: str, client: str, since: datetime) -> tuple[int, int]:
    """Failed logins since ``since``: (for this login, from this client address)."""

    def count(condition: ColumnElement[bool]) -> int:
        query = select(func.count()).where(condition, LoginFailureRow.at > since)
        return int(session.scalar(query) or 0)

    return count(LoginFailureRow.login == login), count(LoginFailureRow.client == client)


def oldest_failure_since(
    session: Session, login: str, client: str, since: datetime
) -> datetime | None:
    """The oldest failure in the window for the login or the client (when the wait ends)."""
    query = select(func.min(LoginFailureRow.at)).where(
        or_(LoginFailureRow.login == login, LoginFailureRow.client == client),
        LoginFailureRow.at > since,
    )
    return session.scalar(query)


def clear_failures(session: Session, login: str, before: datetime) -> None:
    """A successful login forgives the login's failures; old rows go too."""
    session.execute(
        delete(LoginFailureRow).where(
            or_(LoginFailureRow.login == login, LoginFailureRow.at <= before)
        )
    )
