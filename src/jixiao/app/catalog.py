"""Use case: the catalogue of regions and departments an actor may see.

A department is visible to whoever may read its data (:func:`jixiao.domain.access.can_read`:
its editors and approvers, the reviewers of its region, administrators, and the public once
it has published something); a region is visible when one of its departments is, or when a
reviewer covers it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from sqlalchemy.orm import Session

from jixiao.app.uow import Database
from jixiao.domain.access import Actor, Role, Scope, can_read, covers_region
from jixiao.errors import NotFoundError
from jixiao.store import catalog
from jixiao.store import workflow as stored_workflow
from jixiao.store.catalog import DepartmentEntry, RegionEntry

__all__ = ["DepartmentEntry", "RegionEntry", "RegionNode", "department", "departments", "regions"]


@dataclass
class RegionNode:
    """A region and the regions under it (their codes extend its code)."""

    region: RegionEntry
    children: list[RegionNode] = field(default_factory=list)


Published = dict[tuple[str, str | None], frozenset[int]]  # (department, region) → years


def _published(session: Session) -> Published:
    """The years each department has published a document of (the public sees those)."""
    years: dict[tuple[str, str | None], set[int]] = {}
    for (name, region, year, _, _), scope in stored_workflow.scopes(session).items():
        if scope.published:
            years.setdefault((name, region), set()).add(year)
    return {key: frozenset(found) for key, found in years.items()}


def _visible(actor: Actor, entry: DepartmentEntry, published: Published) -> bool:
    shown = (entry.name, entry.region) in published
    return can_read(actor, Scope(entry.name, entry.region_code, shown))


def _as_seen(actor: Actor, entry: DepartmentEntry, published: Published) -> DepartmentEntry:
    """The entry as ``actor`` sees it: only the published years for one who sees it only
    because it has published (its drafts' years are not theirs to know)."""
    if can_read(actor, Scope(entry.name, entry.region_code, False)):
        return entry
    years = published.get((entry.name, entry.region), frozenset())
    return replace(entry, fiscal_years=tuple(sorted(years)))


def departments(
    database: Database, actor: Actor, region: str | None = None
) -> list[DepartmentEntry]:
    """The departments ``actor`` may see, of one region (its name or code) or all."""
    with database.session() as session:
        entries = catalog.list_departments(session)
        published = _published(session)
    if region is not None:
        entries = [e for e in entries if region in (e.region, e.region_code)]
    return [_as_seen(actor, e, published) for e in entries if _visible(actor, e, published)]


def department(database: Database, actor: Actor, name: str) -> DepartmentEntry:
    """One department by name; a department the actor may not see is not found."""
    found = [e for e in departments(database, actor) if e.name == name]
    if not found:
        raise NotFoundError(f"没有部门“{name}”")
    return found[0]


def regions(database: Database, actor: Actor) -> list[RegionEntry]:
    """The regions ``actor`` may see, by code."""
    with database.session() as session:
        entries = catalog.list_regions(session)
        listed = catalog.list_departments(session)
        published = _published(session)
    seen = {e.region for e in listed if _visible(actor, e, published)}
    if actor.role is Role.ADMIN:
        return entries
    return [e for e in entries if e.name in seen or covers_region(actor, e.code)]


def region_tree(regions: list[RegionEntry]) -> list[RegionNode]:
    """The regions as a tree: a region's parent is the one whose significant code (without
    the trailing "00" pairs of a 行政区划代码: 130500 → 1305) is the longest proper prefix of
    its own; regions without a code, or without such a parent, are roots."""
    nodes = [RegionNode(r) for r in regions]
    by_code = {significant(n.region.code): n for n in nodes if n.region.code}
    roots: list[RegionNode] = []
    for node in nodes:
        parent = _parent(node.region.code, by_code)
        (parent.children if parent else roots).append(node)
    return roots


def significant(code: str) -> str:
    """The code less its trailing "00" pairs: the prefix its subregions' codes share."""
    while len(code) > 2 and code.endswith("00"):
        code = code[:-2]
    return code


def _parent(code: str | None, by_code: dict[str, RegionNode]) -> RegionNode | None:
    if not code:
        return None
    own = significant(code)
    for length in range(len(own) - 1, 0, -1):
        if own[:length] in by_code:
            return by_code[own[:length]]
    return None
