"""A name's last glyph (or two) in the next cell: ``慰问资金发放及时`` | ``率``.

OCR of a scanned form, or a PDF's text layer, cuts a cell where the printed name ran up to
its border and wrapped: the glyph that wrapped (率, 数, 值 …) lands in a cell of its own
beside the name, where the next column (a definition, the target) begins. A cell of that
one glyph (never a unit's) or two ending as a measure does (时率, 故数), right after a name
that does not end as a whole name does, on the same line, is the name's end: joined back,
the cells after it keep their places.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Final

from jixiao.ingest.general.eval_labels import evaluation_labels, is_evaluation_label
from jixiao.ingest.general.kinds import TARGET_KINDS, Kind, ends_as_name, is_unit_word, kind_of
from jixiao.ingest.general.measures import is_measure_word
from jixiao.ingest.general.vocabulary import field_of

if TYPE_CHECKING:  # the stream calls this module
    from jixiao.ingest.general.stream import Cell


# the glyphs a measure's name ends with that no unit column holds (次, 人, 户, 度 may be a
# 计量单位 cell beside a name: ``开展培训`` | ``次`` | ``12``)
_WRAPPED_ENDS: Final = frozenset("率数性值额况果制例")


def join_name_tails(cells: list[Cell]) -> list[Cell]:
    """The cells with each name's wrapped last glyph joined back to it."""
    out: list[Cell] = []
    explained = False  # under a header with a 指标解释 column
    for at, cell in enumerate(cells):
        if cell.kind is Kind.HEADER and _EXPLANATION_HEADER_RE.search(cell.text):
            explained = True
        if out and (
            _tail_of(out[-1], cell, explained)
            or _per_unit_tail(out[-1], cell)
            or (not explained and _spaced_end(out[-1], cell, cells[at + 1 : at + 2]))
        ):
            out[-1] = replace(out[-1], text=out[-1].text.rstrip() + cell.text.strip())
            continue
        out.append(cell)
    return out


# a header's 指标解释 column: between a name and its target, a measure word alone (人数,
# 个数) is what the row's figure counts, that column's cell, not the name's wrapped end
_EXPLANATION_HEADER_RE: Final = re.compile(r"指标(?:解释|说明)")


def _tail_of(name: Cell, cell: Cell, explained: bool = False) -> bool:
    tail = cell.text.strip()
    if not 0 < len(tail) <= _MOST_TAIL or tail[-1] not in _WRAPPED_ENDS or name.line != cell.line:
        return False  # cheapest tests first: most cells are longer than two glyphs
    if len(tail) > 1 and not _two_glyph_tail(name, cell, tail):
        return False
    if explained and len(tail) > 1 and tail in _COUNT_WORDS:
        return False  # ``按月发放工资`` | ``人数`` | ``9人``: the 指标解释 column's word
    text = name.text.strip()
    if name.kind is not Kind.NAME or ends_as_name(text):
        return False
    return kind_of(text + tail) is Kind.NAME


def _spaced_end(name: Cell, cell: Cell, following: list[Cell]) -> bool:
    """``…文化馆、`` ``美术馆数量``, ``支持免费开放乡镇综合文化站`` ``数量`` ``≥2250 个``: a .doc or
    PDF table copied as text with its cells one space apart prints a name wrapped in its
    cell with a space where it wrapped. Two texts on a line that lost its columns, the
    row's target right after them, the first ending with an enumeration's comma, the
    second a measure word alone (``受助学生`` ``满意度``) or a short name's end
    (``项目建设`` ``完成时间``, ``…设施长效`` ``运营机制``), where the first does not end as
    a name does and both together do, are one name (in a table with no 指标解释 column,
    whose cell a text between them would be)."""
    if name.kind is not Kind.NAME or name.line != cell.line or cell.kind not in _SPACED_KINDS:
        return False  # cheapest tests first: most cells follow a value or a label
    if not following or following[0].line != cell.line or following[0].kind not in TARGET_KINDS:
        return False
    if name.column >= 0 or cell.column >= 0:
        return False
    head, tail = name.text.strip(), cell.text.strip()
    # only a wrap nothing else explains: after an enumeration's comma, before the measure
    # word alone, or before a short name's end (完成时间, 运营机制) where the head cannot
    # end a name (a label's or an explanation's words before a name are no head)
    if not (
        head.endswith(_ENUMERATION)
        or is_measure_word(tail)
        or (len(tail) <= _SHORT_END and ends_as_name(tail))
    ):
        return False
    if cell.kind is Kind.CATEGORY and not is_measure_word(tail):
        return False  # a 一级 label; only the measure 满意度 may end a name (受助学生 满意度)
    if cell.kind is Kind.SUBCATEGORY and len(tail) > _MOST_TAIL:
        return False  # a 二级 label; only its short form (数量) may end a name
    if not head.replace(_ENUMERATION, "").isalpha() or not tail.isalpha():
        return False  # a label's score (分)) or a figure: cells of their own
    if evaluation_labels(head + tail):
        return False  # the 绩效评价 framework's labels (项目效益, 社会效益) run into a name
    if ends_as_name(head) or field_of(head) is not None or field_of(tail) is not None:
        return False  # a field's label (资金额度) before its amount
    if is_evaluation_label(head) or any(
        kind_of(head + end) is Kind.SUBCATEGORY for end in _LABEL_ENDS
    ):
        return False  # a 二级 label's first words (服务对象 / 满意度指标) before a name
    return ends_as_name(head + tail)


