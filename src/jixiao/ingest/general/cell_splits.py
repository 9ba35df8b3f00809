"""One cell cut into several: the step many of the stream's mends share.

A table run together loses its separators now and then, so one cell holds what belongs to
two or three columns (a target and the 分值 after it, a row's figures and the next row's
label). Each mend knows how to cut its own kind of cell; :func:`split_name_cells` applies
such a cut to a row's unread cells and keeps every other cell as it is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from jixiao.ingest.general.kinds import Kind

if TYPE_CHECKING:  # the stream calls this module
    from jixiao.ingest.general.stream import Cell


def split_name_cells(
    cells: list[Cell], parts_of: Callable[[str], Sequence[str] | None], **changes: Any
) -> list[Cell]:
    """The cells with each one read as a name that ``parts_of`` cuts replaced by its parts,
    each a copy of the cell with the part's text (and ``changes``: a glued part is marked so)."""
    out: list[Cell] = []
    for cell in cells:
        parts = parts_of(cell.text) if cell.kind is Kind.NAME else None
        if parts is None:
            out.append(cell)
            continue
        out += [replace(cell, text=part, **changes) for part in parts]
    return out
