"""Prose hard-wrapped at a fixed number of characters, its paragraphs joined back.

A PDF extracted without its layout, or a text re-served by a site that cuts every line at
N characters, breaks its paragraphs wherever the count falls: inside a name (``农作物耕种收综``
/ ``合机械化水平``), a figure (``实际完成12`` / ``.4%``) or a unit (``28.6`` / ``万元``). Read
a line at a time, the clauses that state a target lose their name's start or their value's
end. :func:`join_wrapped_prose` joins each such paragraph into its first line.

A paragraph is such a cut when its lines are all of one length (in characters) but its last,
which is shorter, and the text shows that length often: lines of one length three times in
a row happen in ordinary text, the same length on many lines does not. A paragraph cut
where a page ends (its last line short, not ending a sentence) goes on after the page's
footer and running title, at the next page's first line of the same length.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from jixiao.ingest.cells import is_decorative
from jixiao.ingest.source import SourceLine

_MIN_WIDTH: Final = 20  # shorter lines of one length are a list's items, not a page's width
_MIN_FULL_LINES: Final = 5  # lines of the width in the whole text, for it to be a cut's
_MIN_RUN: Final = 2  # a paragraph's full lines before its last
_CLAUSE_MARKS_RE: Final = re.compile(r"[，。；：,;:]")
_SENTENCE_ENDS: Final = ("。", "！", "？", "；", ".", "!", "?", ";")
_FURNITURE_MAX: Final = 4  # a page's footer, blank lines and running title between two pages
_PADDING_RE: Final = re.compile(r"\S {2,}\S")


def _candidate(line: SourceLine) -> bool:
    """A line a cut may have made: one cell of text, no tab, no columns padded by spaces,
    no table row whose cells one space parts (``…普及率 ≥90% 91.2% 10 10``: two figures
    closing a line of cells, as no line of cut prose ends)."""
    text = line.text
    return (
        len(line.cells) <= 1
        and bool(text.strip())
        and "\t" not in text
        and not _PADDING_RE.search(text.strip())
        and not _row_of_cells(text)
    )


_ROW_TOKENS_MIN: Final = 4  # a name, its target, then two figures at the least
_FIGURE_TOKEN_RE: Final = re.compile(r"\S*\d\S*")


def _row_of_cells(text: str) -> bool:
    tokens = text.split()
    return len(tokens) >= _ROW_TOKENS_MIN and all(
        _FIGURE_TOKEN_RE.fullmatch(token) for token in tokens[-2:]
    )


def _width(lines: Sequence[SourceLine]) -> int | None:
    """The width the text was cut at: the length most of its long candidate lines share,
    when enough of them share it."""
    # the length first: most lines are short, and the candidate test is a search
    counts = Counter(
        length
        for line in lines
        if len(line.text) >= _MIN_WIDTH
        and (length := len(line.text.strip())) >= _MIN_WIDTH
        and _candidate(line)
    )
    if not counts:
        return None
    width, count = counts.most_common(1)[0]
    return width if count >= _MIN_FULL_LINES else None


def _furniture(line: SourceLine, width: int) -> bool:
    """A line between two pages: blank, a page number, or a running title (short, no
    clause in it)."""
    text = line.text.strip()
    if not text or is_decorative(text):
        return True
    return len(text) < width and not _CLAUSE_MARKS_RE.search(text)


def _paragraph(lines: Sequence[SourceLine], first: int, width: int) -> list[int]:
    """The indexes of the paragraph's lines from ``first`` (a full line): its full lines,
    its shorter last line, and, when that line ends no sentence and a page's furniture
    follows, the next page's lines of the paragraph."""
    taken: list[int] = []
    index = first
    while index < len(lines):
        run_start = index
        while index < len(lines) and _full(lines[index], width):
            index += 1
        taken += range(run_start, index)
        if index < len(lines) and _candidate(lines[index]) and _short(lines[index], width):
            taken.append(index)
            index += 1
        last = lines[taken[-1]].text.strip()
        if last.endswith(_SENTENCE_ENDS):
            break
        after = index
        while after < len(lines) and after - index < _FURNITURE_MAX:
            if not _furniture(lines[after], width):
                break
            after += 1
        if after == index or after >= len(lines) or not _full(lines[after], width):
            break
        if not any(is_decorative(lines[at].text) for at in range(index, after)):
            break  # no page's footer between: the paragraph ended
        index = after
    return taken


def _full(line: SourceLine, width: int) -> bool:
    return _candidate(line) and len(line.text.strip()) == width


def _short(line: SourceLine, width: int) -> bool:
    return 0 < len(line.text.strip()) < width


def join_wrapped_prose(lines: Sequence[SourceLine]) -> list[SourceLine] | None:
    """The lines with each paragraph cut at a fixed width joined into its first line (see
    the module's docstring), the lines it was joined from left empty so every line keeps its
    number; None when the text shows no such cut."""
    width = _width(lines)
    if width is None:
        return None
    out = list(lines)
    changed = False
    index = 0
    while index < len(lines):
        if not _full(lines[index], width) or (index > 0 and _full(lines[index - 1], width)):
            index += 1
            continue
        taken = _paragraph(lines, index, width)
        full = sum(1 for at in taken if _full(lines[at], width))
        text = "".join(lines[at].text.strip() for at in taken)
        if full < _MIN_RUN or len(_CLAUSE_MARKS_RE.findall(text)) < _MIN_RUN:
            index += 1
            continue
        out[index] = replace(lines[index], text=text, cells=(text,))
        for at in taken[1:]:
            out[at] = replace(lines[at], text="", cells=())
        changed = True
        index = taken[-1] + 1
    return out if changed else None
