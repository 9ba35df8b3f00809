"""The prose of 第一部分: 总体绩效目标, 分项绩效目标 (goal, indicators in words), 工作保障措施.

Top headings (``一、总体绩效目标``) say which part follows, by their words rather than their
number; sub-headings (``(一) 保障正常人员经费``) open a goal section or a safeguard. Text under
a heading is read as paragraphs: a line continues the paragraph before it unless that one
ends a sentence or the line opens with a label (``绩效目标:``, ``绩效指标:``), so a paragraph the
OCR broke over lines, blank or not, is read whole. Spaces the OCR put between Chinese
characters are removed and recorded.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Final

from jixiao.ingest.cells import half_width, is_decorative, join_cjk, squashed
from jixiao.ingest.genres.department_performance.context import (
    Context,
    Fix,
    Located,
    line_span,
    spaces_removed,
    text_of,
)
from jixiao.ingest.genres.department_performance.drafts import IndicatorDraft, Paragraph
from jixiao.ingest.genres.department_performance.prose_indicators import (
    indicator_label_length,
    read_prose_indicators,
)
from jixiao.ingest.genres.department_performance.sections import (
    SUB_HEADING_RE,
    TOP_HEADING_RE,
    Region,
    is_part_heading,
)
from jixiao.ingest.report import ItemKind
from jixiao.ingest.source import SourceLine

_SENTENCE_END: Final = tuple('。!?!?;;::”"))')
_GOAL_LABEL_RE: Final = re.compile(r"\s*(?:年度)?(?:绩效)?目标\s*[::]\s*")
# A page number a reader ran into the paragraph above it (…接受社会监督。-1-).
_PAGE_MARK_RE: Final = re.compile(r"(?<=[。;;])\s*[-—–]\s*[0-9]{1,3}\s*[-—–]\s*$")
_RUN_ON_HEADING_RE: Final = re.compile(r"(?<=[。;;])\s*(?=\([一二三四五六七八九十]+\))")
_MAX_HEADING_LENGTH: Final = 30  # longer "一、…" text is a paragraph that starts a list
_INLINE_TITLE_RE: Final = re.compile(r"(?P<title>[^。::]{2,30}?)[。::](?P<text>.+)")


class Part(StrEnum):
    OVERALL = "overall"  # 总体绩效目标
    GOALS = "goals"  # 分项绩效目标
    SAFEGUARDS = "safeguards"  # 工作保障措施
    OTHER = "other"


def _part_of(title: str) -> Part:
    if "总体" in title:
        return Part.OVERALL
    if any(word in title for word in ("分项", "具体", "分类")):
        return Part.GOALS
    if "保障" in title or "措施" in title:
        return Part.SAFEGUARDS
    return Part.OTHER


@dataclass
class Block:
    """A heading and the paragraphs under it."""

    part: Part
    heading: Located | None
    paragraphs: list[Paragraph] = field(default_factory=list)


@dataclass
class GoalSectionDraft:
    title: Located
    goal: Paragraph | None = None
    indicators_text: Paragraph | None = None
    indicators: list[IndicatorDraft] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)


@dataclass
class Prose:
    overall_goal: list[Paragraph] = field(default_factory=list)
    sections: list[GoalSectionDraft] = field(default_factory=list)
    safeguards: list[tuple[Located, Paragraph | None]] = field(default_factory=list)
    parts: set[Part] = field(default_factory=set)


def read_prose(ctx: Context, regions: list[Region]) -> Prose:
    """Every prose region's parts, in document order."""
    blocks: list[Block] = []
    for region in regions:
        blocks.extend(_blocks(ctx, region.lines))
    prose = Prose()
    for block in blocks:
        prose.parts.add(block.part)
        if block.part is Part.OVERALL and block.heading is None:
            prose.overall_goal.extend(block.paragraphs)
        elif block.part is Part.GOALS and block.heading is not None:
            prose.sections.append(_goal_section(block.heading, block.paragraphs))
        elif block.part is Part.SAFEGUARDS and block.heading is not None:
            prose.safeguards.append(_safeguard(block.heading, block.paragraphs))
    return prose


def _blocks(ctx: Context, lines: list[SourceLine]) -> list[Block]:
    blocks: list[Block] = []
    part: Part | None = None
    for line in lines:
        if not text_of(line):
            continue
        if is_part_heading(line) or is_decorative(line.text):
            ctx.take([line])  # a page footer (- 2 -) between paragraphs is no part of them
            continue
        taken = False
        for text in _run_on_headings(_PAGE_MARK_RE.sub("", text_of(line))):
            part, read = _read_piece(blocks, part, line, text)
            taken = taken or read
        if taken:
            ctx.take([line])
    return blocks


