"""Accounts of the server: users and roles, passwords, sessions, API tokens, login limits.

- Passwords are hashed with argon2id (argon2-cffi's ``PasswordHasher``, its default RFC 9106
  parameters); a hash made with older parameters is replaced at the next good login.
- A session is a random id in the cookie, stored as its SHA-256 digest with an expiry and a
  CSRF token of its own; an API token likewise (shown once, stored as its digest, revocable).
- Failed logins are rows in the database, so the rate limit (per login and per client
  address) holds across the server's workers.

Only administrators manage users; anyone signed in manages their own tokens. Each use case
is one unit of work (:mod:`jixiao.app.uow`).
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.orm import Session

from jixiao.app.uow import Database, Journal
from jixiao.domain.access import Actor, Role
from jixiao.errors import (
    AccessDenied,
    AuthenticationError,
    InputError,
    NotFound,
    TooManyAttempts,
)
from jixiao.store import users as store

SESSION_LIFETIME = timedelta(hours=8)
FAILURE_WINDOW = timedelta(minutes=15)
MAX_FAILURES_PER_LOGIN = 5
MAX_FAILURES_PER_CLIENT = 20  # an address may be a whole office behind one NAT
MIN_PASSWORD_LENGTH = 8
# Tokens are touched at most this often: a read must not become a write every time.
TOKEN_TOUCH_INTERVAL = timedelta(minutes=1)
TOKEN_PREFIX = "jx_"

_LOGIN = re.compile(r"^[A-Za-z0-9_.@-]{2,64}$")
_hasher = PasswordHasher()


# Verified against when the login is unknown, so that a wrong login costs what a wrong
# password costs (no timing oracle for which logins exist).
@cache
def _dummy_hash() -> str:
    return _hasher.hash(secrets.token_urlsafe(16))


@dataclass(frozen=True)
class User:
    """An account as the API shows it (never its password hash)."""

    id: int
    login: str
    display_name: str
    role: Role
    departments: tuple[str, ...]
    regions: tuple[str, ...]
    active: bool
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class SignedIn:
    """A new session: the raw id goes into the cookie, the CSRF token to the client."""

    session_id: str
    csrf_token: str
    expires_at: datetime
    actor: Actor


@dataclass(frozen=True)
class SessionActor:
    """Who a session cookie belongs to, and the session's CSRF token."""

    actor: Actor
    csrf_token: str


@dataclass(frozen=True)
class ApiToken:
    id: int
    name: str
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None


@dataclass(frozen=True)
class NewApiToken:
    """A token just created: ``secret`` is shown this once and never stored."""

    token: ApiToken
    secret: str


def digest(secret: str) -> str:
    """The SHA-256 hex digest under which a session id or token is stored."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _now() -> datetime:
    return datetime.now(UTC)


def _public(user: store.StoredUser) -> User:
    return User(
        id=user.id,
        login=user.login,
        display_name=user.display_name,
        role=Role(user.role),
        departments=user.departments,
        regions=user.regions,
        active=user.active,
        created_at=user.created_at,
        updated_at=user.updated_at,
    )


def actor_of(user: store.StoredUser) -> Actor:
    return Actor(
        login=user.login,
        role=Role(user.role),
        display_name=user.display_name,
        user_id=user.id,
        departments=frozenset(user.departments),
        regions=user.regions,
    )


def _token(token: store.StoredToken) -> ApiToken:
    return ApiToken(
        id=token.id,
        name=token.name,
        created_at=token.created_at,
        last_used_at=token.last_used_at,
        revoked_at=token.revoked_at,
    )


# --- checks --------------------------------------------------------------------------------


def _require_admin(actor: Actor) -> None:
    if actor.role is not Role.ADMIN:
        raise AccessDenied("只有系统管理员可以管理用户")


def _require_user(actor: Actor) -> int:
    if actor.user_id is None:
        raise AuthenticationError("请先登录")
    return actor.user_id


def _check_login(login: str) -> str:
    if not _LOGIN.fullmatch(login):
        raise InputError(f"账号 {login!r} 不合规:2-64 个字母、数字或 _ . @ -")
    return login


def _check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InputError(f"密码至少 {MIN_PASSWORD_LENGTH} 个字符")
    if len(password) > 1024:
        raise InputError("密码过长(最多 1024 个字符)")
    return password


def _check_scope(
    role: Role, departments: tuple[str, ...], regions: tuple[str, ...]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Editors and approvers work for departments, reviewers cover regions (code prefixes)."""
    if role is Role.PUBLIC:
        raise InputError("「公众」是匿名访问的角色,不能用作账号的角色")
    if role in (Role.EDITOR, Role.APPROVER) and not departments:
        raise InputError(f"{role.value}须至少属于一个部门(departments)")
    if role is Role.REVIEWER and not regions:
        raise InputError("财政审核人须至少负责一个行政区划(regions,区划代码前缀)")
    for code in regions:
        if not code.isdigit():
            raise InputError(f"区划代码前缀 {code!r} 应只含数字")
    blank = [d for d in departments if not d.strip()]
    if blank:
        raise InputError("部门名称不能为空")
    return tuple(dict.fromkeys(departments)), tuple(dict.fromkeys(regions))


