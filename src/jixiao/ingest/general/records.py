"""Forms written as ``key | value`` lines, one record per indicator.

Some forms (and their exports) print the indicator table turned on its side: each indicator
is a run of lines ``三级指标 | 名称``, ``指标值 | ≥95%``, ``指标值确定依据 | 计划标准``, with the
一级/二级 lines opening a record where they change. The keys are the table's header words,
so the records are the table's rows: :func:`records_as_rows` rewrites such a run as a header
row of its keys and one row per record, each value placed under its key (the cells keep
their own lines, so provenance still points at the value as printed).

A record's fields may stand on one line, parted by ``/`` or ``;`` after a bullet
(``· 一级指标:产出指标 / 二级指标:数量指标 / 三级指标:… / 指标值:≥95%``): each field is the
record's as on a line of its own, when every key on the line is a header word (a project's
``主管部门:… 实施单位:…`` is none). An outline's numbered headings among the records
(``(一)产出指标``, ``1.数量指标``) set the levels of the records under them.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from jixiao.ingest.cells import category_label, label_key, subcategory_label
from jixiao.ingest.general.kinds import Kind
from jixiao.ingest.general.stream import Cell
from jixiao.ingest.general.vocabulary import Role, header_role

# keys that open a record: a new name, or a label that changes above it
_OPENERS: Final = frozenset({Role.CATEGORY, Role.SUBCATEGORY, Role.NAME})
_MIN_RECORDS: Final = 2
_LEVELS: Final = (Role.CATEGORY, Role.SUBCATEGORY)
_LEVEL_WORDS: Final = {Role.CATEGORY: "一级指标", Role.SUBCATEGORY: "二级指标"}

Pair = tuple[Cell, Cell]


def _split(cell: Cell, text: str) -> Pair | None:
    key, colon, value = text.partition(":")
    if not colon or not key.strip() or not value.strip():
        return None
    return replace(cell, text=key.strip()), replace(cell, text=value.strip())


def _pair(row: Sequence[Cell]) -> Pair | None:
    """A key and its value: two cells, or one written ``key:value`` (a card per indicator)."""
    if len(row) == _PAIR:
        return row[0], row[1]
    if len(row) == 1:
        return _split(row[0], row[0].text)
    return None


_PAIR: Final = 2
# the separators between a line's fields (``一级指标:产出指标 / 二级指标:…;指标值:…``)
_FIELD_SEPARATOR_RE: Final = re.compile(r"\s*;\s*")


def _role(pair: Pair) -> Role | None:
    return header_role(label_key(pair[0].text))


def _pairs(row: Sequence[Cell]) -> list[Pair]:
    """A row's key-value pairs: one, or several fields on one line, each ``key:value`` and
    each key a header word, the separators (``/``, ``;``) and a bullet between them left out."""
    pair = _pair(row)
    if pair is not None and _role(pair) is not None:
        return [pair]
    if sum(cell.text.count(":") for cell in row) < _PAIR:
        return [pair] if pair is not None else []  # one field or none: most rows of a text
    parts = [_split(row[0], part) for part in _fields(row)]
    found = [part for part in parts if part is not None]
    if len(found) >= _PAIR and len(found) == len(parts) and all(map(_role, found)):
        return found
    return [pair] if pair is not None else []


def _fields(row: Sequence[Cell]) -> list[str]:
    """The line's texts between its separators: a separator cell (``/``) or a ``;``."""
    segments: list[str] = [""]
    for cell in row:
        if cell.kind is Kind.PLACEHOLDER:
            segments.append("")
        else:
            segments[-1] += cell.text
    texts = [part for segment in segments for part in _FIELD_SEPARATOR_RE.split(segment)]
    return [_BULLET_RE.sub("", text) for text in texts if text.strip()]


# a list's bullet before a line of fields
_BULLET_RE: Final = re.compile(r"^\s*[●·•◆▪■]\s*")


def _pair_role(row: Sequence[Cell]) -> Role | None:
    pairs = _pairs(row)
    return _role(pairs[0]) if pairs else None


def _between(row: Sequence[Cell]) -> bool:
    """A rule between cards (``——————``): no break in the run."""
    return all(cell.kind is Kind.PLACEHOLDER for cell in row)


# an outline's numbering before a level's label: (一) 一、 1. 1、 (1)
_NUMBERING_RE: Final = re.compile(
    r"\s*(?:[(][一二三四五六七八九十\d]{1,3}[)]|[一二三四五六七八九十\d]{1,3}[.、])\s*"
)


