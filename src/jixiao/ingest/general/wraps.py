"""Cells a text PDF's layer wraps onto the lines around their row's line, joined back.

A PDF's narrow columns wrap a long name, target or label over two lines, and the text layer
prints each line as it stands: the cell's last words under it (``牲畜口蹄疫强制免疫数   ≥120万头``
then ``量   (只)``), or its first words above the row's line (``达到服务能力推荐标准的乡镇`` then
``卫生院数量   ≥6个``), or a label's second half beside a name's end (``效果`` / ``指标``).
:func:`join_column_wraps` joins each such piece to the cell it stands under or over, by the
places the line's cells are printed at, below an indicator table's header only.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from typing import TYPE_CHECKING, Final

from jixiao.ingest.cells import is_decorative, label_key, squashed
from jixiao.ingest.general.kinds import Kind, ends_as_name, kind_of
from jixiao.ingest.general.vocabulary import (
    TOTAL_SCORE_RE,
    Role,
    field_of,
    funding_role,
    header_role,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from jixiao.ingest.general.stream import Cell

_OPERATOR_START_RE: Final = re.compile(r"[≥≤=><≧≦﹦＝]")

# what a line of a cell's wrapped words cannot hold: a value or a label of its own
_NOT_WRAPPED: Final = frozenset(
    {
        Kind.NUMBER,
        Kind.QUANTITY,
        Kind.QUALITATIVE,
        Kind.PERIOD,
        Kind.STATUS,
        Kind.PLACEHOLDER,
        Kind.OPERATOR,
        Kind.NUMBERING,
        Kind.CATEGORY,
        Kind.HEADER,
        Kind.SENTENCE,
    }
)
_ROW_VALUES: Final = frozenset({Kind.NUMBER, Kind.QUANTITY, Kind.QUALITATIVE, Kind.PERIOD})
_WRAP_ALONE_MAX: Final = 6  # one word alone under a cell: its last words, not a row's name
_WRAP_ALONE_MIN: Final = 2
_WRAP_SLACK: Final = 1  # places a wrapped line may stand off its column in a PDF's layout
_MIN_WRAPPED_ROW: Final = 2
_WRAP_MAX: Final = 10  # a cell's wrapped end: a few words


def join_column_wraps(cells: list[Cell]) -> list[Cell]:
    """A text PDF's narrow columns wrap a row's cells onto the line below, each under its
    own cell (``牲畜口蹄疫强制免疫数   ≥120万头`` then ``量   (只)``): a line right after a
    row with a value, whose every cell stands under a cell of that row and is no value or
    label itself, is the end of those cells."""
    rows = [list(row) for _, row in itertools.groupby(cells, key=lambda cell: cell.row)]
    # below an indicator table's header only (the money block above wraps less)
    start = next((i for i, row in enumerate(rows) if any(map(_names_column, row))), None)
    if start is None:
        return cells
    out: list[list[Cell]] = rows[: start + 1]
    names = next(cell.column for cell in rows[start] if _names_column(cell))
    for index, row in enumerate(rows[start + 1 :], start=start + 1):
        following = rows[index + 1] if index + 1 < len(rows) else []
        if _side_label_start(row, following):
            out.append(row)
            continue
        if len(out) > start + 1 and (joined := _wrapped_anyhow(out[-1], row, names)) is not None:
            out[-1] = joined
            continue
        out.append(row)
    out = out[: start + 1] + _join_heads(out[start + 1 :])
    return [cell for row in out for cell in row]


def _side_label_start(row: list[Cell], following: list[Cell]) -> bool:
    """``质量`` then ``指标``, each a line alone under a row: a level's label printed down
    the table's side, a few glyphs a line, whose first part is no wrapped end of the row
    above (the two read together as a label)."""
    if len(row) != 1 or len(following) != 1:
        return False
    return kind_of(squashed(row[0].text + following[0].text)) in _WRAPPED_LABELS


def _join_heads(rows: list[list[Cell]]) -> list[list[Cell]]:
    """A name wrapped with its first words above the row's line (``达到服务能力推荐标准的乡镇``
    alone, then ``卫生院数量   ≥6个``): a line of one name, no value, standing right over
    the name of a row with a value, is that name's start."""
    out: list[list[Cell]] = []
    for row in rows:
        head = out[-1] if out else None
        before = out[-2] if len(out) > 1 else []
        if (
            head is not None
            and not _ends_nameless_row(before, head)
            and (joined := _head_into(head, row) or _numbered_head_into(head, row)) is not None
        ):
            out[-1] = joined
            continue
        out.append(row)
    return out


