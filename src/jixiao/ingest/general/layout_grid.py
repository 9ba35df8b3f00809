"""An indicator table a text PDF's layer prints with its layout kept (``pdftotext -layout``):
columns as runs of spaces, header words stacked over two or three lines (``一级`` over
``指标``) and cells wrapped over several lines, their pieces above and below the line that
holds the row's values::

    一级   二级                           年度          1-6月实际
    指标   指标     三级指标              指标值        完成值
                    秸秆综合利用还田
    产出   数量     离田面积              ≥180万亩      126万亩
    指标   指标     (含打包离田)

Each printed piece has a place (its display column); the header's pieces, joined down each
column, name the columns, and a body piece stands in the column whose left neighbour's header
ends before it starts (a header word may be centred over its column). A row is the line
holding a value under the target column (its anchor) with the lines around it. A line between
two anchors ends the row above only where each of its pieces goes on from a piece of that row
right over it; then, of the lines that could be either, a level's label piece that names a
level by itself (``时效``) begins a row and one that names none (``指标``) goes on, a value's
piece that makes one value with the piece over it goes on (``2019年12月`` / ``底前``), and
other cells wrap only where a line is full: a few words are a cell's last, a piece under a
short line begins the next row, one under a full line goes on (unless it is full itself
right over the next row's line). The table is relaid as one tab-separated line per row, each
cell its column's pieces joined, on the row's anchor line; the lines it took are left empty
(their numbers kept for the places reported). A table none of whose cells wrap, or whose
pieces are not printed in place (two in one column), is left as it stands.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Final

from jixiao.domain.framework import category_from_label, subcategory_from_label
from jixiao.domain.target import TargetKind
from jixiao.ingest.cells import label_key, read_target_cell
from jixiao.ingest.general.kinds import EVENT_END_RE, TARGET_KINDS, Kind, ends_as_name, kind_of
from jixiao.ingest.general.vocabulary import (
    DUTY_LINE_LABEL_RE,
    INDICATOR_ROLES,
    LEAD_WORDS,
    TABLE_END_RE,
    Role,
    header_role,
)
from jixiao.ingest.source import SourceLine

_PIECE_RE: Final = re.compile(r"\S+(?: \S+)*")  # pieces stand two spaces or more apart
_SPACED_RE: Final = re.compile(r"(?<=[\u4e00-\u9fff()]) (?=[\u4e00-\u9fff()])(?=\S(?: |$))")
_PAGE_RE: Final = re.compile(
    r"[-—–]*\s*(?:第\s*)?\d{1,3}\s*(?:页)?\s*[-—–]*(?:[,，]?\s*共\s*\d{1,3}\s*页)?|续表|\f"
)
_VALUE_KINDS: Final = TARGET_KINDS | {Kind.PLACEHOLDER}
_NOT_HEADER: Final = frozenset(
    {Kind.NUMBER, Kind.QUANTITY, Kind.PERIOD, Kind.CATEGORY, Kind.SUBCATEGORY, Kind.SENTENCE}
)
_HEADER_ABOVE: Final = 2  # lines of stacked header words above the line naming columns
_HEADER_BELOW: Final = 4  # and below it (a word over columns, then theirs)
_LEAST_COLUMNS: Final = 3
_WORD_TAIL: Final = (
    3  # the glyphs a header word's last line may hold (值, 能性, 改进措施 names itself)
)
_SLACK: Final = 2  # places a piece may stand left of its column's start
_LABEL_ROLES: Final = frozenset({Role.CATEGORY, Role.SUBCATEGORY})
_LEVEL_KINDS: Final = frozenset({Kind.CATEGORY, Kind.SUBCATEGORY})
_TOTALS: Final = frozenset({"合计", "总计", "小计"})
# a PDF layer spaces an operator from its number and a number from its unit (``≥ 260 公里``)
_LAYOUT_SPACE_RE: Final = re.compile(r"(?<=[≥≤=><≧≦﹦＝]) (?=\d)|(?<=\d) (?=[\u4e00-\u9fff%‰])")
_HEADING_RE: Final = re.compile(
    r"[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[．.、](?!\d)"
    # a 部门预算's next part (``第 三 部 分    名 词 解 释``, its glyphs spaced out)
    r"|第[一二三四五六七八九十\d]{1,3}(?:部分|章|节)"
)

_WIDE_KINDS: Final = frozenset({"W", "F"})  # east_asian_width: two places


@dataclass(frozen=True)
class _Piece:
    text: str
    start: int  # display column
    end: int
    raw: str = ""  # as printed (spaced glyphs kept)


@dataclass
class _Column:
    start: int
    end: int
    words: list[str]

    @property
    def role(self) -> Role | None:
        return header_role(label_key("".join(self.words)))


def relay_layout_tables(lines: Sequence[SourceLine]) -> list[SourceLine] | None:
    """The lines with each layout-kept indicator table relaid a row a line (tabs); None
    where the text holds none whose cells wrap."""
    out = list(lines)
    changed = False
    index = 0
    while index < len(out):
        found = _header(out, index)
        if found is None:
            index += 1
            continue
        first, last, columns = found
        end = _table_end(out, last + 1, _header_words(out, first, last), columns[0].start)
        relaid = _relaid(out, first, last, end, columns)
        if relaid is not None and _char_padded(out, first, last, end):
            # its wrapped pieces stand in their cells' columns only as counted
            relaid, end = _relaid_respaced(out, index, first, end)
        if relaid is None:
            index = last + 1
            continue
        out[first:end] = relaid
        changed = True
        index = end
    return out if changed else None


def _char_padded(lines: Sequence[SourceLine], first: int, last: int, end: int) -> bool:
    """Whether the table's rows stand in the header's columns counted in characters (a CJK
    glyph one, as some exports pad a text) rather than as printed."""
    printed = {p.start for line in lines[first : last + 1] for p in _pieces(line)}
    counted = {m.start() for line in lines[first : last + 1] for m in _PIECE_RE.finditer(line.text)}
    body = lines[last + 1 : end]
    by_print = sum(_near(piece.start, printed) for line in body for piece in _pieces(line))
    pieces = [m.start() for line in body if _pieces(line) for m in _PIECE_RE.finditer(line.text)]
    by_count = sum(_near(start, counted) for start in pieces)
    return by_count > _COUNTED_MARGIN * by_print and by_count * 2 >= len(pieces)


def _near(start: int, starts: set[int]) -> bool:
    return any(abs(start - other) <= 1 for other in starts)


_COUNTED_MARGIN: Final = 2  # how much better the rows stand by characters than as printed


def _respaced(line: SourceLine) -> SourceLine:
    """A line padded by characters printed so its places are as counted: each piece at twice
    its character's place (a glyph is at most two places wide, so none overlaps)."""
    if not _pieces(line):
        return line
    text = ""
    for match in _PIECE_RE.finditer(line.text):
        text += " " * (2 * match.start() - _width(text)) + match.group(0)
    return replace(line, text=text, cells=(text,))


