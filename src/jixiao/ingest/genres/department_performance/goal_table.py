"""The 部门整体支出绩效目标申报表: department, budget, the goals and their indicator blocks.

The goals are stated twice: as a list in one cell (``目标 1: … 目标 2: … 年度工作计划 …``) and
as blocks of indicator rows, each opened by the merged cell ``年度整体支出目标n`` (read whole,
as a bare number, or cut as ``年度整体`` with its number on a later line). A block may repeat
the goal's text in its header rows; the list's clean text is preferred. The block's
``项目名称及金额`` cell (the funding block, e.g. ``人员经费 (64.18万元)``) is read from the
fragments the OCR spread over its rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Final

from jixiao.ingest.cells import half_width, is_decorative, join_cjk, read_amount, squashed
from jixiao.ingest.general.budget_parts import BudgetRead
from jixiao.ingest.genres.department_performance.budget_table import read_budget
from jixiao.ingest.genres.department_performance.context import (
    ROW,
    Context,
    Fix,
    Located,
    line_span,
)
from jixiao.ingest.genres.department_performance.cover import (
    read_department_label,
    read_fiscal_year_line,
)
from jixiao.ingest.genres.department_performance.fold import TableItem, fold_rows
from jixiao.ingest.genres.department_performance.labels import resolve_labels
from jixiao.ingest.genres.department_performance.rows import (
    Layout,
    Row,
    is_header,
    read_layout,
    read_row,
)
from jixiao.ingest.genres.department_performance.sections import Region
from jixiao.ingest.report import ItemKind
from jixiao.ingest.source import SourceLine

_GOAL_ITEM_RE: Final = re.compile(r"目标\s*([0-9]+)\s*[::]")
_WORK_PLAN_RE: Final = re.compile(r"年度工作计划\s*[::]?")
_BLOCK_LABEL_RE: Final = re.compile(r"(?:年度)?整体支出目标([0-9]+)")
_CUT_BLOCK_LABEL: Final = "年度整体"
_FUNDING_RE: Final = re.compile(
    r"(?P<name>[^((0-9]*?)\s*[((]?\s*(?P<amount>[0-9]+(?:\s?\.\s?[0-9]+)?)?\s*(?:万元|万)?\s*[))]?\s*"
)
_BUDGET_HEADINGS: Final = ("收入预算", "支出预算")


@dataclass
class Funding:
    """项目名称及金额 as read: name and amount (None where lost), with their lines."""

    fragments: list[tuple[str, SourceLine]]
    name: str | None = None
    amount: Decimal | None = None
    amount_line: SourceLine | None = None
    fixes: list[Fix] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(text for text, _ in self.fragments)


@dataclass
class GoalBlock:
    number: int | None
    number_line: SourceLine | None
    header: list[tuple[str, SourceLine]] = field(default_factory=list)
    rows: list[tuple[Row, int]] = field(default_factory=list)


@dataclass
class GoalDraft:
    number: int
    text: Located | None = None
    number_line: SourceLine | None = None
    funding: Funding | None = None
    items: list[TableItem] = field(default_factory=list)
    fixes: list[Fix] = field(default_factory=list)


@dataclass
class DepartmentTable:
    title: SourceLine | None = None
    budget: BudgetRead = field(default_factory=BudgetRead)
    goals: list[GoalDraft] = field(default_factory=list)
    work_plan: Located | None = None
    department: Located | None = None
    fiscal_year: tuple[int, SourceLine] | None = None
    unplaced: list[Row] = field(default_factory=list)


@dataclass
class _State:
    table: DepartmentTable
    listed: dict[int, Located] = field(default_factory=dict)
    blocks: list[GoalBlock] = field(default_factory=list)
    layout: Layout | None = None
    band: int = 0


def read_department_table(ctx: Context, region: Region) -> DepartmentTable:
    table = DepartmentTable(title=region.titles[0] if region.titles else None)
    ctx.take(region.titles)
    table.budget = read_budget(ctx, region.lines)
    state = _State(table)
    for line in region.lines:
        if line.is_blank:
            state.band += 1
        elif not ctx.is_taken(line) and _read_line(state, line):
            ctx.take([line])
    table.goals = _goals(state)
    return table


def _read_line(state: _State, line: SourceLine) -> bool:
    """Read one line of the table; False when no rule takes it."""
    table = state.table
    if (year := read_fiscal_year_line(line)) is not None:
        table.fiscal_year = table.fiscal_year or (year, line)
        return True
    if (department := read_department_label(line)) is not None:
        table.department = table.department or Located(department, line)
        return True
    if any(heading in squashed(cell) for cell in line.cells for heading in _BUDGET_HEADINGS):
        return len([cell for cell in line.cells if cell]) <= 2
    if _read_goal_list(state, line):
        return True
    if is_header(line):
        state.layout = read_layout(line)
        number = _block_number(state, line)
        if number is not None:  # 1 | 项目名称及金额 | 一级指标 …: a block's first line
            _open_block(state, line, number, with_text=False)
        return True
    number = _block_number(state, line)
    if number is not None or _is_cut_label(line):
        _open_block(state, line, number)
        return True
    if is_decorative(line.text):
        return True  # a rule (| --- | --- |), a page number, a signature line
    return _read_row(state, line)


def _read_goal_list(state: _State, line: SourceLine) -> bool:
    """``目标 1: … 目标 2: … 年度工作计划 …`` in one cell: each goal's text and the plan."""
    for cell in line.cells:
        marks = list(_GOAL_ITEM_RE.finditer(half_width(cell)))
        if not marks:
            continue
        plan = _WORK_PLAN_RE.search(half_width(cell), marks[-1].end())
        ends = [mark.start() for mark in marks[1:]] + [plan.start() if plan else len(cell)]
        for mark, end in zip(marks, ends, strict=True):
            text = join_cjk(cell[mark.end() : end])[0].strip()
            if text:
                state.listed[int(mark.group(1))] = Located(text, line)
        if plan is not None and (work_plan := join_cjk(cell[plan.end() :])[0].strip()):
            state.table.work_plan = Located(work_plan, line)
        return True
    return False


