"""The prose part of a document made of parts: its headings and what stands under them.

A ``一、`` heading opens a section, a ``(一)`` heading an item of it; the section's title
words say what its items are: 总体(绩效)目标 the overall goal's text, 分项绩效目标 goal sections
(``绩效目标:`` their goal, ``绩效指标:`` their indicators stated in words, one clause each,
read by :func:`jixiao.ingest.name_target.split_name_target`), 保障措施 the safeguards (a title,
then its text; a title run on with its text ends at its first 。).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

from pydantic import ValidationError

from jixiao.domain.model import GoalSection, Indicator, ProseSection, Provenance
from jixiao.ingest.cells import half_width
from jixiao.ingest.name_target import split_name_target
from jixiao.ingest.source import SourceLine

_NUMERAL: Final = "一二三四五六七八九十"
_SECTION_RE: Final = re.compile(rf"^[{_NUMERAL}]+\s*[、.．]\s*(?P<title>.+)$")
_ITEM_RE: Final = re.compile(rf"^[((]\s*[{_NUMERAL}]+\s*[))]\s*(?P<title>.+)$")
_PART_RE: Final = re.compile(rf"^第[{_NUMERAL}0-9]+部分")
_GOAL_LABEL_RE: Final = re.compile(r"^(?:年度)?(?:绩效)?目标\s*[::]\s*")
_INDICATOR_LABEL_RE: Final = re.compile(r"^(?:年度)?(?:绩效)?指标\s*[::]\s*")
# Clauses end at Chinese punctuation, and at an ASCII comma that is not a thousands separator.
_CLAUSE_END_RE: Final = re.compile(r"[,;;。]|,(?![0-9]{3})")
_MAX_RUN_ON_TITLE: Final = 20


@dataclass
class _Item:
    title: str
    line: int
    paragraphs: list[tuple[str, int]] = field(default_factory=list)


@dataclass
class _Section:
    title: str
    paragraphs: list[tuple[str, int]] = field(default_factory=list)
    items: list[_Item] = field(default_factory=list)


@dataclass
class ProseParts:
    overall_goal: str | None = None
    goal_sections: list[GoalSection] = field(default_factory=list)
    safeguards: list[ProseSection] = field(default_factory=list)


def read_prose_parts(lines: list[SourceLine]) -> ProseParts:
    found = ProseParts()
    for section in _sections(lines):
        if "分项" in section.title:
            found.goal_sections += [_goal_section(item) for item in section.items]
        elif "保障" in section.title or "措施" in section.title:
            found.safeguards += [_safeguard(item) for item in section.items]
        elif "总体" in section.title and found.overall_goal is None:
            found.overall_goal = _joined(section.paragraphs) or None
    return found


def _text(line: SourceLine) -> str:
    cells = [cell.strip() for cell in line.cells if cell.strip()]
    return " ".join(cells).strip("#|* \u3000")


def _sections(lines: list[SourceLine]) -> list[_Section]:
    sections: list[_Section] = []
    for line in lines:
        text = _text(line)
        plain = half_width(text).replace(" ", "")
        if not text or _PART_RE.match(plain):
            continue
        if match := _SECTION_RE.match(half_width(text)):
            sections.append(_Section(match.group("title").strip()))
        elif sections and (match := _ITEM_RE.match(half_width(text))):
            sections[-1].items.append(_Item(match.group("title").strip(), line.number))
        elif sections and sections[-1].items:
            sections[-1].items[-1].paragraphs.append((text, line.number))
        elif sections:
            sections[-1].paragraphs.append((text, line.number))
    return sections


def _joined(paragraphs: list[tuple[str, int]]) -> str:
    return "".join(text for text, _ in paragraphs).strip()


def _goal_section(item: _Item) -> GoalSection:
    goal: list[tuple[str, int]] = []
    stated: list[tuple[str, int]] = []
    current = goal
    for text, line in item.paragraphs:
        plain = half_width(text)
        if match := _INDICATOR_LABEL_RE.match(plain):
            current = stated
            text = text[match.end() :]
        elif match := _GOAL_LABEL_RE.match(plain):
            current = goal
            text = text[match.end() :]
        current.append((text, line))
    indicators_text = _joined(stated) or None
    return GoalSection(
        title=item.title,
        goal=_joined(goal) or None,
        indicators_text=indicators_text,
        indicators=_stated_indicators(stated),
        provenance={"row": Provenance(line=item.line)},
    )


def _stated_indicators(paragraphs: list[tuple[str, int]]) -> list[Indicator]:
    """One indicator per clause that names one and states its target; a clause cut by a line
    break is read whole (the lines are joined first)."""
    text = "".join(part for part, _ in paragraphs)
    starts: list[tuple[int, int]] = []
    offset = 0
    for part, line in paragraphs:
        starts.append((offset, line))
        offset += len(part)
    found: list[Indicator] = []
    start = 0
    for end in [m.start() for m in _CLAUSE_END_RE.finditer(half_width(text))] + [len(text)]:
        clause = text[start:end]
        at = next((line for begin, line in reversed(starts) if begin <= start), 0)
        start = end + 1
        split = split_name_target(clause) if clause.strip() else None
        if split is None:
            continue
        name, _, target = split
        try:
            found.append(
                Indicator(
                    name=name,
                    target=target,
                    provenance={"row": Provenance(line=at or None, text=clause.strip())},
                )
            )
        except ValidationError:
            continue  # a clause whose name is no name (punctuation only)
    return found


def _safeguard(item: _Item) -> ProseSection:
    title, text = item.title, _joined(item.paragraphs)
    stop = title.find("。")
    if not text and 0 < stop <= _MAX_RUN_ON_TITLE:
        title, text = title[:stop], title[stop + 1 :]
    return ProseSection(title=title.rstrip("。"), text=text or title)