def _ends_nameless_row(before: list[Cell], head: list[Cell]) -> bool:
    """``强制免疫病种应免`` / ``数量指标 ≥90% 93.6%`` / ``畜禽免疫密度``: a name printed over
    and under its row's line, which holds the values and nothing in the name's column; the
    line under it ends that name, it starts none."""
    top = head[0]
    return any(map(_holds_value, before)) and not any(
        abs(cell.offset - top.offset) <= _WRAP_SLACK for cell in before
    )


def _head_into(head: list[Cell], row: list[Cell]) -> list[Cell] | None:
    """``row`` with the one name of ``head`` put before the name it stands over, or None."""
    if len(head) != 1 or row[0].gap or len(row) < _MIN_WRAPPED_ROW:
        return None
    top = head[0]
    if top.offset < 0 or top.glued or top.kind is not Kind.NAME or len(top.text) < _WRAP_ALONE_MIN:
        return None
    if not _wrap_word(top, _HEAD_MAX) or not any(map(_holds_value, row)):
        return None
    if top.text.endswith("指标"):
        return None  # a label's second line (可持续影 / 响指标)
    for index, cell in enumerate(row):
        if cell.offset < 0 or cell.glued:
            return None
        if abs(cell.offset - top.offset) <= _WRAP_SLACK:
            if cell.kind is not Kind.NAME or index + 1 == len(row):
                return None
            whole = replace(cell, text=top.text + cell.text, gap=top.gap)
            return [*row[:index], whole, *row[index + 1 :]]
    return None


def _numbered_head_into(head: list[Cell], row: list[Cell]) -> list[Cell] | None:
    """``指标2  人民调解案件`` alone, then ``受理数 全县各级调解组织受理 ≥800件 …``: a table
    whose rows open with their numbering (指标N) prints a name its cell wrapped as the
    numbered line's last words and the next line's first; a line with no numbering of its
    own, holding the row's values, goes on the numbered line above, which holds none. The
    numbered line's name and the next line's first words are one name."""
    if len(head) != 2 or head[0].kind is not Kind.NUMBERING or head[1].kind is not Kind.NAME:
        return None  # cheapest tests first: most lines above a row hold a row of their own
    if row[0].gap or len(row) < _MIN_WRAPPED_ROW or row[0].line != head[1].line + 1:
        return None
    first = row[0]
    if first.kind is not Kind.NAME or first.glued or not _wrap_word(first):
        return None
    if any(cell.kind is Kind.NUMBERING for cell in row) or not any(map(_holds_value, row)):
        return None  # a numbered line is a row of its own; a line of no values is no row
    if ends_as_name(squashed(head[1].text)) and not _words_before_values(row[1:]):
        # ``…科学素质比例`` / ``比例 ≥10%``: a whole name, its 指标解释 cell opening the next
        # line; a name's end is followed by that cell's words before the values
        return None
    whole = replace(first, text=head[1].text.rstrip() + first.text.lstrip(), gap=head[1].gap)
    return [replace(head[0], row=first.row), whole, *row[1:]]


_EXPLAINING: Final = frozenset({Kind.NAME, Kind.SENTENCE})


