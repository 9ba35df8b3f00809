"""A table read column by column: each column's cells one block of lines after the other.

OCR of a scanned form sometimes reads the indicator table down its columns rather than
across its rows: after the header, the merged 一级/二级 labels, then every 三级 name, then
every target, every actual, every 分值 and 得分, one cell a line. :func:`column_blocks` finds
such a body (a run of names, then runs of values exactly as long) and pairs the k-th name
with the k-th cell of each block, the blocks taking the header's columns after the name in
order. The merged labels cannot be paired with the rows they spanned and are left out; so
are the words of a last column only some rows fill (its cells listed without their rows).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from jixiao.ingest.general.align import fits
from jixiao.ingest.general.kinds import TARGET_KINDS, Kind
from jixiao.ingest.general.stream import Cell
from jixiao.ingest.general.vocabulary import Role

_MIN_ROWS: Final = 2
_BLOCK_KINDS: Final = TARGET_KINDS | {Kind.PLACEHOLDER, Kind.STATUS, Kind.LIKELIHOOD}
_TARGET_SHARE: Final = 0.75


def _runs_of_names(body: Sequence[Cell]) -> tuple[int, int]:
    """Where the names start and how many there are: the run of names right before the first
    value (the merged labels before them may hold words the vocabulary does not know as
    labels: 资金管理, 经济成本指标)."""
    first = next((at for at, cell in enumerate(body) if cell.kind in TARGET_KINDS), len(body))
    start = first
    while start > 0 and body[start - 1].kind is Kind.NAME:
        start -= 1
    return start, first - start


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
    blocks = min(len(values) // count, len(after))
    if blocks == 0:
        return None
    # after the full columns, at most the words of a column only some rows fill (偏差原因):
    # the OCR lists those cells without their rows, so they are left out
    rest = values[blocks * count :]
    if len(rest) >= count or any(cell.kind in TARGET_KINDS for cell in rest):
        return None
    columns = [values[n * count : (n + 1) * count] for n in range(blocks)]
    # a standard in words the cell kinds do not know (有所提高) may stand among the figures
    if any(
        cell.kind not in _BLOCK_KINDS | {Kind.NAME} for column in columns for cell in column
    ) or any(
        sum(c.kind is Kind.NAME for c in column) > _words_allowed(count) for column in columns
    ):
        return None
    placed = _block_roles(columns, after, roles)
    if placed is None:
        return None
    if Role.TARGET in placed:
        targets = columns[placed.index(Role.TARGET)]
        good = sum(1 for cell in targets if cell.kind in TARGET_KINDS)
        if good < count - _words_allowed(count):
            return None
    rows: list[tuple[list[Cell], dict[Role, Cell]]] = []
    for k in range(count):
        name = body[start + k]
        chosen = {Role.NAME: name}
        for role, column in zip(placed, columns, strict=True):
            chosen[role] = column[k]
        rows.append(([name, *(column[k] for column in columns)], chosen))
    return rows


def _words_allowed(count: int) -> int:
    """How many cells of a block of figures may be words (a standard the kinds do not know):
    a quarter, and one in a short table."""
    return max(1, int((1 - _TARGET_SHARE) * count))


def _block_roles(
    columns: Sequence[Sequence[Cell]], after: Sequence[Role], roles: Sequence[Role]
) -> list[Role] | None:
    """Each block's column, in the header's order: the next one all its cells can stand in
    (an empty column vanishes from an OCR's reading: the 完成目标可能性's words after the
    figures stand under their own column, not the blank one before it)."""
    placed: list[Role] = []
    at = 0
    for column in columns:
        while at < len(after) and not all(fits(cell, after[at], roles) for cell in column):
            at += 1
        if at == len(after):
            return None
        placed.append(after[at])
        at += 1
    return placed
