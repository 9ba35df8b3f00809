"""Text as a reader of the genre sees it: simplified characters, no pinyin glosses, tables
drawn with box-drawing characters, full-width or OCR bars (``｜``, ``丨``) or commas (a CSV
export shown as text) split into cells, bullets before list lines dropped, and letters an OCR
read inside numbers (``4l86.OO``) given back as digits.

Mirror sites re-serve pages in traditional characters and insert a pinyin gloss after some
characters (``區(qū)``, ``項(xiàng)目``). A gloss is a bracketed run of Latin letters with
tone marks right after a Chinese character: it is removed, and the text is converted to
simplified characters with OpenCC (``t2s``) when it is written in traditional ones. The
source keeps each line's original text, so provenance still quotes the page as published.
"""

from __future__ import annotations

import csv
import functools
import operator
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Final

from jixiao.domain.units import canonical_unit
from jixiao.ingest.general.bar_wraps import join_bar_cell_lines, join_bar_wraps
from jixiao.ingest.general.entities import decode_entities, has_entities
from jixiao.ingest.general.fixed_width import rejoin_fixed_width
from jixiao.ingest.general.funding_runs import join_funding_runs
from jixiao.ingest.general.inline_marks import has_inline_marks, strip_inline_marks
from jixiao.ingest.general.layout_grid import relay_layout_tables
from jixiao.ingest.general.level_cells import split_level_columns, split_path_columns
from jixiao.ingest.general.ocr_signs import gong_as_ge, has_gong_ge, has_split_signs, joined_signs
from jixiao.ingest.general.page_chunks import join_page_chunks
from jixiao.ingest.general.page_columns import cut_right_column
from jixiao.ingest.general.pair_cells import split_pair_columns
from jixiao.ingest.general.quoted_cells import join_quoted_cells, unquote_whole_cells
from jixiao.ingest.general.raw_wraps import join_raw_wraps
from jixiao.ingest.general.row_codes import without_row_codes
from jixiao.ingest.general.rule_glyphs import piped, rule_glyph_cells
from jixiao.ingest.general.ruled_grid import join_box_rows, join_ruled_rows
from jixiao.ingest.general.stacked_header import join_stacked_headers
from jixiao.ingest.general.tree_outline import tree_lines
from jixiao.ingest.general.wrapped_prose import join_wrapped_prose
from jixiao.ingest.source import SourceDocument, SourceLine

_TONED: Final = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ"
# A gloss: (letters) right after a CJK character, with at least one tone mark or ü, so an
# ASCII note in brackets (``(A)``, ``(B/A)``) is never taken for one.
_GLOSS_RE: Final = re.compile(
    rf"(?<=[\u4e00-\u9fff])\((?=[a-z{_TONED}]*[{_TONED}])[a-z{_TONED}]{{1,8}}\)"
)
# A document is converted when this share of its Chinese characters changes under t2s:
# simplified text has almost none (a few characters are traditional in both).
_TRADITIONAL_SHARE: Final = 0.02


@functools.lru_cache(maxsize=1)
def _converter() -> object:
    import opencc  # a C++ library with its dictionaries in the wheel: loaded when needed

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    converter = _converter()
    return str(converter.convert(text))  # type: ignore[attr-defined]


def strip_glosses(text: str) -> str:
    return _GLOSS_RE.sub("", text)


_VERTICALS: Final = "│┃║|"
_BOX_RULE_RE: Final = re.compile(r"[\s\u2500-\u257f+\-=]*")
_BOX_RE: Final = re.compile(r"[\u2500-\u257f]")
_MIN_BARS: Final = 2


def box_cells(cells: tuple[str, ...]) -> tuple[str, ...] | None:
    """The cells of a line of a box-drawn table, or None for any other line: a rule line
    (``├──┼──┤``) has none, a row is cut at its vertical bars (``│产出指标│数量指标│``), a
    leading bar opening the row and trailing empty cells dropped as for a pipe table."""
    if len(cells) != 1:
        return None
    text = cells[0]
    if not _BOX_RE.search(text):
        return None
    if _BOX_RULE_RE.fullmatch(text):
        return ()
    if sum(text.count(bar) for bar in _VERTICALS[:3]) < _MIN_BARS:
        return None
    parts = [part.strip() for part in re.split(f"[{_VERTICALS}]", text.strip())]
    if parts and not parts[0]:
        parts.pop(0)
    while parts and not parts[-1]:
        parts.pop()
    return tuple(parts)


