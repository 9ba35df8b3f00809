"""A line's place: its page and its number on the page, read as one place in reading order.

A PDF numbers each page's lines from 1, a workbook each sheet's rows, an OCR each scanned
page's: a number alone names several lines. Every step of the general reader looks a row
up by its line's number (a part's skipped label lines, a row's provenance, a fold, a mend),
so the reader reads such a source with its lines numbered once, in reading order, and gives
each value its page and its number on the page back at the end (:func:`restore_places`).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, replace
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


def in_reading_order(source: SourceDocument) -> tuple[SourceDocument, Places | None]:
    """The source with its lines numbered 1, 2, … in reading order, and their places; the
    source as it is (and None) where its numbers already rise line by line (a text file)."""
    numbers = [line.number for line in source.lines]
    if all(a < b for a, b in itertools.pairwise(numbers)):
        return source, None
    lines = [replace(line, number=n) for n, line in enumerate(source.lines, start=1)]
    places = {n: (line.page, line.number) for n, line in enumerate(source.lines, start=1)}
    return replace(source, lines=lines), Places(places)


def restore_places(value: BaseModel, report: ImportReport, places: Places) -> None:
    """Every provenance of ``value`` and every report item placed on its page and its
    number there again (in place)."""
    done: dict[int, tuple[Provenance, Provenance]] = {}
    _restore(value, places, done, set())
    for item in report.items:
        if item.line is not None:
            page, line = places.page_and_line(item.line)
            item.page, item.line = item.page if page is None else page, line


def _restore(
    value: Any, places: Places, done: dict[int, tuple[Provenance, Provenance]], seen: set[int]
) -> None:
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


def _placed(
    where: Provenance, places: Places, done: dict[int, tuple[Provenance, Provenance]]
) -> Provenance:
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
        done[id(where)] = where, placed  # the old one kept alive: its id stays its own
    return done[id(where)][1]
