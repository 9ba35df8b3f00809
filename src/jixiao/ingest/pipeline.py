"""From a file to the canonical document and its import report.

``parse_file`` reads the file with the reader its content calls for and reads the document
once, with the general reader (every genre that holds indicators: the forms, the
部门预算绩效文本 made of parts); a 预算公开 that its own small reader recognises
(:mod:`jixiao.ingest.genres.budget_disclosure`, a genre with no indicators) is read by it too,
and the better reading kept. A document with
no performance content is refused with the genres jixiao knows and its first heading. A
truncated document is read as far as it goes: each part of the genre the source lacks is a
MISSING item on a top-level field (``budget``, ``projects``); ``refuse_incomplete`` refuses it.
Storing is the application's (:func:`jixiao.app.documents.import_file`).
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from pydantic import ValidationError

from jixiao.domain.model import DocumentKind, PerformanceDocument
from jixiao.errors import JixiaoError
from jixiao.ingest.report import ImportReport, ItemKind, ReportItem
from jixiao.ingest.source import SourceDocument

if TYPE_CHECKING:
    from jixiao.ingest.genres.budget_disclosure import BudgetDisclosureParser

# The readers (of files, jixiao.ingest.general, the budget disclosure's) are imported by the
# functions that read: the key helpers here serve every use case, and a command that reads no
# document (``jixiao list``, ``show``, ``review`` of a stored one …) need not load the reader.

# The budget disclosure's reader must be at least this sure that the document is one.
DETECT_THRESHOLD: Final = 0.4
_MAX_HEADING_SHOWN: Final = 40
_TOP_LEVEL_FIELD_RE: Final = re.compile(r"[a-z_]+")


class GenreError(JixiaoError):
    """The document is of no genre jixiao can read."""


class IncompleteDocumentError(JixiaoError):
    """The source lacks parts of its document (a truncated file, missing pages); ``report``
    says what was read and what is missing."""

    def __init__(self, message: str, report: ImportReport) -> None:
        super().__init__(message)
        self.report = report

    @classmethod
    def of(cls, report: ImportReport) -> IncompleteDocumentError:
        reasons = ";".join(dict.fromkeys(item.reason for item in missing_parts(report)))
        return cls(
            f"{report.source}:文档不完整,未导入({reasons})。确认只导入已读出的部分时请加 --partial",
            report,
        )


class IncompleteKeyError(JixiaoError):
    """The document does not say whose or which year it is (its storage key), and the user
    has not said either."""


@dataclass(frozen=True)
class KeyParts:
    """Parts of a document's key the user supplies (``--department``, ``--year``,
    ``--project``): they fill what the source lacks and replace what it states."""

    department: str | None = None
    fiscal_year: int | None = None
    project: str | None = None


def missing_key(document: PerformanceDocument) -> list[tuple[str, str]]:
    """The parts of the key the document lacks, as (Chinese name, option to give it)."""
    return _missing(document.model_dump(warnings=False), document.kind)


def _missing(data: dict[str, Any], kind: DocumentKind) -> list[tuple[str, str]]:
    missing: list[tuple[str, str]] = []
    if not (data.get("department") or {}).get("name"):
        missing.append(("部门(单位)名称", "--department 部门"))
    if data.get("fiscal_year") is None:
        missing.append(("预算年度", "--year 年度"))
    projects = data.get("projects") or []
    if kind.is_project_level and (not projects or not projects[0].get("name")):
        missing.append(("项目名称", "--project 项目"))
    return missing


def complete_key(
    document: PerformanceDocument, report: ImportReport, parts: KeyParts, action: str = "导入"
) -> PerformanceDocument:
    """The document with its key complete and every field validated, or
    :class:`IncompleteKeyError` naming the parts still missing and how to give them."""
    data = document.model_dump(warnings=False)
    if parts.department:
        data["department"] = {**(data.get("department") or {}), "name": parts.department}
    if parts.fiscal_year is not None:
        data["fiscal_year"] = parts.fiscal_year
    if parts.project and data.get("projects"):
        data["projects"][0]["name"] = parts.project
    elif parts.project and document.kind.is_project_level:
        data["projects"] = [{"name": parts.project}]
    still = _missing(data, document.kind)
    if still:
        names = "、".join(name for name, _ in still)
        options = " ".join(option for _, option in still)
        raise IncompleteKeyError(
            f"{report.source}:文档中找不到{names},未{action}。请用 {options} 指定后再{action}"
        )
    try:
        return PerformanceDocument.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise IncompleteKeyError(f"{report.source}:字段 {where} 无效:{first['msg']}") from None


def _first_heading(source: SourceDocument) -> str:
    line = next((line.text.strip() for line in source.lines if line.text.strip()), "")
    text = " ".join(line.split())
    return text if len(text) <= _MAX_HEADING_SHOWN else text[:_MAX_HEADING_SHOWN] + "…"


def parse_source(source: SourceDocument) -> tuple[PerformanceDocument, ImportReport]:
    """Read the source once with the general reader (:mod:`jixiao.ingest.general`), which
    reads every genre that holds indicators; a 预算公开's performance section, a genre of its
    own with no indicators, is read by its own small reader too, and that reading kept unless
    the general one reads more indicators with a target. Only a source with no performance
    content at all (no indicator table, no form field, no genre in its title) is refused.
    """
    from jixiao.ingest.general.genres import is_form
    from jixiao.ingest.general.normalise import normalise_source
    from jixiao.ingest.general.reader import GeneralParser, read_document

    normalised, _ = normalise_source(source)
    report = _new_report(source, GeneralParser.kind)
    general = read_document(source, report)
    disclosure = None if is_form(general.kind) else _disclosure_reading(normalised)
    if disclosure is not None and _reading_quality(disclosure[0]) >= _reading_quality(general):
        general, report = _with_evaluation(disclosure[0], general), disclosure[1]
    elif not _has_content(general):
        raise _genre_error(source)
    _report_empty_last_part(general, report)
    _report_cut_record(normalised, report)
    return general, report


def _with_evaluation(
    chosen: PerformanceDocument, general: PerformanceDocument
) -> PerformanceDocument:
    """The chosen reading, with the department's own figures the general reader found where
    the chosen one found none (a funding table whose header it does not know), or found its
    words (实际完成情况, 总分) but no funding row."""
    found, own = general.department_evaluation, chosen.department_evaluation
    if found is None or (
        own is not None and (own.funding_execution or not found.funding_execution)
    ):
        return chosen
    if chosen.kind.is_project_level or chosen.kind.is_declaration:
        return chosen  # a declaration's money is its budget, not an execution
    if own is not None:  # the chosen reading's own words, the general one's funding rows
        found = own.model_copy(
            update={
                "funding_execution": found.funding_execution,
                "provenance": {**found.provenance, **own.provenance},
            }
        )
    return chosen.model_copy(update={"department_evaluation": found})


def _key_value_keys(source: SourceDocument) -> list[tuple[str, int, bool]] | None:
    """The keys of a form written as ``key | value`` lines, with their line and whether a
    value follows; None when the form is not written so."""
    from jixiao.ingest.cells import squashed

    rows = [line for line in source.lines if not line.is_blank]
    pairs = [line for line in rows if len(line.cells) == 2]
    if not rows or len(pairs) < _KEY_VALUE_SHARE * len(rows):
        return None
    known = {squashed(line.cells[0]) for line in pairs}
    first = rows.index(pairs[0])
    return [
        (squashed(line.cells[0]), line.number, len(line.cells) == 2)
        for line in rows[first:]
        if len(line.cells) == 2 or squashed(line.cells[0]) in known or _is_key(line.cells[0])
    ]


def _is_key(text: str) -> bool:
    from jixiao.ingest.general.kinds import Kind, kind_of

    return kind_of(text) in (Kind.HEADER, Kind.CATEGORY, Kind.SUBCATEGORY)


def _report_cut_record(source: SourceDocument, report: ImportReport) -> None:
    """A form written as ``key | value`` lines repeats the same keys for each indicator
    (三级指标, 指标值, …): a last key without its value, or a last record with fewer keys
    than the others, was cut."""
    keys = _key_value_keys(source)
    if not keys or missing_parts(report):
        return
    names = [key for key, _, _ in keys]
    opener = max(dict.fromkeys(names), key=names.count)
    starts = [index for index, key in enumerate(names) if key == opener]
    sizes = [later - earlier for earlier, later in itertools.pairwise(starts)]
    short = len(starts) >= _MIN_RECORDS and len(names) - starts[-1] < min(sizes)
    if short or not keys[-1][2]:
        report.add(
            ItemKind.MISSING,
            f"文本在“{keys[-1][0]}”一项中途结束(第 {keys[-1][1]} 行),其后的内容缺失",
            field="indicators",
            line=keys[-1][1],
        )


_KEY_VALUE_SHARE: Final = 0.5
_MIN_RECORDS: Final = 2


def _report_empty_last_part(document: PerformanceDocument, report: ImportReport) -> None:
    """A text that stops after a project's (or a goal's) head, before any of its indicators,
    was cut there: whatever reader read it, that part's indicators are missing."""
    # in the published order: the department's goals, then its projects
    parts = [
        (f"整体支出目标{g.number}", "department_goals", g.indicators)
        for g in document.department_goals
    ]
    parts += [(f"项目“{p.name}”", "projects", p.indicators) for p in document.projects]
    if not parts or missing_parts(report):
        return
    label, field, indicators = parts[-1]
    if not indicators and any(earlier for _, _, earlier in parts[:-1]):
        report.add(ItemKind.MISSING, f"文本在{label}的指标之前中断,其绩效指标缺失", field=field)