# Bars a table's columns are typed or scanned as besides ``|``: the full-width bar of a Word
# table typed by hand, and 丨 (a CJK stroke) that a recogniser reads for a table rule.
_BARS: Final = "｜丨"
# A scanned rule at the start of a row may also be read as a letter (``I   丨其中:…``).
_RULE_LETTERS: Final = frozenset({"I", "l"})


def bar_cells(line: SourceLine) -> tuple[str, ...] | None:
    """The cells of a line cut at full-width or OCR bars (two at least), or None: as for a
    pipe table, a bar opening the row and trailing empty cells are no cells; cells of
    ideographic spaces before the first bar are empty merged cells, kept in place."""
    if len(line.cells) != 1:
        return None
    text = line.text
    if not any(bar in text for bar in _BARS):
        return None  # most lines: no bar at all, nothing counted
    bar = max(_BARS, key=text.count)
    if text.count(bar) < _MIN_BARS:
        return None
    parts = [part.strip() for part in text.split(bar)]
    if text.lstrip(" \t").startswith(bar) or parts[0] in _RULE_LETTERS:
        parts.pop(0)
    while parts and not parts[-1]:
        parts.pop()
    return tuple(parts)


# A document exported as CSV: this many rows at least cut into the same number of fields
# (four at least), and no line already cut into cells. Excel writes commas, or semicolons
# where the locale writes its decimals with a comma (1126,80).
_CSV_MIN_ROWS: Final = 5
_CSV_MIN_FIELDS: Final = 4
_CSV_DELIMITERS: Final = (",", ";")
# An export's rows need not all be as wide: a sheet whose indicator block has a column more
# than its head (a 偏差原因 column), or an export that pads only some rows with trailing
# delimiters, cuts its rows into two or three widths. A width that this many rows share is
# the export's; a line of prose with a few ASCII commas is a width of its own.
_CSV_WIDTH_ROWS: Final = 2
# A number written with a decimal comma (612,40; 1.126,80 with points between thousands),
# read only in a CSV not cut at commas: in any other text 21,468.35 groups thousands.
_DECIMAL_COMMA_RE: Final = re.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d+),(\d+)(?![\d.,])")
# A comma that can only be a decimal one (one or two digits after it), and a comma that can
# only group thousands (three digits, then a decimal point): a dialect holds the first only.
_SURE_DECIMAL_RE: Final = re.compile(r"(?<![\d.,])\d+,\d{1,2}(?![\d.,])")
_THOUSANDS_RE: Final = re.compile(r"\d,\d{3}\.\d")


@dataclass(frozen=True)
class CsvExport:
    """A document shown as CSV text: its rows' cells by line number, how it was cut."""

    rows: dict[int, tuple[str, ...]]
    delimiter: str = ","
    decimal_comma: bool = False
    taken: frozenset[int] = frozenset()  # lines a quoted cell of several lines went on to


def _csv_fields(text: str, delimiter: str) -> list[str]:
    if delimiter not in text:
        return []
    text = text_formulas_quoted(text, delimiter) if '="' in text else text
    return [field.strip() for field in next(csv.reader([text], delimiter=delimiter))]


# A spreadsheet's cell typed as a text formula, so that ``≥1800件`` is not read as one
# (``="≥1800件"``), exported as the formula: the text between its quotes is the cell.
_TEXT_FORMULA_RE: Final = {
    delimiter: re.compile(rf'(?:^|(?<={re.escape(delimiter)}))[ \t]*="')
    for delimiter in _CSV_DELIMITERS
}


def text_formulas_quoted(text: str, delimiter: str) -> str:
    """The row with each field written as a text formula (``="≥95%"``) quoted as a plain
    field (``"≥95%"``), so a comma inside it stays in it."""
    return _TEXT_FORMULA_RE[delimiter].sub('"', text)


def csv_cells(lines: Sequence[SourceLine]) -> dict[int, tuple[str, ...]]:
    """The cells of each CSV row of a document shown as comma-separated text (empty when
    it is not one): see :func:`csv_export`."""
    return csv_export(lines).rows