def _heading(row: Sequence[Cell]) -> Cell | None:
    """A line holding only a numbered 一级 or 二级 label (``(一)产出指标``, ``1.数量指标``),
    as the label's cell."""
    if len(row) != 1 or _NUMBERING_RE.match(row[0].text) is None:
        return None
    label = _NUMBERING_RE.sub("", row[0].text, count=1).strip()
    if category_label(label) is None and subcategory_label(label) is None:
        return None
    return replace(row[0], text=label)


def _rows(cells: Sequence[Cell]) -> list[list[Cell]]:
    return [list(row) for _, row in itertools.groupby(cells, key=lambda cell: cell.row)]


def _run(rows: list[list[Cell]]) -> tuple[int, int] | None:
    """The first run of key-value rows that opens with an indicator key, with the outline's
    headings above and among its records."""
    start = next((i for i, row in enumerate(rows) if _pair_role(row) in _OPENERS), None)
    if start is None:
        return None
    while start > 0 and _heading(rows[start - 1]) is not None:
        start -= 1
    end = start
    while end < len(rows) and (
        _pair_role(rows[end]) is not None or _between(rows[end]) or _heading(rows[end])
    ):
        end += 1
    while end > start and _heading(rows[end - 1]) is not None:
        end -= 1  # headings after the last record open none
    names = sum(1 for row in rows[start:end] for pair in _pairs(row) if _role(pair) is Role.NAME)
    return (start, end) if names >= _MIN_RECORDS else None


class _Outline:
    """The levels the outline's headings set, for the records under them."""

    def __init__(self) -> None:
        self.levels: dict[Role, Cell] = {}

    def heading(self, cell: Cell) -> None:
        upper = self.levels.get(Role.CATEGORY)
        category = category_label(upper.text) if upper is not None else None
        # 成本指标 under 产出指标 is its 二级; a 一级 label anywhere else opens a new 一级
        if category is not None and subcategory_label(cell.text, category) is not None:
            self.levels[Role.SUBCATEGORY] = cell
        elif category_label(cell.text) is not None:
            self.levels = {Role.CATEGORY: cell}
        else:
            self.levels[Role.SUBCATEGORY] = cell


def _records(
    run: Sequence[Sequence[Cell]],
) -> tuple[dict[Role, Cell], list[dict[Role, Cell]], set[int]]:
    """The run's keys, once each, and its records: a record opens where a key repeats or
    an opener follows a name; the outline's levels fill what a record does not state."""
    keys: dict[Role, Cell] = {}
    records: list[dict[Role, Cell]] = []
    outline = _Outline()
    given: set[int] = set()  # the cells a heading gave: a record's own field replaces them
    for row in run:
        if (heading := _heading(row)) is not None and not _pairs(row):
            outline.heading(heading)
            continue
        for key, value in _pairs(row):
            role = _role((key, value))
            assert role is not None  # the run holds key rows only
            keys.setdefault(role, key)
            opens = role in _OPENERS and records and Role.NAME in records[-1]
            own = records and role in records[-1] and id(records[-1][role]) not in given
            if not records or opens or own:
                records.append(dict(outline.levels))
                given.update(id(cell) for cell in outline.levels.values())
            records[-1][role] = value
    for level in _LEVELS:
        if any(level in record for record in records) and level not in keys:
            # the outline's levels get the header word of their column
            first = next(record[level] for record in records if level in record)
            keys[level] = replace(first, text=_LEVEL_WORDS[level])
    return keys, records, given


def records_as_rows(cells: list[Cell]) -> list[Cell]:
    """The cells with a run of key-value records rewritten as a table; unchanged without."""
    rows = _rows(cells)
    found = _run(rows)
    if found is None:
        return cells
    start, end = found
    run = rows[start:end]
    keys, records, given = _records(run)
    order = sorted(keys, key=lambda role: _LEVELS.index(role) if role in _LEVELS else len(_LEVELS))
    width = len(order)
    header = [
        replace(keys[role], row=run[0][0].row, column=place, width=width)
        for place, role in enumerate(order)
    ]
    body = [
        replace(record[role], row=_first_row(record, given), column=place, width=width)
        for record in records
        for place, role in enumerate(order)
        if role in record
    ]
    before = [cell for row in rows[:start] for cell in row]
    after = [cell for row in rows[end:] for cell in row]
    return before + header + body + after


def _first_row(record: dict[Role, Cell], given: set[int]) -> int:
    """The row of a record's first own field (a heading's level stands rows above it)."""
    own = [cell.row for cell in record.values() if id(cell) not in given]
    return min(own or [cell.row for cell in record.values()])
