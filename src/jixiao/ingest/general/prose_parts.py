"""The prose part of a document made of parts: its headings and what stands under them.

A ``一、`` heading opens a section, a ``(一)`` heading an item of it; the section's title
words say what its items are: 总体(绩效)目标 the overall goal's text, 分项绩效目标 goal sections
(``绩效目标:`` their goal, ``绩效指标:`` their indicators stated in words, one clause each,
read by :func:`jixiao.ingest.name_target.split_name_target`), 保障措施 the safeguards (a title,
then its text; a title run on with its text ends at its first 。).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from typing import Final

from pydantic import ValidationError

from jixiao.domain.model import GoalSection, Indicator, ProseSection, Provenance
from jixiao.domain.target import Target
from jixiao.ingest.cells import half_width, join_cjk
from jixiao.ingest.general.pages import is_page_footer
from jixiao.ingest.general.places import line_span
from jixiao.ingest.general.prose import deadline_first, glued_standard, standard_from_name_end
from jixiao.ingest.name_target import split_name_target
from jixiao.ingest.report import ItemKind
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


@dataclass(frozen=True)
class Note:
    """A report item about the prose: what was repaired or left unread, and where."""

    kind: ItemKind
    reason: str
    field: str
    line: int | None
    original: str | None = None


@dataclass
class ProseParts:
    overall_goal: str | None = None
    goal_sections: list[GoalSection] = field(default_factory=list)
    safeguards: list[ProseSection] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    source: str | None = None  # the file's name, for provenance
    overall_goal_line: int | None = None
    texts: dict[int, str] = field(default_factory=dict)  # each line as written


def read_prose_parts(lines: list[SourceLine], source: str) -> ProseParts:
    found = ProseParts(source=source, texts={line.number: line.text for line in lines})
    for section in _sections(lines):
        if "保障" in section.title or "措施" in section.title:
            for item in section.items:
                where = f"safeguards[{len(found.safeguards)}].text"
                found.safeguards.append(_safeguard(item, where, found.notes))
        elif "总体" in section.title and found.overall_goal is None:
            found.overall_goal = _clean(section.paragraphs, "overall_goal", found.notes) or None
            found.overall_goal_line = section.paragraphs[0][1] if section.paragraphs else None
        elif "分项" in section.title or any(_states_goals(item) for item in section.items):
            for item in section.items:
                where = f"goal_sections[{len(found.goal_sections)}]"
                found.goal_sections.append(_goal_section(item, where, found))
    return found


def _text(line: SourceLine) -> str:
    cells = [cell.strip() for cell in line.cells if cell.strip()]
    return " ".join(cells).strip("#|* \u3000")


def _sections(lines: list[SourceLine]) -> list[_Section]:
    sections: list[_Section] = []
    for line in lines:
        text = _text(line)
        plain = half_width(text).replace(" ", "")
        if not text or _PART_RE.match(plain) or is_page_footer(text):
            continue  # a page's footer (第1页 共7页) inside a paragraph broken over pages
        if match := _SECTION_RE.match(half_width(text)):
            sections.append(_Section(match.group("title").strip()))
        elif sections and (match := _ITEM_RE.match(half_width(text))):
            sections[-1].items.append(_Item(match.group("title").strip(), line.number))
        elif sections and sections[-1].items:
            sections[-1].items[-1].paragraphs.append((text, line.number))
        elif sections:
            sections[-1].paragraphs.append((text, line.number))
    return sections


def _states_goals(item: _Item) -> bool:
    """An item of 分项 (or 具体) goals: its paragraphs are labelled 绩效目标 or 绩效指标."""
    return any(
        _GOAL_LABEL_RE.match(half_width(text)) or _INDICATOR_LABEL_RE.match(half_width(text))
        for text, _ in item.paragraphs
    )


def _joined(paragraphs: list[tuple[str, int]]) -> str:
    return "".join(text for text, _ in paragraphs).strip()


def _clean(paragraphs: list[tuple[str, int]], where: str, notes: list[Note]) -> str:
    """The paragraphs as one text, the spaces OCR put between Chinese characters removed
    (and reported)."""
    text = _joined(paragraphs)
    joined, places = join_cjk(text)
    if places:
        count = f"({len(places)}处)" if len(places) > 1 else ""
        reason = f"删去OCR换行产生的多余空格{count}"
        notes.append(Note(ItemKind.REPAIRED, reason, where, paragraphs[0][1], text))
    return joined


def _goal_section(item: _Item, where: str, found: ProseParts) -> GoalSection:
    notes = found.notes
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
    cleaned = _clean(goal, f"{where}.goal", notes) or None
    indicators = _stated_indicators(stated, where, found)
    numbers = [line for _, line in stated]
    if any(later - earlier > 1 for earlier, later in itertools.pairwise(numbers)):
        reason = f"段落被拆在{line_span(numbers)},合并读取"
        notes.append(Note(ItemKind.REPAIRED, reason, f"{where}.indicators_text", numbers[0]))
    return GoalSection(
        title=join_cjk(item.title)[0],
        goal=cleaned,
        indicators_text=indicators_text,
        indicators=indicators,
        provenance={"row": Provenance(source=found.source, line=item.line)},
    )


def _stated_indicators(
    paragraphs: list[tuple[str, int]], where: str, found_in: ProseParts
) -> list[Indicator]:
    """One indicator per clause that names one and states its target; a clause cut by a line
    break is read whole (the lines are joined first) and the repair reported; a clause that
    states no target is reported unrecognised."""
    text = "".join(part for part, _ in paragraphs)
    starts: list[tuple[int, int]] = []
    offset = 0
    for part, line in paragraphs:
        starts.append((offset, line))
        offset += len(part)
    notes = found_in.notes
    found: list[Indicator] = []
    unread: list[Note] = []
    start = 0
    for end in [m.start() for m in _CLAUSE_END_RE.finditer(half_width(text))] + [len(text)]:
        clause = text[start:end]
        at = next((line for begin, line in reversed(starts) if begin <= start), None)
        last = next((line for begin, line in reversed(starts) if begin < max(end, start + 1)), at)
        start = end + 1
        if not clause.strip():
            continue
        # 群众自救互救能力有所提高, 6月底前完成验收: a name and its standard run together, a
        # deadline before its task, as in any prose list of targets
        split = split_name_target(clause)
        split = standard_from_name_end(split) if split else _in_words(clause.strip())
        if split is None:
            reason = f"“{clause.strip()}”未写明指标值,未读作指标"
            unread.append(Note(ItemKind.UNRECOGNISED, reason, f"{where}.indicators_text", at))
            continue
        name, _, target = split
        try:
            indicator = Indicator(
                name=name,
                target=target,
                provenance={
                    "row": Provenance(
                        source=found_in.source,
                        line=at,
                        line_end=last,
                        text=found_in.texts.get(at or 0, clause.strip()),
                    ),
                    # the target ends the clause: it stands on the clause's last line
                    "target": Provenance(
                        source=found_in.source,
                        line=last,
                        text=found_in.texts.get(last or 0, clause.strip()),
                    ),
                },
            )
        except ValidationError:
            continue  # a clause whose name is no name (punctuation only)
        if last != at:
            reason = f"换行把本句拆在第 {at}–{last} 行,合并读取"
            field_name = f"{where}.indicators[{len(found)}]"
            notes.append(Note(ItemKind.REPAIRED, reason, field_name, at, clause.strip()))
        found.append(indicator)
    notes.extend(unread)
    return found


def _in_words(clause: str) -> tuple[str, str, Target] | None:
    return glued_standard(clause) or deadline_first(clause)


def _safeguard(item: _Item, where: str, notes: list[Note]) -> ProseSection:
    title, text = item.title, _clean(item.paragraphs, where, notes)
    stop = title.find("。")
    if 0 < stop <= _MAX_RUN_ON_TITLE:  # 加强组织领导。成立…: the title, then its text
        title, text = title[:stop], title[stop + 1 :] + text
    return ProseSection(title=join_cjk(title.rstrip("。"))[0], text=text or title)
