"""年度收入预算 / 年度支出预算 of the 部门整体支出绩效目标申报表, read by their labels.

The form writes a row of labels (合计 | 一般公共预算拨入 | … or 合计 | 人员经费支出 | …) over a
row of amounts. A label heads a merged cell: it spans the columns up to the next label, so
an amount in the right half of a merged cell is still its label's, and an amount the OCR
split over two cells (``14.`` | ``11``) is joined. Labels and amounts may also alternate
in one row. Which budget a label row belongs to is told by its labels, not by its place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Final

from jixiao.domain.model import DepartmentBudget, ExpenditureBudget, IncomeBudget
from jixiao.ingest.cells import join_split_number, read_amount, squashed
from jixiao.ingest.genres.department_performance.context import Context, Fix
from jixiao.ingest.report import ItemKind
from jixiao.ingest.source import SourceLine

# Label stems → model field, per budget; the first stem a cell contains decides.
INCOME_LABELS: Final[tuple[tuple[str, str], ...]] = (
    ("一般公共预算", "general_public_budget"),
    ("公共预算", "general_public_budget"),
    ("政府性基金", "government_fund_budget"),
    ("政府基金", "government_fund_budget"),
    ("基金预算", "government_fund_budget"),
    ("提前告知", "advance_transfer"),
    ("转移支付", "advance_transfer"),
    ("上年结转", "carry_over"),
    ("结转", "carry_over"),
    ("自有", "own_income"),
    ("单位自", "own_income"),
    ("经营", "own_income"),
    ("合计", "total"),
)
EXPENDITURE_LABELS: Final[tuple[tuple[str, str], ...]] = (
    ("人员经费", "personnel"),
    ("工资福利", "personnel"),
    ("公用", "operating"),
    ("项目支出", "project"),
    ("项目", "project"),
    ("其它支出", "other"),
    ("其他支出", "other"),
    ("其它", "other"),
    ("其他", "other"),
    ("合计", "total"),
)
# Labels that tell the two label rows apart (合计 is in both).
_INCOME_ONLY: Final = frozenset(f for _, f in INCOME_LABELS) - {"total"}
_EXPENDITURE_ONLY: Final = frozenset(f for _, f in EXPENDITURE_LABELS) - {"total"}
_MAX_LABEL_LENGTH: Final = 14  # a budget label cell; longer text is prose
_VALUE_ROW_DISTANCE: Final = 2  # the amounts stand on one of the next rows


@dataclass
class BudgetRead:
    budget: DepartmentBudget = field(default_factory=DepartmentBudget)
    income_fixes: list[Fix] = field(default_factory=list)
    expenditure_fixes: list[Fix] = field(default_factory=list)
    found: bool = False


def _label(cell: str, labels: tuple[tuple[str, str], ...]) -> str | None:
    text = squashed(cell)
    if not text or len(text) > _MAX_LABEL_LENGTH or any(ch.isdigit() for ch in text):
        return None
    return next((name for stem, name in labels if stem in text), None)


def _labels(line: SourceLine, labels: tuple[tuple[str, str], ...]) -> dict[int, str]:
    found = {i: _label(cell, labels) for i, cell in enumerate(line.cells)}
    return {i: name for i, name in found.items() if name is not None}


def _kind(line: SourceLine) -> str | None:
    """``income`` or ``expenditure`` for a label row, by labels only one budget has."""
    income = set(_labels(line, INCOME_LABELS).values()) & _INCOME_ONLY
    spending = set(_labels(line, EXPENDITURE_LABELS).values()) & _EXPENDITURE_ONLY
    if len(income) >= 2 and len(income) > len(spending):
        return "income"
    if len(spending) >= 2:
        return "expenditure"
    return None


def read_budget(ctx: Context, lines: list[SourceLine]) -> BudgetRead:
    """Both budgets from the table's lines; the lines read are taken."""
    read = BudgetRead()
    for index, line in enumerate(lines):
        kind = _kind(line)
        if kind is None:
            continue
        labels = _labels(line, INCOME_LABELS if kind == "income" else EXPENDITURE_LABELS)
        values = _value_row(line, lines[index + 1 : index + 1 + _VALUE_ROW_DISTANCE], labels)
        if values is None:
            continue
        target = read.budget.income if kind == "income" else read.budget.expenditure
        fixes = read.income_fixes if kind == "income" else read.expenditure_fixes
        _fill(ctx, target, fixes, labels, values)
        ctx.take([line, values])
        read.found = True
    return read


def _value_row(
    label_row: SourceLine, following: list[SourceLine], labels: dict[int, str]
) -> SourceLine | None:
    """The row holding the amounts: the label row itself (label | amount | label | amount)
    or one of the next rows."""
    if any(read_amount(label_row.cells[i + 1]) for i in labels if i + 1 < len(label_row.cells)):
        return label_row
    for line in following:
        if any(read_amount(cell) for cell in line.cells):
            return line
    return None


def _spans(labels: dict[int, str], width: int) -> list[tuple[str, range]]:
    """Each label's columns: from its own to the next label's (a merged cell's width)."""
    starts = sorted(labels)
    spans: list[tuple[str, range]] = []
    for position, start in enumerate(starts):
        end = starts[position + 1] if position + 1 < len(starts) else width
        if spans and spans[-1][0] == labels[start]:  # one label cut in two cells (单位自 | 入…)
            spans[-1] = (labels[start], range(spans[-1][1].start, end))
        else:
            spans.append((labels[start], range(start, end)))
    return spans


def _fill(
    ctx: Context,
    budget: IncomeBudget | ExpenditureBudget,
    fixes: list[Fix],
    labels: dict[int, str],
    row: SourceLine,
) -> None:
    for name, columns in _spans(labels, max(len(row.cells), max(labels) + 1)):
        cells = [row.cells[i] for i in columns if i < len(row.cells) and row.cells[i].strip()]
        cells = [cell for cell in cells if _label(cell, INCOME_LABELS + EXPENDITURE_LABELS) is None]
        amount = _amount(name, cells, row, fixes)
        if amount is not None and getattr(budget, name) is None:
            setattr(budget, name, amount)
            budget.provenance[name] = ctx.provenance(row)


def _amount(name: str, cells: list[str], row: SourceLine, fixes: list[Fix]) -> Decimal | None:
    if not cells:
        return None
    if len(cells) == 2 and (joined := join_split_number(cells[0], cells[1])):
        read = read_amount(joined)
        if read is not None:
            original = "\t".join(cells)
            reason = f"OCR 把一个金额拆成两个单元格“{cells[0]}”和“{cells[1]}”"
            fixes.append(Fix(name, ItemKind.REPAIRED, reason, row, original, joined))
            return read.value
    read = read_amount(cells[0]) if len(cells) == 1 else None
    if read is None:
        reason = f"金额单元格“{' '.join(cells)}”无法识别为一个金额,未填入"
        fixes.append(Fix(name, ItemKind.UNREADABLE, reason, row, " ".join(cells)))
        return None
    if read.repair:
        fixes.append(Fix(name, ItemKind.REPAIRED, read.repair, row, read.text, str(read.value)))
    return read.value
