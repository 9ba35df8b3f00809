"""Access checks of the use cases an actor makes on a department's data (issue 13).

Every call the server makes on behalf of a user goes through :func:`check` first: the
department's scope (its name, its region's code, whether it has published) against
:func:`jixiao.domain.access.can_read` / :func:`~jixiao.domain.access.can_write`. A refused
read raises :class:`~jixiao.errors.AccessDenied` exactly like a department that does not
exist, so that the answer does not reveal what exists.
"""

from __future__ import annotations

from enum import StrEnum

from jixiao.app.uow import Database
from jixiao.domain.access import Actor, Role, Scope, can_read, can_write
from jixiao.errors import AccessDenied, NotFoundError
from jixiao.store import catalog


class Need(StrEnum):
    READ = "read"
    WRITE = "write"  # editors and approvers of the department (and administrators)
    REVIEW = "review"  # reviewers of its region (and administrators)
    WORK = "work"  # anyone working on it: its editors and approvers, its reviewers


_WRITERS = frozenset({Role.EDITOR, Role.APPROVER, Role.ADMIN})
_REVIEWERS = frozenset({Role.REVIEWER, Role.ADMIN})


def scope_of(
    database: Database, department: str, region: str | None = None, published: bool = False
) -> Scope:
    """The scope of the department called ``department`` (in ``region`` when given)."""
    with database.session() as session:
        found = catalog.department_regions(session, department)
    if region is not None:
        found = [f for f in found if region in f]
    if not found:
        raise NotFoundError(f"没有部门“{department}”")
    return Scope(department, found[0][1], published)


def allowed(actor: Actor, scope: Scope, need: Need) -> bool:
    if need is Need.READ:
        return can_read(actor, scope)
    if need is Need.WORK:
        return can_write(actor, scope)
    roles = _WRITERS if need is Need.WRITE else _REVIEWERS
    return actor.role in roles and can_write(actor, scope)


def check(
    database: Database,
    actor: Actor,
    department: str,
    region: str | None = None,
    need: Need = Need.READ,
    published: bool = False,
) -> Scope:
    """The department's scope when ``actor`` may do what ``need`` says, else AccessDenied
    (a department the actor may not read is reported as not found)."""
    try:
        scope = scope_of(database, department, region, published)
    except NotFoundError:
        if actor.role is Role.ADMIN:
            raise
        # Told apart from a department out of scope, it would reveal which ones exist.
        raise AccessDenied(f"{actor.label}无权访问部门“{department}”的数据") from None
    if not can_read(actor, scope):
        raise AccessDenied(f"{actor.label}无权访问部门“{department}”的数据")
    if not allowed(actor, scope, need):
        raise AccessDenied(f"{actor.label}无权修改部门“{department}”的数据")
    return scope