def _relaid_respaced(
    lines: Sequence[SourceLine], index: int, first: int, end: int
) -> tuple[list[SourceLine] | None, int]:
    """The table from ``first`` relaid with its lines printed as counted, and its end."""
    respaced = [*lines[:first], *map(_respaced, lines[first:end])]
    found = _header(respaced, index)
    if found is None or found[0] != first:
        return None, end
    _, last, columns = found
    end = _table_end(respaced, last + 1, _header_words(respaced, first, last), columns[0].start)
    return _relaid(respaced, first, last, end, columns), end


def _pieces(line: SourceLine) -> list[_Piece]:
    text = line.text
    if len(line.cells) > 1 or "\t" in text or "|" in text or "\u3000" in text:
        # cells parted by tabs or pipes keep their places already; full-width spaces part
        # a word processor's cells, at no place
        return []
    pieces: list[_Piece] = []
    # the width up to the last piece's start, carried on: not measured from the line's start
    measured, start = 0, 0
    for match in _PIECE_RE.finditer(text):
        start += _width(text[measured : match.start()])
        measured = match.start()
        word = _SPACED_RE.sub("", match.group(0))
        pieces.append(_Piece(word, start, start + _width(match.group(0)), match.group(0)))
    return pieces


def _words(piece: _Piece, glyph: bool = False) -> list[_Piece]:
    """A piece's words one space apart, each with its place (``服务对象 作业农户满意度``: two
    cells a narrow gap parts); spaced glyphs (``产 出 指 标``) are one word. A word of one
    glyph parts the piece only where ``glyph`` says so (a caller that keeps it in its place)."""
    words: list[_Piece] = []
    start = piece.start
    glyphs = False  # the last word is spaced glyphs, still growing
    for token in (piece.raw or piece.text).split(" "):
        single = len(token) == 1 and "\u4e00" <= token <= "\u9fff"
        if words and single and glyphs:
            last = words[-1]
            words[-1] = _Piece(last.text + token, last.start, start + _width(token))
        elif token:
            words.append(_Piece(token, start, start + _width(token)))
            glyphs = single
        start += _width(token) + 1
    if len(words) < 2 or (not glyph and any(len(word.text) < 2 for word in words)):
        return [piece]
    return words


def _split_at_columns(piece: _Piece, columns: Sequence[_Column]) -> list[_Piece]:
    """A piece whose words stand in two columns (a gap of one space between them), cut
    where a word starts a column of its own; that word may be one glyph, a name's last
    wrapped beside the label of the column before (``成本指标 入``: ``…财政投`` / ``入``)."""
    words = _words(piece, glyph=True)
    out = [words[0]]
    for word in words[1:]:
        if _column_of(columns, word) != _column_of(columns, out[-1]):
            out.append(word)
        else:
            last = out[-1]
            out[-1] = _Piece(f"{last.text} {word.text}", last.start, word.end)
    return out


def _width(text: str) -> int:
    if text.isascii():  # no wide glyph: most gaps between a table's pieces
        return len(text)
    # one place a glyph, two for a wide or full-width one (W, F), counted in C
    return len(text) + sum(map(_WIDE_KINDS.__contains__, map(unicodedata.east_asian_width, text)))


def _header_pieces(line: SourceLine) -> list[_Piece]:
    """A header line's pieces, one holding two column words one space apart (``序号 项目名称``)
    cut in two."""
    out: list[_Piece] = []
    for piece in _pieces(line):
        words = _words(piece)
        named = all(header_role(label_key(word.text)) is not None for word in words)
        out += words if named else [piece]
    return out


def _roles(pieces: Sequence[_Piece]) -> list[Role]:
    return [role for piece in pieces if (role := header_role(label_key(piece.text))) is not None]


