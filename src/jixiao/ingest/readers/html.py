"""HTML reader: a page's source (saved as .html, or copied into a text) as lines of cells.

Sites publish their forms as web pages, and Word saves a document "as web page": its source
reaches jixiao saved as ``.html``/``.txt``, or pasted into a page's text as a ``<table>``
fragment. The markup becomes the lines the general reader reads in any text: a paragraph
(``<p>``, ``<div>``, a heading, a ``<br>`` outside a table) is a line of one cell, a table
row a line of its cells, as the Word reader gives them: a cell spanning several columns is
one cell, a cell spanning several rows reads in its first row and as an empty cell in the
rows below. Entities are decoded, a cell's lines (``<br>``, its own ``<p>``) joined, scripts,
styles and comments dropped. Each line keeps the number of the file's line it starts on.

The work is bounded: one pass of the standard library's parser, spans capped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Final

# Markup a text is read as: an element that opens a page or a table.
_PAGE_RE: Final = re.compile(r"<(?:!doctype\s+html|html|body)[\s>]", re.IGNORECASE)
_TABLE_OPEN_RE: Final = re.compile(r"<table[\s>]", re.IGNORECASE)
_TABLE_CLOSE_RE: Final = re.compile(r"</table\s*>", re.IGNORECASE)
_TAG_START_RE: Final = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*[\s>/]")
_ROW_RE: Final = re.compile(r"<t[dh][\s>]", re.IGNORECASE)
# Elements whose content is no text of the page.
_HIDDEN: Final = frozenset({"script", "style", "xml", "template", "noscript", "svg", "object"})
# Elements that end a line where they open or close.
_BLOCKS: Final = frozenset(
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "title", "section", "article", "header", "footer", "blockquote", "pre", "center",
        "caption", "form", "hr", "address", "main", "nav", "aside", "figure", "figcaption",
    }
)  # fmt: skip
_MIN_TAGGED_LINES: Final = 3
_PAGE_HEAD_LINES: Final = 20  # a page's <html> or <body> opens within its first lines
_ROW_TAGS: Final = frozenset({"tr", "td", "th"})
# HTML caps a colspan at 1000 and a rowspan at 65534; a form has a few dozen of either.
_MAX_SPAN: Final = 1000
_CJK_END_RE: Final = re.compile(r"[\u3000-\u9fff\uff00-\uffef]$")
_CJK_START_RE: Final = re.compile(r"^[\u3000-\u9fff\uff00-\uffef]")
_SPACES_RE: Final = re.compile(r"[ \t\r\n\f\u00a0\u3000]+")


def markup_runs(raw_lines: list[str]) -> list[tuple[int, int]]:
    """The (first, last) 0-based indexes of each run of lines holding markup: the whole
    text when it is a page's source (it opens an ``<html>`` or ``<body>``); else each
    table's source (``<table>`` … ``</table>``) and the lines opening with a tag around it
    (a page's body copied without its head). A text with no table and a tag or two at the
    start of its lines is no markup."""
    head = "\n".join(raw_lines[:_PAGE_HEAD_LINES])
    if _PAGE_RE.search(head) is not None:
        return [(0, len(raw_lines) - 1)]
    marked = {i for first, last in table_regions(raw_lines) for i in range(first, last + 1)}
    tagged = {i for i, raw in enumerate(raw_lines) if _TAG_START_RE.match(raw.lstrip())}
    if not marked and len(tagged) < _MIN_TAGGED_LINES:
        return []
    runs: list[tuple[int, int]] = []
    for index in sorted(marked | tagged):
        if runs and runs[-1][1] == index - 1:
            runs[-1] = (runs[-1][0], index)
        else:
            runs.append((index, index))
    return runs


def table_regions(raw_lines: list[str]) -> list[tuple[int, int]]:
    """The (first, last) 0-based indexes of the lines holding each outermost ``<table>`` …
    ``</table>`` of a text (an unclosed table runs to the text's end); none without a
    table's cell."""
    if not any(_ROW_RE.search(raw) for raw in raw_lines):
        return []
    regions: list[tuple[int, int]] = []
    depth, start = 0, 0
    for index, raw in enumerate(raw_lines):
        opened = len(_TABLE_OPEN_RE.findall(raw))
        closed = len(_TABLE_CLOSE_RE.findall(raw))
        if not opened and not closed:
            continue
        if depth == 0 and opened:
            start = index
        depth = max(depth + opened - closed, 0)
        if depth == 0 and (opened or closed) and (not regions or regions[-1][1] < start):
            regions.append((start, index))
    if depth > 0:
        regions.append((start, len(raw_lines) - 1))
    return regions


def html_lines(markup: str, first_number: int = 1) -> list[tuple[int, tuple[str, ...]]]:
    """The markup's lines: (the number of the line each starts on, its cells); no blank
    line. ``first_number`` is the number of the markup's first line in its file."""
    parser = _LineParser()
    parser.feed(markup)
    parser.close()
    parser.finish()
    return [(number + first_number - 1, cells) for number, cells in parser.lines]


def join_pieces(pieces: list[str]) -> str:
    """A cell's or a paragraph's text pieces (cut at ``<br>``, source line breaks, inner
    paragraphs) as one: a line broken between two Chinese characters is one word wrapped
    (``耕地地力保护`` / ``补贴面积``), joined without a space; other pieces keep one."""
    text = ""
    for line in (line for piece in pieces for line in piece.split("\n")):
        words = _SPACES_RE.sub(" ", line).strip()
        if not words:
            continue
        if text and not (_CJK_END_RE.search(text) and _CJK_START_RE.search(words)):
            text += " "
        text += words
    return text


@dataclass
class _Cell:
    pieces: list[str] = field(default_factory=lambda: [""])
    rowspan: int = 1
    colspan: int = 1


@dataclass
class _Table:
    rows: list[tuple[int, list[_Cell]]] = field(default_factory=list)
    cell: _Cell | None = None
    implied: bool = False  # rows copied without their <table>: it ends where text goes on


class _LineParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[tuple[int, tuple[str, ...]]] = []
        self._hidden = 0
        self._pre = 0
        self._pre_text, self._pre_start = "", 0  # the preformatted line being read
        self._pieces: list[str] = [""]  # the paragraph being read, cut at line breaks
        self._start = 0  # the line the paragraph's text starts on
        self._tables: list[_Table] = []

    # -- the parser's events
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _ROW_TAGS and not self._tables:
            self._flush()
            self._tables.append(_Table(implied=True))
        elif tag in _BLOCKS and self._tables and self._tables[-1].implied and not self._cell():
            self._close_table()
        if tag == "pre":
            self._pre += 1
        if tag in _HIDDEN:
            self._hidden += 1
        elif tag == "table":
            if self._cell() is None:
                self._flush()
            else:
                self._cut_outer()
            self._tables.append(_Table())
        elif self._tables and tag == "tr":
            self._end_cell()
            self._tables[-1].rows.append((self.getpos()[0], []))
        elif self._tables and tag in ("td", "th"):
            self._open_cell(dict(attrs))
        elif self._tables and tag == "caption":
            # a table's title: a row of its own above its rows
            self._end_cell()
            self._tables[-1].rows.append((self.getpos()[0], []))
            self._open_cell({})
        elif tag == "br" or tag in _BLOCKS:
            self._break()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br" or tag in _BLOCKS:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag == "pre":
            self._pre = max(self._pre - 1, 0)
            self._end_pre_line()
        if tag in _HIDDEN:
            self._hidden = max(self._hidden - 1, 0)
        elif tag == "table" and self._tables:
            self._close_table()
        elif self._tables and tag in ("td", "th", "tr", "caption"):
            self._end_cell()
        elif tag in _BLOCKS:
            self._break()

    def handle_data(self, data: str) -> None:
        if self._hidden or not data:
            return
        cell = self._cell()
        if cell is not None:
            cell.pieces[-1] += data
            return
        if self._tables:
            return  # text between a table's cells is layout whitespace
        if self._pre:
            self._preformatted(data)
            return
        if not self._pieces[-1].strip() and data.strip():
            self._start = self.getpos()[0] + data[: len(data) - len(data.lstrip())].count("\n")
        self._pieces[-1] += data

    def _preformatted(self, data: str) -> None:
        """Text in a ``<pre>``: each of its lines a line, its spaces kept (they place
        the columns of a table typed as text), its tabs parting cells."""
        self._flush()
        line = self.getpos()[0]
        for offset, piece in enumerate(data.split("\n")):
            if offset:
                self._end_pre_line()
            if not self._pre_text:
                self._pre_start = line + offset
            self._pre_text += piece

    def _end_pre_line(self) -> None:
        text, self._pre_text = self._pre_text.rstrip(), ""
        if text.strip():
            cells = tuple(cell.strip() for cell in text.split("\t")) if "\t" in text else (text,)
            self.lines.append((self._pre_start, cells))

    def finish(self) -> None:
        while self._tables:
            self._close_table()
        self._flush()

    # -- paragraphs
    def _break(self) -> None:
        cell = self._cell()
        if cell is not None:
            cell.pieces.append("")
        elif not self._tables:
            self._flush()

    def _flush(self) -> None:
        text = join_pieces(self._pieces)
        if text:
            self.lines.append((self._start, (text,)))
        self._pieces = [""]

    # -- tables
    def _cell(self) -> _Cell | None:
        return self._tables[-1].cell if self._tables else None

    def _open_cell(self, attrs: dict[str, str | None]) -> None:
        table = self._tables[-1]
        self._end_cell()
        if not table.rows:
            table.rows.append((self.getpos()[0], []))
        table.cell = _Cell(rowspan=_span(attrs.get("rowspan")), colspan=_span(attrs.get("colspan")))
        table.rows[-1][1].append(table.cell)

    def _end_cell(self) -> None:
        if self._tables:
            self._tables[-1].cell = None

    def _close_table(self) -> None:
        table = self._tables.pop()
        self.lines.extend((number, cells) for number, cells in _grid(table.rows) if any(cells))
        if self._cell() is not None:
            self._cut_outer()

    def _cut_outer(self) -> None:
        """A table inside a cell: the outer table lays the page out (old sites put a
        page's content in one), the inner one is the form. The outer rows read so far are
        lines before the inner table's, the outer cell goes on after it."""
        outer = self._tables[-1]
        self.lines.extend((number, cells) for number, cells in _grid(outer.rows) if any(cells))
        outer.cell = _Cell()
        outer.rows = [(self.getpos()[0], [outer.cell])]


def _span(value: str | None) -> int:
    digits = re.match(r"\s*(\d+)", value or "")
    return min(max(int(digits.group(1)), 1), _MAX_SPAN) if digits else 1


def _grid(rows: list[tuple[int, list[_Cell]]]) -> list[tuple[int, tuple[str, ...]]]:
    """The table's rows as cells in their columns: a cell spanning columns once, a cell
    spanning rows as an empty cell in the rows below its first (as Word's reader does)."""
    below: dict[int, tuple[int, int]] = {}  # column -> (rows still covered, columns covered)
    out: list[tuple[int, tuple[str, ...]]] = []
    for number, cells in rows:
        texts: list[str] = []
        column = 0
        waiting = list(cells)
        while waiting or any(col >= column for col in below):
            if column in below:
                left, width = below[column]
                texts.append("")
                below[column] = (left - 1, width)
                if left - 1 <= 0:
                    del below[column]
                column += width
                continue
            if not waiting:
                column = min(col for col in below if col >= column)
                continue
            cell = waiting.pop(0)
            texts.append(join_pieces(cell.pieces))
            if cell.rowspan > 1:
                below[column] = (min(cell.rowspan, len(rows)) - 1, cell.colspan)
            column += cell.colspan
        while texts and not texts[-1]:
            texts.pop()
        out.append((number, tuple(texts)))
    return out
