"""Forms written as ``key | value`` lines, one record per indicator.

Some forms (and their exports) print the indicator table turned on its side: each indicator
is a run of lines ``三级指标 | 名称``, ``指标值 | ≥95%``, ``指标值确定依据 | 计划标准``, with the
一级/二级 lines opening a record where they change. The keys are the table's header words,
so the records are the table's rows: :func:`records_as_rows` rewrites such a run as a header
row of its keys and one row per record, each value placed under its key (the cells keep
their own lines, so provenance still points at the value as printed).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from jixiao.ingest.cells import label_key
from jixiao.ingest.general.kinds import Kind
from jixiao.ingest.general.stream import Cell
from jixiao.ingest.general.vocabulary import Role, header_role

# keys that open a record: a new name, or a label that changes above it
_OPENERS: Final = frozenset({Role.CATEGORY, Role.SUBCATEGORY, Role.NAME})
_MIN_RECORDS: Final = 2


def _pair(row: Sequence[Cell]) -> tuple[Cell, Cell] | None:
    """A key and its value: two cells, or one written ``key:value`` (a card per indicator)."""
    if len(row) == _PAIR:
        return row[0], row[1]
    if len(row) == 1 and ":" in row[0].text:
        key, _, value = row[0].text.partition(":")
        if key.strip() and value.strip():
            return replace(row[0], text=key.strip()), replace(row[0], text=value.strip())
    return None


_PAIR: Final = 2


def _pair_role(row: Sequence[Cell]) -> Role | None:
    pair = _pair(row)
    return header_role(label_key(pair[0].text)) if pair is not None else None


def _between(row: Sequence[Cell]) -> bool:
    """A rule between cards (``——————``): no break in the run."""
    return all(cell.kind is Kind.PLACEHOLDER for cell in row)


def _rows(cells: Sequence[Cell]) -> list[list[Cell]]:
    return [list(row) for _, row in itertools.groupby(cells, key=lambda cell: cell.row)]


def _run(rows: list[list[Cell]]) -> tuple[int, int] | None:
    """The first run of key-value rows that opens with an indicator key."""
    start = next((i for i, row in enumerate(rows) if _pair_role(row) in _OPENERS), None)
    if start is None:
        return None
    end = start
    while end < len(rows) and (_pair_role(rows[end]) is not None or _between(rows[end])):
        end += 1
    names = sum(1 for row in rows[start:end] if _pair_role(row) is Role.NAME)
    return (start, end) if names >= _MIN_RECORDS else None


def records_as_rows(cells: list[Cell]) -> list[Cell]:
    """The cells with a run of key-value records rewritten as a table; unchanged without."""
    rows = _rows(cells)
    found = _run(rows)
    if found is None:
        return cells
    start, end = found
    run = rows[start:end]
    keys: dict[Role, Cell] = {}
    records: list[dict[Role, Cell]] = []
    for row in run:
        pair = _pair(row)
        if pair is None:
            continue  # a rule between cards
        key, value = pair
        role = header_role(label_key(key.text))
        assert role is not None  # the run holds key rows only
        keys.setdefault(role, key)
        opens = role in _OPENERS and records and Role.NAME in records[-1]
        if not records or opens or role in records[-1]:
            records.append({})
        records[-1][role] = value
    order = list(keys)
    width = len(order)
    header = [
        replace(keys[role], row=run[0][0].row, column=place, width=width)
        for place, role in enumerate(order)
    ]
    body = [
        replace(record[role], row=_first_row(record), column=place, width=width)
        for record in records
        for place, role in enumerate(order)
        if role in record
    ]
    before = [cell for row in rows[:start] for cell in row]
    after = [cell for row in rows[end:] for cell in row]
    return before + header + body + after


def _first_row(record: dict[Role, Cell]) -> int:
    return min(cell.row for cell in record.values())
