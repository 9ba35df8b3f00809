"""Comparison signs and numbers an OCR broke with a space: ``> =`` and ``< =`` for ``≥`` and
``≤`` (the recogniser read the two strokes of the sign as two glyphs), and a number's digits
parted where the scan's letter spacing was wide (``1 00%``, ``6 00户``).

A number never starts with two zeros, nor with a zero before another digit: digits after a
space that do so, and that run on into a unit or a percent sign, are the rest of the number
before the space. Two numbers a space apart otherwise (``10 10``, a 分值 and its 得分) are
left as they are.
"""

from __future__ import annotations

import re
from typing import Final

# ``> =`` / ``< =`` (one or two spaces between): the sign they are; never ``>==`` or ``=>``.
_SPLIT_SIGN_RE: Final = re.compile(r"(?<![<>=≥≤])(?P<sign>[<>＜＞])[ \u3000]{1,2}[=＝](?![=＝])")
_SIGNS: Final = {"<": "≤", "＜": "≤", ">": "≥", "＞": "≥"}
# ``1 00%``, ``6 00户``, ``2 050.5万元``: the digits after the space start with a zero and
# run on into a percent sign or a Chinese unit
_SPLIT_DIGITS_RE: Final = re.compile(
    r"(?<![\d.])(?P<head>[1-9]\d{0,2}) (?P<tail>0\d{1,2}(?:\.\d+)?)(?=[%％‰\u4e00-\u9fff])"
)


def has_split_signs(text: str) -> bool:
    """Whether a text holds a sign or a number an OCR parted with a space."""
    return bool(_SPLIT_SIGN_RE.search(text) or _SPLIT_DIGITS_RE.search(text))


def joined_signs(text: str) -> str:
    """The text with each parted sign and number written whole."""
    text = _SPLIT_SIGN_RE.sub(lambda match: _SIGNS[match["sign"]], text)
    return _SPLIT_DIGITS_RE.sub(lambda match: match["head"] + match["tail"], text)


# ``≥`` an OCR read as ``工``: a 工 between a row's 分值 and its target's figure (``10工3000元``)
# or between a rate's, a count's or a term's name and its figure (``普及率工98%``,
# ``受益人口工3.2万人``). A 工 word (工程, 工作日, 工日, 施工1标段, 员工50人) never stands so:
# its 工 goes on with a glyph, or follows one no measure's name ends with.
_GONG_GE_RE: Final = re.compile(r"(?:(?<=\d)|(?<=[率度口限数量额]))工(?=\d)")
GONG_GE_NOTE: Final = (
    "指标值前的“工”按被 OCR 误识的“≥”读出(如“工98%”读作“≥98%”),原文无法确证,请核对"
)


def has_gong_ge(text: str) -> bool:
    """Whether a text holds a ``工`` that stands where a target's ``≥`` does."""
    return "工" in text and _GONG_GE_RE.search(text) is not None


def gong_as_ge(text: str) -> str:
    """The text with each such ``工`` read as ``≥``."""
    return _GONG_GE_RE.sub("≥", text) if "工" in text else text
