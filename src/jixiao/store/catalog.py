"""The catalogue: regions (行政区划) and departments (预算单位), with their document years."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from jixiao.domain.workflow import Stage
from jixiao.store.tables import DepartmentRow, DocumentRow, RegionRow, WorkflowRow


@dataclass(frozen=True)
class RegionEntry:
    name: str
    code: str | None
    departments: int


@dataclass(frozen=True)
class DepartmentEntry:
    name: str
    code: str | None
    supervising_department: str | None
    region: str | None
    region_code: str | None
    fiscal_years: tuple[int, ...]


def list_regions(session: Session) -> list[RegionEntry]:
    """Every region, by code then name, with how many departments it has."""
    counts: dict[int | None, int] = {}
    for region_id in session.scalars(select(DepartmentRow.region_id)):
        counts[region_id] = counts.get(region_id, 0) + 1
    rows = session.scalars(select(RegionRow)).all()
    entries = [RegionEntry(row.name, row.code, counts.get(row.id, 0)) for row in rows]
    return sorted(entries, key=lambda e: (e.code or "", e.name))


def list_departments(session: Session) -> list[DepartmentEntry]:
    """Every department with its region and the fiscal years it has documents of."""
    years: dict[int, set[int]] = {}
    for department_id, year in session.execute(
        select(DocumentRow.department_id, DocumentRow.fiscal_year)
    ):
        years.setdefault(department_id, set()).add(year)
    query = select(DepartmentRow, RegionRow).outerjoin(
        RegionRow, DepartmentRow.region_id == RegionRow.id
    )
    entries = [
        DepartmentEntry(
            name=department.name,
            code=department.code,
            supervising_department=department.supervising_department,
            region=region.name if region else None,
            region_code=region.code if region else None,
            fiscal_years=tuple(sorted(years.get(department.id, ()))),
        )
        for department, region in session.execute(query)
    ]
    return sorted(entries, key=lambda e: (e.region_code or "", e.region or "", e.name))


def department_regions(session: Session, name: str) -> list[tuple[str | None, str | None]]:
    """The (region name, region code) of every department called ``name`` (one per region)."""
    query = (
        select(RegionRow.name, RegionRow.code)
        .select_from(DepartmentRow)
        .outerjoin(RegionRow, DepartmentRow.region_id == RegionRow.id)
        .where(DepartmentRow.name == name)
    )
    return [(region, code) for region, code in session.execute(query)]


StatusKey = tuple[str, str | None, int, str, str]  # department, region, year, kind, subject


def declaration_statuses(session: Session) -> dict[StatusKey, tuple[str, int]]:
    """The state and version of every document's declaration workflow that has a record,
    keyed like a document summary (documents never written through it have none: drafts
    at version 0)."""
    query = (
        select(
            DepartmentRow.name,
            RegionRow.name,
            WorkflowRow.fiscal_year,
            WorkflowRow.kind,
            WorkflowRow.subject,
            WorkflowRow.state,
            WorkflowRow.version,
        )
        .join(DepartmentRow, WorkflowRow.department_id == DepartmentRow.id)
        .outerjoin(RegionRow, DepartmentRow.region_id == RegionRow.id)
        .where(WorkflowRow.stage == Stage.DECLARATION.value, WorkflowRow.round == "")
    )
    return {
        (name, region, year, kind, subject): (state, version)
        for name, region, year, kind, subject, state, version in session.execute(query)
    }