def csv_export(lines: Sequence[SourceLine]) -> CsvExport:
    """The document as a CSV export (no rows when it is not one): the rows with a count
    of fields several rows share (the commonest shared by five rows at least), quoted
    fields (``"1,200亩以上"``) whole, trailing empty fields dropped, cut at the delimiter
    that cuts most rows. Chinese text writes its commas and semicolons full-width, so a
    run of lines with as many ASCII ones each is a table's export. A semicolon export
    whose numbers have decimal commas has them read as points."""
    if any(len(line.cells) > 1 for line in lines):
        return CsvExport({})
    found = max(
        (_csv_rows(lines, delimiter) for delimiter in _CSV_DELIMITERS),
        key=lambda export: len(export.rows),
    )
    if found.delimiter == "," or not _decimal_commas(found.rows):
        return found
    rows = {
        number: tuple(_DECIMAL_COMMA_RE.sub(_decimal_point, cell) for cell in cells)
        for number, cells in found.rows.items()
    }
    return replace(found, rows=rows, decimal_comma=True)


def _csv_rows(lines: Sequence[SourceLine], delimiter: str) -> CsvExport:
    if sum(delimiter in line.text for line in lines) < _CSV_MIN_ROWS:
        return CsvExport({}, delimiter)  # the common case: no export in this delimiter
    records = list(_csv_records(lines, delimiter))
    counts = Counter(len(row) for _, row, _ in records if len(row) >= _CSV_MIN_FIELDS)
    if not counts:
        return CsvExport({}, delimiter)
    if counts.most_common(1)[0][1] < _CSV_MIN_ROWS:
        return CsvExport({}, delimiter)
    widths = {width for width, rows in counts.items() if rows >= _CSV_WIDTH_ROWS}
    found = {}
    taken: set[int] = set()
    for number, row, went_on in records:
        if len(row) in widths:
            while row and not row[-1]:
                row.pop()
            found[number] = tuple(row)
            taken |= went_on
    return CsvExport(found, delimiter, taken=frozenset(taken))


# Lines a quoted cell may take (its text broken in the cell): a long text wraps a few times.
_QUOTED_SPAN: Final = 6


def _csv_records(
    lines: Sequence[SourceLine], delimiter: str
) -> Iterator[tuple[int, list[str], frozenset[int]]]:
    """Each record's first line number, its fields, and the numbers of the lines a quoted
    cell of several lines took after it (its lines joined, as a copied cell's are); a line
    without the delimiter is no record."""
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if delimiter not in line.text:
            continue
        end = _quote_end(lines, index - 1)
        if end < index:
            yield line.number, _csv_fields(line.text, delimiter), _NO_LINES
            continue
        text = "\n".join(taken.text for taken in lines[index - 1 : end + 1])
        if not _parses(text, delimiter):  # a quote inside a field opens no cell
            yield line.number, _csv_fields(line.text, delimiter), _NO_LINES
            continue
        fields = [_joined(field) for field in _csv_fields(text, delimiter)]
        yield line.number, fields, frozenset(taken.number for taken in lines[index : end + 1])
        index = end + 1


_NO_LINES: Final[frozenset[int]] = frozenset()


def _joined(field: str) -> str:
    return "".join(part.strip() for part in field.split("\n"))


def _parses(text: str, delimiter: str) -> bool:
    try:
        next(csv.reader([text], delimiter=delimiter))
    except csv.Error:
        return False
    return True


def _quote_end(lines: Sequence[SourceLine], index: int) -> int:
    """The index of the line closing a quote the line at ``index`` opens (itself when it
    opens none, or no line near closes it)."""
    quotes = lines[index].text.count('"')
    if quotes % 2 == 0:
        return index
    for end in range(index + 1, min(index + _QUOTED_SPAN, len(lines))):
        quotes += lines[end].text.count('"')
        if quotes % 2 == 0:
            return end
    return index


def _decimal_commas(rows: dict[int, tuple[str, ...]]) -> bool:
    cells = [cell for cells in rows.values() for cell in cells]
    return any(_SURE_DECIMAL_RE.search(cell) for cell in cells) and not any(
        _THOUSANDS_RE.search(cell) for cell in cells
    )