def _run_on_headings(text: str) -> list[str]:
    """A line with a sub-heading run on after a sentence (``…15%。(二)保障正常公用经费``, as
    a reader that joins wrapped lines may give it), cut into its pieces."""
    cuts = [match.start() for match in _RUN_ON_HEADING_RE.finditer(half_width(text))]
    bounds = [0, *cuts, len(text)]
    return [text[a:b].strip() for a, b in itertools.pairwise(bounds) if text[a:b].strip()]


def _read_piece(
    blocks: list[Block], part: Part | None, line: SourceLine, text: str
) -> tuple[Part | None, bool]:
    """Read a heading or a piece of text: the part reading is now in, and whether it was read."""
    plain = half_width(text)  # （一） matches as (一); titles are cut from the text as written
    if (top := TOP_HEADING_RE.fullmatch(plain)) and len(squashed(text)) <= _MAX_HEADING_LENGTH:
        part = _part_of(squashed(text[top.start("title") :]))
        blocks.append(Block(part, None))
    elif (sub := SUB_HEADING_RE.fullmatch(plain)) and part in (Part.GOALS, Part.SAFEGUARDS):
        blocks.append(Block(part, Located(text[sub.start("title") :].strip(), line)))
    elif part is None or part is Part.OTHER:
        return part, False  # not taken: reported as unrecognised text
    else:
        _add_text(blocks[-1], line, text)
    return part, True


def _add_text(block: Block, line: SourceLine, text: str) -> None:
    last = block.paragraphs[-1] if block.paragraphs else None
    labelled = _GOAL_LABEL_RE.match(half_width(text)) or indicator_label_length(text) is not None
    ended = half_width(last.raw.rstrip()).endswith(_SENTENCE_END) if last is not None else True
    if last is not None and not labelled and not ended:
        last.pieces.append((line, text))
    else:
        block.paragraphs.append(Paragraph([(line, text)]))


def _goal_section(heading: Located, paragraphs: list[Paragraph]) -> GoalSectionDraft:
    section = GoalSectionDraft(title=heading)
    for paragraph in paragraphs:
        label = indicator_label_length(paragraph.raw)
        if label is not None:
            _set_indicators(section, paragraph.without_prefix(label))
        elif goal := _GOAL_LABEL_RE.match(half_width(paragraph.raw)):
            section.goal = paragraph.without_prefix(goal.end())
        elif section.goal is None and len(read_prose_indicators(paragraph)[0]) < 2:
            section.goal = paragraph
        else:
            _set_indicators(section, paragraph)
    return section


def _set_indicators(section: GoalSectionDraft, paragraph: Paragraph) -> None:
    if section.indicators_text is not None:  # a second list continues the first
        paragraph = Paragraph([*section.indicators_text.pieces, *paragraph.pieces])
    section.indicators_text = paragraph
    section.indicators, section.unread = read_prose_indicators(paragraph)


def _safeguard(heading: Located, paragraphs: list[Paragraph]) -> tuple[Located, Paragraph | None]:
    """A safeguard's title and text; a title may run on into its text (``(一)加强领导。成立…``)."""
    inline = _INLINE_TITLE_RE.fullmatch(half_width(heading.text))
    if inline and inline["text"].strip():
        text = heading.text[inline.start("text") :].strip()
        title = heading.text[: inline.end("title")]
        return Located(title, heading.line), _merge(
            [Paragraph([(heading.line, text)]), *paragraphs]
        )
    return heading, _merge(paragraphs)


def _merge(paragraphs: list[Paragraph]) -> Paragraph | None:
    if not paragraphs:
        return None
    pieces = [piece for paragraph in paragraphs for piece in paragraph.pieces]
    return Paragraph(pieces)


def clean_text(key: str, paragraphs: list[Paragraph]) -> tuple[str, list[Fix]]:
    """The paragraphs' text for the model (one paragraph a line) and the repairs behind it."""
    texts: list[str] = []
    fixes: list[Fix] = []
    for paragraph in paragraphs:
        text, places = paragraph.clean()
        texts.append(text)
        fixes += spaces_removed(key, paragraph.first, places)
        lines = paragraph.lines
        if any(b.number - a.number > 1 for a, b in itertools.pairwise(lines)):
            reason = f"段落被拆在{line_span(lines)},合并读取"
            fixes.append(Fix(key, ItemKind.REPAIRED, reason, paragraph.first))
    return "\n".join(texts), fixes


def clean_title(key: str, title: Located) -> tuple[str, list[Fix]]:
    text, places = join_cjk(title.text)
    return text, spaces_removed(key, title.line, places)
