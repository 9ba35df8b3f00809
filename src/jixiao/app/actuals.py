"""Use case: actuals (实际数) of a department-year: read a table, record, load; each call that
touches the database is one unit of work, so an import lands whole or not at all."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from jixiao.app.uow import Database
from jixiao.domain.actuals import Actuals
from jixiao.domain.model import PerformanceDocument
from jixiao.interchange.actuals_table import level_of, load_actuals_file
from jixiao.store import actuals as stored_actuals

__all__ = ["for_document", "import_file", "level_of", "read_file", "record", "stored"]


def read_file(path: Path, department: str, fiscal_year: int) -> Actuals:
    """A CSV/Excel table of actuals, read only (nothing stored)."""
    return load_actuals_file(path, department, fiscal_year)


def stored(
    database: Database, department: str, fiscal_year: int, region: str | None = None
) -> Actuals:
    """The stored actuals of the department-year (empty when none were recorded)."""
    with database.session() as session:
        found = stored_actuals.department_id_of(session, department, region)
        return stored_actuals.load_actuals(session, found, fiscal_year, department)


def record(
    database: Database,
    department: str,
    fiscal_year: int,
    actuals: Actuals,
    *,
    replace: bool = False,
) -> None:
    """Add the records to the department-year's actuals (or replace them), one transaction."""

    def work(session: Session) -> None:
        found = stored_actuals.department_id_of(session, department)
        if replace:
            stored_actuals.delete_actuals(session, found, fiscal_year)
        stored_actuals.add_actuals(session, found, fiscal_year, actuals)

    database.write(work)


def import_file(
    database: Database, path: Path, department: str, fiscal_year: int, *, replace: bool = False
) -> Actuals:
    """Read a CSV/Excel table of actuals and store all of it, or nothing on an error."""
    actuals = read_file(path, department, fiscal_year)
    record(database, department, fiscal_year, actuals, replace=replace)
    return actuals


def for_document(database: Database, document: PerformanceDocument, path: Path | None) -> Actuals:
    """The actuals to read a stored document against: the table at ``path`` when one is
    given (read only), else those recorded in the database (``jixiao record``)."""
    name, fiscal_year = document.department.name, document.fiscal_year
    if path is None:
        return stored(database, name, fiscal_year, document.department.region_name)
    return read_file(path, name, fiscal_year)