# A tab-separated export (a European-locale Excel's "text, tab delimited") states its
# dialect by its figures: cells that are a number with a decimal comma (612,40), and no
# number anywhere whose comma may group thousands (1,200).
_WHOLE_DECIMAL_RE: Final = re.compile(r"[-+]?\d+,\d{1,2}%?")
_MAYBE_THOUSANDS_RE: Final = re.compile(r"\d,\d{3}(?!\d)")
_MIN_DECIMAL_CELLS: Final = 2


def tab_decimal_commas(lines: Sequence[SourceLine]) -> bool:
    """Whether the tab-separated rows of a text write their decimals with a comma."""
    cells = [cell for line in lines if "\t" in line.text for cell in line.cells]
    if sum(1 for cell in cells if _WHOLE_DECIMAL_RE.fullmatch(cell)) < _MIN_DECIMAL_CELLS:
        return False
    return not any(_MAYBE_THOUSANDS_RE.search(cell) for cell in cells)


def _decimal_point(match: re.Match[str]) -> str:
    return match[1].replace(".", "") + "." + match[2]


# Letters a recogniser reads for digits inside a number (``2O21``, ``4l86.OO``, ``9l%``): a
# run of digits, points and O/I/l with a digit in it and no letter either side.
_OCR_NUMBER_RE: Final = re.compile(r"(?<![A-Za-z0-9.])[0-9OIl][0-9OIl.]*(?![A-Za-z0-9.])")
_OCR_DIGITS: Final = str.maketrans({"O": "0", "I": "1", "l": "1"})


def _digits(match: re.Match[str]) -> str:
    run = match.group()
    if not _has_ocr_letter(run):
        return run  # digits and points only (most runs): nothing to translate
    return (
        run.translate(_OCR_DIGITS)
        if any(char.isdigit() for char in run) or _quantity(match)
        else run
    )


# a run of letters alone is a number where it stands as one: after a comparison symbol,
# before a percent sign (``＝lOO％``, ``>=lO%``, ``≦l%``) or opening a span of months (``l-6月``)
_OPERATOR_BEFORE: Final = "=＝≥≤<>＜＞﹦═≧≦"
_PERCENT_AFTER: Final = "%％‰"
# a month or a day read as letters sits between a date's words (年ll月, 月lO日)
_DATE_BEFORE: Final = ("年", "月")
_DATE_AFTER: Final = ("月", "日", "号")
_DATE_PART_MAX: Final = 2


# a number read as letters standing as a cell of its own: a zero (``≧45万吨    O    46万吨``,
# ``| O |``) or a run with an O in it (``年度资金总额  426.80  lO  97.18%``, ``总分  lOO``), no
# word of the genre's Chinese text; its cell's edges are a bar, a tab, two spaces or the
# line's ends. (A lone l or I may be a table's rule, and II a numeral.)
_CELL_EDGE_BEFORE_RE: Final = re.compile(r"(?:^|[|\t]|\s{2})\s*$")
_CELL_EDGE_AFTER_RE: Final = re.compile(r"^\s*(?:$|[|\t\n]|\s{2})")


def _number_cell(match: re.Match[str]) -> bool:
    text, start, end = match.string, match.start(), match.end()
    line_start = text.rfind("\n", 0, start) + 1
    run = match.group()
    return (
        "O" in run
        and _CELL_EDGE_BEFORE_RE.search(text[line_start:start]) is not None
        and _CELL_EDGE_AFTER_RE.match(text[end : end + 3]) is not None
    )


# a zero read as O opening a cell before a unit that ends the cell (``    O次    O次``, ``O人``),
# or one space before it, as a scan sets a space before every unit (``≥18 万画幅``, ``O 次``)
_UNIT_TO_CELL_END_RE: Final = re.compile(r" ?(?P<unit>[\u4e00-\u9fff]{1,3})(?=$|[|\t\n]|\s{2})")


# a scan's columns parted by single spaces: a cell starts after one, ends before one
_SPACED_EDGE_BEFORE_RE: Final = re.compile(r"(?:^|[|\t]|\s)\s*$")
_SPACED_UNIT_TO_CELL_END_RE: Final = re.compile(r"(?P<unit>[\u4e00-\u9fff]{1,3})(?=$|\s)")


