"""预算公开 / 决算公开的绩效情况: the performance section of a published budget or final account.

What it reads (and nothing else of the disclosure: the budget tables are not read yet):

* who and when: the department and the year from the title (``某局2024年部门预算`` …, the
  first line naming a year), else the year the statement names;
* the performance section: a heading such as ``预算绩效管理情况``, ``绩效目标设置情况``,
  ``绩效管理工作开展情况`` (``PerformanceDisclosure.section_title``);
* the statement: the sentence stating the number of projects with targets and the money they
  cover (``共设置项目支出预算绩效目标3个……涉及财政拨款资金300万元``, ``纳入绩效目标管理的项目
  N个，涉及资金X万元``): ``project_count``, ``amount`` (万元, from 元/万元/亿元);
* the 项目支出 table, when the document has one: a table titled ``…项目支出…表`` whose rows are a
  name and an amount (``单位:元`` / ``单位:万元`` in the title or header, 万元 by default); each
  row is a project of the document (name and 预算数), the ``合计`` row is ``table_total``.

Review compares them (``DISCLOSURE.*`` rules). A disclosure without the section, or without
the statement, still loads: that is a finding, not a refusal.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Final

from jixiao.domain.model import (
    Department,
    DocumentKind,
    PerformanceDisclosure,
    PerformanceDocument,
    Project,
    Provenance,
)
from jixiao.ingest.cells import read_amount, squashed
from jixiao.ingest.report import ImportReport, ItemKind
from jixiao.ingest.source import SourceDocument, SourceLine

_SECTION_RE: Final = re.compile(
    r"(?:预算)?绩效(?:管理|目标)(?:工作)?(?:情况|设置情况|开展情况)|绩效目标设置情况|绩效情况说明"
)
# Words of a budget or final-account disclosure (not of a performance text, which also names
# 部门预算, "三公"经费 and 一般公共预算 in its indicators).
_DISCLOSURE_RE: Final = re.compile(
    r"(?:预算|决算)(?:信息)?公开|(?:预算|决算)(?:编制)?情况说明|收支(?:预算|决算)总表"
    r"|财政拨款收支(?:预算|决算)?总表"
)
# Titles of the other genres: a performance text or a form may quote a disclosure's words.
_OTHER_GENRES: Final = (
    "部门预算绩效文本",
    "部门整体支出绩效目标申报表",
    "绩效自评表",
    "绩效监控表",
)
_COUNT_RE: Final = re.compile(
    r"(?:项目|绩效目标)[^。;]{0,24}?(?P<count>[0-9]+)个|(?P<count2>[0-9]+)个项目"
)
_AMOUNT_RE: Final = re.compile(
    r"(?:涉及|金额|资金|合计)[^。;0-9]{0,16}?(?P<amount>[0-9][0-9,]*(?:\.[0-9]+)?)\s*"
    r"(?P<unit>万元|亿元|元)"
)
_TITLE_RE: Final = re.compile(
    r"^(?P<department>.{2,40}?)(?P<year>(?:19|20)[0-9]{2})年(?:度)?"
    r"(?:部门|单位)?(?:预算|决算|项目支出|绩效)"
)
_YEAR_RE: Final = re.compile(r"(?P<year>(?:19|20)[0-9]{2})年")
_TABLE_TITLE_RE: Final = re.compile(r"项目支出(?!绩效).{0,12}表")
_UNIT_RE: Final = re.compile(r"单位[::]\s*(?P<unit>万元|元|亿元)")
_TOTAL_WORDS: Final = ("合计", "总计")
_HEADER_WORDS: Final = ("项目名称", "项目", "金额", "单位", "科目", "预算数")
_HEAD_LINES: Final = 200
_MAX_HEADING: Final = 40


def _plain(line: SourceLine) -> str:
    """The line's text without spaces; a capture's ``# source:`` note is no text."""
    text = squashed(line.text)
    return "" if text.startswith("#source") else text


def detect_score(source: SourceDocument) -> float:
    """Disclosure words, a performance heading and the statement (each adds to the score)."""
    text = squashed("".join(line.text for line in source.lines[:_HEAD_LINES]))
    score = 0.0
    if _DISCLOSURE_RE.search(text):
        score += 0.35
    if any(_is_heading(line) for line in source.lines[:_HEAD_LINES]):
        score += 0.3
    if _statement_in(text):
        score += 0.2
    if any(_is_table_title(line) for line in source.lines):
        score += 0.1
    if any(word in text for word in _OTHER_GENRES):
        score /= 4
    return min(score, 1.0)


def _is_table_title(line: SourceLine) -> bool:
    text = _plain(line)
    return len(text) <= _MAX_HEADING and bool(_TABLE_TITLE_RE.search(text))


def _is_heading(line: SourceLine) -> bool:
    text = _plain(line)
    return 0 < len(text) <= _MAX_HEADING and bool(_SECTION_RE.search(text))


def _statement_in(text: str) -> bool:
    return any(
        "绩效目标" in sentence and _COUNT_RE.search(sentence) for sentence in _sentences(text)
    )


def _sentences(text: str) -> list[str]:
    return [part for part in re.split(r"[。;;\n]", text) if part]


