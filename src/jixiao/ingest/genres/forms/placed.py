"""A row's cells as placed in its table's columns, and reading its numbers."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from jixiao.domain.model import Repair
from jixiao.ingest.cells import read_number
from jixiao.ingest.genres.forms.columns import ColumnKind, Placed
from jixiao.ingest.genres.forms.head import Collected
from jixiao.ingest.genres.forms.sections import is_placeholder
from jixiao.ingest.genres.forms.sheet import Cell
from jixiao.ingest.genres.forms.table import IndicatorRow
from jixiao.ingest.genres.forms.trace import Tracer
from jixiao.ingest.report import ItemKind


@dataclass(frozen=True)
class PlacedRow:
    """One indicator row: its cells placed by column; a placeholder (``—``) counts as empty."""

    row: IndicatorRow
    placed: tuple[Placed, ...]

    def cell(self, kind: ColumnKind) -> Cell | None:
        found = next((p.cell for p in self.placed if p.column.kind is kind), None)
        return None if found is None or is_placeholder(found.text) else found

    def all(self, kind: ColumnKind) -> list[Placed]:
        return [p for p in self.placed if p.column.kind is kind and not is_placeholder(p.cell.text)]

    @property
    def first(self) -> list[Cell]:
        """Where the row starts, for report items about the row as a whole."""
        return list(self.row.cells[:1])


def read_decimal(trace: Tracer, cell: Cell, path: str) -> tuple[Decimal, list[Repair]] | None:
    """A number cell (``10``, ``7.2``, ``88. 29``); None and an UNREADABLE item otherwise."""
    number = read_number(cell.text)
    if number is None:
        trace.add(ItemKind.UNREADABLE, "不是数值,已留空", path, [cell], cell.text)
        return None
    repairs = []
    if number.repaired:
        repairs.append(trace.repaired(path, cell, str(number.value), "去掉数字中识别出的空格"))
    trace.check_confidence(path, cell)
    return number.value, repairs


def set_number(
    trace: Tracer, collected: Collected, work: PlacedRow, kind: ColumnKind, name: str, path: str
) -> None:
    """Read the number in column ``kind`` into ``collected[name]``."""
    cell = work.cell(kind)
    if cell is None:
        return
    read = read_decimal(trace, cell, f"{path}.{name}")
    if read is not None:
        collected.set(name, read[0], trace.provenance([cell], repairs=read[1]))
