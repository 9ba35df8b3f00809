"""Cells a PDF's raw text layer wraps onto the lines under their row, joined back.

A text layer extracted without its layout (``pdftotext -raw``, a viewer's copy) prints each
table row's cells one space apart on a line, and the cells its narrow columns wrap as the
next lines, their pieces in the columns' order with no place kept::

    产出指标 数量指标 资助家庭经济 3600人次( 达到1200人次 1326人次 10 10 受天气影响部分
    困难幼儿人次 含)以上 以上 工程延期,下一
    步加快进度

:func:`join_raw_wraps` gives each piece of such a line back to the cell of the row above it
ends: in order, each to the first cell after the last one given a piece that it ends as that
cell's kind asks (a name cut inside a word ends as a name does, a value cut inside it ends as
a value, a label's first half ends as a label, a text after the row's values takes any
words). A line is a row's wrapped end only where every piece finds its cell; a row's own line
holds a score or a new level's label, which never wrap. The row's line is rewritten with its
cells whole and the wrapped lines are left empty (their numbers kept for the places
reported).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from jixiao.ingest.general.kinds import TARGET_KINDS, Kind, ends_as_name, kind_of
from jixiao.ingest.source import SourceLine

_LABELS: Final = frozenset({Kind.CATEGORY, Kind.SUBCATEGORY})
_VALUES: Final = frozenset({*TARGET_KINDS, Kind.PLACEHOLDER})
_WORDS: Final = frozenset({Kind.NAME, Kind.SENTENCE})
_GLYPH_RE: Final = re.compile(r"[\u4e00-\u9fff]")
_RAW_MIN_ROWS: Final = 2  # a table's rows with values, each one line of cells one space apart
_ROW_MIN_CELLS: Final = 3
_ROW_NUMBERS: Final = 2
_PIECE_MAX: Final = 16  # a cell's wrapped line: as wide as its column, a few words


def join_raw_wraps(lines: Sequence[SourceLine]) -> list[SourceLine] | None:
    """The lines with each row's wrapped lines joined into it; None where the text holds
    no table printed one space apart, or no row wraps."""
    pieces = [_raw_pieces(line) for line in lines]
    is_row = [each is not None and _row_line(each) for each in pieces]
    rows = [each for each, row in zip(pieces, is_row, strict=True) if each is not None and row]
    if len(rows) < _RAW_MIN_ROWS or not all(map(_named, rows)):
        # a row's line without its name: names printed around their rows' lines (the head
        # above, the tail under), so a line under a row may open the next one as well
        return None
    side = _side_label_lines(lines)
    out = [
        replace(line, text="", cells=()) if at in side else line for at, line in enumerate(lines)
    ]
    pieces = [None if at in side else each for at, each in enumerate(pieces)]
    changed = bool(side)
    anchor: int | None = None  # the last row's line
    cells: list[str] = []
    for index, found in enumerate(pieces):
        if found is None:
            if index not in side and lines[index].text.strip():
                anchor = None  # a line of another shape ends the table's rows
            continue
        if is_row[index]:
            anchor, cells = index, list(found)
            continue
        if anchor is None:
            continue
        joined = _joined(cells, found)
        if joined is None:
            anchor = None
            continue
        cells = joined
        text = " ".join(cells)
        out[anchor] = replace(out[anchor], text=text, cells=(text,))
        out[index] = replace(lines[index], text="", cells=())
        changed = True
    return out if changed else None


_SIDE_GAP: Final = 3  # a side label's next glyph: the next line, or past a row and its wrap
_SIDE_MIN: Final = 3  # 产出指标, 效益指标: a label of a few glyphs, never one glyph alone
_SIDE_MAX: Final = 12


def _side_label_lines(lines: Sequence[SourceLine]) -> set[int]:
    """The lines of a label printed down the table's side one glyph a line, between the
    rows' lines (产 / a row / 出 / a row / 指 / a row / 标): lone glyphs each a few lines from
    the next that spell a 一级 or 二级 label. Read as a row's wrapped end, a glyph would
    lengthen a name (…覆盖率标); a wrapped name's last glyph (率) spells no label."""
    glyphs = [at for at, line in enumerate(lines) if _GLYPH_RE.fullmatch(line.text.strip())]
    found: set[int] = set()
    chain: list[int] = []
    for at in [*glyphs, None]:
        if at is not None and chain and at - chain[-1] <= _SIDE_GAP and len(chain) < _SIDE_MAX:
            chain.append(at)
            continue
        found |= _spelled(chain, lines)
        chain = [] if at is None else [at]
    return found


