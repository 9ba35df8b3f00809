"""Marks inside a line that no reader of the page sees: invisible characters a site or an
editor leaves in text (zero-width spaces, joiners, soft hyphens, a byte-order mark inside a
line), and line-break tags (``<br>``) left in the cells of a Markdown or pipe table.

An invisible character cuts a name or a figure for every rule that matches words
(``完成\u200b营造林面积``): it is dropped. A ``<br>`` is where a cell's text was wrapped:
between two Chinese characters it joins one word (``平战转换<br>演练次数``), elsewhere it
stands for a space, as a browser shows it.
"""

from __future__ import annotations

import re
from typing import Final

# zero-width space, non-joiner, joiner, word joiner, soft hyphen, BOM inside a line, and the
# direction marks and invisible operators a page copied from a browser may carry
_INVISIBLE_RE: Final = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u00ad\ufeff]")
_BREAK_RE: Final = re.compile(r"\s*<br\s*/?>\s*", re.IGNORECASE)
_CJK: Final = "\u3000-\u9fff\uff00-\uffef"
_CJK_BREAK_RE: Final = re.compile(rf"(?<=[{_CJK}])\s*<br\s*/?>\s*(?=[{_CJK}])", re.IGNORECASE)


def has_inline_marks(text: str) -> bool:
    # a break tag holds its "<": a text of none is not searched for one (\s* opens the pattern)
    return _INVISIBLE_RE.search(text) is not None or (
        "<" in text and _BREAK_RE.search(text) is not None
    )


def strip_inline_marks(text: str) -> str:
    """The text without invisible characters, each ``<br>`` joined as its cell shows it."""
    text = _INVISIBLE_RE.sub("", text)
    if "<" not in text:
        return text
    text = _CJK_BREAK_RE.sub("", text)
    return _BREAK_RE.sub(" ", text).strip() if _BREAK_RE.search(text) else text
