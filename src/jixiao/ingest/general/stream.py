"""A document's table text as one stream of cells, whatever its layout.

Published tables arrive flattened in many ways: pipe- or tab-separated rows, one cell per
line or per paragraph, cells separated by spaces, spaced-out glyphs (``绩 效 指 标``), or
the whole table run together with no separator at all (``产出指标数量指标受益人数
>=100人已完成``). :func:`cells_of` turns each line into cells the same way for all of
them: separators where there are some, else the genre's vocabulary (labels, header words,
targets and statuses) to cut run-together text, and labels broken over cells rejoined.
Every cell keeps its line, so what is read can point back into the source.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from dataclasses import dataclass, replace
from typing import Final

from jixiao.domain.target import CYCLE_DUE
from jixiao.domain.target.lexicon import PER_HEAD_WORDS
from jixiao.domain.target.standards import MATERIAL_GRADE_LETTERS, is_material_grade
from jixiao.domain.units import unit_spellings
from jixiao.ingest.cells import (
    half_width,
    label_key,
    read_target_cell,
    squashed,
    subcategory_label,
)
from jixiao.ingest.general.box_cells import ticked_options
from jixiao.ingest.general.broken_rows import rejoin_broken_rows
from jixiao.ingest.general.cards import cards_as_rows
from jixiao.ingest.general.cell_splits import split_name_cells
from jixiao.ingest.general.column_heads import heads_first
from jixiao.ingest.general.column_runs import targets_beside_names
from jixiao.ingest.general.eval_labels import (
    evaluation_labels,
    group_fronts,
    group_level_is_first,
    is_framework_subcategory,
    is_points,
    labels_cut_by_spaces,
    spaced_points_joined,
)
from jixiao.ingest.general.full_stop import explanation_then_values, opens_with_value
from jixiao.ingest.general.glued_words import (
    doubled_words_as_standard,
    limits_into_yes_names,
    reasons_after_actuals,
    short_levels_off_names,
    split_signed_targets,
    split_word_targets,
    standards_between_names,
    standards_off_names,
    unit_glyphs_to_names,
)
from jixiao.ingest.general.glyph_lines import join_glyph_lines
from jixiao.ingest.general.header_ends import join_header_ends
from jixiao.ingest.general.header_tails import header_words_apart
from jixiao.ingest.general.kinds import (
    BUDGET_BOUND_RE,
    PERIOD_RE,
    WITHIN_RE,
    WORDED_OPERATORS,
    Kind,
    is_deadline,
    is_negated_event,
    kind_of,
    period_at,
)
from jixiao.ingest.general.listed import listed_as_rows
from jixiao.ingest.general.name_tails import join_name_tails, join_unit_wraps
from jixiao.ingest.general.next_line_values import rows_with_values_back
from jixiao.ingest.general.pages import without_fold_marks, without_page_breaks
from jixiao.ingest.general.prose import name_period
from jixiao.ingest.general.runon_figures import (
    comparisons_with_figures,
    figures_in_words,
    spaced_figures_in_names,
)
from jixiao.ingest.general.vocabulary import Role, funding_role, header_role
from jixiao.ingest.general.weight_after import cut_weight_after, deadline_after_name
from jixiao.ingest.general.wraps import join_column_wraps
from jixiao.ingest.name_target import split_name_target
from jixiao.ingest.source import SourceLine

_WIDE_KINDS: Final = frozenset({"W", "F"})  # east_asian_width: two places


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


@dataclass(frozen=True)
class Cell:
    text: str
    line: int
    page: int | None = None
    row: int = 0  # index of the source row (line) the cell stands on
    glued: bool = False  # cut out of text run together
    as_name: bool = False  # a label's words standing as an indicator's name
    # the cell's place among its line's cells, empty ones counted (tabs, pipes); -1 when
    # the line was one text cut into cells
    column: int = -1
    width: int = 0  # how many cells its line has, empty ones counted (0: unknown)
    gap: int = 0  # blank lines right before the cell's line (on a line's first cell)
    # where the cell starts in its line as printed (a CJK glyph two places), in a line whose
    # cells are parted by spaces; -1 unknown
    offset: int = -1
    # where it starts counted in characters (a CJK glyph one): the places of a text padded
    # to its columns by characters, as some exports do; -1 unknown
    char_offset: int = -1
    # a 绩效评价 framework's label cut off a name (产出(40分), 产出数量): its level, whatever
    # its words alone would read as
    level: Kind | None = None

    @property
    def kind(self) -> Kind:
        if self.level is not None:
            return self.level
        return Kind.NAME if self.as_name else kind_of(self.text)


# Words that cut run-together text: header words, then labels, then numbering.
_HEADER_LITERALS: Final = [
    "一级指标",
    "二级指标",
    "三级指标",
    "指标性质",
    "年度指标值",
    "年初目标值",
    "全年实际值",
    "实际完成值",
    "指标内容",
    "指标名称",
    "指标值类型",
    "度量单位",
    "计量单位",
    "指标方向性",
    "偏差原因分析及改进措施",
    "未完成原因及改进措施",
    "未完成原因分析及改进措施",
    # the 偏差原因 column's word alone, glued between the 评分 header and the first name
    "偏差原因",
    "指标解释",
    "绩效目标值",
    "指标分值",
    "评分标准",
    "指标值",
    "分值",
    "得分",
    "权重",
    "备注",
    "目标值",
]
_LABEL_LITERALS: Final = [
    "社会公众或服务对象满意度指标",
    "服务对象满意度指标",
    "可持续影响指标",
    "经济效益指标",
    "社会效益指标",
    "生态效益指标",
    "经济成本指标",
    "社会成本指标",
    "生态环境成本指标",
    "产出指标",
    "效益指标",
    "效果指标",
    "满意度指标",
    "成本指标",
    "数量指标",
    "质量指标",
    "时效指标",
    "过程指标",
]
# the words a run-together row's cut gives as cells of their own (a label, a header's word)
_LABEL_SET: Final = frozenset(_HEADER_LITERALS + _LABEL_LITERALS)
_STATUS_LITERALS: Final = _words("部分完成 未完成 已完成 未达成 已达成 基本完成 ")


@functools.lru_cache(maxsize=1)
def _runon_re() -> re.Pattern[str]:
    units = "|".join(re.escape(unit) for unit in unit_spellings() if unit)
    simple = rf"(?:[万亿]?(?:{units}))"
    unit = rf"(?:{simple}(?:/{simple})?(?:[·*]{simple})?)"
    words = sorted(_HEADER_LITERALS + _LABEL_LITERALS, key=len, reverse=True)
    label = "|".join(re.escape(word) for word in words)
    status = "|".join(_STATUS_LITERALS)
    op = r"(?:>=|<=|[≥≤=><≧≦﹦═])"
    # an operator in words before a figure (不少于12.3万人): the target's, not the name's
    # (基本达到 and 已达到 say how a target went: an actual's words, not an operator)
    reached = r"(?<!基本)(?<![已未均])达到"
    # 10生态效益指标: a unit's glyph (生) that opens a label after a figure is the label's
    opening = sorted({unit for unit in unit_spellings() if len(unit) == 1})
    guard = "".join(
        rf"(?!(?<={re.escape(word[0])}){re.escape(word[1:])})"
        for word in _LABEL_LITERALS
        if word[0] in opening
    )
    # 控制在0.9‰以内: a ceiling in words
    worded = rf"(?:不少于|不低于|不高于|不超过|不大于|不小于|大于等于|小于等于|控制在|{reached})"
    return re.compile(
        # a label's points (过程(20分)) or a header word's unit (权重(%), 预算数(万元))
        rf"(?P<label>(?:{label})(?:\(\d+分\)|\((?:%|分|万元|元)\))?)"
        rf"|(?P<mark>{_MARKS})"
        # the form's closing notes glued after its last row (…是是注:1.预算执行情况…)
        rf"|(?P<note>{_NOTES_OPENING})"
        # 指标12021年…: the row's number, then a name opening with a year's deadline
        rf"|(?P<numbering>指标\d(?:(?![\d.%])|(?=(?:19|20)\d\d年)))"
        rf"|(?P<qualitative>{op}(?:提高|降低|减少|增加|改善|良好|优秀|合格|达标|是|否))"
        # 死亡率较上年降低重大食品安全事故…: a change with no size, the next name glued after it,
        # is the row's standard (with a size after it, 较上年下降5%, it stays the name's)
        rf"|(?P<change>{_BARE_CHANGE})"
        # a formula's figure (…/计划完成数×100%) is the formula's, no cell of its own
        r"|(?P<formula>[×÷]\d+(?:\.\d+)?%?)"
        # <=9月15日, 2024年10月底前: a date (a deadline) is one cell, not a count of months
        # and one of days
        rf"|(?P<date>{_RUNON_DATE})"
        # 每人每月80元: a rate of money, counted per head before its number
        rf"|(?P<quantity>(?:{PER_HEAD_WORDS})?(?:{op}|{worded})?\d+(?:,\d{{3}})*(?:\.\d+)?{unit}?"
        # 16个村级公共服务…: a unit ending in a place (个村) is not cut inside the next
        # name's level word (村级), the shorter unit taken; nor is 部 a unit before 分 (a
        # reason glued after the score: 8部分农户未按期…, 部分 "some" its first word)
        r"(?:\(含\))?(?:以上|以下|以内)?(?!(?<=[村乡镇县市省区])级)(?!(?<=部)分)"
        rf"{guard})"
        rf"|(?P<status>{status})"
        rf"|(?P<bound>{BUDGET_BOUND_RE.pattern})"
        # a 是否能完成目标 cell's check boxes (☑是□否), a payment's recurring deadline in
        # words (季度末前拨付): cells of their own between a name and the next cell's words
        rf"|(?P<box>{_BOX}[是否](?:{_BOX}[是否])?)"
        rf"|(?P<due>{CYCLE_DUE}(?!率|比例|次数|数))"
    )


@functools.lru_cache(maxsize=1)
def _label_word_re() -> re.Pattern[str]:
    """Any of the words ``_runon_re`` counts as labels: a text with none has no label."""
    return re.compile("|".join(re.escape(word) for word in _HEADER_LITERALS + _LABEL_LITERALS))


_BOX: Final = "[☑☐□■√✓✔]"
# a change over last year with no size, other words (the next row's name) right after it
_BARE_CHANGE: Final = (
    r"(?:较|比)(?:上|去)年(?:下降|增长|提高|减少|增加|降低|上升)"
    r"(?=[\u4e00-\u9fff]{2})(?!的|幅度|率|比例|情况|数|量|值|百分|比重|水平|[一二三四五六七八九十两])"
)
# a day of a month (its year before it, a ceiling before it, 前 after it), or a year's month
# due by (2023年10月底前): written so, never a figure and its unit
_RUNON_DATE: Final = (
    r"(?:>=|<=|[≤<])?(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:之前|以前|前)?"
    r"|(?:19|20)\d{2}年\d{1,2}月(?:底|末)?(?:之前|以前|前)"
)


# words of a row's cells beside its name and target, each a column's whole cell: 指标性质,
# 指标方向, 完成目标可能性, the 绩效标准's kind; a 偏差原因 that says there is none (按计划完成,
# 无偏差), glued before the next row's name (not a name's own words: 按计划完成率); a
# name ending in a word ending in 定性 (生态系统稳定性, 结果确定性) keeps its glyphs
_MARKS: Final = (
    "定量|(?<![稳确规坚恒安])定性|正向|反向|中性|确定能|有可能|完全可能|可能性较低|计划标准|历史标准|行业标准|其他标准"
    "|按计划完成(?![率的])|无偏差(?![率的])"
    # a 备注 that names the data a target is checked by (以省平台数据为准, 以第三方调查为准)
    "|以[\u4e00-\u9fff]{2,10}?为准"
    # a goals table's title right before its header (…逐年减少年度绩效指标一级指标): no
    # words of the row above's target
    "|(?:长期|中期|年度)绩效指标(?=一级指标)"
)
# ``注:`` opening the form's notes (numbered, or about the table: 注:本表…, 注:表中…): a
# closing row of its own, never a name's end; 备注: is a column's word
_NOTES_OPENING: Final = r"(?<!备)注[:：](?=\d{1,2}[.、．]|本表|表中)"
_RUNON_MIN: Final = 30  # a cell this long with two vocabulary words in it is run together
_SPACES_RE: Final = re.compile(r"[ \t\u3000\u00a0]+")
_SPACE_GLYPHS: Final = frozenset(" \t\u3000\u00a0")  # the glyphs _SPACES_RE is made of
_CJK_RE: Final = re.compile(r"[\u4e00-\u9fff]")


def split_runon(text: str, least: int = 2) -> list[tuple[str, bool]]:
    """Cut text run together with no separators into cells, by the genre's vocabulary.
    Returns (cell, glued) pairs; text with fewer than ``least`` labels is one cell (``least``
    0: a row under a header run together, cut by its other words and figures alone)."""
    compact = squashed(text)
    if least > 0 and _label_word_re().search(compact) is None:
        return [(text, False)]  # no label to count (most prose): the long pattern not tried
    compact = _lost_numbering(compact)
    heads = [m.span() for m in _AGE_HEAD_RE.finditer(compact)]
    matches = [
        m
        for m in _runon_re().finditer(compact)
        if m.group(0) and not any(start <= m.start() < end for start, end in heads)
    ]
    if not matches or sum(1 for m in matches if m.lastgroup == "label") < least:
        return [(text, False)]
    pieces: list[tuple[str, bool]] = []
    position = 0
    for match in matches:
        if match.start() > position:
            pieces.append((compact[position : match.start()], True))
        if match.lastgroup == "formula" and pieces:
            pieces[-1] = (pieces[-1][0] + match.group(0), True)  # the formula's own figure
        else:
            pieces.append((match.group(0), True))
        position = match.end()
    if position < len(compact):
        pieces.append((compact[position:], True))
    if "…" in compact:
        pieces = _without_elisions(pieces)
    return comparisons_with_figures(_grades_whole(pieces))


_GRADE_LETTERS_RE: Final = re.compile(rf"(?<=[\u4e00-\u9fff])(?:{MATERIAL_GRADE_LETTERS})$")


def _grades_whole(pieces: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """A material's strength grade as a row's target (``…强度等级C25`` before the next label):
    its letters are no glyphs of the name and its figure no count; the grade is one cell
    (``C25``). A grade inside a name's words (``浇筑C25混凝土``) is left as it is."""
    out: list[tuple[str, bool]] = []
    index = 0
    while index < len(pieces):
        piece, glued = pieces[index]
        letters = _GRADE_LETTERS_RE.search(piece) if piece[-1:].isascii() else None
        if letters and _grade_figure_at(pieces, index + 1, piece[: letters.start()], letters[0]):
            out.append((piece[: letters.start()], glued))
            out.append((letters.group(0) + pieces[index + 1][0], True))
            index += 2
            continue
        out.append((piece, glued))
        index += 1
    return out