def _zero_before_unit(match: re.Match[str]) -> bool:
    text, start, end = match.string, match.start(), match.end()
    if match.group() != "O":
        return False
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    unit = _UNIT_TO_CELL_END_RE.match(text, end)
    if unit is None or _CELL_EDGE_BEFORE_RE.search(before) is None:
        # a cell of a line whose cells one space parts (``疫病发生次数 O次 0次``)
        unit = _SPACED_UNIT_TO_CELL_END_RE.match(text, end)
        if unit is None or _SPACED_EDGE_BEFORE_RE.search(before) is None:
            return False
    return canonical_unit(unit["unit"]) is not None


def _quantity(match: re.Match[str]) -> bool:
    text, start, end = match.string, match.start(), match.end()
    if _number_cell(match) or _zero_before_unit(match):
        return True
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if after == "-" and text[end + 1 : end + 2].isdigit():
        return True  # the first month of a span (``l-6月``: 1-6月)
    if len(match.group()) <= _DATE_PART_MAX and before in _DATE_BEFORE and after in _DATE_AFTER:
        return True  # a date's month or day (``2026年ll月3O日``: 11月), between its words
    if before != "" and before in _OPERATOR_BEFORE:
        # a single letter after a comparison sign is a digit where a number ends: ``≦l%``,
        # ``═l项`` (never a word: the sign starts a target)
        return len(match.group()) > 1 or after == "" or after in _PERCENT_AFTER or _cjk(after) != []
    return len(match.group()) > 1 and after != "" and after in _PERCENT_AFTER


# Variant glyphs a recogniser trained on every script gives for a common character (髙 for
# 高 in 高质量, 吿 for 告): no simplified text means them, and the traditional converter
# keeps them as they are.
_VARIANTS: Final = {"髙": "高", "吿": "告", "靑": "青", "淸": "清"}
_VARIANT_GLYPHS: Final = str.maketrans(_VARIANTS)


def has_variant_glyphs(text: str) -> bool:
    return any(glyph in text for glyph in _VARIANTS)


def common_glyphs(text: str) -> str:
    """The text with each variant glyph read as the common character it stands for."""
    return text.translate(_VARIANT_GLYPHS)


def ocr_digits(text: str) -> str:
    """The text with the letters O, I and l inside numbers read as the digits 0 and 1."""
    if not _has_ocr_letter(text):
        return text  # no letter to read as a digit: every number's run is left as it is
    return _OCR_NUMBER_RE.sub(_digits, text)


# 工 scanned as a Latin I (I程验收, I作经费): an I alone before the glyph a 工 word goes on
# with (工程, 工作, 工期, 工艺, 工资); a Roman numeral's I (I类水质, II级) is before others
_OCR_GONG_RE: Final = re.compile(r"(?<![A-Za-z])I(?=[程作期艺资])")


def ocr_gong(text: str) -> str:
    """The text with each I an OCR made of 工 read as 工 again."""
    return _OCR_GONG_RE.sub("工", text) if "I" in text else text


def _has_ocr_letter(text: str) -> bool:
    return "O" in text or "I" in text or "l" in text


# A bullet before a list line (``◆县域就诊率:较上年提高``, ``📌主管部门:…``, ``▍绩效指标``): a
# diamond, triangle, block, arrow or pictograph; never a check box, nor a circle or star that
# may stand for one (□ ☑ ■ ● ○ ★ mean ticked or not). The emoji a copied article puts
# before a heading lie mostly among the pictographs; the watches, clocks and hourglasses of a
# 时效 heading (⌚ ⌛ ⏰ ⏳) among the technical signs.
# A line's indentation is kept: text parted by spaces places its cells by their offsets.
_BULLETS: Final = (
    "\u2022\u25c6\u25c7\u25b6\u25ba\u2756\u27a4\u2666\u258c-\u258f\u2759\u275a"
    "\U0001f300-\U0001faff\ufe0f\u231a\u231b\u23f0-\u23f3"
)
_BULLET_RE: Final = re.compile(f"^(?P<indent>\\s*)[{_BULLETS}][\\s{_BULLETS}]*(?=\\S)")


def strip_bullet(text: str) -> str:
    return _BULLET_RE.sub(lambda match: match["indent"], text)


_CJK_CHAR_RE: Final = re.compile("[\u4e00-\u9fff]")


