"""A line's place: its page and its number on the page, read as one place in reading order.

A PDF numbers each page's lines from 1, a workbook each sheet's rows, an OCR each scanned
page's: a number alone names several lines. Every step of the general reader looks a row
up by its line's number (a part's skipped label lines, a row's provenance, a fold, a mend),
so the reader reads such a source with its lines numbered once, in reading order, and gives
each value its page and its number on the page back at the end (:func:`restore_places`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from itertools import groupby, pairwise
from typing import Any

from pydantic import BaseModel

from jixiao.domain.model import Provenance, Traced
from jixiao.ingest.report import ImportReport
from jixiao.ingest.source import SourceDocument


@dataclass(frozen=True)
class Places:
    """The (page, number) each line of the renumbered source had, by its new number."""

    of: dict[int, tuple[int | None, int]]

    def page_and_line(self, number: int | None) -> tuple[int | None, int | None]:
        if number is None or number not in self.of:
            return None, number
        return self.of[number]


# each provenance placed, by the old one's id (the old one kept: its id stays its own)
_Done = dict[int, tuple[Provenance, Provenance]]
# The places of the source being read, for the reasons a report item gives in words.
_READING: ContextVar[Places | None] = ContextVar("reading_places", default=None)


@contextmanager
def reading(places: Places | None) -> Iterator[None]:
    """Reasons written while reading name lines by their page and number there (a part of
    the source, read on its own, keeps the whole source's places)."""
    token = _READING.set(places if places is not None else _READING.get())
    try:
        yield
    finally:
        _READING.reset(token)


def line_span(numbers: Sequence[int]) -> str:
    """``第84、85、86行`` / ``第23行与第25行`` / ``第2页第34行``: how a reason names the lines
    a value spans (on its pages where the source numbers each page's lines from 1)."""
    places = _READING.get()
    placed = sorted(
        {places.page_and_line(n) if places else (None, n) for n in set(numbers)},
        key=lambda place: (place[0] or 0, place[1] or 0),
    )
    spans = []
    for page, group in groupby(placed, key=lambda place: place[0]):
        lines = [line for _, line in group if line is not None]
        spans.append(("" if page is None else f"第{page}页") + _on_page(lines))
    return "与".join(spans)


def _on_page(ordered: list[int]) -> str:
    if len(ordered) == 1:
        return f"第{ordered[0]}行"
    if ordered == list(range(ordered[0], ordered[-1] + 1)):
        return "第" + "、".join(str(n) for n in ordered) + "行"
    return "与".join(f"第{n}行" for n in ordered)


def in_reading_order(source: SourceDocument) -> tuple[SourceDocument, Places | None]:
    """The source with its lines numbered 1, 2, … in reading order, and their places; the
    source as it is (and None) where its numbers already rise line by line (a text file)."""
    numbers = [line.number for line in source.lines]
    if all(a < b for a, b in pairwise(numbers)):
        return source, None
    lines = [replace(line, number=n) for n, line in enumerate(source.lines, start=1)]
    places = {n: (line.page, line.number) for n, line in enumerate(source.lines, start=1)}
    return replace(source, lines=lines), Places(places)


def restore_places(value: BaseModel, report: ImportReport, places: Places) -> None:
    """Every provenance of ``value`` and every report item placed on its page and its
    number there again (in place)."""
    done: _Done = {}
    _restore(value, places, done, set())
    for item in report.items:
        if item.line is not None:
            page, line = places.page_and_line(item.line)
            item.page, item.line = item.page if page is None else page, line


def _restore(value: Any, places: Places, done: _Done, seen: set[int]) -> None:
    if isinstance(value, list | tuple):
        for element in value:
            _restore(element, places, done, seen)
    elif isinstance(value, dict):
        for element in value.values():
            _restore(element, places, done, seen)
    elif isinstance(value, BaseModel) and id(value) not in seen:
        seen.add(id(value))
        if isinstance(value, Traced):
            value.provenance = {
                key: _placed(where, places, done) for key, where in value.provenance.items()
            }
        for name in type(value).model_fields:
            if name != "provenance":
                _restore(getattr(value, name), places, done, seen)


def _placed(where: Provenance, places: Places, done: _Done) -> Provenance:
    """The provenance on its page (a value spanning a page break keeps its first line)."""
    if id(where) not in done:
        page, line = places.page_and_line(where.line)
        end_page, end = places.page_and_line(where.line_end)
        placed = where.model_copy(
            update={
                "page": where.page if page is None else page,
                "line": line,
                "line_end": end if end_page == page else None,
            }
        )
        done[id(where)] = where, placed
    return done[id(where)][1]
