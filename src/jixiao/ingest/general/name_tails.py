"""A name's last glyph in the next cell: ``慰问资金发放及时`` | ``率``.

OCR of a scanned form, or a PDF's text layer, cuts a cell where the printed name ran up to
its border and wrapped: the glyph that wrapped (率, 数, 值 …) lands in a cell of its own
beside the name, where the next column (a definition, the target) begins. A cell of that
one glyph (never a unit's) right after a name that does not end as a whole name does, on
the same line, is the name's end: joined back, the cells after it keep their places.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Final

from jixiao.ingest.general.kinds import Kind, ends_as_name, kind_of

if TYPE_CHECKING:  # the stream calls this module
    from jixiao.ingest.general.stream import Cell


# the glyphs a measure's name ends with that no unit column holds (次, 人, 户, 度 may be a
# 计量单位 cell beside a name: ``开展培训`` | ``次`` | ``12``)
_WRAPPED_ENDS: Final = frozenset("率数性值额况果制例")


def join_name_tails(cells: list[Cell]) -> list[Cell]:
    """The cells with each name's wrapped last glyph joined back to it."""
    out: list[Cell] = []
    for cell in cells:
        if out and _tail_of(out[-1], cell):
            out[-1] = replace(out[-1], text=out[-1].text.rstrip() + cell.text.strip())
            continue
        out.append(cell)
    return out


def _tail_of(name: Cell, cell: Cell) -> bool:
    glyph = cell.text.strip()
    if len(glyph) != 1 or glyph not in _WRAPPED_ENDS or name.line != cell.line:
        return False  # cheapest tests first: most cells are longer than one glyph
    text = name.text.strip()
    if name.kind is not Kind.NAME or ends_as_name(text):
        return False
    return kind_of(text + glyph) is Kind.NAME
