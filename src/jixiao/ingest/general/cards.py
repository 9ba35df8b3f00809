"""A table rendered as cards: one card per indicator, each cell a ``label:value`` line.

Mobile versions of a page print each row of an indicator table as a card, the column's
header word before every value (``三级指标:天然林管护面积`` / ``年度指标值:≥168.5万亩`` /
``分值:15``), cards parted by a rule or a blank line. :func:`cards_as_rows` gives such a
run back its table: the header words once, as a header row, then one row per card with
its values in the same order, so the table is read as any other table with rows. A card is
a run of such lines holding a name's word (三级指标) and a target's (指标值); a run of
fields (项目名称, 预算数) is none.

Some sites print the name alone on the card's first line, with no label, under the level's
heading (``◆数量指标`` / ``新建改造公厕数量`` / ``年度指标值:≥12座``), and put two cells on
one line (``分值:10　得分:10``): the bare line before a run holding a target and no name is
the card's name, and each ``label:value`` of a line is a cell of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from jixiao.ingest.cells import half_width, label_key
from jixiao.ingest.general.kinds import Kind, kind_of
from jixiao.ingest.general.vocabulary import LEAD_WORDS, Role, header_role
from jixiao.ingest.source import SourceLine

_PAIR_RE: Final = re.compile(r"\s*(?P<key>[\u4e00-\u9fff()]{2,14})\s*[:]\s*(?P<value>.*?)\s*")
_MIN_CARDS: Final = 2
_RULE_RE: Final = re.compile(r"[\s\-—─━=_*·.]*")
# a space or a mark before the next ``label:`` parts two cells printed on one line
# (分值:10　得分:10, 分值:10;得分:9.5, 分值:10 | 得分:10)
_NEXT_PAIR_RE: Final = re.compile(r"(?:\s*[;,|/]\s*|\s+)(?=[\u4e00-\u9fff()]{2,14}\s*:)")
# the marks a mobile page sets before a heading or a name (▌产出指标, ◆数量指标, ·)
_LEAD_MARKS_RE: Final = re.compile(r"^[^\w(（]+")
# a card's number before its bare name (1. / (1) / 1、 / ①)
_NUMBERING_RE: Final = re.compile(r"^(?:\(\d{1,2}\)|\d{1,2}[.、]|[①-⑳])\s*")
_BARE_NAME_KEY: Final = "三级指标"  # the header word given to a name printed without label


@dataclass(frozen=True)
class _Card:
    lines: list[SourceLine]
    keys: list[str]
    values: list[str]


def _pair(text: str) -> tuple[str, str] | None:
    """The header word and value of a ``label:value`` text whose label names a column."""
    match = _PAIR_RE.fullmatch(text)
    if match is None:
        return None
    key = label_key(match["key"])
    if header_role(key) is None and key not in LEAD_WORDS:  # 绩效指标:绩效指标, the lead's
        return None
    return match["key"], match["value"]


def _pairs(line: SourceLine) -> list[tuple[str, str]] | None:
    """The ``label:value`` cells of a line, each label naming a column: the line's one
    cell, else each of its pieces (its cells, each cut before a next label)."""
    if not any(":" in cell or "：" in cell for cell in line.cells):
        return None  # every pair holds a colon (half-width, or full-width made so): most lines none
    cells = [half_width(cell).strip() for cell in line.cells if cell.strip()]
    whole = _pair(cells[0]) if len(cells) == 1 else None
    pieces = [_pair(piece) for cell in cells for piece in _NEXT_PAIR_RE.split(cell)]
    if len(pieces) > 1 and all(piece is not None for piece in pieces):
        return [piece for piece in pieces if piece is not None]
    return None if whole is None else [whole]


def _bare_name(line: SourceLine) -> str | None:
    """The text of a line of one cell that reads as a name alone: no label, no heading."""
    if len(line.cells) != 1:
        return None
    text = _LEAD_MARKS_RE.sub("", half_width(line.cells[0]).strip(), count=1).strip()
    text = _NUMBERING_RE.sub("", text, count=1)
    # a label before a colon (``(1)指标名称:…``) is a field of its own, labelled
    if not text or ":" in text or kind_of(text) is not Kind.NAME:
        return None
    return text


def _cards(lines: Sequence[SourceLine]) -> list[tuple[int, int, _Card]]:
    """Runs of ``label:value`` lines that hold a name and a target: (start, end, card)."""
    found: list[tuple[int, int, _Card]] = []
    index = 0
    while index < len(lines):
        pairs: list[tuple[SourceLine, str, str]] = []
        end = index
        while end < len(lines) and (cells := _pairs(lines[end])) is not None:
            pairs += [(lines[end], key, value) for key, value in cells]
            end += 1
        roles = {header_role(label_key(key)) for _, key, _ in pairs}
        start = index
        if Role.TARGET in roles and Role.NAME not in roles:
            free = index > 0 and (not found or found[-1][1] < index)
            name = _bare_name(lines[index - 1]) if free else None
            if name is not None:
                start = index - 1
                pairs.insert(0, (lines[start], _BARE_NAME_KEY, name))
                roles.add(Role.NAME)
        if Role.NAME in roles and Role.TARGET in roles:
            card = _Card([p[0] for p in pairs], [p[1] for p in pairs], [p[2] for p in pairs])
            found.append((start, end, card))
        index = max(end, index + 1)
    return found


def _headings_before(lines: Sequence[SourceLine]) -> int:
    """How many of the last lines are level headings (``▌产出指标``, ``◆数量指标``)."""
    count = 0
    for line in reversed(lines):
        texts = [cell for cell in line.cells if cell.strip()]
        if len(texts) != 1:
            break
        word = _LEAD_MARKS_RE.sub("", half_width(texts[0]).strip(), count=1).strip()
        if kind_of(word) not in _LEVEL_KINDS:
            break
        count += 1
    return count


_LEVEL_KINDS: Final = frozenset({Kind.CATEGORY, Kind.SUBCATEGORY})


def cards_as_rows(lines: Sequence[SourceLine]) -> list[SourceLine]:
    """The lines with each run of cards made a header row and one row per card."""
    cards = _cards(lines)
    if len(cards) < _MIN_CARDS:
        return list(lines)
    out: list[SourceLine] = []
    position = 0
    keys: list[str] | None = None
    for start, end, card in cards:
        between = list(lines[position:start])
        if keys is not None and all(_RULE_RE.fullmatch(line.text) for line in between):
            between = [SourceLine(line.number, line.text, (), line.page) for line in between]
        first = card.lines[0]
        if keys != card.keys:
            keys = card.keys
            # the level headings right over the first card (▌产出指标, ◆数量指标) are its
            # rows' levels: the header goes over them, not between them and their cards
            heads = _headings_before(between)
            at = between[len(between) - heads] if heads else first
            between.insert(
                len(between) - heads, SourceLine(at.number, at.text, tuple(keys), at.page)
            )
        out += between
        named = next(
            (
                line
                for line, key in zip(card.lines, card.keys, strict=True)
                if header_role(label_key(key)) is Role.NAME
            ),
            first,
        )
        text = "\t".join(card.values)
        out.append(SourceLine(named.number, text, tuple(card.values), named.page))
        position = end
    out += lines[position:]
    return out
