"""Storing the findings of a review: the latest review of a document replaces the previous one.

Findings are keyed by the document's key (department, fiscal year, kind, subject), not by its
row id: saving the document again gives it new rows, and its last review stays until the
next one. A finding's location and related locations are stored as JSON (the model's own
field names), so a stored review reads back as the very :class:`Finding` objects the engine
made, in the report's order. ``review_findings`` is partitioned by fiscal year on PostgreSQL
(:mod:`jixiao.store.partitions`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from jixiao.domain.model import DocumentKind, PerformanceDocument
from jixiao.domain.review import Finding, Location, Severity
from jixiao.errors import AmbiguousNameError, NotFoundError
from jixiao.store import reader
from jixiao.store.lookup import Wanted, find_document
from jixiao.store.partitions import ensure_year
from jixiao.store.tables import ReviewFindingRow, table_of

_TABLE = table_of(ReviewFindingRow)


def _location_json(location: Location) -> dict[str, Any]:
    # ``label`` is computed from the other fields (and refused as input).
    return location.model_dump(mode="json", exclude={"label"})


def finding_values(finding: Finding, position: int) -> dict[str, Any]:
    """A finding's columns (without its document key)."""
    return {
        "position": position,
        "code": finding.code,
        "severity": finding.severity.value,
        "message": finding.message,
        "location": _location_json(finding.location),
        "suggestion": finding.suggestion,
        "related": [_location_json(location) for location in finding.related],
    }


def _finding(row: Any) -> Finding:
    return Finding(
        code=row.code,
        severity=Severity(row.severity),
        message=row.message,
        location=Location.model_validate(row.location),
        suggestion=row.suggestion,
        related=tuple(Location.model_validate(location) for location in row.related),
    )


def _of_document(department_id: int, fiscal_year: int, kind: DocumentKind, subject: str) -> Any:
    return (
        _TABLE.c.department_id == department_id,
        _TABLE.c.fiscal_year == fiscal_year,
        _TABLE.c.kind == kind.value,
        _TABLE.c.subject == subject,
    )


def replace_findings(
    session: Session,
    department_id: int,
    fiscal_year: int,
    kind: DocumentKind,
    subject: str,
    findings: Sequence[Finding],
    reviewed_at: datetime | None = None,
) -> int:
    """The document's stored review becomes ``findings`` (in their order); how many.

    Runs in the caller's transaction: the previous review goes and the new one comes, or
    nothing changes.
    """
    ensure_year(session.connection(), fiscal_year)
    delete_findings(session, department_id, fiscal_year, kind, subject)
    keys = {
        "department_id": department_id,
        "fiscal_year": fiscal_year,
        "kind": kind.value,
        "subject": subject,
        "reviewed_at": reviewed_at or datetime.now(UTC),
    }
    rows = [finding_values(finding, position) | keys for position, finding in enumerate(findings)]
    if rows:
        session.execute(insert(_TABLE), rows)
    return len(rows)


def delete_findings(
    session: Session, department_id: int, fiscal_year: int, kind: DocumentKind, subject: str
) -> None:
    """Forget the document's stored review (when the document itself is deleted)."""
    session.execute(delete(_TABLE).where(*_of_document(department_id, fiscal_year, kind, subject)))


def load_findings(
    session: Session, department_id: int, fiscal_year: int, kind: DocumentKind, subject: str
) -> list[Finding]:
    """The stored review of the document, in the order it was saved (empty when none)."""
    query = (
        select(_TABLE)
        .where(*_of_document(department_id, fiscal_year, kind, subject))
        .order_by(_TABLE.c.position)
    )
    return [_finding(row) for row in session.execute(query)]


def stored_department_id(session: Session, document: PerformanceDocument) -> int | None:
    """The department id of ``document`` if exactly this document is stored (same key and
    content), else None: a review of a file that differs from the stored version, or of a
    document that is not stored, has no place in the database."""
    project = document.subject if document.kind.is_project_level else None
    wanted = Wanted(
        document.department.name,
        document.fiscal_year,
        document.department.region_name,
        document.kind,
        project,
    )
    try:
        found = find_document(session, wanted)
    except (NotFoundError, AmbiguousNameError):
        return None
    if reader.assemble(session, found) != document:
        return None
    return int(found.department.id)