def _cjk(text: str) -> list[str]:
    return _CJK_CHAR_RE.findall(text)  # a whole text's glyphs: the loop in C


def is_traditional(text: str) -> bool:
    """Whether the text is written in traditional characters (a share of them change)."""
    chars = _cjk(text)
    if not chars:
        return False
    sample = "".join(chars[:4000])
    # the glyphs changed, counted in C (map stops at the shorter text, as zip did)
    changed: int = sum(map(operator.ne, sample, to_simplified(sample)))
    return changed / len(sample) >= _TRADITIONAL_SHARE


# Markdown bold around a label or a title (``**实施单位**:某中心``): the words without the
# marks. Only a run that stands alone (after a line's start, a space or a bar, before a
# colon, a space or the end), so a template's ``≥**万元`` blanks are left as they are.
_BOLD_RE: Final = re.compile(
    r"(?:(?<=^)|(?<=[\s|]))\*\*(?P<words>[^*\s](?:[^*]{0,38}[^*\s])?)\*\*(?=$|[\s|:：])"
)


def strip_bold(text: str) -> str:
    return _BOLD_RE.sub(lambda match: match["words"], text)


# A Markdown table's alignment row (``| --- | :---: |``) between its header and its body: no
# row of the table. Read as a blank line, the lines of a header printed on two lines are one
# header again. Short dashes align a column too where a colon says so (``| :-- | --: |``); a
# row of bare ``--`` may be a row of empty cells.
_ALIGNMENT_RE: Final = re.compile(r":?-{3,}:?|:-+:?|-+:")


def is_alignment_row(cells: tuple[str, ...]) -> bool:
    return len(cells) >= _MIN_BARS and all(_ALIGNMENT_RE.fullmatch(cell) for cell in cells)


def _line_cells(source: SourceDocument) -> tuple[dict[int, tuple[str, ...]], CsvExport]:
    """The lines cut into cells anew (box-drawn, barred, CSV), and the CSV export it was."""
    cut = {}
    for line in source.lines:
        cells = box_cells(line.cells)
        cells = bar_cells(line) if cells is None else cells
        if cells is not None:
            cut[line.number] = cells
    exported = csv_export(source.lines) if not cut else CsvExport({})
    return cut or exported.rows, exported


_CSV_NOTES: Final = {
    ",": "原文为逗号分隔的表格导出(CSV),已按逗号分列",
    ";": "原文为分号分隔的表格导出(CSV),已按分号分列",
}


def normalise_source(source: SourceDocument) -> tuple[SourceDocument, list[str]]:
    """The source in simplified characters without glosses or Markdown bold marks, and what
    was changed (Chinese notes for the import report). Lines keep their numbers; unchanged
    sources are returned as they are."""
    lines = tuple(source.lines)
    if _last and _same_lines(_last[0][0], lines):
        normalised, notes = _last[0][1]
    else:
        normalised, notes = _normalised(source)
        _last[:] = [(lines, (normalised, notes))]
    if normalised is None:
        return source, []
    original = SourceDocument(
        name=source.name,
        format=source.format,
        lines=list(normalised),
        notes=source.notes,
        encoding=source.encoding,
    )
    return original, list(notes)


# One reading normalises its source three times (the pipeline, the parts' finder, the
# reader), a tenth of the reading's time: the last source's lines and what they became,
# kept while the same line objects are asked for again. A new reading of the same file
# makes new lines and is normalised anew.
_Normalised = tuple[tuple[SourceLine, ...] | None, tuple[str, ...]]
_last: list[tuple[tuple[SourceLine, ...], _Normalised]] = []


def _same_lines(one: tuple[SourceLine, ...], other: tuple[SourceLine, ...]) -> bool:
    return len(one) == len(other) and all(a is b for a, b in zip(one, other, strict=True))


# Mends of a table's shape, each the lines mended or None where it finds nothing to mend:
# a 项目资金 table given down its labels, then its header words, then its figures; a
# header's words stacked over two rows of cells (一级 / 指标), joined column by column; two
# columns printed in one (指标值/实际完成值 over ≥95%/97.2%), each cut in two; the 一级 and
# 二级 labels in one column (产出指标/数量指标), each cell cut in two; before them, a bar
# row's value wrapped in its cell (≤20个工作 / 日), its line joined onto the row.
_Mend = Callable[[Sequence[SourceLine]], list[SourceLine] | None]
_TABLE_MENDS: Final[tuple[_Mend, ...]] = (
    join_bar_cell_lines,
    join_bar_wraps,
    join_funding_runs,
    join_stacked_headers,
    split_pair_columns,
    split_level_columns,
    split_path_columns,
)


