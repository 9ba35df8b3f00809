"""One renderer per capture class: a form's rows of cells (``sheet.Sheet``) written as text the
way real captures of the genre write them.

Each renderer's docstring names the real captures it imitates (the corpus texts in
/work/shared/corpus and the hold-out texts' ``layout``). Renderers are ``(sheet, rng) -> str``;
the damages and wrappers that come on top are in ``damages``.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable

from relayout.sheet import LABELS, Sheet

Renderer = Callable[[Sheet, random.Random], str]


def width(text: str) -> int:
    """Display width: a CJK or full-width character takes two columns, as in a PDF layer's or
    a terminal's space alignment."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def pad(text: str, columns: int) -> str:
    return text + " " * max(0, columns - width(text))


def spaced(text: str) -> str:
    """Spaced glyphs of a PDF layer: ``绩 效 目 标``."""
    return " ".join(text.replace(" ", ""))


# --- one line per row ----------------------------------------------------------------------


def pipe(sheet: Sheet, rng: random.Random) -> str:
    """A web page's table flattened to pipe rows ``| a | b |`` (corpus 02, 09, p12, p13, p14;
    hold-outs h01, h02): empty cells kept, merged 一级/二级 cells as the sheet prints them."""
    tight = rng.random() < 0.2  # `|a|b|`, as some pages give it (a 辽宁 hold-out)
    joiner = "|" if tight else " | "
    edge = "|" if tight else "| "
    return "\n".join(
        edge + joiner.join(row) + edge[::-1] if any(row) else "|" for row in sheet.all_rows()
    )


def pipe_wrapped(sheet: Sheet, rng: random.Random) -> str:
    """Pipe rows whose cells kept their in-cell line breaks (山西 hold-out; corpus p03's
    header cells): a long name or target goes on over the next line inside its cell."""
    wrapped = sheet.mapped(lambda text, role: _break(text, rng) if role == "name" else text)
    return pipe(wrapped, rng)


