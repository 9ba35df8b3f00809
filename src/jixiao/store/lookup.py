"""Finding the stored document of a department-year by the names users type.

A department name may be used in several regions; without a region such a name is ambiguous
and the error lists the regions to choose from.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from jixiao.domain.model import DocumentKind
from jixiao.errors import AmbiguousNameError, NotFoundError
from jixiao.store.tables import DepartmentRow, DocumentRow, RegionRow

NO_REGION = "(未指定地区)"


@dataclass(frozen=True)
class Found:
    document: DocumentRow
    department: DepartmentRow
    region: RegionRow | None


def find_document(
    session: Session,
    department_name: str,
    fiscal_year: int | None,
    region: str | None,
    kind: DocumentKind,
) -> Found:
    """The document of that department and year (None: the latest year); errors in Chinese."""
    query = _documents_of(department_name, region, kind)
    if fiscal_year is not None:
        query = query.where(DocumentRow.fiscal_year == fiscal_year)
    rows = session.execute(query.order_by(DocumentRow.fiscal_year.desc())).all()
    regions = {department.id: region_row for _, department, region_row in rows}
    if len(regions) > 1:
        names = sorted(row.name if row else NO_REGION for row in regions.values())
        raise AmbiguousNameError(
            f"多个地区都有名为“{department_name}”的部门:{'、'.join(names)};请指定地区"
        )
    if not rows:
        raise NotFoundError(_not_found(session, department_name, fiscal_year, region, kind))
    document, department, region_row = rows[0]
    return Found(document, department, region_row)


def _documents_of(
    department_name: str, region: str | None, kind: DocumentKind
) -> Select[DocumentRow, DepartmentRow, RegionRow]:  # region: outer join, may be None
    query = (
        select(DocumentRow, DepartmentRow, RegionRow)
        .join(DepartmentRow, DocumentRow.department_id == DepartmentRow.id)
        .outerjoin(RegionRow, DepartmentRow.region_id == RegionRow.id)
        .where(DepartmentRow.name == department_name, DocumentRow.kind == kind.value)
        # Rows may have been replaced behind a long-lived session's back.
        .execution_options(populate_existing=True)
    )
    return query if region is None else query.where(RegionRow.name == region)


def _not_found(
    session: Session,
    department_name: str,
    fiscal_year: int | None,
    region: str | None,
    kind: DocumentKind,
) -> str:
    who = f"“{region}”的部门“{department_name}”" if region else f"部门“{department_name}”"
    when = f" {fiscal_year} 年度" if fiscal_year is not None else ""
    message = f"未找到{who}{when}的绩效文本"
    years_query = _documents_of(department_name, region, kind).with_only_columns(
        DocumentRow.fiscal_year
    )
    years = sorted(set(session.scalars(years_query)))
    if years:
        message += f"(已保存的年度:{'、'.join(str(year) for year in years)})"
    return message
