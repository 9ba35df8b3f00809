"""Figures inside words in a table run together on one line.

Cutting text with no separators by the genre's vocabulary takes every figure with a unit for
a cell of its own. Two kinds of figure belong to the words around them instead:

- a duration with 内 / 后 / 前 after it (``接报后`` ``24小时`` ``内到场处置的故障占比``,
  ``投诉事项`` ``7个工作日`` ``内办结率``): a deadline inside a name or its 指标解释, not
  the row's target (a target ends the row; these words go on);
- a figure right after a row's target, in another unit, with words after it
  (``≥95%`` ``24小时`` ``故障响应率…``): the next row's name opening with a figure (an
  achieved value would share the target's unit);
- a number before 型 / 号 (``2`` ``型糖尿病患者…``, ``1`` ``号楼…``): a word of the name,
  no word of the genre opening with those glyphs;
- an age or a range of ages with words after it (``0`` ``-`` ``6岁`` ``儿童健康管理率``,
  ``60周`` ``岁以上符合条件人员…``): the people a name counts, never a target with words
  going on after it.

A figure may also take the words before it: a target compared with a base named in words
(``特困人员基本生活标准不低于当地低保标准的`` ``1.3倍``) is the comparison and the figure
together, a standard as written; the name ends where the comparison opens
(`comparisons_with_figures`).

A text PDF's layer spaces figures off the glyphs around them (``65 岁及以上老年人…``,
``2 型糖尿病…``); the same two kinds, cut apart by that space, are the name's too
(`spaced_figures_in_names`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from jixiao.domain.target.standards import RELATIVE_STANDARD_RE
from jixiao.ingest.general.kinds import Kind, kind_of

_OPERATOR: Final = "≥≤<>=≧≦﹦═"
_FIGURE_RE: Final = re.compile(rf"(?P<op>[{_OPERATOR}])?\d+(?:\.\d+)?(?P<unit>[^\d{_OPERATOR}]*)")
_DURATION_RE: Final = re.compile(r"\d+(?:\.\d+)?(?:个)?(?:小时|分钟|工作日|日|天|周|个月|月)")
# what follows a duration inside words: within, after, before it (内到场, 后完成)
_DURATION_TAIL_RE: Final = re.compile(r"(?:以内|之内|内|以后|之后|后|之前|以前|前)[\u4e00-\u9fff]")
_WORDS: Final = frozenset({Kind.NAME, Kind.SENTENCE})
# an age, or a range of them, as a name opens with it (0-6岁, 60周岁以上, 65岁及以上)
_AGE_RE: Final = re.compile(r"\d{1,3}(?:[-~—至]\d{1,3})?周?岁(?:及以上|以上|及以下|以下)?")
_NUMBERED_WORD_RE: Final = re.compile(r"[型号][\u4e00-\u9fff]")
_AGE_PIECES: Final = (3, 2, 1)  # 0 - 6岁 · 60周 岁以上… · 65岁
_CJK_RE: Final = re.compile(r"[\u4e00-\u9fff]")

Piece = tuple[str, bool]
# a bare number or range of them, as a spaced name opens with it (65, 0-6, 3~6)
_BARE_FIGURE_RE: Final = re.compile(r"\d{1,3}(?:[-~—至]\d{1,3})?")
# the words after it: an age with the name's words going on (岁及以上老年人…, 周岁以上…), or
# a 型/号 word (型糖尿病…); two glyphs at least after the age, so no target (60 岁) joins
_SPACED_NAME_RE: Final = re.compile(r"(?:周?岁[\u4e00-\u9fff]{2}|[型号][\u4e00-\u9fff])")


def figures_in_words(pieces: Sequence[Piece]) -> list[Piece]:
    """The pieces with each figure that belongs to the words around it joined to them."""
    out: list[Piece] = []
    index = 0
    while index < len(pieces):
        text, glued = pieces[index]
        after = pieces[index + 1][0] if index + 1 < len(pieces) else ""
        before = out[-1][0] if out else ""
        if _DURATION_RE.fullmatch(text) and _DURATION_TAIL_RE.match(after):
            joined = text + after
            if out and kind_of(before) in _WORDS:
                out[-1] = (before + joined, True)
            else:
                out.append((joined, True))
            index += 2
            continue
        if text.isdigit() and _NUMBERED_WORD_RE.match(after) and kind_of(text + after) in _WORDS:
            out.append((text + after, True))  # 2型糖尿病患者…
            index += 2
            continue
        if (age := _age_name(pieces, index)) is not None:
            joined, used = age
            out.append((joined, True))
            index += used
            continue
        if _opens_name(before, text, after):
            out.append((text + after, True))
            index += 2
            continue
        out.append((text, glued))
        index += 1
    return out


def _opens_name(before: str, text: str, after: str) -> bool:
    """``≥95%`` ``24小时`` ``故障响应率``: a bare figure after a target, in another unit,
    with words after it."""
    target, figure = _FIGURE_RE.fullmatch(before), _FIGURE_RE.fullmatch(text)
    if target is None or figure is None or not target["op"] or figure["op"]:
        return False
    if not figure["unit"] or figure["unit"] == target["unit"]:
        return False
    return kind_of(after) in _WORDS and kind_of(text + after) is Kind.NAME


def _age_name(pieces: Sequence[Piece], index: int) -> tuple[str, int] | None:
    """A name that opens with an age the vocabulary cut apart (``0`` ``-`` ``6岁``
    ``儿童健康管理率``): the name whole, and how many pieces it takes; None where the pieces
    from ``index`` are none such."""
    if not pieces[index][0][:1].isdigit():
        return None
    for used in _AGE_PIECES:
        if index + used >= len(pieces):
            continue
        joined = "".join(text for text, _ in pieces[index : index + used + 1])
        age = _AGE_RE.match(joined)
        if age is None or not _CJK_RE.match(joined, age.end()):
            continue
        # the pieces but the last are the age's; the last holds the words (岁以上符合…)
        if age.end() < len(joined) - len(pieces[index + used][0]):
            continue
        if kind_of(joined) is Kind.NAME and kind_of(joined[age.end() :]) in _WORDS:
            return joined, used + 1
    return None


def spaced_figures_in_names(parts: Sequence[str]) -> list[str]:
    """A line's space-parted cells with a name's opening figure joined back to its words
    (``65`` ``岁及以上老年人健康管理人数``, ``2`` ``型糖尿病患者…``): a text PDF spaces digits
    off glyphs, and an age or a 型 number opens a name, never a cell of its own."""
    out: list[str] = []
    index = 0
    while index < len(parts):
        text = parts[index]
        after = parts[index + 1] if index + 1 < len(parts) else ""
        if (
            _BARE_FIGURE_RE.fullmatch(text)
            and _SPACED_NAME_RE.match(after)
            and kind_of(text + after) is Kind.NAME
        ):
            out.append(text + after)
            index += 2
            continue
        out.append(text)
        index += 1
    return out


# a name, then a comparison with a base in words (标准, 水平, 上年 …), the figure cut off
_COMPARISON_RE: Final = re.compile(
    r"(?P<name>(?:[\u4e00-\u9fff]{2,}?)?)"
    r"(?P<comparison>(?:不低于|不高于|不少于|不超过|不超出|高于|低于|相当于)[\u4e00-\u9fff]{2,14})"
)


def comparisons_with_figures(pieces: list[Piece]) -> list[Piece]:
    """``特困人员基本生活标准不低于当地低保标准的`` ``1.3倍``: a name and a comparison with a
    base in words, cut before its figure, as the name and the comparison with its figure
    (``不低于当地低保标准的1.3倍``, a relative standard as the target grammar reads it)."""
    out: list[Piece] = []
    index = 0
    while index < len(pieces):
        text, glued = pieces[index]
        after = pieces[index + 1][0] if index + 1 < len(pieces) else ""
        if after[:1].isdigit() and (cut := _comparison_cut(text, after)) is not None:
            out += [(cut[0], glued)] if cut[0] else []
            out.append((cut[1], True))
            index += 2
            continue
        out.append((text, glued))
        index += 1
    return out


def _comparison_cut(text: str, figure: str) -> tuple[str, str] | None:
    """The name and the relative standard ``text`` and ``figure`` make (the name empty
    where the comparison stands alone, spaced off it), or None."""
    match = _COMPARISON_RE.fullmatch(text)
    if match is None or (match["name"] and kind_of(match["name"]) is not Kind.NAME):
        return None
    standard = match["comparison"] + figure
    return (match["name"], standard) if RELATIVE_STANDARD_RE.fullmatch(standard) else None
