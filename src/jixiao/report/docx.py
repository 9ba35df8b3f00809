"""Forms as a Word document (python-docx): each form in a section of its own.

A form's section is A4, landscape unless the form says otherwise, numbered in the footer. A
table's spans become merged cells; its header rows are marked ``w:tblHeader`` so that Word
repeats them on every page. Text goes into runs as text (python-docx escapes it): nothing
a user typed becomes a field, a link or markup.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from jixiao.report.layout import (
    Cell,
    Chart,
    Form,
    Heading,
    Paragraph,
    Signature,
    Table,
    display,
    place,
)

_A4 = (Mm(210), Mm(297))
_MARGIN = Mm(18)
_FONT = "SimSun"
_EAST_ASIAN_FONT = "宋体"
# XML 1.0 cannot hold these: a model's free text may (tabs and newlines are kept)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_RIGHT = frozenset({"number", "percent", "total"})
_BOLD = frozenset({"title", "label", "header", "total"})


def render_docx(forms: Sequence[Form]) -> bytes:
    """The forms one after another, each in a section starting on a new page."""
    document = Document()
    _base_style(document)
    for index, form in enumerate(forms):
        section = document.sections[0] if index == 0 else document.add_section(WD_SECTION.NEW_PAGE)
        _page(section, form.landscape)
        _Writer(document, section, form).write()
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def _base_style(document: Any) -> None:
    style = document.styles["Normal"]
    style.font.name = _FONT
    style.font.size = Pt(10.5)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), _EAST_ASIAN_FONT)


def _page(section: Any, landscape: bool) -> None:
    width, height = _A4
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (height, width) if landscape else (width, height)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, _MARGIN)
    footer = section.footer
    footer.is_linked_to_previous = False
    paragraph = footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run("第 ")
    _field(paragraph, "PAGE")
    paragraph.add_run(" 页 共 ")
    _field(paragraph, "NUMPAGES")
    paragraph.add_run(" 页")


def _field(paragraph: Any, instruction: str) -> None:
    """A page-number field (PAGE, NUMPAGES): our instruction, never user text."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


class _Writer:
    def __init__(self, document: Any, section: Any, form: Form) -> None:
        self.document = document
        self.form = form
        self.width = section.page_width - section.left_margin - section.right_margin

    def write(self) -> None:
        form = self.form
        self._text(form.title, size=16, bold=True, center=True)
        if form.subtitle:
            self._text(form.subtitle, center=True)
        for label, value in form.meta:
            self._text(f"{label}:{value}")
        for block in form.blocks:
            if isinstance(block, Heading):
                self._text(block.text, size=max(11, 15 - block.level), bold=True)
            elif isinstance(block, Paragraph):
                self._text(block.text, indent=True)
            elif isinstance(block, Table):
                self._table(block)
            elif isinstance(block, Chart):
                self._chart(block)
            else:
                self._signature(block)

    def _text(
        self,
        text: str,
        *,
        size: float | None = None,
        bold: bool = False,
        center: bool = False,
        indent: bool = False,
    ) -> None:
        paragraph = self.document.add_paragraph()
        run = paragraph.add_run(_clean(text))
        run.bold = bold
        if size is not None:
            run.font.size = Pt(size)
        if center:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if indent:
            paragraph.paragraph_format.first_line_indent = Pt(21)

    def _table(self, table: Table) -> None:
        rows = (*table.header, *table.body)
        columns = max(1, len(table.widths))
        grid = self.document.add_table(rows=len(rows), cols=columns)
        grid.style = "Table Grid"
        grid.alignment = WD_TABLE_ALIGNMENT.CENTER
        grid.autofit = False
        total = sum(table.widths) or 1.0
        widths = [int(self.width * w / total) for w in table.widths] or [self.width]
        # the grid's cells, taken once: python-docx's table.cell() rebuilds them on every call
        cells = list(grid._cells)
        for index, target in enumerate(cells):
            target.width = widths[min(index % columns, len(widths) - 1)]
        for r, c, cell in place(rows):
            last_r = min(r + cell.rowspan, len(rows)) - 1
            last_c = min(c + cell.colspan, columns) - 1
            _merge(cells, columns, (r, c), (last_r, last_c), widths)
            self._fill(cells[r * columns + c], cell)
        for index in range(len(table.header)):
            _repeat_header(grid.rows[index])

    def _fill(self, target: Any, cell: Cell) -> None:
        paragraph = target.paragraphs[0]
        text = display(cell)
        if text:
            run = paragraph.add_run(_clean(text))
            run.bold = cell.kind in _BOLD
        if cell.kind in _RIGHT:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif cell.kind in ("header", "label", "title"):
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def _chart(self, chart: Chart) -> None:
        self._text(chart.title, bold=True)
        self.document.add_picture(io.BytesIO(chart.png), width=int(self.width * 0.8))

    def _signature(self, signature: Signature) -> None:
        paragraph = self.document.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(12)
        paragraph.add_run("　　　　".join(_clean(label) for label in signature.labels))


def _merge(
    cells: list[Any], columns: int, first: tuple[int, int], last: tuple[int, int], widths: list[int]
) -> None:
    """Merge the grid's cells from ``first`` to ``last`` (row, column) as Word does: the first
    cell of each row spans the columns (``w:gridSpan``), the others of the row go, and the rows
    below continue the first (``w:vMerge``). Done on the XML directly: python-docx's merge
    measures the whole table again for every merge."""
    (top, left), (bottom, right) = first, last
    span = right - left + 1
    if (top, left) == (bottom, right):
        return
    width = sum(widths[min(c, len(widths) - 1)] for c in range(left, right + 1))
    for r in range(top, bottom + 1):
        tc = cells[r * columns + left]._tc
        if span > 1:
            tc.grid_span = span
            tc.width = width
            for c in range(left + 1, right + 1):
                covered = cells[r * columns + c]._tc
                covered.getparent().remove(covered)
        if bottom > top:
            tc.vMerge = "restart" if r == top else "continue"


def _repeat_header(row: Any) -> None:
    """Mark a table row as a header row: Word repeats it at the top of every page."""
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)
