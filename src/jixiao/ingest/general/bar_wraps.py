"""A bar table's value wrapped inside its cell onto the next line, its row joined back.

A Word table converted to text by antiword (or any converter that draws cells with bars
and no rules between rows) breaks a long cell's text over lines inside its column: the
name ``医疗救助资金结算`` / ``时限`` and, on the same lines, its value ``≤20个工作`` / ``日``.
The next line then holds the ends of the row's cells, bar-separated like a row of its own.
A name's end alone is joined by the table reader; a value cut in two reads as a name above
(``≤20个工作``) and a unit below (``日``), and the row is lost.
:func:`join_bar_wraps` joins such a line onto the line above, column by column, where
one of its cells completes the value above it (neither piece a value, the two together
one, or the cell above cut after a list's 、, or a bound's 内 pushed under its figure) and
every cell it holds stands under a cell of the line above. A form's field label
wraps the same way in its record (``资金总额（万`` / ``元）`` beside ``9,645.00``): a line
holding only the first cell's end is joined where the two make a label the first alone is
not.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from jixiao.ingest.cells import label_key
from jixiao.ingest.general.kinds import EVENT_END_RE, TARGET_KINDS, kind_of
from jixiao.ingest.general.vocabulary import field_of
from jixiao.ingest.source import SourceLine

_BARS: Final = ("|", "｜")


def _barred(line: SourceLine) -> bool:
    return line.text.lstrip().startswith(_BARS) and bool(line.cells)


def _completes_value(above: str, below: str) -> bool:
    """Whether ``below`` is the wrapped end of the value ``above``: neither a value alone,
    the two one value (``≤20个工作`` / ``日``, ``≥600元/人·`` / ``年``)."""
    if not above or not below:
        return False
    if above.endswith(_LIST_MARKS) or _bound_after(above, below):
        return True
    if EVENT_END_RE.fullmatch(above) and kind_of(above + below) in TARGET_KINDS:
        return True  # ``收到上级资金后`` / ``20日内``: a limit under the event it counts from
    if kind_of(above) in TARGET_KINDS or kind_of(below) in TARGET_KINDS:
        return False
    return kind_of(above + below) in TARGET_KINDS


# a cell cut after a list's mark goes on below (``收支平衡、`` / ``略有结余``): no cell of a
# form ends with one
_LIST_MARKS: Final = ("、", "，", ",")
# a bound's word a narrow column pushes under its figure (``15个工作日`` / ``内``)
_BOUND_WORDS: Final = frozenset({"内", "以内", "之内", "以上", "以下", "及以上", "前", "之前"})


def _bound_after(above: str, below: str) -> bool:
    """Whether ``below`` is the bound's word of the value ``above``."""
    return below in _BOUND_WORDS and kind_of(above) in TARGET_KINDS


def _continues(above: Sequence[str], below: Sequence[str]) -> bool:
    """Whether a line's cells are the wrapped ends of the row above: each stands under a
    cell of that row, and one completes its value."""
    if len(below) > len(above) or not below or below[0].strip():
        return False  # a label of its own in the first column starts a row
    pairs = [(up.strip(), down.strip()) for up, down in zip(above, below, strict=False)]
    if any(down and not up for up, down in pairs):
        return False
    return any(_completes_value(up, down) for up, down in pairs)


def _ends_label(above: Sequence[str], below: Sequence[str]) -> bool:
    """Whether a line holds only the wrapped end of the field label above it (``资金总额（万``
    / ``元）``): the two a label, the first alone none."""
    if len(below) != 1 or not above or not below[0].strip() or not above[0].strip():
        return False
    if field_of(label_key(above[0])) is not None:
        return False
    return field_of(label_key(above[0].strip() + below[0].strip())) is not None


def _joined(above: SourceLine, below: SourceLine) -> SourceLine:
    ends = [*below.cells, *([""] * (len(above.cells) - len(below.cells)))]
    cells = tuple(up.strip() + down.strip() for up, down in zip(above.cells, ends, strict=True))
    return replace(above, text="|" + "|".join(cells) + "|", cells=cells)


def join_bar_wraps(lines: Sequence[SourceLine]) -> list[SourceLine] | None:
    """The lines with each bar row's wrapped ends joined onto it (see the module's
    docstring), the lines they stood on left empty (their numbers kept); None when no
    line is such an end."""
    out = list(lines)
    changed = False
    for index in range(1, len(out)):
        above, below = out[index - 1], out[index]
        if not _barred(below) or not _barred(above) or len(above.cells) < 2:
            continue
        if not _continues(above.cells, below.cells) and not _ends_label(above.cells, below.cells):
            continue
        out[index - 1] = _joined(above, below)
        out[index] = replace(below, text="", cells=())
        changed = True
    return out if changed else None


# A web table copied one cell a line, each cell ending its line with a bar (``犯罪率 |``, an
# empty cell a bare ``|``: corpus p16, 四川 hold-outs): a cell wrapped inside it leaves its
# first lines with no bar (``社区矫正对象再`` / ``犯罪率 |``). Enough such lines to say the
# text is that capture; the first lines joined to the cell they begin.
_CELL_LINES_MIN: Final = 20


def _cell_line(line: SourceLine) -> bool:
    """A line holding one cell (or none) and ending with its bar."""
    return line.text.rstrip().endswith(_BARS) and len(line.cells) <= 1


def _open_line(line: SourceLine) -> bool:
    """A line of words with no bar at all: a cell's first lines, where the text is bar cells."""
    text = line.text.strip()
    return bool(text) and not any(bar in text for bar in _BARS)


def _bar_cell_text(lines: Sequence[SourceLine]) -> bool:
    filled = [line for line in lines if line.text.strip()]
    cells = sum(1 for line in filled if _cell_line(line))
    return cells >= _CELL_LINES_MIN and cells * 2 >= len(filled)


def join_bar_cell_lines(lines: Sequence[SourceLine]) -> list[SourceLine] | None:
    """The lines with each bar cell's first lines joined to the line that ends it (see
    above), on the first line's number, the lines after it dropped (a blank line is an
    empty cell where a table comes one cell a line); None where the text is no bar cells,
    or no cell is wrapped. Only between two bar cells: a title or a page's words before
    the table end no cell."""
    if not _bar_cell_text(lines):
        return None
    out = list(lines)
    dropped: set[int] = set()
    index = 1
    while index < len(out):
        end = index
        while end < len(out) and _open_line(out[end]):
            end += 1
        opened = end > index and end < len(out) and _cell_line(out[index - 1])
        if opened and _cell_line(out[end]) and out[end].cells and out[end].cells[0]:
            text = "".join(line.text.strip() for line in out[index:end]) + out[end].cells[0]
            first = out[index].number
            out[index] = replace(out[end], number=first, text=f"{text} |", cells=(text,))
            dropped.update(range(index + 1, end + 1))
        index = end + 1 if end > index else index + 1
    return [line for at, line in enumerate(out) if at not in dropped] if dropped else None
