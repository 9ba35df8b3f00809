"""Indicators stated in words: ``职工出勤率不低于95%,机关不发生安全事故,…``.

A ``绩效指标:`` paragraph is a list of clauses; each clause is an indicator's name followed by
its target phrase. The phrase starts where a comparison word (``不低于``, ``小于``, ``达``), a
negated event (``不发生``) or a bare number begins and the rest of the clause is a target the
grammar reads; the name is what precedes it. A negated event (``机关不发生安全事故``) has no
name of its own, so the whole clause names it. The phrase is kept as written.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from jixiao.domain.target import Target, TargetKind, TargetSyntaxError, parse_target
from jixiao.ingest.cells import half_width
from jixiao.ingest.genres.department_performance.context import ROW, Fix, line_span
from jixiao.ingest.genres.department_performance.drafts import IndicatorDraft, Paragraph
from jixiao.ingest.report import ItemKind


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_COMPARISONS: Final = _words(
    "不低于 不少于 不小于 不高于 不超过 不多于 不大于 不超出 大于等于 大于或等于 小于等于 "
    "小于或等于 高于或等于 低于或等于 大于 小于 高于 低于 多于 少于 超过 超出 不足 至少 最少 "
    "至多 最多 等于 ≥ ≤ > < = ≧ ≦ > < = ≪ €"
)
_VERBS: Final = ("达到", "达", "控制在", "保持在", "维持在")
_NEGATIONS: Final = ("不发生", "未发生", "杜绝", "无", "零")
_TOKENS: Final = sorted((*_COMPARISONS, *_VERBS, *_NEGATIONS), key=len, reverse=True)
_START_RE: Final = re.compile("|".join(re.escape(token) for token in _TOKENS) + "|[0-9]")
_COMPARISON_RE: Final = re.compile(
    r"\s*(?:" + "|".join(re.escape(word) for word in sorted(_COMPARISONS, key=len)[::-1]) + ")"
)
# Clauses end at Chinese punctuation, and at an ASCII comma that is not a thousands separator.
_CLAUSE_END_RE: Final = re.compile(r"[,;;。]|,(?![0-9]{3})")
_LABEL_RE: Final = re.compile(r"\s*(?:年度)?(?:绩效)?指标\s*[::]\s*")


def indicator_label_length(text: str) -> int | None:
    """Length of a leading ``绩效指标:`` label, or None when the text has none."""
    match = _LABEL_RE.match(half_width(text))
    return match.end() if match else None


def split_name_target(clause: str) -> tuple[str, str, Target] | None:
    """(name, target phrase as written, parsed target) of one clause, or None."""
    for match in _START_RE.finditer(half_width(clause)):  # offsets are the clause's own
        phrase = clause[match.start() :].strip()
        target = _read_phrase(phrase, match.group())  # the token as matched (half-width)
        if target is None:
            continue
        name = clause.strip() if match.group() in _NEGATIONS else clause[: match.start()].strip()
        if name:
            return name, phrase, target
    return None


@functools.lru_cache(maxsize=4096)
def _read_phrase(phrase: str, token: str) -> Target | None:
    """The phrase's target, if it is one that starts with ``token`` and has no subject."""
    try:
        target = parse_target(phrase)
    except TargetSyntaxError:
        return None
    if token in _NEGATIONS:  # 不发生安全事故 reads as ≤0 次 with no number written
        return target if not any(ch.isdigit() for ch in phrase) else None
    if token.isdigit():
        return target if target.kind is TargetKind.QUANTITATIVE else None
    rest = half_width(phrase)[len(token) :]
    if token in _VERBS and (comparison := _COMPARISON_RE.match(rest)):
        rest = rest[comparison.end() :]  # 达不低于 90%
    if rest.lstrip()[:1].isdigit():
        return target if target.kind is not TargetKind.QUALITATIVE else None
    # 达到良好及以上等次 / 不低于上年水平: a standard, not a name followed by a number
    return target if target.kind is TargetKind.QUALITATIVE else None


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
