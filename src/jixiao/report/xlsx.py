"""Forms as an Excel workbook (XlsxWriter): one worksheet per form, printed as the bureaus print.

Text is always written with ``write_string`` (and the workbook refuses to turn strings into
formulas, numbers or links), so a cell reading ``=HYPERLINK(…)`` or ``@SUM(A1)`` stays text.
Numbers are numbers with their format. A table's spans become merged ranges; the column
header row of the form's first headed table is repeated on every printed page (and frozen on
screen when it is the only headed table); the page is A4, landscape unless the form says
otherwise, fitted to the width, numbered in the footer.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

import xlsxwriter
from xlsxwriter.format import Format as XFormat
from xlsxwriter.worksheet import Worksheet

from jixiao.errors import JixiaoError
from jixiao.report.layout import (
    Cell,
    CellKind,
    Chart,
    Form,
    Heading,
    Paragraph,
    Signature,
    Table,
    place,
)

_A4 = 9
_LINE_POINTS = 15.0  # the height of one line of 11-point text
_MAX_ROW_POINTS = 409.0  # Excel's limit
_SHEET_NAME = re.compile(r"[\[\]:*?/\\]")
_DEFAULT_WIDTH = 12.0
_MAX_CELL_TEXT = 32_767  # Excel's limit of one cell's text

_BASE: dict[str, Any] = {"font_name": "宋体", "font_size": 10, "valign": "vcenter"}
_KINDS: dict[CellKind, dict[str, Any]] = {
    "title": {"bold": True, "font_size": 16, "align": "center"},
    "label": {"bold": True, "border": 1, "align": "center", "text_wrap": True},
    "header": {
        "bold": True,
        "border": 1,
        "align": "center",
        "text_wrap": True,
        "bg_color": "#F2F2F2",
    },
    "text": {"border": 1, "text_wrap": True, "align": "left"},
    "number": {"border": 1, "align": "right"},
    "percent": {"border": 1, "align": "right"},
    "total": {"bold": True, "border": 1, "align": "right"},
}


def render_xlsx(forms: Sequence[Form]) -> bytes:
    """The workbook of the forms, one worksheet each, as the bytes of an .xlsx file."""
    buffer = io.BytesIO()
    options = {
        "in_memory": True,
        "strings_to_formulas": False,
        "strings_to_numbers": False,
        "strings_to_urls": False,
    }
    workbook = xlsxwriter.Workbook(buffer, options)
    styles = _Styles(workbook)
    names: set[str] = set()
    for index, form in enumerate(forms, start=1):
        sheet = workbook.add_worksheet(_sheet_name(form, index, names))
        _SheetWriter(sheet, styles, form).write()
    if not forms:
        workbook.add_worksheet("空")
    workbook.close()
    return buffer.getvalue()


def _sheet_name(form: Form, index: int, taken: set[str]) -> str:
    """A valid, unique worksheet name (31 characters, none of []:*?/\\)."""
    base = _SHEET_NAME.sub("_", form.sheet_name or form.title or f"表{index}").strip("'") or "表"
    name = base[:31]
    counter = 2
    while name.lower() in taken:
        suffix = f"({counter})"
        name = base[: 31 - len(suffix)] + suffix
        counter += 1
    taken.add(name.lower())
    return name


class _Styles:
    """The workbook's cell formats, made once per (kind, number format, extra)."""

    def __init__(self, workbook: xlsxwriter.Workbook) -> None:
        self._workbook = workbook
        self._cache: dict[tuple[str, str | None, str], XFormat] = {}

    def get(self, kind: str, number_format: str | None = None, extra: str = "") -> XFormat:
        key = (kind, number_format, extra)
        if key not in self._cache:
            spec = {**_BASE, **_KINDS.get(kind, {})}  # type: ignore[call-overload]
            spec.update(_EXTRA[extra])
            if number_format:
                spec["num_format"] = number_format
            self._cache[key] = self._workbook.add_format(spec)
        return self._cache[key]


_EXTRA: dict[str, dict[str, Any]] = {
    "": {},
    "heading": {"bold": True, "font_size": 12, "align": "left", "border": 0},
    "subtitle": {"align": "center", "font_size": 11},
    "meta": {"align": "left", "border": 0, "text_wrap": True},
    "paragraph": {"align": "left", "valign": "top", "border": 0, "text_wrap": True},
    "signature": {"align": "left", "border": 0},
}


