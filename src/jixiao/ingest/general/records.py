"""Forms written as ``key | value`` lines, one record per indicator.

Some forms (and their exports) print the indicator table turned on its side: each indicator
is a run of lines ``三级指标 | 名称``, ``指标值 | ≥95%``, ``指标值确定依据 | 计划标准``, with the
一级/二级 lines opening a record where they change. The keys are the table's header words,
so the records are the table's rows: :func:`records_as_rows` rewrites such a run as a header
row of its keys and one row per record, each value placed under its key (the cells keep
their own lines, so provenance still points at the value as printed).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from jixiao.ingest.cells import label_key
from jixiao.ingest.general.stream import Cell
from jixiao.ingest.general.vocabulary import Role, header_role

# keys that open a record: a new name, or a label that changes above it
_OPENERS: Final = frozenset({Role.CATEGORY, Role.SUBCATEGORY, Role.NAME})
_MIN_RECORDS: Final = 2


def _pair_role(row: Sequence[Cell]) -> Role | None:
    if len(row) != 2:
        return None
    return header_role(label_key(row[0].text))


def _rows(cells: Sequence[Cell]) -> list[list[Cell]]:
    rows: list[list[Cell]] = []
    for cell in cells:
        if rows and rows[-1][0].row == cell.row:
            rows[-1].append(cell)
        else:
            rows.append([cell])
    return rows


def _run(rows: list[list[Cell]]) -> tuple[int, int] | None:
    """The first run of key-value rows that opens with an indicator key."""
    start = next((i for i, row in enumerate(rows) if _pair_role(row) in _OPENERS), None)
    if start is None:
        return None
    end = start
    while end < len(rows) and _pair_role(rows[end]) is not None:
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
    for key, value in run:
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
