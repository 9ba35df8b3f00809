"""A 项目资金 table given column by column: its row labels a run of lines, then its header
words, then its figures, put back row by row.

A text PDF's raw layer (pdftotext without ``-layout``) may print a form's money table down
its first column before the rest: ``年度资金总额`` ``其中：当年财政拨款`` ``上年结转资金``
``其他资金``, one a line, then the header words ``年初预算数`` … ``得分``, one a line, then the
figures row after row (the total's six, then the 财政拨款's six …). Read in that order no
figure stands beside its row's label. :func:`join_funding_runs` writes the header on the
first line of the block and each row on the line after, its figures as its cells, when the
figures are exactly as many as the labels times the header words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Final

from jixiao.domain.model import FundingSource
from jixiao.ingest.cells import label_key
from jixiao.ingest.general.fields import funding_row_of
from jixiao.ingest.general.kinds import Kind, kind_of
from jixiao.ingest.general.vocabulary import funding_role
from jixiao.ingest.source import SourceLine

_MIN_ROWS: Final = 2
_MAX_ROWS: Final = 8
_MIN_COLUMNS: Final = 3
_MAX_COLUMNS: Final = 10
_TOTAL_WORDS_RE: Final = re.compile(r"总额|小计")
_FIGURE_KINDS: Final = frozenset({Kind.NUMBER, Kind.QUANTITY, Kind.PLACEHOLDER, Kind.EMPTY})


def _one_cell(line: SourceLine) -> str | None:
    cells = [cell for cell in line.cells if cell.strip()]
    return cells[0].strip() if len(cells) == 1 else None


def _run(lines: Sequence[SourceLine], start: int, test: Callable[[str], bool], limit: int) -> int:
    """How many lines from ``start`` hold one cell that ``test`` accepts (at most ``limit``)."""
    count = 0
    while start + count < len(lines) and count < limit:
        text = _one_cell(lines[start + count])
        if text is None or not test(text):
            break
        count += 1
    return count


def _is_label(text: str) -> bool:
    return funding_row_of(text) is not None


def _is_header(text: str) -> bool:
    return funding_role(label_key(text)) is not None


def _is_figure(text: str) -> bool:
    return kind_of(text) in _FIGURE_KINDS


def _block_at(lines: Sequence[SourceLine], start: int) -> tuple[int, int] | None:
    """(rows, columns) of a table given column by column from ``start`` (its total's
    label), or None."""
    first = _one_cell(lines[start])
    # the total's label says 总额 or 小计: one look at the text before any label's key
    if first is None or not _TOTAL_WORDS_RE.search(first):
        return None
    if funding_row_of(first) is not FundingSource.TOTAL:
        return None
    rows = _run(lines, start, _is_label, _MAX_ROWS)
    columns = _run(lines, start + rows, _is_header, _MAX_COLUMNS)
    if rows < _MIN_ROWS or columns < _MIN_COLUMNS:
        return None
    figures = _run(lines, start + rows + columns, _is_figure, rows * columns + 1)
    return (rows, columns) if figures == rows * columns else None


def join_funding_runs(lines: Sequence[SourceLine]) -> list[SourceLine] | None:
    """The lines with each money table given column by column (see the module's docstring)
    written row by row on its label's lines, the lines emptied so every line keeps its
    number; None when there is none."""
    out = list(lines)
    changed = False
    for start in range(len(lines)):
        block = _block_at(lines, start)
        if block is None:
            continue
        rows, columns = block
        labels = [_one_cell(line) or "" for line in lines[start : start + rows]]
        header = [_one_cell(line) or "" for line in lines[start + rows : start + rows + columns]]
        first = start + rows + columns
        figures = [_one_cell(line) or "" for line in lines[first : first + rows * columns]]
        # the header first, on the total's line, each row on the line after (a reader of
        # the table finds its header above its rows)
        cells = ("", *header)
        out[start] = replace(lines[start], text="\t".join(cells), cells=cells)
        for row, label in enumerate(labels, start=1):
            cells = (label, *figures[(row - 1) * columns : row * columns])
            out[start + row] = replace(lines[start + row], text="\t".join(cells), cells=cells)
        for index in range(start + rows + 1, first + rows * columns):
            out[index] = replace(lines[index], text="", cells=())
        changed = True
    return out if changed else None