def _header(lines: Sequence[SourceLine], index: int) -> tuple[int, int, list[_Column]] | None:
    """The header whose line naming columns is ``index``: its first and last lines and its
    columns, where they name an indicator table's."""
    if len(_pieces(lines[index])) < _LEAST_COLUMNS:
        return None  # words one space apart: a row a line, no places kept
    pieces = _header_pieces(lines[index])
    if not _names_columns(_roles(pieces)) and not _names_columns(_stacked_roles(lines, index)):
        return None
    first = index
    while first > index - _HEADER_ABOVE and first > 0:
        above = _pieces(lines[first - 1])
        if not _stacked(above) or not _heads(above, _columns([_header_pieces(lines[first])])):
            break
        first -= 1
    columns = _columns([_header_pieces(line) for line in lines[first : index + 1]])
    last = index
    while last < index + _HEADER_BELOW and last + 1 < len(lines):
        below = _pieces(lines[last + 1])
        if not _stacked(below) or not _completes(columns, below):
            break
        columns = _columns([_header_pieces(line) for line in lines[first : last + 2]])
        last += 1
    named = [column.role for column in columns if column.role is not None]
    if len(named) < _LEAST_COLUMNS or Role.TARGET not in named:
        return None
    return first, last, columns


def _names_columns(roles: Sequence[Role]) -> bool:
    return len(roles) >= 2 and bool(INDICATOR_ROLES & set(roles))


def _stacked_roles(lines: Sequence[SourceLine], index: int) -> list[Role]:
    """The roles a header line's words name with the words stacked under them (``部门`` /
    ``职责``, ``工作`` / ``活动``): a line that names few columns by itself."""
    line = _header_pieces(lines[index])
    if index + 1 >= len(lines) or not _stacked(line):
        return []
    below = _header_pieces(lines[index + 1])
    if not _stacked(below) or not _heads(line, _columns([below])):
        return []
    columns = _columns([line, below])
    return [column.role for column in columns if column.role is not None]


def _stacked(pieces: Sequence[_Piece]) -> bool:
    """A line of a header's words: no value, no label of a row."""
    return bool(pieces) and all(kind_of(piece.text) not in _NOT_HEADER for piece in pieces)


def _completes(columns: Sequence[_Column], pieces: Sequence[_Piece]) -> bool:
    """Whether a line's pieces end words of the header above (``指标`` under ``一级``): half
    of them or more make a column's word with what stands over them."""
    made = 0
    for piece in pieces:
        over = next((c for c in columns if _overlap(c.start, c.end, piece)), None)
        # a word the one above leaves unfinished (年度 / 指标值, 全年预计完成 / 值), or one
        # naming a column itself (指标值 under 年度指标值); a row's cell under a finished
        # word (部分资金12月才 under 偏差原因分析及) ends no header word
        ends = over is not None and (over.role is None or len(piece.text) <= _WORD_TAIL)
        joined = "".join([*over.words, piece.text]) if over else piece.text
        made += (ends and header_role(label_key(joined)) is not None) or _role_of(piece) is not None
    return 2 * made >= len(pieces)


def _role_of(piece: _Piece) -> Role | None:
    return header_role(label_key(piece.text))


def _heads(pieces: Sequence[_Piece], columns: Sequence[_Column]) -> bool:
    """Whether a line's pieces begin words of the header below (``一级`` over ``指标``):
    half of them or more make a column's word with what stands under them."""
    made = 0
    for piece in pieces:
        under = next((c for c in columns if _overlap(c.start, c.end, piece)), None)
        joined = "".join([piece.text, *under.words]) if under else piece.text
        made += header_role(label_key(joined)) is not None
    return 2 * made >= len(pieces)


def _overlap(start: int, end: int, piece: _Piece) -> bool:
    return piece.start < end and start < piece.end


def _columns(header: Sequence[Sequence[_Piece]]) -> list[_Column]:
    """The header's columns: its pieces joined down where they stand over each other; a
    word over two columns of the line below (a group's: 绩效指标 over 一级 | 二级 | 三级)
    names none."""
    columns: list[_Column] = []
    for at, pieces in enumerate(header):
        below = header[at + 1] if at + 1 < len(header) else []
        for piece in pieces:
            if sum(_overlap(piece.start, piece.end, other) for other in below) >= 2:
                continue
            over = [c for c in columns if _overlap(c.start, c.end, piece)]
            if len(over) == 1:
                column = over[0]
                if (
                    column.role is not None
                    and header_role(label_key("".join([*column.words, piece.text]))) is None
                ):
                    # a word over the columns under it (年度目标值 over 指标性质 | 指标值 |
                    # 度量单位), printed as wide as the first: the lower words name them
                    column.words = []
                column.words.append(piece.text)
                column.start = min(column.start, piece.start)
                column.end = max(column.end, piece.end)
            else:
                columns.append(_Column(piece.start, piece.end, [piece.text]))
    return sorted(columns, key=lambda column: column.start)


def _table_end(lines: Sequence[SourceLine], start: int, header_words: set[str], margin: int) -> int:
    """The line after the table's body: a closing row's (总分, 注 …), another table's header
    (not this one's printed again at a page's top) or the text's end."""
    for index in range(start, len(lines)):
        pieces = _pieces(lines[index])
        if lines[index].text.strip() and not pieces:
            return index  # a line of tabs or pipes: another table
        if not pieces or _is_header(pieces, header_words):
            continue
        if _closes(pieces, margin) or _header(lines, index) is not None:
            return index
    return len(lines)


def _header_words(lines: Sequence[SourceLine], first: int, last: int) -> set[str]:
    return {piece.text for line in lines[first : last + 1] for piece in _header_pieces(line)}


def _closes(pieces: Sequence[_Piece], margin: int) -> bool:
    """A line after the table: a closing row (总分, 合计, 注 …), a heading of the text's next
    part (``三、``, ``(二)``, ``2．``) or a line of prose from the table's left edge (a cell's
    wrapped sentence stands in its column)."""
    first = pieces[0].text
    key = label_key(first).split(":", 1)[0]
    if key in _TOTALS or TABLE_END_RE.fullmatch(key) or _HEADING_RE.match(first):
        return True
    return (
        len(pieces) == 1 and pieces[0].start <= margin + _SLACK and kind_of(first) is Kind.SENTENCE
    )


