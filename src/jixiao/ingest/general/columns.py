"""A table read column by column: each column's cells one block of lines after the other.

OCR of a scanned form sometimes reads the indicator table down its columns rather than
across its rows: after the header, the merged 一级/二级 labels, then every 三级 name, then
every target, every actual, every 分值 and 得分, one cell a line. :func:`column_blocks` finds
such a body (a run of names, then runs of values exactly as long) and pairs the k-th name
with the k-th cell of each block, the blocks taking the header's columns after the name in
order. The merged labels cannot be paired with the rows they spanned and are left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from jixiao.ingest.general.kinds import TARGET_KINDS, Kind
from jixiao.ingest.general.stream import Cell
from jixiao.ingest.general.vocabulary import Role

_LABELS: Final = frozenset({Kind.CATEGORY, Kind.SUBCATEGORY})
_MIN_ROWS: Final = 2
_VALUE_KINDS: Final = TARGET_KINDS | {Kind.PLACEHOLDER, Kind.STATUS}
_TARGET_SHARE: Final = 0.75


def _runs_of_names(body: Sequence[Cell]) -> tuple[int, int]:
    """Where the names start (after the labels) and how many there are."""
    start = 0
    while start < len(body) and body[start].kind in _LABELS:
        start += 1
    end = start
    while end < len(body) and body[end].kind is Kind.NAME:
        end += 1
    return start, end - start


def column_blocks(
    body: Sequence[Cell], roles: Sequence[Role]
) -> list[tuple[list[Cell], dict[Role, Cell]]] | None:
    """The rows of a body read column by column, or None where it is not one."""
    if Role.NAME not in roles or len({cell.row for cell in body}) != len(body):
        return None
    after = list(roles[roles.index(Role.NAME) + 1 :])
    start, count = _runs_of_names(body)
    if count < _MIN_ROWS or not after:
        return None
    values = list(body[start + count :])
    blocks = len(values) // count
    if blocks == 0 or blocks > len(after) or len(values) % count:
        return None
    columns = [values[n * count : (n + 1) * count] for n in range(blocks)]
    if any(cell.kind not in _VALUE_KINDS for column in columns for cell in column):
        return None
    if Role.TARGET in after[:blocks]:
        targets = columns[after.index(Role.TARGET)]
        good = sum(1 for cell in targets if cell.kind in TARGET_KINDS)
        if good < _TARGET_SHARE * count:
            return None
    rows: list[tuple[list[Cell], dict[Role, Cell]]] = []
    for k in range(count):
        name = body[start + k]
        chosen = {Role.NAME: name}
        for role, column in zip(after, columns, strict=False):
            chosen[role] = column[k]
        rows.append(([name, *(column[k] for column in columns)], chosen))
    return rows
