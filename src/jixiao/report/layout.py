"""The format-neutral layout of an official form (the contract between builders and renderers).

Builders (`jixiao.report.builders`) turn domain values into a `Form`; renderers (xlsx, docx,
html, pdf) turn a sequence of `Form`s into bytes. No renderer knows a domain class and no
builder knows a format, so a province's layout or a new format is one side's change only.

A `str` value is always literal text: a renderer never lets it become a formula, markup or a
link, whatever it starts with (``=``, ``@``, ``<``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

CellKind = Literal["title", "label", "header", "text", "number", "percent", "total"]


@dataclass(frozen=True)
class Cell:
    """One cell of a table's grid; `colspan`/`rowspan` cover the cells to its right and below.

    A number is shown by its `number_format` (Excel-style; None: as it is, no trailing zeros).
    A "percent" cell holds a share: 0.25 with "0%" shows as 25% (`display` says how).
    """

    value: str | Decimal | int | None = None  # str is ALWAYS literal text
    kind: CellKind = "text"
    colspan: int = 1
    rowspan: int = 1
    number_format: str | None = None  # Excel-style, e.g. "0.00", "0.00%", "#,##0.00"


@dataclass(frozen=True)
class Table:
    """A table as an HTML-style grid: a cell covered by another's span is omitted from its row."""

    widths: tuple[float, ...]  # relative column widths (characters), one per grid column
    header: tuple[tuple[Cell, ...], ...]  # header rows: repeated on every printed page
    body: tuple[tuple[Cell, ...], ...]


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1


@dataclass(frozen=True)
class Paragraph:
    text: str


@dataclass(frozen=True)
class Chart:
    """A chart drawn by `jixiao.report.charts`: the same picture as SVG and PNG."""

    title: str
    svg: bytes
    png: bytes


@dataclass(frozen=True)
class Signature:
    """The lines under a form, e.g. ("填报单位(盖章):", "单位负责人:", "填报人:", "填报日期:")."""

    labels: tuple[str, ...]


Block = Heading | Paragraph | Table | Chart | Signature


@dataclass(frozen=True)
class Form:
    """One official form: a worksheet in xlsx, pages of their own in docx, PDF and HTML."""

    title: str  # e.g. "项目支出绩效目标申报表"
    subtitle: str | None  # e.g. "(2020年度)"
    # lines above the table, e.g. (("填报单位", "…"), ("单位", "万元"))
    meta: tuple[tuple[str, str], ...]
    blocks: tuple[Block, ...]
    landscape: bool = True
    sheet_name: str | None = None  # xlsx: one Form = one worksheet


def grid_width(table: Table) -> int:
    """The number of grid columns of a table (its `widths`)."""
    return len(table.widths)


def place(rows: tuple[tuple[Cell, ...], ...], top: int = 0) -> list[tuple[int, int, Cell]]:
    """Each cell of an HTML-style grid with its (row, column), skipping the covered positions.

    Renderers that address cells by coordinates (xlsx, docx) share this so that spans are
    resolved the same way everywhere; `top` offsets the row numbers.
    """
    covered: set[tuple[int, int]] = set()
    placed: list[tuple[int, int, Cell]] = []
    for r, row in enumerate(rows):
        column = 0
        for cell in row:
            while (top + r, column) in covered:
                column += 1
            placed.append((top + r, column, cell))
            for dr in range(cell.rowspan):
                for dc in range(cell.colspan):
                    covered.add((top + r + dr, column + dc))
            column += cell.colspan
    return placed


_DECIMALS = re.compile(r"0\.(0+)")


def display(cell: Cell) -> str:
    """The text a reader sees in the cell: a number by its `number_format` ("0.00", "#,##0.00",
    "0%", "0.0%"; None: the exact value without trailing zeros), text as it is."""
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return format_number(Decimal(value), cell.number_format)


def format_number(value: Decimal, number_format: str | None) -> str:
    """A number as an Excel-style format shows it (the subset the builders use)."""
    if number_format is None or number_format == "General":
        return _plain(value)
    percent = "%" in number_format
    shown = value * 100 if percent else value
    match = _DECIMALS.search(number_format)
    places = len(match.group(1)) if match else 0
    rounded = shown.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    text = f"{rounded:,.{places}f}" if "," in number_format else f"{rounded:.{places}f}"
    return text + ("%" if percent else "")


def _plain(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return "0" if text == "-0" else text