def _words_before_values(cells: list[Cell]) -> bool:
    """Whether ``cells`` open with words (a name's or an explanation's) before a value."""
    return bool(cells) and cells[0].kind in _EXPLAINING and not _holds_value(cells[0])


def _names_column(cell: Cell) -> bool:
    return cell.kind is Kind.HEADER and header_role(label_key(cell.text)) is Role.NAME


def _printed(cell: Cell) -> int:
    return cell.offset


def _in_chars(cell: Cell) -> int:
    return cell.char_offset


def _wrapped_anyhow(above: list[Cell], row: list[Cell], names: int) -> list[Cell] | None:
    """:func:`_wrapped_into` by the places as printed, else by characters: a text padded to
    its columns by characters (a CJK glyph counted one, as some exports count) has its
    wrapped pieces under their cells only so; else by the columns of a table whose cells
    keep them (``names``: the header's name column)."""
    if (basis := _basis_end(above, row)) is not None:
        return basis
    joined = _wrapped_into(above, row, _printed)
    if joined is None:
        joined = _wrapped_into(above, row, _in_chars)
    if joined is None and _wraps_words_past_the_name(above, row, names):
        # a label's end on the line says it goes on the row above, values or none
        labelled = any(_completes_label(top, cell) for top, cell in _under(above, row))
        joined = _wrapped_into(above, row, _in_column, slack=0, valued=not labelled)
    return joined


def _under(above: list[Cell], row: list[Cell]) -> list[tuple[Cell, Cell]]:
    """Each cell of ``row`` with the cell of ``above`` in its column."""
    by_column = {cell.column: cell for cell in above}
    return [(by_column[cell.column], cell) for cell in row if cell.column in by_column]


# a 指标值确定依据 cell (历史标准, 行业标准): the row's last, its end hard-wrapped to the next
# line's start by a preview's line width, so under the name
_BASIS_RE: Final = re.compile(r"(?:计划|历史|行业|其他|预算支出)标准")


def _basis_end(above: list[Cell], row: list[Cell]) -> list[Cell] | None:
    """``… 较上年下降 历史`` then ``标准`` alone: the end of the row's last cell, joined to it."""
    if len(row) != 1 or row[0].gap or not above or row[0].line == above[-1].line:
        return None
    last = above[-1]
    if not _BASIS_RE.fullmatch(squashed(last.text + row[0].text)):
        return None
    return [*above[:-1], replace(last, text=last.text + row[0].text)]


def _in_column(cell: Cell) -> int:
    return cell.column


# words a wrap may have cut short: a name's, a label's, a standard's (不低于全市平均 / 水平)
_CJK_RE: Final = re.compile(r"[\u4e00-\u9fff]")
_CUT_WORDS: Final = frozenset({Kind.NAME, Kind.CATEGORY, Kind.SUBCATEGORY, Kind.QUALITATIVE})


def _wraps_words_past_the_name(above: list[Cell], row: list[Cell], names: int) -> bool:
    """Whether a line of a table whose cells keep their columns (a tab-separated scan) may
    hold the wrapped ends of the row above's target, actual or label (``控制在全省平均`` /
    ``水平以下``): each piece under words cut short, no whole value; and one of them the end
    of the label above it (``社会效益`` / ``指标``), or nothing in the name's column (a name
    there starts the next row) and a piece right of it."""
    if names < 0 or any(cell.column < 0 for cell in row):
        return False
    pairs = _under(above, row)
    if len(pairs) != len(row) or any(top.kind not in _CUT_WORDS for top, _ in pairs):
        return False
    if not all(_CJK_RE.search(cell.text) for cell in row):
        return False  # a Chinese cell's end is Chinese: a scan's mark (``[EX] 11``) is none
    if any(_completes_label(top, cell) for top, cell in pairs):
        return True  # 社会效益 / 指标: the line goes on the row above, the name's end too
    return row[-1].column > names and all(cell.column != names for cell in row)