def _block_number(state: _State, line: SourceLine) -> int | None:
    """The goal number a line opens a block with: ``年度整体支出目标2`` anywhere, or a first
    cell that is just the next goal's number (the rest of the merged label lost)."""
    for cell in line.cells:
        if match := _BLOCK_LABEL_RE.search(squashed(cell)):
            return int(match.group(1))
    first = squashed(line.cells[0]) if line.cells else ""
    expected = _expected_number(state)
    return expected if first.isdigit() and int(first) == expected else None


def _expected_number(state: _State) -> int:
    current = state.blocks[-1] if state.blocks else None
    if current is not None and current.number is None and not current.rows:
        return len(state.blocks)  # the number of the block just opened by a cut label
    return len(state.blocks) + 1


def _is_cut_label(line: SourceLine) -> bool:
    return bool(line.cells) and squashed(line.cells[0]).startswith(_CUT_BLOCK_LABEL)


def _open_block(
    state: _State, line: SourceLine, number: int | None, with_text: bool = True
) -> None:
    current = state.blocks[-1] if state.blocks else None
    if current is not None and number is not None and current.number == number:
        return  # the block's header rows repeated at the top of a new page: it goes on
    if current is not None and not current.rows and (current.number is None or number is None):
        current.number = current.number or number  # a cut label's number on a later line
        current.number_line = current.number_line if number is None else line
    else:
        current = GoalBlock(number, line if number is not None else None)
        state.blocks.append(current)
    if with_text:
        current.header.extend((cell, line) for cell in line.cells[1:] if cell.strip())


def _read_row(state: _State, line: SourceLine) -> bool:
    layout = state.layout
    row = read_row(line, layout, with_definition=layout.has_definition if layout else False)
    current = state.blocks[-1] if state.blocks else None
    if current is not None and not current.rows and not row.has_target_cell and current.header:
        current.header.extend((cell, line) for cell in line.cells if cell.strip())
        return True  # the goal's text, repeated in the block's header rows
    if not (row.name or row.has_target_cell or row.definition or row.tails or row.funding):
        return False
    if current is None:
        current = GoalBlock(None, None)
        state.blocks.append(current)
    current.rows.append((row, state.band))
    return True


def _goals(state: _State) -> list[GoalDraft]:
    goals: list[GoalDraft] = []
    for position, block in enumerate(state.blocks, start=1):
        number = block.number or position
        goal = GoalDraft(number=number, number_line=block.number_line)
        goal.text = state.listed.get(number) or _header_text(goal, block)
        goal.items, orphans = fold_rows(block.rows)
        state.table.unplaced.extend(orphans)
        resolve_labels(goal.items)
        goal.funding = _funding(goal.items)
        goals.append(goal)
    for number, text in sorted(state.listed.items()):
        if all(goal.number != number for goal in goals):
            goals.append(GoalDraft(number=number, text=text))
    return sorted(goals, key=lambda goal: goal.number)


def _header_text(goal: GoalDraft, block: GoalBlock) -> Located | None:
    """The goal's text from its block's header rows, when the goal list does not state it."""
    texts = [cell for cell, _ in block.header if re.search(r"[\u3400-\u9fff]{2}", cell)]
    if not texts:
        return None
    return Located(join_cjk("".join(texts))[0], block.header[0][1])


def _read_once(text: str) -> str:
    """A merged cell cut at a page break and printed again at the top of the next page
    (``侨务工作经费侨务工作经费``) is read once."""
    for size in range(2, len(text) // 2 + 1):
        times, rest = divmod(len(text), size)
        unit = text[:size]
        if not rest and unit * times == text and re.search(r"[\u3400-\u9fff]", unit):
            return unit
    return text


def _funding(items: list[TableItem]) -> Funding | None:
    fragments = [fragment for item in items for fragment in item.funding]
    if not fragments:
        return None
    funding = Funding(fragments)
    text = _read_once(squashed(funding.text))
    match = _FUNDING_RE.fullmatch(text)
    first = fragments[0][1]
    if match is None:
        reason = f"“项目名称及金额”单元格“{text}”无法识别,不作推测"
        funding.fixes.append(Fix(ROW, ItemKind.UNREADABLE, reason, first, text))
        return funding
    funding.name = match["name"] or None
    if match["amount"] and (amount := read_amount(match["amount"])) is not None:
        funding.amount = amount.value
        funding.amount_line = next(
            line for part, line in fragments if any(c.isdigit() for c in part)
        )
    lines = [line for _, line in fragments]
    if len(fragments) > 1 and funding.name:
        original = "\n".join(part for part, _ in fragments)
        reason = f"“项目名称及金额”单元格被OCR拆在{line_span(lines)},合并读取"
        funding.fixes.append(Fix("name", ItemKind.REPAIRED, reason, first, original, text))
    if funding.name is None:
        reason = f"“项目名称及金额”单元格只识别出“{text}”,名称已丢失,不作推测"
        funding.fixes.append(Fix(ROW, ItemKind.UNREADABLE, reason, first, text))
    if funding.amount is None:
        reason = f"“项目名称及金额”单元格只识别出“{text}”,金额未识别出,不作推测"
        funding.fixes.append(Fix("amount", ItemKind.UNREADABLE, reason, first, text))
    return funding