def _spelled(chain: Sequence[int], lines: Sequence[SourceLine]) -> set[int]:
    """The lines of each run of ``chain`` whose glyphs spell a label, the longest first
    from each start (two labels' glyphs may follow on: 产出指标 then 效益指标)."""
    found: set[int] = set()
    start = 0
    while start <= len(chain) - _SIDE_MIN:
        size = next(
            (
                n
                for n in range(len(chain) - start, _SIDE_MIN - 1, -1)
                if _spells(chain[start : start + n], lines)
            ),
            0,
        )
        found |= set(chain[start : start + size])
        start += max(size, 1)
    return found


def _spells(run: Sequence[int], lines: Sequence[SourceLine]) -> bool:
    return kind_of("".join(lines[at].text.strip() for at in run)) in _LABELS


def _raw_pieces(line: SourceLine) -> list[str] | None:
    """The line's cells one space apart, or None where the line is parted otherwise (tabs,
    pipes, runs of spaces: a layout kept) or blank."""
    text = line.text.strip()
    if not text or len(line.cells) > 1 or "\t" in text or "|" in text or "  " in text:
        return None
    if "\u3000" in text or "\u00a0" in text:
        return None
    return text.split(" ")


def _row_line(pieces: Sequence[str]) -> bool:
    """A row's own line: several cells, a value among them, and a score or a level's label
    (which never wrap); not a heading's spaced glyphs (2 0 2 1 年 度 …)."""
    if len(pieces) < _ROW_MIN_CELLS or 2 * sum(len(p) == 1 for p in pieces) > len(pieces):
        return False
    if _MONEY_ROW_RE.fullmatch(pieces[0]):
        return False  # the money block's rows and the closing ones: no indicator's
    kinds = [kind_of(piece) for piece in pieces]
    targets = any(kind in _VALUES and kind is not Kind.NUMBER for kind in kinds)
    if not targets and kinds.count(Kind.NUMBER) < _ROW_NUMBERS:
        return False  # a target, or figures, not a bare number alone (免费预览 3 页)
    return Kind.NUMBER in kinds or kinds[0] in _LABELS


def _named(pieces: Sequence[str]) -> bool:
    """Whether a row's line holds its name: words before its first value."""
    for piece in pieces:
        kind = kind_of(piece)
        if kind in _VALUES:
            return False
        if kind in _WORDS:
            return True
    return False


def _joined(cells: list[str], pieces: Sequence[str]) -> list[str] | None:
    """``cells`` with each piece appended to the cell it ends, in order; None where a piece
    ends none (the line is no wrapped end of the row)."""
    pieces = list(pieces)
    side = len(pieces) > 1 and len(pieces[0]) == 1 and _GLYPH_RE.match(pieces[0])
    if side and not (len(cells[0]) > 1 and kind_of(cells[0] + pieces[0]) in _LABELS):
        pieces = pieces[1:]  # a label printed down the table's side, a glyph a line (绩 / 效)
    if any(len(piece) > _PIECE_MAX for piece in pieces):
        return None  # a row run together (质量指标不动产…1010): no cell's wrapped line
    if any(kind_of(piece) is Kind.NUMBER for piece in pieces):
        return None  # a score or a figure of its own: a row's cell, no wrapped end
    if _HEADING_RE.match(pieces[0]) or _FIELD_RE.match(pieces[0]) or "【" in "".join(pieces):
        return None  # the text's next part, a field's label (填报人：), a site's links (【打印】)
    if _MONEY_ROW_RE.fullmatch(pieces[0]):
        return None  # the money block's next row (上年结转资金), a closing row (总分, 合计)
    if len(pieces) > min(len(cells), _PIECES_MAX):
        return None  # more pieces than cells to end: no wrapped line of this row
    return _assigned(list(cells), pieces, -1, [_SEARCH_BUDGET])


# a heading of the text's next part (（二）效益指标, 三、), numbered
_HEADING_RE: Final = re.compile(
    r"[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[．.、](?!\d)"
)
# a field's label and its value (填报人：…, 联系电话:…), a note (注:…)
_FIELD_RE: Final = re.compile(r"[\u4e00-\u9fff]{1,8}[:：]")
# a row of the money block (其中:本年财政拨款, 上年结转资金, 财政资金小计, ①中央及省级财政资金) or
# a closing row (合计, 总分): their labels are no indicator's cells
_MONEY_ROW_RE: Final = re.compile(
    r"(?:其中[:：])?[①-⑩]?[^\d\s:：]{0,10}(?:资金|结转|结余|拨款)(?:总额|小计|合计)?"
    r"|[^\d\s]{0,4}(?:小计|合计|总计|总分)|合|总"
)