def _new_report(source: SourceDocument, kind: DocumentKind) -> ImportReport:
    from jixiao.ingest.readers.text import SOURCE_NOTE_PREFIX

    report = ImportReport(source=source.name, format=source.format.value, genre=kind.value)
    for note in source.notes:
        if not note.message.startswith(SOURCE_NOTE_PREFIX):  # where the text came from
            report.add(ItemKind.UNCERTAIN, note.message, page=note.page, line=note.line)
    return report


def _disclosure_reading(source: SourceDocument) -> tuple[PerformanceDocument, ImportReport] | None:
    """The budget disclosure's reading, when its reader recognises the source."""
    disclosure = _budget_disclosure()
    if disclosure.detect(source) < DETECT_THRESHOLD:
        return None
    report = _new_report(source, disclosure.kind)
    try:
        return disclosure.parse(source, report), report
    except JixiaoError:  # not one after all: the general reader's reading stands
        return None


@functools.cache
def _budget_disclosure() -> BudgetDisclosureParser:
    from jixiao.ingest.genres.budget_disclosure import BudgetDisclosureParser

    return BudgetDisclosureParser()


def _reading_quality(document: PerformanceDocument) -> tuple[int, int, int]:
    """Indicators read with a target; then those whose target says how it is met (an
    operator or a standard: a reading that drops ``﹦`` is the poorer one); then the fewer
    names read without a target (a wrapped name read as two rows leaves a fragment). A
    table's 合计 row (its weights' sum) is no indicator and counts for nothing."""
    from jixiao.ingest.cells import squashed

    indicators = [
        indicator
        for _, indicator in document.all_indicators()
        if squashed(indicator.name) not in _TOTAL_NAMES
    ]
    targets = [i.target for i in indicators if i.target is not None]
    stated = sum(1 for t in targets if t.operator is not None or t.standard is not None)
    return len(targets), stated, len(targets) - len(indicators)


