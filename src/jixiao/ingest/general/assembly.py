"""One document from its parts: each part read by the general reader, then put together.

A genre made of parts (:mod:`.parts`) is read part by part with the same reader every
single form gets: the head (cover and prose) gives who, which year and the title; a goals
part gives the department's goals, each with the indicators its rows hold and the money its
项目名称及金额 cell names; a project part gives one project (name, code, amounts, indicators,
spending plan); the prose its goal sections and safeguards (:mod:`.prose_parts`). A source
with no table part, or with no prose or goals part beside it, is one form and read as one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from contextvars import ContextVar
from decimal import Decimal, InvalidOperation
from typing import Any, Final

from jixiao.domain.model import (
    DepartmentBudget,
    DepartmentGoal,
    FundingBlock,
    Indicator,
    PerformanceDocument,
    Project,
    Provenance,
)
from jixiao.ingest.cells import squashed
from jixiao.ingest.general.budget_parts import BudgetRead, read_budget
from jixiao.ingest.general.by_place import complete_fragments, read_by_place
from jixiao.ingest.general.cover_parts import Cover, read_cover
from jixiao.ingest.general.crossfill import cross_fill
from jixiao.ingest.general.department_fiscal import with_department_fiscal
from jixiao.ingest.general.fixes import apply_fixes, provenance_of
from jixiao.ingest.general.folding import fold_rows
from jixiao.ingest.general.funding_blocks import (
    SpreadBlock,
    complete_name,
    funding_column,
    spread_block,
)
from jixiao.ingest.general.genres import genre_of
from jixiao.ingest.general.kinds import Kind, kind_of
from jixiao.ingest.general.merged_labels import Note, spread_categories
from jixiao.ingest.general.normalise import normalise_source
from jixiao.ingest.general.ocr_cells import mend_cells
from jixiao.ingest.general.parts import LAYOUTS, Layout, Part, PartKind, find_parts, table_parts
from jixiao.ingest.general.placing import Placing
from jixiao.ingest.general.prose_budget import read_prose_budget
from jixiao.ingest.general.prose_parts import ProseParts, read_prose_parts
from jixiao.ingest.general.second_labels import spread_subcategories
from jixiao.ingest.general.spending import read_checkpoints, read_spending_plan
from jixiao.ingest.general.stray_marks import label_column, list_stray_marks
from jixiao.ingest.general.stream import cells_of
from jixiao.ingest.general.table import find_tables
from jixiao.ingest.report import ImportReport, ItemKind, ReportItem
from jixiao.ingest.source import SourceDocument, SourceLine

Reader = Callable[[SourceDocument, ImportReport], PerformanceDocument]
Place = int  # a line's number

# A part is read as a form of its own: inside it, parts are not looked for again.
_INSIDE_PART: ContextVar[bool] = ContextVar("inside_part", default=False)
_BLOCK_RE: Final = re.compile(r"(?P<name>.+?)[((](?P<amount>\d+(?:,\d{3})*(?:\.\d+)?)\s*万?元?[))]")
_PROJECT_TITLE_RE: Final = re.compile(
    r"^(?:[0-9一二三四五六七八九十]+[、.．])?(?P<name>.+?)项目(?:支出)?绩效目标"
)
# Report items about a part's own key are not the document's: the head states the key.
_PART_KEY_FIELDS: Final = ("fiscal_year", "department.name", "projects[0].name")
# A project table of the genre leaves its 项目编码 empty as a rule (the code is the budget
# system's, not the publication's): an empty one is no missing value of the text.
_UNREPORTED: Final = ("projects[0].code",)
# The head (cover and prose) holds no table: that is no part missing.
_CUT_FIELDS: Final = ("indicator_table", "indicators")
_HEAD_DROPPED: Final = (*_CUT_FIELDS, "projects[0].name")
_MIN_HEADER_CELLS: Final = 3
_TRUNCATED: Final = "(文档可能被截断或缺页)"
_SECOND_LEVEL: Final = "二级指标"
_PAGE_NUMBER_RE: Final = re.compile(r"[-—–]?\d{1,3}[-—–]?|第\d{1,3}页(?:共\d{1,3}页)?")
_YEAR_FIRST_RE: Final = re.compile(r"\d{4}\s*年")
_MAX_NAME_LINE: Final = 30
_LISTED_RE: Final = re.compile(r"目标\s*(?P<number>\d{1,2})\s*[::]\s*")
_WORK_PLAN_RE: Final = re.compile(r"年度工作计划")
_PLAN_LEAD_RE: Final = re.compile(r"^[\s::]+")
_MARKS: Final = "#|* \u3000"
_MAX_CUT_LABEL_ROWS: Final = 3  # a label cut over rows has its number this close below
# the cut label's number alone (``3``), or with the label's second half (``支出目标 3``: the
# cell 年度整体支出目标3 wrapped after 年度整体)
_GOAL_NUMBER_RE: Final = re.compile(r"(?:支出目标\s*)?\d{1,2}")


def read_in_parts(
    source: SourceDocument, report: ImportReport, read: Reader
) -> PerformanceDocument | None:
    """The document read part by part, or None when the source is not made of parts."""
    if _INSIDE_PART.get():
        return None
    normalised, _ = normalise_source(source)
    for layout in LAYOUTS:
        parts = find_parts(layout, normalised.lines)
        if _made_of_parts(parts) or _cut_before_tables(layout, parts):
            token = _INSIDE_PART.set(True)
            try:
                document = _assemble(layout, source, normalised, parts, report, read)
                # a department form's 财政拨款 sum, wherever among the parts it stands
                return with_department_fiscal(document, normalised.lines, source.name)
            finally:
                _INSIDE_PART.reset(token)
    return None


def _made_of_parts(parts: list[Part]) -> bool:
    """Tables of their own kinds beside prose or the department's goals: one form with a
    second title (a form's own heading under the publisher's) is not a document of parts,
    nor is a title with nothing after it (a link to another document at a page's foot)."""
    parts = [part for part in parts if len(part.lines) > len(part.titles)]
    kinds = {part.kind for part in parts}
    return bool(table_parts(parts)) and bool(kinds & {PartKind.GOALS, PartKind.PROSE})


def _cut_before_tables(layout: Layout, parts: list[Part]) -> bool:
    """A text of the genre (its title names it) whose prose stands but whose tables are
    cut off (a truncated file, pages missing): read by its parts too, the tables missing."""
    if table_parts([part for part in parts if len(part.lines) > len(part.titles)]):
        return False
    if not any(part.kind is PartKind.PROSE and part.lines for part in parts):
        return False
    if find_tables(cells_of([line for part in parts for line in part.lines])):
        return False  # its tables stand under titles of their own: read as one text
    head = [
        squashed(line.text) for part in parts if part.kind is PartKind.HEAD for line in part.lines
    ]
    return genre_of(head, []) is layout.kind


def _report_missing_parts(
    parts: list[Part], document: PerformanceDocument, report: ImportReport
) -> None:
    """Parts of the genre the source lacks (a truncated file, pages missing), each a MISSING
    item on a top-level field: no goals table (and so no budget, unless the prose states it),
    a goals table without its budget or without any goal's indicators, and no project table
    where the contents, the prose's titles or (in a text with prose) the budget name projects."""
    tables = table_parts([part for part in parts if len(part.lines) > len(part.titles)])
    income, spending = document.budget.income, document.budget.expenditure
    amounts = [*income.parts().values(), income.total, *spending.parts().values(), spending.total]
    no_budget = all(amount is None for amount in amounts)
    if not any(part.kind is PartKind.GOALS for part in tables):
        reason = f"未找到部门整体支出绩效目标申报表{_TRUNCATED}"
        report.add(ItemKind.MISSING, reason, field="department_goals")
        if no_budget:
            reason = f"未找到年度收入/支出预算(部门整体支出绩效目标申报表){_TRUNCATED}"
            report.add(ItemKind.MISSING, reason, field="budget")
    else:
        if no_budget:
            reason = f"申报表中未找到年度收入/支出预算{_TRUNCATED}"
            report.add(ItemKind.MISSING, reason, field="budget")
        if not any(goal.indicators for goal in document.department_goals):
            reason = f"申报表中未找到整体支出目标的绩效指标{_TRUNCATED}"
            report.add(ItemKind.MISSING, reason, field="department_goals")
    named = any(
        "项目" in line.text
        for part in parts
        if part.kind in (PartKind.CONTENTS, PartKind.PROSE)
        for line in (part.lines if part.kind is PartKind.CONTENTS else part.titles)
    )
    # 项目支出 in the budget names projects in a text of parts (its 第二部分 holds them); a
    # goals table published on its own may state it without any project table
    texts = any(
        part.kind is PartKind.PROSE and any(not line.is_blank for line in part.lines[1:])
        for part in parts
    )
    if not document.projects and (named or (texts and (spending.project or 0) > 0)):
        reason = f"文档列出了预算项目(目录、标题或项目支出预算),但未找到项目绩效目标表{_TRUNCATED}"
        report.add(ItemKind.MISSING, reason, field="projects")


def _assemble(
    layout: Layout,
    source: SourceDocument,
    normalised: SourceDocument,
    parts: list[Part],
    report: ImportReport,
    read: Reader,
) -> PerformanceDocument:
    # the lines as the reader gave them, by place (a workbook numbers each sheet's from 1)
    raw = dict(zip(map(id, normalised.lines), source.lines, strict=False))
    prose_lines = [line for part in parts if part.kind is PartKind.PROSE for line in part.lines]
    head_lines = [line for part in parts if part.kind is PartKind.HEAD for line in part.lines]
    head_report = _scratch(report)
    head = read(_sub(source, raw, head_lines + prose_lines), head_report)
    goals: list[DepartmentGoal] = []
    projects: list[Project] = []
    budget = head.budget
    work_plan: str | None = None
    fragments: list[tuple[int, tuple[str, SourceLine]]] = []  # a year's goal by place
    read_parts: list[PerformanceDocument] = []
    placing = Placing()
    spread: list[SpreadBlock | None] = []  # each goal's funding block read from fragments

    last = next((line for line in reversed(normalised.lines) if not line.is_blank), None)

    def read_rows(lines: list[SourceLine]) -> tuple[PerformanceDocument, list[Indicator]]:
        """The lines read as a form of their own, and the indicators their rows hold."""
        scratch = _scratch(report)
        document = read(
            _sub(source, raw, [ln for ln in lines if not _label_row(layout, ln)]), scratch
        )
        skipped = _not_rows(layout, lines)
        pieces = _label_pieces(document, skipped)
        # a part that stops where the next begins is not cut: only the last part may be
        at_end = any(line is last for line in lines)
        dropped = _PART_KEY_FIELDS + _UNREPORTED + (() if at_end else _CUT_FIELDS)
        _keep_items(scratch, report, dropped, skipped, pieces)
        placing.hold(document, scratch.items)
        read_parts.append(document)
        rows = mend_cells(_rows(document, skipped, pieces), lines, placing.note)
        return document, fold_rows(rows, lines, placing.note)

    for part in table_parts(parts):
        if part.kind is PartKind.GOALS:
            document, rows = read_rows(part.lines)
            found = _goals(layout, part, rows, len(goals), placing.note)
            work_plan = work_plan or _work_plan(layout, part, len(goals))
            # a goal whose cell names no money of its own: the fragments spread down it
            blocks = [
                block if goal.funding_block is None else None
                for goal, block in zip(
                    found, _spread_blocks(layout, part, source.name, len(goals)), strict=True
                )
            ]
            spread += [None] * (len(goals) - len(spread)) + blocks
            goals += _with_total(found, document)
            read_figures = read_budget(source.name, part.lines)
            if read_figures is not None:
                budget = _budget(read_figures, report, source.name)
            elif _no_budget(budget):  # the form's head states it in a sentence
                budget = read_prose_budget(part.lines, source.name) or budget
        else:
            document, rows = read_rows(part.lines)
            found_projects = _projects(part, document, _second_labels(part, rows, placing.note))
            for project in found_projects:
                path = f"projects[{len(projects)}]"
                project = _with_plan(project, part, source.name, report, path)
                project, fragment = _by_place(project, part, source.name, report, path)
                if fragment is not None:
                    fragments.append((len(projects), fragment))
                projects.append(project)
    if _no_budget(budget):
        # a 部门预算's budget stated in its prose parts before the goals table (收入预算
        # 2368.54万元), which the head's reading, no declaration, does not keep
        budget = read_prose_budget(head_lines + prose_lines, source.name) or budget
    cover = read_cover(head_lines)
    key, filled, title = _head_facts(head, head_lines, read_parts, cover)
    _keep_items(head_report, report, _HEAD_DROPPED + filled)
    prose = read_prose_parts(prose_lines, source.name)
    goals = _completed_blocks(goals, spread, projects, report, source.name)
    projects = _annual_goals(projects, fragments, goals, prose, report, source.name)
    goals, projects = cross_fill(goals, projects, prose.goal_sections, report, source.lines)
    for note in prose.notes:
        report.add(note.kind, note.reason, field=note.field, line=note.line, original=note.original)
    if title is not None:
        report.add(ItemKind.REPAIRED, "标题合并读取(去掉换行和空格)", field="title", line=title[1])
    provenance = {**head.provenance, **_where(source.name, key, title, cover, prose)}
    update = {
        **key,
        "provenance": provenance,
        "kind": layout.kind,
        "department_goals": goals,
        "projects": projects,
        "budget": budget,
        "goal_sections": prose.goal_sections,
        "safeguards": prose.safeguards,
        "overall_goal": prose.overall_goal or head.overall_goal,
        "annual_work_plan": work_plan or head.annual_work_plan,
        "finance_bureau": cover.bureau,
        "department_evaluation": None,
    }
    report.genre = layout.kind.value
    document = head.model_copy(update=update)
    report.counts = counts(document)
    _report_missing_parts(parts, document, report)
    report.items = in_document_order(placing.place(document, report.items))
    complete = document.fiscal_year is not None and document.department.name is not None
    if complete and all(project.name for project in document.projects):
        return PerformanceDocument.model_validate(document.model_dump())
    return document


def _no_budget(budget: DepartmentBudget) -> bool:
    return budget.income.total is None and budget.expenditure.total is None


def _budget(read: BudgetRead, report: ImportReport, source: str) -> DepartmentBudget:
    """The budget read, its repairs (an amount split over two cells) and unreadable amounts
    reported on their fields."""
    budget = read.budget
    apply_fixes(report, source, "budget.income", budget.income.provenance, read.income_fixes)
    spending = budget.expenditure
    apply_fixes(report, source, "budget.expenditure", spending.provenance, read.expenditure_fixes)
    return budget


def _head_facts(
    head: PerformanceDocument,
    head_lines: list[SourceLine],
    read_parts: list[PerformanceDocument],
    cover: Cover,
) -> tuple[dict[str, Any], tuple[str, ...], tuple[str, int] | None]:
    """The key and title the document takes: the cover's department (its 编制 line), else the
    head's or the first part's; the title whole (over two lines, without OCR's spaces).
    Also the key fields filled so, and the title with its first line when it was mended."""
    key, filled = _key(head, read_parts)
    if cover.department is not None:
        key["department"], filled = cover.department, (*filled, "department.name")
    title = _title(head, head_lines)
    if title is None and head.title is not None and squashed(head.title) != head.title:
        title = squashed(head.title), _line_of(head_lines, head.title)  # OCR's spaces
    if title is not None:
        key["title"] = title[0]
    return key, filled, title


def _where(
    source: str,
    key: dict[str, Any],
    title: tuple[str, int] | None,
    cover: Cover,
    prose: ProseParts,
) -> dict[str, Provenance]:
    """Where the department, the year (the title's line) and the overall goal were read."""
    where: dict[str, Provenance] = {}
    if "department" in key and cover.department_line is not None:
        where["department"] = Provenance(source=source, line=cover.department_line)
    if title is not None:
        where["fiscal_year"] = Provenance(source=source, line=title[1])
    if prose.overall_goal_line is not None:
        where["overall_goal"] = Provenance(source=source, line=prose.overall_goal_line)
    return where


def _key(
    head: PerformanceDocument, read_parts: list[PerformanceDocument]
) -> tuple[dict[str, Any], tuple[str, ...]]:
    """The year and the department where the head does not state them (a goals table with
    no cover names them in its own head): the first part's that does."""
    key: dict[str, Any] = {}
    filled: tuple[str, ...] = ()
    if head.fiscal_year is None:
        year = next((d.fiscal_year for d in read_parts if d.fiscal_year is not None), None)
        if year is not None:
            key["fiscal_year"], filled = year, (*filled, "fiscal_year")
    if head.department.name is None:
        named = next((d.department for d in read_parts if d.department.name is not None), None)
        if named is not None:
            key["department"], filled = named, (*filled, "department.name")
    return key, filled


def _title(head: PerformanceDocument, lines: list[SourceLine]) -> tuple[str, int] | None:
    """A title that starts with its year continues the line above it (the department's
    name, printed on a line of its own on the cover): the whole title and its first line."""
    if head.title is None or not _YEAR_FIRST_RE.match(head.title):
        return None
    texts = [(line.text.strip(_MARKS), line.number) for line in lines if line.text.strip(_MARKS)]
    at = next((i for i, (text, _) in enumerate(texts) if text == head.title.strip()), None)
    if not at or len(texts[at - 1][0]) > _MAX_NAME_LINE:
        return None
    return texts[at - 1][0] + head.title.strip(), texts[at - 1][1]


def _line_of(lines: list[SourceLine], text: str) -> int:
    return next((line.number for line in lines if text.strip() in line.text), lines[0].number)


def _sub(
    source: SourceDocument, raw: dict[int, SourceLine], lines: list[SourceLine]
) -> SourceDocument:
    """The part as a source of its own, its lines as the reader gave them (with their
    numbers: provenance stays the document's)."""
    return SourceDocument(
        name=source.name,
        format=source.format,
        lines=[raw.get(id(line), line) for line in lines],
        encoding=source.encoding,
    )


def _scratch(report: ImportReport) -> ImportReport:
    return ImportReport(source=report.source, format=report.format, genre=report.genre)


def _keep_items(
    scratch: ImportReport,
    report: ImportReport,
    dropped: tuple[str, ...],
    skipped: frozenset[Place] = frozenset(),
    pieces: frozenset[tuple[Place, str]] = frozenset(),
) -> None:
    """A part's report items, less the MISSING items about fields the part need not hold."""
    for item in scratch.items:
        if item.kind is ItemKind.MISSING and item.field in dropped:
            continue
        place = item.line or 0
        if place in skipped:
            continue
        if any(at == place and f"“{name}”" in item.reason for at, name in pieces):
            continue  # about a merged label's piece, which is no indicator
        report.items.append(item)


def _not_rows(layout: Layout, lines: list[SourceLine]) -> frozenset[Place]:
    """Lines that hold no indicator though a table reads them as rows: a goal's label and
    text, and the header repeated for each goal."""
    return frozenset(
        _place(line)
        for line in lines
        if (_goal_label(layout, line) is not None and not _holds_row(line))
        or _PAGE_NUMBER_RE.fullmatch(squashed(line.text))
        or _is_header(line)
    ) | _cut_labels(layout, lines)


def _holds_row(line: SourceLine) -> bool:
    """A goal's label printed in the first row of its goal (``年度整体支出目标2 | 公用经费(…)
    | 产出指标 | 质量指标 | 设备完好率 | ≥95%``): the merged label cell shares its line with
    the goal's first indicator, which a line holding only the label and the goal's text
    lacks (a level label and a target beside it)."""
    kinds = {kind_of(cell) for cell in line.cells[1:] if cell.strip()}
    return bool(kinds & _LEVEL_KINDS) and bool(kinds & _TARGET_KINDS)


_LEVEL_KINDS: Final = frozenset({Kind.CATEGORY, Kind.SUBCATEGORY})
_TARGET_KINDS: Final = frozenset({Kind.QUANTITY, Kind.QUALITATIVE, Kind.PERIOD})


def _cut_labels(layout: Layout, lines: list[SourceLine]) -> frozenset[Place]:
    """A goal's label cut over rows (``年度整体 | 扩大与海 | …``, then ``3 | 联组织覆 | …``: its
    number, alone or after 支出目标, in the first cell of a row below): the rows down to the
    number hold the label and the goal's text, no indicator. The number's row may hold the
    goal's first indicator as well (``3 | | 产出指标 | 办结数量 | ≥40 件``), as a label's row
    may."""
    cut: set[Place] = set()
    for index, line in enumerate(lines):
        match = _goal_label(layout, line)
        if match is None or match.group("number"):
            continue
        below = lines[index + 1 : index + 1 + _MAX_CUT_LABEL_ROWS]
        for offset, other in enumerate(below, start=1):
            cells = [cell.strip() for cell in other.cells]
            if cells and _GOAL_NUMBER_RE.fullmatch(cells[0]) and not _is_header(other):
                cut.update(_place(row) for row in lines[index + 1 : index + offset])
                if not _holds_row(other):
                    cut.add(_place(other))
                break
    return frozenset(cut)


def _label_pieces(
    document: PerformanceDocument, skipped: frozenset[Place]
) -> frozenset[tuple[Place, str]]:
    """(line, name) of names with no target read from a line that gives another indicator
    its target: a merged label's piece printed in the row (``整体支出 | … | 取暖面积 |
    ≥36平米``), or the money a goal is tied to (``人员经费(100万元)``)."""
    rows = [i for _, i in document.all_indicators() if _row_place(i) not in skipped]
    with_target = {_row_place(i) for i in rows if i.target is not None}
    return frozenset(
        (_row_place(i), i.name) for i in rows if i.target is None and _row_place(i) in with_target
    )


def _rows(
    document: PerformanceDocument, skipped: frozenset[Place], pieces: frozenset[tuple[Place, str]]
) -> list[Indicator]:
    """The part's indicators, less those read from lines that hold none."""
    return [
        i
        for _, i in document.all_indicators()
        if _row_place(i) not in skipped and (_row_place(i), i.name) not in pieces
    ]


def _goals(
    layout: Layout, part: Part, indicators: list[Indicator], before: int, note: Note
) -> list[DepartmentGoal]:
    """The part's goals: each opens at a row labelled 年度整体支出目标 (numbered, or in
    order) and holds the indicators read from the rows up to the next (the first goal also
    those above its label)."""
    openers = _goal_openers(layout, part.lines, before) or [(0, before + 1, None)]
    listed = _listed(openers)
    # a row's position in the part: its line's number, and its text where a number repeats
    placed = row_positions(indicators, part.lines)

    def at(indicator: Indicator) -> int:
        return placed.get(id(indicator), 0)

    goals: list[DepartmentGoal] = []
    for index, (start, number, text) in enumerate(openers):
        end = openers[index + 1][0] if index + 1 < len(openers) else len(part.lines)
        low = 0 if index == 0 else start
        goals.append(
            DepartmentGoal(
                number=number,
                text=listed.get(number, text),
                funding_block=_funding_block(part.lines, start, end),
                indicators=[i for i in indicators if low <= at(i) < end],
            )
        )
    blanks = [index for index, line in enumerate(part.lines) if line.is_blank]

    def line_of(indicator: Indicator) -> SourceLine | None:
        return part.lines[at(indicator)] if part.lines else None

    def band_of(indicator: Indicator) -> int:
        return sum(1 for blank in blanks if blank < at(indicator))

    column = label_column(part.lines)
    for goal in goals:
        list_stray_marks(goal.indicators, line_of, column, note)
    # a goal's label row ends every merged cell: labels are spread within each goal
    return [
        goal.model_copy(
            update={"indicators": spread_categories(goal.indicators, line_of, band_of, note)}
        )
        for goal in goals
    ]


def _spread_blocks(
    layout: Layout, part: Part, source: str, before: int
) -> list[SpreadBlock | None]:
    """Each goal's funding block read from the fragments an OCR spread down its
    项目名称及金额 column (None where the column holds none)."""
    openers = _goal_openers(layout, part.lines, before) or [(0, before + 1, None)]
    column = funding_column(part.lines)
    skipped = _not_rows(layout, part.lines)
    blocks: list[SpreadBlock | None] = []
    for index, (start, _, _) in enumerate(openers):
        end = openers[index + 1][0] if index + 1 < len(openers) else len(part.lines)
        blocks.append(spread_block(source, part.lines[start:end], column, skipped))
    return blocks


def _completed_blocks(
    goals: list[DepartmentGoal],
    spread: list[SpreadBlock | None],
    projects: list[Project],
    report: ImportReport,
    source: str,
) -> list[DepartmentGoal]:
    """The goals with their spread funding blocks' names completed from the projects', and
    what reading each changed or could not read reported on its path."""
    names = [project.name for project in projects]
    out: list[DepartmentGoal] = []
    for index, goal in enumerate(goals):
        block = spread[index] if index < len(spread) else None
        if block is None:
            out.append(goal)
            continue
        block = complete_name(block, names)
        path = f"department_goals[{index}].funding_block"
        apply_fixes(report, source, path, block.block.provenance, block.fixes)
        out.append(goal.model_copy(update={"funding_block": block.block}))
    return out


def _second_labels(part: Part, indicators: list[Indicator], note: Note) -> list[Indicator]:
    """A project part's indicators with the 二级 labels of merged cells spread over them."""
    placed = row_positions(indicators, part.lines)
    blanks = [k for k, line in enumerate(part.lines) if line.is_blank]

    def line_of(indicator: Indicator) -> SourceLine | None:
        at = placed.get(id(indicator))
        return part.lines[at] if at is not None else None

    def band_of(indicator: Indicator) -> int:
        at = placed.get(id(indicator), 0)
        return sum(1 for blank in blanks if blank < at)

    return spread_subcategories(indicators, line_of, band_of, note, _second_column(part))


def _second_column(part: Part) -> int | None:
    """Where the header of a part's indicator table puts its 二级指标 column."""
    for line in part.lines:
        if _is_header(line):
            cells = [squashed(cell) for cell in line.cells]
            return cells.index(_SECOND_LEVEL) if _SECOND_LEVEL in cells else None
    return None


def row_positions(indicators: Sequence[Indicator], lines: Sequence[SourceLine]) -> dict[int, int]:
    """Where each indicator's row stands among the lines (by the indicator's ``id``): the
    next line, in reading order, with its row's number, the one holding its name where
    several do (a PDF numbers each page's lines from 1, so a number alone repeats)."""
    placed: dict[int, int] = {}
    start = 0
    for indicator in indicators:
        number = _row_place(indicator)
        name = squashed(indicator.name)
        candidates = [k for k in range(start, len(lines)) if lines[k].number == number]
        candidates = candidates or [k for k, line in enumerate(lines) if line.number == number]
        named = [k for k in candidates if name and name[:_NAME_START] in squashed(lines[k].text)]
        if named or candidates:
            placed[id(indicator)] = (named or candidates)[0]
            start = placed[id(indicator)]
    return placed


_NAME_START: Final = 4  # a name's first glyphs: a wrapped name's first line holds them


def _is_header(line: SourceLine) -> bool:
    return sum(1 for cell in line.cells if kind_of(cell) is Kind.HEADER) >= _MIN_HEADER_CELLS


def _with_total(goals: list[DepartmentGoal], document: PerformanceDocument) -> list[DepartmentGoal]:
    """A first goal tied to no money of its own takes the table's total (资金总额 of the
    年度预算申请 row), as the part read whole gives it."""
    whole = document.department_goals[0].funding_block if document.department_goals else None
    if whole is None and not document.department_goals and len(document.projects) == 1:
        # the part read alone taken for one project's form (its rows tell no genre): the
        # project's budget is the 资金总额 its head states
        project = document.projects[0]
        whole = FundingBlock(amount=project.budget) if project.budget is not None else None
    if not goals or goals[0].funding_block is not None or whole is None:
        return goals
    return [goals[0].model_copy(update={"funding_block": whole}), *goals[1:]]


def _work_plan(layout: Layout, part: Part, before: int) -> str | None:
    """The 年度工作计划 written after the goals listed in one cell (``目标1:… 年度工作计划
    …``)."""
    for _, _, text in _goal_openers(layout, part.lines, before):
        pieces = _WORK_PLAN_RE.split(text or "", maxsplit=1)
        plan = _PLAN_LEAD_RE.sub("", pieces[1]).strip() if len(pieces) == 2 else ""
        if plan:
            return plan
    return None


def _listed(openers: list[tuple[int, int, str | None]]) -> dict[int, str]:
    """Goal texts listed in one cell (``确保完成以下整体目标: 目标1:…目标2:…``), by number."""
    listed: dict[int, str] = {}
    for _, _, text in openers:
        if text is None:
            continue
        text = _WORK_PLAN_RE.split(text)[0]
        marks = list(_LISTED_RE.finditer(text))
        for index, mark in enumerate(marks):
            end = marks[index + 1].start() if index + 1 < len(marks) else len(text)
            listed.setdefault(int(mark.group("number")), text[mark.end() : end].strip())
    return listed


def _place(line: SourceLine) -> Place:
    """Where a line stands: its number (a source whose pages number their lines each from 1
    is read with its lines numbered in reading order: :mod:`.places`)."""
    return line.number


def _row_place(indicator: Indicator) -> Place:
    where = indicator.provenance.get("row")
    return where.line if where is not None and where.line is not None else 0


def _goal_openers(
    layout: Layout, lines: list[SourceLine], before: int
) -> list[tuple[int, int, str | None]]:
    """(position in the part, number, goal text) of each row that opens a goal."""
    openers: list[tuple[int, int, str | None]] = []
    for line in lines:
        match = _goal_label(layout, line)
        if match is None:
            continue
        cells = [cell for cell in line.cells if cell.strip()]
        number = int(match.group("number")) if match.group("number") else before + len(openers) + 1
        if any(number == earlier for _, earlier, _ in openers):
            continue  # the label repeated at the top of a new page
        rest = [cell.strip() for cell in cells[1:] if re.search(r"[\u4e00-\u9fff]{4}", cell)]
        text = " ".join(rest) if len(rest) == 1 else None
        openers.append((lines.index(line), number, text))
    return openers


def _label_row(layout: Layout, line: SourceLine) -> bool:
    """A goal's label and its text alone in a row (``年度整体支出目标2 | 保障……``): it holds
    no indicator, and a table reading it would take its text for the remark of the row above."""
    filled = [cell for cell in line.cells if cell.strip()]
    return len(filled) <= _LABEL_ROW_CELLS and _goal_label(layout, line) is not None


_LABEL_ROW_CELLS: Final = 2


def _goal_label(layout: Layout, line: SourceLine) -> re.Match[str] | None:
    cells = [cell for cell in line.cells if cell.strip()]
    return layout.goal_label.match(squashed(cells[0]).strip("#|*")) if cells else None


def _funding_block(lines: list[SourceLine], start: int, end: int | None) -> FundingBlock | None:
    """The money the goal is tied to: ``人员经费和公用经费(956.8万元)`` in its first column."""
    for line in lines[start:end]:
        for cell in line.cells[:2]:
            match = _BLOCK_RE.fullmatch(squashed(cell))
            if match is not None and "指标" not in match.group("name"):
                try:
                    amount = Decimal(match.group("amount").replace(",", ""))
                except InvalidOperation:
                    continue
                return FundingBlock(name=match.group("name"), amount=amount)
    return None


def _projects(
    part: Part, document: PerformanceDocument, indicators: list[Indicator]
) -> list[Project]:
    """The part's project: the form's reading, its name from the title when the form lacks
    it, and its spending plan."""
    if not document.projects:
        return []
    project = document.projects[0]
    update: dict[str, object] = {}
    if not project.name:
        titled = [
            match.group("name")
            for title in part.titles
            if (match := _PROJECT_TITLE_RE.match(squashed(title.text).strip("#|*"))) is not None
        ]
        if titled:
            update["name"] = titled[0]
    if indicators:  # folded, mended and labelled (or a second table of the same form)
        update["indicators"] = indicators
    return [project.model_copy(update=update)]


def _with_plan(
    project: Project, part: Part, source: str, report: ImportReport, path: str
) -> Project:
    """The project with the spending plan its part states (checkpoints whose header the OCR
    lost read from their percentage where that is unambiguous, and reported)."""
    if project.spending_plan:
        return project
    plan = read_spending_plan(source, part.lines, report, path)
    return project.model_copy(update={"spending_plan": plan}) if plan else project


def _by_place(
    project: Project, part: Part, source: str, report: ImportReport, path: str
) -> tuple[Project, tuple[str, SourceLine] | None]:
    """The project with its purpose read by place where its label was lost, and the
    fragments of its year's goal so read (completed once the goal texts are known)."""
    read = read_checkpoints(part.lines, [])
    found = read_by_place(part.lines, read.lines if read is not None else [])
    if project.purpose is None and found.purpose is not None:
        text, line, fix = found.purpose
        provenance = {**project.provenance, "purpose": provenance_of(source, line)}
        apply_fixes(report, source, path, provenance, [fix])
        project = project.model_copy(update={"purpose": text, "provenance": provenance})
    return project, (found.annual_goal if project.annual_goal is None else None)


def _annual_goals(
    projects: list[Project],
    fragments: list[tuple[int, tuple[str, SourceLine]]],
    goals: list[DepartmentGoal],
    prose: ProseParts,
    report: ImportReport,
    source: str,
) -> list[Project]:
    """Each project's year's goal read by place from its fragments, completed from the one
    goal text (the goals table's, the prose's) that holds them all."""
    placed = [(f"部门整体支出目标{g.number}", g.text) for g in goals if g.text]
    placed += [
        (f"分项绩效目标“{section.title}”", section.goal)
        for section in prose.goal_sections
        if section.goal
    ]
    paragraphs: dict[str, str] = {}  # each distinct text once, at the last place it stands
    for where, text in placed:
        paragraphs.pop(text, None)
        paragraphs[text] = where
    projects = list(projects)
    for index, fragment in fragments:
        text, fix = complete_fragments(fragment, paragraphs)
        project = projects[index]
        provenance = {**project.provenance, "annual_goal": provenance_of(source, fragment[1])}
        apply_fixes(report, source, f"projects[{index}]", provenance, [fix])
        projects[index] = project.model_copy(update={"annual_goal": text, "provenance": provenance})
    return projects


# The report lists a document's items by its parts: the budget, the prose's goal sections,
# the goals table, the safeguards, the projects; what is said of the document as a whole
# (its title, its overall goal) last. Within a goal, section or project: its own fields,
# then its spending plan's checkpoints, then its indicators, each in order.
_PART_ORDER: Final = (
    "budget",
    "goal_sections",
    "department_goals",
    "safeguards",
    "projects",
    "title",
    "overall_goal",
)
_LIST_ORDER: Final = ("spending_plan", "indicators")
_PATH_RE: Final = re.compile(
    r"(?P<top>[a-z_]+)(?:\[(?P<i>\d+)\])?(?:\.(?P<sub>[a-z_]+)(?:\[(?P<j>\d+)\])?)?"
)


def in_document_order(items: list[ReportItem]) -> list[ReportItem]:
    """The items by part, then by goal, section or project, then its own fields before its
    checkpoints and indicators (in the order each step found them where those agree)."""

    def key(item: ReportItem) -> tuple[int, int, int, int]:
        match = _PATH_RE.match(item.field or "")
        if match is None:
            return len(_PART_ORDER), 0, 0, 0
        top, sub = match["top"], match["sub"]
        rank = _PART_ORDER.index(top) if top in _PART_ORDER else len(_PART_ORDER)
        listed = match["j"] is not None and sub in _LIST_ORDER
        sub_rank = 1 + _LIST_ORDER.index(sub) if listed else 0
        return rank, int(match["i"] or 0), sub_rank, int(match["j"] or 0)

    return sorted(items, key=key)


def counts(document: PerformanceDocument) -> dict[str, int]:
    """Counts per section, as the report shows them."""
    income, spending = document.budget.income, document.budget.expenditure
    amounts = [*income.parts().values(), income.total, *spending.parts().values(), spending.total]
    return {
        "分项绩效目标": len(document.goal_sections),
        "分项绩效目标指标": sum(len(s.indicators) for s in document.goal_sections),
        "整体支出目标": len(document.department_goals),
        "整体支出目标指标": sum(len(g.indicators) for g in document.department_goals),
        "预算金额": sum(1 for amount in amounts if amount is not None),
        "工作保障措施": len(document.safeguards),
        "预算项目": len(document.projects),
        "项目指标": sum(len(p.indicators) for p in document.projects),
        "资金支出计划节点": sum(len(p.spending_plan) for p in document.projects),
    }