def _completes_label(top: Cell, cell: Cell) -> bool:
    return top.kind in _WRAPPED_LABELS and kind_of(top.text + cell.text) in _WRAPPED_LABELS


def _wrapped_into(
    above: list[Cell],
    row: list[Cell],
    place: Callable[[Cell], int],
    slack: int = _WRAP_SLACK,
    valued: bool = True,
) -> list[Cell] | None:
    """``above`` with the cells of ``row`` appended to the cells they stand under (at the
    same ``place``), or None where ``row`` is no such wrapped line (``valued``: only under
    a row holding a value)."""
    if row[0].gap or any(place(cell) < 0 or cell.glued for cell in [*above, *row]):
        return None
    if len(above) < _MIN_WRAPPED_ROW or (valued and not any(map(_holds_value, above))):
        return None  # one cell a line (a name, then its target) is no row with columns
    if is_decorative("".join(cell.text for cell in above)):
        return None  # a page's footer (第 1 页): what follows it is the next page's
    if TOTAL_SCORE_RE.fullmatch(label_key(above[0].text)):
        return None  # the 总分 row closes the form: under it, a stamp's or signature's words
    if len(row) == 1 and len(squashed(row[0].text)) > _WRAP_ALONE_MAX:
        return None
    tails: dict[int, str] = {}
    for cell in row:
        under = [i for i, top in enumerate(above) if abs(place(top) - place(cell)) <= slack]
        if len(under) != 1 or under[0] in tails:
            return None
        # 效果 / 指标: a label's end completes the label above it, a header word as it is
        # a whole label (成本指标) under another (时效指标) is the next row's, cut short
        label = kind_of(above[under[0]].text + cell.text) in _WRAPPED_LABELS and not _whole_label(
            cell
        )
        # plain words starting the next row's name are that row's, before any test of an
        # echo (a line longer than the name above is either): garbled glyphs never start one
        if not label and not _garbled(cell.text) and _starts_a_name(above[under[0]], row, above):
            return None
        if not label and under[0] != 0 and _debris_under(above[under[0]], cell.text):
            continue  # the garbled lower half of a tall cell: nothing of the cell above
        if not (label or _wrap_word(cell)):
            return None
        if under[0] == 0 and len(squashed(cell.text)) < _WRAP_ALONE_MIN:
            return None  # one glyph at a row's start: a label printed down the side (绩 / 效)
        tails[under[0]] = cell.text
    return [
        replace(top, text=top.text + tails[i]) if i in tails else top for i, top in enumerate(above)
    ]


_WRAPPED_LABELS: Final = frozenset({Kind.CATEGORY, Kind.SUBCATEGORY})
# glyphs no word is printed with: a character's bare component (忄 of 情, 卄), what OCR
# reads off the lower half of a tall cell's glyphs
_COMPONENTS_RE: Final = re.compile(r"[忄亻氵扌犭纟讠钅饣礻衤阝刂卩彳廴辶冖丬卄廾乛]")
# and the other debris it leaves: a Latin letter or a digit spaced among the glyphs
_SPACED_DEBRIS_RE: Final = re.compile(r"\s[A-Za-z0-9]|[A-Za-z0-9]\s|[\u4e00-\u9fff][a-z]")


def is_ocr_debris(text: str) -> bool:
    """``忄虫 1 工丕i卄``: OCR's reading of the lower half of a tall cell, a bare component
    of a character with letters or digits spaced among the glyphs; no words of a cell."""
    return _COMPONENTS_RE.search(text) is not None and _SPACED_DEBRIS_RE.search(text) is not None


# a glyph OCR garbles in: a lone digit or letter glued between two glyphs (乡3训), a
# scan's bracketed mark ([X])
_GLUED_DEBRIS_RE: Final = re.compile(r"[\u4e00-\u9fff][0-9A-Za-z][\u4e00-\u9fff]|\[[A-Za-z]\]")


