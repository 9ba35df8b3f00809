"""A document-sharing site's preview cut into numbered page chunks, each chunk joined back.

A site re-serving a document as text (人人文库, 原创力文档 …) prints each page of the preview
as one long line numbered ``1、``, ``2、`` …, wherever the page ends: inside a sentence, a
name (``明显`` / ``2、增强``) or a figure (``不少于6`` / ``2、012场``). Read a line at a time,
the clause cut by the page loses its end, and the list of targets it is in stops there.
:func:`join_page_chunks` joins each such chunk onto the one before it, its number dropped.

A chunk is told from a numbered list's item by its length (a page of text, not an item) and
by where the line before it ends: a page ends anywhere, an item at the end of a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from jixiao.ingest.source import SourceLine

_CHUNK_RE: Final = re.compile(r"^\s*(?P<number>\d{1,3})、\s*")
_MIN_CHUNK: Final = 100  # a page's text; a list's item is shorter
_SENTENCE_ENDS: Final = ("。", "！", "？", "；", ";", "!", "?", ":", "：")


def join_page_chunks(lines: Sequence[SourceLine]) -> list[SourceLine] | None:
    """The lines with each page chunk cut inside a sentence joined onto the chunk before it
    (see the module's docstring), the line it was joined from left empty so every line keeps
    its number; None when the text shows no such cut."""
    out = list(lines)
    changed = False
    last: int | None = None  # the index of the line the chunks before were joined onto
    number = 0  # the number of the last chunk joined there
    for index, line in enumerate(lines):
        if not line.text.strip():
            continue
        chunk = _CHUNK_RE.match(line.text)
        if chunk is None:
            last = None
            continue
        if last is not None and int(chunk["number"]) == number + 1 and _cut(out[last].text):
            out[last] = _joined(out[last], line, chunk.end())
            out[index] = replace(line, text="", cells=())
            number, changed = number + 1, True
            continue
        long = len(line.text.strip()) >= _MIN_CHUNK
        last, number = (index, int(chunk["number"])) if long else (None, 0)
    return out if changed else None


def _cut(text: str) -> bool:
    """Whether a page's text ends inside a sentence (no list's item ends so)."""
    stripped = text.rstrip()
    return not stripped.endswith(_SENTENCE_ENDS)


def _joined(first: SourceLine, following: SourceLine, start: int) -> SourceLine:
    """``first`` with ``following``'s text from ``start`` (its number off) run on after it."""
    rest = following.text[start:].strip()
    text = first.text.rstrip() + rest
    if not first.cells or not following.cells:
        return replace(first, text=text, cells=(text,))
    # the cells as the reader cut them, the last of the first line and the first of the
    # following (its number off) one cell as the text they stand for is
    head = _CHUNK_RE.sub("", following.cells[0], count=1).strip()
    cells = (*first.cells[:-1], first.cells[-1].rstrip() + head, *following.cells[1:])
    return replace(first, text=text, cells=cells)
