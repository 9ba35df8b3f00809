"""A compact table printing two indicators a row: its name and value columns twice.

A 部门整体支出绩效目标表 squeezed onto one page prints its header as ``一级指标 | 二级指标 |
三级指标 | 指标值 | 三级指标 | 指标值``: each line holds two indicators side by side, the
一级 and 二级 cells at its start shared by both. The table's columns are read once (a role
names one column), so the second pair is left over on every row. :func:`twin_rows` reads
those left-over cells as a row of their own under the same levels, when the header repeats
the name's column and the columns after it, and the row's left-over cells fill exactly that
repeat on the row's own line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Final

from jixiao.ingest.general.kinds import Kind
from jixiao.ingest.general.stream import Cell
from jixiao.ingest.general.vocabulary import Role

if TYPE_CHECKING:  # the table's rows import this module: their type only for the checker
    from jixiao.ingest.general.table import Row

# cells that may stand as the second pair's name: text, not a figure or a level's label
_NAME_KINDS: Final = frozenset({Kind.NAME, Kind.SENTENCE, Kind.QUALITATIVE})


def twin_block(roles: Sequence[Role | None]) -> tuple[Role, ...]:
    """The columns a header prints twice, from the name's column on (``三级指标 | 指标值``
    repeated), or () when the name's column is printed once or the repeat differs."""
    names = [index for index, role in enumerate(roles) if role is Role.NAME]
    if len(names) != 2:  # two pairs a row, not three
        return ()
    first, second = names
    block = tuple(role for role in roles[first:second] if role is not None)
    repeat = tuple(role for role in roles[second:] if role is not None)
    return block if repeat == block and len(block) > 1 else ()


def _twin_cells(extra: Sequence[Cell], line: int, block: tuple[Role, ...]) -> list[Cell] | None:
    """The row's left-over cells as the second pair, when they are its line's and fill it."""
    own = [cell for cell in extra if cell.line == line]
    if len(own) != len(block) or own[0].kind not in _NAME_KINDS:
        return None
    return own


def twin_rows(rows: Sequence[Row], block: tuple[Role, ...]) -> list[Row]:
    """Each row followed by the indicator its line prints beside it (see the module)."""
    if not block:
        return list(rows)
    out: list[Row] = []
    for row in rows:
        twin = _twin_cells(row.extra, row.line, block)
        if twin is None:
            out.append(row)
            continue
        levels = {role: cell for role, cell in row.cells.items() if role not in block}
        taken = {id(cell) for cell in twin}
        out.append(replace(row, extra=[cell for cell in row.extra if id(cell) not in taken]))
        out.append(replace(row, cells={**levels, **dict(zip(block, twin, strict=True))}, extra=[]))
    return out
