"""Regions and departments: found by name, created on first sight.

The registry keeps the latest code (and supervising department) any saved document stated;
each document keeps its own copy as stated (see :mod:`jixiao.store.tables`).

Insert-or-get that concurrent writers cannot break: ``INSERT … ON CONFLICT DO NOTHING`` on
the unique name (a second writer of the same new name waits for the first and then finds its
row instead of failing), then a look-up. Registry rows are only updated when a stated value
differs, so writers that state the same do not lock each other's rows; :func:`register_regions`
takes the rows of one document in name order, a stable order between writers.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, and_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from jixiao.domain.model import Department, Region
from jixiao.store.tables import DepartmentRow, RegionRow


def register_regions(session: Session, regions: Iterable[Region | None]) -> None:
    """Create or update the regions, in name order (the lock order of every writer)."""
    named = {region.name: region for region in regions if region is not None}
    for name in sorted(named):
        region_id(session, named[name])


def region_id(session: Session, region: Region | None) -> int | None:
    """The id of the region of that name, created if new; None for no region."""
    if region is None:
        return None
    _insert_missing(session, RegionRow, {"name": region.name, "code": region.code}, ["name"])
    found = session.execute(
        select(RegionRow.id, RegionRow.code).where(RegionRow.name == region.name)
    ).one()
    if region.code is not None and found.code != region.code:
        session.execute(update(RegionRow).where(RegionRow.id == found.id).values(code=region.code))
    return int(found.id)


def department_id(session: Session, department: Department) -> int:
    """The id of the department of that name in its region, created if new."""
    in_region = region_id(session, department.region)
    stated: dict[str, Any] = {}
    if department.code is not None:
        stated["code"] = department.code
    if department.supervising_department is not None:
        stated["supervising_department"] = department.supervising_department
    values = {"name": department.name, "region_id": in_region, **stated}
    if in_region is None:
        where: ColumnElement[bool] = DepartmentRow.region_id.is_(None)
        _insert_missing(session, DepartmentRow, values, ["name"], where)
        same = and_(DepartmentRow.name == department.name, where)
    else:
        where = DepartmentRow.region_id.is_not(None)
        _insert_missing(session, DepartmentRow, values, ["region_id", "name"], where)
        same = and_(DepartmentRow.name == department.name, DepartmentRow.region_id == in_region)
    found = session.execute(
        select(DepartmentRow.id, DepartmentRow.code, DepartmentRow.supervising_department).where(
            same
        )
    ).one()
    changed = {key: value for key, value in stated.items() if getattr(found, key) != value}
    if changed:
        session.execute(update(DepartmentRow).where(DepartmentRow.id == found.id).values(changed))
    return int(found.id)


def _insert_missing(
    session: Session,
    model: type[RegionRow] | type[DepartmentRow],
    values: dict[str, Any],
    keys: list[str],
    where: ColumnElement[bool] | None = None,
) -> None:
    """INSERT the row unless its unique key (the partial index ``where``) is already taken."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        pg = postgresql.insert(model).values(values)
        session.execute(pg.on_conflict_do_nothing(index_elements=keys, index_where=where))
    else:
        lite = sqlite.insert(model).values(values)
        session.execute(lite.on_conflict_do_nothing(index_elements=keys, index_where=where))
