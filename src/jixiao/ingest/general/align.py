"""Aligning a row's cells with the columns its table's header names.

Rows lose cells as they are flattened: a merged 一级/二级 label is printed once, empty cells
vanish in space-separated text, a run-together row has no boundaries at all. Position alone
cannot say which cell is which column; the kind of each cell can. :func:`align` finds the
order-preserving assignment of cells to roles with the best total fit (a small dynamic
programme over cells × roles), so a row of ``10 10`` under 年度指标值 | 实际完成值 | 分值 |
得分 is read as 分值 and 得分, and ``≥ 95 %`` as 指标性质, 指标值 and 度量单位.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Final

from jixiao.ingest.general.kinds import NUMBER_RE, Kind
from jixiao.ingest.general.stream import Cell
from jixiao.ingest.general.vocabulary import Role

_SKIP: Final = -1.5  # a cell left out of every column
_FREE_SKIP: Final = frozenset({Kind.NUMBERING, Kind.PLACEHOLDER, Kind.EMPTY})

# How well a cell of each kind fits each role (absent: it cannot stand there).
_FIT: Final[dict[Kind, dict[Role, float]]] = {
    # a label's words may be an indicator's whole name (满意度, 服务对象满意度)
    Kind.CATEGORY: {Role.CATEGORY: 5, Role.SUBCATEGORY: 2, Role.NAME: 0.5},
    Kind.SUBCATEGORY: {Role.SUBCATEGORY: 5, Role.CATEGORY: 1, Role.NAME: 0.5},
    Kind.NAME: {
        Role.NAME: 3,
        # a label of a framework jixiao does not know (产出数量, 项目立项) before the name
        Role.SUBCATEGORY: 0.5,
        Role.CATEGORY: 0.25,
        Role.PROJECT: 2,
        Role.UNIT_NAME: 2,
        Role.GOAL: 1,
        Role.DUTY: 2,
        # a row's one leading text under both: the activity's (a duty opens one too)
        Role.ACTIVITY: 2.25,
        Role.DEFINITION: 1,
        Role.REASON: 1,
        Role.CAUSE: 1,
        Role.RECTIFICATION: 1,
        Role.REMARK: 1,
        Role.BASIS: 1,
        Role.OTHER: 1,  # a column of no known role keeps its texts
        Role.TARGET: 0.5,
        Role.ACTUAL: 0.5,
        Role.LONG_TERM: 0.5,  # a standard in words (提高0.5个等级), as in the year's column
    },
    Kind.SENTENCE: {
        Role.NAME: 1,
        Role.GOAL: 2,
        Role.DUTY: 2,
        # a row's one leading text under both: the activity's (a duty opens one too)
        Role.ACTIVITY: 2.25,
        Role.DEFINITION: 2,
        Role.REASON: 2,
        Role.CAUSE: 1,
        Role.RECTIFICATION: 2,
        Role.REMARK: 2,
        Role.BASIS: 1,
        Role.OTHER: 2,
        Role.ACTUAL: 0.5,
    },
    # a system's print names its operator column 指标方向 (指标方向:≥): an operator there is it
    Kind.OPERATOR: {Role.NATURE: 5, Role.DIRECTION: 4},
    Kind.UNIT: {Role.UNIT: 5},
    Kind.NUMBER: {
        Role.TARGET: 2,
        Role.ACTUAL: 1.5,
        Role.WEIGHT: 2,
        Role.SCORE: 2,
        Role.PRIOR: 1,
        Role.ADJUSTED: 0.5,
        Role.BUDGET: 2,
        Role.PROJECTED: 1,
        Role.COEFFICIENT: 1,
        Role.SERIAL: 3,
        # a table of projects' money and spending plan (财政资金 | 其他资金 | 3月底 …)
        Role.FISCAL: 1,
        Role.OTHER_FUNDS: 1,
        Role.SPENDING: 1,
        Role.OTHER: 0.5,  # a column no list names may hold figures (初评分 beside 得分)
    },
    Kind.QUANTITY: {
        Role.TARGET: 3,
        Role.ACTUAL: 2,
        Role.PRIOR: 1.5,
        Role.ADJUSTED: 1,
        Role.BUDGET: 0.5,
        Role.PROJECTED: 1.5,
        Role.LONG_TERM: 1.5,
        Role.OTHER: 0.5,
    },
    Kind.QUALITATIVE: {
        Role.TARGET: 2.5,
        Role.ACTUAL: 2,
        Role.PROJECTED: 1.5,
        Role.ADJUSTED: 1,
        Role.CORE: 1,
        Role.NAME: 0.5,
        Role.OTHER: 0.5,
        Role.LONG_TERM: 1.5,  # 中期 | 年度: 基本建立 | 逐步建立
        # 上年实际值 | 指标值: 逐步完善 | 持续完善, the year before's state then the target
        Role.PRIOR: 1,
        # an explanation in a standard's words (控制在预算内) before its row's target and
        # actual: a row of every column filled is read so, not with a cell left over
        Role.DEFINITION: 0.5,
    },
    Kind.PERIOD: {
        Role.TARGET: 3,
        Role.ACTUAL: 2,
        Role.PROJECTED: 1.5,
        Role.ADJUSTED: 1,
        Role.LONG_TERM: 1.5,
        Role.PRIOR: 1,  # the date the year before's work was done by, before the target's
    },
    # 已完成 says how a target went, it is none; under 是否完成 or 备注 it is that column's
    Kind.STATUS: {Role.ACTUAL: 3, Role.REMARK: 1},
    Kind.DIRECTION: {Role.DIRECTION: 5},
    Kind.LIKELIHOOD: {Role.LIKELIHOOD: 5},
    # a template's blank left as it was (``*``, ``/``, ``XX``): it holds its column's place
    Kind.PLACEHOLDER: {Role.TARGET: 1.5, Role.ACTUAL: 1, Role.WEIGHT: 0.5, Role.SCORE: 0.5},
}
_SCORE_MAX: Final = 100


_AS_NAME: Final = 3.5  # a label's words in a table with no column for such labels


def _fit(cell: Cell, role: Role, roles: Sequence[Role] = ()) -> float | None:
    return _kind_fit(cell.kind, cell.text, role, Role.SUBCATEGORY in roles)


@functools.lru_cache(maxsize=16384)  # a table's rows repeat their cells' kinds and texts
def _kind_fit(kind: Kind, text: str, role: Role, subcategory_column: bool) -> float | None:
    # 一级 | 指标名称 | 指标值: with no 二级 column, 成本 or 质量 in a row is the name
    if role is Role.NAME and kind is Kind.SUBCATEGORY and not subcategory_column:
        return _AS_NAME
    fits = _FIT.get(kind)
    if fits is None or role not in fits:
        return None
    if role in (Role.WEIGHT, Role.SCORE, Role.COEFFICIENT):
        value = NUMBER_RE.fullmatch(text.replace(",", ""))
        if value is None or float(value.group(0)) > _SCORE_MAX:
            return None
    if role is Role.BUDGET and kind is Kind.NUMBER and "," not in text:
        return 0.5
    return fits[role]


def fits(cell: Cell, role: Role, roles: Sequence[Role]) -> bool:
    """Whether the cell can stand in the role's column at all."""
    return cell.kind in _FREE_SKIP or _fit(cell, role, roles) is not None


