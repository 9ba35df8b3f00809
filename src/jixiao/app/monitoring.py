"""Use case: in-year monitoring (双监控) of a stored department-year at a date, against the
actuals of a table or of the database."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from jixiao.app import actuals, documents
from jixiao.app.uow import Database
from jixiao.domain.access import Actor
from jixiao.domain.monitoring import MonitoringReport, monitor, monitoring_profile


def monitor_department(
    database: Database,
    department: str,
    as_of: date,
    fiscal_year: int | None = None,
    profile: str = "default",
    actuals_file: Path | None = None,
    *,
    actor: Actor | None = None,
) -> MonitoringReport:
    """Monitor the department-year (``fiscal_year`` None: the latest) at ``as_of``."""
    chosen = monitoring_profile(profile)
    document = documents.document(database, department, fiscal_year, actor=actor)
    records = actuals.for_document(database, document, actuals_file, actor=actor)
    return monitor(document, records, as_of, chosen)
