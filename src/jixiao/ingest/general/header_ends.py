"""A header whose words a text PDF's layer cut at their columns' width, their ends printed
on the next line, read without places (one space between cells)::

    一级指标 二级指标 三级指标 年度指标值 指标值设定 全年实际完 分值 得分 未完成原因和改
    依据 成值 进措施

The line under holds only the ends, in the order of the words they end: each word of the
header line that names no column, joined with the next of the ends, names one
(``指标值设定`` + ``依据``, ``全年实际完`` + ``成值``; single glyphs spaced apart may come as
one piece, ``值 析``, shared out in order). :func:`join_header_ends` joins them and
drops the line of ends, so its last piece is not read as the first row's name (``进措施``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Final

from jixiao.ingest.cells import label_key
from jixiao.ingest.general.kinds import Kind
from jixiao.ingest.general.vocabulary import header_role

if TYPE_CHECKING:
    from jixiao.ingest.general.stream import Cell

_LEAST_NAMED: Final = 3  # a header line names a few columns by itself
_ENDS_MAX: Final = 24  # the line of ends is short: a few glyphs under each cut word


def join_header_ends(cells: list[Cell]) -> list[Cell]:
    """The cells with each cut header word joined to its end from the line under it."""
    rows: dict[int, list[int]] = {}
    for index, cell in enumerate(cells):
        rows.setdefault(cell.row, []).append(index)
    drop: set[int] = set()
    out = list(cells)
    for row, members in rows.items():
        under = rows.get(row + 1)
        if under is None or not _header_line([cells[i] for i in members]):
            continue
        cut = [i for i in members if _names_none(cells[i])]
        ends = "".join(cells[j].text for j in under)
        if not cut or len(ends) > _ENDS_MAX or any(cells[j].kind is not Kind.NAME for j in under):
            continue
        joined = _ends_shared(tuple(cells[i].text for i in cut), ends)
        if joined is not None:
            for i, text in zip(cut, joined, strict=True):
                out[i] = replace(cells[i], text=text)
            drop.update(under)
    return [cell for index, cell in enumerate(out) if index not in drop] if drop else cells


def _ends_shared(words: tuple[str, ...], ends: str) -> list[str] | None:
    """The words each joined with its end, the ends the line under's text cut in order (its
    single glyphs may have been read as one word: ``值 析`` as ``值析``), every word naming a
    column so joined; None where no cut does."""
    if not words:
        return [] if not ends else None
    for at in range(1, len(ends) - len(words) + 2):
        joined = words[0] + ends[:at]
        if header_role(label_key(joined)) is None:
            continue
        rest = _ends_shared(words[1:], ends[at:])
        if rest is not None:
            return [joined, *rest]
    return None


def _header_line(line: list[Cell]) -> bool:
    return sum(cell.kind is Kind.HEADER for cell in line) >= _LEAST_NAMED


def _names_none(cell: Cell) -> bool:
    return cell.kind is not Kind.HEADER and header_role(label_key(cell.text)) is None
