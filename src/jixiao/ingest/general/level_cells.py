"""The 一级 and 二级 labels printed in one column, each row's cell split into its two levels.

Some forms save a column by naming both levels in one cell: ``产出指标/数量指标`` (or
``产出指标－质量指标``, ``效益指标 社会效益指标``) under a header ``指标类别`` or ``一级/二级指标``
beside the table's 指标名称. Read as one cell, the 二级 label is lost (the category's stem is
found in it, the subcategory's is not asked). :func:`split_level_columns` cuts such a column
into the two it stands for, the header into 一级指标 | 二级指标, so every row is read by its
cells' places.

A column is cut only when it stands before the names (a header cell of no value role, on a
line naming the names) and every label under it down to the table's end reads as a 一级
label, one separator, and a 二级 label (a bare 一级 label, its 二级 cell merged, stays
whole on the first side); one cell of anything else (a name, three levels run together, a
figure) leaves the column whole.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from jixiao.domain.framework import category_from_label, subcategory_from_label
from jixiao.ingest.cells import label_key, squashed
from jixiao.ingest.general.kinds import Kind, kind_of
from jixiao.ingest.general.vocabulary import Role, header_role
from jixiao.ingest.source import SourceLine

_MIN_CELLS: Final = 3
_MIN_ROWS: Final = 2
_ROW_CELLS: Final = 2  # a table row has two cells or more; a header two header words
# one separator between the two labels: a slash, a dash, a middle dot, or a space
_SEPARATOR_RE: Final = re.compile(r"\s*[/／－—\-·]\s*|\s+")
_LABEL_MAX: Final = 14  # a level's label is a few glyphs; a name or a reason longer
# a header cell the levels' column may carry: none the vocabulary knows, or the 一级 one
_LEVELS_HEADER: Final = frozenset({None, Role.CATEGORY})
_LEVEL_WORDS: Final = ("一级指标", "二级指标")


def split_levels(text: str) -> tuple[str, str] | None:
    """A cell's 一级 and 二级 labels, or None when it is not the two labels one separator
    apart (a bare 一级 label comes back with an empty 二级)."""
    cell = text.strip()
    if not cell or len(cell) > 2 * _LABEL_MAX:
        return None
    parts = [part for part in _SEPARATOR_RE.split(cell) if part]
    if len(parts) == 1:
        first = squashed(cell)
        single = category_from_label(first) is not None and first.endswith(("指标", "度"))
        return (first, "") if single else None
    if len(parts) != len(_LEVEL_WORDS):
        return None
    first, second = parts
    category = category_from_label(first)
    if category is None or subcategory_from_label(second, category) is None:
        return None
    return first, second


def _ends_table(line: SourceLine) -> bool:
    """A line of prose (text in fewer than two cells) ends the table; blank lines do not."""
    return len(line.cells) < _ROW_CELLS and bool(line.text.strip())


def _is_header(line: SourceLine) -> bool:
    return sum(kind_of(cell) is Kind.HEADER for cell in line.cells) >= _ROW_CELLS


def _body(lines: Sequence[SourceLine], start: int) -> int:
    """The index after the last row of the table whose header is the line before ``start``."""
    end = start
    while end < len(lines) and not _ends_table(lines[end]) and not _is_header(lines[end]):
        end += 1
    return end


def _candidates(header: SourceLine) -> list[int]:
    """The places of the header's cells that may head both levels: before the names, named
    by no value role, in a header of no 二级 column of its own."""
    roles = [header_role(label_key(cell)) if cell.strip() else None for cell in header.cells]
    if Role.NAME not in roles or Role.SUBCATEGORY in roles:
        return []
    names = roles.index(Role.NAME)
    return [
        place
        for place in range(names)
        if header.cells[place].strip() and roles[place] in _LEVELS_HEADER
    ]


def _opens_levels(lines: Sequence[SourceLine], start: int, places: list[int]) -> bool:
    """Whether the first row under the header holds two levels in one of the places."""
    row = next((line for line in lines[start:] if len(line.cells) >= _ROW_CELLS), None)
    if row is None:
        return False
    return any(
        (levels := split_levels(row.cells[place])) is not None and bool(levels[1])
        for place in places
        if place < len(row.cells)
    )


def _levels_column(places: list[int], rows: Sequence[SourceLine]) -> int | None:
    """The place of the header's column of both levels, when the rows prove it one."""
    for place in places:
        cells = [row.cells[place] for row in rows if len(row.cells) > place]
        labels = [cell for cell in cells if cell.strip()]
        split = [split_levels(label) for label in labels]
        pairs = [levels for levels in split if levels is not None and levels[1]]
        if len(pairs) >= _MIN_ROWS and all(levels is not None for levels in split):
            return place
    return None


def _widened(line: SourceLine, place: int, words: tuple[str, str] | None) -> SourceLine:
    """The line with its cell at ``place`` cut in two (the header's into the level words)."""
    if len(line.cells) <= place:
        return line
    cell = line.cells[place]
    first, second = words if words is not None else (split_levels(cell) or ("", ""))
    cells = (*line.cells[:place], first, second, *line.cells[place + 1 :])
    piped = line.text.lstrip().startswith("|")
    text = "| " + " | ".join(cells) + " |" if piped else "\t".join(cells)
    return replace(line, text=text, cells=cells)


def split_level_columns(lines: Sequence[SourceLine]) -> list[SourceLine] | None:
    """The lines with every column of both levels (see the module's docstring) cut in two,
    from its header to the table's end; None when there is none."""
    out = list(lines)
    changed = False
    for index, line in enumerate(lines):
        if len(line.cells) < _MIN_CELLS or ("名称" not in line.text and "指标" not in line.text):
            continue  # most lines are no header: one look at the text, no cell's words
        places = _candidates(line)
        if not places or not _opens_levels(lines, index + 1, places):
            continue  # the body is looked at only under a header that may head both levels
        end = _body(lines, index + 1)
        place = _levels_column(places, lines[index + 1 : end])
        if place is None:
            continue
        out[index] = _widened(line, place, _LEVEL_WORDS)
        for row in range(index + 1, end):
            if len(lines[row].cells) >= _ROW_CELLS:
                out[row] = _widened(lines[row], place, None)
        changed = True
    return out if changed else None