def _provenance(source: SourceDocument, line: SourceLine, text: str | None = None) -> Provenance:
    return Provenance(source=source.name, page=line.page, line=line.number, text=text or line.text)


def _who(source: SourceDocument, report: ImportReport) -> tuple[str, int | None]:
    for line in source.lines[:_HEAD_LINES]:
        if match := _TITLE_RE.match(_plain(line)):
            return match["department"], int(match["year"])
    report.add(ItemKind.MISSING, "标题中没有读出部门名称和年度", field="department")
    year = next(
        (int(m["year"]) for line in source.lines if (m := _YEAR_RE.search(line.text))), None
    )
    return "未识别部门", year


def _statement(
    source: SourceDocument, lines: Sequence[SourceLine]
) -> tuple[SourceLine, str, re.Match[str], re.Match[str] | None] | None:
    for line in lines:
        for sentence in _sentences(_plain(line)):
            if "绩效" not in sentence:
                continue
            count = _COUNT_RE.search(sentence)
            if count is not None:
                return line, sentence, count, _AMOUNT_RE.search(sentence)
    return None


def _disclosure(source: SourceDocument, report: ImportReport) -> PerformanceDisclosure:
    lines = source.lines
    start = next((i for i, line in enumerate(lines) if _is_heading(line)), None)
    heading = lines[start] if start is not None else None
    scope = lines[start:] if start is not None else lines
    provenance: dict[str, Provenance] = {}
    if heading is not None:
        provenance["section_title"] = _provenance(source, heading)
    else:
        report.add(ItemKind.MISSING, "没有找到预算绩效管理情况(绩效目标设置情况)一节")
    found = _statement(source, scope)
    count = amount = None
    statement = None
    if found is None:
        report.add(
            ItemKind.MISSING,
            "没有读出设置绩效目标的项目个数和金额",
            field="performance_disclosure.statement",
        )
    else:
        line, statement, count_match, amount_match = found
        count = int(count_match["count"] or count_match["count2"])
        provenance["statement"] = _provenance(source, line, statement)
        provenance["project_count"] = _provenance(source, line, count_match.group(0))
        if amount_match is not None:
            read = read_amount(amount_match["amount"].replace(",", "") + amount_match["unit"])
            amount = read.value if read else None
            provenance["amount"] = _provenance(source, line, amount_match.group(0))
    return PerformanceDisclosure(
        section_title=_plain(heading) if heading is not None else None,
        statement=statement,
        project_count=count,
        amount=amount,
        provenance=provenance,
    )


def _table(
    source: SourceDocument, report: ImportReport
) -> tuple[list[Project], Decimal | None, Provenance | None]:
    """The 项目支出 table's rows (projects) and its 合计, when the document has one."""
    lines = source.lines
    start = next((i for i, line in enumerate(lines) if _is_table_title(line)), None)
    if start is None:
        return [], None, None
    unit = "万元"
    projects: list[Project] = []
    total: Decimal | None = None
    total_at: Provenance | None = None
    started = False
    for line in lines[start:]:
        text = _plain(line)
        if match := _UNIT_RE.search(text):
            unit = match["unit"]
        cells = [cell.strip() for cell in line.cells if cell.strip()]
        if len(cells) < 2:
            if started and (not text or _is_heading(line)):
                break
            continue
        name, value = cells[0], cells[-1].replace(",", "")
        read = read_amount(value, unit)
        if read is None:
            if any(word in squashed(name) for word in _HEADER_WORDS):
                continue
            if started:
                break
            continue
        started = True
        if squashed(name) in _TOTAL_WORDS:
            total, total_at = read.value, _provenance(source, line)
            continue
        projects.append(
            Project(
                name=name,
                budget=read.value,
                provenance={"row": _provenance(source, line), "budget": _provenance(source, line)},
            )
        )
    if not projects and total is None:
        report.add(
            ItemKind.UNRECOGNISED, "项目支出表中没有读出项目和金额", line=lines[start].number
        )
    return projects, total, total_at


class BudgetDisclosureParser:
    kind = DocumentKind.BUDGET_DISCLOSURE

    def detect(self, source: SourceDocument) -> float:
        return detect_score(source)

    def parse(self, source: SourceDocument, report: ImportReport) -> PerformanceDocument:
        department, year = _who(source, report)
        disclosure = _disclosure(source, report)
        projects, total, total_at = _table(source, report)
        if total is not None and total_at is not None:
            provenance = {**disclosure.provenance, "table_total": total_at}
            disclosure = disclosure.model_copy(
                update={"table_total": total, "provenance": provenance}
            )
        if year is None:
            report.add(ItemKind.MISSING, "没有读出预算年度", field="fiscal_year")
        document = PerformanceDocument(
            kind=DocumentKind.BUDGET_DISCLOSURE,
            fiscal_year=year or 1949,
            department=Department(name=department),
            title=next((_plain(line) for line in source.lines if _plain(line)), None),
            projects=projects,
            performance_disclosure=disclosure,
        )
        report.counts = {
            "projects": len(projects),
            "statement": int(disclosure.statement is not None),
            "section": int(disclosure.section_title is not None),
        }
        return document
