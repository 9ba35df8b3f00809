"""A spreadsheet's rows copied as tab-separated text, a cell of several lines quoted.

Excel (and the sheets that copy as it does) puts a cell that holds a line break between
double quotes when its rows are copied as text, its inner quotes doubled: the cell's first
line ends its row's line with an open quote, its last line opens the next line up to the
closing quote, and the row's further cells follow on that line::

    \t时效指标\t岗位补贴拨付时限\t"审核公示结束后
    15个工作日内"\t12个工作日\t10\t10

Read line by line, the row loses the cells after the quoted one (they stand on a line of
their own under no name). :func:`join_quoted_cells` joins such a row back onto its first
line: the quoted cell's lines joined without the quotes, the lines it took left empty (their
numbers kept for the places reported). A quote that no later line closes is left as it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from jixiao.ingest.source import SourceLine

_QUOTE: Final = '"'
_TEXT_FORMULA: Final = '="'
_SPAN_MAX: Final = 6  # lines a quoted cell may take: a long text wraps a few times


def _opens(cell: str) -> bool:
    """A cell that opens a quote it does not close (its inner quotes doubled)."""
    return cell.startswith(_QUOTE) and cell.count(_QUOTE) % 2 == 1


def _closes(cell: str) -> bool:
    return cell.endswith(_QUOTE) and cell.count(_QUOTE) % 2 == 1


def _unquoted(text: str) -> str:
    return text.replace(_QUOTE * 2, _QUOTE)


def join_quoted_cells(lines: Sequence[SourceLine]) -> list[SourceLine] | None:
    """The lines with each quoted cell of several lines joined into its row's line; None
    where the text holds none (only a tab-separated row's last cell opens one)."""
    out = list(lines)
    changed = False
    index = 0
    while index < len(out):
        line = out[index]
        if len(line.cells) < 2 or not _opens(line.cells[-1]):
            index += 1
            continue
        end = _closing_line(out, index)
        if end is None:
            index += 1
            continue
        pieces = [line.cells[-1][1:]]
        pieces += [out[at].text.strip() for at in range(index + 1, end)]
        closing = out[end].cells
        pieces.append(closing[0][:-1])
        cells = (*line.cells[:-1], _unquoted("".join(pieces)), *closing[1:])
        out[index] = replace(line, text="\t".join(cells), cells=cells)
        for at in range(index + 1, end + 1):
            out[at] = replace(out[at], text="", cells=())
        changed = True
        index = end + 1
    return out if changed else None


def _closing_line(lines: Sequence[SourceLine], start: int) -> int | None:
    """The line whose first cell closes the quote opened at the end of ``start``'s line: the
    lines between hold one cell with no quote (the quoted text's middle lines)."""
    for at in range(start + 1, min(start + _SPAN_MAX, len(lines))):
        cells = lines[at].cells
        if not cells:
            return None
        if _closes(cells[0]):
            return at
        if len(cells) > 1 or _QUOTE in cells[0]:
            return None
    return None


def unquote_whole_cells(lines: Sequence[SourceLine]) -> list[SourceLine] | None:
    """The lines with each tab-separated row's quoted cells bare; None where none is.

    Excel's "Unicode text" (and a sheet's copy) quotes a cell whose text holds a comma or a
    quote, so figures with thousands separators come as ``"12,864,300.00"``: read with the
    quotes, the cell is no figure. A whole quoted cell (its inner quotes doubled) is the
    text between them; a quote inside a cell's text is the cell's own and kept.
    """
    out = list(lines)
    changed = False
    for index, line in enumerate(out):
        if "\t" not in line.text or _QUOTE not in line.text:
            continue
        cells = tuple(_bare(cell) for cell in line.cells)
        if cells != line.cells:
            out[index] = replace(line, text="\t".join(cells), cells=cells)
            changed = True
    return out if changed else None


def _bare(cell: str) -> str:
    """The cell's text without the quotes around it, when it is one quoted field (or a text
    formula, ``="≥95%"``: a cell typed so that its sign is no formula's)."""
    if cell.startswith(_TEXT_FORMULA) and cell.endswith(_QUOTE) and len(cell) > len(_TEXT_FORMULA):
        cell = cell[1:]
    if len(cell) < 2 or not (cell.startswith(_QUOTE) and cell.endswith(_QUOTE)):
        return cell
    inner = cell[1:-1]
    if _QUOTE in inner.replace(_QUOTE * 2, ""):
        return cell  # quotes inside the text, not around a field: "甲"与"乙"
    return _unquoted(inner)
