"""Authorisation and optimistic versions, shared by the use cases (so the CLI, the API and
the pages enforce the same rules): who may read or write a scope (``domain.access``), and
whether a write was made against the current version of a subject."""

from __future__ import annotations

from sqlalchemy.orm import Session

from jixiao.domain.access import Actor, Role, Scope, can_read, can_write, covers_region
from jixiao.domain.model import DocumentKind, PerformanceDocument
from jixiao.domain.workflow import Status
from jixiao.errors import AccessDenied, StaleVersion
from jixiao.store import workflow as stored_workflow
from jixiao.store.lookup import Found
from jixiao.store.workflow import WorkflowKey


def require_read(actor: Actor, scope: Scope, what: str) -> None:
    if not can_read(actor, scope):
        raise AccessDenied(f"无权查看{what}")


def require_write(actor: Actor, scope: Scope, what: str) -> None:
    if not can_write(actor, scope):
        raise AccessDenied(f"{actor.role.value}“{actor.login}”无权修改{what}")


def require_region(actor: Actor, region_code: str | None) -> None:
    """A whole region's figures: for administrators and the reviewers who cover it."""
    if actor.role is Role.ADMIN:
        return
    if actor.role is Role.REVIEWER and covers_region(actor, region_code or ""):
        return
    where = f"地区 {region_code}" if region_code else "全部地区"
    raise AccessDenied(f"无权查看{where}的汇总")


def require_version(
    session: Session, key: WorkflowKey | None, status: Status, expected: int | None
) -> None:
    """StaleVersion, listing what happened since, when ``expected`` is not the version."""
    if expected is None or expected == status.version:
        return
    changes = [] if key is None else stored_workflow.changes_since(session, key, expected)
    raise StaleVersion(expected, status.version, changes)


def label(found: Found) -> str:
    """How the audit log and messages name a stored document."""
    document = found.document
    region = found.region.name if found.region else None
    kind = DocumentKind(document.kind)
    return key_label(region, found.department.name, document.fiscal_year, kind, document.subject)


def document_label(document: PerformanceDocument) -> str:
    department = document.department
    return key_label(
        department.region_name,
        department.name,
        document.fiscal_year,
        document.kind,
        document.subject,
    )


def key_label(
    region: str | None, department: str, fiscal_year: int, kind: DocumentKind, subject: str
) -> str:
    where = f"{region}/" if region else ""
    about = f"“{subject}”" if subject else ""
    return f"{where}{department} {fiscal_year} 年度{about}{kind.label}"
