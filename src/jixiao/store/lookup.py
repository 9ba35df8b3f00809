"""Finding a stored document by the names users type: department, year, kind and project.

A department name may be used in several regions; without a region such a name is ambiguous
and the error lists the regions to choose from. A department may have several project-level
forms of one kind in a year (one per project); without a project the error lists them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Row, Select, func, select
from sqlalchemy.orm import Session

from jixiao.domain.model import DocumentKind
from jixiao.errors import AmbiguousNameError, NotFoundError
from jixiao.store.tables import DepartmentRow, DocumentRow, RegionRow, table_of

NO_REGION = "(未指定地区)"

FoundRows = Sequence[Row[DocumentRow, DepartmentRow, RegionRow]]  # region may be None


@dataclass(frozen=True)
class Wanted:
    """What the user asked for; None year = the latest, None project = the only one."""

    department_name: str
    fiscal_year: int | None
    region: str | None
    kind: DocumentKind
    project: str | None = None


@dataclass(frozen=True)
class Found:
    document: DocumentRow
    department: DepartmentRow
    region: RegionRow | None


def find_document(session: Session, wanted: Wanted) -> Found:
    """The one document asked for; NotFoundError or AmbiguousNameError (in Chinese) else."""
    query = _documents_of(wanted).order_by(DocumentRow.fiscal_year.desc())
    rows = session.execute(query).all()
    _refuse_several_regions(wanted, rows)
    if not rows:
        raise NotFoundError(_not_found(session, wanted))
    latest = [row for row in rows if row[0].fiscal_year == rows[0][0].fiscal_year]
    _refuse_several_projects(wanted, latest)
    document, department, region_row = latest[0]
    return Found(document, department, region_row)


def _refuse_several_regions(wanted: Wanted, rows: FoundRows) -> None:
    regions = {department.id: region_row for _, department, region_row in rows}
    if len(regions) > 1:
        names = sorted(row.name if row else NO_REGION for row in regions.values())
        raise AmbiguousNameError(
            f"多个地区都有名为“{wanted.department_name}”的部门:{'、'.join(names)};请指定地区"
        )


def _refuse_several_projects(wanted: Wanted, latest: FoundRows) -> None:
    """Only project-level kinds have several documents in one department-year."""
    if len(latest) > 1:
        projects = "、".join(sorted(row[0].subject for row in latest))
        raise AmbiguousNameError(
            f"部门“{wanted.department_name}” {latest[0][0].fiscal_year} 年度有 {len(latest)} 份"
            f"{wanted.kind.label}:{projects};请指定项目"
        )


def _documents_of(wanted: Wanted) -> Select[DocumentRow, DepartmentRow, RegionRow]:
    """The documents of the department and kind (and region, year, project if given)."""
    query = (
        select(DocumentRow, DepartmentRow, RegionRow)  # region: outer join, may be None
        .join(DepartmentRow, DocumentRow.department_id == DepartmentRow.id)
        .outerjoin(RegionRow, DepartmentRow.region_id == RegionRow.id)
        .where(
            DepartmentRow.name == wanted.department_name,
            DocumentRow.kind == wanted.kind.value,
        )
        # Rows may have been replaced behind a long-lived session's back.
        .execution_options(populate_existing=True)
    )
    if wanted.region is not None:
        query = query.where(RegionRow.name == wanted.region)
    if wanted.fiscal_year is not None:
        query = query.where(DocumentRow.fiscal_year == wanted.fiscal_year)
    if wanted.project is not None:
        query = query.where(DocumentRow.subject == wanted.project)
    return query


def _not_found(session: Session, wanted: Wanted) -> str:
    region, name, year = wanted.region, wanted.department_name, wanted.fiscal_year
    who = f"“{region}”的部门“{name}”" if region else f"部门“{name}”"
    when = f" {year} 年度" if year is not None else ""
    about = f"项目“{wanted.project}”" if wanted.project is not None else ""
    message = f"未找到{who}{when}的{about}{wanted.kind.label}"
    if wanted.project is not None and not wanted.kind.is_project_level:
        return message + f"({wanted.kind.label}不按项目区分,无需指定项目)"
    years = _saved(session, replace(wanted, fiscal_year=None), DocumentRow.fiscal_year)
    if years:
        message += f"(已保存的年度:{'、'.join(str(y) for y in years)})"
    if wanted.project is not None:
        projects = _saved(session, replace(wanted, project=None), DocumentRow.subject)
        if projects:
            message += f"(已保存的项目:{'、'.join(projects)})"
    return message


def _saved(session: Session, wanted: Wanted, column: Any) -> list[Any]:
    """The distinct values of a document column among the documents matching ``wanted``."""
    return sorted(set(session.scalars(_documents_of(wanted).with_only_columns(column))))


def department_names(session: Session, ids: Iterable[int]) -> dict[int, str]:
    """The names of the departments with these ids."""
    wanted = sorted(set(ids))
    table = table_of(DepartmentRow)
    names: dict[int, str] = {}
    for start in range(0, len(wanted), 1000):  # bounded IN lists
        chunk = wanted[start : start + 1000]
        query = select(table.c.id, table.c.name).where(table.c.id.in_(chunk))
        names.update({row.id: row.name for row in session.execute(query)})
    return names


def region_name_of(session: Session, department_id: int) -> str | None:
    """The name of the department's region (None: a department without one)."""
    department, region = table_of(DepartmentRow), table_of(RegionRow)
    query = (
        select(region.c.name)
        .select_from(department)
        .outerjoin(region, region.c.id == department.c.region_id)
        .where(department.c.id == department_id)
    )
    return session.execute(query).scalar_one_or_none()


def department_documents_in_region(
    session: Session, fiscal_year: int, region_code: str | None
) -> list[tuple[str, str | None]]:
    """(department, region name) of every stored 部门预算绩效文本 of the year whose region's
    行政区划 code starts with ``region_code`` (None: every region), by region and name."""
    query = (
        select(DepartmentRow.name, RegionRow.name)
        .join(DocumentRow, DocumentRow.department_id == DepartmentRow.id)
        .outerjoin(RegionRow, DepartmentRow.region_id == RegionRow.id)
        .where(
            DocumentRow.fiscal_year == fiscal_year,
            DocumentRow.kind == DocumentKind.DEPARTMENT_PERFORMANCE.value,
        )
        .distinct()
    )
    if region_code is not None:
        query = query.where(RegionRow.code.startswith(region_code, autoescape=True))
    rows = session.execute(query).all()
    return sorted(((name, region) for name, region in rows), key=lambda r: (r[1] or "", r[0]))


def documents_in_year(session: Session, fiscal_year: int) -> int:
    """How many documents the year holds (of every region): one probe of the year's index."""
    count = (
        select(func.count()).select_from(DocumentRow).where(DocumentRow.fiscal_year == fiscal_year)
    )
    return session.scalar(count) or 0