def _garbled(text: str) -> bool:
    """Any mark of OCR debris in ``text``: a bare component, a letter or digit spaced or
    glued among the glyphs."""
    return (
        _COMPONENTS_RE.search(text) is not None
        or _SPACED_DEBRIS_RE.search(text) is not None
        or _GLUED_DEBRIS_RE.search(text) is not None
    )


def _debris_under(top: Cell, text: str) -> bool:
    """Whether ``text`` is OCR's garbled echo of a tall cell's lower half (``纟训农民涡意度``
    under ``参训农民满意度``): debris as :func:`is_ocr_debris` says, a bare component opening
    it (no word opens so), words that make no standard of one already whole (``列业灰门``
    under ``明显提高``), words longer than the name above (a wrap's second line is never
    longer than its first, which fills the column), or, under a name already whole, any
    one mark of debris."""
    if is_ocr_debris(text) or _COMPONENTS_RE.match(text) is not None:
        return True
    if kind_of(text) is Kind.NAME:  # words, no value of their own (a next row's)
        if top.kind is Kind.QUALITATIVE and kind_of(top.text + text) is not Kind.QUALITATIVE:
            return True  # under a standard already whole (明显提高): no words of it
        if top.kind is Kind.NAME and len(squashed(text)) > len(squashed(top.text)):
            return True  # longer than the name's line, which would have held it: no wrap
    if top.kind is not Kind.NAME or not ends_as_name(squashed(top.text)):
        return False
    marked = _SPACED_DEBRIS_RE.search(text) or _GLUED_DEBRIS_RE.search(text)
    return marked is not None or _COMPONENTS_RE.search(text) is not None


def _starts_a_name(top: Cell, row: list[Cell], above: list[Cell]) -> bool:
    """Whether a line's words under a whole cell start the next row's name rather than end
    that cell: under a whole label (``质量指标`` over ``疑似病例随访``), or alone under the
    row's name, ending as a whole name does, whose words they would leave ending none
    (``路面完好率`` over ``桥梁隐患排查``); :func:`_join_heads` puts them before the name below.
    Under a target cut short (``抽检完成后20个`` over ``工作日内``) they are its end."""
    if _whole_label(top):
        return True
    if len(row) != 1 or top is not next((c for c in above if c.kind is Kind.NAME), None):
        return False
    text = squashed(top.text)
    return ends_as_name(text) and not ends_as_name(text + squashed(row[0].text))


def _whole_label(cell: Cell) -> bool:
    return cell.kind in _WRAPPED_LABELS and squashed(cell.text).endswith("指标")


def _holds_value(cell: Cell) -> bool:
    """A value, or the start of one cut by the wrap (``≤0.8万元/公``, its 里 below)."""
    return cell.kind in _ROW_VALUES or _OPERATOR_START_RE.match(cell.text) is not None


def _wrap_word(cell: Cell, longest: int = _WRAP_MAX) -> bool:
    """Words a cell may wrap onto its next line: a few, no value or label of their own, no
    field's or funding row's label (年度总体目标 or 上年结转资金 under 其中:财政拨款 is the form's
    next line)."""
    word = squashed(cell.text)
    return (
        len(word) <= longest
        and cell.kind not in _NOT_WRAPPED
        and not _OPERATOR_START_RE.match(word)  # ``≥70%,高于``: a target starts a row's cell
        and field_of(label_key(word).rstrip(":")) is None
        and funding_role(label_key(word)) is None
        and not _MONEY_ROW_RE.fullmatch(word)
        and not is_decorative(word)  # a page's footer (— 2 —) after the last row
        # a whole 二级 label (可持续影响指标) begins a row of its own beside its name
        and not (cell.kind is Kind.SUBCATEGORY and word.endswith("指标"))
    )


_HEAD_MAX: Final = 16  # a name's first line: as wide as its column
# a 项目资金 row's label (上年结转资金, 其他资金): the money block's next row, no measure's end
_MONEY_ROW_RE: Final = re.compile(r".*(?:资金|结转|结余)")
