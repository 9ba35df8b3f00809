"""One form being read: its parts located, and the steps every form genre shares.

:class:`FormReading` finds where the 项目资金 table, the 年度总体目标 table and the indicator
table begin (the head of the form is everything before the first of them), then reads each
part on request. :meth:`FormReading.finish` lists what no part took and counts what was read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from jixiao.domain.model import DocumentKind, Indicator, PerformanceDocument, Provenance
from jixiao.ingest.genres.forms.closing import (
    GoalTable,
    Part,
    find_parts,
    read_goal_table,
    report_cut_prose,
    report_missing_parts,
)
from jixiao.ingest.genres.forms.columns import ColumnKind, months_covered
from jixiao.ingest.genres.forms.detect import FormSignature, detect_form
from jixiao.ingest.genres.forms.fields import Fields
from jixiao.ingest.genres.forms.funding import FundingTable, is_funding_header, read_funding
from jixiao.ingest.genres.forms.head import money_unit, read_title, read_year, title_text
from jixiao.ingest.genres.forms.indicators import build_indicators
from jixiao.ingest.genres.forms.results import ResultOptions
from jixiao.ingest.genres.forms.sections import Section, is_furniture, is_placeholder, section_of
from jixiao.ingest.genres.forms.sheet import Cell, Sheet
from jixiao.ingest.genres.forms.table import IndicatorTable, read_table
from jixiao.ingest.genres.forms.trace import Tracer
from jixiao.ingest.report import ImportReport, ItemKind
from jixiao.ingest.source import SourceDocument


class Results(StrEnum):
    """What a form states besides targets."""

    NONE = "none"  # 目标申报表 / 批复表
    MONITORING = "monitoring"  # 1-N月 figures and likelihoods
    EVALUATION = "evaluation"  # the whole year's actuals and scores


@dataclass(frozen=True)
class FormSpec:
    kind: DocumentKind
    signature: FormSignature
    results: Results
    closing: tuple[Section, ...] = ()  # the closing rows the form has

    @property
    def title(self) -> re.Pattern[str]:
        return self.signature.title


@dataclass
class _Starts:
    funding: Cell | None = None
    goal: Cell | None = None
    indicators: Cell | None = None
    ends: list[int] = field(default_factory=list)


def _locate(sheet: Sheet) -> _Starts:
    """The first cell of each table, in the order met; the head ends at the first."""
    starts = _Starts()
    for cell in sheet.cells:
        if cell.blank or not sheet.starts_row(cell):
            continue
        section = section_of(cell.text)
        if section is Section.FUNDING and starts.funding is None:
            if is_funding_header(sheet, cell, len(sheet.cells)):
                starts.funding = cell
        elif section is Section.GOAL_TABLE and starts.goal is None:
            starts.goal = cell
        elif section is Section.INDICATORS and starts.indicators is None:
            starts.indicators = cell
    starts.ends = sorted(c.order for c in (starts.funding, starts.goal, starts.indicators) if c)
    return starts


class FormReading:
    """A form being read into the model, part by part."""

    def __init__(self, source: SourceDocument, report: ImportReport, spec: FormSpec) -> None:
        self.sheet = Sheet(source)
        self.trace = Tracer(source, report)
        self.report = report
        self.spec = spec
        self.starts = _locate(self.sheet)
        self.head_end = self.starts.ends[0] if self.starts.ends else len(self.sheet.cells)
        self.fields = Fields(self.sheet, 0, self.head_end)
        last = self.starts.indicators.order if self.starts.indicators else len(self.sheet.cells)
        self.unit = money_unit(self.sheet, last)
        self.table: IndicatorTable | None = None
        self.funding_table: FundingTable | None = None
        self.closing_parts: dict[Section, Part] = {}

    def _end_after(self, start: Cell) -> int:
        later = [order for order in self.starts.ends if order > start.order]
        return later[0] if later else len(self.sheet.cells)

    # --- head ------------------------------------------------------------------------------

    def title_and_year(self) -> tuple[str | None, int, dict[str, Provenance]]:
        title = read_title(self.sheet, self.spec.title, self.head_end)
        year, where = read_year(self.sheet, self.trace, title, self.head_end)
        provenance = {"fiscal_year": where}
        if title is not None:
            provenance["title"] = self.trace.provenance([title])
        return (title_text(title.text) if title else None), year, provenance

    # --- tables --------------------------------------------------------------------------------

    def funding(self, path: str) -> FundingTable | None:
        start = self.starts.funding
        if start is None:
            return None
        self.funding_table = read_funding(
            self.sheet, self.trace, start, self._end_after(start), path, self.unit
        )
        return self.funding_table

    def goal_table(self) -> GoalTable | None:
        start = self.starts.goal
        if start is None:
            return None
        return read_goal_table(self.sheet, start, self._end_after(start))

    def _results(self, table: IndicatorTable) -> ResultOptions | None:
        if self.spec.results is Results.NONE:
            return None
        if self.spec.results is Results.EVALUATION:
            return ResultOptions(as_of_month=12)
        actual = next((c for c in table.columns if c.kind is ColumnKind.ACTUAL), None)
        month = months_covered(actual.label) if actual else None
        if month is None and self.funding_table is not None:
            month = self.funding_table.as_of_month
        return ResultOptions(as_of_month=month)

    def indicators(self, path: str) -> list[Indicator]:
        start = self.starts.indicators
        if start is None:
            self.trace.add(ItemKind.MISSING, "未找到绩效指标表", path)
            return []
        self.table = read_table(self.sheet, start)
        indicators = build_indicators(self.table, self.trace, path, self._results(self.table))
        self.sheet.take_range(start.order, self.table.end)
        return indicators

    # --- closing ---------------------------------------------------------------------------------

    def closing(self, paths: dict[Section, str]) -> dict[Section, Part]:
        """The closing parts after the indicator table; ``paths`` maps each part the form has
        to the JSON path of its value, for the parts the text never reached."""
        start = self.table.end if self.table else self.head_end
        self.closing_parts = find_parts(self.sheet, start)
        cut_at = None
        if self.table is not None and not self.table.closed:
            # a table cut right after its header has no cell yet: the cut is at the header
            cut_at = max(
                (c for row in self.table.rows for c in row.cells),
                key=lambda c: c.order,
                default=None,
            )
            if (row := self.table.incomplete_row) is not None:
                self.trace.add(
                    ItemKind.MISSING,
                    "文本在指标表的这一行中途结束,其后的单元格未能读取",
                    None,
                    list(row.cells[:1]),
                )
        expected = {section: paths[section] for section in self.spec.closing if section in paths}
        report_missing_parts(self.trace, self.closing_parts, expected, cut_at)
        return self.closing_parts

    def finish(self, counts: dict[str, int]) -> None:
        """Report what no part took, the cut-off text, and the counts per section."""
        report_cut_prose(self.sheet, self.trace)
        for group in self.sheet.untaken():
            texts = [cell.text for cell in group]
            # a contact or signature label makes the rest of its line furniture too
            if is_furniture(texts[0]) or all(is_placeholder(text) for text in texts):
                continue
            self.trace.add(ItemKind.UNRECOGNISED, "未识别的内容", None, group, " | ".join(texts))
        self.report.genre = self.report.genre or self.spec.kind.value
        self.report.counts.update({name: count for name, count in counts.items() if count})


Reader = Callable[[SourceDocument, ImportReport, FormSpec], PerformanceDocument]


class FormParser:
    """A genre parser for one kind of form: detection by its signature, parsing by ``read``."""

    def __init__(self, spec: FormSpec, read: Reader) -> None:
        self.kind = spec.kind
        self.spec = spec
        self._read = read

    def detect(self, source: SourceDocument) -> float:
        return detect_form(source, self.spec.signature)

    def parse(self, source: SourceDocument, report: ImportReport) -> PerformanceDocument:
        return self._read(source, report, self.spec)
