"""Report items about a part's indicators, placed on the assembled document's fields.

Each part of a document made of parts is read as a form of its own, so the items its
reading writes name the part's paths (the goals part's third goal is its
``department_goals[2]``, every project part's project ``projects[0]``). The assembled
document numbers its goals and projects across the parts, drops rows that hold no
indicator and folds rows into the ones above, so each item is placed again by its
indicator's row (line and text), which every step keeps.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Final

from jixiao.domain.model import Indicator, PerformanceDocument
from jixiao.ingest.report import ReportItem

RowKey = tuple[int | None, str | None]  # an indicator's row: its line and raw text
_PATH_RE: Final = re.compile(r"^(?P<path>(?:department_goals|projects)\[\d+\]\.indicators\[\d+\])")


def row_key(indicator: Indicator) -> RowKey:
    row = indicator.provenance.get("row")
    return (row.line, row.text) if row is not None else (None, None)


def indicator_paths(document: PerformanceDocument) -> Iterator[tuple[str, Indicator]]:
    for number, goal in enumerate(document.department_goals):
        for index, indicator in enumerate(goal.indicators):
            yield f"department_goals[{number}].indicators[{index}]", indicator
    for number, project in enumerate(document.projects):
        for index, indicator in enumerate(project.indicators):
            yield f"projects[{number}].indicators[{index}]", indicator


@dataclass
class Placing:
    """Items waiting for their indicator's place in the assembled document."""

    waiting: list[tuple[ReportItem, RowKey, str]] = field(default_factory=list)
    added: list[ReportItem] = field(default_factory=list)  # items of the assembly's own

    def hold(self, part: PerformanceDocument, items: Iterable[ReportItem]) -> None:
        """Note the items of a part's reading that name one of its indicators."""
        keys = {path: row_key(indicator) for path, indicator in indicator_paths(part)}
        for item in items:
            match = _PATH_RE.match(item.field or "")
            if match is not None and match.group("path") in keys:
                rest = (item.field or "")[match.end() :]
                self.waiting.append((item, keys[match.group("path")], rest))

    def note(self, item: ReportItem, indicator: Indicator) -> None:
        """An item about the indicator (a row folded into it), placed with the others."""
        self.waiting.append((item, row_key(indicator), ""))
        self.added.append(item)

    def place(self, document: PerformanceDocument, items: list[ReportItem]) -> list[ReportItem]:
        """The items, those held placed on the document's paths; those about a row that
        is no indicator of the document (folded into the one above) dropped."""
        paths = {row_key(indicator): path for path, indicator in indicator_paths(document)}
        gone: set[int] = set()
        for item, key, rest in self.waiting:
            path = paths.get(key)
            if path is None:
                gone.add(id(item))
            else:
                item.field = path + rest
        return [item for item in [*items, *self.added] if id(item) not in gone]
