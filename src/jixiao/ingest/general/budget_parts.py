"""A department's budget as its goals table states it: 年度收入预算 and 年度支出预算 (万元).

Each figure stands after its label in the same row (``合计 | 2356.8 | 一般公共预算拨入 |
2156.8``) or under it in the next row (a header row of labels, a row of amounts). Which of the
two budgets a label belongs to is said by the row naming 收入预算 or 支出预算 last.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Final

from pydantic import ValidationError

from jixiao.domain.model import DepartmentBudget, ExpenditureBudget, IncomeBudget
from jixiao.ingest.cells import squashed
from jixiao.ingest.source import SourceLine

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


def read_budget(lines: list[SourceLine]) -> DepartmentBudget | None:
    """The budget the lines state before the goals begin; None when they state none."""
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
