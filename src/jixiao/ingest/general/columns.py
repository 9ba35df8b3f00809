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

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from jixiao.ingest.cells import label_key, squashed
from jixiao.ingest.general.align import fits
from jixiao.ingest.general.kinds import TARGET_KINDS, Kind, ends_as_name
from jixiao.ingest.general.stream import Cell
from jixiao.ingest.general.vocabulary import Role

_MIN_ROWS: Final = 2
_BLOCK_KINDS: Final = TARGET_KINDS | {Kind.PLACEHOLDER, Kind.STATUS, Kind.LIKELIHOOD}
_TARGET_SHARE: Final = 0.75


def _name_starts(body: Sequence[Cell]) -> tuple[int, list[int]]:
    """Where the values start, and where the names may start, likeliest first: the run of
    names right before the first value (the merged labels before them may hold words the
    vocabulary does not know as labels: 资金管理, 经济成本指标), without the labels ending
    with 指标 at its head (预算管理指标: labels end so, names seldom), then the same run
    taken further back over names the vocabulary knows as labels too (服务对象满意度, the
    last row's name right before the values)."""
    first = next((at for at, cell in enumerate(body) if cell.kind in TARGET_KINDS), len(body))
    start = first
    while start > 0 and body[start - 1].kind is Kind.NAME:
        start -= 1
    trimmed = start
    while trimmed < first and label_key(body[trimmed].text).endswith("指标"):
        trimmed += 1
    starts = [trimmed] if trimmed == start else [trimmed, start]
    further = start
    while further > 0 and _label_or_name(body[further - 1]):
        further -= 1
        if further == 0 or body[further - 1].kind is not Kind.NAME:
            starts.append(further)  # the head of a run of names
    return first, starts


def _label_or_name(cell: Cell) -> bool:
    """A cell a name may be although the vocabulary knows it as a 二级 label: no 指标 at
    its end."""
    if cell.kind is Kind.NAME:
        return True
    return cell.kind is Kind.SUBCATEGORY and not label_key(cell.text).endswith("指标")


def column_blocks(
    body: Sequence[Cell], roles: Sequence[Role]
) -> list[tuple[list[Cell], dict[Role, Cell]]] | None:
    """The rows of a body read column by column, or None where it is not one."""
    body = _without_totals(body)
    if Role.NAME not in roles or len({cell.row for cell in body}) != len(body):
        return None
    first, starts = _name_starts(body)
    # labels the vocabulary reads as names (产出数量, 项目立项) may head the run: a later
    # head whose names the values fill exactly, a block for each column after the names
    columns = len(roles) - roles.index(Role.NAME) - 1
    starts += [
        start
        for start in range(starts[0] + 1, first - _MIN_ROWS + 1)
        if len(body) - first == (first - start) * columns
    ]
    for start in starts:
        rows = _blocks(body, start, first - start, roles)
        if rows is not None:
            return rows
    for start in starts:
        rows = _blocks_with_wrapped_names(body, start, first, roles)
        if rows is not None:
            return rows
    return None


_WRAPS_MAX: Final = 3  # names wrapped onto a second line in one table read down its columns
_PIECE_MAX: Final = 4  # a name's second line is its last few words


def _blocks_with_wrapped_names(
    body: Sequence[Cell], start: int, first: int, roles: Sequence[Role]
) -> list[tuple[list[Cell], dict[Role, Cell]]] | None:
    """The rows, where some names of the run from ``start`` wrapped onto a line of their own
    (``享受助餐服务老年`` / ``人数``): the run is longer than the blocks of values after it,
    and the lines likeliest a name's end (short, after a line that does not end as a name
    does) are joined to the line above until the names are as many as the values."""
    names = list(body[start:first])
    ends = sorted(
        (at for at in range(1, len(names)) if _end_likeness(names[at - 1], names[at]) > 0),
        key=lambda at: -_end_likeness(names[at - 1], names[at]),
    )
    for wraps in range(1, min(_WRAPS_MAX, len(ends)) + 1):
        joined = _joined_names(names, set(ends[:wraps]))
        rows = _blocks([*body[:start], *joined, *body[first:]], start, len(joined), roles)
        if rows is not None:
            return rows
    return None


