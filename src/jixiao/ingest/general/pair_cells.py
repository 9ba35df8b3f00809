"""Two columns printed in one: a header cell naming two roles, each row's cell split in two.

Some forms save a column by printing a pair in it: the header ``指标值/实际完成值`` (or
``分值/得分``, ``年度指标值（实际完成值）``) over cells such as ``≥95%/97.2%`` and ``10/9.54``,
the target and the actual (the weight and the score) one slash apart. Read as one cell, the
target is a text no reader understands and the actual is lost. :func:`split_pair_columns`
cuts such a header into its two words and each row's cell under it into its two values, so
the table is read as the wider table it stands for.

Only a column whose header names two value roles is cut: a unit (``元/人``), a ratio target
(``1/3``) or a date (``2025/12/31``) under a header of one role stays whole. Inside a pair
column a value may hold slashes of its own (``≥1.2万元/个/1.2万元/个``): the cut is the
slash that leaves a value on its right, the middle one when several do.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from jixiao.ingest.cells import label_key, squashed
from jixiao.ingest.general.kinds import Kind, kind_of
from jixiao.ingest.general.vocabulary import Role, header_role
from jixiao.ingest.source import SourceLine

# the roles a pair column holds: two values of one indicator side by side
_VALUE_ROLES: Final = frozenset(
    {Role.TARGET, Role.ADJUSTED, Role.ACTUAL, Role.WEIGHT, Role.SCORE, Role.PROJECTED, Role.PRIOR}
)
_SLASH_RE: Final = re.compile(r"\s*[/／]\s*")
# 年度指标值（实际完成值）: the second role in brackets after the first
_BRACKETED_RE: Final = re.compile(r"(?P<first>[^（(]+)[（(](?P<second>[^）)]+)[）)]")
# what a value opens with: a figure, an operator or a sign
_VALUE_START_RE: Final = re.compile(r"[0-9０-９≥≤=><≧≦＞＜+\-.]")
_MIN_CELLS: Final = 2
_PAIR_MARKS_RE: Final = re.compile(r"[/／（(]")
_HEADER_CELLS: Final = 2  # a line with two header words or more is a table's header


def _pair_header(text: str) -> tuple[str, str] | None:
    """The two header words a cell names, or None when it names one role or none."""
    word = squashed(text)
    parts = _SLASH_RE.split(word)
    match = _BRACKETED_RE.fullmatch(word)
    if len(parts) == _MIN_CELLS:
        first, second = parts
    elif match is not None:
        first, second = match["first"], match["second"]
    else:
        return None
    roles = (header_role(label_key(first)), header_role(label_key(second)))
    if roles[0] in _VALUE_ROLES and roles[1] in _VALUE_ROLES and roles[0] != roles[1]:
        return first, second
    return None


def split_pair(text: str) -> tuple[str, str]:
    """A pair column's cell as its two values: cut at the slash that leaves a value on its
    right (the middle one of several), a cell with no slash left whole on the first side."""
    cuts = list(_SLASH_RE.finditer(text))
    if not cuts:
        return text.strip(), ""
    if len(cuts) > 1:
        valued = [cut for cut in cuts if _VALUE_START_RE.match(text, cut.end())]
        cuts = valued or cuts
    if len(cuts) % 2 == 0 and len(cuts) > 1:
        # an even count leaves no middle: the values are too alike to tell apart
        return text.strip(), ""
    cut = cuts[len(cuts) // 2]
    return text[: cut.start()].strip(), text[cut.end() :].strip()


def _is_header(line: SourceLine) -> bool:
    return sum(kind_of(cell) is Kind.HEADER for cell in line.cells) >= _HEADER_CELLS


def _ends_table(line: SourceLine) -> bool:
    """A line of prose (text in fewer than two cells) ends the table; blank lines and the
    rules of a Markdown table do not."""
    return len(line.cells) < _MIN_CELLS and bool(line.text.strip())


def _widened(line: SourceLine, pairs: dict[int, tuple[str, str] | None]) -> SourceLine:
    """The line with each pair column's cell split (the header's by its words)."""
    cells: list[str] = []
    for place, cell in enumerate(line.cells):
        if place not in pairs:
            cells.append(cell)
            continue
        words = pairs[place]
        first, second = words if words is not None else split_pair(cell)
        if not first and not second and cell.strip():
            first = second = cell.strip()  # a placeholder (/) says nothing of either
        cells += [first, second]
    piped = line.text.lstrip().startswith("|")
    text = "| " + " | ".join(cells) + " |" if piped else "\t".join(cells)
    return replace(line, text=text, cells=tuple(cells))


def split_pair_columns(lines: Sequence[SourceLine]) -> list[SourceLine] | None:
    """The lines with every pair column (see the module's docstring) split in two, from its
    header to the table's end (a line of prose or the next header); None when no header
    names a pair."""
    out = list(lines)
    changed = False
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if len(line.cells) < _MIN_CELLS or not _PAIR_MARKS_RE.search(line.text):
            continue  # most lines name no pair: one search of the line, no cell's words
        headers = {place: _pair_header(cell) for place, cell in enumerate(line.cells)}
        pairs: dict[int, tuple[str, str] | None] = {
            place: words for place, words in headers.items() if words is not None
        }
        if not pairs:
            continue
        out[index - 1] = _widened(line, pairs)
        changed = True
        rows = {place: None for place in pairs}
        while index < len(lines) and not _ends_table(lines[index]):
            if _is_header(lines[index]):
                break
            if len(lines[index].cells) >= _MIN_CELLS:
                out[index] = _widened(lines[index], dict(rows))
            index += 1
    return out if changed else None
