"""Indicator rows into :class:`Indicator` objects (with their results, :mod:`.results`).

Labels are carried down (:mod:`.levels`); the row's cells are placed in the header's columns
(:func:`columns.align` with :func:`fit.fit`); the target is read by the target grammar
(:mod:`.targets`). Empty template rows (``指标2`` with nothing after it, ``……``) are form
furniture and are skipped without a word; a row with figures but no name keeps them under its
二级 label's name, and the name is listed as missing.
"""

from __future__ import annotations

from collections.abc import Sequence

from jixiao.domain.model import Indicator
from jixiao.domain.placeholders import placeholder_of
from jixiao.ingest.cells import target_basis
from jixiao.ingest.general.words import read_yes_no
from jixiao.ingest.genres.forms.columns import Alignment, Column, ColumnKind, Placed, align
from jixiao.ingest.genres.forms.fit import fit
from jixiao.ingest.genres.forms.head import Collected
from jixiao.ingest.genres.forms.levels import LevelCarry
from jixiao.ingest.genres.forms.placed import PlacedRow, set_number
from jixiao.ingest.genres.forms.results import ResultOptions, read_result
from jixiao.ingest.genres.forms.sections import is_placeholder
from jixiao.ingest.genres.forms.sheet import Cell
from jixiao.ingest.genres.forms.table import (
    IndicatorRow,
    IndicatorTable,
    is_template_marker,
    strip_template_number,
)
from jixiao.ingest.genres.forms.targets import read_target, target_from_name
from jixiao.ingest.genres.forms.trace import Tracer
from jixiao.ingest.report import ItemKind


def _placements(
    row: IndicatorRow, columns: Sequence[Column], trace: Tracer, path: str
) -> Alignment:
    if row.record:
        return Alignment(tuple(Placed(column, cell) for column, cell in row.record), ())
    alignment = align(row.values, columns, fit)
    for cell in alignment.dropped:
        trace.add(ItemKind.UNRECOGNISED, "该单元格不属于表头的任何一栏", path, [cell], cell.text)
    return alignment


def _own_name(row: IndicatorRow) -> str:
    """The row's name without a template number (``指标1``); empty for ``指标2`` or ``……``."""
    if row.name is None or is_template_marker(row.name.text):
        return ""
    return strip_template_number(row.name.text)


def _name(trace: Tracer, work: PlacedRow, carry: LevelCarry, path: str) -> tuple[str, Cell | None]:
    if text := _own_name(work.row):
        return text, work.row.name
    stand_in = carry.subcategory.label if carry.subcategory else None
    stand_in = stand_in or (carry.category.label if carry.category else "未命名指标")
    trace.add(ItemKind.MISSING, f"指标名称为空,暂以“{stand_in}”称呼", f"{path}.name", work.first)
    return stand_in, None


def _notes(work: PlacedRow) -> tuple[str | None, list[Cell]]:
    """备注 and history columns (``2021年实际实现值``) as one remark, each part labelled."""
    parts: list[str] = []
    cells: list[Cell] = []
    for placed in work.all(ColumnKind.HISTORY):
        parts.append(f"{placed.column.label}:{placed.cell.text}")
        cells.append(placed.cell)
    if remark := work.cell(ColumnKind.REMARK):
        parts.append(remark.text)
        cells.append(remark)
    return (";".join(parts) or None), cells


def _texts(trace: Tracer, collected: Collected, work: PlacedRow) -> None:
    """指标解释, 指标值确定依据 and the remark."""
    if definition := work.cell(ColumnKind.DEFINITION):
        collected.set("definition", definition.text, trace.provenance([definition]))
    if basis_cell := work.cell(ColumnKind.BASIS):
        if (basis := target_basis(basis_cell.text)) is not None:
            collected.set("target_basis", basis, trace.provenance([basis_cell]))
        collected.set("target_basis_note", basis_cell.text, trace.provenance([basis_cell]))
    remark, remark_cells = _notes(work)
    if remark:
        collected.set("remark", remark, trace.provenance(remark_cells))


def _targets(
    trace: Tracer, collected: Collected, work: PlacedRow, name_cell: Cell | None, path: str
) -> None:
    read = read_target(trace, work, ColumnKind.TARGET, f"{path}.target")
    if read is not None:
        target, cells, repairs = read
        collected.set("target", target, trace.provenance(cells, repairs=repairs))
    elif (
        name_cell is not None
        and work.cell(ColumnKind.TARGET) is None
        and (split := target_from_name(trace, name_cell, f"{path}.target"))
    ):
        collected.values["name"] = split[0]
        collected.set("target", split[1], trace.provenance([name_cell]))
    elif (cell := work.cell(ColumnKind.TARGET)) is not None and (
        written := placeholder_of(cell.text)
    ):
        collected.set("target_placeholder", written, trace.provenance([cell]))
    if "target" not in collected.values and work.cell(ColumnKind.TARGET) is None:
        trace.add(ItemKind.MISSING, "指标值为空", f"{path}.target", work.first)
    adjusted = read_target(trace, work, ColumnKind.ADJUSTED_TARGET, f"{path}.adjusted_target")
    if adjusted is not None:
        collected.set("adjusted_target", adjusted[0], trace.provenance(adjusted[1]))


def _indicator(
    trace: Tracer, work: PlacedRow, carry: LevelCarry, options: ResultOptions | None, path: str
) -> Indicator:
    collected = Collected()
    name, name_cell = _name(trace, work, carry, path)
    collected.values.update(name=name, category=carry.category, subcategory=carry.subcategory)
    collected.provenance["row"] = trace.provenance(work.row.cells)
    if name_cell is not None:
        collected.provenance["name"] = trace.provenance([name_cell])
    _targets(trace, collected, work, name_cell, path)
    _texts(trace, collected, work)
    set_number(trace, collected, work, ColumnKind.WEIGHT, "weight", path)
    if (core := work.cell(ColumnKind.CORE)) and (is_core := read_yes_no(core.text)) is not None:
        collected.set("core", is_core, trace.provenance([core]))
    if options is not None:
        result = read_result(trace, work, options, f"{path}.result")
        collected.values["result"] = result
        if result is None or result.actual_text is None:
            where = f"{path}.result.actual_text"
            trace.add(ItemKind.MISSING, "实际完成值为空", where, work.first)
    return Indicator.model_validate(collected.data())


def _is_empty_template(row: IndicatorRow, placed: Sequence[Placed]) -> bool:
    """A row with no name of its own and no figure: form furniture, skipped silently."""
    filled = [p for p in placed if not p.cell.blank and not is_placeholder(p.cell.text)]
    return not _own_name(row) and not filled


def build_indicators(
    table: IndicatorTable, trace: Tracer, path: str, options: ResultOptions | None
) -> list[Indicator]:
    """The table's indicators; ``path`` is the JSON path of the list (for the report);
    ``options`` is None for a form that states targets only."""
    carry = LevelCarry()
    indicators: list[Indicator] = []
    for row in table.rows:
        carry.read([cell.text for cell in row.labels])
        where = f"{path}[{len(indicators)}]"
        placed = _placements(row, table.columns, trace, where).placed
        if _is_empty_template(row, placed):
            continue
        indicators.append(_indicator(trace, PlacedRow(row, placed), carry, options, where))
    return indicators
