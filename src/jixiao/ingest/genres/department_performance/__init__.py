"""部门预算绩效文本: the department's published performance text (prose and tables).

The parser works for the genre, not for one file: parts are found by their headings and
table titles (:mod:`.sections`), the cover gives who and when (:mod:`.cover`), the prose its
goals, indicators in words and safeguards (:mod:`.prose`, :mod:`.prose_indicators`), the
部门整体支出绩效目标申报表 the budget and the department goals (:mod:`.budget_table`,
:mod:`.goal_table`), each 项目绩效目标表 a project (:mod:`.project_table`,
:mod:`.spending_plan`). Table rows are read by :mod:`.rows`, wrapped and echoed rows folded
by :mod:`.fold`, merged labels spread by :mod:`.labels`; :mod:`.crossfill` settles damaged
or missing targets from the other parts; :mod:`.assemble` builds the document.
"""

from __future__ import annotations

from typing import Final

from jixiao.domain.model import DocumentKind, PerformanceDocument
from jixiao.ingest.cells import squashed
from jixiao.ingest.general.assembly import counts
from jixiao.ingest.genres.department_performance import assemble
from jixiao.ingest.genres.department_performance.completeness import (
    report_missing,
    report_unrecognised,
)
from jixiao.ingest.genres.department_performance.context import Context, plain
from jixiao.ingest.genres.department_performance.cover import read_cover
from jixiao.ingest.genres.department_performance.crossfill import settle_all
from jixiao.ingest.genres.department_performance.goal_table import read_department_table
from jixiao.ingest.genres.department_performance.project_table import read_project_table
from jixiao.ingest.genres.department_performance.prose import read_prose
from jixiao.ingest.genres.department_performance.sections import (
    Region,
    RegionKind,
    find_regions,
)
from jixiao.ingest.report import ImportReport
from jixiao.ingest.source import SourceDocument

# Phrases of the genre and how strongly each says "部门预算绩效文本" (summed, at most 1).
_MARKERS: Final = (
    ("部门预算绩效文本", 0.5),
    ("部门整体支出绩效目标", 0.4),
    ("部门整体绩效目标", 0.4),
    ("总体绩效目标", 0.15),
    ("分项绩效目标", 0.15),
    ("工作保障措施", 0.15),
    ("年度整体支出目标", 0.15),
    ("项目绩效目标表", 0.1),
)
# Words of the other genres' titles: a self-evaluation or a monitoring form quotes the
# department's goals but is not this genre.
_OTHER_GENRES: Final = ("自评", "监控", "评价报告")
_HEAD_LINES: Final = 400  # detection reads the start of the document


def detect_score(source: SourceDocument) -> float:
    text = squashed("".join(line.text for line in source.lines[:_HEAD_LINES]))
    score = sum((weight for marker, weight in _MARKERS if marker in text), 0.0)
    title = next((plain(line) for line in source.lines if plain(line)), "")
    if any(word in title for word in _OTHER_GENRES):
        score /= 4
    return min(score, 1.0)


class DepartmentPerformanceParser:
    kind = DocumentKind.DEPARTMENT_PERFORMANCE

    def detect(self, source: SourceDocument) -> float:
        return detect_score(source)

    def parse(self, source: SourceDocument, report: ImportReport) -> PerformanceDocument:
        ctx = Context(source, report)
        regions = find_regions(source.lines)
        ctx.take(line for region in _of(regions, RegionKind.CONTENTS) for line in region.lines)
        cover_lines = [line for region in _of(regions, RegionKind.COVER) for line in region.lines]
        cover = read_cover(ctx, cover_lines)
        prose = read_prose(ctx, _of(regions, RegionKind.PROSE))
        tables = [read_department_table(ctx, r) for r in _of(regions, RegionKind.DEPARTMENT_TABLE)]
        table = tables[0] if tables else None
        projects = [read_project_table(ctx, r) for r in _of(regions, RegionKind.PROJECT_TABLE)]
        settle_all(table.goals if table else [], prose.sections, projects)
        document = assemble.document(ctx, cover, prose, table, projects)
        report_missing(ctx, prose, table, projects, _projects_expected(regions, document))
        report_unrecognised(ctx, table, projects)
        report.counts = counts(document)
        return document


def _of(regions: list[Region], kind: RegionKind) -> list[Region]:
    return [region for region in regions if region.kind is kind]


def _projects_expected(regions: list[Region], document: PerformanceDocument) -> bool:
    """Whether the document has projects: its contents or part headings name them, or its
    budget has project spending."""
    named = any(
        "项目" in line.text
        for region in regions
        if region.kind in (RegionKind.CONTENTS, RegionKind.PROSE)
        for line in (region.lines if region.kind is RegionKind.CONTENTS else region.titles)
    )
    spending = document.budget.expenditure.project
    return named or (spending is not None and spending > 0)


PARSERS = [DepartmentPerformanceParser()]