# a wrapped line ends at most a row's cells; the search for where its pieces go stops after
# this many tries (each piece may end several cells: without a bound a long line's search
# doubled with each cell)
_PIECES_MAX: Final = 24
_SEARCH_BUDGET: Final = 256


def _assigned(
    cells: list[str], pieces: Sequence[str], after: int, budget: list[int]
) -> list[str] | None:
    """The first assignment of the pieces, in order, to cells after ``after`` that each
    ends, trying each piece's likelier cells first; None where there is none, or where the
    search has used its ``budget`` (a one-item list, shared by the whole search)."""
    if not pieces:
        return cells
    budget[0] -= 1
    if budget[0] < 0 or len(pieces) > len(cells) - after - 1:
        return None
    piece = pieces[0]
    ends = [i for i in range(after + 1, len(cells)) if _ends(cells, i, piece)]
    for at in _preferred(cells, ends, piece):
        joined = [*cells[:at], cells[at] + piece, *cells[at + 1 :]]
        if (found := _assigned(joined, pieces[1:], at, budget)) is not None:
            return found
    return None


def _preferred(cells: Sequence[str], ends: Sequence[int], piece: str) -> list[int]:
    """The cells ``piece`` may end, likeliest first: a value cut inside it (``1000元/人·`` /
    ``年以内``) before a name the piece would lengthen; a name where the piece makes it end
    as a name does (``资助家庭经济`` / ``困难幼儿人次``), else after the later cells (a
    reason's last words under a name that stays cut: ``覆盖面`` / ``强督导``)."""
    if not ends or not _is_name(cells, ends[0]):
        return list(ends)
    first, rest = ends[0], list(ends[1:])
    cut = [i for i in rest if kind_of(cells[i]) not in _VALUES and _is_value_end(cells[i])]
    if cut:
        return [*cut, first, *[i for i in rest if i not in cut]]
    if _whole_name(cells[first] + piece):
        return [first, *rest]
    return [*rest, first]


def _is_name(cells: Sequence[str], at: int) -> bool:
    return kind_of(cells[at]) in _WORDS and not any(kind_of(each) in _VALUES for each in cells[:at])


def _is_value_end(cell: str) -> bool:
    """A value cut inside it: a figure with a unit's or a bracket's open end."""
    return re.search(r"\d", cell) is not None and cell.endswith(("·", "/", "(", "（"))


def _ends(cells: Sequence[str], at: int, piece: str) -> bool:
    """Whether ``piece`` ends the cell ``cells[at]`` as its kind asks."""
    cell = cells[at]
    if at == 0 and len(cell) == 1:
        return False  # a label printed down the table's side, a glyph a line (指 / 标)
    kind = kind_of(cell)
    whole = kind_of(cell + piece)
    if kind in _LABELS or whole in _LABELS:
        return whole in _LABELS and not cell.endswith("指标")  # 社会效益 / 指标
    if kind is Kind.NUMBER:
        return False  # a score never wraps
    if _is_value_end(cell):
        return whole in _VALUES  # 3600人次( / 含)以上
    if kind in _VALUES or whole in _VALUES:
        return whole in _VALUES
    if kind not in _WORDS:
        return False
    valued = any(kind_of(each) in _VALUES for each in cells[:at])
    if valued:
        return True  # a text column after the row's values takes any words
    if kind_of(piece) not in _NAME_TAILS or piece.endswith("指标"):
        return False
    # a name cut inside a word, or one a measure's last glyph completes (更新数 / 量)
    return not _whole_name(cell) or (len(piece) <= _LAST_GLYPHS and ends_as_name(cell + piece))


def _whole_name(name: str) -> bool:
    """Whether a name ends as a whole one does: a measure (率, 次数) or a word that closes
    names though its last glyph closes other words too (时限, 标准, 机制)."""
    return ends_as_name(name) or _WHOLE_END_RE.search(name) is not None


_WHOLE_END_RE: Final = re.compile(r"(?:时限|标准|比例|里程|成本|机制|水平|体系|制度)$")


_LAST_GLYPHS: Final = 1
# what a name's wrapped end reads as alone: words, a unit word (户数), a measure (数量)
_NAME_TAILS: Final = frozenset({Kind.NAME, Kind.SENTENCE, Kind.UNIT, Kind.SUBCATEGORY})
