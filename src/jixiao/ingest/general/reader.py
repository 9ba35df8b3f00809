"""The general reader: any published form of the genre into the model, with its report.

One pass for every genre: the source in simplified characters (:mod:`.normalise`), its text
as cells (:mod:`.stream`), indicator tables found by their header words and read against
them (:mod:`.table`), fields by the meaning of their labels and the 项目资金 row
(:mod:`.fields`), and the genre from the title (:mod:`.genres`). Nothing is refused for
what it lacks: a missing year, department or project name is a MISSING item on the key
(``fiscal_year``, ``department.name``, ``projects[0].name``) and the document is built
without it, for ``parse`` to show and ``import`` to complete from the user's options.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from decimal import Decimal
from typing import Any, Final, TypeVar, cast

from pydantic import BaseModel

from jixiao.domain.framework import Category, Subcategory
from jixiao.domain.model import (
    Department,
    DepartmentBudget,
    DepartmentEvaluation,
    DepartmentGoal,
    DocumentKind,
    FundingBlock,
    FundingExecution,
    FundingSource,
    Indicator,
    IndicatorResult,
    PerformanceDocument,
    Project,
    ProjectAttribute,
    Provenance,
    Repair,
)
from jixiao.domain.money import shift_exponent
from jixiao.domain.target import (
    Direction,
    Target,
    TargetKind,
    TargetSyntaxError,
    parse_target,
    parse_target_parts,
)
from jixiao.domain.units import canonical_unit
from jixiao.ingest.cells import (
    category_label,
    checked_options,
    clean_target_text,
    half_width,
    label_key,
    labelled_amounts,
    placeholder_reason,
    range_floor,
    read_number,
    read_target_cell,
    squashed,
    subcategory_label,
    target_basis,
    written_standard,
)
from jixiao.ingest.general.assembly import read_in_parts
from jixiao.ingest.general.clean_reading import clean_reading, titled_project
from jixiao.ingest.general.department_fiscal import with_department_fiscal
from jixiao.ingest.general.doubts import (
    count_near_actual,
    ge_read_as_two,
    is_ocr,
    low_confidence,
    low_confidence_lines,
    ocr_twin,
    share_over_whole,
)
from jixiao.ingest.general.execution_row import execution_in_table
from jixiao.ingest.general.fields import (
    FieldValue,
    FundingFigures,
    is_unit_note,
    money_unit,
    read_allocation,
    read_empty_fields,
    read_fields,
    read_funding,
    read_line_fields,
    read_prose_fields,
    read_prose_funding,
    read_prose_sources,
    read_prose_total_score,
    read_reported_year,
    read_tasks_total,
    read_total_score_at,
    read_unstated_year,
    read_year,
    with_points_in_prose,
)
from jixiao.ingest.general.genres import describe, genre_of, is_form, title_of
from jixiao.ingest.general.issuer import issuing_unit
from jixiao.ingest.general.kinds import (
    Kind,
    is_bare_change,
    is_top_rank,
    kind_of,
    with_change_direction,
)
from jixiao.ingest.general.labelled_cells import labelled_rows_as_table
from jixiao.ingest.general.leftovers import unrecognised_lines
from jixiao.ingest.general.normalise import normalise_source
from jixiao.ingest.general.ocr_signs import GONG_GE_NOTE, has_gong_ge
from jixiao.ingest.general.partial_total import whole_score
from jixiao.ingest.general.places import in_reading_order, reading, restore_places
from jixiao.ingest.general.prose import ProseTarget, read_prose_targets, weighed
from jixiao.ingest.general.prose_budget import read_prose_budget
from jixiao.ingest.general.records import records_as_rows
from jixiao.ingest.general.stream import Cell, cells_of
from jixiao.ingest.general.table import Row, Table, find_tables, read_rows, split_glued_target
from jixiao.ingest.general.vocabulary import Field, Role
from jixiao.ingest.general.words import (
    only_causes,
    read_causes,
    read_likelihood,
    read_yes_no,
    unwrapped,
)
from jixiao.ingest.name_target import split_name_target, state_kept_from_event
from jixiao.ingest.report import ImportReport, ItemKind, ReportItem
from jixiao.ingest.source import SourceDocument, SourceLine

KEY_FIELDS: Final = ("fiscal_year", "department.name", "projects[0].name")
_MONEY_EXPONENT: Final = {"元": 0, "万元": 4}
_UNIT_ABOVE: Final = 2  # the lines above a head amount its block's unit may stand on
_NAME_NOISE_RE: Final = re.compile(
    r"^(?:指标\s?\d{1,2}\s?[::、.]?\s*|\d{1,2}\s?(?:[.::](?!\d)|、(?!\d{1,2}[、,]))\s*|[一二三四五六七八九十]{1,3}、"
    r"|[①-⑳]|★+)+"
)
# a template's hints: a blank to fill ((≥**%)), stars, the kind of a target asked for at
# the name's end ((定性), (定量指标))
_HINT_RE: Final = re.compile(
    r"\([^()]*\*\*[^()]*\)|[≥≤<>]\*\*\S*?(?=$|——)|★+|\((?:定性|定量)(?:指标)?\)$"
)
_DEPARTMENT_LEVEL: Final = frozenset(
    {
        DocumentKind.DEPARTMENT_PERFORMANCE,
        DocumentKind.DEPARTMENT_SELF_EVALUATION,
        DocumentKind.SELF_EVALUATION_REPORT,
        DocumentKind.EVALUATION_SCORE_TABLE,
    }
)


# Department-level kinds that may be about one project, when the form or the title names it.
_PROJECT_NAMED_KINDS: Final = frozenset(
    {DocumentKind.EVALUATION_SCORE_TABLE, DocumentKind.SELF_EVALUATION_REPORT}
)


class GeneralParser:
    """Reads any form of the genre; its kind is the one the title names."""

    kind = DocumentKind.INDICATOR_TABLE

    def detect(self, source: SourceDocument) -> float:
        normalised, _ = normalise_source(source)
        cells = cells_of(normalised.lines)
        if find_tables(cells):
            return 0.5
        return 0.3 if any(v.field is Field.PROJECT for v in read_fields(cells)) else 0.0

    def parse(self, source: SourceDocument, report: ImportReport) -> PerformanceDocument:
        return read_document(source, report)


def read_document(source: SourceDocument, report: ImportReport) -> PerformanceDocument:
    """The source read; a source whose pages (or sheets) number their lines each from 1 is
    read with its lines numbered in reading order, its values placed on their pages after."""
    source, places = in_reading_order(source)
    with reading(places):
        document = _read_document(source, report)
    if places is not None:
        restore_places(document, report, places)
    return document


def _read_document(source: SourceDocument, report: ImportReport) -> PerformanceDocument:
    # a document made of parts (the 部门预算绩效文本) is read part by part with this reader
    if (in_parts := read_in_parts(source, report, read_document)) is not None:
        return in_parts
    normalised, notes = normalise_source(source)
    for note in notes:
        report.add(ItemKind.REPAIRED, note)
    for raw in source.lines:  # a ≥ read from an OCR's 工: a reading the text cannot confirm
        if has_gong_ge(raw.text):
            report.add(ItemKind.UNCERTAIN, GONG_GE_NOTE, line=raw.number, original=raw.text)
    originals = {line.number: line.text for line in source.lines}
    cells = records_as_rows(labelled_rows_as_table(cells_of(normalised.lines)))
    tables = find_tables(cells)
    texts = [line.text for line in normalised.lines]
    first = min((t.start for t in tables), default=len(cells))
    fields = (
        read_fields(cells[:first])
        + _tree_head(cells, tables)
        + _fields_inside(cells, tables)
        + read_line_fields(normalised.lines)
        + read_prose_fields(normalised.lines)
        + read_allocation(cells[:first])
    )
    roles = [role for table in tables for role in table.roles]
    kind = genre_of([squashed(text) for text in texts], roles)
    report.genre = kind.value
    unit = money_unit(texts)
    builder = _Builder(source.name, originals, unit, report)
    builder.printed = {line.number: line.text for line in normalised.lines}
    builder.ocr, builder.unsure = is_ocr(source), low_confidence_lines(source)
    builder.as_of_month = _as_of_month(kind, texts)
    builder.prose_funding = read_prose_funding(normalised.lines)
    builder.prose_sources = read_prose_sources(normalised.lines) if builder.prose_funding else []
    builder.prose_budget = read_prose_budget(normalised.lines, source.name)
    builder.prose_score = read_prose_total_score(normalised.lines)
    # a table's header line (run together: 一级指标…目标值完成值评分) names columns, no target;
    # a line naming its levels and its name before its labelled values is an indicator
    headers = {table.header_line for table in tables}
    prose = [
        item
        for item in read_prose_targets(normalised.lines)
        if item.line not in headers or item.levels_named
    ]
    # a line of prose listing targets is read as prose, not as a table without a header
    indicators_by_project = builder.indicators(cells, tables, {item.line for item in prose})
    for item in prose:
        indicators_by_project.setdefault("", []).append(builder.prose_indicator(item))
    year = read_year(texts[: _line_index(normalised, cells, first)] or texts)
    if year is None:
        year = read_reported_year(texts) or _unstated_year(texts, report)
    squashed_texts = [squashed(text) for text in texts]
    title = title_of(squashed_texts)
    builder.title = _as_printed(texts[squashed_texts.index(title)]) if title else None
    builder.texts = texts
    builder.lines = normalised.lines
    builder.empty_fields = read_empty_fields(cells[:first])
    document = builder.document(kind, fields, year, indicators_by_project, cells)
    # a department form's 财政拨款 sum, read whichever way its other figures were
    document = with_department_fiscal(document, normalised.lines, source.name)
    report.counts.update(_counts(document))
    _truncation(cells, tables, builder.rows, builder.last_table_rows, report)
    after = cells[tables[-1].end if tables else first :]
    at_end = bool(tables) and tables[-1].end >= len(cells)
    # where the text stops: its last line holding anything (a space is an empty cell)
    last = next((line.number for line in reversed(normalised.lines) if line.text), None)
    _report_closing(document, after, report, cells if at_end else (), last)
    if is_form(kind):
        _report_cut_prose(normalised.lines, report)
    if is_form(kind) and tables:
        for line in unrecognised_lines(after):
            texts = [builder.written(cell.text, cell.line) for cell in line]
            report.add(
                ItemKind.UNRECOGNISED, "未识别的内容", line=line[0].line, original=" | ".join(texts)
            )
    return document


def _report_closing(
    document: PerformanceDocument,
    after: Sequence[Cell],
    report: ImportReport,
    cut: Sequence[Cell],
    last: int | None,
) -> None:
    """The closing rows of the form's genre it lacks: printed with no value, or not reached
    because the text stops inside its indicator table (``cut``: the text, when its last
    table runs to its end), where the text stops."""
    genre = describe(document.kind)
    owner = genre.closing_owner
    if owner is None:
        return
    values = document.projects[0] if owner.startswith("projects") and document.projects else None
    held: Any = values if values is not None else document.department_evaluation
    filled = [cell for cell in cut if cell.kind not in (Kind.EMPTY, Kind.PLACEHOLDER)]
    if filled and filled[-1].kind is Kind.NUMBERING:  # 指标2 and its empty cells: cut there
        report.add(
            ItemKind.MISSING,
            "文本在指标表的这一行中途结束,其后的单元格未能读取",
            line=filled[-1].line,
            original=filled[-1].text,
        )
    for row in genre.closing:
        name, words = row.name, row.words
        if held is not None and getattr(held, name) is not None:
            continue
        printed = next(
            (cell for cell in after if row.label.fullmatch(label_key(cell.text).rstrip(":"))),
            None,
        )
        if printed is not None:
            report.add(
                ItemKind.MISSING, f"“{words}”一栏为空", field=f"{owner}.{name}", line=printed.line
            )
        elif cut:
            report.add(
                ItemKind.MISSING,
                f"文本在表格中途结束,未读到“{words}”",
                field=f"{owner}.{name}",
                line=last,
            )


def _in_source_order(report: ImportReport, since: int) -> None:
    """The items added since ``since`` (a form's head, read after its tables) moved before
    the first earlier item about a later line, so that the report reads in the source's
    order."""
    added, earlier = report.items[since:], report.items[:since]
    for item in added:
        at = next(
            (
                index
                for index, other in enumerate(earlier)
                if item.line is not None and other.line is not None and other.line > item.line
            ),
            len(earlier),
        )
        earlier.insert(at, item)
    report.items[:] = earlier


def _report_cut_prose(lines: Sequence[SourceLine], report: ImportReport) -> None:
    """A form whose last line is prose stopping mid-sentence was cut there: what followed
    is missing. (A last line of fields, such as 填报日期, ends without punctuation anyway.)"""
    last = next((line for line in reversed(lines) if line.text.strip()), None)
    if last is None:
        return
    cells = [cell for cell in last.cells if cell.strip()] or [last.text]
    text = squashed(half_width(cells[-1]))
    prose = len(text) >= _CUT_PROSE_LENGTH and bool(_CLAUSE_RE.search(text))
    if prose and not _SENTENCE_END_RE.search(text):
        report.add(
            ItemKind.MISSING,
            f"文本在此中途结束(“…{text[-12:]}”),其后的内容未能读取",
            line=last.number,
        )


_SENTENCE_END_RE: Final = re.compile(r"[。.;!?)」”\"]$")  # on half-width text
_CUT_PROSE_LENGTH: Final = 20
_CLAUSE_RE: Final = re.compile(r"[,。;]")  # prose, unlike a line of form fields


def _count_near_done(target: Target, row: Row) -> tuple[Target, str] | None:
    """:func:`count_near_actual` against the row's actual, else its full year's projection
    (a monitoring form's 1-8月完成值 is a part of the year; its 全年预计完成值 the whole)."""
    for role in (Role.ACTUAL, Role.PROJECTED):
        done = row.cells.get(role)
        if done is not None and (count := count_near_actual(target, done.text)) is not None:
            return count, done.text
    return None


def _sentence_as_actual(row: Row, table: Table) -> tuple[Row, str | None]:
    """A row of a results form with no name and no target, whose one text is a sentence
    before its 完成目标可能性 (``社会效益 | 开展…研究…,推动申遗工作。 | 确定能``): the sentence
    is what was done (the 执行情况 column), and the indicator is called by its 二级 label."""
    name = row.cells[Role.NAME]
    results = {Role.ACTUAL, Role.LIKELIHOOD} <= set(table.roles)
    if (
        not results
        or name.kind is not Kind.SENTENCE
        or not {Role.TARGET, Role.ACTUAL}.isdisjoint(row.cells)
        or Role.LIKELIHOOD not in row.cells
    ):
        return row, None
    _, subcategory = _categories(row)
    category, _ = _categories(row)
    stand_in = subcategory.label if subcategory else category.label if category else "未命名指标"
    cells: dict[Role, Cell] = {Role.NAME: replace(name, text=stand_in)}
    cells.update((role, cell) for role, cell in row.cells.items() if role is not Role.NAME)
    cells[Role.ACTUAL] = name
    return replace(row, cells=cells), stand_in


def _indicator_lists(document: PerformanceDocument) -> list[tuple[str, list[Indicator]]]:
    """Each list of indicators in the document, with the path of its owner."""
    return [
        (f"department_goals[{number}]", goal.indicators)
        for number, goal in enumerate(document.department_goals)
    ] + [
        (f"projects[{number}]", project.indicators)
        for number, project in enumerate(document.projects)
    ]


def _counts(document: PerformanceDocument) -> dict[str, int]:
    """What was read, per section of the document (sections with nothing left out)."""
    projects = document.projects
    goals = document.department_goals
    indicators = [indicator for _, indicator in document.all_indicators()]
    evaluation = document.department_evaluation
    counts = {
        "预算项目": len(projects),
        "项目资金行": sum(len(project.funding_execution) for project in projects),
        "项目指标": sum(len(project.indicators) for project in projects),
        "整体支出目标": len(goals),
        "资金行": len(evaluation.funding_execution) if evaluation is not None else 0,
        "整体支出目标指标": sum(len(goal.indicators) for goal in goals),
        "指标完成情况": sum(1 for indicator in indicators if indicator.result is not None),
    }
    return {name: count for name, count in counts.items() if count}


def _as_printed(line: str) -> str:
    """A title line as printed, without a Markdown heading's ``#`` or a table's pipes."""
    return " ".join(line.split()).strip("#| ")


def _line_index(source: SourceDocument, cells: Sequence[Cell], first: int) -> int:
    if first >= len(cells):
        return len(source.lines)
    line = cells[first].line
    return next((i for i, item in enumerate(source.lines) if item.number == line), 0) + 1


def _tree_head(cells: Sequence[Cell], tables: Sequence[Table]) -> list[FieldValue]:
    """A table printed as a tree with no column header (批复表: unit, then project and its
    amount, then the labels and indicators indented below): the names above its first label
    are the unit's and the project's, and the number after the project its amount."""
    if len(tables) != 1 or tables[0].header_line is not None:
        return []
    first_label = next(
        (i for i, cell in enumerate(cells) if cell.kind in (Kind.CATEGORY, Kind.SUBCATEGORY)), 0
    )
    head = cells[max(first_label - _TREE_HEAD, 0) : first_label]
    names = [cell for cell in head if cell.kind is Kind.NAME]
    numbers = [cell for cell in head if cell.kind is Kind.NUMBER]
    if len(names) < 2 or not numbers or head[-1] is not numbers[-1]:
        return []
    unit, project = names[-2], names[-1]
    return [
        FieldValue(Field.UNIT_NAME, "表", unit.text, unit.line),
        FieldValue(Field.PROJECT, "表", project.text, project.line),
        FieldValue(Field.AMOUNT, "表", numbers[-1].text, numbers[-1].line),
    ]


_TREE_HEAD: Final = 4


def _fields_inside(cells: Sequence[Cell], tables: Sequence[Table]) -> list[FieldValue]:
    """Fields after a table (a second form's head, a trailing 总分)."""
    found: list[FieldValue] = []
    for number, table in enumerate(tables):
        stop = tables[number + 1].start if number + 1 < len(tables) else len(cells)
        found += read_fields(cells[table.end : stop])
    return found


class _Builder:
    def __init__(self, source: str, originals: dict[int, str], unit: str, report: ImportReport):
        self.source = source
        self.originals = originals
        self.unit = unit
        self.report = report
        self.rows: list[Row] = []
        self.last_table_rows: list[Row] = []  # the rows of the last table read
        self.project_budgets: dict[str, Decimal] = {}
        self.project_fiscal: dict[str, Decimal] = {}  # 财政资金 in a table of projects
        self.unit_name: str | None = None  # a 单位名称 column of the table
        self.unit_budget: Decimal | None = None  # the 预算数 on the row naming the unit
        self.prose_funding: FundingFigures | None = None  # a report's money, in words
        self.prose_sources: list[FundingFigures] = []  # its 其中 parts (财政拨款, 其他资金)
        self.prose_budget: DepartmentBudget | None = None  # a 部门预算 text's, in words
        self.prose_score: Decimal | None = None  # a report's score, in words
        self.title: str | None = None
        self.kind = DocumentKind.INDICATOR_TABLE  # the genre, once the title has named it
        self.texts: Sequence[str] = ()  # the source's lines, for names written in full
        self.lines: Sequence[SourceLine] = ()  # the same lines, with their numbers
        self.rating: str | None = None  # a department's 评价等级, as written
        self.achievement: str | None = None  # a department's 实际完成情况 of its goal
        self.as_of_month: int | None = None  # the 1-N月 a monitoring form covers
        self.printed: dict[int, str] = {}  # each line as printed (full-width marks kept)
        self.ocr = False  # the source was read by OCR: a ≥ read as 2 is proposed
        self.glued_table = False  # the table read glues its targets to its names
        self.unsure: dict[int, float] = {}  # lines OCR read with a low confidence
        self.field_values: dict[Field, FieldValue] = {}  # each field's value, as read
        self.field_lines: dict[Field, int] = {}  # where each field's value was read
        self.empty_fields: list[FieldValue] = []  # labels of the head left empty
        # the report's items about each indicator read, their field set once it has a place
        self.items_of: list[tuple[Indicator, list[ReportItem]]] = []

    def written(self, text: str, line: int) -> str:
        """A text value as the source prints it: cells are read in half-width (``,`` for
        ``,``), a goal or a reason keeps the document's own marks."""
        whole = self.printed.get(line)
        if whole is None:
            return text
        at = half_width(whole).find(text)
        return whole[at : at + len(text)] if at >= 0 else text

    def text(self, cell: Cell | None) -> str | None:
        return _text(replace(cell, text=self.written(cell.text, cell.line)) if cell else None)

    def where(self, line: int, text: str | None = None) -> Provenance:
        return Provenance(source=self.source, line=line, text=text or self.originals.get(line))

    # --- indicators ------------------------------------------------------------------------

    def indicators(
        self, cells: Sequence[Cell], tables: Sequence[Table], prose_lines: set[int]
    ) -> dict[str, list[Indicator]]:
        by_project: dict[str, list[Indicator]] = {}
        for table in tables:
            if prose_lines and table.header_line is None:
                continue  # labels with no header: the list in prose they head
            self.last_table_rows = []
            rows = read_rows(cells, table)
            self.glued_table = _names_glue_targets(rows)
            for row in rows:
                if row.line in prose_lines:
                    continue
                self.last_table_rows.append(row)
                before = len(self.report.items)
                indicator = self.indicator(row, table)
                self.rows.append(row)
                if indicator is None:
                    continue
                self.items_of.append((indicator, self.report.items[before:]))
                project = _project_name(row)
                if self.unit_name is None and Role.UNIT_NAME in row.cells:
                    self.unit_name = _clean_unit(row.cells[Role.UNIT_NAME].text)
                    self.unit_budget = self.row_budget(row) if not project else None
                if project:
                    self.project_money(project, row)
                by_project.setdefault(project, []).append(indicator)
        return by_project

    def row_budget(self, row: Row) -> Decimal | None:
        """The 预算数 a department's table states on the row naming its unit (单位名称 | 预算数
        | 年度目标 | 一级指标 …, the unit's cells merged down its rows)."""
        cell = row.cells.get(Role.BUDGET)
        return self.amount(cell.text) if cell is not None else None

    def project_money(self, project: str, row: Row) -> None:
        """A project's 预算数 and 财政资金 in its row of a table of several projects."""
        for role, found in (
            (Role.BUDGET, self.project_budgets),
            (Role.FISCAL, self.project_fiscal),
        ):
            if role in row.cells and project not in found:
                amount = self.amount(row.cells[role].text)
                if amount is not None:
                    found[project] = amount

    def indicator(self, row: Row, table: Table) -> Indicator | None:
        row, stand_in = _sentence_as_actual(row, table)
        name_cell = row.cells[Role.NAME]
        name = clean_name(name_cell.text) if stand_in is None else stand_in
        if stand_in is not None:
            self.report.add(
                ItemKind.MISSING,
                f"指标名称为空,暂以“{stand_in}”称呼",
                field="name",  # the indicator's; placed once the indicator has its place
                line=row.line,
            )
        target_cell = row.cells.get(Role.TARGET)
        target_text = None
        glued = name_cell.glued or self.glued_table
        if target_cell is None and (split := _glued_target(name, glued)) is not None:
            name, target_text = split
            self.report.add(
                ItemKind.REPAIRED,
                "指标值与指标名称写在同一格,已分开",
                field="name",  # the indicator's; placed once the indicator has its place
                line=name_cell.line,
                original=name_cell.text,
                value=f"{name} | {target_text}",
            )
        # a score table printing each row's 分值 after its name (``…控制率(10 分)``): its weight
        name, points = weighed(name)
        written_target = target_cell.text if target_cell else target_text
        name = with_change_direction(_without_target_copy(name, written_target), written_target)
        if not name:
            return None
        if row.joined is not None and target_cell is not None:
            self.report.add(
                ItemKind.UNCERTAIN,
                "指标名称与指标值写在同一单元格,已把数值前的文字作为名称",
                field="target",  # the indicator's; placed once the indicator has its place
                line=row.joined.line,
                original=row.joined.text,
                value=f"{name} | {target_cell.text}",
            )
        category, subcategory = _categories(row)
        before = len(self.report.items)
        target = self.target(row, target_text, name, _header_unit(table))
        repairs = [  # the target's repairs, kept with where it was read
            Repair(original=item.original, value=item.value, reason=item.reason)
            for item in self.report.items[before:]
            if item.kind is ItemKind.REPAIRED and item.field is None
        ]
        basis = row.cells.get(Role.BASIS)
        provenance = {"row": self.row_place(row), "name": self.where(name_cell.line)}
        if target_cell is not None:
            # a target written over columns (性质 | 指标值 | 度量单位) keeps all it was read from
            parts = [_nature(row), row.cells.get(Role.TARGET), row.cells.get(Role.UNIT)]
            written = " | ".join(cell.text for cell in parts if cell is not None)
            where = self.where(target_cell.line, written)
            provenance["target"] = where.model_copy(update={"repairs": repairs})
        return Indicator(
            category=category,
            subcategory=subcategory,
            name=name,
            target=target,
            weight=points if Role.WEIGHT not in row.cells else _number(row.cells[Role.WEIGHT]),
            direction=_direction(row.cells.get(Role.DIRECTION)),
            definition=self.text(row.cells.get(Role.DEFINITION)),
            target_basis=target_basis(basis.text) if basis is not None else None,
            target_basis_note=self.text(basis),
            remark=_remark(row, table, self.text),
            adjusted_target=_optional_target(row.cells.get(Role.ADJUSTED)),
            core=read_yes_no(core.text) if (core := row.cells.get(Role.CORE)) else None,
            target_placeholder=_placeholder(target_cell),
            result=_result(row, self.text, self.as_of_month),
            provenance=provenance,
        )

    def row_place(self, row: Row) -> Provenance:
        """The lines a row spans: from the first label that opens it (a 二级 label printed on
        the line above, not one it shares with the row before) to its last cell."""
        before = self.rows[-1] if self.rows else None  # the row read before this one
        shared = (
            {id(cell) for cell in (before.category, before.subcategory) if cell}
            if before
            else set()
        )
        opening = [
            cell.line
            for cell in (row.category, row.subcategory)
            if cell is not None and id(cell) not in shared and cell.line < row.line
        ]
        lines = [cell.line for cell in row.cells.values()] + [row.line]
        start, end = min(opening + lines), max(lines)
        where = self.where(start)
        return where.model_copy(update={"line_end": end}) if end > start else where

    def prose_indicator(self, item: ProseTarget) -> Indicator:
        return Indicator(
            category=item.category,
            subcategory=item.subcategory,
            name=item.name,
            target=item.target,
            weight=item.weight,
            remark=item.part,
            result=_prose_result(item.actual, item.score),
            provenance={"row": self.where(item.line), "target": self.where(item.line, item.phrase)},
        )

    def target(
        self, row: Row, glued: str | None, name: str, header_unit: str | None = None
    ) -> Target | None:
        nature = _nature(row)
        value = row.cells.get(Role.TARGET)
        unit = row.cells.get(Role.UNIT)
        where = f"指标“{name}”"
        if nature is not None and value is not None and _RANGE_NATURE_RE.fullmatch(nature.text):
            return self.range_target(value, unit, where)
        row = self.twin_undamaged(row, where)
        target = self.target_as_written(row, glued, where)
        if target is not None and state_kept_from_event(name, target):
            target = Target(kind=TargetKind.QUALITATIVE, text=target.text, standard=target.text)
        actual = row.cells.get(Role.ACTUAL)
        read_actual = actual.text if actual is not None else None
        if target is not None and (share := share_over_whole(name, target, read_actual)):
            self.report.add(
                ItemKind.REPAIRED,
                f"{where}的指标值“{target.text}”超过100%,读作“{share.canonical}”(≥ 被识别为 2)",
                line=row.line,
                original=target.text,
                value=share.canonical,
            )
            target = share
        elif target is not None and (found := _count_near_done(target, row)) is not None:
            count, done = found
            self.report.add(
                ItemKind.REPAIRED,
                f"{where}的指标值“{target.text}”远超完成值“{done}”,"
                f"读作“{count.canonical}”(≥ 被识别为 2)",
                line=row.line,
                original=target.text,
                value=count.canonical,
            )
            target = count
        stated = canonical_unit(header_unit) if header_unit else None
        if stated and target and target.kind is TargetKind.QUANTITATIVE and target.unit is None:
            # 指标值(万元): the header states the unit its column's figures are in
            return target.model_copy(update={"unit": stated})
        return target

    def twin_undamaged(self, row: Row, where: str) -> Row:
        """A standard in words the vocabulary lacks whose actual beside it is a standard it
        knows, but for one look-alike glyph inside (``持绩推广`` | ``持续推广``): the OCR
        damaged the target's copy; the target is the actual's words, REPAIRED."""
        value, actual = row.cells.get(Role.TARGET), row.cells.get(Role.ACTUAL)
        if value is None or actual is None or value.kind is not Kind.NAME:
            return row
        if actual.kind is not Kind.QUALITATIVE or not ocr_twin(
            squashed(value.text), squashed(actual.text)
        ):
            return row
        clean = squashed(actual.text)
        self.report.add(
            ItemKind.REPAIRED,
            f"{where}的指标值“{value.text}”读作“{clean}”(与完成值仅一字形近之差,识别有误)",
            line=value.line,
            original=value.text,
            value=clean,
        )
        return replace(row, cells={**row.cells, Role.TARGET: replace(value, text=clean)})

    def range_target(self, value: Cell, unit: Cell | None, where: str) -> Target | None:
        """A target whose 指标性质 is 区间 (``区间 | 3-5 | 场``): read as ≥ its floor, reported."""
        written = value.text + (unit.text if unit is not None else "")
        floor = range_floor(written)
        if floor is None:
            reason = f"{where}:区间“{written}”无法读出"
            self.report.add(ItemKind.UNREADABLE, reason, line=value.line)
            return None
        self.report.add(
            ItemKind.REPAIRED,
            f"{where}:区间按下限读出(原文保留)",
            line=value.line,
            original=written,
            value=floor.canonical,
        )
        return floor

    def target_as_written(self, row: Row, glued: str | None, where: str) -> Target | None:
        nature = _nature(row)
        value = row.cells.get(Role.TARGET)
        unit = row.cells.get(Role.UNIT)
        if value is None and glued is None:
            self.report.add(ItemKind.MISSING, f"{where}没有指标值", line=row.line)
            return None
        if (
            value is not None
            and value.kind is Kind.PLACEHOLDER
            and value.text.strip() != _NONE_WORD
        ):
            self.report.add(
                ItemKind.MISSING, f"{where}:{placeholder_reason(value.text)}", line=value.line
            )
            return None
        text = glued if glued is not None else value.text if value is not None else ""
        try:
            if nature is not None or unit is not None:
                operator = _operator_text(nature.text) if nature is not None else None
                # the value's OCR slips (═1OO) undone as in a target cell of its own
                text = self.repaired(text, where, value)
                return parse_target_parts(operator, text, self.unit_word(unit, where))
            return self.target_text(text, where, value)
        except TargetSyntaxError as error:
            line = value.line if value is not None else row.line
            if labelled_amounts(text):  # 小学1000元,初中1250元: no one amount to pick
                reason = f"{where}的指标值“{text}”分列各类对象的标准,按原文读作定性标准"
                self.report.add(ItemKind.UNCERTAIN, reason, line=line, original=text)
                return written_standard(text)
            if (words := _target_in_words(text)) is not None:
                self.report.add(
                    ItemKind.UNCERTAIN,
                    f"{where}的指标值写在一句话中,读作“{words[0]}”",
                    line=value.line if value is not None else row.line,
                    original=text,
                    value=words[0],
                )
                return words[1]
            if (standard := written_standard(text)) is not None:
                reason = f"{where}的指标值“{text}”不在定性标准词表中,按原文读作定性标准"
                self.report.add(ItemKind.UNCERTAIN, reason, line=line, original=text)
                return standard
            self.report.add(ItemKind.UNREADABLE, f"{where}:{error}", line=line, original=text)
            return None

    def repaired(self, text: str, where: str, cell: Cell | None) -> str:
        """A value cell with its OCR slips undone, each reported."""
        line = cell.line if cell is not None else None
        for original, fixed, reason in read_target_cell(text).repairs:
            self.report.add(
                ItemKind.REPAIRED, f"{where}:{reason}", line=line, original=original, value=fixed
            )
        return clean_target_text(text)[0]

    def target_text(self, text: str, where: str, cell: Cell | None) -> Target:
        """A target cell, its OCR slips undone and reported; ``≧1350台(套)`` (a unit with its
        alternative) read with the first."""
        line = cell.line if cell is not None else None
        for original, fixed, reason in read_target_cell(text).repairs:
            self.report.add(
                ItemKind.REPAIRED, f"{where}:{reason}", line=line, original=original, value=fixed
            )
        try:
            target = _read_target(text)
        except TargetSyntaxError:
            match = _TRAILING_ALTERNATIVE_RE.fullmatch(squashed(text))
            if match is None:
                raise
            target = _read_target(match["target"])
            self.report.add(
                ItemKind.REPAIRED,
                f"{where}的指标值“{text}”读作“{match['target']}”(括号中是另一种单位)",
                line=cell.line if cell is not None else None,
                original=text,
                value=match["target"],
            )
            return target
        if is_bare_change(text, target):
            reason = f"{where}的指标值“{text}”只写了变化幅度,没有基数或界限,按原文读作定性标准"
            self.report.add(ItemKind.UNCERTAIN, reason, line=line, original=text)
            return Target(kind=TargetKind.QUALITATIVE, text=text.strip(), standard=squashed(text))
        if is_top_rank(text, target):
            return Target(kind=TargetKind.QUALITATIVE, text=text.strip(), standard=squashed(text))
        self.doubts(text, line)
        return target

    def doubts(self, text: str, line: int | None) -> None:
        """An OCR'd target read from a line of low confidence, or whose ``2`` may be ``≥``."""
        if line is not None and line in self.unsure:
            reason = low_confidence(self.unsure[line])
            self.report.add(ItemKind.UNCERTAIN, reason, line=line, original=text)
        if self.ocr and (other := ge_read_as_two(text)) is not None:
            self.report.add(ItemKind.UNCERTAIN, other[0], line=line, original=text, value=other[1])

    def unit_word(self, unit: Cell | None, where: str) -> str | None:
        """A 度量单位 cell; ``台(套)`` (a unit and its alternative) is read as its first unit."""
        if unit is None:
            return None
        word = squashed(unit.text)
        match = _UNIT_ALTERNATIVE_RE.fullmatch(word)
        if canonical_unit(word) is None and match and canonical_unit(match["unit"]):
            self.report.add(
                ItemKind.REPAIRED,
                f"{where}的度量单位“{unit.text}”读作“{match['unit']}”",
                line=unit.line,
                original=unit.text,
                value=match["unit"],
            )
            return match["unit"]
        return unit.text

    def amount(self, text: str, stated: str | None = None) -> Decimal | None:
        """The amount ``text`` states, in 万元: in its own unit, else the one ``stated`` for
        it, else the document's."""
        number = read_number(text)
        if number is None:
            return None
        unit = number.unit if number.unit in _MONEY_EXPONENT else (stated or self.unit)
        return shift_exponent(number.value, _MONEY_EXPONENT[unit] - _MONEY_EXPONENT["万元"])

    def unit_above(self, line: int | None) -> str | None:
        """The money unit stated on the amount's line or the few just above it (``资金情况
        (万元)`` over ``年度金额 | 2864.5``): the block's own, where a table before it (an
        allocation in 元) stated the document's first."""
        if line is None:
            return None
        for number in range(line, line - _UNIT_ABOVE - 1, -1):
            stated = money_unit([self.printed.get(number, "")], default=None)
            if stated is not None:
                return stated
        return None

    # --- the document ----------------------------------------------------------------------

    def clean_project(self, values: dict[Field, str]) -> None:
        """The project's name as the title gives it clean, where its field reads some glyphs
        an OCR damaged (:mod:`.clean_reading`); REPAIRED. Where the field names the project's
        funds and the title the project (:func:`.titled_project`), the title's: UNCERTAIN."""
        name = values.get(Field.PROJECT)
        if not name:
            return
        texts = [squashed(text) for text in self.texts]
        kind = ItemKind.REPAIRED
        clean = clean_reading(name, texts)
        if clean is None and (clean := titled_project(name, texts)) is not None:
            kind = ItemKind.UNCERTAIN
        if clean is None:
            return
        values[Field.PROJECT] = clean
        line = self.field_lines.get(Field.PROJECT)
        reason = f"项目名称“{name}”疑有识别错字,取标题中的“{clean}”"
        self.report.add(kind, reason, field="projects[0].name", line=line)

    def document(
        self,
        kind: DocumentKind,
        fields: list[FieldValue],
        year: tuple[int, int] | None,
        indicators: dict[str, list[Indicator]],
        cells: Sequence[Cell],
    ) -> PerformanceDocument:
        self.kind = kind
        written = [replace(item, value=self.written(item.value, item.line)) for item in fields]
        values = _first_values(written)
        self.field_values = _chosen(written, values)
        self.field_lines = {field: item.line for field, item in self.field_values.items()}
        self.clean_project(values)
        if self.unit_name and Field.UNIT_NAME not in values:
            values[Field.UNIT_NAME] = self.unit_name
        # no field names the unit: the one the title or the signature names
        department_name = _full_name(_named_in_full(_department(values), self.texts), self.texts)
        titled = self.field_values.get(Field.PROJECT)
        if titled is not None and titled.label == "标题" and department_name:
            # a title's words: a project a field names keeps its place as written
            values[Field.PROJECT] = _without_units_place(titled.value, department_name)
        supervising = values.get(Field.SUPERVISING)
        department = _draft(
            Department,
            {"name": department_name, "code": None, "supervising_department": supervising},
        )
        if department_name is None:
            self.report.add(ItemKind.MISSING, "文档中找不到部门(单位)名称", field="department.name")
        if year is None:
            self.report.add(ItemKind.MISSING, "文档中找不到预算年度", field="fiscal_year")
        data: dict[str, Any] = {
            "kind": kind,
            "fiscal_year": year[0] if year else None,
            "department": department,
            "title": self.title,
        }
        # a score table of one project (项目名称 in its head) is the project's
        # and so is a self-evaluation report whose title names a project (某项目绩效自评报告)
        project_scores = kind in _PROJECT_NAMED_KINDS and values.get(Field.PROJECT)
        # a table of no title whose rows name their projects (a budget system's flat export,
        # 项目名称 on every row) is the projects', not a department's goal
        projects_named = any(name for name in indicators)
        if (kind in _DEPARTMENT_LEVEL and not project_scores) or (
            kind is DocumentKind.INDICATOR_TABLE
            and not values.get(Field.PROJECT)
            and not projects_named
        ):
            flat = [item for items in indicators.values() for item in items]
            self.achievement = values.get(Field.ACHIEVEMENT)
            self.rating = values.get(Field.RATING)
            # a declaration states its budget, not its execution
            evaluation = None if kind.is_declaration else self.evaluation(cells)
            if evaluation is not None:
                flat, rows = execution_in_table(flat, evaluation.funding_execution)
                evaluation = evaluation.model_copy(update={"funding_execution": rows})
            goal = values.get(Field.GOAL) or values.get(Field.OVERALL_GOAL)
            goal = goal or values.get(Field.YEAR_GOAL)
            block = self.funding_block(cells) or self.amount_block(values)
            if block is None and self.unit_budget is not None:
                block = FundingBlock(name="预算数", amount=self.unit_budget)
            data["department_goals"] = (
                [DepartmentGoal(number=1, text=goal, funding_block=block, indicators=flat)]
                if flat or goal
                else []
            )
            data["overall_goal"] = values.get(Field.OVERALL_GOAL) or values.get(Field.YEAR_GOAL)
            data["projects"] = []
            if kind.is_declaration and self.prose_budget is not None:
                data["budget"] = self.prose_budget
            if not kind.is_declaration:
                data["department_evaluation"] = evaluation
        else:
            data["department_goals"] = []
            data["projects"] = self.projects(values, indicators, cells)
        document = _draft(PerformanceDocument, data)
        self.place_items(document)
        if (
            department_name is not None
            and year is not None
            and all(p.name for p in document.projects)
        ):
            return PerformanceDocument.model_validate(document.model_dump())
        return document

    def place_items(self, document: PerformanceDocument) -> None:
        """Each item about an indicator's cell names its field: the indicator's path in the
        document and the part (``projects[0].indicators[3].target``)."""
        paths = {
            id(indicator): f"{where}.indicators[{number}]"
            for where, indicators in _indicator_lists(document)
            for number, indicator in enumerate(indicators)
        }
        for indicator, items in self.items_of:
            path = paths.get(id(indicator))
            for item in items:
                part = item.field or "target"
                item.field = f"{path}.{part}" if path is not None else None

    def funding(self, cells: Sequence[Cell]) -> list[FundingFigures]:
        """The 项目资金 table's rows; else what a report's prose says of the money."""
        rows = read_funding(cells)
        if not rows and self.prose_funding is not None:
            return [self.prose_funding, *self.prose_sources]
        return with_points_in_prose(rows, self.lines) if self.lines else rows

    def evaluation(self, cells: Sequence[Cell]) -> DepartmentEvaluation | None:
        """A department's own figures: its 资金安排和使用情况 rows and its 总分."""
        rows = [self.execution(row) for row in self.funding(cells)]
        total_score, provenance = self.total_score(cells)
        if not rows and total_score is None:
            return None
        return DepartmentEvaluation(
            funding_execution=rows,
            goal_achievement=self.achievement,
            total_score=total_score,
            rating=_ticked(self.rating),
            provenance=provenance,
        )

    def total_score(self, cells: Sequence[Cell]) -> tuple[Decimal | None, dict[str, Provenance]]:
        """The 总分 of a table, where it is read; else the one a report states in words."""
        found = read_total_score_at(cells)
        if found is None:
            return self.prose_score, {}
        score, cell = found
        if (whole := whole_score(cells, cell, score, self.prose_score)) is not None:
            return whole, {}  # the table's 合计 is its indicators' part of the stated score
        return score, {"total_score": self.where(cell.line, cell.text)}

    def amount_block(self, values: dict[Field, str]) -> FundingBlock | None:
        """A department's 资金总额 (部门预算) stated as a field (``年度资金总额:2386.45万元``, a
        form served as ``label:value`` lines) where no funding row states it."""
        text = values.get(Field.AMOUNT)
        amount = self.first_amount(text) if text else None
        return FundingBlock(name="资金总额", amount=amount) if amount is not None else None

    def funding_block(self, cells: Sequence[Cell]) -> FundingBlock | None:
        """The money a department's goal is tied to: its 年度资金总额 row's budget."""
        for row in self.funding(cells):
            total = self.execution(row)
            amount = total.full_year_budget or total.initial_budget
            if row.source is FundingSource.TOTAL and amount is not None and row.label != "正文":
                return FundingBlock(name=total.label, amount=amount)
        tasks = read_tasks_total(cells)  # the 年度履职任务's 金额合计
        amount = self.amount(tasks.text) if tasks is not None else None
        return FundingBlock(name="金额合计", amount=amount) if amount is not None else None

    def projects(
        self,
        values: dict[Field, str],
        indicators: dict[str, list[Indicator]],
        cells: Sequence[Cell],
    ) -> list[Project]:
        funding = self.funding(cells)
        named = [name for name in indicators if name]
        first_name = _without_kind_note(values.get(Field.PROJECT)) or (named[0] if named else None)
        groups = list(indicators.items()) or [("", [])]
        projects: list[Project] = []
        for number, (name, items) in enumerate(groups):
            project_name = name or (first_name if number == 0 else None)
            if project_name is None:
                self.report.add(
                    ItemKind.MISSING, "文档中找不到项目名称", field=f"projects[{number}].name"
                )
            fields: dict[str, Any] = {
                "name": project_name,
                "code": values.get(Field.CODE) if number == 0 else None,
                "indicators": items,
                "supervising_department": values.get(Field.SUPERVISING),
                "implementing_unit": values.get(Field.IMPLEMENTING),
                "period": values.get(Field.PERIOD),
                "annual_goal": values.get(Field.GOAL) or values.get(Field.YEAR_GOAL),
                "overall_goal": values.get(Field.OVERALL_GOAL),
                "manager": values.get(Field.MANAGER),
                "attribute": _attribute(values.get(Field.ATTRIBUTE)),
                "project_type": _ticked(values.get(Field.PROJECT_TYPE)),
                "rating": _ticked(values.get(Field.RATING)),
                "goal_achievement": values.get(Field.ACHIEVEMENT),
                "deviation_analysis": values.get(Field.DEVIATION),
                "measures": values.get(Field.MEASURES),
                "purpose": values.get(Field.PURPOSE),
                "execution_as_of_month": self.as_of_month,
            }
            if number == 0:
                before = len(self.report.items)
                fields.update(self.funding_fields(values, funding, cells))
                # a project's self-evaluation scores its 预算执行率 as a row, as a department's
                # does (an evaluation's 预算执行率 is an indicator of its 过程)
                if self.kind in _SELF_SCORED and fields.get("funding_execution"):
                    fields["indicators"], fields["funding_execution"] = execution_in_table(
                        items, fields["funding_execution"]
                    )
                self.report_empty_head(values, fields)
                self.report_cleaned_head(fields)
                _in_source_order(self.report, before)
            if project_name in self.project_budgets:
                fields["budget"] = self.project_budgets[project_name]
            if project_name in self.project_fiscal and fields.get("fiscal_funds") is None:
                fields["fiscal_funds"] = self.project_fiscal[project_name]
            projects.append(_draft(Project, fields))
        return projects

    def report_cleaned_head(self, project: dict[str, Any]) -> None:
        """A text field of the project's head read without the punctuation left at its end
        (``项目期:2025年:``): the change is reported."""
        for field, name in describe(self.kind).head:
            read = self.field_values.get(field)
            if read is None or read.raw is None or project.get(name) != read.value:
                continue
            written = self.written(read.raw.strip(), read.line)
            if written != read.value and written.rstrip(_TRAILING_MARKS) == read.value:
                self.report.add(
                    ItemKind.REPAIRED,
                    "去掉值末尾多余的标点",
                    field=f"projects[0].{name}",
                    line=read.line,
                    original=written,
                    value=read.value,
                )

    def report_empty_head(self, values: dict[Field, str], project: dict[str, Any]) -> None:
        """A field of the project's head the form prints but leaves empty (or a row of boxes
        with none ticked) is listed as missing."""
        for field, name in describe(self.kind).head:
            if project.get(name) is not None:
                continue
            empty = next((item for item in self.empty_fields if item.field is field), None)
            written = values.get(field)
            if written is not None and checked_options(written) == []:
                read = self.field_values.get(field)
                label = read.label if read else empty.label if empty else field.value
                line = read.line if read else None
                self.report.add(
                    ItemKind.MISSING,
                    f"表中“{label_key(label).rstrip(':')}”一栏未勾选",
                    field=f"projects[0].{name}",
                    line=line,
                    original=written,
                )
            elif written is None and empty is not None:
                self.report.add(
                    ItemKind.MISSING,
                    f"表中“{label_key(empty.label).rstrip(':')}”一栏为空",
                    field=f"projects[0].{name}",
                    line=empty.line,
                )

    def funding_fields(
        self, values: dict[Field, str], funding: list[FundingFigures], cells: Sequence[Cell]
    ) -> dict[str, Any]:
        out: dict[str, Any] = {}
        provenance: dict[str, Provenance] = {}
        funding = self.own_funding(funding)
        rows = [self.execution(row) for row in funding]
        # a 年度资金总额 row is also read as an amount field: the table's, not the head's
        # (its label's line, or a figure's where each cell is a paragraph of its own); a
        # row stating the year's budget in its own column gives it (its label read as a field
        # gives only its first figure, which may be the 年初预算)
        by_line = {
            line: (figures, row)
            for figures, row in zip(funding, rows, strict=True)
            if row.label != "正文"  # prose stating the money is no 项目资金 row
            for line in (figures.line, *figures.lines.values())
        }
        budget_column: Role | None = None  # the table's column the budget was read from
        for field, name in _AMOUNT_NAMES:
            # a multi-year project's budget is the year's amount, not its whole term's
            year = field is Field.AMOUNT and Field.YEAR_AMOUNT in values
            by = Field.YEAR_AMOUNT if year else field
            text = values.get(by) or _part_of_amount(field, values)
            line = self.field_lines.get(by) or self.field_lines.get(Field.AMOUNT)
            if _has_source(rows, _SOURCE_OF[name]):
                continue
            if text is None or (value := self.first_amount(text, self.unit_above(line))) is None:
                continue
            out[name] = value
            self.report_split_amount(name, text, value, line)
            if line in by_line:
                column = self.cross_filled(name, value, *by_line[line], provenance)
                budget_column = column if name == "budget" else budget_column
            elif line is not None:
                provenance[name] = self.where(line, text)
        _fiscal_as_budget(out, provenance, rows)
        if rows:
            out["funding_execution"] = rows
        for figures, row in zip(funding, rows, strict=True):
            self.cross_fill(figures, row, out, provenance, budget_column)
        total_score, where = self.total_score(cells)
        if total_score is not None:
            out["total_score"] = total_score
            provenance.update(where)
        out["provenance"] = provenance
        return out

    def own_funding(self, funding: list[FundingFigures]) -> list[FundingFigures]:
        """The 项目资金 rows of the form itself: a declared form (申报, 目标表) executes
        nothing, so rows stating an execution after the amount its head states are another
        form's served after it (the last year's 自评表 in the same file)."""
        amount_line = self.field_lines.get(Field.AMOUNT)
        if not self.kind.is_declaration or amount_line is None:
            return funding
        executed = any(Role.ACTUAL in row.figures for row in funding)
        after = all(row.line > amount_line for row in funding)
        return [] if funding and executed and after else funding

    def report_split_amount(self, name: str, text: str, value: Decimal, line: int | None) -> None:
        """A head amount OCR split at its decimal point (``88. 29``), read whole: reported."""
        number = read_number(text)
        if number is not None and number.repaired:
            self.report.add(
                ItemKind.REPAIRED,
                "OCR 在小数点前后插入了空格",
                field=f"projects[0].{name}",
                line=line,
                original=text.strip(),
                value=str(value),
            )

    def cross_fill(
        self,
        figures: FundingFigures,
        row: FundingExecution,
        out: dict[str, Any],
        provenance: dict[str, Provenance],
        budget_column: Role | None = None,
    ) -> None:
        """An amount the head does not state, taken from its 项目资金 row and reported: from
        the column the budget was read from, so that the parts add up to the whole; else as
        the model reads a row's budget, its 全年预算数, else its 年初预算数."""
        name = _FUNDED.get(row.source)
        if name is None or name in out:
            return
        column, amount = (
            (Role.BUDGET, row.full_year_budget)
            if row.full_year_budget
            else (Role.PRIOR, row.initial_budget)
        )
        same = getattr(row, _ATTRIBUTES[budget_column]) if budget_column else None
        if budget_column is not None and same is not None:
            column, amount = budget_column, same
        if amount is None and row.label != "正文":
            column, amount = Role.ACTUAL, row.executed
        if column is None or amount is None:
            return
        out[name] = amount
        self.cross_filled(name, amount, figures, row, provenance)

    def cross_filled(
        self,
        name: str,
        amount: Decimal,
        figures: FundingFigures,
        row: FundingExecution,
        provenance: dict[str, Provenance],
    ) -> Role | None:
        """Where an amount taken from a 项目资金 row was read (its column), and the report's
        item."""
        columns = [
            (role, getattr(row, attribute))
            for role, attribute in _EXECUTION_NAMES
            if role in _COLUMN_WORDS
        ]
        column = next((role for role, value in columns if value == amount), None)
        line = figures.lines.get(column, figures.line) if column else figures.line
        where = self.where(line, figures.texts.get(column) if column else None)
        provenance[name] = where
        if row.label == "正文":  # the text's prose states it: its own amount, not another's
            return column
        what = {"budget": "预算数", "fiscal_funds": "财政资金", "other_funds": "其他资金"}[name]
        words = f"的{_COLUMN_WORDS[column]}" if column else ""
        self.report.add(
            ItemKind.CROSS_FILLED,
            f"{what}取自项目资金表“{row.label}”{words}",
            field=f"projects[0].{name}",
            line=line,
            value=str(amount),
        )
        return column

    def execution(self, row: FundingFigures) -> FundingExecution:
        def money(role: Role) -> Decimal | None:
            text = row.texts.get(role)
            return self.amount(text) if text is not None else None

        return FundingExecution(
            source=row.source,
            label=row.label,
            initial_budget=money(Role.PRIOR),
            full_year_budget=money(Role.BUDGET),
            executed=money(Role.ACTUAL),
            projected=money(Role.REMARK),
            execution_rate=row.figures.get(Role.TARGET),
            weight=row.figures.get(Role.WEIGHT),
            score=row.figures.get(Role.SCORE),
            provenance={"row": self.where(row.line)}
            | {
                name: self.where(row.lines[role], row.texts.get(role))
                for role, name in _EXECUTION_NAMES
                if role in row.lines
            },
        )

    def first_amount(self, text: str, stated: str | None = None) -> Decimal | None:
        """The first amount a field's text states (``及构成总额10606.7522万元…``)."""
        match = _AMOUNT_RE.search(squashed(text))
        return self.amount(match.group(0), stated) if match is not None else None


_SELF_SCORED: Final = frozenset(
    {
        DocumentKind.PROJECT_SELF_EVALUATION,
        DocumentKind.SELF_EVALUATION_REPORT,
        DocumentKind.TRANSFER_SELF_EVALUATION,
    }
)


def _fiscal_as_budget(
    out: dict[str, Any], provenance: dict[str, Provenance], rows: Sequence[FundingExecution]
) -> None:
    """A head stating the project's 财政资金 (年度本级预算金额) and no amount, no other
    funds and no 项目资金 rows: all its money is that, its budget."""
    if rows or "budget" in out or "other_funds" in out or "fiscal_funds" not in out:
        return
    out["budget"] = out["fiscal_funds"]
    if "fiscal_funds" in provenance:
        provenance["budget"] = provenance["fiscal_funds"]


def _part_of_amount(field: Field, values: dict[Field, str]) -> str | None:
    """The 财政资金 an amount's field states in brackets after it (``1865.00万元(其中:一般公共
    预算1865.00万元)``) where no field of its own does."""
    if field is not Field.FISCAL_FUNDS:
        return None
    match = _FISCAL_PART_RE.search(values.get(Field.AMOUNT) or "")
    return match["amount"] if match is not None else None


_FISCAL_PART_RE: Final = re.compile(
    r"其中[:：]?\s*(?:当年|本级|[省市县区]级)?(?:财政拨款|财政资金|一般公共预算(?:拨款|资金)?)"
    r"[:：]?\s*(?P<amount>\d+(?:,\d{3})*(?:\.\d+)?\s*(?:万元|元)?)"
)


def _has_source(rows: Sequence[FundingExecution], source: FundingSource) -> bool:
    """Whether the funding table has a row of ``source`` stating a budget."""
    return any(
        row.source is source and (row.full_year_budget or row.initial_budget) is not None
        for row in rows
    )


_TRAILING_MARKS: Final = ":：;；,，、 "
_AMOUNT_NAMES: Final = (
    (Field.AMOUNT, "budget"),
    (Field.FISCAL_FUNDS, "fiscal_funds"),
    (Field.OTHER_FUNDS, "other_funds"),
)
_FUNDED: Final = {
    FundingSource.TOTAL: "budget",
    FundingSource.FISCAL: "fiscal_funds",
    FundingSource.OTHER: "other_funds",
}
_SOURCE_OF: Final = {name: source for source, name in _FUNDED.items()}
_ATTRIBUTES: Final = {
    Role.PRIOR: "initial_budget",
    Role.BUDGET: "full_year_budget",
    Role.ACTUAL: "executed",
}
_COLUMN_WORDS: Final = {Role.PRIOR: "年初预算数", Role.BUDGET: "全年预算数", Role.ACTUAL: "执行数"}
_EXECUTION_NAMES: Final = (
    (Role.PRIOR, "initial_budget"),
    (Role.BUDGET, "full_year_budget"),
    (Role.ACTUAL, "executed"),
    (Role.TARGET, "execution_rate"),
    (Role.WEIGHT, "weight"),
    (Role.SCORE, "score"),
)


_TRAILING_ALTERNATIVE_RE: Final = re.compile(r"(?P<target>.+?\d\S*?)\([^()]{1,4}\)")
_UNIT_ALTERNATIVE_RE: Final = re.compile(r"(?P<unit>[^()]+)\([^()]+\)")
# a figure of points (得分(10分*执行率): the 分值 a column is scored of) is no amount
_AMOUNT_RE: Final = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?(?:万元|元|(?![\d分]|\.\d))")


_Model = TypeVar("_Model", bound=BaseModel)


def _draft(model: type[_Model], data: dict[str, Any]) -> _Model:
    """A model object built without validation, its unset fields at their defaults: the
    document of a source that lacks part of its key (year, department, project name) holds
    None there until the user supplies it (:func:`jixiao.ingest.pipeline.complete_key`)."""
    fields = {name: default() for name, default in _defaults(model)}
    fields.update(data)
    return model.model_construct(**fields)


@functools.cache
def _defaults(model: type[BaseModel]) -> tuple[tuple[str, Callable[[], Any]], ...]:
    """Each optional field of the model with what makes its default, found once per model:
    pydantic's ``get_default`` inspects a default factory's signature on every call, which
    took a twelfth of the reading's time."""
    defaults: list[tuple[str, Callable[[], Any]]] = []
    for name, info in model.model_fields.items():
        if info.is_required():
            continue
        if info.default_factory is not None and not info.default_factory_takes_validated_data:
            defaults.append((name, cast(Callable[[], Any], info.default_factory)))
        else:
            defaults.append((name, functools.partial(info.get_default, call_default_factory=True)))
    return tuple(defaults)


# Word's Wingdings boxes as they reach a text: ``£`` is an empty box and ``R`` a ticked one
# (``1、持续性项目 £ 2、新增性项目 R``); read only where a ``£`` shows the font was used.
_WINGDINGS_RE: Final = re.compile(r"(?<![A-Za-z])R(?![A-Za-z])")


def _as_marks(text: str, *, ticked_first: bool) -> str:
    """A field's Wingdings boxes (``£`` empty, a lone ``R`` ticked) as the marks they print,
    where the field shows an empty one (or, with ``ticked_first``, opens with a ticked one)."""
    if "£" in text or (ticked_first and _TICK_FIRST_RE.match(text)):
        return _WINGDINGS_RE.sub("☑", text.replace("£", "□"))
    return text


def _ticked(text: str | None) -> str | None:
    """A field of boxes (``R常年性项目 £一次性项目``, ``优☑ 良□``): the ticked option(s);
    else the words as written."""
    if text is None:
        return None
    text = _as_marks(text, ticked_first=True)
    ticked = checked_options(text)
    if ticked is None:
        return " ".join(text.split()) or None
    return "、".join(ticked) or None


_TICK_FIRST_RE: Final = re.compile(r"R(?=[\u4e00-\u9fff])")  # a ticked Wingdings box first
_MONITORING: Final = frozenset({DocumentKind.PROJECT_MONITORING, DocumentKind.MONITORING_REPORT})
_MONTHS_RE: Final = re.compile(r"1\s*[-—~至]\s*(1[0-2]|[1-9])\s*月")


def _unstated_year(texts: Sequence[str], report: ImportReport) -> tuple[int, int] | None:
    """The year a form writes nowhere but in its project code or its dates, UNCERTAIN."""
    found = read_unstated_year(texts)
    if found is None:
        return None
    year, line, where = found
    reason = f"文档未写明预算年度,按{where}中的年份读作{year}年"
    report.add(ItemKind.UNCERTAIN, reason, field="fiscal_year", line=line, value=str(year))
    return year, line


def _as_of_month(kind: DocumentKind, texts: Sequence[str]) -> int | None:
    """The last month a form's actuals cover: a monitoring's ``1-N月``, a self-evaluation's
    whole year."""
    if kind in _MONITORING:
        return _months_covered(texts)
    return 12 if kind in _SELF_EVALUATION else None


_SELF_EVALUATION: Final = frozenset(
    {
        DocumentKind.PROJECT_SELF_EVALUATION,
        DocumentKind.DEPARTMENT_SELF_EVALUATION,
        DocumentKind.TRANSFER_SELF_EVALUATION,
    }
)


def _months_covered(texts: Sequence[str]) -> int | None:
    """The months a monitoring form or report covers: its first ``1-N月``."""
    for text in texts:
        if (match := _MONTHS_RE.search(text)) is not None:
            return int(match.group(1))
    return None


def _attribute(text: str | None) -> ProjectAttribute | None:
    """项目属性 from its boxes: 持续性 (延续) or 新增性."""
    if text is None:
        return None
    text = _as_marks(text, ticked_first=False)
    ticked = checked_options(text)
    if ticked is None:  # no boxes: the attribute written alone (项目属性 | 持续性项目)
        ticked = [text] if ("新增" in text) != ("持续" in text or "延续" in text) else []
    if any("新增" in option for option in ticked):
        return ProjectAttribute.NEW
    if any("持续" in option or "延续" in option for option in ticked):
        return ProjectAttribute.CONTINUING
    return None


def _department(values: dict[Field, str]) -> str | None:
    """The unit the document is about: its 实施单位, else its 单位名称 or 填报单位, else its
    主管部门; where one names the other in short (某镇, 某市某镇人民政府), the full name."""
    implementing = _one_unit(values.get(Field.IMPLEMENTING))
    unit = _one_unit(values.get(Field.UNIT_NAME))
    if implementing and unit and implementing in unit:
        return _unit_itself(unit)
    return _unit_itself(implementing or unit or values.get(Field.SUPERVISING))


def _one_unit(name: str | None) -> str | None:
    """A unit's name, or None where the field names every unit of a kind (资金使用单位 各乡镇
    人民政府, 某县各学校, 甲中心、各卫生院): the money's users, no unit the document is about.
    Units listed by their names (某文化馆、某图书馆) are the ones the document is about."""
    return None if name is None or _EVERY_UNIT_RE.search(name) else name


# 各 opening the name, or following its region or a list's mark (某县各农村学校, 甲、各乙)
_EVERY_UNIT_RE: Final = re.compile(r"(?:^|[省市县区旗州盟镇乡、,])各")


def _without_units_place(project: str, unit: str) -> str:
    """A project named after the place its unit is named after (某市某某资金 of 某市某局, a
    title's words): the place is the unit's region, no part of the project's name."""
    place = _OPENING_PLACE_RE.match(project)
    if place is None or not unit.startswith(place.group()):
        return project
    rest = project[place.end() :]
    return rest if len(rest) >= _MIN_PLACED_PROJECT else project


_OPENING_PLACE_RE: Final = re.compile(r"[\u4e00-\u9fff]{1,8}?[省市县区旗盟州]")
_MIN_PLACED_PROJECT: Final = 4


def _unit_itself(name: str | None) -> str | None:
    """A unit's name without the note of what its figures cover (``某局(汇总)``, ``某局(本级)``:
    the department with its units, or alone): the unit is the same."""
    if name is None:
        return None
    name = _STAMP_NOTE_RE.sub("", name).strip() or name
    return _COVERAGE_NOTE_RE.sub("", name).strip() or name


_COVERAGE_NOTE_RE: Final = re.compile(
    r"\s*[(（](?:部门|单位)?(?:汇总|本级|合并|含(?:所属|下属)(?:单位)?)[)）]$"
)
# the place of the unit's stamp after its name (填报单位:某局(盖章), 某局 公章): what the form
# asks for there, no part of the name; no unit's name ends in 盖章
_STAMP_NOTE_RE: Final = re.compile(r"\s*[(（\[【]?\s*(?:盖章|公章|签章|印章)\s*[)）\]】]?$")


def _named_in_full(name: str | None, texts: Sequence[str]) -> str | None:
    """The unit the fields name, else the one the title or the signature names; a field's
    name that is the issuing unit's without its county (由县某局主管, under 某县某局's letter
    head) is the issuing unit's."""
    issuer = issuing_unit(texts)
    if name is None:
        return issuer
    short = issuer is not None and _SHORT_REGION_RE.match(name) and issuer.endswith(name)
    if short and issuer and _REGION_NAME_RE.fullmatch(issuer.removesuffix(name)):
        return issuer
    return name


# a unit named by the level of its region alone (县住房和城乡建设局), and a region's name
_SHORT_REGION_RE: Final = re.compile(r"[省市县区旗州盟镇乡]")
_REGION_NAME_RE: Final = re.compile(r"(?!.*(?:关于|名称|部门|单位))[\u4e00-\u9fff]{1,8}")


def _full_name(name: str | None, texts: Sequence[str]) -> str | None:
    """A unit named in short (静海区某局) where the text also writes it in full, after its
    region (某市静海区某局): the full name."""
    if name is None or len(name) < _MIN_SHORT_NAME:
        return name
    # a town's government (某镇人民政府) is written in full after its county too
    levels = "省市县区旗" if _TOWN_RE.match(name) else "省市"
    pattern = re.compile(
        rf"(?:^|(?<=[,。;:、(“]))([\u4e00-\u9fff]{{1,7}}[{levels}])" + re.escape(name)
    )
    for text in texts:
        match = pattern.search(squashed(text))
        if match is not None and match.group(1)[:-1] not in _NOT_REGIONS:
            return match.group(1) + name
    return name


_MIN_SHORT_NAME: Final = 4
_TOWN_RE: Final = re.compile(r"[\u4e00-\u9fff]{1,6}(?:镇|乡|街道)(?:人民政府|办事处)")
_RANGE_NATURE_RE: Final = re.compile(r"\s*(?:区间|范围|区间值)\s*")
_HEADER_UNIT_RE: Final = re.compile(r"[(（](?P<unit>[^()（）]{1,6})[)）]$")


def _header_unit(table: Table) -> str | None:
    """The unit a table's 指标值 header states in brackets (``指标值(万元)``), or None."""
    label = dict(table.labels).get(Role.TARGET)
    match = _HEADER_UNIT_RE.search(label) if label else None
    return match["unit"] if match is not None else None


# A note after a fund's name saying what kind of money it is (补助资金(转移支付)): no part of
# the name.
_KIND_NOTE_RE: Final = re.compile(r"\s*[(（](?:中央|省级|市级)?(?:转移支付|专项资金|专项)[)）]$")


def _without_kind_note(name: str | None) -> str | None:
    return _KIND_NOTE_RE.sub("", name) if name else name


_NOT_REGIONS: Final = frozenset({"全", "本", "我", "该", "各", "城"})


def _chosen(fields: list[FieldValue], values: dict[Field, str]) -> dict[Field, FieldValue]:
    """Each chosen field value as read: its label and its line."""
    chosen: dict[Field, FieldValue] = {}
    for item in fields:
        if values.get(item.field) == item.value:
            chosen.setdefault(item.field, item)
    return chosen


def _first_values(fields: list[FieldValue]) -> dict[Field, str]:
    """Each field's first value; of several 主管部门 (中央, 省级, 市县 …), the nearest to the
    money's use: a transfer's form names every level, and the unit is the lowest."""
    values: dict[Field, str] = {}
    for item in fields:
        if item.field in _AMOUNT_FIELDS and not any(char.isdigit() for char in item.value):
            continue  # an amount's label followed by another label's words: no amount
        if is_unit_note(half_width(item.value)):
            continue  # 项目单位(盖章):单位:万元: the stamp's place, then the table's unit
        if item.value and item.field not in values:
            values[item.field] = item.value
    supervising = [
        item
        for item in fields
        if item.field is Field.SUPERVISING and item.value and not _TEMPLATE_RE.search(item.value)
    ]
    if len(supervising) > 1:
        values[Field.SUPERVISING] = min(supervising, key=_level_rank).value
    return values


_AMOUNT_FIELDS: Final = frozenset({Field.AMOUNT, Field.FISCAL_FUNDS})
# a template's words left as printed (县(市、区)教育部门): no unit's name
_TEMPLATE_RE: Final = re.compile(r"\((?:市|县)、(?:区|县)\)|[X×]{2}")
# 主管部门 labels by level, the unit's own first (a label names at most one level)
_LEVELS: Final = ("县", "区县", "市县", "盟市", "市", "地方", "本级", "自治区", "省", "中央")


def _level_rank(item: FieldValue) -> int:
    label = squashed(item.label)
    return next(
        (rank for rank, level in enumerate(_LEVELS) if label.startswith(level)),
        _LEVELS.index("本级"),
    )


def _project_name(row: Row) -> str:
    return clean_name(row.project.text) if row.project is not None else ""


_UNIT_CODE_RE: Final = re.compile(r"^\s*\d{3,}\s*[-—]\s*")


def _clean_unit(text: str) -> str:
    """``820001-某镇人民政府``: the unit's name without its budget code."""
    return _UNIT_CODE_RE.sub("", " ".join(text.split()))


def clean_name(text: str) -> str:
    """An indicator's name less its list numbering, ★ marks, template hints and the
    punctuation of the clause before it."""
    name = " ".join(text.split())
    name = _HINT_RE.sub("", name)
    name = _NAME_NOISE_RE.sub("", name.lstrip(",;、。 "))
    return unwrapped(name.strip(" :"))


_QUALITATIVE_TAIL: Final = 6
_MIN_NAME: Final = 4
_BRACKET_TAIL_RE: Final = re.compile(r"\s*[(（](?P<inside>[^()（）]{1,16})[)）]$")


def _without_target_copy(name: str, target: str | None) -> str:
    """``垃圾日产日清率(=100%)`` over the target ``=100%``, ``道路保洁(常态化)`` over ``常态化``: a
    template's hint in brackets after the name, filled in as the row's own target and
    printed again in its cell, is no word of the name (a note that is no copy, ``(按月计)``,
    stays)."""
    name = _without_standard_comment(name)
    match = _BRACKET_TAIL_RE.search(name)
    if target is None or match is None or match.start() < _MIN_NAME:
        return name
    inside = match["inside"]
    if _same_target(inside, target) or _offered_answer(inside, target):
        return name[: match.start()]
    return name


_DASH_COMMENT: Final = "——"


def _without_standard_comment(name: str) -> str:
    """``…生活水平——不低于当地平均水平``, ``…返贫户数——动态清零``: a form's comment after a
    dash that states a qualitative standard is the target's wording, no word of the name. A
    comment naming what is measured (``…负担——个人自付比例``) or a figure (``——年最高500元``,
    read as the name's part by the corpus's forms) stays."""
    if _DASH_COMMENT not in name:  # the quick test: most names have no dash
        return name
    head, _, tail = name.rpartition(_DASH_COMMENT)
    if len(head) < _MIN_NAME or not tail or any(c.isdigit() for c in tail):
        return name
    try:
        qualitative = parse_target(tail).kind is TargetKind.QUALITATIVE
    except TargetSyntaxError:
        return name
    return head.rstrip() if qualitative else name


def _offered_answer(inside: str, target: str) -> bool:
    """``公益性岗位管理制度(健全/不健全)`` over the target ``健全``: a form's list of the
    allowed answers after the name, the row's target one of them (a unit's ``(次/年)`` is
    no such list: its target is a figure)."""
    if "/" not in inside:
        return False
    return squashed(target) in {squashed(answer) for answer in inside.split("/")}


def _same_target(one: str, other: str) -> bool:
    """Whether two texts state the same target (``>=50%`` and ``≥50%``)."""
    try:
        return parse_target(one).canonical == parse_target(other).canonical
    except TargetSyntaxError:
        return squashed(one) == squashed(other)


_GLUED_ROWS_MIN: Final = 2


def _names_glue_targets(rows: Sequence[Row]) -> bool:
    """A table whose rows print their targets in the name's cell (an OCR that lost the gaps:
    ``危房改造户数≧230户``): in it a standard after a name (``…住房安全保障有效保障``) is
    that row's target too, as in text run together."""
    glued = 0
    for row in rows:
        if Role.TARGET not in row.cells and split_glued_target(row.cells[Role.NAME].text):
            glued += 1
            if glued >= _GLUED_ROWS_MIN:
                return True
    return False


def _glued_target(name: str, run_together: bool) -> tuple[str, str] | None:
    """A target printed in its name's cell: a rate (``…完成率100%``) or, in text run
    together, a standard after the name (``…便捷程度有效改善``, ``…是否健全是``)."""
    if (split := split_glued_target(name)) is not None:
        return split
    if not run_together:  # a cell of its own: 责任制落实 is a name, not 责任制 + 落实
        return None
    for size in range(min(_QUALITATIVE_TAIL, len(name) - _MIN_NAME), 0, -1):
        head, tail = name[:-size], name[-size:]
        answer = tail in ("是", "否") and "是否" in head
        if (size >= 2 or answer) and kind_of(tail) is Kind.QUALITATIVE:
            return head, tail
    return None


def _categories(row: Row) -> tuple[Category | None, Subcategory | None]:
    category = category_label(label_key(row.category.text)) if row.category else None
    subcategory = (
        subcategory_label(label_key(row.subcategory.text), category) if row.subcategory else None
    )
    if category is None and subcategory is not None:
        category = subcategory.category
    if category is None and subcategory is None and row.subcategory is not None:
        # 满意度指标 in a 二级 column with no 一级 one: the 一级 it names
        category = category_label(label_key(row.subcategory.text))
    if subcategory is not None and category is not None and subcategory.category is not category:
        subcategory = None if category is not Category.COST else subcategory
    return category, subcategory


# 无 is a placeholder in most columns (偏差原因 无) but a standard in a target's: none at all
# (安全事故 | 无), as the domain's placeholders have it
_NONE_WORD: Final = "无"

_QUALITATIVE_EQ_RE: Final = re.compile(r"[=＝﹦═]\s*(?P<words>[^\d\s].*)")


def _read_target(text: str) -> Target:
    """A target cell; ``=提高`` (an operator before words) is the words."""
    match = _QUALITATIVE_EQ_RE.fullmatch(squashed(text))
    if match is not None:
        return parse_target(match["words"])
    cell = read_target_cell(text)
    if cell.target is None:
        raise TargetSyntaxError(text, cell.error or "无法识别")
    return cell.target


def _target_in_words(text: str) -> tuple[str, Target] | None:
    """``年度预算220万元``: a target cell that says what the number is; the number read."""
    read = split_name_target(text)
    if read is None or read[2].kind is not TargetKind.QUANTITATIVE:
        return None
    return read[1], read[2]


_OPERATOR_FORMS: Final = str.maketrans({"﹦": "=", "═": "=", "≧": "≥", "≦": "≤", "＝": "="})


def _operator_text(text: str) -> str:
    """An 指标性质 cell as the grammar reads it (``﹦`` and ``≧`` are OCR and font forms)."""
    return text.translate(_OPERATOR_FORMS)


def _placeholder(cell: Cell | None) -> str | None:
    return cell.text.strip() if cell is not None and cell.kind is Kind.PLACEHOLDER else None


def _optional_target(cell: Cell | None) -> Target | None:
    if cell is None or cell.kind is Kind.PLACEHOLDER:
        return None
    try:
        return _read_target(cell.text)
    except TargetSyntaxError:
        return None


def _number(cell: Cell | None) -> Decimal | None:
    if cell is None:
        return None
    number = read_number(cell.text)
    return number.value if number is not None else None


def _remark(row: Row, table: Table, text: Callable[[Cell | None], str | None]) -> str | None:
    """备注, with a history column (``2023年实际完成值``) before it, named by its header."""
    parts = []
    if (prior := row.cells.get(Role.PRIOR)) is not None and prior.kind is not Kind.PLACEHOLDER:
        parts.append(f"{table.label(Role.PRIOR) or '上年实际值'}:{text(prior)}")
    if (long_term := row.cells.get(Role.LONG_TERM)) is not None:
        parts.append(f"{table.label(Role.LONG_TERM) or '长期指标值'}:{text(long_term)}")
    if (remark := text(row.cells.get(Role.REMARK))) is not None:
        parts.append(remark)
    return ";".join(parts) or None


def _text(cell: Cell | None) -> str | None:
    return " ".join(cell.text.split()) if cell is not None else None


def _nature(row: Row) -> Cell | None:
    """The cell stating the target's operator: 指标性质, or a 指标方向 holding ``≥``/``定性``.

    Budget systems print the comparison under the label 指标方向 (``指标方向:≥``); such a
    cell is the operator column, not the 正向/反向 sense a 方向 column holds elsewhere.
    """
    nature = row.cells.get(Role.NATURE)
    if nature is not None:
        return nature
    direction = row.cells.get(Role.DIRECTION)
    return direction if direction is not None and _is_operator_word(direction) else None


def _is_operator_word(cell: Cell) -> bool:
    return _OPERATOR_WORD_RE.fullmatch(_operator_text(cell.text)) is not None


# what an operator column holds: a comparison sign, or 定性/定量 (the value says the rest)
_OPERATOR_WORD_RE: Final = re.compile(r"\s*(?:[≥≤=＝><]|>=|<=|定性|定量|大于等于|小于等于|等于)\s*")


def _direction(cell: Cell | None) -> Direction | None:
    if cell is None or _is_operator_word(cell):
        return None
    return Direction.REVERSE if any(w in cell.text for w in _REVERSE_WORDS) else Direction.POSITIVE


# 反向 / 逆向 / 负向 (and 越小越好): lower is better
_REVERSE_WORDS: Final = ("反向", "逆向", "负向", "越小越好", "越低越好")


def _actual(text: str) -> tuple[Decimal | None, str | None]:
    """The figure an actual states and its unit (``37.24``, ``0.8个百分点``, ``760人次``)."""
    number = read_number(text)
    if number is not None:
        return number.value, number.unit
    try:
        read = parse_target(text)
    except TargetSyntaxError:
        return None, None
    if read.kind is not TargetKind.QUANTITATIVE or read.operator is not None:
        return None, None  # a figure with a comparison or a range is no actual
    return read.value, read.unit


def _result(
    row: Row, text: Callable[[Cell | None], str | None], month: int | None
) -> IndicatorResult | None:
    cells = row.cells
    actual, reason, cause = cells.get(Role.ACTUAL), cells.get(Role.REASON), cells.get(Role.CAUSE)
    likelihood = cells.get(Role.LIKELIHOOD)
    if not set(cells) & _RESULT_ROLES:
        return None
    value, unit = _actual(actual.text) if actual is not None else (None, None)
    if reason is None and cause is not None and not only_causes(cause.text):
        reason = cause  # the 偏差原因 column holds the explanation too
    causes = read_causes(" ".join(c.text for c in (cause, reason) if c is not None))
    return IndicatorResult(
        actual_text=text(actual),
        actual=value,
        actual_unit=unit,
        projected_text=text(cells.get(Role.PROJECTED)),
        score=_number(cells.get(Role.SCORE)),
        score_coefficient=_number(cells.get(Role.COEFFICIENT)),
        deviation_causes=causes,
        deviation_explanation=text(reason),
        rectification=text(cells.get(Role.RECTIFICATION)),
        likelihood=read_likelihood(likelihood.text) if likelihood else None,
        as_of_month=month,
    )


_RESULT_ROLES: Final = frozenset(
    {
        Role.ACTUAL,
        Role.SCORE,
        Role.REASON,
        Role.CAUSE,
        Role.LIKELIHOOD,
        Role.PROJECTED,
        Role.RECTIFICATION,
        Role.COEFFICIENT,
    }
)


def _prose_result(actual: str | None, score: Decimal | None = None) -> IndicatorResult | None:
    if actual is None:
        return IndicatorResult(score=score) if score is not None else None
    number = read_number(actual)
    return IndicatorResult(
        actual_text=actual,
        actual=number.value if number is not None else None,
        actual_unit=number.unit if number is not None else None,
        score=score,
    )


def _truncation(
    cells: Sequence[Cell],
    tables: Sequence[Table],
    rows: Sequence[Row],
    last_rows: Sequence[Row],
    report: ImportReport,
) -> None:
    """A table that runs to the end of the text with no closing row (总分, 注, 盖章) and a
    last row shorter than the others of its table, or no 满意度 row at all, was cut."""
    if not tables:
        if not rows:
            report.add(ItemKind.MISSING, "文档中找不到绩效指标表", field="indicator_table")
        return
    last = tables[-1]
    if last.end < len(cells):
        return
    seen = {_categories(row)[0] for row in rows}
    # a row cut in its middle holds fewer columns than any whole row above it
    sizes = [len(row.cells) for row in last_rows[:-1] if Role.TARGET in row.cells]
    short_last = bool(last_rows) and bool(sizes) and len(last_rows[-1].cells) < min(sizes)
    # a last row cut before its target, where every row above it has one
    short_last = short_last or (
        bool(last_rows)
        and Role.TARGET in last.roles
        and Role.TARGET not in last_rows[-1].cells
        and all(Role.TARGET in row.cells for row in last_rows[:-1])
    )
    if short_last or Category.SATISFACTION not in seen:
        where = cells[-1].line if cells else None
        tail = cells[-1].text[-20:] if cells else ""
        report.add(
            ItemKind.MISSING,
            f"文本在指标表中中断(第 {where} 行,最后读到“{tail}”),其后的指标缺失",
            field="indicators",
            line=where,
        )
