"""年度收入预算 / 年度支出预算 of the 部门整体支出绩效目标申报表, read by their labels.

The form writes a row of labels (合计 | 一般公共预算拨入 | … or 合计 | 人员经费支出 | …) over a
row of amounts. A label heads a merged cell: it spans the columns up to the next label, so
an amount in the right half of a merged cell is still its label's, and an amount the OCR
split over two cells (``14.`` | ``11``) is joined. Labels and amounts may also alternate
in one row. Which budget a label row belongs to is told by its labels, not by its place.
"""

from __future__ import annotations

from jixiao.ingest.general.budget_parts import BudgetRead, read_labelled_budget
from jixiao.ingest.genres.department_performance.context import Context
from jixiao.ingest.source import SourceLine


def read_budget(ctx: Context, lines: list[SourceLine]) -> BudgetRead:
    """Both budgets from the table's lines (the general reader's rule); the lines read are
    taken."""
    read = read_labelled_budget(ctx.source.name, lines)
    ctx.take(read.lines)
    return read
