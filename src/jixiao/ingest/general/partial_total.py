"""A table's 合计 that leaves out points the text adds: ``合计 | 90 | 86.3`` under a report
that says ``自评得分96.3分``.

A 部门整体 self-evaluation's indicator table often totals its indicators alone (分值 90) and
scores the budget's execution rate apart (``注：预算执行率分值10分，得分10分``, or in the
funds block); the report's prose states the whole score. Where the 合计 row's 分值 falls
short of 100 and the prose's score lies between the row's 得分 and that 得分 plus the points
left out, the prose's score is the document's total; the row's is a part of it.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Final

from jixiao.ingest.cells import read_number
from jixiao.ingest.general.kinds import Kind

if TYPE_CHECKING:
    from jixiao.ingest.general.stream import Cell

_WHOLE: Final = Decimal(100)


def whole_score(
    cells: Sequence[Cell], score_cell: Cell, score: Decimal, prose: Decimal | None
) -> Decimal | None:
    """The prose's score where the 合计 row read (its 得分 ``score`` in ``score_cell``, its 分值
    the number before it) totals part of the points only; else None."""
    if prose is None or prose <= score:
        return None
    at = next((i for i, cell in enumerate(cells) if cell is score_cell), None)
    if at is None or at == 0 or cells[at - 1].kind is not Kind.NUMBER:
        return None
    weight = read_number(cells[at - 1].text)
    if weight is None or not score <= weight.value < _WHOLE:
        return None
    return prose if prose <= score + (_WHOLE - weight.value) else None
