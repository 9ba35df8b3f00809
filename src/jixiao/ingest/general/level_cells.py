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

A space-aligned table (its row one cell of text) is cut at its runs of spaces for this, and a
level cell whose name follows it after one space or none (``效益-社会效益 突发事件``,
``效益-可持续影响环境监管能力``) gives the name its own cell. Page furniture between rows (a
page number, a running title: a short line of one cell, no sentence) does not end the table.

A score table may print each row's whole path in one cell under a header of no role
(``评价指标路径``): ``产出/产出数量/完成改造户数``, the 一级, 二级 and 三级 parted by slashes.
:func:`split_path_columns` cuts that column into the three, the header into 一级指标 | 二级指标
| 三级指标, when every cell under it is such a path (a total's row aside) and one path at
least opens with a 一级 label the genre knows (产出, 效益).
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
_GAP_RE: Final = re.compile(r"\s{2,}|\t")
# an explicit separator after a 一级 label, the 二级 label and maybe the name after it
_JOINED_RE: Final = re.compile(r"(?P<first>[\u4e00-\u9fff]{2,7})\s*[/／－—\-]\s*(?P<tail>\S.*)")
_PATH_RE: Final = re.compile(r"[^/／>＞→\d]{2,14}(?:\s*[/／>＞→]\s*[^/／>＞→]{2,40}){2}")
# a path's first two levels and its separators, looked for in the text before any cell
_PATH_HINT_RE: Final = re.compile(
    r"[\u4e00-\u9fff]\s*[/／>＞→]\s*[\u4e00-\u9fff]{2,14}\s*[/／>＞→]"
)
_PATH_SPLIT_RE: Final = re.compile(r"\s*[/／>＞→]\s*")
_PATH_WORDS: Final = ("一级指标", "二级指标", "三级指标")
_TOTAL_RE: Final = re.compile(r"合\s*计|总\s*计|总\s*分")
_FURNITURE_MAX: Final = 30  # a page number or running title is short
_SENTENCE_RE: Final = re.compile(r"[。；;:：，,]")


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


def split_level_front(text: str) -> tuple[str, str, str] | None:
    """A cell's 一级 and 二级 labels and the name run on after them (empty when none), as
    :func:`split_levels` reads them or joined by a separator with the name after."""
    match = _JOINED_RE.fullmatch(text.strip())
    category = category_from_label(match["first"]) if match is not None else None
    if match is not None and category is not None:
        tail = match["tail"]
        head, _, rest = tail.partition(" ")
        if (
            rest.strip()
            and kind_of(head) is Kind.SUBCATEGORY
            and kind_of(rest.strip()) is Kind.NAME
        ):
            return match["first"], head, rest.strip()
        for end in range(min(len(tail), _LABEL_MAX), 1, -1):
            rest = tail[end:].strip()
            if kind_of(tail[:end]) is Kind.SUBCATEGORY and (not rest or kind_of(rest) is Kind.NAME):
                return match["first"], tail[:end], rest
    levels = split_levels(text)
    return (*levels, "") if levels is not None else None


def _cells(line: SourceLine) -> tuple[str, ...]:
    """The line's cells; a space-aligned row's (one cell of text) cut at its runs of spaces."""
    if len(line.cells) != 1 or _GAP_RE.search(line.cells[0].strip()) is None:
        return line.cells
    return tuple(_GAP_RE.split(line.cells[0].strip()))


def _ends_table(line: SourceLine) -> bool:
    """A line of prose (text in fewer than two cells) ends the table; blank lines do not."""
    return len(_cells(line)) < _ROW_CELLS and bool(line.text.strip())


def _is_furniture(line: SourceLine) -> bool:
    """A page number or a running title between a table's rows: short, no sentence."""
    text = line.text.strip()
    return len(text) <= _FURNITURE_MAX and _SENTENCE_RE.search(text) is None


def _is_header(line: SourceLine) -> bool:
    return sum(kind_of(cell) is Kind.HEADER for cell in _cells(line)) >= _ROW_CELLS


def _body(lines: Sequence[SourceLine], start: int, places: list[int]) -> int:
    """The index after the last row of the table whose header is the line before ``start``;
    page furniture is passed over when a row of two levels follows it."""
    end = start
    while end < len(lines) and not _is_header(lines[end]):
        if _ends_table(lines[end]):
            after = end
            while after < len(lines) and (
                not lines[after].text.strip()
                or (_ends_table(lines[after]) and _is_furniture(lines[after]))
            ):
                after += 1
            if after == end or not _opens_levels(lines, after, places):
                break
            end = after
        end += 1
    return end


def _candidates(header: SourceLine) -> list[int]:
    """The places of the header's cells that may head both levels: before the names, named
    by no value role, in a header of no 二级 column of its own."""
    cells = _cells(header)
    roles = [header_role(label_key(cell)) if cell.strip() else None for cell in cells]
    if Role.NAME not in roles or Role.SUBCATEGORY in roles:
        return []
    names = roles.index(Role.NAME)
    return [
        place for place in range(names) if cells[place].strip() and roles[place] in _LEVELS_HEADER
    ]


def _opens_levels(lines: Sequence[SourceLine], start: int, places: list[int]) -> bool:
    """Whether the first row from ``start`` holds two levels in one of the places."""
    row = next((_cells(line) for line in lines[start:] if len(_cells(line)) >= _ROW_CELLS), None)
    if row is None:
        return False
    return any(
        (levels := split_level_front(row[place])) is not None and bool(levels[1])
        for place in places
        if place < len(row)
    )


def _levels_column(places: list[int], rows: Sequence[SourceLine]) -> int | None:
    """The place of the header's column of both levels, when the rows prove it one."""
    table = [_cells(row) for row in rows if len(_cells(row)) >= _ROW_CELLS]
    for place in places:
        labels = [cells[place] for cells in table if len(cells) > place and cells[place].strip()]
        split = [split_level_front(label) for label in labels]
        pairs = [levels for levels in split if levels is not None and levels[1]]
        if len(pairs) >= _MIN_ROWS and all(levels is not None for levels in split):
            return place
    return None


def _widened(line: SourceLine, place: int, words: tuple[str, str] | None) -> SourceLine:
    """The line with its cell at ``place`` cut in two (the header's into the level words),
    three when the name ran on after the levels."""
    found = _cells(line)
    if len(found) <= place:
        return line
    cell = found[place]
    levels = (*words, "") if words is not None else (split_level_front(cell) or ("", "", ""))
    first, second, name = levels
    cells = (*found[:place], first, second, *((name,) if name else ()), *found[place + 1 :])
    piped = line.text.lstrip().startswith("|")
    text = "| " + " | ".join(cells) + " |" if piped else "\t".join(cells)
    return replace(line, text=text, cells=cells)


def split_level_columns(lines: Sequence[SourceLine]) -> list[SourceLine] | None:
    """The lines with every column of both levels (see the module's docstring) cut in two,
    from its header to the table's end; None when there is none."""
    out = list(lines)
    changed = False
    for index, line in enumerate(lines):
        if ("名称" not in line.text and "指标" not in line.text) or len(_cells(line)) < _MIN_CELLS:
            continue  # most lines are no header: one look at the text, no cell's words
        places = _candidates(line)
        if not places or not _opens_levels(lines, index + 1, places):
            continue  # the body is looked at only under a header that may head both levels
        end = _body(lines, index + 1, places)
        place = _levels_column(places, lines[index + 1 : end])
        if place is None:
            continue
        out[index] = _widened(line, place, _LEVEL_WORDS)
        for row in range(index + 1, end):
            if len(_cells(lines[row])) >= _ROW_CELLS:
                out[row] = _widened(lines[row], place, None)
        changed = True
    return out if changed else None


def _path_parts(cell: str) -> list[str] | None:
    """The three levels of a path cell (``过程/资金管理/资金到位率``), or None."""
    text = cell.strip()
    if _PATH_RE.fullmatch(text) is None:
        return None
    return _PATH_SPLIT_RE.split(text)


def _path_column(header: SourceLine, rows: Sequence[SourceLine]) -> int | None:
    """The place of a header's column of whole paths, when every row's cell there is one."""
    cells = _cells(header)
    roles = [header_role(label_key(cell)) if cell.strip() else None for cell in cells]
    if Role.CATEGORY in roles or Role.SUBCATEGORY in roles or any(map(_path_parts, cells)):
        return None  # a header of its own 一级 column, or a row of paths
    table = [_cells(row) for row in rows if len(_cells(row)) >= _ROW_CELLS]
    for place, role in enumerate(roles):
        if role is not None or not cells[place].strip():
            continue
        labels = [row[place] for row in table if len(row) > place and row[place].strip()]
        paths = [_path_parts(label) for label in labels]
        known = any(path is not None and category_from_label(path[0]) for path in paths)
        rest = [label for label, path in zip(labels, paths, strict=True) if path is None]
        if known and len(labels) - len(rest) >= _MIN_ROWS and all(map(_TOTAL_RE.match, rest)):
            return place
    return None


def _path_widened(line: SourceLine, place: int, words: tuple[str, ...] | None) -> SourceLine:
    """The line with its path cell at ``place`` cut in three (the header's into the words)."""
    found = _cells(line)
    if len(found) <= place:
        return line
    parts = words or _path_parts(found[place]) or (found[place], "", "")
    cells = (*found[:place], *parts, *found[place + 1 :])
    piped = line.text.lstrip().startswith("|")
    text = "| " + " | ".join(cells) + " |" if piped else "\t".join(cells)
    return replace(line, text=text, cells=tuple(cells))


def split_path_columns(lines: Sequence[SourceLine]) -> list[SourceLine] | None:
    """The lines with every column of whole paths (see the module's docstring) cut in
    three, from its header to the table's end; None when there is none."""
    if not any(_PATH_HINT_RE.search(line.text) for line in lines):
        return None  # most documents: no path at all, no header looked for
    out = list(lines)
    changed = False
    for index, line in enumerate(lines):
        if "指标" not in line.text or len(_cells(line)) < _MIN_CELLS or not _is_header(line):
            continue  # most lines are no header: one look at the text
        following = next(
            (_cells(row) for row in lines[index + 1 : index + 3] if row.text.strip()), ()
        )
        if not any(_path_parts(cell) for cell in following):
            continue  # the body is looked at only when the row under the header holds a path
        end = _body(lines, index + 1, [])
        place = _path_column(line, lines[index + 1 : end])
        if place is None:
            continue
        out[index] = _path_widened(line, place, _PATH_WORDS)
        for row in range(index + 1, end):
            if len(_cells(lines[row])) >= _ROW_CELLS:
                out[row] = _path_widened(lines[row], place, None)
        changed = True
    return out if changed else None
