"""Indicators stated in words: ``职工出勤率不低于95%,机关不发生安全事故,…``.

A ``绩效指标:`` paragraph is a list of clauses; each clause is an indicator's name followed by
its target phrase. The phrase starts where a comparison word (``不低于``, ``小于``, ``达``), a
negated event (``不发生``) or a bare number begins and the rest of the clause is a target the
grammar reads; the name is what precedes it. A negated event (``机关不发生安全事故``) has no
name of its own, so the whole clause names it. The phrase is kept as written.
"""

from __future__ import annotations

import re
from typing import Final

from jixiao.domain.target import Target
from jixiao.ingest.cells import half_width
from jixiao.ingest.genres.department_performance.context import ROW, Fix, line_span
from jixiao.ingest.genres.department_performance.drafts import IndicatorDraft, Paragraph
from jixiao.ingest.name_target import split_name_target
from jixiao.ingest.report import ItemKind

# Clauses end at Chinese punctuation, and at an ASCII comma that is not a thousands separator.
_CLAUSE_END_RE: Final = re.compile(r"[,;;。]|,(?![0-9]{3})")
_LABEL_RE: Final = re.compile(r"\s*(?:年度)?(?:绩效)?指标\s*[::]\s*")


def indicator_label_length(text: str) -> int | None:
    """Length of a leading ``绩效指标:`` label, or None when the text has none."""
    match = _LABEL_RE.match(half_width(text))
    return match.end() if match else None


def _clauses(paragraph: Paragraph) -> list[tuple[int, int]]:
    """Start and end offsets of the clauses of the paragraph's raw text."""
    text = paragraph.raw
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _CLAUSE_END_RE.finditer(half_width(text)):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def read_prose_indicators(paragraph: Paragraph) -> tuple[list[IndicatorDraft], list[str]]:
    """The indicators the paragraph states, and the clauses that state none."""
    drafts: list[IndicatorDraft] = []
    unread: list[str] = []
    text = paragraph.raw
    for start, end in _clauses(paragraph):
        clause = text[start:end]
        found = split_name_target(clause)
        if found is None:
            unread.append(clause.strip())
            continue
        name, phrase, target = found
        phrase_at = start + clause.index(phrase)
        drafts.append(_draft(paragraph, (start, end), name, phrase, target, phrase_at))
    return drafts, unread


def _draft(
    paragraph: Paragraph,
    span: tuple[int, int],
    name: str,
    phrase: str,
    target: Target,
    phrase_at: int,
) -> IndicatorDraft:
    start, end = span
    lines = list(dict.fromkeys(paragraph.line_at(i) for i in range(start, end)))
    draft = IndicatorDraft(
        name=name,
        line=lines[0],
        lines=lines,
        target=target,
        target_text=phrase,
        target_line=paragraph.line_at(phrase_at),
    )
    if len(lines) > 1:
        parts = [
            "".join(paragraph.raw[i] for i in range(start, end) if paragraph.line_at(i) is line)
            for line in lines
        ]
        draft.fixes.append(
            Fix(
                ROW,
                ItemKind.REPAIRED,
                f"换行把本句拆在{line_span(lines)},合并读取",
                lines[0],
                "\n".join(parts),
                "".join(parts),
            )
        )
    return draft
