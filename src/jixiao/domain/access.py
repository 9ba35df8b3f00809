"""Who may read and write what: roles of docs/domain.md §1 and their scopes (pure).

A department's data is scoped by the department (its unique name in the store), its region's
code and whether it is published. Editors and approvers work for departments, reviewers cover
regions (code prefixes: "1305" covers every county under 邢台市), administrators everything;
the public reads only what is published.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    EDITOR = "单位填报人"
    APPROVER = "单位负责人"
    REVIEWER = "财政审核人"
    ADMIN = "系统管理员"
    PUBLIC = "公众"


@dataclass(frozen=True)
class Actor:
    """Someone acting: a user of the server, the local CLI user, or the anonymous public."""

    login: str
    role: Role
    display_name: str = ""
    user_id: int | None = None
    departments: frozenset[str] = frozenset()
    regions: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """How the actor is named in the audit log and messages."""
        return f"{self.display_name or self.login}({self.role.value})"


ANONYMOUS = Actor(login="anonymous", role=Role.PUBLIC, display_name="公众")


def system_actor(login: str) -> Actor:
    """The local user of the command line: an administrator of their own database."""
    return Actor(login=login, role=Role.ADMIN, display_name=login)


@dataclass(frozen=True)
class Scope:
    """What a piece of data belongs to, as far as access is concerned."""

    department: str
    region_code: str | None
    published: bool


def covers_region(actor: Actor, region_code: str | None) -> bool:
    """Whether a reviewer's regions (code prefixes) cover this region code."""
    if region_code is None:
        return False
    return any(region_code.startswith(prefix) for prefix in actor.regions)


def _in_scope(actor: Actor, scope: Scope) -> bool:
    if actor.role is Role.ADMIN:
        return True
    if actor.role in (Role.EDITOR, Role.APPROVER):
        return scope.department in actor.departments
    if actor.role is Role.REVIEWER:
        return covers_region(actor, scope.region_code)
    return False


def can_read(actor: Actor, scope: Scope) -> bool:
    """Published data is everyone's; the rest only for those whose scope covers it."""
    return scope.published or _in_scope(actor, scope)


def can_write(actor: Actor, scope: Scope) -> bool:
    """Editors and approvers write their departments', reviewers review their regions'."""
    return _in_scope(actor, scope)
