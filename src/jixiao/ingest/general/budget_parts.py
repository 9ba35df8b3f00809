"""A department's budget as its goals table states it: 年度收入预算 and 年度支出预算 (万元).

The form writes a row of labels (合计 | 一般公共预算拨入 | … or 合计 | 人员经费支出 | …) over a
row of amounts. A label heads a merged cell: it spans the columns up to the next label, so
an amount in the right half of a merged cell is still its label's, and an amount the OCR
split over two cells (``14.`` | ``11``) is joined and reported. Labels and amounts may also
alternate in one row. Which budget a label row belongs to is told by its labels, not by its
place; where no row has labels enough to tell, the row naming 收入预算 or 支出预算 last says
(``合计 | 2356.8 | 一般公共预算拨入 | 2156.8``).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Final

from pydantic import ValidationError

from jixiao.domain.model import DepartmentBudget, ExpenditureBudget, IncomeBudget
from jixiao.ingest.cells import join_split_number, read_amount, squashed
from jixiao.ingest.general.fixes import Fix, provenance_of
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
_ALL_LABELS: Final = INCOME_LABELS + EXPENDITURE_LABELS
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
    lines: list[SourceLine] = field(default_factory=list)


def _label_of(cell: str, labels: tuple[tuple[str, str], ...]) -> str | None:
    text = squashed(cell)
    if not text or len(text) > _MAX_LABEL_LENGTH or any(ch.isdigit() for ch in text):
        return None
    return next((name for stem, name in labels if stem in text), None)


def _labels(line: SourceLine, labels: tuple[tuple[str, str], ...]) -> dict[int, str]:
    found = {i: _label_of(cell, labels) for i, cell in enumerate(line.cells)}
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


def read_labelled_budget(source: str, lines: list[SourceLine]) -> BudgetRead:
    """Both budgets from a row of labels over a row of amounts (or labels and amounts
    alternating in one row); the lines read are listed in ``lines``."""
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
        _fill(source, target, fixes, labels, values)
        read.lines += [line, values]
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
    source: str,
    budget: IncomeBudget | ExpenditureBudget,
    fixes: list[Fix],
    labels: dict[int, str],
    row: SourceLine,
) -> None:
    for name, columns in _spans(labels, max(len(row.cells), max(labels) + 1)):
        cells = [row.cells[i] for i in columns if i < len(row.cells) and row.cells[i].strip()]
        cells = [cell for cell in cells if _label_of(cell, _ALL_LABELS) is None]
        amount = _cell_amount(name, cells, row, fixes)
        if amount is not None and getattr(budget, name) is None:
            setattr(budget, name, amount)
            budget.provenance[name] = provenance_of(source, row)


def _cell_amount(name: str, cells: list[str], row: SourceLine, fixes: list[Fix]) -> Decimal | None:
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


_INCOME: Final = (
    ("total", re.compile(r"^合计")),
    ("general_public_budget", re.compile(r"一般公共预算")),
    ("government_fund_budget", re.compile(r"政府(?:性)?基金")),
    ("advance_transfer", re.compile(r"提前告知|转移支付")),
    ("carry_over", re.compile(r"上年结转")),
    ("own_income", re.compile(r"单位自有|自有收入")),
)
_SPENDING: Final = (
    ("total", re.compile(r"^合计")),
    ("personnel", re.compile(r"人员经费")),
    ("operating", re.compile(r"公用")),
    ("project", re.compile(r"项目支出")),
    ("other", re.compile(r"^其[它他]")),
)
_AMOUNT_RE: Final = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
_GOAL_RE: Final = re.compile(r"年度整体|整体支出目标|一级指标")


def read_budget(source: str, lines: list[SourceLine]) -> BudgetRead | None:
    """The budget the lines state before the goals begin; None when they state none."""
    lines = [_in_columns(line) for line in lines]
    read = read_labelled_budget(source, lines)
    by_side = _read_by_side(lines)
    if by_side is None:
        return read if read.found else None
    # what the label rows did not give, the rows naming their side do
    for mine, theirs in (
        (read.budget.income, by_side.income),
        (read.budget.expenditure, by_side.expenditure),
    ):
        for name in type(mine).model_fields:
            if name != "provenance" and getattr(mine, name) is None:
                setattr(mine, name, getattr(theirs, name))
    read.found = True
    return read


def _in_columns(line: SourceLine) -> SourceLine:
    """A line a text aligned in columns by spaces (a PDF's layer, a text table) cut at its
    wide gaps; a gap of one or two spaces is inside a cell (``合  计``, ``1 926.48``). A wide
    indent is an empty first cell (the figures under a label row, the label's cell merged)."""
    if len(line.cells) != 1 or _COLUMN_GAP_RE.search(line.text.strip()) is None:
        return line
    cells = tuple(cell.strip() for cell in _COLUMN_GAP_RE.split(line.text.rstrip()))
    return dataclasses.replace(line, cells=cells)


_COLUMN_GAP_RE: Final = re.compile(r"\s{3,}")


def _read_by_side(lines: list[SourceLine]) -> DepartmentBudget | None:
    """Figures after (or under) their labels, the side told by the row naming it."""
    figures: dict[str, dict[str, Decimal]] = {"income": {}, "spending": {}}
    side: str | None = None
    for index, line in enumerate(lines):
        cells = [squashed(cell) for cell in line.cells]
        if any(_GOAL_RE.search(cell) for cell in cells[:1]):
            break
        joined = "".join(cells)
        if "收入预算" in joined:
            side = "income"
        elif "支出预算" in joined:
            side = "spending"
        if side is None:
            continue
        labels = _INCOME if side == "income" else _SPENDING
        following = lines[index + 1].cells if index + 1 < len(lines) else ()
        _read_row(cells, [squashed(cell) for cell in following], labels, figures[side])
    if not figures["income"] and not figures["spending"]:
        return None
    try:
        return DepartmentBudget(
            income=IncomeBudget(**figures["income"]),
            expenditure=ExpenditureBudget(**figures["spending"]),
        )
    except ValidationError:
        return None


def _read_row(
    cells: list[str],
    below: list[str],
    labels: tuple[tuple[str, re.Pattern[str]], ...],
    into: dict[str, Decimal],
) -> None:
    for column, cell in enumerate(cells):
        key = next((key for key, words in labels if words.search(cell)), None)
        if key is None or key in into:
            continue
        after = cells[column + 1] if column + 1 < len(cells) else ""
        # a row of amounts without a label cell of its own stands under the labels from the
        # right (its first cell an amount); with one (年度预算, or left empty), column by column
        own_label = bool(below) and _AMOUNT_RE.fullmatch(below[0]) is None
        shift = 0 if own_label else max(len(cells) - len(below), 0)
        under = below[column - shift] if 0 <= column - shift < len(below) else ""
        value = _amount(after) if _AMOUNT_RE.fullmatch(after) else _amount(under)
        if value is not None:
            into[key] = value


def _amount(text: str) -> Decimal | None:
    if not _AMOUNT_RE.fullmatch(text):
        return None
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None