def _break(text: str, rng: random.Random) -> str:
    if len(text) < 7:
        return text
    cut = rng.randint(len(text) // 2, len(text) - 2)
    return text[:cut] + "\n" + text[cut:]


def markdown(sheet: Sheet, rng: random.Random) -> str:
    """A page converted to Markdown by an aggregator (浙江, 云南 hold-outs): ``**label**:``
    fields, the indicator table with its ``| --- |`` line."""
    lines = [" | ".join(row) for row in sheet.preamble] + [f"## {sheet.title}"]
    lines += sheet.titles()[1:]
    grid: list[list[str]] = []  # the funds block: a small table of its own
    for row in sheet.fields:
        if len(row) > 4 or not row[0]:
            grid.append(row)
            continue
        pairs = [row[i : i + 2] for i in range(0, len(row), 2)]
        lines += [f"**{pair[0]}**:{pair[1] if len(pair) > 1 else ''}" for pair in pairs if pair[0]]
    if grid:
        lines += ["", "| " + " | ".join(grid[0]) + " |", "|" + " --- |" * len(grid[0])]
        lines += ["| " + " | ".join(row) + " |" for row in grid[1:]]
    lines.append("")
    # a two-line header: its first line heads the Markdown table, its second is a row
    header, *rows = sheet.table()
    lines.append("| " + " | ".join(header) + " |")
    lines.append("|" + " --- |" * len(header))
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def tabs(sheet: Sheet, rng: random.Random) -> str:
    """A spreadsheet or web table copied as tab-separated rows (浙江, 山东, 江苏 hold-outs):
    merged cells empty, so continuation rows start with tabs."""
    return "\n".join("\t".join(row) for row in sheet.all_rows())


def spaces(sheet: Sheet, rng: random.Random) -> str:
    """An .xls flattened to space-aligned rows with indentation (corpus p02, p10; 福建 and
    OCR'd hold-outs): columns padded to a common display width, a merged cell's place left
    blank, so rows under a label are indented."""
    gap = " " * rng.randint(2, 4)
    lines = [_field_line(row, gap) for row in sheet.above_table()]
    table = sheet.table()
    widths = _widths(table)
    # a wrapped name's tail under its column, or at the line's start as an editor's copy of a
    # Word table leaves it (安徽 hold-out h151: ``率`` alone)
    flush = bool(sheet.continued) and rng.random() < 0.5
    for row, continued in zip(table, sheet.table_continued(), strict=True):
        cells = [pad(cell, widths[i]) for i, cell in enumerate(row)]
        line = gap.join(cells).rstrip()
        lines.append(line.lstrip() if continued and flush else line)
    return "\n".join(lines)


def _widths(rows: list[list[str]]) -> list[int]:
    count = max(len(row) for row in rows)
    return [max((width(row[i]) for row in rows if i < len(row)), default=0) for i in range(count)]


def _field_line(row: list[str], gap: str) -> str:
    return gap.join(cell for cell in row if cell)


def rows_glued(sheet: Sheet, rng: random.Random) -> str:
    """Cells that lost their separators: one row a line, labels, names and values glued
    (江西 hold-out ``产出指标数量指标新建…``)."""
    return "\n".join("".join(row) for row in sheet.all_rows())


def csv_text(sheet: Sheet, rng: random.Random) -> str:
    """A .csv shown as text (贵州 hold-out h88): commas between cells, a cell holding a comma
    in double quotes (``"1,200亩以上"``), every row padded with commas to the table's width."""
    count = max(len(row) for row in sheet.all_rows())

    def quoted(cell: str) -> str:
        return f'"{cell}"' if "," in cell or '"' in cell else cell

    rows = [[quoted(cell) for cell in row] + [""] * (count - len(row)) for row in sheet.all_rows()]
    return "\n".join(",".join(row) for row in rows)


def full_width_bars(sheet: Sheet, rng: random.Random) -> str:
    """A table typed in Word with full-width bars ``｜`` between cells and no outer bars, an
    empty cell as full-width spaces as wide as its label (云南 hold-out h90)."""
    lines = []
    for row in sheet.all_rows():
        cells = [cell or "\u3000" * rng.choice((2, 4)) for cell in row]
        lines.append("｜".join(cells) + ("｜" if len(row) > 2 and not row[-1] else ""))
    return "\n".join(lines)


def ideographic(sheet: Sheet, rng: random.Random) -> str:
    """A Word table saved as text with ONE full-width space between cells (广东 hold-out h54):
    an empty cell shows as two full-width spaces in a row, a row under a merged label starts
    with them."""
    return "\n".join("\u3000".join(row) for row in sheet.all_rows())


def boxes(sheet: Sheet, rng: random.Random) -> str:
    """A third-party report's table drawn with box-drawing characters (陕西 hold-out h129):
    ``┌─┬─┐`` rules, ``│`` between cells padded to each column's width; the fields before it
    as plain lines."""
    lines = [" ".join(cell for cell in row if cell) for row in sheet.preamble] + sheet.titles()
    lines += ["　".join(cell for cell in row if cell) for row in sheet.fields]
    table = sheet.table()
    widths = [max(2, w) for w in _widths(table)]

    def rule(left: str, middle: str, right: str) -> str:
        return left + middle.join("─" * (w // 2) for w in widths) + right

    lines.append(rule("┌", "┬", "┐"))
    continued = sheet.table_continued()
    for index, row in enumerate(table):
        cells = [pad(row[i] if i < len(row) else "", w) for i, w in enumerate(widths)]
        lines.append("│" + "│".join(cells) + "│")
        if index < len(table) - 1 and not continued[index + 1]:
            lines.append(rule("├", "┼", "┤"))
    lines.append(rule("└", "┴", "┘"))
    return "\n".join(lines)


def grid(sheet: Sheet, rng: random.Random) -> str:
    """A PDF report's table converted by a plain-text table tool (广西 hold-out h145's
    评价得分表): ``+------+----+`` rules around the header and between 一级 groups only, ``|``
    between cells padded to each column's width and no space inside, so a name wrapped in its
    cell goes on in the same cell of the next line (``|        |          |量            |``);
    the text before the table as plain lines."""
    lines = [" ".join(cell for cell in row if cell) for row in sheet.above_table()]
    table = sheet.table()
    widths = [max(2, w) for w in _widths(table)]
    rule = "+" + "+".join("-" * w for w in widths) + "+"
    heads = len(sheet.headers())
    starts = _group_starts(sheet)
    lines += ["", rule]
    for index, row in enumerate(table):
        if index in starts and index > heads:
            lines.append(rule)
        cells = [pad(row[i] if i < len(row) else "", w) for i, w in enumerate(widths)]
        lines.append("|" + "|".join(cells) + "|")
        if index == heads - 1:
            lines.append(rule)
    lines.append(rule)
    return "\n".join(lines)


def _group_starts(sheet: Sheet) -> set[int]:
    """The rows of ``table()`` that start a group: a row printing its 一级 label, a new table's
    header, the trailer."""
    starts: set[int] = set()
    index = len(sheet.headers())
    for at in range(len(sheet.body)):
        if at in sheet.breaks:
            starts.add(index)
            index += len(sheet.headers())
        if at in sheet.spans:
            starts.add(index)
        index += 1
    starts.add(index)  # the trailer (合计, 总分)
    return starts


def cards(sheet: Sheet, rng: random.Random) -> str:
    """A mobile page rendering the form as ``label：value`` lines, one card per indicator
    between rules (湖北 hold-out: ``一级指标：产出指标`` … ``——————``); merged labels
    repeated on every card, empty cells left out."""
    colon = rng.choice(("：", ":"))
    lines = sheet.titles()
    funds: list[str] = []
    for row in sheet.fields:
        if len(row) > 4 and not funds:  # the funds block's labels: each with its total
            funds = row
        elif len(row) > 4:
            lines += [f"{a}{colon}{b}" for a, b in zip(funds[2:], row[2:], strict=False) if b]
            funds = ["-"]  # the 其中 rows are left out, as the cards leave them
        elif len(row) == 3:  # a target form's funds: 年度资金总额 and its amount
            lines.append(f"{row[1]}{colon}{row[2]}")
        elif len(row) <= 4:
            lines += [f"{row[i]}{colon}{row[i + 1]}" for i in range(0, len(row) - 1, 2) if row[i]]
    header = [h or a for h, a in zip(sheet.header, sheet.header_above or sheet.header, strict=True)]
    last: dict[int, str] = {}
    for row, roles in zip(sheet.body, sheet.row_roles, strict=True):
        lines.append("——————")
        for cell, role in zip(row, roles, strict=True):
            at = sheet.roles.index(role)
            value = cell or (last.get(at, "") if role in ("category", "subcategory") else "")
            last[at] = value
            if value:
                lines.append(f"{header[at]}{colon}{value}")
    return "\n".join(lines)


def ocr_columns(sheet: Sheet, rng: random.Random) -> str:
    """A scanned table that OCR read column by column (江苏 hold-out h51): the fields and the
    header as lines, then the merged 一级/二级 labels as one block in the order printed, then
    every name, then every target, and so on, one cell a line (empty cells left out)."""
    lines = [
        " ".join(cell for cell in row if cell) for row in sheet.above_table() + sheet.headers()
    ]
    levels = [
        cell
        for row, roles in zip(sheet.body, sheet.row_roles, strict=True)
        for cell, role in zip(row, roles, strict=True)
        if role in ("lead", "project", "amount", "category", "subcategory") and cell
    ]
    lines += levels
    for role in sheet.roles:
        if role in ("lead", "project", "amount", "category", "subcategory"):
            continue
        lines += [
            cell
            for row, roles in zip(sheet.body, sheet.row_roles, strict=True)
            for cell, cell_role in zip(row, roles, strict=True)
            if cell_role == role and cell
        ]
    lines += [" ".join(cell for cell in row if cell) for row in sheet.trailer]
    return "\n".join(lines)


# --- one line per cell ---------------------------------------------------------------------


def cell_lines(sheet: Sheet, rng: random.Random) -> str:
    """A table flattened one cell per line (corpus p04; 江苏, 甘肃 hold-outs: an HTML table's
    cells one <td> a line): an empty cell dropped, or kept as an empty line."""
    keep_empty = rng.random() < 0.5
    lines = [cell for row in sheet.all_rows() for cell in row if cell or keep_empty]
    return "\n".join(lines)


def cell_bars(sheet: Sheet, rng: random.Random) -> str:
    """One cell per line, each ending in `` |`` and an empty cell as a bare ``|`` (corpus p16;
    四川 hold-outs)."""
    return "\n".join(f"{cell} |" if cell else "|" for row in sheet.all_rows() for cell in row)


def cell_paragraphs(sheet: Sheet, rng: random.Random) -> str:
    """A .doc table flattened one cell per paragraph, blank lines between (corpus 12, p11,
    p22; hold-out h03): an empty cell is an extra blank line."""
    return "\n\n".join(cell for row in sheet.all_rows() for cell in row)


# --- run together --------------------------------------------------------------------------


def run_on(sheet: Sheet, rng: random.Random) -> str:
    """A document-sharing preview's text layer: the whole form on one line, cells glued with
    nothing between, so numbers run into each other (corpus p05, p09; 湖北, 安徽 hold-outs)."""
    return "".join(cell for row in sheet.all_rows() for cell in row)


def run_on_spaced(sheet: Sheet, rng: random.Random) -> str:
    """A PDF read without layout: the whole table on one line, cells separated by single
    spaces, labels, names and values alike (corpus p23; 吉林 hold-out)."""
    return " ".join(cell for row in sheet.all_rows() for cell in row if cell)


# --- text-PDF layer ------------------------------------------------------------------------

_WIDTHS = {
    "category": 8,
    "subcategory": 8,
    "name": 16,
    "target": 12,
    "bare": 8,
    "value": 8,
    "nature": 8,
    "unit": 8,
    "explain": 20,
    "scoring": 18,
    "reason": 14,
}


def _wrap(text: str, columns: int) -> list[str]:
    """A cell's text cut into lines of at most ``columns`` display columns (a line break in
    the text is kept)."""
    if "\n" in text:
        return [piece for part in text.split("\n") for piece in _wrap(part, columns)]
    pieces: list[str] = []
    current = ""
    for char in text:
        if current and width(current + char) > columns:
            pieces.append(current)
            current = ""
        current += char
    return [*pieces, current] if current else pieces or [""]


def pdf(sheet: Sheet, rng: random.Random) -> str:
    """A text-PDF layer as pdftotext -layout gives it (hold-outs from 湖南, 新疆, 黑龙江, 内蒙古
    PDFs; corpus p23, p24): spaced glyphs in the title, labels and header (``绩 效 指 标``),
    columns as runs of spaces, narrow columns wrapping names and targets over 2–3 lines whose
    pieces sit above and below the row's values (the row's other cells centred on its height,
    or all at its top), page breaks with a page number, ``续表`` and the header repeated."""
    middle = rng.random() < 0.7
    lead = sheet.roles[0] == "lead"  # printed apart: one glyph a line down the table's left
    roles = sheet.roles[1:] if lead else sheet.roles
    name_width = rng.choice((12, 14, 16, 18, 20))  # at 12, a long name takes three lines
    around = sheet.valign == "around" and "name" in roles
    if around:  # a narrow name column: most names wrap
        name_width = min(name_width, 14)
    widths = [(name_width if role == "name" else _WIDTHS.get(role, 10)) for role in roles]
    interleaved = sheet.valign == "interleaved"
    if interleaved:  # narrow columns: names over three lines, rules and deadlines over two
        widths = [_INTERLEAVED_WIDTHS.get(r, w) for r, w in zip(roles, widths, strict=True)]
    spacing = rng.random() < 0.8
    gap = " " * rng.randint(2, 4)
    lines = [gap.join(cell for cell in row if cell) for row in sheet.preamble]
    lines += ["", *(" " * 16 + spaced(title) for title in sheet.titles()), ""]
    for row in sheet.fields:
        if len(row) > 4:  # the funds block: aligned columns, as the PDF draws them
            lines.append(gap.join(pad(_label(cell), 14) for cell in row).rstrip())
        else:
            lines.append(gap.join(_label(cell) for cell in row if cell))
    header_lines = []
    for header in sheet.headers():
        cells = header[1 if lead else 0 :]
        if spacing:  # a header word spread over its cell's width, line by line
            cells = [
                _spread(cell, widths[i] if i < len(widths) else 10) for i, cell in enumerate(cells)
            ]
        header_lines += _pdf_row(cells, widths, gap, middle)
    header_lines = [("  " + gap if lead else "") + line for line in header_lines]
    lines += header_lines
    page_length = rng.randint(28, 44)
    page = 1
    since = len(lines)
    page_lines: list[str] = []
    running_head = rng.random() < 0.3
    centred = None
    if sheet.valign == "centred":
        body = [row[1:] if lead else row for row in sheet.body]
        centred = _centred_blocks(body, sheet.breaks, roles, widths, gap, middle)
    for index, row in enumerate(sheet.body + sheet.trailer):
        if index in sheet.breaks:  # a new table: a blank line and its header
            page_lines += [""] + [line[len(gap) + 2 :] if lead else line for line in header_lines]
        cells = row[1:] if lead else row
        block = _pdf_row(cells, widths, gap, middle, lower=sheet.valign == "lower")
        if interleaved and len(cells) == len(roles):
            block = _interleaved(cells, roles, widths, gap)
        if around and len(cells) == len(roles):
            block = _around(cells, widths, gap, roles.index("name"), rng) or block
        if centred is not None and index < len(centred):
            block = centred[index]
        if since + len(block) > page_length:
            lines += _lead(page_lines, lead, gap) + _page_break(page, rng)
            lines += [" " * 20 + sheet.title] if running_head else []  # the page's running head
            lines += (["续表"] if rng.random() < 0.5 else []) + header_lines
            page += 1
            since = len(header_lines)
            page_lines = []
        page_lines += block
        since += len(block)
    lines += _lead(page_lines, lead, gap)
    if not sheet.cut:
        lines += ["", " " * 40 + _page_number(page, rng)]
    return "\n".join(lines)


def _spread(cell: str, columns: int) -> str:
    """A header word as a PDF spreads it over its cell: cut into lines that fit spaced out,
    each line's glyphs spaced (``一 级`` / ``指 标`` in a narrow column)."""
    most = max(1, (columns + 1) // 3)
    count = -(-len(cell) // most)  # the lines it needs, then as even as they can be
    per_line = max(1, -(-len(cell) // max(1, count)))
    chunks = [cell[i : i + per_line] for i in range(0, len(cell), per_line)]
    return "\n".join(spaced(chunk) for chunk in chunks)


def pdf_raw(sheet: Sheet, rng: random.Random) -> str:
    """A text-PDF layer read without its layout (pdftotext without -layout, a forum re-serving
    it: corpus p23, p24; 吉林 hold-out): the same lines as ``pdf``, each run of spaces one
    space, so a wrapped name's pieces and the row's values follow each other with nothing to
    say which column each came from."""
    lines = (re.sub(r" {2,}", " ", line).strip() for line in pdf(sheet, rng).splitlines())
    return "\n".join(line for line in lines if line)


def _lead(lines: list[str], lead: bool, gap: str) -> list[str]:
    """A page's table lines with the merged 绩效指标 label down their left, one glyph a line
    centred on the page's rows (the 内蒙古 hold-out's 绩/效/指/标)."""
    if not lead:
        return lines
    start = max(0, (len(lines) - 4) // 2)
    glyphs = {start + i: char for i, char in enumerate("绩效指标")}
    return [glyphs.get(i, "  ") + gap + line for i, line in enumerate(lines)]


def _label(cell: str) -> str:
    """A field's label in spaced glyphs, its value as it is."""
    return spaced(cell) if cell in LABELS or cell.startswith("项目资金") else cell


def _pdf_row(
    row: list[str], widths: list[int], gap: str, middle: bool, lower: bool = False
) -> list[str]:
    """A row's cells wrapped in their columns, the shorter cells at the row's top or centred
    on its height; ``lower``: a centred cell that falls between two lines comes out on the
    lower one (浙江 h180: a two-line name's target on its tail's line, ``数量    ≥36个``)."""
    pieces = [_wrap(cell, widths[i] if i < len(widths) else 10) for i, cell in enumerate(row)]
    height = max(len(cell) for cell in pieces)
    lines = []
    for line in range(height):
        cells = []
        for i, cell in enumerate(pieces):
            offset = (height - len(cell)) // 2 if middle else 0
            if lower:
                offset = (height - len(cell) + 1) // 2
            text = cell[line - offset] if 0 <= line - offset < len(cell) else ""
            cells.append(pad(text, widths[i] if i < len(widths) else 10))
        lines.append(gap.join(cells).rstrip())
    return lines


def _around(
    row: list[str], widths: list[int], gap: str, name_at: int, rng: random.Random
) -> list[str] | None:
    """A row whose wrapped name stands around its line (江西 hold-out h140: ``高标准农田亩均
    财政投`` above, ``成本指标  入  ≤3000元/亩``): the name's first half above the row's
    other cells, its second half beside their first line or under them; None when the name
    fits on one line (then the row prints as ``_pdf_row`` prints it)."""
    pieces = [_wrap(cell, widths[i] if i < len(widths) else 10) for i, cell in enumerate(row)]
    name = pieces[name_at]
    if len(name) < 2:
        return None
    half = -(-len(name) // 2)
    above, below = name[:half], name[half:]
    beside = rng.random() < 0.5  # the second half beside the values, else under them
    height = max(len(piece) for i, piece in enumerate(pieces) if i != name_at)
    lines: list[list[str]] = []
    for piece in above:
        line = [""] * len(row)
        line[name_at] = piece
        lines.append(line)
    for index in range(height):
        line = [p[index] if index < len(p) and i != name_at else "" for i, p in enumerate(pieces)]
        if beside and index < len(below):
            line[name_at] = below[index]
        lines.append(line)
    for piece in below[height:] if beside else below:
        line = [""] * len(row)
        line[name_at] = piece
        lines.append(line)
    return [
        gap.join(
            pad(cell, widths[i] if i < len(widths) else 10) for i, cell in enumerate(line)
        ).rstrip()
        for line in lines
    ]


def _centred_blocks(
    body: list[list[str]],
    breaks: list[int],
    roles: list[str],
    widths: list[int],
    gap: str,
    middle: bool,
) -> list[list[str]]:
    """The body rows' lines with each merged 一级/二级 label centred on its span's LINES, as a
    PDF centres a merged cell's text on its height (四川 hold-out h160's ``产出指标`` beside a
    row's second line, 天津 h171): the label beside the middle line of its span, or, when the
    middle falls between two lines, on a line of its own between them (so between two rows when
    the span's rows are one line each). The sheet prints each label on its span's first row."""
    grids = []
    for row in body:
        cells = ["" if roles[at] in _CENTRED else cell for at, cell in enumerate(row)]
        grids.append(_row_lines(cells, widths, middle))
    own: set[int] = set()  # the lines a label took for itself: no row's height
    for at, role in enumerate(roles):
        if role not in _CENTRED:
            continue
        for start, end in _label_spans(body, at, breaks, roles):
            _centre(grids, (start, end), at, _wrap(body[start][at], widths[at]), own)
    return [
        [
            gap.join(
                pad(text, widths[i] if i < len(widths) else 10) for i, text in enumerate(line)
            ).rstrip()
            for line in grid
        ]
        for grid in grids
    ]


_CENTRED = ("category", "subcategory")


def _row_lines(row: list[str], widths: list[int], middle: bool) -> list[list[str]]:
    """A row's cells wrapped in their columns, line by line (as ``_pdf_row`` lays them)."""
    pieces = [_wrap(cell, widths[i] if i < len(widths) else 10) for i, cell in enumerate(row)]
    height = max(len(cell) for cell in pieces)
    lines = []
    for line in range(height):
        texts = []
        for cell in pieces:
            offset = (height - len(cell)) // 2 if middle else 0
            texts.append(cell[line - offset] if 0 <= line - offset < len(cell) else "")
        lines.append(texts)
    return lines


def _label_spans(
    body: list[list[str]], at: int, breaks: list[int], roles: list[str]
) -> list[tuple[int, int]]:
    """The rows each label in column ``at`` spans: from its row to the next label in that column
    (or in a column to its left), a new table, or the end."""
    starts = [
        index
        for index, row in enumerate(body)
        if any(i < len(row) and row[i] for i in range(at + 1) if roles[i] in _CENTRED)
    ]
    spans = []
    for number, start in enumerate(starts):
        end = starts[number + 1] if number + 1 < len(starts) else len(body)
        end = min([end, *(b for b in breaks if start < b < end)])
        if at < len(body[start]) and body[start][at]:
            spans.append((start, end))
    return spans


def _centre(
    grids: list[list[list[str]]], span: tuple[int, int], at: int, label: list[str], own: set[int]
) -> None:
    """The label's lines put in column ``at`` at the middle of the span's rows' lines (a line
    another label took for itself not counted), or on lines of their own between the two
    middle ones."""
    lines = [
        (row, line)
        for row in range(*span)
        for line in range(len(grids[row]))
        if id(grids[row][line]) not in own
    ]
    free = len(lines) - len(label)
    if free >= 0 and free % 2 == 0:
        for offset, piece in enumerate(label):
            row, line = lines[free // 2 + offset]
            grids[row][line][at] = piece
        return
    row, line = lines[free // 2 + 1] if free > 0 else lines[0]
    size = len(grids[row][line])
    added = [["" if i != at else piece for i in range(size)] for piece in label]
    own.update(id(cells) for cells in added)
    grids[row][line:line] = added


# a score table's narrow columns (安徽 hold-out h173): 三级 on up to three lines, 评分标准 on two
_INTERLEAVED_WIDTHS = {
    "category": 6,
    "subcategory": 8,
    "name": 14,
    "target": 10,
    "actual": 10,
    "scoring": 16,
    "reason": 16,
    "explain": 16,
}
# the cells a PDF table prints at the top of their row (long words); the others (figures, short
# targets) are centred on the row's height, so lines of neighbouring cells interleave
_TOP = {"category", "subcategory", "name", "scoring", "reason", "explain", "perf_standard"}


def _interleaved(cells: list[str], roles: list[str], widths: list[int], gap: str) -> list[str]:
    """A row whose multi-line cells come out of the PDF interleaved by their y position (安徽
    hold-out h173's score table; the ``事前绩效评价`` PDF text at
    https://docx.baby/p/20791027535051.html: ``具体内`` / ``权重具体内容分值`` / ``容``): words
    at the top of the row, figures and targets centred on its height, so a three-line name holds
    its values on its middle line and its 评分标准 on the first; a 一级 label's points on the
    line under it (``决策`` / ``(15)``)."""
    pieces = []
    for cell, role, size in zip(cells, roles, widths, strict=True):
        if role == "category" and re.search(r"[（(]", cell):
            at = re.search(r"[（(]", cell)
            assert at is not None
            pieces.append([cell[: at.start()], cell[at.start() :]])
        else:
            pieces.append(_wrap(cell, size))
    height = max(len(piece) for piece in pieces)
    lines = []
    for line in range(height):
        out = []
        for piece, role, size in zip(pieces, roles, widths, strict=True):
            offset = 0 if role in _TOP else (height - len(piece)) // 2
            text = piece[line - offset] if 0 <= line - offset < len(piece) else ""
            out.append(pad(text, size))
        lines.append(gap.join(out).rstrip())
    return lines


def _page_number(page: int, rng: random.Random) -> str:
    return rng.choice((f"— {page} —", f"- {page} -", f"第 {page} 页", f"{page}"))


def _page_break(page: int, rng: random.Random) -> list[str]:
    return ["", " " * 40 + _page_number(page, rng), "\f"]


LAYOUTS: dict[str, Renderer] = {
    "pipe": pipe,
    "pipe-wrapped": pipe_wrapped,
    "markdown": markdown,
    "tabs": tabs,
    "spaces": spaces,
    "rows-glued": rows_glued,
    "lines": cell_lines,
    "bars": cell_bars,
    "paragraphs": cell_paragraphs,
    "runon": run_on,
    "runon-spaced": run_on_spaced,
    "pdf": pdf,
    "pdf-raw": pdf_raw,
    "csv": csv_text,
    "fullwidth-bars": full_width_bars,
    "ideographic": ideographic,
    "boxes": boxes,
    "cards": cards,
    "ocr-columns": ocr_columns,
    "grid": grid,
}