def _grade_figure_at(pieces: list[tuple[str, bool]], index: int, name: str, letters: str) -> bool:
    """Whether a bare figure stands at ``index`` as a grade's: after a name saying a grade
    (``强度等级``, ``标号``), or with a label or nothing after it."""
    if index >= len(pieces) or not is_material_grade(letters + pieces[index][0]):
        return False
    if name.endswith(_GRADE_WORDS):
        return True
    return index + 1 == len(pieces) or pieces[index + 1][0] in _LABEL_SET


_GRADE_WORDS: Final = ("等级", "强度", "标号")


_ELISION_RE: Final = re.compile(r"^…+|…+$")


def _without_elisions(pieces: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """A document-sharing site's text elides rows with an ellipsis glued between a label and
    the next words (``成本指标…每公里…``, ``时效指标…效益指标``): the mark is no glyph of the
    name after it or of a cell of its own. Only at a cut piece's edge: an ellipsis inside a
    piece's words is the writer's."""
    kept = [(_ELISION_RE.sub("", piece), glued) for piece, glued in pieces]
    return [(piece, glued) for piece, glued in kept if piece]


_NUMBERED_RE: Final = re.compile(r"指标\d(?!\d)")


@functools.lru_cache(maxsize=1)
def _label_then_number_re() -> re.Pattern[str]:
    words = sorted((w for w in _LABEL_LITERALS if w.endswith("指标")), key=len, reverse=True)
    labels = "|".join(re.escape(word) for word in words)
    return re.compile(rf"(?P<label>{labels})(?=[1-9](?![\d.%])[\u4e00-\u9fff])")


def _lost_numbering(compact: str) -> str:
    """``生态效益指标1项目区…``: in rows numbered ``指标1``, ``指标2`` …, OCR of a label and
    the row's number glued (``…指标指标1``) reads the doubled 指标 once; the number's 指标 is
    given back, so the digit is no figure (``1项``) cutting the name. A text with no row
    numbered so is left as it is."""
    glued = _label_then_number_re()
    if glued.search(compact) is None or _NUMBERED_RE.search(glued.sub("|", compact)) is None:
        return compact  # no label glued to a number, or no row numbered 指标N elsewhere
    return glued.sub(r"\g<label>指标", compact)


# an age range opening a name (0-6岁残疾儿童…, 3～6周岁幼儿…): the name's words, no figure
# of a cell of its own; a range, so no single age a target states (≥60岁)
_AGE_HEAD_RE: Final = re.compile(r"(?<![\d.%])\d{1,2}[-~～至]\d{1,2}周?岁(?=[\u4e00-\u9fff]{2})")
_MIN_HEADER_WORDS: Final = 3
_HEADER_LEAD: Final = 6  # a word before the header words (绩效指标), no longer


def runon_header(text: str) -> list[str] | None:
    """A table's header run together on a line of its own (``绩效指标一级指标二级指标三级
    指标指标值``), cut into its words; None for any other line. Text between the words the
    cutting knows is a header word of its own (``评分``), or the start of the next one
    (``全年`` before ``指标值``), or the line is no header."""
    compact = squashed(text)
    runon = _runon_re()
    # the first word opens the line (see _HEADER_LEAD below): only its first places are
    # tried for it, the line (most often prose, no header) not scanned whole
    if not any(runon.match(compact, at) for at in range(min(len(compact), _HEADER_LEAD) + 1)):
        return None
    matches = list(runon.finditer(compact))
    if sum(1 for m in matches if kind_of(m.group(0)) is Kind.HEADER) < _MIN_HEADER_WORDS:
        return None
    if any(kind_of(m.group(0)) is not Kind.HEADER for m in matches):
        return None
    if matches[0].start() > _HEADER_LEAD:
        return None
    lead = [compact[: matches[0].start()]] if matches[0].start() else []
    words: list[str] = []
    carried = ""  # the start of the next word, met before it
    unlisted = False
    for match, after in itertools.zip_longest(matches, matches[1:]):
        words.append(carried + match.group(0))
        end = after.start() if after is not None else len(compact)
        gap, carried = compact[match.end() : end], ""
        if not gap:
            continue
        unlisted = True
        if (pieces := _header_words(gap)) is not None:
            words += pieces  # 评分, 完成值: header words the cutting does not list
        elif after is not None and header_role(label_key(gap + after.group(0))) is not None:
            carried = gap  # 全年 before 指标值
        else:
            return None
    if unlisted and any(header_role(label_key(word)) is Role.DEFINITION for word in words):
        return None  # rows with explanations: read cell by cell, as before
    return lead + words


_HEADER_WORD_MAX: Final = 8


def _header_words(gap: str) -> list[str] | None:
    """``完成值评分``: the gap cut into header words, the fewest; None where it cannot be."""
    best: dict[int, list[str]] = {0: []}
    for start in range(len(gap)):
        if start not in best:
            continue
        for end in range(start + 2, min(len(gap), start + _HEADER_WORD_MAX) + 1):
            word = gap[start:end]
            if header_role(label_key(word)) is None:
                continue
            if end not in best or len(best[end]) > len(best[start]) + 1:
                best[end] = [*best[start], word]
    return best.get(len(gap))


def runon_after_name(header: list[str]) -> tuple[Role, ...]:
    """The roles of a run-together header's columns after the name's."""
    roles = [header_role(label_key(word)) for word in header]
    if Role.NAME not in roles:
        return ()
    return tuple(role for role in roles[roles.index(Role.NAME) + 1 :] if role is not None)


def cut_runon_row(text: str, after: tuple[Role, ...] = ()) -> list[str] | None:
    """A table row run together under such a header (``产出指标数量指标新增城镇就业人数≥4500人``):
    the labels it opens with, then its name and its target where they part; None where the
    line has neither (the text after the table). ``after``: the header's columns after the
    name, so a 权重 glued after the target is cut off by them."""
    compact = squashed(text)
    labels: list[str] = []
    position = 0
    while (match := _runon_re().match(compact, position)) is not None and match["label"]:
        labels.append(match.group(0))
        position = match.end()
    sure = bool(labels)
    for label in evaluation_labels(compact[position:]):  # 过程(20分)资金管理: 绩效评价's
        labels.append(label)
        position += len(label)
        sure = sure or label.endswith("分)")
    rest = compact[position:]
    if not rest:
        return labels or None
    if (natured := _nature_after_name(rest, after)) is not None:
        return [*labels, *natured]
    if (cells := _row_cells(rest, after)) is not None:
        return [*labels, *cells]
    # 绩效目标完成情况良好 after the table: a bare 二级 word opening a line that reads as no row
    return [*labels, rest] if sure else None


def _row_cells(rest: str, after: tuple[Role, ...]) -> list[str] | None:
    """A row's text after its labels cut into its name, its target and the cells after it;
    None where no target is found."""
    if Role.DEFINITION in after and (parted := explanation_then_values(rest)) is not None:
        return [parted[0], *_values_of(parted[1])]
    if (weighted := cut_weight_after(rest, after)) is not None:
        return weighted
    if (first := _first_target(rest) or _standard_row(rest)) is not None:
        return first
    read = split_name_target(rest) or name_period(rest)
    return [read[0], read[1]] if read is not None else deadline_after_name(rest)


_NATURE_RE: Final = re.compile(r"定量|定性")


def _nature_after_name(rest: str, after: tuple[Role, ...]) -> list[str] | None:
    """``新改建农村公路里程定量≥85公里10正向``: under a header with a 指标性质 column right
    after the name's (or a header whose columns are not known: its second line), the row's
    定量 / 定性 glued between its name and its target, cut out where the name before it reads
    as one and a value follows; the rest read as a row without it."""
    if after and after[:1] != (Role.NATURE,):
        return None
    for match in _NATURE_RE.finditer(rest, _NAME_MIN):
        name, tail = rest[: match.start()], rest[match.end() :]
        if not tail or kind_of(name) is not Kind.NAME or _ends_a_word(name, match.group(0)):
            continue
        cells = _row_cells(name + tail, after[1:])
        if cells is not None and cells[0] == name:
            return [name, match.group(0), *cells[1:]]
        if _opens_as_value(tail):
            return [name, match.group(0), *_values_of(tail)]
    return None


# words ending in 定性 (稳定性, 确定性): a name's own glyphs, no 指标性质 cell; 限定 and the
# like make no such noun as often as they end a name before its nature (完成时限 | 定性)
_DING_XING_WORD_RE: Final = re.compile(r"[稳确规坚恒安]$")


def _ends_a_word(name: str, nature: str) -> bool:
    """Whether the 定性 is the end of the name's own word (稳定性, 确定性, 规定性)."""
    return nature == "定性" and _DING_XING_WORD_RE.search(name) is not None


_STANDARD_SIZES: Final = range(6, 0, -1)


def _opens_as_value(text: str) -> bool:
    """Whether a row's text opens with a value: a figure or an operator, a deadline (in
    words too: 每学期开学后2个月内) or a standard (是)."""
    if _FIGURE_START_RE.match(text) or opens_with_value(text):
        return True
    return any(kind_of(text[:size]) is Kind.QUALITATIVE for size in _STANDARD_SIZES)


def _first_target(rest: str) -> list[str] | None:
    """``人民调解案件数达到8400件不少于2800件``, ``演出场次≥120场126场1010``: a name, then the
    first target after it and the figures that follow (an actual, a 分值 and 得分 …); None
    where no figure follows the target, or words before the figure may be the target
    (``逐年下降下降4.3%``): those are read as before."""
    for match in _target_start_re().finditer(rest):
        name, tail = rest[: match.start()], rest[match.end() :]
        if len(name) < _NAME_MIN or not tail or kind_of(name) is not Kind.NAME:
            continue
        if match.group(0).endswith("年") and tail[:1].isdigit():
            return None  # a date (2023年12月底前): read as before
        if match.group(0)[:1].isdigit() and not _FIGURE_START_RE.match(tail):
            continue  # a bare figure is a target only before another figure (its actual)
        if (
            split_name_target(name) is not None
            or any(kind_of(name[-size:]) is Kind.QUALITATIVE for size in _WORDS_AT_END)
            or read_target_cell(match.group(0)).target is None
        ):
            return None
        return [name, match.group(0), *_figures_of(tail)]
    return None


_STANDARD_ROW_RE: Final = re.compile(
    r"(?P<name>.*[\u4e00-\u9fff])(?P<weight>\d{1,2}(?:\.\d)?)(?P<words>[\u4e00-\u9fff]+)"
    r"(?P<score>\d{1,2}(?:\.\d{1,2})?)?"
)


def _standard_row(rest: str) -> list[str] | None:
    """``群众出行条件10明显改善明显改善10``: a name, its 分值, a standard for its target and one
    for its actual, then its 得分; None unless the words between the figures are standards
    (a unit after the figure makes it a quantity: ``新建服务站3个``)."""
    match = _STANDARD_ROW_RE.fullmatch(rest)
    if match is None or kind_of(match["name"]) is not Kind.NAME:
        return None
    if (
        len(match["name"]) < _NAME_MIN
        or kind_of(match["weight"] + match["words"][:1]) is Kind.QUANTITY
    ):
        return None
    words = match["words"]
    halves = [
        [words[:cut], words[cut:]]
        for cut in range(1, len(words))
        if kind_of(words[:cut]) is Kind.QUALITATIVE and kind_of(words[cut:]) is Kind.QUALITATIVE
    ]
    if kind_of(words) is Kind.QUALITATIVE:
        standards = [words]
    elif halves:
        standards = halves[0]
    else:
        return None
    return [
        match["name"],
        match["weight"],
        *standards,
        *([match["score"]] if match["score"] else []),
    ]


def _values_of(text: str) -> list[str]:
    """The cells of a row's values: each deadline or date as one (``2024年3月1日前``,
    ``2022年10月25日``), the figures and words between them as :func:`_figures_of` cuts."""
    out: list[str] = []
    position = 0
    while position < len(text):
        period = period_at(text, position)
        end = position + period if period else _piece_end(text, position)
        out.append(text[position:end])
        position = end
    return out


def _figures_of(text: str) -> list[str]:
    """The cells after a row's target: each target-like figure (``不低于1480人``), each word
    or figure of the vocabulary, and the text between them."""
    out: list[str] = []
    position = 0
    while position < len(text):
        end = _piece_end(text, position)
        out.append(text[position:end])
        position = end
    return out


def _piece_end(text: str, position: int) -> int:
    """Where the piece of :func:`_figures_of` that starts at ``position`` ends (one piece
    at a time: cutting the whole rest for each made a long run-on line cost its square)."""
    found = _target_start_re().match(text, position) or _runon_re().match(text, position)
    if found is not None and found.end() > position:
        return found.end()
    following = [
        match.start()
        for pattern in (_target_start_re(), _runon_re())
        if (match := pattern.search(text, position + 1)) is not None
    ]
    return min(following, default=len(text))


_NAME_MIN: Final = 2
_FIGURE_START_RE: Final = re.compile(r"[\d≥≤=><≧≦﹦═]")
_WORDS_AT_END: Final = (2, 3, 4)  # a standard's words ending the name (逐年下降下降)


@functools.lru_cache(maxsize=1)
def _target_start_re() -> re.Pattern[str]:
    """Where a target starts in a row run together: an operator (a sign or its words) and a
    figure with its unit, or a figure with its unit (and 以上, 以下)."""
    units = "|".join(re.escape(unit) for unit in unit_spellings() if unit)
    simple = rf"(?:[万亿]?(?:{units}))"
    unit = rf"(?:{simple}(?:/{simple})?(?:[·*]{simple})?)"
    op = rf"(?:>=|<=|[≥≤=><≧≦﹦═]|{WORDED_OPERATORS})"
    number = r"\d+(?:,\d{3})*(?:\.\d+)?"
    bound = r"(?:\(含\))?(?:以上|以下|以内)?"
    return re.compile(rf"{op}{number}{unit}?{bound}|(?<![\d.]){number}{unit}{bound}")


def _split_spaces(text: str, unit_column: bool = False) -> list[str]:
    """A line whose cells are separated by spaces (Chinese text has none of its own). Where
    glyphs are spaced out one by one (``中 小 河 流 治 理``) and cells stand further apart,
    the wider gaps part the cells and the single spaces are the glyphs'."""
    if _SPACE_GLYPHS.isdisjoint(text.strip()):
        return [text.strip()]  # every cut below is at one of these: a line of none is one cell
    if (target := _letter_spaced_target(text.strip())) is not None:
        return [target]
    stripped = spaced_targets_joined(text.strip())
    if _value_unit_alone_re().fullmatch(stripped):
        return [stripped.replace(" ", "")]  # ``≥9500 人`` alone on its line: one value
    flattened = False  # a table flattened to one line, single spaces parting its cells
    if _SPACED_GLYPHS_RE.search(stripped):
        flattened = _cells_single_spaced(stripped)
        if not flattened:
            return [_unspaced(part) for part in _WIDE_GAP_RE.split(stripped) if part]
    stripped = spaced_points_joined(stripped)
    parts = [part for part in _SPACES_RE.split(_unit_spaced_off(stripped)) if part]
    if len(parts) <= 1 or not (_CJK_RE.search(text) or _values_alone(parts)):
        return [text.strip()]
    parts = _join_operators(_spaced_dates_joined(_join_spaced_glyphs(parts)), unit_column)
    parts = labels_cut_by_spaces(parts)
    if flattened:
        parts = _spaced_degrees_joined(_spaced_limits_joined(parts))
    if "以" in stripped:
        parts = _spaced_changes_joined(parts)
    compared = comparisons_with_figures([(part, False) for part in parts])
    return spaced_figures_in_names([part for part, _ in compared])


def _values_alone(parts: list[str]) -> bool:
    """``≥90% 93% 10 9``: a row's target, actual, 分值 and 得分 on a line of their own (a
    score table printed out of step), each a figure, one at least a bound or a share; no
    number cut by spaces (``1 250 000``), which has neither. A lone open bracket after them
    (``≥95% 96% 4 4 (``) is the first glyph of a wrapped label's points, no value's."""
    if len(parts) > 1 and parts[-1] in _OPEN_BRACKETS:
        parts = parts[:-1]
        if len(parts) <= 2 and all(part.isdigit() and len(part) <= 3 for part in parts):
            # ``5 4 (``: a row's 分值 and 得分 (``16 (``: a group's) before a wrapped bracket
            return True
    if not all(_VALUE_PART_RE.fullmatch(part) for part in parts):
        return False
    return any(part[0] in "≥≤<>" or part.endswith("%") for part in parts)


_VALUE_PART_RE: Final = re.compile(r"[≥≤<>]?\d+(?:\.\d+)?%?")
_OPEN_BRACKETS: Final = frozenset("(（")


# ``2020 年 6 月 30 日前``: a Word file's text spaces its Latin digits off the Chinese
# glyphs, so a date in a line of spaced cells falls into a part per number and word; a
# text PDF may space them before each number only (``2018 年12 月31 日前``).
_SPACED_YEAR_RE: Final = re.compile(r"\d{4}年?")
_SPACED_DATE_PARTS: Final = 7  # 2020 年 6 月 30 日 前: the most parts a date is cut into
_DATE_PART_RE: Final = re.compile(
    r"\d{1,2}|年(?:\d{1,2})?|(?:月[底末]?|[日号底末])?(?:前|之前|以前)|月(?:[底末]|\d{1,2})?"
    r"|[日号底末]"
)


def _spaced_dates_joined(parts: list[str]) -> list[str]:
    """The parts of a date spaced out (a year, its month and day, each number apart from
    its word) joined into one deadline; a year alone (``2020 年度``) stays as it is."""
    out: list[str] = []
    index = 0
    while index < len(parts):
        size = _spaced_date_size(parts, index)
        out.append("".join(parts[index : index + size]) if size else parts[index])
        index += max(size, 1)
    return out


def _spaced_date_size(parts: list[str], index: int) -> int:
    """How many parts from ``index`` make one date with a month (longest first); 0 where
    the part there is no year or no date follows it."""
    if not _SPACED_YEAR_RE.fullmatch(parts[index]):
        return 0
    # the date's own numbers and words only: a cell after it (完成, the actual) stays apart
    most = 1
    while most < min(_SPACED_DATE_PARTS, len(parts) - index) and _DATE_PART_RE.fullmatch(
        parts[index + most]
    ):
        most += 1
    for size in range(most, 1, -1):
        joined = "".join(parts[index : index + size])
        if "月" in joined and PERIOD_RE.fullmatch(joined):
            return size
    return 0


_LETTER_SPACED_KINDS: Final = frozenset({Kind.QUANTITY, Kind.PERIOD})
_GLYPHS_LEAST: Final = 2  # ``0 吨``: a number and its unit


def _letter_spaced_target(text: str) -> str | None:
    """``≥ 4 2 0 个``, ``1 0 0 %``, ``2 0 2 5 年 1 2 月``: a text PDF that spaces every glyph
    prints a target one glyph a token; a line of single glyphs that reads as a target when
    joined is that target. Cells a single space parts (``10 ≥95% 9``) are longer than one
    glyph each, and single digits alone (``5 5``, weight and score) join into no target."""
    # glyph, space, glyph …: every other character a space (most lines fail at the second)
    if len(text) < _GLYPHS_LEAST * 2 - 1 or text[1] != " " or text[1::2].strip(" "):
        return None
    joined = text[::2]
    if " " in joined:
        return None
    return joined if kind_of(joined) in _LETTER_SPACED_KINDS else None


@functools.lru_cache(maxsize=1)
def _spaced_unit_re() -> re.Pattern[str]:
    units = "|".join(re.escape(unit) for unit in unit_spellings() if unit and not unit.isascii())
    # a compound unit may be cut at the line's end (万元/公, its 里 wrapped below)
    return re.compile(rf"(?<=\d) (?=[万亿]?(?:{units})(?:/[\u4e00-\u9fff]{{1,4}})?(?: {{2}}|$))")


@functools.lru_cache(maxsize=1)
def _value_unit_alone_re() -> re.Pattern[str]:
    """``≥9500 人``, ``268 元``: a text PDF's layer, one cell a line, spaces a value's unit
    off its number; a line of the two alone is one value, not a number and a unit's cell."""
    units = "|".join(re.escape(unit) for unit in unit_spellings() if unit and not unit.isascii())
    return re.compile(rf"(?:>=|<=|[≥≤≧≦＝<>])?\d+(?:\.\d+)? [万亿]?(?:{units})")


def _unit_spaced_off(text: str) -> str:
    """``区域性重大动物疫情发生   0 起``: in a line whose columns stand two spaces or more
    apart, a unit one space after its number is the number's (a PDF's text layer spaces them);
    so are an amount's thousands one space apart (``1 926.48``)."""
    if not _WIDE_GAP_RE.search(text):
        return text
    return _SPACED_THOUSANDS_RE.sub(r"\1\2", _spaced_unit_re().sub("", text))


_SPACED_THOUSANDS_RE: Final = re.compile(r"(?<![\d.])(\d{1,3}) (\d{3}\.\d{1,2})(?![\d.])")


_LONE_OPERATOR_RE: Final = re.compile(r"[≥≤=><≧≦﹦＝═]")  # ═: an OCR "="
_VALUE_RE: Final = re.compile(r"(?:>=|<=|[≥≤=><≧≦﹦＝])?\d+(?:\.\d+)?")
# units a bare number takes that are no target's: a date's, a page's, a score's points
_NO_TARGET_UNITS: Final = frozenset("年月日页分号")


def _spaced_unit_of(before: str, part: str) -> bool:
    """``≥800`` ``万元``, ``1036`` ``万元``: a cell that is a unit alone after a value
    is that value's unit (a text PDF spaces units off numbers); not a date's or a page's
    (``2018`` ``年``), nor points (``5`` ``分``)."""
    if not _VALUE_RE.fullmatch(before) or part in _NO_TARGET_UNITS:
        return False
    return kind_of(part) is Kind.UNIT and kind_of(before + part) is Kind.QUANTITY


_BREADCRUMB_ARROWS: Final = 2


def _join_operators(parts: list[str], unit_column: bool = False) -> list[str]:
    """``≤ 800``: an operator spaced from its number is one target (the space is layout),
    with its unit if that is spaced too; not the arrows of a page's breadcrumb (``首页 >
    部门预算 > 2020年``)."""
    breadcrumb = sum(1 for part in parts if part == ">") >= _BREADCRUMB_ARROWS
    joined: list[str] = []
    spaced = False  # the last part is an operator and its number, spaced apart
    for part in parts:
        lone = joined and _LONE_OPERATOR_RE.fullmatch(joined[-1]) and part[:1].isdigit()
        if lone and not (breadcrumb and joined[-1] == ">"):
            joined[-1] += part
            spaced = True
        elif spaced and kind_of(part) is Kind.UNIT:
            joined[-1] += part  # ``≥ 150 公里``: the unit spaced from them as well
            spaced = False
        elif not unit_column and joined and _spaced_unit_of(joined[-1], part):
            # ``≥800 万元``: a text PDF spaces the unit off its value (a table with a 单位
            # column of its own keeps its units apart)
            joined[-1] += part
        else:
            joined.append(part)
            spaced = False
    return joined


@functools.lru_cache(maxsize=1)
def _spaced_target_re() -> re.Pattern[str]:
    units = "|".join(re.escape(unit) for unit in unit_spellings() if unit and not unit.isascii())
    return re.compile(
        rf"(?P<op>>=|<=|[≥≤=≧≦＝]) (?P<number>\d+(?:\.\d+)?)(?: (?=%|‰|[万亿]?(?:{units})))?"
    )


def spaced_targets_joined(text: str) -> str:
    """``救助人数≥ 1480 人统计口径为年末数``: in text run together (no gap of two spaces), a
    target spaced from its operator and its unit is one target, glued as the rest is; a
    line whose cells stand wide apart keeps its spaces for the cells."""
    if " " not in text or _WIDE_GAP_RE.search(text):
        return text
    return _spaced_target_re().sub(r"\g<op>\g<number>", text)


_SPACED_GLYPHS_RE: Final = re.compile(r"(?:[\u4e00-\u9fff] ){3,}[\u4e00-\u9fff]")
_WIDE_GAP_RE: Final = re.compile(r"[ \u00a0]{2,}|[\t\u3000]+")


def _spaced_changes_joined(parts: list[str]) -> list[str]:
    """``群众文化活动参与人次`` ``较上年增长`` ``5%`` ``以上``: a change over last year spaced
    off its size after a name, bounded by 以上, 以下 or 以内 spaced after the figure: the
    change is the name's comparison and the bounded size its target (the genre's
    convention: the name keeps the comparison, the bound is the figure scored); so where the
    size and bound are glued to the change (``较上年增长5%以上``). A figure
    with no bound after a change (``较上年下降`` ``5``) may be the row's 分值 or its actual:
    the change stays the standard, as written."""
    out: list[str] = []
    index = 0
    while index < len(parts):
        part = parts[index]
        glued = (
            _GLUED_CHANGE_RE.fullmatch(part) if out and part[-2:] in _CHANGE_BOUND_WORDS else None
        )
        if glued is not None and kind_of(out[-1]) is Kind.NAME:
            # ``新登记市场主体户数`` ``较上年增长5%以上``: the size and bound glued to the
            # change, the change spaced off the name: the same change, the name's
            out[-1] += glued["change"]
            out.append(part[glued.end("change") :])
            index += 1
            continue
        bound = parts[index + 2] if index + 2 < len(parts) else ""
        if bound not in _CHANGE_BOUND_WORDS or not out or not _SPACED_CHANGE_RE.fullmatch(part):
            out.append(part)  # cheapest test first: most parts are no change before a bound
            index += 1
            continue
        size = parts[index + 1]
        if kind_of(out[-1]) is not Kind.NAME or kind_of(size) not in (Kind.NUMBER, Kind.QUANTITY):
            out.append(part)
            index += 1
            continue
        out[-1] += part
        out.append(size + bound)
        index += 3
    return out


# a change over last year with no size: its base and its direction
_SPACED_CHANGE_RE: Final = re.compile(
    r"(?:较|比)(?:上|去)年度?(?:下降|增长|提高|提升|减少|增加|降低|上升)"
)
_CHANGE_BOUND_WORDS: Final = frozenset({"以上", "以下", "以内"})
# a change glued to its size and its bound (``较上年下降10%以上``)
_GLUED_CHANGE_RE: Final = re.compile(
    rf"(?P<change>{_SPACED_CHANGE_RE.pattern})\d+(?:\.\d+)?(?:%|个百分点)?(?:以上|以下|以内)"
)


def _spaced_limits_joined(parts: list[str]) -> list[str]:
    """``收到上级资金后`` ``20`` ``日内``, ``收到省级资金`` ``15`` ``日内``: a time limit counted
    from an event, its figure spaced off its words, is one target (a period), not a name, a
    number and a word (a name before a limit, ``资金拨付时限 30 日内``, reads as no period);
    so is a recurring deadline (``每月`` ``10`` ``日前``, ``每季度`` ``5`` ``日前``); a bare
    limit's figure spaced off its unit (``30`` ``日内``) is one target too."""
    out: list[str] = []
    index = 0
    while index < len(parts):
        three = parts[index : index + 3]
        if (
            len(three) == _LIMIT_PARTS
            and (three[0].endswith("后") or three[0][0] == "每" or three[2].endswith("内"))
            and three[1].isdigit()
            and kind_of("".join(three)) is Kind.PERIOD
            and kind_of(three[0]) is not Kind.PERIOD
        ):
            out.append(" ".join(three))
            index += len(three)
            continue
        if (
            index + 1 < len(parts)
            and parts[index].isdigit()
            and WITHIN_RE.fullmatch(parts[index] + parts[index + 1])
        ):
            out.append(parts[index] + parts[index + 1])  # ``30`` ``日内``: a bare limit
            index += 2
            continue
        out.append(parts[index])
        index += 1
    return out


def _spaced_degrees_joined(parts: list[str]) -> list[str]:
    """``长期`` ``坚持``, ``持续`` ``完善``, ``稳步`` ``提升``, ``比上年`` ``减少``: a standard of
    a degree (or the base it is compared with) and what it says, a space typed between its
    words, is one standard; a target and its equal actual (``提高`` ``提高``) stay two."""
    out: list[str] = []
    for part in parts:
        before = out[-1] if out else ""
        opens = _STANDARD_OPENING_RE.fullmatch(before) is not None or (
            _DEGREE_RE.fullmatch(before) is not None and kind_of(before) is Kind.QUALITATIVE
        )
        if (
            opens
            and _DEGREE_RE.fullmatch(part)
            and part != before
            and kind_of(before + part) is Kind.QUALITATIVE
        ):
            out[-1] = before + part
            continue
        out.append(part)
    return out


_DEGREE_RE: Final = re.compile(r"[\u4e00-\u9fff]{2}")
# the words a standard opens with that are none alone: the base of a change (较上年), a
# degree that says how (逐步, 稳步)
_STANDARD_OPENING_RE: Final = re.compile(
    r"(?:较上年|比上年|较去年|同比)(?:明显|显著|有效|逐步|稳步|持续|有所|进一步|大幅)?"
    r"|逐步|稳步|有序|不断|有所|进一步|全面|基本|大幅|逐年|更加"
)


_LIMIT_PARTS: Final = 3  # the event, the figure, its unit


def _cells_single_spaced(text: str) -> bool:
    """A table flattened to one line, its cells parted by single spaces, some labels'
    glyphs spaced out (``一级 指标 二级指标 … 绩 效 指 标 … 资金下达时限 收到中央资金后 30
    日内``): with no wider gap, the single spaces part the cells too, so the glyph runs are
    joined on their own (:func:`_join_spaced_glyphs`) and the words stay apart."""
    if _WIDE_GAP_RE.search(text):
        return False
    words = sum(1 for token in text.split() if len(_CJK_RE.findall(token)) >= _WORD_GLYPHS)
    return words >= _SINGLE_SPACED_WORDS


_WORD_GLYPHS: Final = 2
_SINGLE_SPACED_WORDS: Final = 8  # a table's words, not a title's (中 小 河 流 治 理 工程)


def _unspaced(part: str) -> str:
    """A cell of spaced-out glyphs (``2 0 2 4 年 水 利``, ``年 度 金 额:``) as one word."""
    tokens = part.split()
    singles = sum(1 for token in tokens if len(token) == 1)
    return "".join(tokens) if 2 * singles >= len(tokens) else part


def _join_spaced_glyphs(parts: list[str]) -> list[str]:
    """``绩 效 指 标``: single characters spaced out by a PDF's text layer are one word."""
    joined: list[str] = []
    run: list[str] = []
    for part in parts:
        if len(part) == 1 and _CJK_RE.fullmatch(part):
            run.append(part)
            continue
        if len(run) > _MIN_LABEL_GLYPHS and joined and _spaced_unit_of(joined[-1], run[0]):
            # ``≥9800 场 绩 效 指 标``: the value's unit, spaced off it, opens the run of a
            # label's spaced glyphs after it
            joined[-1] += run.pop(0)
        if run and _last_glyph_of_name(joined, run, part):
            joined[-1] += run[0]
        elif run:
            joined += _spaced_labels("".join(run))
        run = []
        joined.append(part)
    if run:
        joined += _spaced_labels("".join(run))
    return joined


def _spaced_labels(word: str) -> list[str]:
    """A run of spaced glyphs that spells two labels, one merged cell's beside the next's
    (``绩 效 指 标 产 出 指 标``): the two labels, else the run as one word."""
    if kind_of(word) is not Kind.NAME:
        return [word]
    for cut in range(_MIN_LABEL_GLYPHS, len(word) - 1):
        head, tail = word[:cut], word[cut:]
        if kind_of(tail) in _LEVEL_KINDS and (
            head in _BLOCK_LABELS or kind_of(head) in _LEVEL_KINDS
        ):
            return [head, tail]
    return [word]


_BLOCK_LABELS: Final = frozenset({"绩效指标", "年度绩效指标"})  # the indicator block's label


_MIN_LABEL_GLYPHS: Final = 2


def _last_glyph_of_name(joined: list[str], run: list[str], following: str) -> bool:
    """``新增供水管网长 度 ≥46公里``: an OCR or a text layer that spaced a name's last glyph
    off it; one glyph alone between a name and the target after it is the name's end, not a
    cell (a one-glyph cell there is a standard, 是 or 优, or a placeholder, 无)."""
    if len(run) != 1 or not joined or _VALUE_OPENING_RE.match(following) is None:
        return False
    name, glyph = joined[-1], run[0]
    if kind_of(name) is not Kind.NAME:
        return False
    # a unit's glyph (度, 次) may be a unit column's cell, unless it closes a measure's word
    return kind_of(glyph) is Kind.NAME or name[-1:] + glyph in _MEASURE_WORDS


_VALUE_OPENING_RE: Final = re.compile(r"[≥≤=><≧≦﹦＝═]|\d")
# the two-glyph measure words a name ends with whose last glyph is a unit's as well
_MEASURE_WORDS: Final = _words(
    "长度 宽度 深度 高度 密度 进度 强度 精度 额度 速度 浓度 力度 程度 人次 户次 车次 批次 频次 架次"
)


def _is_word(text: str) -> bool:
    """A header word or a label: what a cell broken in two may join back into."""
    kind = kind_of(text)
    return kind in (Kind.HEADER, Kind.CATEGORY, Kind.SUBCATEGORY)


_NOT_LABEL_PARTS: Final = frozenset({Kind.NUMBER, Kind.QUANTITY, Kind.PLACEHOLDER})


def _rejoin_broken(cells: list[Cell]) -> list[Cell]:
    """Labels broken over two cells (``一级`` ``指标``, ``可持续影`` ``响指标``, ``年度``
    ``指标值``) rejoined when neither half is a word and the two together are one."""
    out: list[Cell] = []
    per_row: dict[int, int] = {}
    for cell in cells:
        per_row[cell.row] = per_row.get(cell.row, 0) + 1
    for cell in cells:
        if out:
            previous = out[-1]
            together = previous.text + cell.text
            # across rows only where each half stands alone (a cell wrapped onto the next line)
            apart = previous.row != cell.row and (
                per_row[previous.row] > 1 or per_row[cell.row] > 1
            )
            # a whole header word ends its cell on its line: ``原因`` / ``总额`` are two cells
            wrapped = previous.line != cell.line and _is_word(previous.text)
            # the two texts together judged last: the halves' kinds are known already
            if (
                not apart
                and not wrapped
                and not {cell.kind, previous.kind} & _NOT_LABEL_PARTS
                and not (_is_word(previous.text) and _is_word(cell.text))
                and len(label_key(together)) <= 14
                and _is_word(together)
                and not _apart_words(previous, cell)
            ):
                out[-1] = Cell(together, previous.line, previous.page, previous.row, previous.glued)
                continue
        out.append(cell)
    return out


def _apart_words(previous: Cell, cell: Cell) -> bool:
    """Two cells that are no halves of one word though together they read as one: a note
    wholly in brackets (``（指标值）`` under ``年度目标``), or a word no list knows in its own
    column after a whole word (``指标值 | 说明``: two columns, not the one 指标值说明)."""
    if not label_key(previous.text) or not label_key(cell.text):
        # a label's points ((60分) between 产出指标 and 数量指标) are a label's, not a note
        return not (is_points(previous.text) or is_points(cell.text))
    return 0 <= previous.column != cell.column >= 0 and (
        # a money column's word is whole too (全年预计执行数 | 偏差原因: two columns)
        _is_word(previous.text) or funding_role(label_key(previous.text)) is not None
    )


def _runon_header_line(lines: list[SourceLine]) -> tuple[bool, int | None]:
    """Whether a table header is run together in the document (``一级指标二级指标三级指标
    指标值``): every row of it is, however short; and the line of the first such header that
    names the name's column (三级指标, 指标名称: a table's, not a 评分标准 card's line that
    holds header words), or None."""
    runon = False
    for line in lines:
        if len(line.cells) != 1:
            continue
        text = spaced_targets_joined(half_width(line.text).strip())
        # run together: no separator at all, not even a space, in the part that holds the
        # header (a page's title, a space, then the table run together: the same table)
        parts = _SPACES_RE.split(text)
        for part in parts:
            # a part after a space holds the header only where it names its levels (指标)
            if len(part) < _RUNON_HEADER or (len(parts) > 1 and _LEVELS_WORD not in part):
                continue
            words = [text for text, _ in split_runon(part) if kind_of(text) is Kind.HEADER]
            if len(words) < _RUNON_HEADER_WORDS:
                continue
            runon = True
            if any(header_role(label_key(word)) is Role.NAME for word in words):
                return runon, line.number
    return runon, None


_RUNON_HEADER: Final = 12
_LEVELS_WORD: Final = "指标"
_RUNON_HEADER_WORDS: Final = 3
_RUNON_SHORT: Final = 4


def _cut_value_tail(text: str) -> list[tuple[str, bool]]:
    """In text run together, a name and the target after it (``培训人次≥3000人次``,
    ``发放时间2023年12月底前``): cut before the operator, or before a deadline."""
    match = _OPERATOR_TAIL_RE.fullmatch(text)
    if match is not None and len(match["name"]) >= 2 and kind_of(match["value"]) is Kind.QUANTITY:
        return [(match["name"], True), (match["value"], True)]
    signed = match is not None and len(match["name"]) >= 2 and match["value"][:1] == "="
    if signed and match and (standards := _signed_standards(match["value"][1:])) is not None:
        return [(match["name"], True), *((words, True) for words in standards)]
    for start in range(2, len(text) - 1):
        if text[start - 1].isdigit() or not text[start].isdigit():
            continue
        if PERIOD_RE.fullmatch(text[start:]) and kind_of(text[:start]) is Kind.NAME:
            return [(text[:start], True), (text[start:], True)]
    return [(text, True)]


def _signed_standards(words: str) -> list[str] | None:
    """``天然林资源=得到有效保护得到有效保护``: a form's 指标性质 ``=`` written before a standard
    in words (the sign means the words are the target, no comparison): the standard; where the
    row's actual repeats it, the same words again, and the next row's name glued after them
    (the table run together, its cells glued)."""
    if kind_of(words) is Kind.QUALITATIVE:
        return [words]
    for cut in range(_MIN_STANDARD, min(len(words) // 2, _MAX_STANDARD) + 1):
        standard, rest = words[:cut], words[cut:]
        if not rest.startswith(standard) or kind_of(standard) is not Kind.QUALITATIVE:
            continue
        following = rest[cut:]
        if not following or kind_of(following) is Kind.NAME:
            return [standard, standard, *([following] if following else [])]
    return None


_MIN_STANDARD: Final = 2
_MAX_STANDARD: Final = 12


def _whole_periods(pieces: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """``2023年`` ``12月`` ``底前`` cut by the vocabulary are one deadline; so is ``…每学期开学后``
    ``1个月`` ``内``, a recurring deadline whose duration the vocabulary took for a quantity,
    and so are dates listed (``6月`` ``、`` ``11月`` ``底前``: a spring and an autumn round)."""
    out: list[tuple[str, bool]] = []
    items = _recurring_periods(pieces)
    index = 0
    while index < len(items):
        text, glued = items[index]
        index += 1
        if text == _LIST_MARK and out and _listed_dates(out[-1][0], items[index:]):
            text, index = text + items[index][0], index + 1
        if out and (weight := _weight_before_year(out[-1][0], text)) is not None:
            out[-1:] = [(weight, True), (out[-1][0][len(weight) :], True)]
        head = _date_head(out[-1][0]) if out else None
        if head is not None and is_deadline(head + text):
            out[-1] = (head + text, True)
        elif head is not None and (end := _deadline_end(head, text)):
            out[-1] = (head + text[:end], True)  # ``底前`` + the next row's name
            out.append((text[end:], True))
        else:
            out.append((text, glued))
    return out


# An equality sign before a date (a 指标性质 column of signs, ``=2023年9月30日前``): a
# deadline is met or not, so the sign says nothing and is folded away with the date joined.
_EQUALS_SIGNS: Final = "=＝﹦═"


def _date_head(text: str) -> str | None:
    """The piece ``text`` as the head of a date the next piece may close: its digits, an
    equality sign before them left off; None where it opens with no digit."""
    bare = text[1:] if text[:1] in _EQUALS_SIGNS else text
    return bare if bare[:1].isdigit() else None


# the mark between dates listed in one target (6月、11月底前), cut off by the vocabulary,
# between a date's end and the next date's month
_LIST_MARK: Final = "、"
_LISTED_END_RE: Final = re.compile(r"\d月(?:\d{1,2}日)?(?:底|末)?$")
_LISTED_START_RE: Final = re.compile(r"\d{1,2}月")


def _listed_dates(before: str, after: list[tuple[str, bool]]) -> bool:
    """Whether a list's mark stands between a date's end and the next date's month."""
    return bool(after) and bool(
        _LISTED_END_RE.search(before) and _LISTED_START_RE.match(after[0][0])
    )


# a 分值 run into the year or the month of the deadline after it (``5`` and ``2023年`` read
# ``52023年``, ``8`` and ``12月`` read ``812月``): the shortest 分值 that leaves one
_WEIGHT_YEAR_RE: Final = re.compile(
    r"(?P<weight>[1-9]\d??|100)(?P<year>(?:19|20)\d{2}年|(?:1[0-2]|[1-9])月)"
)
_MONTHS: Final = 12


def _weight_before_year(head: str, following: str) -> str | None:
    """``52023年`` then ``12月底前``: a year has four digits, so the one or two before it are
    the row's 分值, glued on where the cells were run together; so are those before a month
    where the figure is none (``812月`` then ``20日前``, ``86月`` then ``、11月底前``). The
    分值 where the date and ``following`` make a deadline, else None (a quantity of years,
    ``12023年``, stays, and ``12月`` is a month as it stands)."""
    match = _WEIGHT_YEAR_RE.fullmatch(head)
    if match is None:
        return None
    year = match["year"]
    if year.endswith("月") and int(head[:-1]) <= _MONTHS:
        return None
    if is_deadline(year + following) or _deadline_end(year, following):
        return match["weight"]
    return None


_WITHIN_WORD_RE: Final = re.compile(r"以内|之内|内")
_EVENT_TAIL: Final = ("后", "起")


def _event_limits(pieces: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """``资金兑现时限申报后`` ``60个工作日`` ``内…``: a deadline's name with the event the limit
    counts from, the duration the vocabulary took for a quantity and the word closing it,
    put back as the name and its time limit (``申报后60个工作日内``)."""
    out: list[tuple[str, bool]] = []
    index = 0
    while index < len(pieces):
        text = pieces[index][0]
        if text.endswith(_EVENT_TAIL) and index + 2 < len(pieces):
            duration, closing = pieces[index + 1][0], pieces[index + 2][0]
            within = _WITHIN_WORD_RE.match(closing)
            limit = duration + within.group(0) if within is not None else ""
            cut = deadline_after_name(text + limit) if WITHIN_RE.fullmatch(limit) else None
            if cut is not None and within is not None:
                out += [(part, True) for part in cut]
                rest = closing[within.end() :]
                out += [(rest, True)] if rest else []
                index += 3
                continue
        out.append(pieces[index])
        index += 1
    return out


_DEADLINE_END_MAX: Final = 4  # 前, 之前, 底前, 以内, 底前完成 …: what closes a deadline
# what follows a deadline's end glued: the next row's name, or the row's actual in words
_AFTER_DEADLINE: Final = frozenset({Kind.NAME, Kind.QUALITATIVE})


def _deadline_end(head: str, following: str) -> int | None:
    """``…12月`` then ``底前审批办结时限``: a deadline's closing words glued to the next row's
    name (a table run together) or to the row's actual (``底前按时完成``); how many glyphs of
    ``following`` close the deadline, where the rest reads so; None where none do."""
    for end in range(min(_DEADLINE_END_MAX, len(following) - _NAME_MIN), 0, -1):
        if is_deadline(head + following[:end]) and kind_of(following[end:]) in _AFTER_DEADLINE:
            return end
    return None


_EVERY: Final = "每"


def _recurring_periods(pieces: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """``资金拨付时限每学期开学后`` ``1个月`` ``内``: the text from the last 每 before the
    duration, the duration and the word after it, where together they are one deadline."""
    out: list[tuple[str, bool]] = []
    index = 0
    while index < len(pieces):
        used = _recurring_at(out, pieces, index)
        if used == 0:
            out.append(pieces[index])
        index += max(used, 1)
    return out


# ``惠企资金兑现时限申报后`` ``60个工作日`` ``内``: a time limit's name, then the event its
# limit is counted from (申报后, 受理之日起), both cut as one piece of run-on text
_EVENT_AFTER_LIMIT_RE: Final = re.compile(r"(?:时限|期限)(?=[\u4e00-\u9fff]{2,12}(?:后|起)$)")


def _deadline_starts(before: str) -> list[int]:
    """Where the words of a deadline may start in the piece before its duration: at its last
    每 (a recurring deadline), after a time limit's name (a limit counted from an event)."""
    starts = [before.rfind(_EVERY)]
    if (limit := _EVENT_AFTER_LIMIT_RE.search(before)) is not None:
        starts.append(limit.end())
    return [start for start in starts if start >= 0]


def _recurring_at(out: list[tuple[str, bool]], pieces: list[tuple[str, bool]], index: int) -> int:
    """How many pieces from ``index`` close a deadline opened in ``out``'s last piece (that
    piece cut where the deadline starts, the deadline appended); 0 where none does."""
    text = pieces[index][0]
    before = out[-1][0] if out else ""
    if not text[:1].isdigit():
        return 0
    after = pieces[index + 1][0] if index + 1 < len(pieces) else ""
    for start in _deadline_starts(before):
        # (the words closing the deadline, the piece left after them, the pieces used)
        tails: list[tuple[str, str, int]] = [(after, "", 2)] if after else []
        if after and (end := _deadline_end(before[start:] + text, after)) is not None:
            tails.append((after[:end], after[end:], 2))  # 前 glued to the next name: 前审批办结时限
        for tail, left, used in [*tails, ("", "", 1)]:
            deadline = before[start:] + text + tail
            if PERIOD_RE.fullmatch(deadline):
                out[-1:] = [(before[:start], True)] if before[:start] else []
                out.append((deadline, True))
                out += [(left, True)] if left else []
                return used
    return 0


_POINTS_RE: Final = re.compile(r"\d+(?:\.\d+)?分")


def _evaluation_fronts(
    pieces: list[tuple[str, bool]],
) -> tuple[list[tuple[str, bool]], dict[str, Kind]]:
    """A 绩效评价 score table run together: a 一级 label's points cut apart by the vocabulary
    (``产出(`` ``47分`` ``)产出数量…``) put back, and the framework's labels that open a
    piece (``产出(47分)``, ``产出数量``) cut off the name after them."""
    joined: list[tuple[str, bool]] = []
    index = 0
    while index < len(pieces):
        text = pieces[index][0]
        if (
            text.endswith("(")
            and index + 2 < len(pieces)
            and _POINTS_RE.fullmatch(pieces[index + 1][0])
            and pieces[index + 2][0].startswith(")")
        ):
            text += pieces[index + 1][0] + pieces[index + 2][0]
            index += 2
        joined.append((text, True))
        index += 1
    out: list[tuple[str, bool]] = []
    levels: dict[str, Kind] = {}
    for text, glued in joined:
        labels = evaluation_labels(text) if kind_of(text) in _TAIL_KINDS else []
        rest = text[sum(len(label) for label in labels) :]
        if labels and (second := _second_level_front(rest)) is not None:
            labels.append(second)  # 满意度 then 服务对象满意度: the framework's 二级 label
            rest = rest[len(second) :]
        out += [(label, True) for label in labels] + ([(rest, glued)] if rest else [])
        for label in labels:  # a 一级 label has its points, or stands before a 二级 one
            first = label is labels[0] and (label.endswith("分)") or len(labels) > 1)
            levels[label] = Kind.CATEGORY if first else Kind.SUBCATEGORY
    return out, levels


def _second_level_front(rest: str) -> str | None:
    """A 二级 label (服务对象满意度) opening a name after the 绩效评价 labels."""
    for size in range(min(len(rest) - _NAME_MIN, _LABEL_SIZES.start), 3, -1):
        if subcategory_label(rest[:size]) is not None and kind_of(rest[size:]) is Kind.NAME:
            return rest[:size]
    return None


def _tail(text: str) -> list[tuple[str, bool]]:
    # a name with its 指标解释 glued on may be long enough to read as a sentence
    return _cut_value_tail(text) if kind_of(text) in _TAIL_KINDS else [(text, True)]


_TAIL_KINDS: Final = frozenset({Kind.NAME, Kind.SENTENCE})


_OPERATOR_TAIL_RE: Final = re.compile(r"(?P<name>.*?[^\d\s≥≤<>=])(?P<value>[≥≤<>=].*)")


def cells_of(lines: list[SourceLine]) -> list[Cell]:
    """The non-empty cells of the lines in reading order, cut and rejoined as described."""
    cells: list[Cell] = []
    blanks = 0
    runon_rows = False  # after a header run together, each line is a row run together
    after: tuple[Role, ...] = ()  # that header's columns after the name
    runon, header_line = _runon_header_line(lines)
    unit_column = _has_unit_column(lines)
    for row, line in enumerate(
        listed_as_rows(
            cards_as_rows(without_page_breaks(rejoin_broken_rows(without_fold_marks(lines))))
        )
    ):
        raw_cells = [half_width(cell).strip() for cell in line.cells]
        placed = len(raw_cells) > 1
        if placed:  # a cell of boxed options holds its ticked one (完成可能性 ☑确定能 □有可能)
            raw_cells = [ticked_options(cell, yes_no=False) for cell in raw_cells]
        offsets: list[int] = []
        starts: list[int] = []
        if len(raw_cells) == 1:
            # a cell's boxed options are parted by spaces as the cells are: its ticked one first
            raw_cells = _split_spaces(ticked_options(raw_cells[0]), unit_column)
            offsets, starts = _offsets(half_width(line.text), raw_cells)
        if not any(raw_cells):
            blanks += 1
            continue
        if len(raw_cells) == 1 and (header := runon_header(raw_cells[0])) is not None:
            runon_rows = True
            after = runon_after_name(header)
            cells += [Cell(text, line.number, line.page, row, True, gap=blanks) for text in header]
            blanks = 0
            continue
        if runon_rows and len(raw_cells) == 1:
            row_cells = cut_runon_row(raw_cells[0], after)
            runon_rows = row_cells is not None
            if row_cells is not None:
                cells += [
                    Cell(text, line.number, line.page, row, True, gap=blanks) for text in row_cells
                ]
                blanks = 0
                continue
        for column, raw in enumerate(raw_cells):
            if not raw:
                continue
            pieces = split_runon(raw) if len(raw) >= _RUNON_MIN else [(raw, False)]
            if len(pieces) > 1:  # a table run together on a line with spaces elsewhere
                pieces = standards_between_names(pieces)
            levels: dict[str, Kind] = {}
            if runon and not placed and len(raw) >= _RUNON_SHORT:
                # a row under the header may open with no label (the one above it had them)
                least = 0 if header_line is not None and line.number > header_line else 1
                split = header_words_apart(split_runon(raw, least))
                cut, levels = _evaluation_fronts(_event_limits(_whole_periods(split)))
                pieces = figures_in_words([piece for text, _ in cut for piece in _tail(text)])
                pieces = standards_between_names(standards_off_names(pieces))
                pieces = reasons_after_actuals(pieces)
                pieces = unit_glyphs_to_names(short_levels_off_names(pieces))
                pieces = limits_into_yes_names(pieces)
            where = column if placed and len(pieces) == 1 else -1
            start = offsets[column] if offsets and len(pieces) == 1 else -1
            char_start = starts[column] if starts and len(pieces) == 1 else -1
            width = len(raw_cells) if placed else 0
            for text, glued in pieces:
                cells.append(
                    Cell(
                        text,
                        line.number,
                        line.page,
                        row,
                        glued,
                        column=where,
                        width=width,
                        gap=blanks,
                        offset=start,
                        char_offset=char_start,
                        level=levels.get(text),
                    )
                )
                blanks = 0
    cells = _heads_first(_values_back_to_rows(_without_bracket_pieces(cells)))
    cells = _group_labels_apart(cells)
    cells = _without_side_labels(join_column_wraps(join_glyph_lines(cells)))
    cells = join_unit_wraps(join_name_tails(cells))
    cells = join_header_ends(_rejoin_broken(cells))
    cells = _split_value_pairs(_split_glued_numbers(_labels_off_values(cells)))
    cells = split_signed_targets(split_word_targets(_split_glued_values(cells)))
    return targets_beside_names(_events_as_names(_doubled_standards(_deadline_heads_name(cells))))


def _group_labels_apart(cells: list[Cell]) -> list[Cell]:
    """A score table's labels a text PDF ran into the row's name (``分)项目管理(5分)资金管理
    资金到位率``, ``(产出质量``; `eval_labels.group_fronts`) cut off it, each a cell with its
    level: the first a 一级 label unless the framework's own 二级, the rest 二级. A cell of
    labels alone lets the next cell on its line open with labels too (``分)项目绩效(40``
    ``项目产出补贴机具数量``)."""
    if not any(cell.text.startswith("分)") for cell in cells):
        return cells  # most texts: no label's points wrapped, none of the layout
    out: list[Cell] = []
    opened = False  # the cell before, on the same line, held labels alone
    for at, cell in enumerate(cells):
        same_line = at > 0 and cells[at - 1].line == cell.line
        if cell.column >= 0:  # a cell of its own column: no label run into a name
            out.append(cell)
            opened = False
            continue
        grouped = group_fronts(cell.text, opened and same_line)
        opened = grouped is not None and all(label for _, label in grouped)
        if grouped is None and is_framework_subcategory(cell.text) and cell.level is None:
            grouped = [(cell.text, True)]  # 产出时效 before the row's name: the 二级 label
        if grouped is None:
            out.append(cell)
            continue
        for place, (text, label) in enumerate(grouped):
            level = None
            if label:
                first = group_level_is_first(text, place == 0)
                level = Kind.CATEGORY if first else Kind.SUBCATEGORY
            out.append(replace(cell, text=text, level=level))
    return out


def _events_as_names(cells: list[Cell]) -> list[Cell]:
    """``全市不发生重大食品安全事故`` | ``0起``: a negated event reads as a standard, but
    with no name before it and a count of none after it, it is the row's name and the
    count its target."""
    out = list(cells)
    for at in range(1, len(cells) - 1):
        cell, following = cells[at], cells[at + 1]
        if not following.text.startswith("0") or _ZERO_COUNT_RE.fullmatch(following.text) is None:
            continue  # most cells: no count of none after them
        if cell.kind is not Kind.QUALITATIVE or cells[at - 1].kind in (Kind.NAME, Kind.SENTENCE):
            continue
        if is_negated_event(cell.text):
            out[at] = replace(cell, as_name=True)
    return out


_ZERO_COUNT_RE: Final = re.compile(r"0(?:起|次|例|件|人|个)")


def _doubled_standards(cells: list[Cell]) -> list[Cell]:
    """A row's standard and actual in words the vocabulary lacks, written twice between
    its name and its 分值 (``…线索`` ``按时移交`` ``按时移交`` ``1010``, ``…未成灾`` ``火情早灭``
    ``火情早灭`` ``30``): each read as a standard, whatever its words alone read as."""
    out = list(cells)
    for at in range(1, len(cells) - 2):
        before, one, two, after = cells[at - 1 : at + 3]
        # one row: on one line, or its values given back from the next (`next_line_values`)
        if not (
            before.row == one.row == two.row == after.row and one.line == two.line == after.line
        ):
            continue
        if doubled_words_as_standard(before.text, one.text, two.text, after.text):
            out[at] = replace(one, level=Kind.QUALITATIVE)
            out[at + 1] = replace(two, level=Kind.QUALITATIVE)
    return out


def _has_unit_column(lines: list[SourceLine]) -> bool:
    """Whether an indicator table's header line names a 单位 column: a 单位 word of its own
    beside the target's (指标值 单位), not a unit stated for the money (单位: 万元)."""
    return any(_unit_header(line.text) for line in lines if "单位" in line.text)


def _unit_header(text: str) -> bool:
    roles = {header_role(label_key(word)) for word in text.split() if len(word) <= _UNIT_HEADER_MAX}
    return Role.UNIT in roles and Role.TARGET in roles


_UNIT_HEADER_MAX: Final = 6  # 计量单位, 度量单位(元): longer words are no header's


def _without_bracket_pieces(cells: list[Cell]) -> list[Cell]:
    """The cells less the pieces of a label's points a PDF's text layer wrapped onto lines
    of their own (``资金管理(`` / ``10 )``): a lone bracket, and the bare points opening a
    line before a lone closing one. They are no name and no value of any row."""
    if not any(cell.text in _LONE_BRACKETS for cell in cells):
        return cells
    out: list[Cell] = []
    for at, cell in enumerate(cells):
        if cell.text in _LONE_BRACKETS:
            continue
        following = cells[at + 1] if at + 1 < len(cells) else None
        if following is not None and _points_before_close(out, cell, following):
            continue
        out.append(cell)
    return out


def _points_before_close(out: list[Cell], cell: Cell, following: Cell) -> bool:
    opens_line = not out or out[-1].line != cell.line
    closes = following.text in _CLOSE_BRACKETS and following.line == cell.line
    return opens_line and closes and cell.text.isdigit()


_CLOSE_BRACKETS: Final = frozenset(")）")
_LONE_BRACKETS: Final = _OPEN_BRACKETS | _CLOSE_BRACKETS


def _heads_first(cells: list[Cell]) -> list[Cell]:
    """A table read down its columns, each column's header over its cells, with the
    headers gathered before the cells (`column_heads`)."""
    order = heads_first([cell.text for cell in cells], [cell.row for cell in cells])
    return cells if order is None else [cells[index] for index in order]


def _values_back_to_rows(cells: list[Cell]) -> list[Cell]:
    """A score table printed out of step, each row's values opening the next line, with
    the values given back to their row (`next_line_values`)."""
    rows = rows_with_values_back([cell.row for cell in cells], [cell.text for cell in cells])
    return [
        cell if cell.row == row else replace(cell, row=row)
        for cell, row in zip(cells, rows, strict=True)
    ]


def _deadline_heads_name(cells: list[Cell]) -> list[Cell]:
    """``指标1`` / ``2021年12月31日前完成`` / ``补贴资金兑付``, cut out of a row run together:
    a deadline right after the row's number and glued to the words after it is the head of
    the row's name (a time indicator named by its deadline), not its target."""
    out: list[Cell] = []
    for index, cell in enumerate(cells):
        # run-together text only (glued cells): most cells fail the first, cheapest test
        if cell.glued and out and out[-1].kind is Kind.PERIOD and _opens_name(cells, index - 1):
            head = out.pop()
            if _year_word(cells, index - 2):  # 当年 / 10月底前完成 / 修复任务
                year = out.pop()
                head = replace(head, text=year.text + head.text, gap=year.gap)
            cell = replace(cell, text=head.text + cell.text, gap=head.gap)
        out.append(cell)
    return out


# the year a deadline opening a name falls in, said in words (当年10月底前, 本年度6月底前)
_YEAR_WORDS: Final = frozenset({"当年", "本年", "当年度", "本年度", "今年", "年内"})


def _year_word(cells: list[Cell], at: int) -> bool:
    """Whether ``cells[at]`` is a year said in words, numbered before, glued on its line."""
    if at < 1:
        return False
    before, year = cells[at - 1], cells[at]
    if year.text not in _YEAR_WORDS or not (before.glued and year.glued):
        return False
    return before.line == year.line and before.kind is Kind.NUMBERING


def _opens_name(cells: list[Cell], at: int) -> bool:
    """Whether the deadline ``cells[at]`` opens the name after it: numbered before, words
    after, all three glued on one line."""
    if at < 1 or at + 1 >= len(cells):
        return False
    # the deadline's year in words before it (当年): the row's number before that
    first = at - 2 if _year_word(cells, at - 1) else at - 1
    before, period, name = cells[first], cells[at], cells[at + 1]
    if not (before.glued and period.glued and name.glued):
        return False
    if not before.line == period.line == name.line:
        return False
    return before.kind is Kind.NUMBERING and name.kind is Kind.NAME


_MIN_WORDS: Final = 2
_VALUE_START_RE: Final = re.compile(r"[≥≤=><≧≦﹦＝]?\d")
_SECOND_VALUES: Final = frozenset({Kind.QUANTITY, Kind.NUMBER, Kind.PLACEHOLDER})


def value_pair(text: str) -> tuple[str, str] | None:
    """A target and the figure achieved run together in one cell, as a spreadsheet's two
    columns copied without a separator: ``≥3000人次1865人次``, ``≥30%34%``, ``=100%—``
    (nothing achieved yet), ``逐步完善逐步完善`` (a standard met as written). The first part
    ends in its unit, the second starts with a digit (or is a placeholder)."""
    half = len(text) // 2
    doubled = len(text) % 2 == 0 and text[:half] == text[half:] and _CJK_RE.match(text)
    if doubled and half >= _MIN_WORDS and _reads_as_target(text[:half]):
        return text[:half], text[half:]
    if not _VALUE_START_RE.match(text) or kind_of(text) is not Kind.NAME:
        return None
    for cut in range(len(text) - 1, 1, -1):
        head, tail = text[:cut], text[cut:]
        if head[-1].isdigit() or not (tail[0].isdigit() or kind_of(tail) is Kind.PLACEHOLDER):
            continue
        if kind_of(head) is Kind.QUANTITY and kind_of(tail) in _SECOND_VALUES:
            return head, tail
    return None


_LABEL_SIZES: Final = range(10, 3, -1)  # 质量指标 … 服务对象满意度指标
_LEVEL_KINDS: Final = frozenset({Kind.CATEGORY, Kind.SUBCATEGORY})


def label_off_value(text: str) -> tuple[str, str] | None:
    """``10质量指标``, ``≤60元/课时10效益指标``: a row's last figures with the next row's
    一级 or 二级 label glued after them (a table run together with single spaces, one space
    lost): the figures, then the label."""
    if not _VALUE_START_RE.match(text):
        return None
    for size in _LABEL_SIZES:
        head, label = text[:-size], text[-size:]
        if head and not head[-1].isspace() and kind_of(label) in _LEVEL_KINDS:
            return (head, label) if kind_of(head) is not Kind.NAME or value_pair(head) else None
    return None


def _labels_off_values(cells: list[Cell]) -> list[Cell]:
    return split_name_cells(cells, label_off_value)


def _reads_as_target(text: str) -> bool:
    return kind_of(text) in _WORD_VALUES or read_target_cell(text).target is not None


def _split_value_pairs(cells: list[Cell]) -> list[Cell]:
    out: list[Cell] = []
    for cell in cells:
        pair = value_pair(cell.text)
        if pair is None:
            out.append(cell)
            continue
        out += [Cell(part, cell.line, cell.page, cell.row, gap=cell.gap) for part in pair]
    return out


def _offsets(text: str, parts: list[str]) -> tuple[list[int], list[int]]:
    """Where each of a line's cells starts in it, in places as printed and in characters;
    empty when they cannot be found in order (a cell's glyphs are looked for one by one:
    spaced-out glyphs are read as one word)."""
    offsets: list[int] = []
    starts: list[int] = []
    cursor = 0
    # the width up to the last cell's start, carried on (measuring each cell's from the
    # line's start made a line of many cells cost the square of its length)
    measured, width = 0, 0
    for part in parts:
        start = -1
        glyphs = part.replace(" ", "")
        first = text.find(glyphs[:1], cursor)
        if glyphs and first >= 0 and text.startswith(glyphs, first):
            # written as one word: where the glyphs looked for one by one would be found
            start, cursor = first, first + len(glyphs)
            glyphs = ""
        for glyph in glyphs:
            at = text.find(glyph, cursor)
            if at < 0:
                return [], []
            start = at if start < 0 else start
            cursor = at + 1
        starts.append(start)
        if start < 0:  # a cell of no glyph (as before: the line but its last glyph)
            offsets.append(_display_width(text[:start]))
            continue
        width += _display_width(text[measured:start])
        measured = start
        offsets.append(width)
    return offsets, starts


def _display_width(text: str) -> int:
    """How wide a text is printed in a fixed-width font: a CJK glyph takes two places."""
    if text.isascii():  # no wide glyph: a gap of spaces between two cells
        return len(text)
    # one place a glyph, two for a wide or full-width one (W, F), counted in C
    return len(text) + sum(map(_WIDE_KINDS.__contains__, map(unicodedata.east_asian_width, text)))


def _without_side_labels(cells: list[Cell]) -> list[Cell]:
    """A label printed down the side of a table, one glyph a row (绩 / 效 / 指 / 标 before the
    rows' cells, or on a line of its own between them), is no cell of those rows: a lone
    glyph with another one or two rows away, one of them opening a row of several cells (a
    name wrapped onto a line of its own, 率, has no such neighbour)."""
    by_row: dict[int, list[Cell]] = {}
    for cell in cells:
        by_row.setdefault(cell.row, []).append(cell)

    def glyph(row: int) -> bool:
        # a glyph in a column further in (``| | | 率 |``) is where the names stand, no side
        found = by_row.get(row, [])
        return (
            bool(found)
            and found[0].column <= 0
            and len(found[0].text) == 1
            and bool(_CJK_RE.fullmatch(found[0].text))
        )

    def opens(row: int) -> bool:
        return glyph(row) and len(by_row[row]) >= 2

    def side(row: int) -> bool:
        near = [row + step for step in (-2, -1, 1, 2)]
        if not glyph(row) or not any(map(glyph, near)):
            return False
        return opens(row) or any(map(opens, near))

    found = {id(by_row[row][0]) for row in by_row if side(row)}
    return [cell for cell in cells if id(cell) not in found] if found else cells


_SHORT_VALUE: Final = 4
# the base a change is measured against (较上年, 比去年, 同比): no name's words
_COMPARED_RE: Final = re.compile(r"(?:较|比)(?:上年度?|去年|上一年度?|往年)|同比|环比")
_WORD_VALUES: Final = frozenset({Kind.QUALITATIVE, Kind.STATUS})


def _value_pair(text: str) -> tuple[str, str] | None:
    """``是是``, ``是基本达到``: a target and its actual in words, glued together."""
    for cut in range(1, min(len(text), _SHORT_VALUE + 1)):
        head, tail = text[:cut], text[cut:]
        if kind_of(head) in _WORD_VALUES and kind_of(tail) in _WORD_VALUES:
            return head, tail
    return None


def _split_glued_values(cells: list[Cell]) -> list[Cell]:
    """Cells cut out of run-together text that still hold two values, or a name and two:
    ``…是否公正是是`` is the name, 是 (target) and 是 (actual)."""
    out: list[Cell] = []
    for cell in _split_answered_questions(cells):
        if not cell.glued:
            out.append(cell)
            continue
        text = cell.text
        parts: list[str] | None = None
        # 长期稳定 is one standard (a degree and what it says), no 长期 and 稳定 glued
        if cell.kind is not Kind.QUALITATIVE and (pair := _value_pair(text)) is not None:
            parts = list(pair)
        elif cell.kind is Kind.NAME:
            for size in range(1, _SHORT_VALUE + 1):
                word = text[-size:]
                if (
                    len(text) > 2 * size
                    and text[-2 * size : -size] == word
                    and kind_of(word) in _WORD_VALUES
                ):
                    parts = _doubled_word_parts(text, word)
                    break
        if parts is None:
            out.append(cell)
            continue
        out += [Cell(part, cell.line, cell.page, cell.row, True) for part in parts]
    return out


def _split_answered_questions(cells: list[Cell]) -> list[Cell]:
    """A run of yes/no questions (过程指标 rows: ``资金拨付是否及时是是``), each answered
    twice (target, actual) and glued to the next question: each question, its target and
    its actual a cell of their own (``…是否合规是否``: 是 the target, 否 the actual). A
    question alone is left to the doubled word's rule below."""
    out: list[Cell] = []
    for cell in cells:
        # a run of several questions is long enough to read as a sentence
        if not cell.glued or cell.kind not in _QUESTION_KINDS or "是否" not in cell.text:
            out.append(cell)
            continue
        text, start, parts = cell.text, 0, []
        for match in _ANSWERED_RE.finditer(text):
            ends_run = match.end() == len(text) and start > 0
            if "是否" in text[match.end() :] or ends_run:  # the next question follows
                answers = match.end() - 2
                parts += [text[start:answers], text[answers], text[answers + 1]]
                start = match.end()
        if start == 0:
            out.append(cell)
            continue
        parts += [text[start:]] if start < len(text) else []
        out += [Cell(part, cell.line, cell.page, cell.row, True) for part in parts]
    return out


_QUESTION_KINDS: Final = (Kind.NAME, Kind.SENTENCE)
# a question (…是否及时) and its two answers (是是, 是否): the answers end its row
_ANSWERED_RE: Final = re.compile(r"是否[^是否]{1,10}?[是否]{2}")


def _doubled_word_parts(text: str, word: str) -> list[str]:
    """A cell ending in a word twice: the name, the target and the actual (``是否公正是是``),
    unless the text up to the second is a target of its own (``较上年增长增长``: the standard
    较上年增长, then the actual's first word, its figure the next cell's)."""
    head = text[: -len(word)]
    # 较上年减少 | 减少: a change against the year before is the target's words, no name
    if kind_of(head) in _WORD_VALUES or _COMPARED_RE.fullmatch(text[: -2 * len(word)]):
        return [head, word]
    return [text[: -2 * len(word)], word, word]


def _split_glued_numbers(cells: list[Cell]) -> list[Cell]:
    """``8550万粒`` before ``550万粒``: a 分值 glued to the target it precedes, undone where
    the cell ends with the next cell's text exactly (a target and its actual, as printed)."""
    out: list[Cell] = []
    for index, cell in enumerate(cells):
        following = cells[index + 1].text if index + 1 < len(cells) else ""
        cut = _weight_cut(cell.text, following) if cell.glued else None
        if (after := _RATE_THEN_WEIGHT_RE.fullmatch(cell.text)) is not None:
            cut = after.end("rate")  # ≥95%8: a rate, then the 分值 printed against it
        if cut is not None:
            out.append(Cell(cell.text[:cut], cell.line, cell.page, cell.row, True))
            out.append(Cell(cell.text[cut:], cell.line, cell.page, cell.row, True))
            continue
        out.append(cell)
    return out


_RATE_THEN_WEIGHT_RE: Final = re.compile(r"(?P<rate>[≥≤=><≧≦﹦═]?\d+(?:\.\d+)?[%‰])\d{1,2}")
_WEIGHT_BEFORE_YEAR_RE: Final = re.compile(r"(\d{1,2})(?=(?:19|20)\d{2}年)")


def _weight_cut(text: str, following: str) -> int | None:
    """Where a 分值 glued to the cell after it ends: before a copy of the next cell (the
    target before its equal actual), or before a year (``102021年12月底前``)."""
    for cut in (1, 2):
        if text[:cut].isdigit() and text[cut:] == following and following[:1].isdigit():
            return cut
    if (match := _WEIGHT_BEFORE_YEAR_RE.match(text)) is not None and len(text) > 6:
        return match.end()
    return None
