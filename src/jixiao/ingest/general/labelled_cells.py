"""Rows whose value cells name their column: ``名称  指标值:≥95%  实际值:96%  分值:10``.

A page that lays a table out as lines of text (a portal's editor, a form flattened to one
line a row) may print no header and write the column's word before each value instead::

    产出指标  数量指标  培训人次  指标值:≥500人次  实际值:520人次  分值:10  得分:10
              质量指标  培训合格率  指标值:≥95%  实际值:97%  分值:10  得分:10

Read as they stand, the labelled cells are names (``实际值:26次``) and the row's shape is
lost. :func:`labelled_rows_as_table` rewrites a run of such rows as the table they are: a
header of the words the cells name, after the levels' and the name's, and each row's cells
bare under them; the 一级 and 二级 labels a row prints before its name keep their columns.
A row is such only where its cells after the name are all labelled, two at least and one
of them the target (a project's ``主管部门:… 实施单位:…`` line names no column).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Final

from jixiao.ingest.cells import label_key
from jixiao.ingest.general.kinds import Kind
from jixiao.ingest.general.stream import Cell
from jixiao.ingest.general.vocabulary import Role, header_role

_MIN_ROWS: Final = 2
_MIN_LABELLED: Final = 2
# the columns before the labelled ones: a row prints its name, its 二级 and 一级 labels before
# it where they change
_FRONT: Final = (Role.CATEGORY, Role.SUBCATEGORY, Role.NAME)
_FRONT_WORDS: Final = {
    Role.CATEGORY: "一级指标",
    Role.SUBCATEGORY: "二级指标",
    Role.NAME: "三级指标",
}
_LEVEL_KINDS: Final = {Kind.CATEGORY: Role.CATEGORY, Kind.SUBCATEGORY: Role.SUBCATEGORY}


@dataclass(frozen=True)
class _Labelled:
    """A row read as labelled cells: its front cells by column, its values by their key."""

    front: dict[Role, Cell]
    values: list[tuple[Role, str, Cell]]  # the role, the key as printed, the bare value


def _rows(cells: Sequence[Cell]) -> list[list[Cell]]:
    return [list(row) for _, row in itertools.groupby(cells, key=lambda cell: cell.row)]


def _key_role(text: str) -> Role | None:
    """The column a cell written ``key:value`` names by its key, when one after the name."""
    key, colon, _ = text.partition(":")
    if not colon or not key.strip():
        return None
    role = header_role(label_key(key))
    return None if role in _FRONT else role


def _value(cell: Cell) -> tuple[Role, str, Cell] | None:
    role = _key_role(cell.text)
    if role is None:
        return None
    key, _, value = cell.text.partition(":")
    return role, key.strip(), replace(cell, text=value.strip())


def _labelled(row: Sequence[Cell]) -> _Labelled | None:
    if sum(":" in cell.text for cell in row) < _MIN_LABELLED:
        return None  # the common case, found at once
    first = next((at for at, cell in enumerate(row) if _value(cell) is not None), len(row))
    values = [_value(cell) for cell in row[first:]]
    found = [value for value in values if value is not None]
    if len(found) < _MIN_LABELLED or len(found) < len(values):
        return None
    if Role.TARGET not in {role for role, _, _ in found}:
        return None
    front = _front(row[:first])
    return _Labelled(front, found) if front is not None else None


def _front(cells: Sequence[Cell]) -> dict[Role, Cell] | None:
    """The name (the last cell before the labelled ones) and the levels before it."""
    if not cells or len(cells) > len(_FRONT):
        return None
    *levels, name = cells
    if name.kind in _LEVEL_KINDS:
        return None
    front = {Role.NAME: name}
    for cell in levels:
        role = _LEVEL_KINDS.get(cell.kind)
        if role is None or role in front:
            return None
        front[role] = cell
    return front


def labelled_rows_as_table(cells: list[Cell]) -> list[Cell]:
    """The cells with each run of rows of labelled cells rewritten as a table; unchanged
    without."""
    # two rows at least, each with a labelled target: most texts have none, found at once
    if sum(_key_role(cell.text) is Role.TARGET for cell in cells if ":" in cell.text) < _MIN_ROWS:
        return cells
    rows = _rows(cells)
    read = [_labelled(row) for row in rows]
    out: list[Cell] = []
    index = 0
    while index < len(rows):
        end = index
        while end < len(rows) and read[end] is not None:
            end += 1
        run = [row for row in read[index:end] if row is not None]
        if len(run) >= _MIN_ROWS:
            out += _as_table(rows[index][0], run)
            index = end
            continue
        out += rows[index]
        index += 1
    return out


def _as_table(first: Cell, run: Sequence[_Labelled]) -> list[Cell]:
    """A header over the run (the front columns, then each key once, as first printed), and
    each row's cells under it."""
    keys: dict[Role, str] = {}
    for row in run:
        for role, key, _ in row.values:
            keys.setdefault(role, key)
    order = [*_FRONT, *keys]
    width = len(order)
    words = {**_FRONT_WORDS, **keys}
    header = [
        replace(
            first,
            text=words[role],
            column=place,
            width=width,
            offset=-1,
            glued=False,
            as_name=False,
            level=None,
        )
        for place, role in enumerate(order)
    ]
    body: list[Cell] = []
    for row in run:
        placed = {**row.front, **{role: cell for role, _, cell in row.values}}
        body += [
            replace(placed[role], column=place, width=width, offset=-1)
            for place, role in enumerate(order)
            if role in placed
        ]
    return header + body