def _column_of(columns: Sequence[_Column], piece: _Piece) -> int:
    """The column a piece stands in: the last whose header's left neighbour ends before the
    piece starts (a header word may be centred over its column, the cells under it start at
    its left edge)."""
    at = 0
    for index in range(1, len(columns)):
        if columns[index - 1].end <= piece.start + _SLACK and (
            columns[index].start <= piece.start + _SLACK or columns[index - 1].end <= piece.start
        ):
            at = index
    return at


def _relaid(
    lines: Sequence[SourceLine], first: int, last: int, end: int, columns: Sequence[_Column]
) -> list[SourceLine] | None:
    """The table's lines relaid; None where no cell wraps (each row on a line of its own is
    read as it stands)."""
    header_words = _header_words(lines, first, last)
    body: list[tuple[int, dict[int, str]]] = []  # (index, pieces by column)
    levels = {i for i, column in enumerate(columns) if column.role in _LABEL_ROLES}
    headings: list[int] = []  # kept as they stand
    duties: list[list[tuple[int, str]]] = []  # 职责：… / 活动：… lines wrapped in the first column
    page_top = False  # between a page's number and the header printed again
    previous = -1  # the last line read
    for index in range(last + 1, end):
        pieces = _pieces(lines[index])
        if not pieces:
            continue
        if _furniture(pieces, header_words):
            page_top = _page_number(pieces) or (page_top and not _is_header(pieces, header_words))
            continue
        if page_top and (len(pieces) == 1 or _header_follows(lines, index, header_words)):
            continue  # a page's running title
        page_top = False
        alone = len(pieces) == 1 and _column_of(columns, pieces[0]) == 0
        if alone and _DUTY_LINE_RE.match(pieces[0].text) and _duty_label(pieces[0].text):
            duties.append([(index, pieces[0].text)])
            headings.append(index)
            previous = index
            continue
        if (
            alone
            and duties
            and duties[-1][-1][0] == previous
            and kind_of(pieces[0].text) not in (_LEVEL_KINDS)
        ):
            duties[-1].append((index, pieces[0].text))  # the duty's words wrapped in its column
            previous = index
            continue
        previous = index
        if (
            not levels
            and all(kind_of(p.text) in _LEVEL_KINDS for p in pieces)
            and _column_of(columns, pieces[0]) == 0
        ):
            # a level's label on a line of its own over its rows, from the table's left (a
            # name's wrapped 满意度 stands in the names column)
            headings.append(index)
            continue
        placed: dict[int, str] = {}
        for piece in (word for found in pieces for word in _split_at_columns(found, columns)):
            if piece.end <= columns[0].start - _SLACK:
                continue  # a label printed down the table's side, a glyph a line (绩 / 效)
            column: int | None = _column_of(columns, piece)
            if column in placed:
                column = _next_column(columns, placed, column, piece)
            if column is None:
                return None  # two cells in one column: the columns are not printed in place
            placed[column] = piece.text
        above = body[-1][1] if body else {}
        placed = _label_end_moved(_name_end_moved(placed, above, columns), above, columns)
        body.append((index, placed))
    target = next(i for i, column in enumerate(columns) if column.role is Role.TARGET)
    # a row's line: a value under the target, or words under it on a line as full as a
    # row's (a wrapped cell's pieces fill few columns)
    widest = max((len(placed) for _, placed in body), default=0)
    full = max(_LEAST_COLUMNS, (widest + 1) // 2)
    anchors = [
        at
        for at, (_, placed) in enumerate(body)
        if target in placed
        and (
            kind_of(placed[target]) in _VALUE_KINDS
            or (len(placed) >= full and not _ends_value(body, at, target))
            or _whole_row(placed, columns)
            or _ended_target(body, at, target, columns)
            or _starts_value(body, at, target)
            or _ends_value_on_fuller_line(body, at, target)
        )
    ]
    anchors = _one_anchor_per_value(body, anchors, target)
    if len(anchors) < 2 or len(anchors) == len(body):
        return None
    if 2 * sum(_in_place(placed) for _, placed in body) < len(body) - len(anchors):
        return None  # most lines hold one word at the margin: no columns printed in place
    rows = _rows(body, anchors, _column_roles(columns))
    if all(len(members) == 1 for _, members in rows):
        return None  # no cell wraps: each row on a line of its own is read as it stands
    out = list(lines[first:end])
    header = "\t".join("".join(column.words) for column in columns)
    # kept as printed: a level's heading line, a last row the text cut before its values
    kept = set(headings) | {index for index, _ in body} - {
        body[member][0] for _, members in rows for member in members
    }
    for at in range(first, end):
        if at not in kept:
            out[at - first] = replace(lines[at], text="", cells=())
    out[last - first] = _tab_line(lines[last], header.split("\t"))
    for run in duties:  # a duty's or an activity's line, whole, where it begins
        text = "".join(piece for _, piece in run)
        out[run[0][0] - first] = replace(lines[run[0][0]], text=text, cells=(text,))
    for anchor, members in rows:
        cells = [
            _LAYOUT_SPACE_RE.sub("", "".join(body[m][1].get(column, "") for m in members))
            for column in range(len(columns))
        ]
        index = body[anchor][0]
        out[index - first] = _tab_line(lines[index], cells)
    return out


def _next_column(
    columns: Sequence[_Column], placed: dict[int, str], column: int, piece: _Piece
) -> int | None:
    """The column a line's second piece under one header word stands in: the next, when
    the line holds nothing there yet and the piece starts a few places short of it, under
    the word's end (a header word printed wider than its cells, as ``1-8月执行情况`` over
    ``3120亩``, reaches over the start of the next column's cells); None for any other."""
    following = column + 1
    if following >= len(columns) or following in placed:
        return None
    if columns[following].start - piece.start > _WIDE_WORD_REACH:
        return None  # text further left: two cells in one column, not in place
    return following if piece.start >= columns[column].end - _WIDE_WORD_REACH else None


_WIDE_WORD_REACH: Final = 4  # places a header word may reach over the next column's cells


def _in_place(placed: dict[int, str]) -> bool:
    """Whether a line shows columns printed in place: two pieces, or one standing under a
    column right of the first (a narrow names column wrapping a name over three lines)."""
    return len(placed) >= 2 or min(placed, default=0) > 0


_DUTY_LINE_RE: Final = re.compile(r"(?P<label>[^:：]{1,6})[:：]")


def _duty_label(text: str) -> bool:
    """``职责：履``, ``活动：机``: a line naming the duty or the activity the rows under it
    stand under (a 部门预算's 整体绩效目标), its words wrapped in the table's first column."""
    match = _DUTY_LINE_RE.match(text)
    return match is not None and DUTY_LINE_LABEL_RE.fullmatch(label_key(match["label"])) is not None


def _column_roles(columns: Sequence[_Column]) -> list[Role | None]:
    """Each column's role; under a department's duties and activities (部门职责 | 工作活动 |
    绩效指标 | 指标值) 绩效指标 heads the names, as the table reader reads it."""
    roles = [column.role for column in columns]
    if Role.NAME in roles or not {Role.DUTY, Role.ACTIVITY} & set(roles):
        return roles
    return [
        Role.NAME if role is None and label_key("".join(column.words)) in LEAD_WORDS else role
        for role, column in zip(roles, columns, strict=True)
    ]


def _ends_value_on_fuller_line(
    body: Sequence[tuple[int, dict[int, str]]], at: int, column: int
) -> bool:
    """``达到6800元/`` over ``成本指标 标准 … 人·年以上``: the line that ends a value begun
    above, holding more of the row's cells than that line, is the row's."""
    if at == 0 or column not in body[at - 1][1]:
        return False
    over = body[at - 1][1][column]
    return (
        kind_of(over) not in _VALUE_KINDS
        and len(body[at][1]) > len(body[at - 1][1])
        and _ends_value(body, at, column)
    )


def _one_anchor_per_value(
    body: Sequence[tuple[int, dict[int, str]]], anchors: Sequence[int], column: int
) -> list[int]:
    """The anchors, one per value printed over two lines (``1000元/人·年`` / ``以内``, the
    line under holding the row's 分值 and 得分; ``收到上级资金后`` / ``30日内``, a limit
    counted from an event): the line holding more cells stays."""
    out: list[int] = []
    for at in anchors:
        over = body[at - 1][1].get(column, "") if at else ""
        # 以内, not a figure; or a limit (30日内) under the event it is counted from
        tail = kind_of(body[at][1][column]) not in _VALUE_KINDS or bool(
            EVENT_END_RE.fullmatch(over)
        )
        if out and out[-1] == at - 1 and tail and _ends_value(body, at, column):
            if len(body[at][1]) > len(body[at - 1][1]):
                out[-1] = at
            continue
        out.append(at)
    return out


def _starts_value(body: Sequence[tuple[int, dict[int, str]]], at: int, column: int) -> bool:
    """Whether the line's piece in ``column`` begins a value the piece under it ends
    (``达到5260人以`` / ``上``, ``达到6800元/`` / ``人·年以上``) and ends none over it; not
    where the line under holds more cells (the row's own line, its other cells centred)."""
    below = body[at + 1][1].get(column) if at + 1 < len(body) else None
    return (
        below is not None
        and len(body[at + 1][1]) <= len(body[at][1])
        and not _ends_value(body, at, column)
        and kind_of(body[at][1][column] + below) in _VALUE_KINDS
    )


def _name_end_moved(
    placed: dict[int, str], above: dict[int, str], columns: Sequence[_Column]
) -> dict[int, str]:
    """``特别扶助对象 ≥1126 人`` then ``人数`` alone at the line's start: a text copy wraps a
    long line to its start, under the level labels; a few words there that name no level and
    end the name above, cut inside a word, are that name's end (in its column)."""
    if len(placed) != 1:
        return placed
    ((column, text),) = placed.items()
    name = next((i for i, each in enumerate(columns) if each.role is Role.NAME), None)
    role = columns[column].role
    if name is None or role not in _LABEL_ROLES or name not in above or len(text) > _TAIL_MAX:
        return placed
    if _names_level(text, role) or kind_of(text) in _LEVEL_KINDS or _label_piece(text):
        return placed  # a level's label, or a piece of one (指标, 效益)
    if column in above and (
        not _names_level(above[column], role) or kind_of(above[column] + text) in _LEVEL_KINDS
    ):
        return placed  # a label's end under its start (效益 / 指标)
    if not _ends_cut_name(above[name], text, Role.NAME):
        return placed
    return {name: text}


_LABEL_END: Final = "指标"


def _label_end_moved(
    placed: dict[int, str], above: dict[int, str], columns: Sequence[_Column]
) -> dict[int, str]:
    """``社会效益   农民工工资拖欠案件 …`` then ``指标`` alone under the name: a label's
    指标 wrapped onto the next line, printed where the wrap put it; it completes the one
    label of the row above that lacks it (社会效益指标), not the name (no name ends so)."""
    if len(placed) != 1 or "".join(next(iter(placed.values())).split()) != _LABEL_END:
        return placed
    ((column, text),) = placed.items()
    if columns[column].role in _LABEL_ROLES:
        return placed  # under a label's column already: joined there as it stands
    labels = [
        at
        for at, words in above.items()
        if columns[at].role in _LABEL_ROLES
        and not words.endswith(_LABEL_END)
        and kind_of(words + text) in _LEVEL_KINDS
    ]
    return {labels[0]: text} if len(labels) == 1 else placed


def _label_piece(text: str) -> bool:
    """``指标``, ``标``, ``效益``, ``影响``: a level label's end or middle, printed under it."""
    word = "".join(text.split())
    return word.endswith(("指标", "指", "标")) or kind_of(word + "指标") in _LEVEL_KINDS


def _ends_value(body: Sequence[tuple[int, dict[int, str]]], at: int, column: int) -> bool:
    """Whether the line's piece in ``column`` ends the value over it (``2021年12月底`` /
    ``前``)."""
    over = body[at - 1][1].get(column) if at > 0 else None
    return over is not None and kind_of(over + body[at][1][column]) in _VALUE_KINDS


# A line with a 分值 or 得分 of its own holds a row (its target may be in words: 优良,
# 建立健全): those short figures never wrap, so a wrapped cell's next line holds none.
_SCORE_ROLES: Final = frozenset({Role.WEIGHT, Role.SCORE})


def _whole_row(placed: dict[int, str], columns: Sequence[_Column]) -> bool:
    return any(
        columns[column].role in _SCORE_ROLES and kind_of(text) is Kind.NUMBER
        for column, text in placed.items()
    )


def _ended_target(
    body: Sequence[tuple[int, dict[int, str]]], at: int, target: int, columns: Sequence[_Column]
) -> bool:
    """Whether the line's target piece is a whole target in words (持续运行, 不超过上年) on
    a row's line: one that opens with a level's label (产出指标 / 时效指标), or one under a
    line whose target piece, if any, is shorter than the column's widest (that piece ended
    its cell, so this one is no wrapped tail of it)."""
    placed = body[at][1]
    read = read_target_cell(placed[target]).target
    if read is None or read.kind is not TargetKind.QUALITATIVE:
        return False  # a figure or a date is a value the line is taken for already
    if any(
        columns[column].role in _LABEL_ROLES and _names_level(text, columns[column].role)
        for column, text in placed.items()
    ):
        return True
    widest = max(_width(line[target]) for _, line in body if target in line)
    above = body[at - 1][1].get(target) if at else None
    return above is None or _width(above) < widest - _LINE_SLACK


def _tab_line(line: SourceLine, cells: list[str]) -> SourceLine:
    return replace(line, text="\t".join(cells), cells=tuple(cells))


def _furniture(pieces: Sequence[_Piece], header_words: set[str]) -> bool:
    """A page's number, 续表, or the header printed again at a new page's top."""
    return _page_number(pieces) or _is_header(pieces, header_words)


def _page_number(pieces: Sequence[_Piece]) -> bool:
    """A page's number, alone or at the end of its footer (``文昌市财政局 … 第 1 页,共 2 页``)."""
    text = " ".join(piece.text for piece in pieces)
    if _PAGE_RE.fullmatch(text.strip()) is not None:
        return True
    return (
        len(pieces) <= 2 and "页" in pieces[-1].text and bool(_PAGE_RE.fullmatch(pieces[-1].text))
    )


def _is_header(pieces: Sequence[_Piece], header_words: set[str]) -> bool:
    return all(piece.text in header_words for piece in pieces)


def _header_follows(lines: Sequence[SourceLine], index: int, header_words: set[str]) -> bool:
    """Whether the header is printed again within a few lines after ``index``."""
    for line in lines[index + 1 : index + 1 + _HEADER_BELOW]:
        pieces = _pieces(line)
        if pieces and _is_header(pieces, header_words):
            return True
    return False


def _rows(
    body: Sequence[tuple[int, dict[int, str]]],
    anchors: Sequence[int],
    roles: Sequence[Role | None],
) -> list[tuple[int, list[int]]]:
    """Each anchor with the body lines of its row (indices into ``body``)."""
    capacity: dict[int, int] = {}  # the widest piece of each column: a full line of it
    for _, placed in body:
        for column, text in placed.items():
            capacity[column] = max(capacity.get(column, 0), _width(text))
    members: dict[int, list[int]] = {anchor: [anchor] for anchor in anchors}
    members[anchors[0]] = [*range(anchors[0]), anchors[0]]
    for previous, following in itertools.pairwise(anchors):
        between = list(range(previous + 1, following))
        cut = len(between)
        for at, line in enumerate(between):
            placed = body[line][1]
            row = [*members[previous], *between[:at]]
            if _ends_target(body, line, roles):
                continue  # the target's wrapped end: the row's, whatever stands beside it
            if not _goes_on(body, previous, row, line, roles):
                cut = at
                break
            texts = _joined(body, row)
            heads = line + 1 == following
            closed = _closed_before(body, line, following, capacity)
            narrower: frozenset[int] = frozenset()
            completes: frozenset[int] = frozenset()
            if heads:  # the next row's piece is a name's last glyphs (数): this line heads it
                closed |= {c for c, text in body[following][1].items() if len(text) <= _END_MAX}
                narrower = _narrower_than_next(placed, body[following][1])
                completes = _completes_next_name(texts, placed, body[following][1], roles)
            if completes or not _continues(
                texts, body[line - 1][1], placed, roles, capacity, heads, closed, narrower
            ):
                cut = at
                break
        members[previous] += between[:cut]
        members[following] = between[cut:] + members[following]
    for line in range(anchors[-1] + 1, len(body)):
        row = members[anchors[-1]]
        placed = body[line][1]
        texts = _joined(body, row)
        if not _goes_on(body, anchors[-1], row, line, roles) or not _continues(
            texts, body[line - 1][1], placed, roles, capacity, heads_anchor=False
        ):
            break  # the rest is a row the text cut before its values: left as printed
        row.append(line)
    return [(anchor, sorted(members[anchor])) for anchor in anchors]


def _ends_target(
    body: Sequence[tuple[int, dict[int, str]]], line: int, roles: Sequence[Role | None]
) -> bool:
    """Whether the line's target piece ends the target over it (``2019年12月底`` / ``前``):
    the line is that row's, though cells of one line centred on the row's height stand on
    it beside the tail (``时效指标``, ``行业标准``) and none over them."""
    target = roles.index(Role.TARGET)
    over = body[line - 1][1].get(target) if line > 0 else None
    return (
        over is not None
        and target in body[line][1]
        and (
            kind_of(over) in _VALUE_KINDS
            or over.endswith("/")
            or bool(EVENT_END_RE.fullmatch(over))
        )
        and _ends_value(body, line, target)
    )


# an event a time limit is counted from (收到上级资金后 / 30日内): a target's first line


def _joined(body: Sequence[tuple[int, dict[int, str]]], lines: Sequence[int]) -> dict[int, str]:
    texts: dict[int, str] = {}
    for line in sorted(lines):
        for column, text in body[line][1].items():
            texts[column] = texts.get(column, "") + text
    return texts


_VALUE_ROLES: Final = frozenset(
    {Role.TARGET, Role.ACTUAL, Role.PROJECTED, Role.PRIOR, Role.ADJUSTED, Role.LONG_TERM}
)
_LINE_SLACK: Final = 2  # a wrapped line may end a glyph short of its column's width
_END_MAX: Final = 2  # a name's last glyphs alone on its row's line (数, 人数)
_TAIL_MAX: Final = 5  # a cell's last words on a line of their own: a whole name is longer
_SENTENCE_ENDS: Final = ("。", ";", "；", ".")


def _names_level(text: str, role: Role | None) -> bool:
    """Whether a label's piece names a level by itself (``时效``, ``服务对象满意度``): a new
    row's; a label's tail (``指标``, ``影响``) names none."""
    if role is Role.CATEGORY:
        return category_from_label(text) is not None
    return subcategory_from_label(text) is not None


def _continues(
    texts: dict[int, str],
    above: dict[int, str],
    placed: dict[int, str],
    roles: Sequence[Role | None],
    capacity: dict[int, int],
    heads_anchor: bool,
    closed: frozenset[int] = frozenset(),
    narrower: frozenset[int] = frozenset(),
) -> bool:
    """Whether a line that could end the row above or begin the one below ends the row
    above. A level's label piece that names a level begins a row (``时效``), one that names
    none goes on (``质量`` / ``指标``); a value's piece that makes a value with the one above
    ends it (``2019年12月`` / ``底前``). Other cells wrap only where a line is full: a few
    words are a cell's last (``次数``); a piece under a short line begins the next row, one
    under a full line goes on with it, unless it is full itself right over the next row's
    line (``达到服务能力推荐标准的乡镇`` over ``卫生院数量 ≥6个``)."""
    points = {
        c for c, text in placed.items() if roles[c] in _LABEL_ROLES and _POINTS_RE.fullmatch(text)
    }
    if points and len(points) < len(placed):
        placed = {c: text for c, text in placed.items() if c not in points}
    label = next((c for c in placed if roles[c] in _LABEL_ROLES and c in texts), None)
    if label is not None:
        if _names_level(placed[label], roles[label]) or not _names_beside(placed, roles):
            return not _names_level(placed[label], roles[label])
        # a label's end beside a name's piece (生态效益 / 指标 printed in the middle of its
        # rows' span, the line between two rows): the name's piece decides
        placed = {c: text for c, text in placed.items() if roles[c] not in _LABEL_ROLES}
    for column, text in placed.items():
        if roles[column] in _VALUE_ROLES and column in texts:
            before = kind_of(texts[column]) in _VALUE_KINDS
            if before and kind_of(texts[column] + text) in _VALUE_KINDS:
                return True
    if all(roles[column] in _VALUE_ROLES for column in placed) and all(
        kind_of(texts.get(column, "")) in _VALUE_KINDS for column in placed
    ):
        return False  # values under whole values, none their end: the next row's
    for column, text in placed.items():
        if column not in above or roles[column] in _VALUE_ROLES:
            continue
        if len(text) <= _TAIL_MAX or text.endswith(_SENTENCE_ENDS):
            return True  # a cell's last words: a whole name is longer, a sentence ends it
        if roles[column] is Role.NAME and _NOTE_RE.fullmatch(text):
            return True  # a name's note on a line of its own (（新建及更换）): the name's end
        if column in narrower and roles[column] is not Role.NAME:
            return True  # shorter than the next row's piece: no first line of that cell
        if _width(above[column]) < capacity[column] - _LINE_SLACK:
            return False  # under a short line, which ended its cell
        # under a full line: its cell goes on, unless this full line itself heads the row
        # printed right under it; not where the name above is cut inside a word and this
        # line ends it (``公办幼儿园设施`` / ``设备更新数量`` over ``资助对象认定准 =100%``)
        if column not in closed and _whole_name(texts[column], text, roles[column]):
            return False  # the name above is whole, its values read: this one is the next
        full = heads_anchor and _width(text) >= capacity[column] - _LINE_SLACK
        ends = column not in closed and _ends_cut_name(texts[column], text, roles[column])
        return not full or ends
    return True


# a level's points printed under its label (决策 / (15), 产出 / （40分）): the label's,
# whichever row the line goes with, so it tells nothing of where the line belongs
_POINTS_RE: Final = re.compile(r"[(（]\d{1,3}(?:\.\d+)?分?[)）]")
# a note in brackets, whole, in the names column: printed under its name, never a name's head
_NOTE_RE: Final = re.compile(r"[(（][^()（）]{1,12}[)）]")


def _narrower_than_next(placed: dict[int, str], following: dict[int, str]) -> frozenset[int]:
    """The columns whose piece on a line right over the next row's line is narrower than
    that row's piece there: a wrapped cell's lines above its last fill the column, so this
    piece is no first line of that cell but the last of the cell above (``每低1个百分`` /
    ``点扣0.5分`` over ``制度健全且执行到位得满分``)."""
    return frozenset(
        column
        for column, text in placed.items()
        if column in following and _width(text) < _width(following[column]) - _LINE_SLACK
    )


def _completes_next_name(
    texts: dict[int, str],
    placed: dict[int, str],
    following: dict[int, str],
    roles: Sequence[Role | None],
) -> frozenset[int]:
    """The names column, where the line right over the next row's line is that row's name's
    head: the name above ends whole (``改造老旧供水管网长度``) and would not with the line
    after it, while the next row's piece is a bare measure word that names nothing alone
    (``数量``, ``年限``) and ends a name with the line before it (``单村水站规范化改造`` /
    ``数量 ≥36个``: the target printed on the tail's line). A PDF's layer prints a name
    wrapped over two lines with its target on either; the pieces go where they make names."""
    for column, text in placed.items():
        below = following.get(column)
        if roles[column] is not Role.NAME or below is None or column not in texts:
            continue
        if len(below) > _END_MAX:
            continue  # a piece that may be a whole name of its own
        before = texts[column]
        if (
            _whole_name(before, text, Role.NAME)
            and not _ends_name(before + text)
            and _ends_name(text + below)
        ):
            return frozenset({column})
    return frozenset()


def _names_beside(placed: dict[int, str], roles: Sequence[Role | None]) -> bool:
    return any(roles[column] is Role.NAME for column in placed)


# a measure that ends a whole name (管理服务率, 生活标准); not 本 or 人, which end words
# inside names too (基本, 责任人)
_WHOLE_NAME_END_RE: Final = re.compile(r"(?:[率度数量额次积]|成本|时间|时限|标准|比例|里程)$")


def _closed_before(
    body: Sequence[tuple[int, dict[int, str]]], line: int, following: int, capacity: dict[int, int]
) -> frozenset[int]:
    """The columns whose cell a short line ends between ``line`` and the next row's line,
    which holds a piece of its own there: a cell printed from ``line`` on would end before
    that row's piece, so it is no head of that row (``其中:枸杞标准`` / ``化种植基地建设`` /
    ``面积`` over ``新建小型蓄水池``)."""
    anchor = body[following][1]
    return frozenset(
        column
        for at in range(line + 1, following)
        for column, text in body[at][1].items()
        if column in anchor and _width(text) < capacity[column] - _LINE_SLACK
    )


def _whole_name(before: str, text: str, role: Role | None) -> bool:
    """Whether the name above ends as a whole name does (服务率) and the line opens no note
    of it (``(含打包离田)``): a name that begins the next row, under its first line."""
    return (
        role is Role.NAME
        and _WHOLE_NAME_END_RE.search(before) is not None
        and not text.startswith(("(", "（"))
    )


def _ends_cut_name(before: str, text: str, role: Role | None) -> bool:
    """Whether a full line of names ends the name above it: that name is cut inside a word
    and the line ends it, or the line ends as a whole name does (a first line is cut at the
    column's width, seldom at a measure word)."""
    return (
        role is Role.NAME
        and _ends_name(before + text)
        and (not _ends_name(before) or _ends_name(text))
    )


# the words a qualitative indicator's name ends with besides a measure (保障水平, 长效机制)
_QUALITY_END_RE: Final = re.compile(r"(?:水平|机制|制度|体系|意识|环境)$")


def _ends_name(text: str) -> bool:
    return ends_as_name(text) or _QUALITY_END_RE.search(text) is not None


def _goes_on(
    body: Sequence[tuple[int, dict[int, str]]],
    anchor: int,
    row: Sequence[int],
    line: int,
    roles: Sequence[Role | None],
) -> bool:
    """Whether each piece of the line goes on from the row above: its column holds a piece
    on the line over it, or the row's cell is printed around its lines of values (a piece
    over the anchor's line, none from it down to this line: ``资助家庭经济困`` above,
    ``难幼儿人次`` under the values and a target's wrapped ``次``). A 一级 label tells
    nothing: it is printed where its merged cell's middle falls, on any line of its block,
    when a 二级 label's piece stands beside it (``效益指标 | 指标``)."""
    over = body[line - 1][1]
    head = body[anchor - 1][1] if anchor - 1 in row else {}
    placed = body[line][1]
    second = any(roles[column] is Role.SUBCATEGORY for column in placed)
    return all(
        column in over
        or (second and roles[column] is Role.CATEGORY)
        or (column in head and all(column not in body[k][1] for k in range(anchor, line)))
        for column in placed
    )