def _subject(login: str) -> str:
    return f"用户 {login}"


def _existing(session: Session, login: str) -> store.StoredUser:
    user = store.user_by_login(session, login)
    if user is None:
        raise NotFound(f"没有账号 {login}")
    return user


# --- users (administrators) ----------------------------------------------------------------


@dataclass(frozen=True)
class UserSpec:
    """What an administrator gives to create a user."""

    login: str
    display_name: str
    role: Role
    password: str
    departments: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()


def list_users(db: Database, actor: Actor) -> list[User]:
    _require_admin(actor)
    with db.session() as session:
        return [_public(user) for user in store.list_users(session)]


def get_user(db: Database, actor: Actor, login: str) -> User:
    _require_admin(actor)
    with db.session() as session:
        return _public(_existing(session, login))


def create_user(db: Database, actor: Actor, spec: UserSpec) -> User:
    _require_admin(actor)
    login = _check_login(spec.login)
    password_hash = hash_password(_check_password(spec.password))
    departments, regions = _check_scope(spec.role, spec.departments, spec.regions)

    def work(session: Session, journal: Journal) -> User:
        if store.user_by_login(session, login) is not None:
            raise InputError(f"账号 {login} 已存在")
        user = store.insert_user(
            session,
            login=login,
            display_name=spec.display_name.strip() or login,
            role=spec.role.value,
            password_hash=password_hash,
            departments=departments,
            regions=regions,
            now=_now(),
        )
        created = _public(user)
        journal.record("创建用户", _subject(login), None, asdict(created))
        return created

    return db.audited(actor, work)


def update_user(
    db: Database,
    actor: Actor,
    login: str,
    *,
    display_name: str | None = None,
    role: Role | None = None,
    departments: tuple[str, ...] | None = None,
    regions: tuple[str, ...] | None = None,
    active: bool | None = None,
) -> User:
    """Change a user's name, role, scope or state; deactivating ends their sessions."""
    _require_admin(actor)

    def work(session: Session, journal: Journal) -> User:
        user = _existing(session, login)
        new_role = role or Role(user.role)
        new_departments, new_regions = _check_scope(
            new_role,
            user.departments if departments is None else departments,
            user.regions if regions is None else regions,
        )
        if user.id == actor.user_id and (active is False or new_role is not Role.ADMIN):
            raise InputError("不能停用自己的账号或取消自己的管理员角色")
        values: dict[str, object] = {
            "role": new_role.value,
            "departments": new_departments,
            "regions": new_regions,
        }
        if display_name is not None:
            values["display_name"] = display_name.strip() or user.login
        if active is not None:
            values["active"] = active
            if not active:
                store.delete_sessions_of(session, user.id)
        updated = _public(store.update_user(session, user.id, _now(), **values))
        journal.record("修改用户", _subject(login), asdict(_public(user)), asdict(updated))
        return updated

    return db.audited(actor, work)


def reset_password(db: Database, actor: Actor, login: str, password: str) -> None:
    """Set a new password; the user's sessions end (they sign in again)."""
    _require_admin(actor)
    password_hash = hash_password(_check_password(password))

    def work(session: Session, journal: Journal) -> None:
        user = _existing(session, login)
        store.update_user(session, user.id, _now(), password_hash=password_hash)
        store.delete_sessions_of(session, user.id)
        # The digests are of the account, never of the password or its hash.
        journal.record("重置密码", _subject(login), None, None, "会话已全部结束")

    db.audited(actor, work)


# --- signing in ----------------------------------------------------------------------------


def _verify(user: store.StoredUser | None, password: str) -> bool:
    try:
        return _hasher.verify(user.password_hash if user else _dummy_hash(), password) and bool(
            user and user.active
        )
    except (VerificationError, InvalidHashError):
        return False


def _throttle(session: Session, login: str, client: str, now: datetime) -> None:
    since = now - FAILURE_WINDOW
    by_login, by_client = store.failures_since(session, login, client, since)
    if by_login < MAX_FAILURES_PER_LOGIN and by_client < MAX_FAILURES_PER_CLIENT:
        return
    oldest = store.oldest_failure_since(session, login, client, since) or now
    wait = max(1, int((oldest + FAILURE_WINDOW - now).total_seconds()) + 1)
    minutes = (wait + 59) // 60
    raise TooManyAttempts(f"登录失败次数过多,请在 {minutes} 分钟后重试", retry_after=wait)


