"""Use cases: the audit log (审计日志): read it, and verify its hash chain.

Only an administrator (the local user of the command line is one) reads the log or verifies
it: the log names every user and what they did.
"""

from __future__ import annotations

from dataclasses import dataclass

from jixiao.app.uow import Database, local_actor
from jixiao.domain.access import Actor, Role
from jixiao.domain.audit import AuditEntry, ChainProblem
from jixiao.domain.audit import verify as verify_chain
from jixiao.errors import AccessDenied
from jixiao.store import audit as stored_audit

__all__ = ["AuditEntry", "ChainProblem", "Verification", "entries", "verify"]


@dataclass(frozen=True)
class Verification:
    count: int  # entries in the log
    problem: ChainProblem | None  # the first break, None when the chain is whole

    @property
    def message(self) -> str:
        if self.problem is None:
            return f"审计链完整,共 {self.count} 条"
        return self.problem.message


def _require_admin(actor: Actor) -> None:
    if actor.role is not Role.ADMIN:
        raise AccessDenied("只有系统管理员可以查看审计日志")


def verify(database: Database, *, actor: Actor | None = None) -> Verification:
    """Walk the whole chain; the first changed, deleted or reordered entry, if any."""
    _require_admin(actor or local_actor())
    with database.session() as session:
        found = stored_audit.entries(session)
        number, hash_ = stored_audit.head(session)
    return Verification(len(found), verify_chain(found, number, hash_))


def entries(
    database: Database, *, start: int = 1, limit: int = 100, actor: Actor | None = None
) -> list[AuditEntry]:
    """Entries of the log in order, from number ``start``."""
    _require_admin(actor or local_actor())
    with database.session() as session:
        return stored_audit.entries(session, start, limit)
