"""An evaluation table whose levels carry codes: ``C 产出 38``, ``C1 产出数量 C11 名称 …``.

A score table may number its levels with a letter for the 一级 and digits for each level
under it (A, A1, A11), each code written before its label or name, one space apart like the
cells. Read as cells, a code is a cell of no column: the row's cells shift, and the name is
taken for a label. :func:`without_row_codes` drops the codes from the rows that open with
one, when the table proves them codes: lines where a code is followed by a longer one that
extends it (``C1 … C11``), its child on the same row.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from jixiao.ingest.source import SourceLine

_MIN_NESTED: Final = 3  # rows proving the codes: a code and its child's on one row
# a code: a capital letter and up to three digits, a token before a Chinese word
_CODE_RE: Final = re.compile(r"(?:(?<=\s)|^)(?P<code>[A-Z]\d{0,3})\s+(?=[\u4e00-\u9fff])")
_OPENS_RE: Final = re.compile(r"\s*[A-Z]\d{0,3}\s+[\u4e00-\u9fff]")


def _opens(line: SourceLine) -> bool:
    """A row of one cell of text (cells one space apart) opening with a code."""
    return len(line.cells) <= 1 and _OPENS_RE.match(line.text) is not None


def _nested(text: str) -> bool:
    """Whether a row's codes include one and a longer one extending it (C1 … C11)."""
    codes = [match["code"] for match in _CODE_RE.finditer(text)]
    return any(
        later.startswith(code) and len(later) > len(code)
        for index, code in enumerate(codes)
        for later in codes[index + 1 :]
    )


def without_row_codes(lines: Sequence[SourceLine]) -> list[SourceLine] | None:
    """The lines with their level codes dropped (see the module's docstring); None when
    the text proves no codes."""
    opening = [line for line in lines if _opens(line)]
    if sum(1 for line in opening if _nested(line.text)) < _MIN_NESTED:
        return None
    out: list[SourceLine] = []
    for line in lines:
        if not _opens(line):
            out.append(line)
            continue
        text = _CODE_RE.sub("", line.text.strip())
        out.append(replace(line, text=text, cells=(text,)))
    return out
