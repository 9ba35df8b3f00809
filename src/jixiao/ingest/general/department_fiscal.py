"""A department's 财政拨款 (收入) as its form's funds block states it, one sum without its parts.

A 部门整体支出绩效目标表 states the department's money as 资金总额 and, under it or beside
it, 其中:财政拨款 and 其他资金, in one of a few shapes:

- a label and its amount, in one cell or two (``其中:财政拨款:5930.12``, ``其中:财政拨款 |
  5480.00``, a fixed-width line ``其中:财政拨款  386.52  其中:基本支出  312.40``), or the
  amount alone on the next line (a page serving each cell as a paragraph of its own);
- a header naming the columns (``资金总额 | 财政拨款 | 其他资金``) over a row of amounts, or
  over the 年度履职任务 and their ``金额合计`` row (``总额 | 其中:财政拨款``): the amount in
  the 财政拨款 column, counted from the 总额 column's.

- labels stacked one a line (a workbook served one cell a line) over a line of amounts or
  over the tasks' ``金额合计``: kept only where the parts add up to the total, which also
  gives the first goal its money where it has none (as a ``部门预算总额 | 1,734.56`` cell
  pair does).

Only a department's own form is read: a project's 财政拨款 is that project's ``fiscal_funds``,
so in a 部门预算绩效文本 holding project forms only the lines before the first of them are
read. The block stands at the form's head, before its indicators.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Final

from jixiao.domain.model import FundingBlock, PerformanceDocument, Provenance
from jixiao.ingest.cells import read_amount, squashed
from jixiao.ingest.source import SourceLine

_HEAD_LINES: Final = 80  # the funds block stands at the form's head
_TASK_ROWS: Final = 60  # a 年度履职任务 table's rows down to its 合计
# the label of the sum (其中:财政拨款, 财政拨款收入, 财政拨款资金); not 生均财政拨款
_FISCAL_RE: Final = re.compile(r"(?:其中[:：]?)?财政拨款(?:收入|资金)?(?:\((?:万元|元)\))?[:：]?")
# the label run into its amount: after a colon, or (a 其中 saying it is a part of the total)
# without one (其中：财政拨款1,268.45万元)
_RUN_IN_RE: Final = re.compile(
    r"(?:(?:其中[:：]?)?财政拨款(?:收入|资金)?[:：]|其中[:：]?财政拨款(?:收入|资金)?)"
    r"(?P<amount>\d+(?:,\d{3})*(?:\.\d+)?(?:万元|元)?)"
)
# a form run together on one line, its cells glued (``资金总额1586.30其中:财政拨款1586.30``
# then ``其他资金0``): the sum right after the total's amount is its part
_GLUED_BLOCK_RE: Final = re.compile(
    r"(?:资金|预算|金额)?总额[:：]?\d+(?:,\d{3})*(?:\.\d+)?(?:万元|元)?"
    r"其中[:：]?财政拨款(?:收入|资金)?[:：]?(?P<amount>\d+(?:,\d{3})*(?:\.\d+)?(?:万元|元)?)"
)
_TOTAL_HEAD_RE: Final = re.compile(r"(?:资金|预算|金额)?总额")
_SUM_ROW_RE: Final = re.compile(r"(?:金额|预算|资金)?合计")
_SPLIT_RE: Final = re.compile(r"\t|\||\s{2,}")
_YUAN_RE: Final = re.compile(r"[(]元[)]|单位[:：]元(?!\w)")


@dataclass(frozen=True)
class StatedFiscal:
    """The sum read (万元), the line it stands on and its text as the line gives it."""

    amount: Decimal
    line: int
    text: str


def with_department_fiscal(
    document: PerformanceDocument, lines: Sequence[SourceLine], source: str | None
) -> PerformanceDocument:
    """The document with the 财政拨款 sum its department form states, where it states one and
    the document holds none yet."""
    income = document.budget.income
    if income.fiscal_appropriation is not None:
        return document
    if document.projects:
        if not document.department_goals:
            return document  # a project's 财政拨款 is that project's fiscal_funds
        # a 部门预算绩效文本: the department's form stands before its projects' forms
        lines = _before_projects(lines)
    if not document.kind.is_declaration:
        return document  # a self-evaluation's 财政拨款 row is the year's execution, not this
    stacked = _stacked_block(lines, document)
    total = stacked.total if stacked is not None else _labelled_total(lines, document)
    if total is not None and document.department_goals[0].funding_block is None:
        document = _with_goals_total(document, source, total)
    if income.general_public_budget is not None or income.government_fund_budget is not None:
        return document
    found = read_department_fiscal(lines) or (stacked.fiscal if stacked is not None else None)
    if found is not None and not _above_total(found.amount, document):
        return _with_income(document, source, {"fiscal_appropriation": found})
    general, fund = read_fiscal_parts(lines)
    if general is None or _above_total(general.amount, document):
        return document
    parts = {"general_public_budget": general}
    if fund is not None:
        parts["government_fund_budget"] = fund
    return _with_income(document, source, parts)


# a project form's first field (项目名称 | …); the 部门整体 form's 项目名称及金额 column is not
_PROJECT_NAME_RE: Final = re.compile(r"项目名称[:：]?")


def _before_projects(lines: Sequence[SourceLine]) -> Sequence[SourceLine]:
    """The lines before the first project form; none where no line tells where it starts."""
    for at, line in enumerate(lines):
        if "项目名称" not in line.text:
            continue  # the cheap test first
        first = next((cell for cell in line.cells if cell.strip()), "")
        if _PROJECT_NAME_RE.fullmatch(squashed(first)):
            return lines[:at]
    return ()


def _with_income(
    document: PerformanceDocument, source: str | None, stated: dict[str, StatedFiscal]
) -> PerformanceDocument:
    """The document with ``stated`` (the income's fields and their sums) in its income."""
    income = document.budget.income
    where = {
        name: Provenance(source=source, line=found.line, text=found.text)
        for name, found in stated.items()
    }
    update = {name: found.amount for name, found in stated.items()}
    read = income.model_copy(update={**update, "provenance": {**income.provenance, **where}})
    budget = document.budget.model_copy(update={"income": read})
    return document.model_copy(update={"budget": budget})


def _above_total(amount: Decimal, document: PerformanceDocument) -> bool:
    """A part cannot exceed its whole: a figure above the stated total was another's."""
    goal = document.department_goals[0] if document.department_goals else None
    block = goal.funding_block if goal is not None else None
    total = document.budget.income.total or (block.amount if block is not None else None)
    return total is not None and amount > total


def read_department_fiscal(lines: Sequence[SourceLine]) -> StatedFiscal | None:
    """The first 财政拨款 sum the form's head states, in 万元."""
    head = [(line, _cells(line)) for line in lines[:_HEAD_LINES]]
    for index in range(len(head)):
        found = _labelled(head, index) or _under_header(head, index)
        if found is not None:
            return found
    return None


# the 财政拨款's parts a funds block may state in its place (其中:一般公共预算 | 2718.64,
# 政府性基金 | 0): the 一般公共预算 as a 其中, or named a 拨款 (under 按收入性质分: the
# appropriation, not a 一般公共预算 column of some other table), the fund only after it
_GENERAL_RE: Final = re.compile(
    r"(?:其中[:：]?一般公共预算(?:拨款|资金|收入)?|一般公共预算拨款)(?:\((?:万元|元)\))?[:：]?"
)
_FUND_RE: Final = re.compile(
    r"(?:其中[:：]?)?政府性基金(?:预算)?(?:拨款|资金|收入)?(?:\((?:万元|元)\))?[:：]?"
)
_FUND_ROWS: Final = 3  # the fund's row follows the 一般公共预算's


def read_fiscal_parts(
    lines: Sequence[SourceLine],
) -> tuple[StatedFiscal | None, StatedFiscal | None]:
    """The 一般公共预算 (其中:一般公共预算) the form's head states in its 财政拨款's place, and
    the 政府性基金 on a row right after it, in 万元."""
    head = [(line, _cells(line)) for line in lines[:_HEAD_LINES]]
    for index, (line, cells) in enumerate(head):
        general = _part(line, cells, _GENERAL_RE)
        if general is None:
            continue
        after = head[index + 1 : index + 1 + _FUND_ROWS]
        funds = (_part(row, row_cells, _FUND_RE) for row, row_cells in after)
        return general, next((fund for fund in funds if fund is not None), None)
    return None, None


def _part(line: SourceLine, cells: list[str], label: re.Pattern[str]) -> StatedFiscal | None:
    """A part's label and its amount in the next cell."""
    for at, cell in enumerate(cells[:-1]):
        if label.fullmatch(cell):
            return _stated(cells[at + 1], line, f"{cell}{cells[at + 1]}", _unit(cell))
    return None


def _cells(line: SourceLine) -> list[str]:
    """The line's cells, a fixed-width line's parted at its runs of spaces."""
    cells = line.cells if len(line.cells) > 1 else tuple(_SPLIT_RE.split(line.text))
    return [squashed(cell) for cell in cells if cell.strip()]


def _labelled(head: list[tuple[SourceLine, list[str]]], index: int) -> StatedFiscal | None:
    """``其中:财政拨款:5930.12`` in a cell, or ``其中:财政拨款`` and its amount in the next
    cell, or (the label the line's last cell) alone on the next line holding anything."""
    line, cells = head[index]
    for at, cell in enumerate(cells):
        run_in = _RUN_IN_RE.fullmatch(cell)
        if run_in is not None:
            return _stated(run_in["amount"], line, cell, _unit(cell))
        glued = _GLUED_BLOCK_RE.search(cell) if "总额" in cell else None
        if glued is not None:
            return _stated(glued["amount"], line, glued.group(0), _unit(cell[: glued.start()]))
        if not _FISCAL_RE.fullmatch(cell):
            continue
        if at + 1 < len(cells):
            return _stated(cells[at + 1], line, f"{cell}{cells[at + 1]}", _unit(cell))
        below = next((row for row in head[index + 1 :] if row[1]), None)
        if below is not None and len(below[1]) == 1:
            return _stated(below[1][0], below[0], below[1][0], _unit(cell))
    return None


def _under_header(head: list[tuple[SourceLine, list[str]]], index: int) -> StatedFiscal | None:
    """The 财政拨款 column's amount: on the row right under a header naming 总额 and
    财政拨款, else on the 合计 row of the tasks it heads."""
    line, cells = head[index]
    total = next((at for at, cell in enumerate(cells) if _TOTAL_HEAD_RE.fullmatch(cell)), None)
    fiscal = next((at for at, cell in enumerate(cells) if _FISCAL_RE.fullmatch(cell)), None)
    if total is None or fiscal is None or fiscal <= total:
        return None
    offset, unit = fiscal - total, _unit(line.text)
    below = [(row, cells) for row, cells in head[index + 1 : index + 1 + _TASK_ROWS] if cells]
    if below and all(_is_amount(cell) for cell in below[0][1]):
        return _nth_amount(below[0], offset, unit)
    for row, row_cells in below:
        if _SUM_ROW_RE.fullmatch(row_cells[0]):
            return _nth_amount((row, row_cells[1:]), offset, unit)
    return None


def _nth_amount(row: tuple[SourceLine, list[str]], offset: int, unit: str) -> StatedFiscal | None:
    line, cells = row
    amounts = [cell for cell in cells if _is_amount(cell)]
    if len(amounts) != len(cells) or offset >= len(amounts):
        return None  # words among the figures: not the row of amounts the header heads
    return _stated(amounts[offset], line, amounts[offset], unit)


def _is_amount(cell: str) -> bool:
    return read_amount(cell) is not None


def _unit(text: str) -> str:
    return "元" if _YUAN_RE.search(squashed(text)) else "万元"


def _stated(text: str, line: SourceLine, written: str, unit: str) -> StatedFiscal | None:
    read = read_amount(text, default_unit=unit)
    if read is None:
        return None
    # the amount as written (5480.00, not 5480) where it is already in 万元
    plain = _PLAIN_RE.fullmatch(text.replace(",", "").removesuffix("万元"))
    same = plain is not None and Decimal(plain.group(0)) == read.value
    amount = Decimal(plain.group(0)) if same and plain is not None else read.value
    return StatedFiscal(amount=amount, line=line.number, text=written)


_PLAIN_RE: Final = re.compile(r"\d+(?:\.\d+)?")


# A workbook served one cell a line (an .xls flattened into a page): the funds block's labels
# each on a line of their own (资金总额 / 财政拨款 / 其他资金, or ①财政资金 / ②其他资金 / 合计
# / ③=①+②), then its amounts on one line parted by spaces; or the labels head the 年度主要任务
# and the amounts stand on the line after their ``金额合计``.
_STACKED_TOTAL_RE: Final = re.compile(r"[①-⑩]?(?:资金|预算|金额)?(?:总额|合计)")
_STACKED_FISCAL_RE: Final = re.compile(r"[①-⑩]?(?:其中[:：]?)?财政(?:拨款|资金)(?:收入)?")
_STACKED_PART_RE: Final = re.compile(
    r"[①-⑩]?(?:其中[:：]?)?[\u4e00-\u9fff]{0,6}(?:资金|拨款|收入|基金)"
)
_FORMULA_RE: Final = re.compile(r"[①-⑩=+＝＋]+")  # ③=①+②, the sum's rule under its label
_STACKED_LEAST: Final = 2  # a total and one part at least
_MAX_STACKED_LABEL: Final = 10
_UNIT_LINES: Final = 3  # the block's unit, (万元) or (元), is printed just above its labels


@dataclass(frozen=True)
class StackedBlock:
    """The funds block's total and its 财政拨款 (when a column names it)."""

    total: StatedFiscal
    fiscal: StatedFiscal | None


_Head = list[tuple[SourceLine, str]]


def _stacked_block(
    lines: Sequence[SourceLine], document: PerformanceDocument
) -> StackedBlock | None:
    """The funds block of a department form whose cells stand one a line; None where the
    form has none."""
    if not document.department_goals:
        return None
    head = [(line, _short(line.text)) for line in lines[:_HEAD_LINES] if line.text.strip()]
    for index, (_, text) in enumerate(head):
        if len(text) > _MAX_STACKED_LABEL or not _is_stacked_label(text):
            continue  # the cheap test first: a block starts at a label
        labels, after = _stacked_labels(head, index)
        if len(labels) < _STACKED_LEAST:
            continue
        row = _stacked_row(head[after:])
        unit = _unit(" ".join(text for _, text in head[max(index - _UNIT_LINES, 0) : index]))
        found = _aligned(labels, row, unit) if row is not None else None
        if found is not None:
            return found
    return None


def _short(text: str) -> str:
    """A short line's text squashed (a label cut by no space); a long one's as it is, as no
    label nor a 合计 line can be long (squashing every line of a long text costs)."""
    return squashed(text) if len(text) <= _SHORT_LINE else text


_SHORT_LINE: Final = 24


def _stacked_labels(head: _Head, start: int) -> tuple[list[str], int]:
    """The labels stacked from ``start`` on (a sum's rule skipped) and the index after them;
    none unless one of them names the total."""
    labels: list[str] = []
    end = start
    for line_text in (text for _, text in head[start:]):
        if _FORMULA_RE.fullmatch(line_text):
            end += 1
            continue
        if len(line_text) > _MAX_STACKED_LABEL or not _is_stacked_label(line_text):
            break
        labels.append(line_text)
        end += 1
    if not any(_STACKED_TOTAL_RE.fullmatch(label) for label in labels):
        return [], start
    return labels, end


def _is_stacked_label(text: str) -> bool:
    return bool(_STACKED_PART_RE.fullmatch(text) or _STACKED_TOTAL_RE.fullmatch(text))


def _stacked_row(below: _Head) -> SourceLine | None:
    """The line of amounts under the labels: the next line, else the line after the tasks'
    ``合计`` (the labels head the 年度主要任务, one amount line per task)."""
    if not below:
        return None
    if _amounts(below[0][0]):
        return below[0][0]
    for at, (_, text) in enumerate(below[:_TASK_ROWS]):
        if _SUM_ROW_RE.fullmatch(text):
            return below[at + 1][0] if at + 1 < len(below) else None
    return None


def _amounts(line: SourceLine) -> list[str]:
    """The line's amounts parted by spaces; none unless every piece is one."""
    pieces = line.text.split()
    return pieces if pieces and all(_is_amount(piece) for piece in pieces) else []


def _aligned(labels: list[str], line: SourceLine, unit: str) -> StackedBlock | None:
    """Each label's amount, counted from the right (a row may hold its own total in a label
    column first), kept only where the parts add up to the total: else no figure rather than
    a wrong one."""
    row = _amounts(line)
    if len(row) < len(labels):
        return None
    read = [_stated(text, line, text, unit) for text in row[len(row) - len(labels) :]]
    stated = [found for found in read if found is not None]
    if len(stated) != len(labels):
        return None
    by_label = list(zip(labels, stated, strict=True))
    totals = [found for label, found in by_label if _STACKED_TOTAL_RE.fullmatch(label)]
    parts = [found.amount for label, found in by_label if not _STACKED_TOTAL_RE.fullmatch(label)]
    if len(totals) != 1 or sum(parts, Decimal(0)) != totals[0].amount:
        return None
    fiscal = [found for label, found in by_label if _STACKED_FISCAL_RE.fullmatch(label)]
    return StackedBlock(total=totals[0], fiscal=fiscal[0] if len(fiscal) == 1 else None)


def _with_goals_total(
    document: PerformanceDocument, source: str | None, total: StatedFiscal
) -> PerformanceDocument:
    """The document with its first goal tied to the block's total (资金总额), as a form read
    row by row gives it."""
    where = Provenance(source=source, line=total.line, text=total.text)
    block = FundingBlock(amount=total.amount, provenance={"amount": where})
    first = document.department_goals[0].model_copy(update={"funding_block": block})
    return document.model_copy(update={"department_goals": [first, *document.department_goals[1:]]})


# the total a label names in its own cell, its amount in the next (| 部门预算总额 | 1,734.56 |
# 其中:一般公共预算 | …): 预算 or 资金 before 总额, a project's 项目总额 not
_TOTAL_LABEL_RE: Final = re.compile(r"(?:部门|单位)?(?:预算|资金)总额(?:\((?:万元|元)\))?[:：]?")
_UNIT_LINE_RE: Final = re.compile(
    r"单位[:：]\s*(?P<unit>万元|元)(?!\w)|[(（](?P<bracket>万元|元)[)）]$"
)


def _labelled_total(
    lines: Sequence[SourceLine], document: PerformanceDocument
) -> StatedFiscal | None:
    """The first goal's money as a label and its amount state it in the form's head, where
    the goal has none read; in the unit the label, else the last unit line above, names."""
    goals = document.department_goals
    if not goals or goals[0].funding_block is not None:
        return None
    unit = "万元"
    for line in lines[:_HEAD_LINES]:
        if "总额" not in line.text:
            stated = _UNIT_LINE_RE.search(line.text.strip()) if "元" in line.text else None
            unit = (stated["unit"] or stated["bracket"]) if stated is not None else unit
            continue
        cells = _cells(line)
        for at, cell in enumerate(cells[:-1]):
            if _TOTAL_LABEL_RE.fullmatch(cell):
                label_unit = "元" if _YUAN_RE.search(cell) else unit
                return _stated(cells[at + 1], line, f"{cell}{cells[at + 1]}", label_unit)
    return None
