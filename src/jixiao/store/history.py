"""The review's context from the database: the department's declarations of earlier years and
other departments' declarations of the same year (read with the repository API, no new
tables). The pure :class:`~jixiao.domain.review.ReviewContext` does the matching."""

from __future__ import annotations

from typing import Final

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from jixiao.domain.library import IndicatorLibrary
from jixiao.domain.model import DocumentKind, PerformanceDocument
from jixiao.domain.review import ReviewContext
from jixiao.store.repository import DocumentSummary, list_documents, load_document

# Declarations carry targets; monitoring and self-evaluation forms restate them.
DECLARATIONS: Final = frozenset({DocumentKind.DEPARTMENT_PERFORMANCE, DocumentKind.PROJECT_TARGET})
HISTORY_YEARS: Final = 3
MAX_PEERS: Final = 500


def _region(document: PerformanceDocument) -> str | None:
    region = document.department.region
    return region.name if region else None


def _wanted(
    document: PerformanceDocument, summaries: list[DocumentSummary]
) -> list[DocumentSummary]:
    name, region, year = document.department.name, _region(document), document.fiscal_year
    declarations = [s for s in summaries if s.kind in DECLARATIONS]
    earlier = [
        s
        for s in declarations
        if s.department == name and s.region == region and s.fiscal_year < year
    ]
    years = sorted({s.fiscal_year for s in earlier}, reverse=True)[:HISTORY_YEARS]
    history = [s for s in earlier if s.fiscal_year in years]
    peers = [s for s in declarations if s.department != name and s.fiscal_year == year]
    return history + peers[:MAX_PEERS]


def review_context(
    target: Session | Engine,
    document: PerformanceDocument,
    library: IndicatorLibrary,
    threshold: float,
) -> ReviewContext:
    """History (the last three earlier years) and peers (the same year) of ``document``."""
    others = [
        load_document(
            target,
            summary.department,
            summary.fiscal_year,
            summary.region,
            kind=summary.kind,
            project=summary.subject or None,
        )
        for summary in _wanted(document, list_documents(target))
    ]
    return ReviewContext.from_documents(document, others, library, threshold)
