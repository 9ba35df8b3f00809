"""Genre detection for the forms, from their title and header labels only.

A form names itself in a short line near its top (``项目支出绩效监控表``); its header labels
(``1-6月执行数``, ``完成目标可能性``) say the same. A title found in a short line further down
counts for less: the 部门预算绩效文本 holds a 项目绩效目标表 among its parts. A title named
inside a sentence (a news story about 自评表) counts for nothing, nor does a department's name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from jixiao.ingest.cells import squash
from jixiao.ingest.source import SourceDocument

_HEAD_LINES: Final = 10  # filled lines in which a form's own title stands
_TITLE_MAX_LENGTH: Final = 40
_TITLE_WEIGHT: Final = 0.55
_LABEL_WEIGHT: Final = 0.45
_FOREIGN_FACTOR: Final = 0.3

# Titles of the genres that are documents of their own, not forms: a head naming one of
# them is not one of our forms (the 部门预算绩效文本 holds project tables among its parts).
_FOREIGN_TITLES: Final = re.compile(r"部门预算绩效文本|预算绩效文本|部门整体绩效目标")


@dataclass(frozen=True)
class FormSignature:
    """How a form shows itself: its title, and labels of its own (each a pattern)."""

    title: re.Pattern[str]
    labels: tuple[re.Pattern[str], ...]
    # labels of other forms: each one present takes a share of the label score away
    others: tuple[re.Pattern[str], ...] = ()


def _filled_lines(source: SourceDocument) -> list[str]:
    return [squash(line.text) for line in source.lines if not line.is_blank]


def _title_score(lines: list[str], title: re.Pattern[str]) -> float:
    for position, line in enumerate(lines):
        if len(line) <= _TITLE_MAX_LENGTH and title.search(line):
            return 1.0 if position < _HEAD_LINES else 0.5
    return 0.0


def detect_form(source: SourceDocument, signature: FormSignature) -> float:
    """How strongly ``source`` looks like the form (0–1)."""
    lines = _filled_lines(source)
    if not lines:
        return 0.0
    text = "".join(lines)
    own = sum(1 for label in signature.labels if label.search(text))
    others = sum(1 for label in signature.others if label.search(text))
    labels = max(own - others, 0) / len(signature.labels) if signature.labels else 0.0
    score = _TITLE_WEIGHT * _title_score(lines, signature.title) + _LABEL_WEIGHT * labels
    if any(_FOREIGN_TITLES.search(line) for line in lines[:_HEAD_LINES]):
        score *= _FOREIGN_FACTOR
    return round(min(max(score, 0.0), 1.0), 3)


def patterns(*spellings: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(spelling) for spelling in spellings)
