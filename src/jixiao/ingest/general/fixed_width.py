"""A table run together cell by cell and then cut into lines of one fixed width, joined back.

Document-sharing sites show a free preview of a PDF as text: the table's cells run together
on one line with single spaces between them, and that line broken into lines of a fixed
length wherever the length falls, inside a name (``管护区林`` / ``木有害生物成灾率``), a label
(``年度指`` / ``标值``), a number (``5`` / ``264.38``) or a unit (``10元/`` / ``亩``). Read a line
at a time, such a text has no rows at all; joined, it is a table run together on one line,
which the reader reads.

A block is such a capture when it shows every sign of one at once:

- five lines at least of one length (counted in characters or in display columns; one less
  where a space was dropped at the break or a wide character did not fit, in a quarter of
  them at most), the block's last line shorter;
- cells between single spaces on its lines, never columns padded by runs of spaces (a
  space-aligned table's rows may have one length too);
- most breaks inside a word or a number (text on both sides of the break), where a table's
  own rows end at a cell's end;
- the header words of an indicator table or the labels of a form's fields in the joined text
  (a prose paragraph cut at a fixed width has none between spaces).

Ordinary text (prose paragraphs, a pipe or tab table, one cell a line) is left as it is.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Final

from jixiao.ingest.general.vocabulary import INDICATOR_ROLES, field_of, header_role
from jixiao.ingest.source import SourceLine

_MIN_FULL_LINES: Final = 5  # a table cut so: many lines; a few of one length happen by chance
_EXACT_SHARE: Final = (3, 4)  # of a block's full lines, at least this share of one length
_MIN_LENGTH: Final = 20  # shorter lines of one length are a list's, not a page's width
_PADDING_RE: Final = re.compile(r"\S {2,}\S")
_SPACES_RE: Final = re.compile(r"[ \u3000]+")
_CLAUSE_MARKS_RE: Final = re.compile(r"[，。；,;]")
# an indicator table's header words, looked for inside text run together with no spaces
_RUNON_HEADER_WORDS: Final = ("一级指标", "二级指标", "三级指标", "指标名称", "指标内容", "指标值")
# the distinct header roles or field labels a joined block must name to be a table's
_MIN_LABELS: Final = 2


def _chars(text: str) -> int:
    return len(text)


def _columns(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _candidate(line: SourceLine) -> bool:
    """A line a fixed-width cut may have made: one cell of text, no tab or bar."""
    return len(line.cells) == 1 and bool(line.text.strip()) and "\t" not in line.text


def _runs(lines: Sequence[SourceLine], measure: Callable[[str], int]) -> list[tuple[int, int, int]]:
    """(first, end, width) of each run of three or more candidate lines of one width (one
    less allowed), followed by its shorter last line when there is one."""
    runs = []
    index = 0
    while index < len(lines):
        if not _candidate(lines[index]) or measure(lines[index].text) < _MIN_LENGTH:
            index += 1
            continue
        width = measure(lines[index].text)
        end = index + 1
        while end < len(lines) and _candidate(lines[end]):
            length = measure(lines[end].text)
            if not width - 1 <= length <= width:
                break
            end += 1
        full = end - index
        exact = sum(1 for line in lines[index:end] if measure(line.text) == width)
        if end < len(lines) and _candidate(lines[end]) and measure(lines[end].text) < width:
            end += 1  # the block's last line, where the text ended
        # most lines of exactly one length in characters (a space dropped at a break makes one
        # a character short; a wide character that did not fit, a display column short, as
        # often as not): text wrapped at its words gives lengths that differ by a word's
        exact_enough = measure is _columns or exact * _EXACT_SHARE[1] >= full * _EXACT_SHARE[0]
        if full >= _MIN_FULL_LINES and exact_enough:
            runs.append((index, end, width))
            index = end
        else:
            index += 1
    return runs


def _inside_word(before: str, after: str) -> bool:
    return bool(before) and bool(after) and not before[-1].isspace() and not after[0].isspace()


def _looks_cut(texts: Sequence[str]) -> bool:
    """Cells between single spaces (or none at all, a table run together with no separator)
    and most breaks inside a word or a number; a prose paragraph's clauses, parted by a
    comma or a full stop every few words, are no table's cells."""
    if any(_PADDING_RE.search(text) for text in texts):
        return False
    spaced = sum(1 for text in texts if " " in text.strip())
    if spaced == 0:
        return sum(len(_CLAUSE_MARKS_RE.findall(text)) for text in texts) <= len(texts)
    if spaced * 2 < len(texts):
        return False
    inside = sum(1 for one, two in itertools.pairwise(texts) if _inside_word(one, two))
    return inside * 2 >= len(texts) - 1


def _names_a_table(text: str) -> bool:
    """The joined text holds an indicator table's header words or a form's field labels:
    as words between spaces, or, in text run together, as the header words it contains."""
    words = {word.rstrip("：:") for word in _SPACES_RE.split(text) if word}
    roles = {header_role(word) for word in words} & INDICATOR_ROLES
    fields = {field_of(word) for word in words} - {None}
    if len(words) == 1:
        roles = {header_role(word) for word in _RUNON_HEADER_WORDS if word in text}
        roles &= INDICATOR_ROLES
    return len(roles) >= _MIN_LABELS or len(fields) >= _MIN_LABELS


def _rejoined_block(
    lines: Sequence[SourceLine], first: int, end: int, width: int, measure: Callable[[str], int]
) -> str | None:
    texts = [line.text for line in lines[first:end]]
    if not _looks_cut(texts):
        return None
    pieces = [texts[0]]
    for one, piece in itertools.pairwise(texts):
        lost = measure is _chars and measure(one) == width - 1 and _inside_word(one, piece)
        pieces.append((" " if lost else "") + piece)
    joined = "".join(pieces).strip()
    return joined if _names_a_table(joined) else None


def rejoin_fixed_width(lines: Sequence[SourceLine]) -> list[SourceLine] | None:
    """The lines with each fixed-width block joined into its first line (see the module's
    docstring), the lines it was joined from left empty so every line keeps its number; None
    when the text has no such block."""
    out = list(lines)
    changed = False
    # display columns first: a cut at a display width may give three lines of one character
    # count by chance, and a cut at a character count never gives lines of one display width
    for measure in (_columns, _chars):
        for first, end, width in _runs(out, measure):
            joined = _rejoined_block(out, first, end, width, measure)
            if joined is None:
                continue
            out[first] = replace(out[first], text=joined, cells=(joined,))
            for index in range(first + 1, end):
                out[index] = replace(out[index], text="", cells=())
            changed = True
    return out if changed else None