def _normalised(source: SourceDocument) -> _Normalised:
    """The normalised lines (None when nothing changes) and the notes saying what changed."""
    whole = source.text()
    # character references (``&ge;90%``) read first, so every step below sees the signs
    entities = has_entities(whole)
    if entities:
        source, whole = _entities_decoded(source), decode_entities(whole)
    # an indicator tree drawn with box glyphs: its drawing off, before bars cut it as a table
    tree = tree_lines(source.lines) if "─" in whole else None
    if tree is not None:
        source = replace(source, lines=tree)
    # a score table's level codes (C 产出, C1 产出数量 C11 名称): dropped, cells of no column
    uncoded = without_row_codes(source.lines)
    if uncoded is not None:
        source = replace(source, lines=uncoded)
    glossed = _GLOSS_RE.search(whole) is not None
    traditional = is_traditional(strip_glosses(whole))
    misread = ocr_digits(whole) != whole
    gong = ocr_gong(whole) != whole
    variants = has_variant_glyphs(whole)
    parted = has_split_signs(whole)  # an OCR's ``> =`` and ``1 00%``
    gong_ge = has_gong_ge(whole)  # an OCR's ``工98%``
    glyphs = rule_glyph_cells(source.lines)
    cut, exported = (glyphs, CsvExport({})) if glyphs else _line_cells(source)
    bullets = any(strip_bullet(line.text) != line.text for line in source.lines)
    # (bold is marked by **: a line of none is not searched)
    bold = any("**" in line.text and _BOLD_RE.search(line.text) for line in source.lines)
    aligning = {line.number for line in source.lines if is_alignment_row(line.cells)}
    aligning |= exported.taken  # a quoted cell's lines, now in its record's line
    decimals = tab_decimal_commas(source.lines)
    marked = has_inline_marks(whole)
    needed = glossed or traditional or misread or bool(cut) or bullets or bold or bool(aligning)
    needed = needed or decimals or entities or marked or tree is not None or uncoded is not None
    needed = needed or parted or variants or gong or gong_ge

    def fix(text: str) -> str:
        text = strip_inline_marks(text) if marked else text
        text = _DECIMAL_COMMA_RE.sub(_decimal_point, text) if decimals else text
        text = strip_glosses(text) if glossed else text
        text = ocr_gong(text) if gong else text  # before the digits: 指标1I程's I is 工
        text = ocr_digits(text) if misread else text
        text = common_glyphs(text) if variants else text
        text = joined_signs(text) if parted else text
        text = gong_as_ge(text) if gong_ge else text
        text = strip_bullet(text) if bullets else text
        text = strip_bold(text) if bold else text
        return to_simplified(text) if traditional else text

    lines = tuple(
        replace(line, text="", cells=())
        if line.number in aligning
        else replace(
            line,
            # a row ruled with glyphs is written as the pipe row it is, for steps that cut
            # a line's text at its bars
            text=fix(piped(glyphs[line.number]) if line.number in glyphs else line.text),
            cells=tuple(fix(cell) for cell in cut.get(line.number, line.cells)),
        )
        for line in source.lines
        if needed
    ) or tuple(source.lines)
    # a spreadsheet's rows copied as text, a cell of several lines quoted, joined back
    quoted = join_quoted_cells(lines)
    lines = tuple(quoted) if quoted is not None else lines
    # a document-sharing site's pages (1、 2、) broken inside a word or a figure, joined
    chunks = join_page_chunks(lines) if "、" in whole else None
    lines = tuple(chunks) if chunks is not None else lines
    # a two-column page with its layout kept: the right column's text cut off each line
    halved = cut_right_column(lines)
    lines = tuple(halved) if halved is not None else lines
    # an Excel text export's quoted cells ("12,864,300.00"): figures once bare
    bare = unquote_whole_cells(lines)
    lines = tuple(bare) if bare is not None else lines
    # a text PDF's table with its layout kept, its wrapped cells put back in their rows
    relaid = relay_layout_tables(lines)
    lines = tuple(relaid) if relaid is not None else lines
    # a plain-text grid ruled between its rows, each row's wrapped lines joined
    ruled = join_ruled_rows(lines)
    lines = tuple(ruled) if ruled is not None else lines
    # a box-drawn table (a text browser's dump), each row's wrapped lines joined likewise
    boxed = join_box_rows(lines) if ruled is None else None
    ruled = boxed if boxed is not None else ruled
    lines = tuple(boxed) if boxed is not None else lines
    # a table run together and cut into lines of one width (a sharing site's preview)
    rejoined = rejoin_fixed_width(lines)
    # a text PDF's raw layer: a row's cells one space apart, its wrapped ends on the lines
    # under it with no place kept, each given back to the cell it ends
    if relaid is None and ruled is None and rejoined is None:
        relaid = join_raw_wraps(lines)
        lines = tuple(relaid) if relaid is not None else lines
    lines = tuple(rejoined) if rejoined is not None else lines
    mended_by: set[_Mend] = set()
    for mend in _TABLE_MENDS:
        if (mended := mend(lines)) is not None:
            lines, mended_by = tuple(mended), mended_by | {mend}
    # prose cut every N characters, inside names and figures: each paragraph joined back
    prose = join_wrapped_prose(lines) if rejoined is None else None
    lines = tuple(prose) if prose is not None else lines
    unchanged = relaid is None and ruled is None and rejoined is None and quoted is None
    unchanged = unchanged and not mended_by and prose is None and halved is None
    unchanged = unchanged and bare is None and chunks is None
    if unchanged and not needed:
        return None, ()
    notes = []
    if marked:
        notes.append(
            "文本中看不见的字符(如零宽空格)已删除,表格单元格中的换行标记“<br>”已按折行接回"
        )
    if uncoded is not None:
        notes.append("评分表各级指标前的编码(如“C1”“C11”)已去掉再读")
    if tree is not None:
        notes.append("以“├─”“└─”画出的指标树已去掉画线,每个叶节点按“名称 指标值”一行读出")
    if entities:
        notes.append("文本中的 HTML 字符实体(如“&ge;”“&nbsp;”)已按其所指的字符读出")
    if glossed:
        notes.append("删除了镜像网站插入的拼音注音(如“區(qū)”)")
    if traditional:
        notes.append("原文为繁体字,已转换为简体字(OpenCC t2s);出处保留原文")
    if gong:
        notes.append("被 OCR 识别为字母“I”的“工”已按“工”读出(如“I程”)")
    if misread:
        notes.append("数字中被 OCR 识别为字母的“O”“l”“I”已按数字“0”“1”读出(如“2O21”)")
    if parted:
        notes.append("OCR 拆开的比较符号(如“> =”)和数字(如“1 00%”)已按原符号和数字读出")
    if exported.rows:
        notes.append(_CSV_NOTES[exported.delimiter])
    if exported.decimal_comma or decimals:
        notes.append("表格导出中以逗号作小数点的数字(如“612,40”)已按小数点读出")
    if glyphs:
        notes.append("扫描表格的竖线被识别为“l”“I”“1”等字形,已按表格分列读出")
    if ruled is not None:
        notes.append("纯文本网格表(+---+ 边框)中折成多行的单元格已按列合并为一行")
    if rejoined is not None:
        notes.append("按固定字数折行的连排表格(文档分享网站预览)已先接回一行再读")
    if chunks is not None:
        notes.append("文档分享网站预览中按页编号(如“2、”)切开的文字已接回上一页再读")
    if prose is not None:
        notes.append("按固定字数折行的段落(断在词语或数字中间)已先接回一段再读")
    if split_pair_columns in mended_by:
        notes.append("一格中以“/”并列的两列(如“指标值/实际完成值”)已拆成两列再读")
    return lines, tuple(notes)


def _entities_decoded(source: SourceDocument) -> SourceDocument:
    lines = [
        replace(
            line,
            text=decode_entities(line.text),
            cells=tuple(decode_entities(cell) for cell in line.cells),
        )
        for line in source.lines
    ]
    return replace(source, lines=lines)


def original_lines(source: SourceDocument) -> dict[int, SourceLine]:
    return {line.number: line for line in source.lines}
