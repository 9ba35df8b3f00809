"""A target in words the vocabulary lacks, read as a row of its own: the row it belongs to.

In a table whose cells stand one a line or one a paragraph (a spreadsheet exported cell by
cell, a form's tree of paragraphs), or whose name and target share a line parted by a space
(``指标1:档案保管 长期保存``), a cell is placed by its kind: a target is known by its figure
or by a standard the vocabulary holds (提高, 不发生). A standard in other words (长效稳定,
较上年缩短, 无丢失、无损毁) is taken for a name, so its indicator is cut in two rows, each
with a name and no target. :func:`worded_targets_joined` gives such a row back to the row
above as its target, where the table reads targets in most of its other rows (so a
template whose targets are all blank keeps its names) and the lower row is a short phrase
in words that names no measure (no digit, no numbering, no 率/度/数 ending), not the
table's last row (a site's words under the table: 打印本页).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Final

from jixiao.ingest.cells import written_standard
from jixiao.ingest.general.kinds import Kind, ends_as_name
from jixiao.ingest.general.stream import Cell
from jixiao.ingest.general.vocabulary import Role

if TYPE_CHECKING:  # the table's rows import this module: their type only for the checker
    from jixiao.ingest.general.table import Row

# the roles of a row that is no more than a name under its labels
_LABEL_ROLES: Final = frozenset({Role.CATEGORY, Role.SUBCATEGORY, Role.NAME, Role.SERIAL})
# marks parting a sentence's clauses: a standard lists its parts with 、 alone
_CLAUSE_MARKS: Final = ",，;；"
# left-over cells that hold nothing of an indicator
_NOTHING: Final = frozenset({Kind.EMPTY, Kind.PLACEHOLDER, Kind.NUMBERING, Kind.HEADER})


def worded_targets_joined(rows: Sequence[Row]) -> list[Row]:
    """The rows, each name-only row followed by a worded standard's row given it as target."""
    if not _targets_read_mostly(rows):
        return list(rows)
    out: list[Row] = []
    index = 0
    while index < len(rows):
        row = rows[index]
        # the table's last row may be the page's words after it (打印本页), no target
        below = rows[index + 1] if index + 2 < len(rows) else None
        if below is not None and _name_alone(row) and _worded_target(below, row):
            out.append(replace(row, cells={**row.cells, Role.TARGET: below.cells[Role.NAME]}))
            index += 2
            continue
        out.append(row)
        index += 1
    return out


def _targets_read_mostly(rows: Sequence[Row]) -> bool:
    """Whether at least half the table's rows hold a target: a filled form, not a template."""
    with_target = sum(1 for row in rows if Role.TARGET in row.cells)
    return with_target * 2 >= len(rows)


def _name_alone(row: Row) -> bool:
    """A row holding a name and its labels and nothing else (no target, figure or note; a
    label's wrapped word ``指标`` left over is nothing)."""
    return set(row.cells) <= _LABEL_ROLES and all(cell.kind in _NOTHING for cell in row.extra)


def _labels(row: Row) -> tuple[Cell | None, Cell | None, Cell | None]:
    """What a row stands under: its 一级 and 二级 labels and its project."""
    return row.category, row.subcategory, row.project


def _worded_target(row: Row, above: Row) -> bool:
    """Whether ``row`` is a standard in words cut off the row ``above``: under the same
    labels and project, a name alone (or with a placeholder where its target would be), a
    short phrase that passes as a written standard and does not end as a measure's name."""
    if any(mine is not theirs for mine, theirs in zip(_labels(row), _labels(above), strict=True)):
        return False
    if Role.CATEGORY in row.cells or Role.SUBCATEGORY in row.cells or row.extra:
        return False
    others = [(role, cell) for role, cell in row.cells.items() if role is not Role.NAME]
    if any(role is not Role.TARGET or cell.kind is not Kind.PLACEHOLDER for role, cell in others):
        return False
    cell, name = row.cells[Role.NAME], above.cells[Role.NAME]
    if cell.line < name.line or cell.kind is not Kind.NAME or name.kind is not Kind.NAME:
        return False
    if cell.line == name.line and cell.column >= 0:
        return False  # a line whose cells keep their columns placed it by its column
    text = cell.text.strip()
    if any(mark in text for mark in _CLAUSE_MARKS):
        return False  # a clause of a sentence (a site's 下载文档,查找更方便), no standard
    return written_standard(text) is not None and not ends_as_name(text)