def _end_likeness(above: Cell, line: Cell) -> int:
    """How likely ``line`` is the end of the name ``above`` (0: not at all): a few words,
    under a name cut inside a word, the two ending as a name does."""
    if line.kind is not Kind.NAME or above.kind is not Kind.NAME:
        return 0
    piece = squashed(line.text)
    if len(piece) > _PIECE_MAX:
        return 0
    cut = not ends_as_name(squashed(above.text))
    return cut * 2 + ends_as_name(squashed(above.text) + piece) + (len(piece) <= _PIECE_MAX // 2)


def _joined_names(names: Sequence[Cell], ends: set[int]) -> list[Cell]:
    out: list[Cell] = []
    for at, cell in enumerate(names):
        if at in ends and out:
            out[-1] = replace(out[-1], text=out[-1].text + cell.text)
        else:
            out.append(cell)
    return out


def _blocks(
    body: Sequence[Cell], start: int, count: int, roles: Sequence[Role]
) -> list[tuple[list[Cell], dict[Role, Cell]]] | None:
    """The rows, where the ``count`` names from ``start`` and the blocks of values after
    them make the body's columns."""
    after = list(roles[roles.index(Role.NAME) + 1 :])
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
    # a standard in words the cell kinds do not know (有所提高) may stand among the figures;
    # an actual in words (已全部开工, 运行良好) among those achieved, up to half of them
    if any(
        cell.kind not in _BLOCK_KINDS | {Kind.NAME} for column in columns for cell in column
    ) or any(
        sum(c.kind is Kind.NAME for c in column) > _words_allowed(count)
        and (at == 0 or sum(_word_weight(c) for c in column) > _words_allowed(count, later=True))
        for at, column in enumerate(columns)
    ):
        return None
    placed = _block_roles(columns, after, roles)
    if placed is None:
        return None
    if Role.TARGET in placed:
        targets = columns[placed.index(Role.TARGET)]
        # a score table's 决策 and 过程 rows may leave their target blank (—): a placeholder
        # stands in the column as well as a figure does, if figures are there too
        figures = sum(1 for cell in targets if cell.kind in TARGET_KINDS)
        blank = sum(1 for cell in targets if cell.kind is Kind.PLACEHOLDER)
        if figures + blank < count - _words_allowed(count) or figures < _MIN_ROWS:
            return None
    rows: list[tuple[list[Cell], dict[Role, Cell]]] = []
    for k in range(count):
        name = body[start + k]
        chosen = {Role.NAME: name}
        for role, column in zip(placed, columns, strict=True):
            chosen[role] = column[k]
        rows.append(([name, *(column[k] for column in columns)], chosen))
    return rows


_TOTALS: Final = frozenset({"合计", "总计", "总分"})


def _without_totals(body: Sequence[Cell]) -> Sequence[Cell]:
    """The body without its closing row of sums on one line (``合计 100 96.5``): the OCR
    reads that row across, after the columns, and it belongs to none of them."""
    if not body:
        return body
    last = [cell for cell in body if cell.row == body[-1].row]
    head = label_key(last[0].text)
    # 无偏差总分: the last reason glued to the sums' label by the OCR
    if len(last) > 1 and body[-len(last)] is last[0] and head.endswith(tuple(_TOTALS)):
        return body[: -len(last)]
    return body


_PHRASE_MAX: Final = 8  # an actual in words is a short phrase (预计年底可实现)
_CLAUSE_RE: Final = re.compile(r"[,，;；。、]")


def _word_weight(cell: Cell) -> int:
    """How much a word among figures weighs: one, but a sentence (a reason: 部分资金12月才
    下达,执行进度偏慢) two, since no actual is said in one."""
    if cell.kind is not Kind.NAME:
        return 0
    return 2 if len(cell.text) > _PHRASE_MAX or _CLAUSE_RE.search(cell.text) else 1


def _words_allowed(count: int, later: bool = False) -> int:
    """How many cells of a block of figures may be words: in the first block (the targets)
    a standard the kinds do not know, a quarter, and one in a short table; in a later one
    (what was achieved, said in words as often as in figures) half."""
    if later:
        return max(1, count // 2)
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
        # words (已全部开工, 持续运行) are bounded by the block's share of them already: the
        # figures and marks decide which column the block is
        while at < len(after) and not all(
            fits(cell, after[at], roles) for cell in column if cell.kind is not Kind.NAME
        ):
            at += 1
        if at == len(after):
            return None
        placed.append(after[at])
        at += 1
    return placed
