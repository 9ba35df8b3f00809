"""A document laid out for the rules: its indicator lists (containers), every indicator
statement with its location, the library match of each, and which statements are the same
indicator stated in several places.

Built once per review and shared by all rules. Containers are linked when they describe the
same money: the n-th prose section and the n-th department goal (when there are as many of
each), a goal and the project its funding block names, a section and the project its title
names. Only linked containers are compared, so two projects that both count 培训人次 are
never taken for one indicator stated twice.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property, lru_cache
from typing import Final, TypeVar

from jixiao.domain.library import IndicatorLibrary, LibraryMatch, normalise_name
from jixiao.domain.model import (
    DepartmentGoal,
    GoalSection,
    Indicator,
    PerformanceDocument,
    Project,
    ProvenanceMap,
)
from jixiao.domain.review.finding import Area, Location
from jixiao.domain.target import format_target

# What a container holds (see ``Container.item``).
Item = TypeVar("Item", GoalSection, DepartmentGoal, Project)

_MIN_CONTAINED: Final = (
    4  # 完成率 inside 工作完成率 is no evidence; 工作会议 inside 召开工作会议 is
)
_MIN_SUBSEQUENCE_SHARE: Final = 0.8
_TEXT_RE: Final = re.compile(r"[\s,,。.;;::、\"“”]+")


class ContainerKind(StrEnum):
    SECTION = "section"
    GOAL = "goal"
    PROJECT = "project"

    @property
    def area(self) -> Area:
        return _AREAS[self]


_ITEM_KEYS: Final = ("row", "number", "title", "name")  # where an item as a whole was read


_AREAS: Final = {kind: Area(kind.value) for kind in ContainerKind}


def source_of(provenance: ProvenanceMap, field: str | None) -> tuple[int | None, int | None]:
    """(line, page) where ``field`` was read, else where the item starts, when known."""
    for key in (field, *_ITEM_KEYS):
        found = provenance.get(key) if key else None
        if found is not None:
            return found.line, found.page
    return None, None


def unread_note(provenance: ProvenanceMap) -> str | None:
    """What the importer could not read in an item (its repairs that keep no value), so a
    finding on a missing value can say it may be lost in the source rather than left out."""
    reasons = [
        repair.reason
        for where in provenance.values()
        for repair in where.repairs
        if repair.value is None and repair.reason
    ]
    return "；".join(dict.fromkeys(reasons)) or None


def budget_location(document: PerformanceDocument, part: str, field: str) -> Location:
    """A field of the income (``part="income"``) or expenditure budget. An empty cell has no
    provenance of its own: the line is then that of the table's other cells."""
    provenance = getattr(document.budget, part).provenance
    line, page = source_of(provenance, field)
    if line is None and provenance:
        first = next(iter(provenance.values()))
        line, page = first.line, first.page
    path = (0 if part == "income" else 1,)
    return Location(area=Area.BUDGET, path=path, field=f"{part}.{field}", line=line, page=page)


@dataclass(frozen=True, eq=False)
class Container:
    """A list of indicators: a prose section, a department goal or a project."""

    kind: ContainerKind
    index: int
    item: GoalSection | DepartmentGoal | Project

    @property
    def indicators(self) -> Sequence[Indicator]:
        return self.item.indicators

    @cached_property
    def label(self) -> str:
        """``整体支出目标2``, ``项目“某项目”``: for messages (no source line)."""
        return self.location().model_copy(update={"line": None, "page": None}).label

    def location(
        self, field: str | None = None, indicator: str | None = None, path: tuple[int, ...] = ()
    ) -> Location:
        line, page = source_of(self.item.provenance, field)
        item = self.item
        return Location(
            area=self.kind.area,
            path=(self.index, *path),
            goal=item.number if isinstance(item, DepartmentGoal) else None,
            section=item.title if isinstance(item, GoalSection) else None,
            project=item.name if isinstance(item, Project) else None,
            indicator=indicator,
            field=field,
            line=line,
            page=page,
        )


