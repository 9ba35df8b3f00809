"""A document made of parts, found by their headings: a genre's layout as a description.

Some genres are not one form but several, each of its own kind: the 部门预算绩效文本 has a
cover, a table of contents, prose (总体绩效目标, 分项绩效目标, 工作保障措施), the department's
table (部门整体支出绩效目标申报表: its budget and several 年度整体支出目标) and one
项目绩效目标表 per project. A :class:`Layout` says which parts a genre has and the title words
that open each; :func:`find_parts` cuts a source into them. Nothing here reads a table: each
part is read by the general reader (:mod:`.assembly`). Titles repeat in the table of
contents, so its lines are set aside first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Final

from jixiao.domain.model import DocumentKind
from jixiao.ingest.cells import squashed
from jixiao.ingest.source import SourceLine


class PartKind(StrEnum):
    HEAD = "head"  # the cover and whatever stands before the first part
    CONTENTS = "contents"
    PROSE = "prose"
    GOALS = "goals"  # a table of the department's goals, each with its indicators
    PROJECT = "project"  # one project's form


@dataclass(frozen=True)
class PartTitle:
    """A short line of these words opens a part of this kind."""

    kind: PartKind
    words: re.Pattern[str]  # searched in the squashed line
    # words the pattern cannot match without, looked for first (most lines hold none)
    needs: str = ""


@dataclass(frozen=True)
class Layout:
    """A genre made of parts: the part titles, and the label that opens each goal inside a
    goals part (a goal's number follows it, or the goals are numbered in order)."""

    kind: DocumentKind
    titles: tuple[PartTitle, ...]
    goal_label: re.Pattern[str]
    # the document's own title, which a scan repeats at the top of each page
    running_head: re.Pattern[str] | None = None


_NUMERAL: Final = "一二三四五六七八九十"
# 标 of a title may come out of OCR in pieces: one or two characters stand for it
_TARGET: Final = r"绩效目(?:标|[^表]{1,2}?)"
DEPARTMENT_TEXT: Final = Layout(
    kind=DocumentKind.DEPARTMENT_PERFORMANCE,
    titles=(
        PartTitle(PartKind.PROSE, re.compile(rf"^第[{_NUMERAL}0-9]+部分"), "部分"),
        PartTitle(
            PartKind.GOALS,
            re.compile(rf"部门整体(?:支出)?{_TARGET}(?:申报|批复|审核)?表"),
            "绩效目",
        ),
        PartTitle(
            PartKind.PROJECT, re.compile(rf"项目(?:支出)?{_TARGET}(?:申报|批复|审核)?表"), "绩效目"
        ),
    ),
    goal_label=re.compile(r"^年度整体(?:支出目标)?(?P<number>\d+)?"),
    running_head=re.compile(r"\d{4}\s*年度?部门(?:预算)?绩效(?:目标)?文本$"),
)
LAYOUTS: Final = (DEPARTMENT_TEXT,)

_CONTENTS_RE: Final = re.compile(r"目录")
# a contents entry's page number, or the leader dots before it (a scan's OCR may keep one)
_PAGE_REFERENCE_RE: Final = re.compile(r"[.…·。—_-]*[0-9]+$|[.…·—_-]+$|。{2,}$")
_TOP_HEADING_RE: Final = re.compile(rf"[{_NUMERAL}]+[、.．]")
_MAX_TITLE: Final = 60  # a title is a line of its own: longer text names a part in prose
_MAX_CONTENTS_ENTRY: Final = 80
# A project's title may come in two lines (the 第二部分 item, then the form's own title):
# they are one title when at most this many short lines (填报单位, 年度) stand between.
_MAX_TITLE_GAP: Final = 4
_TABLES: Final = frozenset({PartKind.GOALS, PartKind.PROJECT})
_MIN_ROWS: Final = 3  # a table part holds at least a header and a row or two


@dataclass
class Part:
    kind: PartKind
    lines: list[SourceLine] = field(default_factory=list)
    titles: list[SourceLine] = field(default_factory=list)


def find_parts(layout: Layout, lines: list[SourceLine]) -> list[Part]:
    """The source cut into its parts, in order; the head first (possibly empty)."""
    contents = _contents_range(layout, lines)
    parts = [Part(PartKind.HEAD)]
    for index, line in enumerate(lines):
        current = parts[-1]
        if contents[0] <= index < contents[1]:
            if current.kind is not PartKind.CONTENTS:
                parts.append(Part(PartKind.CONTENTS, [], [line]))
            parts[-1].lines.append(line)
            continue
        kind = _title_kind(layout, line)
        if current.kind in _TABLES and _running_head(layout, line):
            parts[0].lines.append(line)  # the title repeated over a table's next page
            continue
        if kind is PartKind.PROJECT and _continues_title(current, line):
            current.titles.append(line)
        elif kind is not None:
            parts.append(Part(kind, [], [line]))
        elif current.kind is PartKind.HEAD and _TOP_HEADING_RE.match(_title_text(line)):
            parts.append(Part(PartKind.PROSE, [], [line]))  # prose with no 第一部分 heading
        elif current.kind is PartKind.HEAD and _opens_goal(layout, line):
            parts.append(Part(PartKind.GOALS))  # a capture begun inside the goals table
        parts[-1].lines.append(line)
    return _with_content(part for part in parts if part.lines or part.kind is PartKind.HEAD)


def _running_head(layout: Layout, line: SourceLine) -> bool:
    """The document's title alone in a line (``某局2022年部门预算绩效文本``): a page's
    running head, which a capture of a scan keeps between a table's rows."""
    if layout.running_head is None or len(line.cells) != 1 or "文本" not in line.text:
        return False
    text = _title_text(line)
    return len(text) <= _MAX_TITLE and layout.running_head.search(text) is not None


def _opens_goal(layout: Layout, line: SourceLine) -> bool:
    """A row of the department's table opening a goal (``年度整体 | 开展法 | …``,
    ``年度整体支出目标3 | …``) before any table's title: the capture (a scan's later pages,
    an excerpt) began inside that table, whose title stood on a page left out."""
    cells = [squashed(cell) for cell in line.cells if cell.strip()]
    return len(cells) > 1 and "年度整体" in cells[0] and bool(layout.goal_label.match(cells[0]))


def _with_content(found: Iterable[Part]) -> list[Part]:
    """The parts, a table part with no rows under its title (a link to another document:
    ``上一篇:…部门整体支出绩效目标表``, ``(略,见项目支出绩效目标表)``) given back to the part
    before it as a line of its text."""
    parts: list[Part] = []
    for part in found:
        rows = [line for line in part.lines if line not in part.titles and not line.is_blank]
        if parts and part.kind in _TABLES and len(rows) < _MIN_ROWS:
            parts[-1].lines.extend(part.lines)
        else:
            parts.append(part)
    return parts


def table_parts(parts: list[Part]) -> list[Part]:
    return [part for part in parts if part.kind in _TABLES]


def _title_text(line: SourceLine) -> str:
    """The line as a title is compared: no spaces, no Markdown or table marks around it."""
    return squashed(line.text).strip("#|*")


def _title_kind(layout: Layout, line: SourceLine) -> PartKind | None:
    text = _title_text(line)
    if not text or len(text) > _MAX_TITLE:
        return None
    kinds = [
        title.kind
        for title in layout.titles
        if title.needs in text and title.words.search(text) is not None
    ]
    # ``第一部分 2021年部门整体绩效目标表``: a part's heading that names its table opens the table
    tables = [kind for kind in kinds if kind in _TABLES]
    return next(iter(tables or kinds), None)


def _continues_title(current: Part, line: SourceLine) -> bool:
    if current.kind is not PartKind.PROJECT or not current.titles:
        return False
    since = current.lines[current.lines.index(current.titles[-1]) + 1 :]
    content = [entry for entry in since if not entry.is_blank]
    return len(content) <= _MAX_TITLE_GAP and all(len(entry.cells) <= 2 for entry in content)


def _contents_range(layout: Layout, lines: list[SourceLine]) -> tuple[int, int]:
    """Start and end (exclusive) of the table of contents ((0, 0): none). It ends where one
    of its entries appears again in the body (the first, or a later one where the text
    leaves the first parts out: an excerpt, ``……``), or at the first paragraph."""
    start = next(
        (i for i, line in enumerate(lines) if _CONTENTS_RE.fullmatch(_title_text(line))), None
    )
    if start is None:
        return 0, 0
    entries: list[str] = []
    for index in range(start + 1, len(lines)):
        text = _title_text(lines[index])
        if not text:
            continue
        entry = _PAGE_REFERENCE_RE.sub("", text)
        kind = _title_kind(layout, lines[index])
        heading = _TOP_HEADING_RE.match(text) and kind is None
        # the body's title cut over two lines (``第 三 部 分`` over its name) begins an entry
        cut_title = kind is not None and any(other.startswith(entry) for other in entries)
        if (entries and (entry in entries or cut_title or (heading and entry == text))) or len(
            text
        ) > _MAX_CONTENTS_ENTRY:
            return start, index
        entries.append(entry)
    return start, len(lines)
