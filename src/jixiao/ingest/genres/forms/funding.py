"""The 项目资金 table of monitoring and self-evaluation forms.

``项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分`` over the rows
年度资金总额 / 其中:当年财政拨款 / 上年结转资金 / 其他资金 (a monitoring form: ``年初预算数 |
1-6月执行数 | 全年预计执行数``). A row starts at its label and runs to the end of its line, or,
one cell per paragraph, to the next row's label. A row with no figure is an empty template
row and is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Final

from jixiao.domain.model import FundingExecution, FundingSource, Repair
from jixiao.ingest.cells import label_key, label_lookup, read_number
from jixiao.ingest.genres.forms.columns import (
    FUNDING_COLUMNS,
    Alignment,
    Column,
    ColumnKind,
    align,
    months_covered,
    read_header,
    tokenise,
)
from jixiao.ingest.genres.forms.head import read_amount
from jixiao.ingest.genres.forms.sections import is_placeholder
from jixiao.ingest.genres.forms.sheet import Cell, Sheet
from jixiao.ingest.genres.forms.trace import Tracer
from jixiao.ingest.report import ItemKind

_ROWS: Final[tuple[tuple[re.Pattern[str], FundingSource], ...]] = (
    (re.compile(r"(?:年度)?(?:资金)?(?:总额|合计|总计)|合计|总计"), FundingSource.TOTAL),
    (
        re.compile(
            r"(?:当年)?(?:[省市县区]级|本级)?(?:财政拨款|财政资金|一般公共预算(?:拨款|资金)?)(?:资金)?"
        ),
        FundingSource.FISCAL,
    ),
    (re.compile(r"上年结转(?:结余)?(?:资金)?|结转(?:结余)?资金"), FundingSource.CARRY_OVER),
    (re.compile(r"其[他它](?:资金)?|自筹资金|单位自有资金"), FundingSource.OTHER),
)
_MIN_HEADER_COLUMNS: Final = 2
_HEADER_SPAN: Final = 16  # cells a funding header may take before its first row


def funding_source(text: str) -> FundingSource | None:
    """The 项目资金 row a label opens (``其中:当年一般公共预算拨款`` → fiscal), or None."""
    return label_lookup(text, _ROWS)


def _header_cells(sheet: Sheet, start: Cell, end: int) -> list[Cell]:
    cells: list[Cell] = []
    for cell in sheet.cells[start.order : min(end, start.order + _HEADER_SPAN)]:
        if cell is not start and funding_source(cell.text) is not None:
            break
        cells.append(cell)
    return cells


def is_funding_header(sheet: Sheet, start: Cell, end: int) -> bool:
    """Whether ``start`` opens a real 项目资金 table (its header names budget columns)."""
    text = "".join(cell.text for cell in _header_cells(sheet, start, end))
    return len(tokenise(text, FUNDING_COLUMNS)) >= _MIN_HEADER_COLUMNS


def _fit(kind: ColumnKind, text: str) -> int | None:
    """How well a cell fits a 项目资金 column (see :func:`columns.align`)."""
    if is_placeholder(text):
        return 3 if kind in (ColumnKind.WEIGHT, ColumnKind.SCORE) else 1
    number = read_number(text)
    if number is None:
        return None
    if kind is ColumnKind.EXECUTION_RATE:
        return 30 if number.unit == "%" else 8
    if number.unit == "%":
        return None
    return 10


@dataclass(frozen=True)
class FundingTable:
    rows: list[FundingExecution]
    as_of_month: int | None  # 1-N月执行数 → N; 全年执行数 → 12


def _rows(sheet: Sheet, header_end: int, end: int) -> list[tuple[Cell, list[Cell]]]:
    rows: list[tuple[Cell, list[Cell]]] = []
    for cell in sheet.cells[header_end:end]:
        if funding_source(cell.text) is not None and sheet.starts_row(cell):
            rows.append((cell, []))
        elif rows and (sheet.one_cell_per_line or cell.line is rows[-1][0].line):
            rows[-1][1].append(cell)
    return rows


_AMOUNTS: Final = {
    ColumnKind.INITIAL_BUDGET: "initial_budget",
    ColumnKind.FULL_YEAR_BUDGET: "full_year_budget",
    ColumnKind.EXECUTED: "executed",
    ColumnKind.PROJECTED_EXECUTION: "projected",
}
_FIGURES: Final = {
    ColumnKind.EXECUTION_RATE: "execution_rate",
    ColumnKind.WEIGHT: "weight",
    ColumnKind.SCORE: "score",
}


def _row(
    trace: Tracer, label: Cell, alignment: Alignment, path: str, unit: str
) -> FundingExecution | None:
    values: dict[str, Decimal] = {}
    provenance = {"row": trace.provenance([label, *(p.cell for p in alignment.placed)])}
    for placed in alignment.placed:
        kind, cell = placed.column.kind, placed.cell
        name = _AMOUNTS.get(kind) or _FIGURES.get(kind)
        if name is None or is_placeholder(cell.text):
            continue
        where = f"{path}.{name}"
        repairs: list[Repair] = []
        if kind in _AMOUNTS:
            amount, repairs = read_amount(trace, cell, where, unit)
        else:
            number = read_number(cell.text)
            amount = number.value if number else None
            if number and number.repaired:
                reason = "去掉数字中识别出的空格"
                repairs.append(trace.repaired(where, cell, str(number.value), reason))
        if amount is not None:
            values[name] = amount
            provenance[name] = trace.provenance([cell], repairs=repairs)
    source = funding_source(label.text)
    if not values or source is None:
        return None
    return FundingExecution(
        source=source, label=label_key(label.text), provenance=provenance, **values
    )


def read_funding(
    sheet: Sheet, trace: Tracer, start: Cell, end: int, path: str, unit: str
) -> FundingTable:
    """The table opened by ``start`` and ending before ``end`` (an order); ``path`` is the
    JSON path of the row list (``projects[0].funding_execution``)."""
    header = _header_cells(sheet, start, end)
    lines: Sequence[Sequence[Cell]] = (
        [header]
        if sheet.one_cell_per_line
        else sheet.lines_between(start.order, header[-1].order + 1)
    )
    columns: list[Column] = read_header(lines, FUNDING_COLUMNS)
    executed = next((c for c in columns if c.kind is ColumnKind.EXECUTED), None)
    month = None
    if executed is not None:
        month = 12 if "全年" in executed.label else months_covered(executed.label)
    rows: list[FundingExecution] = []
    sheet.take(*header)
    for label, cells in _rows(sheet, header[-1].order + 1, end):
        sheet.take(label, *cells)
        where = f"{path}[{len(rows)}]"
        alignment = align(cells, columns, _fit)
        for cell in alignment.dropped:
            reason = "该单元格不属于表头的任何一栏"
            trace.add(ItemKind.UNRECOGNISED, reason, where, [cell], cell.text)
        row = _row(trace, label, alignment, where, unit)
        if row is not None:
            rows.append(row)
    return FundingTable(rows, month)