@dataclass(frozen=True, eq=False)
class Statement:
    """One indicator as a container states it."""

    container: Container
    position: int
    indicator: Indicator
    key: str  # the normalised name

    def location(self, field: str | None = None) -> Location:
        location = self.container.location(
            indicator=self.indicator.name, path=(self.position,), field=field
        )
        line, page = source_of(self.indicator.provenance, field)
        return location.model_copy(update={"line": line, "page": page})

    @property
    def target_text(self) -> str:
        target = self.indicator.target
        return "" if target is None else format_target(target)


def same_indicator(first: str, second: str) -> bool:
    """Whether two normalised names name the same indicator: equal, one inside the other, or
    the shorter one read in the longer with a few characters more (办结率 / 及时办结率)."""
    if first == second:
        return True
    short, long = (first, second) if len(first) <= len(second) else (second, first)
    if len(short) < _MIN_CONTAINED:
        return False
    if short in long:
        return True
    return len(short) >= _MIN_SUBSEQUENCE_SHARE * len(long) and _is_subsequence(short, long)


def _is_subsequence(short: str, long: str) -> bool:
    rest = iter(long)
    return all(char in rest for char in short)


@lru_cache(maxsize=8192)
def _compact(text: str | None) -> str:
    return _TEXT_RE.sub("", text or "")


class _Union:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def join(self, first: int, second: int) -> None:
        self.parent[self.find(first)] = self.find(second)


class DocumentIndex:
    """The document's containers and statements, library matches and same-indicator clusters."""

    def __init__(
        self, document: PerformanceDocument, library: IndicatorLibrary, threshold: float
    ) -> None:
        self.document = document
        self.library = library
        self.threshold = threshold
        self.containers = _containers(document)
        self.statements = tuple(
            Statement(container, position, indicator, normalise_name(indicator.name))
            for container in self.containers
            for position, indicator in enumerate(container.indicators)
        )
        self._by_container: dict[int, tuple[Statement, ...]] = {}
        for statement in self.statements:
            key = id(statement.container)
            self._by_container[key] = (*self._by_container.get(key, ()), statement)
        self._matches: dict[int, LibraryMatch | None] = {}
        # per-review memo for rules: values they derive once per document (peer medians, …)
        self.memo: dict[Hashable, object] = {}
        self._cluster_of: dict[int, tuple[Statement, ...]] = {}
        self._cluster_statements()

    def of_kind(self, kind: ContainerKind) -> tuple[Container, ...]:
        return tuple(c for c in self.containers if c.kind is kind)

    def items(self, kind: ContainerKind, cls: type[Item]) -> list[tuple[Container, Item]]:
        """The items of the containers of a kind (goals, projects), each with its container."""
        found = []
        for container in self.of_kind(kind):
            item = container.item
            assert isinstance(item, cls)  # a container's kind says what it holds
            found.append((container, item))
        return found

    def in_container(self, container: Container) -> tuple[Statement, ...]:
        return self._by_container.get(id(container), ())

    def match(self, statement: Statement) -> LibraryMatch | None:
        """The library indicator the statement is, if the match reaches the threshold."""
        key = id(statement)
        if key not in self._matches:
            target = statement.indicator.target
            unit = target.unit if target is not None else None
            self._matches[key] = self.library.match(statement.indicator.name, unit, self.threshold)
        return self._matches[key]

    def cluster_of(self, statement: Statement) -> tuple[Statement, ...]:
        """Every statement of the same indicator in linked containers (itself included)."""
        return self._cluster_of.get(id(statement), (statement,))

    def clusters(self) -> list[tuple[Statement, ...]]:
        """Groups of two or more statements of one indicator, in document order."""
        seen: set[int] = set()
        found = []
        for statement in self.statements:
            cluster = self.cluster_of(statement)
            if len(cluster) > 1 and id(cluster[0]) not in seen:
                seen.add(id(cluster[0]))
                found.append(cluster)
        return found

    def grouped(
        self, statements: Iterable[Statement]
    ) -> list[tuple[Statement, tuple[Statement, ...]]]:
        """``statements`` with those of one cluster stating the same target folded into the
        first: a problem stated in the prose and in the table is raised once, listing both."""
        groups: dict[tuple[int, str], list[Statement]] = {}
        for statement in statements:
            key = (id(self.cluster_of(statement)[0]), statement.target_text)
            groups.setdefault(key, []).append(statement)
        return [(group[0], tuple(group[1:])) for group in groups.values()]

    def _cluster_statements(self) -> None:
        for group in _linked_groups(self.containers):
            members = [s for s in self.statements if s.container in group]
            union = _Union(len(members))
            for i, first in enumerate(members):
                for j in range(i + 1, len(members)):
                    second = members[j]
                    if first.container is not second.container and same_indicator(
                        first.key, second.key
                    ):
                        union.join(i, j)
            clusters: dict[int, list[Statement]] = {}
            for i, statement in enumerate(members):
                clusters.setdefault(union.find(i), []).append(statement)
            for cluster in clusters.values():
                if len(cluster) > 1:
                    ordered = tuple(cluster)
                    for statement in ordered:
                        self._cluster_of[id(statement)] = ordered


