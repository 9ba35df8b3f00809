"""Placeholders: what a form-filler writes in a cell to say "not filled" (the domain
reference, §4: placeholders).

A target written as ``*``, ``/``, ``——``, ``-``, ``XX`` or ``≥XX%`` is no target at all: the
template's blank left as it was, or a dash for "not applicable". It is read as an unfilled
target (the document still loads and review reports the gap), keeping what was written.

``无`` is *not* a placeholder: against an indicator such as 安全事故 it is a standard (none).
"""

from __future__ import annotations

import re
from typing import Final

# Dashes, slashes, stars, dots and ellipses alone: ``*``, ``**``, ``/``, ``——``, ``-``, ``……``.
_MARKS_RE: Final = re.compile(r"[*＊/／\\—–\-－_＿·.。…~～]+")
# Letters standing for a number to fill in, with the template's operator and unit around them:
# ``XX``, ``xx``, ``××``, ``≥XX%``, ``XX万元``.
_LETTERS_RE: Final = re.compile(
    r"(?:[≥≤><=＞＜＝≧≦]|不低于|不少于|不高于|不超过|达到)?"
    r"[XxＸｘ×]{1,4}(?:[.．][XxＸｘ×]{1,4})?"
    r"(?:%|％|万元|元|亿元|人次|户次|平方米|公里|[个人次户项件场篇册期辆天月年条所家座台套])?"
)


def placeholder_of(text: str | None) -> str | None:
    """The placeholder as written (stripped) when ``text`` is one, else None."""
    if text is None:
        return None
    written = text.strip()
    compact = "".join(written.split())
    if not compact:
        return None
    if _MARKS_RE.fullmatch(compact) or _LETTERS_RE.fullmatch(compact):
        return written
    return None


def is_placeholder(text: str | None) -> bool:
    return placeholder_of(text) is not None