def align(cells: Sequence[Cell], roles: Sequence[Role]) -> dict[Role, Cell]:
    """The best order-preserving assignment of cells to roles (each role one cell at most;
    a cell that fits nowhere is left out)."""
    n, m = len(cells), len(roles)
    subcategory_column = Role.SUBCATEGORY in roles
    # best[i][j]: the best score for cells[i:] against roles[j:]
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    move: list[list[int]] = [
        [0] * (m + 1) for _ in range(n + 1)
    ]  # 0 skip cell, 1 skip role, 2 take
    for i in range(n - 1, -1, -1):
        kind, text = cells[i].kind, cells[i].text  # once per cell, not per role
        skip = 0.0 if kind in _FREE_SKIP else _SKIP
        row, below, moves = best[i], best[i + 1], move[i]  # the rows indexed once
        row[m] = below[m] + skip
        for j in range(m - 1, -1, -1):
            # the best of the three moves; on equal scores the later move (take, then skip
            # the role) wins
            score, step = below[j] + skip, 0
            if row[j + 1] >= score:
                score, step = row[j + 1], 1
            fit = _kind_fit(kind, text, roles[j], subcategory_column)
            if fit is not None and below[j + 1] + fit >= score:
                score, step = below[j + 1] + fit, 2
            row[j], moves[j] = score, step
    chosen: dict[Role, Cell] = {}
    i = j = 0
    while i < n and j < m:
        step = move[i][j]
        if step == 2:
            chosen.setdefault(roles[j], cells[i])
            i, j = i + 1, j + 1
        elif step == 1:
            j += 1
        else:
            i += 1
    return chosen
