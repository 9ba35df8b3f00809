"""A form as its cells in reading order, whatever the layout it was published in.

Layouts differ in where a row ends: a pipe- or tab-separated line is one table row, while a
web table copied one cell per paragraph puts every cell on a line of its own, with a line
holding only a space for an empty cell and an empty line between cells. :class:`Sheet` keeps
the cells in order either way, remembers which layout it saw (:attr:`Sheet.one_cell_per_line`)
and which cells the parser has taken, so that what no part of the parser took can be reported.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Final

from jixiao.ingest.cells import label_key
from jixiao.ingest.source import SourceDocument, SourceLine

# Below this share of lines with two or more filled cells, the rows are not on lines.
_ROW_LINE_SHARE: Final = 0.1
_MARKDOWN_RULE_RE: Final = re.compile(r":?-{3,}:?")
_HEADING_RE: Final = re.compile(r"^#{1,6}\s*")


@dataclass(frozen=True)
class Cell:
    """One cell of the form; ``order`` is its position in the sheet's reading order."""

    text: str
    line: SourceLine
    order: int
    first_in_line: bool

    @property
    def blank(self) -> bool:
        return not self.text

    @property
    def key(self) -> str:
        return label_key(self.text)


def _is_markdown_rule(line: SourceLine) -> bool:
    filled = [cell.strip() for cell in line.cells if cell.strip()]
    return bool(filled) and all(_MARKDOWN_RULE_RE.fullmatch(cell) for cell in filled)


def _line_texts(line: SourceLine, one_cell_per_line: bool) -> list[str]:
    """The cells of a line as the sheet keeps them. One cell per line: a line of spaces is an
    empty cell and an empty line is a gap between cells. Rows on lines: a row's empty cells
    are kept (they place the others) and an empty line is nothing."""
    cells = [cell.strip() for cell in line.cells]
    if one_cell_per_line and len(cells) <= 1:
        if line.text == "":
            return []
        cells = [" ".join(line.text.split())]
    elif not any(cells) or _is_markdown_rule(line):
        return []
    if cells:
        cells[0] = _HEADING_RE.sub("", cells[0])  # a Markdown heading's marks are no text
    return cells


def _rows_on_lines(source: SourceDocument) -> bool:
    filled = [line for line in source.lines if not line.is_blank]
    if not filled:
        return True
    wide = sum(1 for line in filled if sum(1 for cell in line.cells if cell.strip()) >= 2)
    return wide >= _ROW_LINE_SHARE * len(filled)


class Sheet:
    """The cells of a source document in reading order, and which ones have been taken."""

    def __init__(self, source: SourceDocument) -> None:
        self.source = source
        self.one_cell_per_line = not _rows_on_lines(source)
        # Whether an empty cell shows as a line of spaces (a text copy does; a reader that
        # strips lines loses them, and then rows are rebuilt from their content alone).
        self.blank_cells_known = self.one_cell_per_line and any(
            line.text and not line.text.strip() for line in source.lines
        )
        self.cells: list[Cell] = []
        for line in source.lines:
            for position, text in enumerate(_line_texts(line, self.one_cell_per_line)):
                cell = Cell(text, line, len(self.cells), first_in_line=position == 0)
                self.cells.append(cell)
        self._taken: set[int] = set()

    # --- finding ---------------------------------------------------------------------------

    def starts_row(self, cell: Cell) -> bool:
        """Whether ``cell`` may open a row: any cell when rows are not on lines, else the first
        filled cell of its line."""
        if self.one_cell_per_line:
            return True
        for other in self.line_cells(cell):
            if not other.blank:
                return other.order == cell.order
        return False

    def find(
        self, wanted: Callable[[Cell], bool], start: int = 0, end: int | None = None
    ) -> Cell | None:
        """The first filled cell from ``start`` (an order) to ``end`` that is ``wanted``."""
        for cell in self.cells[start:end]:
            if not cell.blank and wanted(cell):
                return cell
        return None

    def line_cells(self, cell: Cell) -> list[Cell]:
        """The cells on the same source line as ``cell``."""
        first = cell.order
        while first > 0 and self.cells[first - 1].line is cell.line:
            first -= 1
        last = cell.order
        while last + 1 < len(self.cells) and self.cells[last + 1].line is cell.line:
            last += 1
        return self.cells[first : last + 1]

    def lines_between(self, start: int, end: int) -> list[list[Cell]]:
        """The cells from ``start`` to ``end`` (orders), grouped by source line."""
        rows: list[list[Cell]] = []
        for cell in self.cells[start:end]:
            if rows and rows[-1][0].line is cell.line:
                rows[-1].append(cell)
            else:
                rows.append([cell])
        return rows

    # --- what was taken ----------------------------------------------------------------------

    def take(self, *cells: Cell | None) -> None:
        for cell in cells:
            if cell is not None:
                self._taken.add(cell.order)

    def take_range(self, start: int, end: int) -> None:
        self._taken.update(range(start, end))

    def untaken(self) -> Iterator[list[Cell]]:
        """Filled cells no part of the parser took, grouped by line."""
        group: list[Cell] = []
        for cell in self.cells:
            if cell.blank or cell.order in self._taken:
                continue
            if group and group[-1].line is not cell.line:
                yield group
                group = []
            group.append(cell)
        if group:
            yield group
