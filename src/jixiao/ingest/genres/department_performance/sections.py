"""Where the parts of a 部门预算绩效文本 stand, found by their headings and table titles.

The genre has a cover (title, 编制/审核), often a table of contents (目录), the prose of
第一部分 (一、总体绩效目标, 二、分项绩效目标, 三、工作保障措施), the 部门整体支出绩效目标申报表, and
in 第二部分 one 项目绩效目标表 per budget project. Titles repeat in the table of contents, so
its lines are set aside first; then part headings and table titles cut the rest into
regions. Nothing here depends on a department or on line numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Final

from jixiao.ingest.genres.department_performance.context import plain
from jixiao.ingest.source import SourceLine

_NUMERAL: Final = "一二三四五六七八九十"
PART_RE: Final = re.compile(rf"第[{_NUMERAL}0-9]+部分")
TOP_HEADING_RE: Final = re.compile(rf"(?P<number>[{_NUMERAL}]+)\s*[、.．]\s*(?P<title>.*)")
SUB_HEADING_RE: Final = re.compile(rf"[((]\s*(?P<number>[{_NUMERAL}]+)\s*[))]\s*(?P<title>.*)")
# 标 of a title may come out of OCR in pieces (目：示表: 木 lost, 示 kept): one or two
# characters stand for it
_TARGET: Final = r"绩效目(?:标|[^表]{1,2}?)"
DEPARTMENT_TABLE_RE: Final = re.compile(rf"部门整体(?:支出)?{_TARGET}(?:申报|批复|审核)?表")
PROJECT_TABLE_RE: Final = re.compile(rf"项目(?:支出)?{_TARGET}(?:申报|批复|审核)?表")
_TOC_RE: Final = re.compile(r"目录")
_PAGE_REFERENCE_RE: Final = re.compile(r"[.…·。—_-]*[0-9]+$|[.…·。—_-]{2,}$")
_MAX_CONTENTS_ENTRY: Final = 80  # longer text is a paragraph of the body
# A table title is a line of its own: longer text that names a table is prose about it.
_MAX_TITLE_LENGTH: Final = 60
# A project title may come in two lines (the 第二部分 item, then the form's own title);
# they belong together when only this many header lines (填报单位, 年度) stand between.
_MAX_TITLE_GAP: Final = 4


class RegionKind(StrEnum):
    COVER = "cover"
    CONTENTS = "contents"
    PROSE = "prose"
    DEPARTMENT_TABLE = "department_table"
    PROJECT_TABLE = "project_table"


@dataclass
class Region:
    """A run of lines of one kind; ``titles`` are the heading lines that opened it."""

    kind: RegionKind
    lines: list[SourceLine]
    titles: list[SourceLine] = field(default_factory=list)


def is_part_heading(line: SourceLine) -> bool:
    return PART_RE.match(plain(line)) is not None


def _table_kind(line: SourceLine) -> RegionKind | None:
    text = plain(line)
    if len(text) > _MAX_TITLE_LENGTH:
        return None
    if DEPARTMENT_TABLE_RE.search(text):
        return RegionKind.DEPARTMENT_TABLE
    if PROJECT_TABLE_RE.search(text):
        return RegionKind.PROJECT_TABLE
    return None


def _contents_range(lines: list[SourceLine]) -> tuple[int, int] | None:
    """Start and end (exclusive) of the table of contents, or None when there is none.

    It ends where its first entry appears again as a heading in the body, or at the first
    prose heading or paragraph, whichever comes first. Entries may end in leader dots and a
    page number (``第一部分 …………… 1``), which the body's headings lack.
    """
    start = next((i for i, line in enumerate(lines) if _TOC_RE.fullmatch(plain(line))), None)
    if start is None:
        return None
    entries: list[str] = []
    for i in range(start + 1, len(lines)):
        text = plain(lines[i])
        if not text:
            continue
        entry = _PAGE_REFERENCE_RE.sub("", text)
        is_entry = entry != text
        # a 一、 heading ends it, unless it names a table (一、某某项目绩效目标表 is an entry)
        heading = TOP_HEADING_RE.match(text) and _table_kind(lines[i]) is None
        ends = entries and (entry == entries[0] or (heading and not is_entry))
        if ends or len(text) > _MAX_CONTENTS_ENTRY:
            return start, i
        entries.append(entry)
    return start, len(lines)


def find_regions(lines: list[SourceLine]) -> list[Region]:
    """Cut the document into cover, contents, prose and table regions, in document order."""
    contents = _contents_range(lines)
    regions: list[Region] = []
    current = Region(RegionKind.COVER, [])
    for i, line in enumerate(lines):
        if contents and contents[0] <= i < contents[1]:
            if current.kind is not RegionKind.CONTENTS:
                regions.append(current)
                current = Region(RegionKind.CONTENTS, [])
            current.lines.append(line)
            continue
        opened = _opens_region(current, line)
        if opened is not None:
            regions.append(current)
            current = Region(opened, [], [line])
        elif current.kind is RegionKind.PROJECT_TABLE and _continues_title(current, line):
            current.titles.append(line)
        current.lines.append(line)
    regions.append(current)
    return [region for region in regions if region.lines]


def _opens_region(current: Region, line: SourceLine) -> RegionKind | None:
    text = plain(line)
    if is_part_heading(line):
        return RegionKind.PROSE
    table = _table_kind(line)
    if table is RegionKind.PROJECT_TABLE and _continues_title(current, line):
        return None  # the form's own title under the 第二部分 item that named it
    if table is not None:
        return table
    if current.kind in (RegionKind.COVER, RegionKind.CONTENTS) and TOP_HEADING_RE.match(text):
        return RegionKind.PROSE  # a document without part headings starts with 一、
    return None


def _continues_title(current: Region, line: SourceLine) -> bool:
    if current.kind is not RegionKind.PROJECT_TABLE or not current.titles:
        return False
    if _table_kind(line) is not RegionKind.PROJECT_TABLE:
        return False
    since = current.lines[current.lines.index(current.titles[-1]) + 1 :]
    content = [entry for entry in since if not entry.is_blank]
    return len(content) <= _MAX_TITLE_GAP and all(len(entry.cells) <= 2 for entry in content)
