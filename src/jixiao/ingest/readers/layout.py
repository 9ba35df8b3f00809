"""Page geometry shared by the PDF and OCR readers: positioned text → rows → cells → lines.

Both readers see a page as text boxes with positions (pdfplumber words in points, OCR boxes
in pixels) and, where the page has ruling lines, ruled tables (grids of cell rectangles).
Inside a ruled table the grid makes the columns: every box goes to the cell holding its
centre, so a cell's wrapped text stays one cell and an empty cell stays an empty cell.
Elsewhere boxes are grouped into visual rows by their vertical centres and a row is split
into cells at horizontal gaps wider than a multiple of the text height; content order never
matters, so columns written one after the other still come out row by row.

Wrapped prose is rejoined: a single-cell row that reaches the right edge of the page's text
and is followed, without a paragraph gap, by a row starting no further right continues into
it. Genre parsers read a paragraph as one line, as in text files.
"""

from __future__ import annotations

import itertools
import statistics
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from jixiao.ingest.source import SourceLine

Rect = tuple[float, float, float, float]  # x0, top, x1, bottom


@dataclass(frozen=True)
class Box:
    """Text at a place on the page; ``score`` is the OCR confidence (None for a text layer)."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    score: float | None = None

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 1e-6)

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2

    def centre_in(self, rect: Rect) -> bool:
        x = (self.x0 + self.x1) / 2
        return rect[0] <= x < rect[2] and rect[1] <= self.middle < rect[3]


@dataclass(frozen=True)
class Grid:
    """A ruled table: rows of cell rectangles aligned on ``columns`` (the cells' left edges).

    A slot is None where a merged cell covers it: from the left (a horizontal merge, which
    adds no column to the row) or from above (a vertical merge, read as an empty cell).
    """

    columns: tuple[float, ...]
    rows: tuple[tuple[Rect | None, ...], ...]


def ruled_grids(tables: Iterable[Iterable[Rect]]) -> list[Grid]:
    """Grids of the tables a table finder found (each a list of cell rectangles).

    A one-column "table" is a frame drawn around text, not a table: its text is read as
    rows, so that a framed paragraph is not squeezed into one cell.
    """
    grids = (_grid_from_cells(cells) for cells in tables)
    return [grid for grid in grids if len(grid.columns) >= 2]


def _grid_from_cells(cells: Iterable[Rect]) -> Grid:
    ordered = sorted(cells, key=lambda cell: (cell[1], cell[0]))
    columns = tuple(sorted({cell[0] for cell in ordered}))
    rows: list[tuple[Rect | None, ...]] = []
    for top in sorted({cell[1] for cell in ordered}):
        by_left = {cell[0]: cell for cell in ordered if cell[1] == top}
        rows.append(tuple(by_left.get(x) for x in columns))
    return Grid(columns=columns, rows=tuple(rows))


@dataclass(frozen=True)
class Spacing:
    """Gaps as multiples of the text height: above ``word`` a space, above ``cell`` a new cell."""

    word: float
    cell: float
    row_overlap: float = 0.5  # centres closer than this × the smaller height share a row


@dataclass
class _Row:
    top: float
    cells: list[str]
    boxes: list[Box]
    ruled: bool
    number: int = 0
    x0: float = field(init=False)
    x1: float = field(init=False)
    bottom: float = field(init=False)
    height: float = field(init=False)

    def __post_init__(self) -> None:
        self.x0 = min((box.x0 for box in self.boxes), default=0.0)
        self.x1 = max((box.x1 for box in self.boxes), default=0.0)
        self.bottom = max((box.bottom for box in self.boxes), default=self.top)
        self.height = statistics.median(box.height for box in self.boxes) if self.boxes else 0


def page_lines(
    boxes: Sequence[Box], grids: Sequence[Grid], spacing: Spacing, page: int
) -> list[SourceLine]:
    """The page's lines in reading order, numbered by visual row from 1."""
    free = [box for box in boxes if box.text.strip()]
    rows: list[_Row] = []
    for grid in grids:
        for slots in grid.rows:
            row, free = _ruled_row(grid.columns, slots, free, spacing)
            if row is not None:
                rows.append(row)
    rows.extend(
        _Row(
            top=min(box.top for box in group),
            cells=_split_cells(group, spacing),
            boxes=group,
            ruled=False,
        )
        for group in group_rows(free, spacing)
    )
    rows.sort(key=lambda row: row.top)
    for number, row in enumerate(rows, start=1):
        row.number = number
    return [_source_line(row, page) for row in _reflow(rows)]


def group_rows(boxes: Iterable[Box], spacing: Spacing) -> list[list[Box]]:
    """Boxes grouped into visual rows (by vertical centre), each row sorted left to right."""
    rows: list[list[Box]] = []
    middles: list[float] = []
    for box in sorted(boxes, key=lambda b: (b.middle, b.x0)):
        if rows:
            height = min(box.height, statistics.median(b.height for b in rows[-1]))
            if abs(box.middle - middles[-1]) <= spacing.row_overlap * height:
                rows[-1].append(box)
                middles[-1] = statistics.fmean(b.middle for b in rows[-1])
                continue
        rows.append([box])
        middles.append(box.middle)
    return [sorted(row, key=lambda b: b.x0) for row in rows]


def _ruled_row(
    columns: Sequence[float], slots: Sequence[Rect | None], free: list[Box], spacing: Spacing
) -> tuple[_Row | None, list[Box]]:
    free = _split_straddling(free, [rect for rect in slots if rect is not None])
    cells: list[str] = []
    taken: list[Box] = []
    left: Rect | None = None
    for column, rect in zip(columns, slots, strict=True):
        if rect is None:
            # Covered from the left (a merged header): no phantom column. From above: empty.
            if left is None or left[2] <= column + 1:
                cells.append("")
            continue
        left = rect
        inside = [box for box in free if box.centre_in(rect)]
        taken.extend(inside)
        cells.append(_cell_text(inside, spacing))
    if not taken:
        return None, free
    taken_ids = {id(box) for box in taken}
    remaining = [box for box in free if id(box) not in taken_ids]
    top = min(rect[1] for rect in slots if rect is not None)
    return _Row(top=top, cells=cells, boxes=taken, ruled=True), remaining


def _split_straddling(boxes: list[Box], rects: Sequence[Rect]) -> list[Box]:
    """Cut boxes that run over a cell border of this row into one piece per cell.

    OCR sometimes reads two neighbouring cells as one box when their texts nearly touch
    the ruling line between them; the box's text is then shared out by character widths
    (a Chinese character is one em wide, a digit or Latin letter about half of one).
    """
    top = min(rect[1] for rect in rects)
    bottom = min(rect[3] for rect in rects)
    out: list[Box] = []
    for box in boxes:
        covered = [rect for rect in rects if _overlap(box, rect) > 0.5 * box.height]
        if top <= box.middle < bottom and len(covered) > 1:
            out.extend(_cut(box, sorted(covered)))
        else:
            out.append(box)
    return out


def _overlap(box: Box, rect: Rect) -> float:
    return min(box.x1, rect[2]) - max(box.x0, rect[0])


def _cut(box: Box, rects: Sequence[Rect]) -> list[Box]:
    widths = [1.0 if unicodedata.east_asian_width(char) in "WF" else 0.55 for char in box.text]
    scale = (box.x1 - box.x0) / (sum(widths) or 1.0)
    pieces: list[Box] = []
    start, x = 0, box.x0
    for index, rect in enumerate(rects):
        end = start
        last = index == len(rects) - 1
        while end < len(widths) and (last or x + widths[end] * scale / 2 < rect[2]):
            x += widths[end] * scale
            end += 1
        if end > start:
            x0 = max(box.x0, rect[0])
            pieces.append(
                Box(box.text[start:end], x0, box.top, min(x, rect[2]), box.bottom, box.score)
            )
        start = end
    return pieces


def _cell_text(boxes: Sequence[Box], spacing: Spacing) -> str:
    # A cell's wrapped lines are joined without a separator: the text is Chinese, and a
    # line break inside a cell is layout, not content.
    return "".join(_join_words(line, spacing) for line in group_rows(boxes, spacing))


def _join_words(line: Sequence[Box], spacing: Spacing) -> str:
    text = line[0].text.strip()
    for previous, box in itertools.pairwise(line):
        spaced = box.x0 - previous.x1 > spacing.word * min(box.height, previous.height)
        text += (" " if spaced else "") + box.text.strip()
    return text


def _split_cells(row: Sequence[Box], spacing: Spacing) -> list[str]:
    height = statistics.median(box.height for box in row)
    cells: list[list[Box]] = [[row[0]]]
    for previous, box in itertools.pairwise(row):
        if box.x0 - previous.x1 > spacing.cell * height:
            cells.append([box])
        else:
            cells[-1].append(box)
    return [_join_words(cell, spacing) for cell in cells]


def _reflow(rows: Sequence[_Row]) -> list[_Row]:
    """Rejoin prose wrapped over several rows (single-cell rows outside ruled tables)."""
    prose = [row for row in rows if not row.ruled and len(row.cells) == 1]
    if not prose:
        return list(rows)
    # The right edge of the page's text: tables usually reach it, a lone title does not.
    right = max(row.x1 for row in rows)
    out: list[_Row] = []
    for row in rows:
        previous = out[-1] if out else None
        if previous is not None and _continues(previous, row, right):
            previous.cells = [previous.cells[0] + row.cells[0]]
            previous.boxes = previous.boxes + row.boxes
            previous.x1, previous.bottom, previous.x0 = row.x1, row.bottom, min(previous.x0, row.x0)
            continue
        out.append(row)
    return out


def _continues(previous: _Row, row: _Row, right: float) -> bool:
    if previous.ruled or row.ruled or len(previous.cells) != 1 or len(row.cells) != 1:
        return False
    size = max(previous.height, row.height)
    return (
        previous.x1 >= right - 1.5 * size  # the line before is full: it wrapped
        and row.top - previous.bottom < 0.8 * size  # no paragraph gap
        and row.x0 <= previous.x0 + 0.5 * size  # not an indented new paragraph
        and abs(row.height - previous.height) <= 0.35 * size  # same font size
    )


def _source_line(row: _Row, page: int) -> SourceLine:
    cells = list(row.cells)
    # A ruled row keeps its empty last cells: they hold the columns in place (a blank 备注,
    # a "—" that OCR does not see), as the tabs of OCR text copies do.
    while cells and not cells[-1] and not row.ruled:
        cells.pop()
    scores = [box.score for box in row.boxes if box.score is not None]
    return SourceLine(
        number=row.number,
        text="\t".join(cells),
        cells=tuple(cells),
        page=page,
        confidence=min(scores) if scores else None,
    )