_TOTAL_NAMES: Final = frozenset({"合计", "总计", "小计"})


def _has_content(document: PerformanceDocument) -> bool:
    """Indicators, a project's or a department's name, or a genre's title with its year."""
    return (
        any(True for _ in document.all_indicators())
        or any(project.name for project in document.projects)
        or document.department.name is not None
        or (document.kind is not DocumentKind.INDICATOR_TABLE and document.fiscal_year is not None)
    )


def _known_genres() -> str:
    """The genres jixiao reads: the general reader's, then the budget disclosure."""
    from jixiao.ingest.general.genres import GENRES

    kinds = [genre.kind for genre in GENRES] + [_budget_disclosure().kind]
    return "、".join(dict.fromkeys(kind.label for kind in kinds))


def _genre_error(source: SourceDocument) -> GenreError:
    known = _known_genres()
    return GenreError(
        f"{source.name}:无法识别文档类型,文档中没有绩效内容(找不到指标表、项目名称或文种标题;"
        f"首行为“{_first_heading(source)}”)。jixiao 能读取的文档类型:{known}"
    )


def parse_file(path: Path) -> tuple[PerformanceDocument, ImportReport]:
    """Read and parse a published document (text, PDF, scan, Excel) without storing it."""
    from jixiao.ingest.readers import read_source

    return parse_source(read_source(path))


def missing_parts(report: ImportReport) -> list[ReportItem]:
    """MISSING items on a top-level field: parts of the document the source lacks (a missing
    value inside a part, such as an empty target cell, is not one)."""
    from jixiao.ingest.general.reader import KEY_FIELDS

    return [
        item
        for item in report.of_kind(ItemKind.MISSING)
        if item.field and _TOP_LEVEL_FIELD_RE.fullmatch(item.field) and item.field not in KEY_FIELDS
    ]


def refuse_incomplete(report: ImportReport) -> None:
    """Raise :class:`IncompleteDocumentError` naming the missing parts, if any."""
    if missing_parts(report):
        raise IncompleteDocumentError.of(report)
