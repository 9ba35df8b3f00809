"""A table rendered as cards: one card per indicator, each cell a ``label:value`` line.

Mobile versions of a page print each row of an indicator table as a card, the column's
header word before every value (``三级指标:天然林管护面积`` / ``年度指标值:≥168.5万亩`` /
``分值:15``), cards parted by a rule or a blank line. :func:`cards_as_rows` gives such a
run back its table: the header words once, as a header row, then one row per card with
its values in the same order, so the table is read as any other table with rows. A card is
a run of such lines holding a name's word (三级指标) and a target's (指标值); a run of
fields (项目名称, 预算数) is none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from jixiao.ingest.cells import half_width, label_key
from jixiao.ingest.general.vocabulary import LEAD_WORDS, Role, header_role
from jixiao.ingest.source import SourceLine

_PAIR_RE: Final = re.compile(r"\s*(?P<key>[\u4e00-\u9fff()]{2,14})\s*[:]\s*(?P<value>.*?)\s*")
_MIN_CARDS: Final = 2
_RULE_RE: Final = re.compile(r"[\s\-—─━=_*·.]*")


@dataclass(frozen=True)
class _Card:
    lines: list[SourceLine]
    keys: list[str]
    values: list[str]


def _pair(line: SourceLine) -> tuple[str, str] | None:
    """The header word and value of a ``label:value`` line whose label names a column."""
    if len(line.cells) != 1:
        return None
    match = _PAIR_RE.fullmatch(half_width(line.cells[0]))
    if match is None:
        return None
    key = label_key(match["key"])
    if header_role(key) is None and key not in LEAD_WORDS:  # 绩效指标:绩效指标, the lead's
        return None
    return match["key"], match["value"]


def _cards(lines: Sequence[SourceLine]) -> list[tuple[int, int, _Card]]:
    """Runs of ``label:value`` lines that hold a name and a target: (start, end, card)."""
    found: list[tuple[int, int, _Card]] = []
    index = 0
    while index < len(lines):
        pairs: list[tuple[SourceLine, str, str]] = []
        end = index
        while end < len(lines) and (pair := _pair(lines[end])) is not None:
            pairs.append((lines[end], *pair))
            end += 1
        roles = {header_role(label_key(key)) for _, key, _ in pairs}
        if Role.NAME in roles and Role.TARGET in roles:
            card = _Card([p[0] for p in pairs], [p[1] for p in pairs], [p[2] for p in pairs])
            found.append((index, end, card))
        index = max(end, index + 1)
    return found


def cards_as_rows(lines: Sequence[SourceLine]) -> list[SourceLine]:
    """The lines with each run of cards made a header row and one row per card."""
    cards = _cards(lines)
    if len(cards) < _MIN_CARDS:
        return list(lines)
    out: list[SourceLine] = []
    position = 0
    keys: list[str] | None = None
    for start, end, card in cards:
        between = lines[position:start]
        if keys is not None and all(_RULE_RE.fullmatch(line.text) for line in between):
            between = [SourceLine(line.number, line.text, (), line.page) for line in between]
        out += between
        first = card.lines[0]
        if keys != card.keys:
            keys = card.keys
            out.append(SourceLine(first.number, first.text, tuple(keys), first.page))
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