# the words a name wrapped at a space may end with read alone as a label's short form (数量,
# 满意度)
_SPACED_KINDS: Final = frozenset({Kind.NAME, Kind.SUBCATEGORY, Kind.CATEGORY})
_SHORT_END: Final = 4  # glyphs of a name's end wrapped whole: a verb and its measure (完成时间)
_LABEL_ENDS: Final = ("满意度", "度")  # 服务对象 / 服务对象满意 of 服务对象满意度指标
_ENUMERATION: Final = "、"


def _per_unit_tail(name: Cell, cell: Cell) -> bool:
    """A per-unit measure broken after its 单位 (``…治理单位`` | ``长度投资``) in text whose
    cells lost their columns: 单位 ends a name as a unit does, but before a measure's
    word it opens the measure (单位长度投资, 单位面积产量)."""
    if not name.text.endswith(_PER_UNIT) or name.line != cell.line:
        return False  # cheapest test first: few names end in 单位
    tail = cell.text.strip()
    if len(tail) > _PER_UNIT_TAIL or not tail.startswith(_PER_UNIT_MEASURES):
        return False
    if name.column >= 0 or cell.column >= 0:
        return False
    return name.kind is Kind.NAME and kind_of(tail) is Kind.NAME


_PER_UNIT: Final = "单位"
# what a per-unit measure measures: 单位成本, 单位面积产量, 单位长度投资, 单位造价
_PER_UNIT_MEASURES: Final = (
    "成本",
    "造价",
    "投资",
    "面积",
    "长度",
    "里程",
    "产量",
    "能耗",
    "费用",
    "价格",
)
_PER_UNIT_TAIL: Final = 6


def _two_glyph_tail(name: Cell, cell: Cell, tail: str) -> bool:
    """Two glyphs may end a name only in text whose cells lost their columns (a PDF's
    text layer spacing the wrap), a word of no vocabulary's (not 定性, not a unit)."""
    if name.column >= 0 or cell.column >= 0 or not _CJK_RE.fullmatch(tail):
        return False
    return kind_of(tail) is Kind.NAME


# a name's last two glyphs wrapped (``…预警信息发布及`` | ``时率``, ``…安全事`` | ``故数``)
_MOST_TAIL: Final = 2
# whole words saying what a figure counts, which a 指标解释 cell may hold alone
_COUNT_WORDS: Final = frozenset(
    {"人数", "个数", "件数", "户数", "次数", "项数", "台数", "处数", "所数", "座数", "比例"}
)
_CJK_RE: Final = re.compile(r"[\u4e00-\u9fff]+")


def join_unit_wraps(cells: list[Cell]) -> list[Cell]:
    """A name wrapped onto a paragraph of its own that ends with the unit in brackets
    (``电子图书采购`` / ``数量(万册)``, ``年访问量`` / ``(万人次)``), its bare target the next
    paragraph: in text of one cell a line, the bracket ends the name above, which is joined
    back; the unit stays in the name, as printed, the target a bare figure."""
    out: list[Cell] = []
    for at, cell in enumerate(cells):
        if cell.text.endswith(")") and out and _unit_wrap(out, cell, cells[at + 1 : at + 2]):
            out[-1] = replace(out[-1], text=out[-1].text.rstrip() + cell.text.strip())
            continue
        out.append(cell)
    return out


def _unit_wrap(out: list[Cell], cell: Cell, following: list[Cell]) -> bool:
    name = out[-1]
    wrap = _UNIT_WRAP_RE.fullmatch(cell.text.strip()) if name.line != cell.line else None
    if wrap is None:
        return False  # cheapest tests first: most cells hold no unit in brackets
    if len(out) > 1 and out[-2].line == name.line:
        return False  # a name among other cells on its line: the bracket is a column's
    if not following or following[0].line == cell.line or following[0].kind is not Kind.NUMBER:
        return False  # a bare target must follow, on a line of its own
    if _HEADING_RE.match(name.text) or _MONEY_COLUMN_RE.fullmatch(cell.text.strip()):
        # 二、部门收支情况 / 全年预算数(万元) / 88.60: a section's heading is no name, and a
        # money column's label over its figure is a label of its own
        return False
    return name.kind is Kind.NAME and is_unit_word(wrap[1])


# a section heading's numbering (一、, (二)), which no indicator name wraps from
_HEADING_RE: Final = re.compile(r"\s*(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))")
# a money column's label with its unit: 全年预算数(万元), 执行数(元), 资金总额(万元)
_MONEY_COLUMN_RE: Final = re.compile(r"[\u4e00-\u9fff]{0,8}(?:数|额|资金)\((?:万元|元)\)")


# a name's last words (or none) and a unit in brackets: ``数量(万册)``, ``(万人次)``
_UNIT_WRAP_RE: Final = re.compile(r"[\u4e00-\u9fff]{0,8}\(([^()]{1,6})\)")
