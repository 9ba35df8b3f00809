"""Forms as HTML: one page of sections, printable (the PDF is WeasyPrint over this page).

Jinja2 templates in ``html_templates/`` with autoescaping on for every value: a `str` of a
form is literal text, so ``<script>`` or ``=HYPERLINK(…)`` shows as typed, never as markup.
The page has no script at all; charts are images (SVG as a data URL, which a browser does not
run scripts in). The print stylesheet (``print.css``) sets A4 landscape or portrait per form,
repeats each table's header rows on every page (``thead``), numbers the pages
"第 N 页 共 M 页" and starts every form on a new page.

Python prepares a plain view of each block (its kind, its cells' shown text and spans) so the
templates stay free of logic and of the layout classes' details. Each body row has an id
(``r-<form>-<block>-<row>``) so that the PDF renderer can see on which page it was printed
and, where a merged cell (a 一级/二级 label) runs over a page break, have it cut there and its
text repeated at the top of the next page (`Breaks`), as careful printed forms do.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache

import jinja2

from jixiao.report.layout import (
    Block,
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

# (form, block) → the body rows of that table that begin a printed page
Breaks = Mapping[tuple[int, int], frozenset[int]]

# Cells whose text reads as a number: set flush right, like the printed forms.
_NUMERIC = frozenset({"number", "percent", "total"})


@dataclass(frozen=True)
class CellView:
    text: str
    tag: str  # "th" or "td"
    css: str  # the cell's kind, and "num" for figures
    colspan: int
    rowspan: int


@dataclass(frozen=True)
class BlockView:
    kind: str  # "heading", "paragraph", "table", "chart", "signature"
    key: str = ""  # a table's prefix of its rows' ids
    text: str = ""
    level: int = 1
    widths: tuple[str, ...] = ()  # percentages of the table's width
    header: tuple[tuple[CellView, ...], ...] = ()
    body: tuple[tuple[CellView, ...], ...] = ()
    image: str = ""  # a data URL
    labels: tuple[str, ...] = ()


@dataclass(frozen=True)
class FormView:
    title: str
    subtitle: str | None
    meta: tuple[tuple[str, str], ...]
    blocks: tuple[BlockView, ...]
    orientation: str  # "landscape" or "portrait": the named page of the print stylesheet


def _cell(cell: Cell, header: bool) -> CellView:
    numeric = cell.kind in _NUMERIC and not isinstance(cell.value, str)
    css = f"{cell.kind} num" if numeric else cell.kind
    tag = "th" if header or cell.kind in ("title", "header") else "td"
    return CellView(display(cell), tag, css, cell.colspan, cell.rowspan)


def _widths(table: Table) -> tuple[str, ...]:
    total = sum(table.widths) or 1.0
    return tuple(f"{100 * width / total:.2f}%" for width in table.widths)


def _rows(rows: Sequence[Sequence[Cell]], header: bool) -> tuple[tuple[CellView, ...], ...]:
    return tuple(tuple(_cell(cell, header) for cell in row) for row in rows)


def _data_url(chart: Chart) -> str:
    # SVG keeps the chart vector in the PDF; matplotlib's SVG has its glyphs as outlines
    if chart.svg:
        return "data:image/svg+xml;base64," + base64.b64encode(chart.svg).decode("ascii")
    return "data:image/png;base64," + base64.b64encode(chart.png).decode("ascii")


def cut_spans(rows: tuple[tuple[Cell, ...], ...], cuts: frozenset[int]) -> list[list[Cell]]:
    """The grid with every cell spanning rows cut at the rows in ``cuts``: the part below a
    cut starts that row again with the same text (a label continued on a new page)."""
    grid: list[list[tuple[int, Cell]]] = [[] for _ in rows]
    for r, c, cell in place(rows):
        starts = [r, *sorted(b for b in cuts if r < b < r + cell.rowspan)]
        ends = [*starts[1:], r + cell.rowspan]
        for start, end in zip(starts, ends, strict=True):
            grid[start].append((c, replace(cell, rowspan=end - start)))
    return [[cell for _, cell in sorted(row, key=lambda item: item[0])] for row in grid]


def spanned_cuts(table: Table, rows: frozenset[int]) -> frozenset[int]:
    """Those of ``rows`` that fall inside a cell spanning rows (where a cut changes the grid)."""
    inside = {b for r, _, cell in place(table.body) for b in rows if r < b < r + cell.rowspan}
    return frozenset(inside)


def _table(table: Table, key: str, cuts: frozenset[int]) -> BlockView:
    body = cut_spans(table.body, cuts) if cuts else table.body
    return BlockView(
        "table",
        key=key,
        widths=_widths(table),
        header=_rows(table.header, header=True),
        body=_rows(body, header=False),
    )


def _block(block: Block, key: str, cuts: frozenset[int]) -> BlockView:
    if isinstance(block, Heading):
        return BlockView("heading", text=block.text, level=min(max(block.level, 1), 4))
    if isinstance(block, Paragraph):
        return BlockView("paragraph", text=block.text)
    if isinstance(block, Table):
        return _table(block, key, cuts)
    if isinstance(block, Chart):
        return BlockView("chart", text=block.title, image=_data_url(block))
    if isinstance(block, Signature):
        return BlockView("signature", labels=block.labels)
    raise TypeError(f"unknown block {type(block).__name__}")


def form_view(form: Form, number: int = 0, breaks: Breaks | None = None) -> FormView:
    cuts = breaks or {}
    blocks = tuple(
        _block(block, f"r-{number}-{b}", cuts.get((number, b), frozenset()))
        for b, block in enumerate(form.blocks)
    )
    return FormView(
        title=form.title,
        subtitle=form.subtitle,
        meta=form.meta,
        blocks=blocks,
        orientation="landscape" if form.landscape else "portrait",
    )


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("jixiao.report", "html_templates"),
        autoescape=True,  # every value, whatever the template's name
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_html(forms: Sequence[Form], breaks: Breaks | None = None) -> str:
    """The forms as one HTML page, each form a section starting on a new printed page;
    ``breaks`` (from the PDF renderer) cut merged cells where a printed page begins."""
    views = [form_view(form, n, breaks) for n, form in enumerate(forms)]
    title = views[0].title if views else "绩效表格"
    return _environment().get_template("forms.html").render(title=title, forms=views)