class _SheetWriter:
    def __init__(self, sheet: Worksheet, styles: _Styles, form: Form) -> None:
        self.sheet = sheet
        self.styles = styles
        self.form = form
        self.tables = [b for b in form.blocks if isinstance(b, Table)]
        self.widths = _column_widths(self.tables)
        self.columns = len(self.widths)
        self.row = 0
        # The first table with a header: its column header row (the last header row) is printed
        # on every page (a sheet has one such range; the department form's goal tables share
        # their column header), and frozen on screen when no other table has a header.
        headed = [t for t in self.tables if t.header]
        self.main = headed[0] if headed else None
        self.freeze = len(headed) == 1

    def write(self) -> None:
        for column, width in enumerate(self.widths):
            self.sheet.set_column(column, column, width)
        self._line(self.form.title, "title", "", height=30)
        if self.form.subtitle:
            self._line(self.form.subtitle, "text", "subtitle")
        for label, value in self.form.meta:
            self._line(f"{label}:{value}", "text", "meta")
        for block in self.form.blocks:
            self._block(block)
        self._print_setup()

    def _block(self, block: Heading | Paragraph | Table | Chart | Signature) -> None:
        if isinstance(block, Heading):
            self._line(block.text, "text", "heading")
        elif isinstance(block, Paragraph):
            self._line(block.text, "text", "paragraph", height=self._height(block.text))
        elif isinstance(block, Table):
            self._table(block)
        elif isinstance(block, Chart):
            self._chart(block)
        else:
            self._signature(block)

    def _line(self, text: str, kind: str, extra: str, height: float | None = None) -> None:
        """Rows of one text merged over the form's width (a cell holds 32,767 characters)."""
        for start in range(0, max(len(text), 1), _MAX_CELL_TEXT):
            self._one_line(text[start : start + _MAX_CELL_TEXT], kind, extra, height)

    def _one_line(self, text: str, kind: str, extra: str, height: float | None) -> None:
        style = self.styles.get(kind, None, extra)
        if self.columns > 1:
            self.sheet.merge_range(self.row, 0, self.row, self.columns - 1, "", style)
        self.sheet.write_string(self.row, 0, text, style)
        if height is not None:
            self.sheet.set_row(self.row, height)
        self.row += 1

    def _height(self, text: str) -> float | None:
        """The height of a merged row of wrapped text (Excel does not fit merged rows)."""
        width = sum(self.widths) or _DEFAULT_WIDTH
        lines = sum(max(1, math.ceil(_display_width(part) / width)) for part in text.split("\n"))
        return None if lines <= 1 else min(_MAX_ROW_POINTS, lines * _LINE_POINTS)

    def _table(self, table: Table) -> None:
        top = self.row
        rows = (*table.header, *table.body)
        heights: dict[int, float] = {}
        for r, c, cell in place(rows, top):
            self._cell(r, c, cell, table)
            lines = self._lines_needed(cell, c, table)
            if lines > 1 and cell.rowspan == 1:
                heights[r] = max(heights.get(r, 0.0), min(_MAX_ROW_POINTS, lines * _LINE_POINTS))
        for r, height in heights.items():
            self.sheet.set_row(r, height)
        if table is self.main:
            last_header = top + len(table.header) - 1
            self.sheet.repeat_rows(last_header, last_header)
            if self.freeze:
                self.sheet.freeze_panes(last_header + 1, 0)
        self.row = top + len(rows)

    def _lines_needed(self, cell: Cell, column: int, table: Table) -> int:
        if not isinstance(cell.value, str) or not cell.value:
            return 1
        span = self.widths[column : column + cell.colspan]
        width = max(1.0, sum(span) - 1)
        return sum(max(1, math.ceil(_display_width(p) / width)) for p in cell.value.split("\n"))

    def _cell(self, r: int, c: int, cell: Cell, table: Table) -> None:
        style = self.styles.get(cell.kind, cell.number_format)
        last_r, last_c = r + cell.rowspan - 1, c + cell.colspan - 1
        if (last_r, last_c) != (r, c):
            self.sheet.merge_range(r, c, last_r, last_c, "", style)
        value = cell.value
        if value is None:
            self.sheet.write_blank(r, c, None, style)
        elif isinstance(value, str):
            if len(value) > _MAX_CELL_TEXT:
                raise JixiaoError(
                    f"表“{self.form.title}”第 {r + 1} 行的单元格有 {len(value)} 个字符,超过 Excel"
                    f"单元格 {_MAX_CELL_TEXT} 个字符的上限,无法写成 xlsx(可输出 docx、pdf 或 html)"
                )
            self.sheet.write_string(r, c, value, style)
        else:
            self.sheet.write_number(r, c, _float(value), style)

    def _chart(self, chart: Chart) -> None:
        self._line(chart.title, "text", "heading")
        self.sheet.insert_image(
            self.row,
            0,
            f"{chart.title}.png",
            {"image_data": io.BytesIO(chart.png), "x_scale": 0.6, "y_scale": 0.6},
        )
        self.row += 18  # the picture's height in rows at the scale above (about 270 points)

    def _signature(self, signature: Signature) -> None:
        """The signature lines under the form: one row, the labels spaced out for writing."""
        self.row += 1
        if signature.labels:
            self._line("　　　　　　".join(signature.labels), "text", "signature", height=30)

    def _print_setup(self) -> None:
        sheet = self.sheet
        sheet.set_paper(_A4)
        if self.form.landscape:
            sheet.set_landscape()
        else:
            sheet.set_portrait()
        sheet.fit_to_pages(1, 0)  # the width of one page, as many pages down as it takes
        sheet.set_margins(left=0.5, right=0.5, top=0.6, bottom=0.7)
        sheet.center_horizontally()
        sheet.set_footer("&C第 &P 页 共 &N 页")
        if self.columns:
            sheet.print_area(0, 0, max(self.row - 1, 0), self.columns - 1)


def _column_widths(tables: Sequence[Table]) -> list[float]:
    """Per grid column, the widest of the tables' widths there (characters)."""
    columns = max((len(t.widths) for t in tables), default=1)
    widths = [0.0] * columns
    for table in tables:
        for index, width in enumerate(table.widths):
            widths[index] = max(widths[index], width)
    return [w if w > 0 else _DEFAULT_WIDTH for w in widths]


def _display_width(text: str) -> int:
    """Columns a text takes: a CJK character is two."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def _float(value: Decimal | int) -> float:
    return float(value)
