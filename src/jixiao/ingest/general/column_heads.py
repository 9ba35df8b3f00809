"""A table read column by column with each column's header over its own cells.

Some PDF extractors read a tagged table down its columns, and print each column's header
cell right before that column's cells, one cell a line::

    一级指标 / 产出指标 / 效益指标 / 二级指标 / 数量指标 / … / 三级指标 / name₁ … nameₙ /
    指标值 / target₁ … targetₙ

:func:`heads_first` gives the order that puts the headers together where the first one
stands, the columns' cells after them in their order: the table read down its columns under
one header (`columns.column_blocks` pairs the k-th name with the k-th cell of each block).
Only where the headers name distinct columns, the name's among them and a column after it,
and each column after the names holds at least as many cells as there are names.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Final

from jixiao.ingest.cells import label_key
from jixiao.ingest.general.vocabulary import Role, header_role

_MIN_HEADS: Final = 3  # 三级指标, 指标值 and one more: two alone are a header cut by a page
_MIN_NAMES: Final = 2
_HEAD_MAX: Final = 12  # a header cell's length; longer cells are not looked up


def heads_first(texts: Sequence[str], rows: Sequence[int]) -> list[int] | None:
    """The cells' order with a column-by-column table's headers gathered before its cells;
    None where the cells hold no such table (most sources: no header alone between runs)."""
    heads = _lone_heads(texts, rows)
    if len(heads) < _MIN_HEADS:
        return None
    roles = [role for _, role in heads]
    if len(set(roles)) != len(roles) or Role.NAME not in roles[:-1]:
        return None
    at = roles.index(Role.NAME)
    places = [index for index, _ in heads]
    # each header stands over a run of cells of its own: the next header after them
    runs = [later - earlier - 1 for earlier, later in itertools.pairwise(places)]
    if any(run < 1 for run in runs):
        return None
    names = runs[at]
    if names < _MIN_NAMES or any(run != names for run in runs[at + 1 :]):
        return None
    if len(texts) - places[-1] - 1 < names:
        return None
    heads_at = set(places)
    others = [index for index in range(places[0], len(texts)) if index not in heads_at]
    return [*range(places[0]), *places, *others]


def _lone_heads(texts: Sequence[str], rows: Sequence[int]) -> list[tuple[int, Role]]:
    """The header cells alone on their lines, in order, from the first such line that
    another follows after a run of other cells; a second header line right after a
    header line (a header printed across, one cell a line) ends the search."""
    heads: list[tuple[int, Role]] = []
    for index, text in enumerate(texts):
        if len(text) > _HEAD_MAX or not _alone(rows, index):
            continue
        if (role := header_role(label_key(text))) is None:
            continue
        if heads and heads[-1][0] == index - 1:
            return []  # headers one after the other: a header read across, as usual
        heads.append((index, role))
    return heads


def _alone(rows: Sequence[int], index: int) -> bool:
    before = index == 0 or rows[index - 1] != rows[index]
    return before and (index + 1 == len(rows) or rows[index + 1] != rows[index])