def login(db: Database, login_name: str, password: str, client: str) -> SignedIn:
    """Check the password and open a session; refused after too many failures.

    A failure is recorded (committed) before it is reported, so every worker counts it.
    """

    def work(session: Session) -> SignedIn | None:
        now = _now()
        _throttle(session, login_name, client, now)
        user = store.user_by_login(session, login_name)
        if user is None or not _verify(user, password):
            store.record_failure(session, login_name, client, now)
            return None
        if _hasher.check_needs_rehash(user.password_hash):
            store.update_user(session, user.id, now, password_hash=hash_password(password))
        store.clear_failures(session, login_name, now - FAILURE_WINDOW)
        store.delete_expired_sessions(session, now)
        session_id, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        expires = now + SESSION_LIFETIME
        store.insert_session(
            session,
            id_hash=digest(session_id),
            user_id=user.id,
            csrf_token=csrf,
            now=now,
            expires_at=expires,
        )
        return SignedIn(session_id, csrf, expires, actor_of(user))

    signed_in = db.write(work)
    if signed_in is None:
        raise AuthenticationError("账号或密码错误")
    return signed_in


def logout(db: Database, session_id: str) -> None:
    db.write(lambda session: store.delete_session(session, digest(session_id)))


def session_actor(db: Database, session_id: str) -> SessionActor | None:
    """Who holds this session cookie (None: unknown, expired, or the user deactivated)."""
    with db.lookup() as session:
        found = store.session_user(session, digest(session_id), _now())
    return None if found is None else SessionActor(actor_of(found[0]), found[1])


def token_actor(db: Database, secret: str) -> Actor:
    """Who holds this API token; its last use is recorded (at most once a minute)."""
    with db.lookup() as session:
        holder = store.token_holder(session, digest(secret))
    if holder is None:
        raise AuthenticationError("API 令牌无效或已撤销")
    now = _now()
    if holder.last_used_at is None or now - holder.last_used_at > TOKEN_TOUCH_INTERVAL:
        db.write(lambda session: store.touch_token(session, holder.token_id, now))
    return Actor(
        login=holder.login,
        role=Role(holder.role),
        display_name=holder.display_name,
        user_id=holder.user_id,
        departments=frozenset(holder.departments),
        regions=holder.regions,
    )


# --- API tokens (each user their own) ------------------------------------------------------


def create_token(db: Database, actor: Actor, name: str) -> NewApiToken:
    user_id = _require_user(actor)
    name = name.strip()
    if not name or len(name) > 100:
        raise InputError("令牌名称不能为空,且不超过 100 个字符")
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)

    def work(session: Session, journal: Journal) -> ApiToken:
        stored = store.insert_token(
            session, user_id=user_id, name=name, token_hash=digest(secret), now=_now()
        )
        created = _token(stored)
        journal.record("创建 API 令牌", _subject(actor.login), None, asdict(created))
        return created

    return NewApiToken(db.audited(actor, work), secret)


def list_tokens(db: Database, actor: Actor) -> list[ApiToken]:
    user_id = _require_user(actor)
    with db.session() as session:
        return [_token(token) for token in store.tokens_of(session, user_id)]


def revoke_token(db: Database, actor: Actor, token_id: int) -> None:
    user_id = _require_user(actor)

    def work(session: Session, journal: Journal) -> bool:
        revoked = store.revoke_token(session, user_id, token_id, _now())
        if revoked:
            journal.record("撤销 API 令牌", _subject(actor.login), None, None, f"令牌 {token_id}")
        else:
            journal.nothing_written()
        return revoked

    if not db.audited(actor, work):
        raise NotFound(f"没有编号为 {token_id} 的有效令牌")


class Accounts:
    """The accounts use cases bound to one database (``Workspace.users``)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def all(self, actor: Actor) -> list[User]:
        return list_users(self._db, actor)

    def get(self, actor: Actor, login_name: str) -> User:
        return get_user(self._db, actor, login_name)

    def create(self, actor: Actor, spec: UserSpec) -> User:
        return create_user(self._db, actor, spec)

    def update(
        self,
        actor: Actor,
        login_name: str,
        *,
        display_name: str | None = None,
        role: Role | None = None,
        departments: tuple[str, ...] | None = None,
        regions: tuple[str, ...] | None = None,
        active: bool | None = None,
    ) -> User:
        return update_user(
            self._db,
            actor,
            login_name,
            display_name=display_name,
            role=role,
            departments=departments,
            regions=regions,
            active=active,
        )

    def reset_password(self, actor: Actor, login_name: str, password: str) -> None:
        reset_password(self._db, actor, login_name, password)

    def login(self, login_name: str, password: str, client: str) -> SignedIn:
        return login(self._db, login_name, password, client)

    def logout(self, session_id: str) -> None:
        logout(self._db, session_id)

    def session_actor(self, session_id: str) -> SessionActor | None:
        return session_actor(self._db, session_id)

    def token_actor(self, secret: str) -> Actor:
        return token_actor(self._db, secret)

    def create_token(self, actor: Actor, name: str) -> NewApiToken:
        return create_token(self._db, actor, name)

    def tokens(self, actor: Actor) -> list[ApiToken]:
        return list_tokens(self._db, actor)

    def revoke_token(self, actor: Actor, token_id: int) -> None:
        revoke_token(self._db, actor, token_id)