def _containers(document: PerformanceDocument) -> tuple[Container, ...]:
    return (
        *(Container(ContainerKind.SECTION, i, s) for i, s in enumerate(document.goal_sections)),
        *(Container(ContainerKind.GOAL, i, g) for i, g in enumerate(document.department_goals)),
        *(Container(ContainerKind.PROJECT, i, p) for i, p in enumerate(document.projects)),
    )


def _linked(first: Container, second: Container, positional: bool) -> bool:
    # containers come in kind order: sections, goals, projects
    kinds = (first.kind, second.kind)
    if kinds == (ContainerKind.SECTION, ContainerKind.GOAL):
        return _section_is_goal(first, second, positional)
    if second.kind is ContainerKind.PROJECT and first.kind is not ContainerKind.PROJECT:
        return _describes_project(first, second)
    return False


def _section_is_goal(section: Container, goal: Container, positional: bool) -> bool:
    if positional and section.index == goal.index:
        return True
    assert isinstance(section.item, GoalSection) and isinstance(goal.item, DepartmentGoal)
    block = goal.item.funding_block
    block_name = normalise_name(block.name or "") if block else ""
    if len(block_name) >= 2 and block_name in normalise_name(section.item.title):
        return True
    text = _compact(goal.item.text)
    return bool(text) and text == _compact(section.item.goal)


def _describes_project(other: Container, project: Container) -> bool:
    assert isinstance(project.item, Project)
    name = normalise_name(project.item.name)
    goal_text = _compact(project.item.annual_goal)
    item = other.item
    if isinstance(item, DepartmentGoal):
        block = normalise_name(item.funding_block.name or "") if item.funding_block else ""
        return block == name or (bool(goal_text) and _compact(item.text) == goal_text)
    if isinstance(item, GoalSection):
        return name in normalise_name(item.title) or (
            bool(goal_text) and _compact(item.goal) == goal_text
        )
    return False


def _linked_groups(containers: tuple[Container, ...]) -> list[set[Container]]:
    sections = sum(1 for c in containers if c.kind is ContainerKind.SECTION)
    goals = sum(1 for c in containers if c.kind is ContainerKind.GOAL)
    positional = sections == goals
    union = _Union(len(containers))
    for i, first in enumerate(containers):
        for j in range(i + 1, len(containers)):
            if _linked(first, containers[j], positional):
                union.join(i, j)
    groups: dict[int, set[Container]] = {}
    for i, container in enumerate(containers):
        groups.setdefault(union.find(i), set()).add(container)
    return [group for group in groups.values() if len(group) > 1]
