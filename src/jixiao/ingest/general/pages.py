"""A table continued over a page break, its header printed again on the new page.

A PDF's text (and a document-sharing site's copy of it) carries each page's footer
(``docin.com 豆丁网 —— 第2页 共14页``), the next page's number, and the table's header
repeated at the top of the new page. Read as they stand they cut one table in two, and a row
broken over the page loses its name's second half to the next table. Where a header line
repeats one seen earlier and only page furniture stands between it and the row above, the
header and the furniture are set aside, so that the table reads on as one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from jixiao.ingest.cells import is_decorative, squashed
from jixiao.ingest.general.kinds import Kind, kind_of
from jixiao.ingest.source import SourceLine

# a page's footer: a site's or a file's words, then 第N页 共M页 (or N/M)
_FOOTER_RE: Final = re.compile(
    r"[^,,。;;::]{0,30}?[-—–·|]*\s*(?:第\d+页\s*[/,]?\s*共\d+页|共\d+页\s*第\d+页|第\d+页)"
)
_MIN_HEADER_WORDS: Final = 3
_MAX_FURNITURE: Final = 4  # lines of footer, page number and site words between two pages


def without_page_breaks(lines: Sequence[SourceLine]) -> list[SourceLine]:
    """The lines without a repeated header and the page furniture right before it."""
    headers: set[str] = set()
    dropped: set[int] = set()
    for index, line in enumerate(lines):
        if is_page_footer(line.text):  # 第3页 共14页 after a site's name: never a row
            dropped.add(index)
            continue
        if not _is_header(line):
            continue
        key = squashed(line.text)
        if key not in headers:
            headers.add(key)
            continue
        furniture = _furniture_before(lines, index)
        if furniture:
            dropped |= {index, *furniture}
    if not dropped:
        return list(lines)
    return [line for index, line in enumerate(lines) if index not in dropped]


# a document-sharing site's fold in its preview (``展开阅读全文 ∨``, ``点击展开全文``, ``展开
# 剩余80%``): the page's button, printed where the preview was folded, in a table's rows too
_FOLD_MARK_RE: Final = re.compile(
    r"(?:点击)?(?:展开阅读全文|展开全文|阅读全文|展开剩余\d+%?|继续阅读|查看全文)[∨∧︾▼▽↓>»…vV.]*"
)


def without_fold_marks(lines: Sequence[SourceLine]) -> list[SourceLine]:
    """The lines without a site's fold mark standing alone on its line: it is no row, and
    a row above it and one broken below it read on as if it were not there."""
    return [line for line in lines if not _is_fold_mark(line.text)]


def _is_fold_mark(text: str) -> bool:
    if "阅读" not in text and "展开" not in text and "全文" not in text:
        return False  # most lines: no word of the button at all
    return _FOLD_MARK_RE.fullmatch(squashed(text)) is not None


def _is_header(line: SourceLine) -> bool:
    if (
        len(line.cells) <= 1
        and len(line.text.split(maxsplit=_MIN_HEADER_WORDS - 1)) < _MIN_HEADER_WORDS
    ):
        return False  # a line of one cell and fewer words: its words not looked at one by one
    words = line.cells if len(line.cells) > 1 else tuple(line.text.split())
    words = tuple(word for word in words if word.strip())
    return len(words) >= _MIN_HEADER_WORDS and all(kind_of(w) is Kind.HEADER for w in words)


def _furniture_before(lines: Sequence[SourceLine], index: int) -> list[int]:
    """The page-furniture lines right above ``index`` (blank lines passed over), or none
    when a line of the table's own stands there."""
    found: list[int] = []
    for before in range(index - 1, max(index - 1 - _MAX_FURNITURE * 2, -1), -1):
        text = lines[before].text
        if not text.strip():
            continue
        if not _is_furniture(text) or len(found) == _MAX_FURNITURE:
            break
        found.append(before)
    return found


def is_page_footer(text: str) -> bool:
    if "页" not in text:  # most lines: no page's words at all
        return False
    word = squashed(text)
    return (
        "共" in word
        and _FOOTER_RE.fullmatch(word) is not None
        and _PAGES_RE.search(word) is not None
    )


_PAGES_RE: Final = re.compile(r"共\d+页")


def _is_furniture(text: str) -> bool:
    return is_decorative(text) or _FOOTER_RE.fullmatch(squashed(text)) is not None
