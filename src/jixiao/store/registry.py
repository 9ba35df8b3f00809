"""Regions and departments: found by name, created on first sight.

The registry keeps the latest code (and supervising department) any saved document stated;
each document keeps its own copy as stated (see :mod:`jixiao.store.tables`).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from jixiao.domain.model import Department, Region
from jixiao.store.tables import DepartmentRow, RegionRow


def region_id(session: Session, region: Region | None) -> int | None:
    """The id of the region of that name, created if new; None for no region."""
    if region is None:
        return None
    row = session.scalars(select(RegionRow).where(RegionRow.name == region.name)).one_or_none()
    if row is None:
        row = RegionRow(name=region.name, code=region.code)
        session.add(row)
        session.flush()
    elif region.code is not None:
        row.code = region.code
    return row.id


def department_id(session: Session, department: Department) -> int:
    """The id of the department of that name in its region, created if new."""
    in_region = region_id(session, department.region)
    # `== None` compiles to IS NULL, which is what a department without a region needs.
    query = select(DepartmentRow).where(
        DepartmentRow.name == department.name, DepartmentRow.region_id == in_region
    )
    row = session.scalars(query).one_or_none()
    if row is None:
        row = DepartmentRow(name=department.name, region_id=in_region)
        session.add(row)
    if department.code is not None:
        row.code = department.code
    if department.supervising_department is not None:
        row.supervising_department = department.supervising_department
    session.flush()
    return row.id
