"""A target in words with the next column's figure glued to it: ``决定作出后10个工作日内5``.

A table run together with single spaces between its cells (a document-sharing site's text of
a ``.docx``) loses a space now and then. After a target written in figures the reader cuts
the 分值 off by the figure's unit (``≥60件5``); after one written in words, a time limit
(``决定作出后10个工作日内``, ``每月10日前``) or a standard (``明显提高``, ``长期有效``), the
分值 or 得分 after it, and at times the next row's 一级 or 二级 label after that
(``长期有效5满意度指标``), made one cell no column reads. :func:`split_word_targets` cuts such
a cell into the target, the figure and the label, where the words before the figure read as
a whole target by themselves and the figure as a 分值 (a whole number of at most 100).
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING, Final

from jixiao.ingest.general.cell_splits import split_name_cells
from jixiao.ingest.general.kinds import (
    BUDGET_BOUND_RE,
    VALUE_KINDS,
    WORDED_OPERATORS,
    Kind,
    compared_standard_end,
    ends_as_name,
    kind_of,
    with_change_base,
)

if TYPE_CHECKING:  # the stream calls this module
    from jixiao.ingest.general.stream import Cell

_WORD_TARGETS: Final = frozenset({Kind.PERIOD, Kind.QUALITATIVE})
_LABELS: Final = frozenset({Kind.CATEGORY, Kind.SUBCATEGORY})
# the words, a 分值 (at most 100, at most two decimals), and what may follow it
_GLUED_RE: Final = re.compile(
    r"(?P<words>.*[\u4e00-\u9fff])(?P<figure>(?:100|[1-9]?\d)(?:\.\d{1,2})?)(?P<rest>[^\d.].*)?"
)
# a date's own digits (2023年12月 / 31日前): a month or a year is no target's end
_DATE_END: Final = ("年", "月")
# a change with no unit (较上年提高10, 增长5): the figure is the change's, not a 分值
_CHANGE_RE: Final = re.compile(
    r"(?:较|比|同比|环比).*|(?:提高|提升|增长|增加|下降|降低|减少|达到|超过|不低于|不超过)"
)
_MAX_FIGURE: Final = Decimal(100)


def word_target_parts(text: str) -> list[str] | None:
    """``text`` cut into a target in words, the figure glued after it and a level's label
    after that, if any; None where it is no such cell."""
    match = _GLUED_RE.fullmatch(text)
    if match is None:
        return None
    words, figure, rest = match["words"], match["figure"], match["rest"] or ""
    if words.endswith(_DATE_END) or _CHANGE_RE.fullmatch(words):
        return None
    if kind_of(words) not in _WORD_TARGETS or Decimal(figure) > _MAX_FIGURE:
        return None
    if rest and kind_of(rest) not in _LABELS:
        return None
    return [words, figure, *([rest] if rest else [])]


def split_word_targets(cells: list[Cell]) -> list[Cell]:
    """The cells with each target in words glued to its row's next figure cut apart."""
    return split_name_cells(cells, word_target_parts, glued=True, offset=-1)


_STANDARD_SIZES: Final = range(6, 2, -1)  # 长期稳定, 持续改善: a degree and what it says
_MIN_NAME: Final = 2


_SHORT_LEVEL_SIZES: Final = range(4, 1, -1)  # 数量, 质量, 时效, 社会效益: 二级 words alone
_MIN_LEVEL_NAME: Final = 4


def short_levels_off_names(pieces: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Pieces of a table run together where a 二级 label printed short (``数量``, ``质量``,
    without its 指标) opens the name right after a 一级 label (``产出指标`` then
    ``数量新建校舍面积``): the vocabulary cuts only whole labels, so the short one is cut off
    here, where a name of a few words is left after it."""
    out: list[tuple[str, bool]] = []
    for text, glued in pieces:
        after_level = bool(out) and kind_of(out[-1][0]) is Kind.CATEGORY
        cut = _short_level_front(text) if after_level else None
        out += [(cut, True), (text[len(cut) :], True)] if cut is not None else [(text, glued)]
    return out


# a place or a head counted as a unit (16个村, 120户) that is the first glyph of the next
# name's word (村级公共服务设施, 户均增收, 村庄清洁, 村容村貌, 县域): ``16个村`` | ``级公共…``
# read ``16个`` | ``村级公共…``; the word's second glyph opens no name of its own
_SHARED_GLYPH_RE: Final = re.compile(r"(?P<quantity>.*\d[^\d]*?)(?P<glyph>[村乡镇县市省区户人亩])")
_WORD_ENDS: Final = ("级", "均", "庄", "容", "域")


def unit_glyphs_to_names(pieces: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Pieces of a table run together with the first glyph of a name (村 of 村级, 户 of
    户均) taken into the unit of the target before it, given back to the name where the
    target reads as one without it."""
    out = list(pieces)
    for index in range(len(out) - 1):
        text, following = out[index][0], out[index + 1][0]
        if kind_of(text) is not Kind.QUANTITY:
            continue
        cut = _shared_glyph(text, following) or _word_glyph(text, following)
        if cut is None:
            continue
        quantity, glyph = cut
        name = glyph + following
        if kind_of(name) is Kind.NAME:
            out[index] = (quantity, True)
            out[index + 1] = (name, True)
    return out


def _shared_glyph(text: str, following: str) -> tuple[str, str] | None:
    if not following.startswith(_WORD_ENDS):
        return None
    match = _SHARED_GLYPH_RE.fullmatch(text)
    if match is None or kind_of(match["quantity"]) is not Kind.QUANTITY:
        return None
    return match["quantity"], match["glyph"]


# words a name opens with whose first glyph is a unit (支 of 支持, 项 of 项目, 口 of 口蹄疫),
# run after a figure (a 分值 and 得分 ``1010``, or a target's ``12个``); where the word's
# second glyph opens names too (持续, 持证, 目标) the glyph is left as the figure's unit
_WORD_GLYPH_RE: Final = re.compile(
    r"(?P<quantity>.*\d[^\d]*?)(?P<glyph>[支项口])"
    r"(?=(?:(?<=支)持(?![续证有久])|(?<=项)目(?!标)|(?<=口)蹄疫))"
)
_BEFORE_WORD_KINDS: Final = frozenset({Kind.QUANTITY, Kind.NUMBER})


def _word_glyph(text: str, following: str) -> tuple[str, str] | None:
    match = _WORD_GLYPH_RE.match(text + following)
    if match is None or match.end("glyph") != len(text):
        return None
    if kind_of(match["quantity"]) not in _BEFORE_WORD_KINDS:
        return None
    return match["quantity"], match["glyph"]


# a limit written in words with its figure (不高于1050元, 不超过3天), or a cost kept within
# its budget (不超预算): asked as a yes/no question, the limit is the name's words
_WORDED_LIMIT_RE: Final = re.compile(rf"(?:{WORDED_OPERATORS})\d")
# a yes/no target, or a yes/no target and its actual glued (是是)
_YES_NO_RE: Final = re.compile(r"[是否]{1,2}")
_LIMIT_ROW: Final = 4  # name, limit, 分值, yes/no


def limits_into_yes_names(pieces: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Pieces of a row run together whose name carries its own limit in words and whose
    target is a yes or no (``亩均投资`` ``不高于1050元`` ``8`` ``是是``: 分值 first, then the
    target and the actual): the limit is the name's words, not its target, so it is
    given back to the name."""
    out = list(pieces)
    index = 0
    while index + _LIMIT_ROW <= len(out):
        name, limit, weight, yes = (text for text, _ in out[index : index + _LIMIT_ROW])
        if (
            _YES_NO_RE.fullmatch(yes)
            and _is_weight(weight)
            and (_WORDED_LIMIT_RE.match(limit) or BUDGET_BOUND_RE.fullmatch(limit))
            and kind_of(name) is Kind.NAME
        ):
            out[index : index + 2] = [(name + limit, True)]
        index += 1
    return out


def _short_level_front(text: str) -> str | None:
    if kind_of(text) is not Kind.NAME:
        return None
    for size in _SHORT_LEVEL_SIZES:
        word, rest = text[:size], text[size:]
        if len(rest) < _MIN_LEVEL_NAME or rest.startswith(("指标", "标")):
            continue
        if kind_of(word) is Kind.SUBCATEGORY and kind_of(rest) is Kind.NAME:
            return word
    return None


def standards_off_names(pieces: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Pieces of a row run together where a name is followed by a figure, the row's 分值,
    and no value after it (``产业带动机制长期稳定`` ``10`` ``满意度指标``): no target stands in
    the row, so the standard of words the name ends with (three to six characters) is the
    target, cut off. A value after the figure is the target of a header that puts the 分值
    first (``保障水平`` ``10`` ``有效提高``): the name is left whole."""
    out: list[tuple[str, bool]] = []
    for index, (text, glued) in enumerate(pieces):
        after = pieces[index + 1][0] if index + 1 < len(pieces) else ""
        then = pieces[index + 2][0] if index + 2 < len(pieces) else ""
        cut: tuple[str, ...] | None = None
        if (_is_weight(after) or _is_points_pair(after)) and not _opens_as_value(then):
            # a standard and its actual in words (…机制逐步健全基本健全) before the shorter
            # standard alone, which would leave the first standard in the name
            cut = _doubled_standard_end(text) or _standard_and_actual_end(text)
            cut = cut or _standard_end(text)
        elif kind_of(after) is Kind.LIKELIHOOD or (glued and kind_of(after) in _LABELS):
            # 完成目标可能性 closes a monitoring row, a level's label the next row of a table
            # with no 分值 (a 转移支付 自评表): its target and actual glued before it
            cut = _standard_and_actual_end(text)
        out += [(part, True) for part in cut] if cut is not None else [(text, glued)]
    return out


def reasons_after_actuals(pieces: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Pieces of a table run together where a row's name, its standard, its actual in words
    and its 未完成原因 are glued (``…机制逐步建立基本建立部分灌区计量到户尚`` ``未完成`` ``,``
    ``2022年`` ``继续推进``) before the next level's label: the reason, a sentence with a
    clause mark, is cut off the actual and given its pieces back as one text."""
    if not any(_CLAUSE_MARK_RE.search(text) for text, _ in pieces):
        return pieces  # no sentence anywhere: no reason to cut off (most rows)
    ends: list[int] = []  # each piece's next label, found once from the right
    label = len(pieces)
    for at in range(len(pieces) - 1, -1, -1):
        ends.append(label)
        label = at if kind_of(pieces[at][0]) in _LABELS else label
    ends.reverse()
    out: list[tuple[str, bool]] = []
    index = 0
    while index < len(pieces):
        text, glued = pieces[index]
        end = ends[index]
        tail = "".join(piece for piece, _ in pieces[index + 1 : end])
        cut = _reason_cut(text) if glued and _CLAUSE_MARK_RE.search(text + tail) else None
        if cut is None:
            out.append((text, glued))
            index += 1
            continue
        *values, reason = cut
        out += [(part, True) for part in values] + [(reason + tail, True)]
        index = end
    return out


_REASON_MIN: Final = 2


def _reason_cut(text: str) -> tuple[str, str, str, str] | None:
    """(name, standard, actual, the reason's first words): the longest head of ``text``
    that is a name, a standard opening with its degree and an actual glued."""
    if kind_of(text) not in (Kind.NAME, Kind.SENTENCE):
        return None
    # the standard opens with its degree or its change's base: the head ends a standard and
    # an actual after one of those (a bound on the heads tried in a long sentence)
    opens = [m.start() for m in _DEGREE_RE.finditer(text)]
    opens += [m.start() for m in _CHANGE_BASE_RE.finditer(text)]
    ends = {at + size for at in opens for size in _REASON_HEAD_SIZES}
    for end in sorted((end for end in ends if end <= len(text) - _REASON_MIN), reverse=True):
        if (cut := _standard_and_actual_end(text[:end])) is not None:
            return (*cut, text[end:])
    return None


# a standard (three to eight glyphs, with its base) and an actual (two to five) after it
_REASON_HEAD_SIZES: Final = range(5, 14)


_ACTUAL_SIZES: Final = range(5, 1, -1)
_DONE: Final = "已"  # 已完善, 已建立: a standard met, said of the year past


def _standard_and_actual_end(text: str) -> tuple[str, str, str] | None:
    """``学科评估机制逐步健全已健全``: a name, its standard (opening with its degree) and the
    actual in words (``已健全``, ``基本健全``, ``已完成``) glued, before the row's figure."""
    for size in _ACTUAL_SIZES:
        actual, rest = text[-size:], text[:-size]
        done = actual.startswith(_DONE) and kind_of(actual[1:]) is Kind.QUALITATIVE
        if not (done or kind_of(actual) in _ACTUALS):
            continue
        if (cut := degree_standard_end(rest) or _change_end(rest, actual)) is not None:
            return cut[0], cut[1], actual
    return None


_CHANGE_BASE_RE: Final = re.compile(r"(?:较|比)(?:上年|去年)|同比")


def _change_end(text: str, actual: str) -> tuple[str, str] | None:
    """``地下水开采量较上年减少`` before ``已减少``: a standard of a change against its base,
    where the actual says the same change (its verb ending the standard)."""
    cut = _standard_end(text)
    if cut is None or _CHANGE_BASE_RE.match(cut[1]) is None:
        return None
    return cut if cut[1].endswith(actual.removeprefix(_DONE)) else None


_ACTUALS: Final = frozenset({Kind.QUALITATIVE, Kind.STATUS})


# the degree a standard of the genre opens with (有效缓解, 持续改善, 逐步提升, 得到有效保障):
# a bare verb (改善, 提高) may be a name's own word (环境改善率), a degree and its verb not
_DEGREE_RE: Final = re.compile(
    r"(?:得到)?(?:明显|显著|有效|逐步|稳步|有序|持续|不断|有所|进一步|全面|基本|大幅|长期|总体|更加|"
    r"日益|充分|动态|稳定)"
)
_MIN_NEXT_NAME: Final = 3
# the words a standard opens with: its degree (逐年减少 too), or a level to reach (达到Ⅲ类水质
# 标准), a cycle kept (按季度预拨), a duty placed (落实到村到户), a water body's class
# (Ⅳ类及以上); a standard so opened may be longer than a degree's (two words more)
_STANDARD_OPENER_RE: Final = re.compile(
    rf"{_DEGREE_RE.pattern}|逐年|达到|按|落实|(?:[ⅠⅡⅢⅣⅤ]|I{{1,3}}|IV|V)类"
)
_OPENED_SIZES: Final = range(8, 2, -1)


def standards_between_names(pieces: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Pieces of a row run together where one row's qualitative target is glued to the next
    row's name (``基层就医条件明显改善`` + ``门诊人次增长率``): the piece is cut into the first
    name, its standard and the second name where that name's target follows (``≥8%``) and
    the name ends as a measure's does, or into both names and both standards where the
    second ends with its own standard before a level's label (``…条件明显改善`` +
    ``安全水平有效提升``). Each standard opens with its degree."""
    out: list[tuple[str, bool]] = []
    for index, (text, glued) in enumerate(pieces):
        after = pieces[index + 1][0] if index + 1 < len(pieces) else ""
        valued = bool(after) and kind_of(after) in VALUE_KINDS
        closed = not after or kind_of(after) in _LABELS
        cut = _standard_inside(text, valued=valued) if valued or closed else None
        if cut is None and closed and kind_of(text) is Kind.NAME:
            # no figure after it: a standard compared with a level may end the name
            pair = compared_standard_end(text)
            cut = list(pair) if pair is not None else None
        out += [(part, True) for part in cut] if cut is not None else [(text, glued)]
    return out


def _standard_inside(text: str, *, valued: bool) -> list[str] | None:
    """The name piece cut at the first standard inside it, from the left, that leaves a
    name before it and, after it, a measure's name (``valued``: its target follows) or a
    name ending with its own standard; None where there is none. Two names and their
    standards may be long enough to read as a sentence: one with no mark of a sentence's
    (,。;) is cut all the same."""
    kind = kind_of(text)
    if kind is not Kind.NAME and (kind is not Kind.SENTENCE or _CLAUSE_MARK_RE.search(text)):
        return None
    for match in _DEGREE_RE.finditer(text, _MIN_NAME):
        start = match.start()
        if kind_of(text[:start]) is not Kind.NAME:
            continue
        for size in _STANDARD_SIZES:
            standard, rest = text[start : start + size], text[start + size :]
            if len(rest) < _MIN_NEXT_NAME or kind_of(standard) is not Kind.QUALITATIVE:
                continue
            if valued and kind_of(rest) is Kind.NAME and ends_as_name(rest):
                return [text[:start], standard, rest]
            second = None if valued else _standard_end(rest)
            if second is not None and len(second[0]) >= _MIN_NEXT_NAME:
                return [text[:start], standard, *second]
    return None


_MIN_CUT_NAME: Final = 4  # a name left before a standard: more than a label's word
_CLAUSE_MARK_RE: Final = re.compile(r"[,,。;;::!?!?、]")


def degree_standard_end(text: str) -> tuple[str, str] | None:
    """(name, standard) where a name ends with a standard that opens with its degree
    (``群众出行条件明显改善``, ``返贫风险有效防范``) or with another word a standard of the
    genre opens with (``库区水质达到Ⅲ类水质标准``, ``资金拨付及时性按季度预拨``, ``设施管护责任
    落实到村到户``, ``集镇内河水质Ⅳ类及以上``), the longest, leaving a name of a few words; None
    for any other text (``环境改善``: no degree; ``满意度``: no standard; ``水质达标率``: a
    measure)."""
    if kind_of(text) is not Kind.NAME:
        return None
    for size in _OPENED_SIZES:
        name, standard = text[:-size], text[-size:]
        if len(name) < _MIN_CUT_NAME or not _STANDARD_OPENER_RE.match(standard):
            continue
        if size > _STANDARD_SIZES.start and _DEGREE_RE.match(standard):
            continue  # a degree's standard is a few words (明显改善, 持续稳定运行)
        if kind_of(standard) is Kind.QUALITATIVE and kind_of(name) is Kind.NAME:
            return with_change_base(name, standard)
    return None


def _opens_as_value(text: str) -> bool:
    """Whether a piece is a value or opens with one (``有效提高有效提高6.5``: a target and
    its actual not yet cut apart); a level's label (``可持续影响指标``) opens with none."""
    if _VALUE_START_RE.match(text) or kind_of(text) in VALUE_KINDS:
        return True
    if kind_of(text) in (Kind.CATEGORY, Kind.SUBCATEGORY):
        return False
    if any(_short_standard_and_actual(text, size) for size in _SHORT_STANDARDS):
        return True
    return any(kind_of(text[:size]) in VALUE_KINDS for size in _STANDARD_SIZES if size < len(text))


_SHORT_STANDARDS: Final = (1, 2)  # 是, 提高, 良好, 完善: a standard of one glyph or two


def _short_standard_and_actual(text: str, size: int) -> bool:
    """``提高提高``, ``是基本达到``: a standard of a glyph or two, the target, then the
    actual in words (the standard again, or how far it went): no name opens so."""
    rest = text[size:]
    return bool(rest) and kind_of(text[:size]) is Kind.QUALITATIVE and kind_of(rest) in VALUE_KINDS


_VALUE_START_RE: Final = re.compile(r"[\d≥≤=<>]")


def _is_weight(text: str) -> bool:
    return kind_of(text) is Kind.NUMBER and Decimal(text.replace(",", "")) <= _MAX_FIGURE


# a row's 分值 and 得分 glued (``1010``, ``108.5``): the score at most the weight
_POINTS_PAIR_RE: Final = re.compile(r"(?P<weight>100|[1-9]?\d)(?P<score>\d{1,3}(?:\.\d{1,2})?)")


def _is_points_pair(text: str) -> bool:
    match = _POINTS_PAIR_RE.fullmatch(text)
    return match is not None and Decimal(match["score"]) <= Decimal(match["weight"])


def _standard_end(text: str) -> tuple[str, str] | None:
    """(name, standard) where a name ends with the longest standard that leaves a name."""
    if kind_of(text) is not Kind.NAME:
        return None
    for size in _STANDARD_SIZES:
        name, standard = text[:-size], text[-size:]
        if len(name) >= _MIN_NAME and kind_of(standard) is Kind.QUALITATIVE:
            return with_change_base(name, standard) if kind_of(name) is Kind.NAME else None
    return None


_DOUBLED_SIZES: Final = range(6, 1, -1)  # 良好 … 长期稳定运行: a standard's words
_UNKNOWN_DOUBLED_MIN: Final = 4


def _doubled_standard_end(text: str) -> tuple[str, str, str] | None:
    """(name, standard, actual) where a name ends with its standard written twice, the
    standard then the actual met as written (``运行机制基本建立基本建立``): cutting only the
    last standard off would leave the first in the name."""
    if kind_of(text) is not Kind.NAME:
        return None
    for size in _DOUBLED_SIZES:
        name, standard = text[: -2 * size], text[-size:]
        if len(name) < _MIN_NAME or text[-2 * size : -size] != standard:
            continue
        if kind_of(text[:-size]) is Kind.QUALITATIVE:
            return None  # 较上年减少减少: the target with its base, then the actual's word
        worded = (
            kind_of(standard) is Kind.QUALITATIVE or _ALL_DUE_RE.fullmatch(standard) is not None
        )
        # words the vocabulary lacks (按时移交), long enough and ending as no name does:
        # written twice right before the row's figures, they are its standard and actual
        worded = worded or (size >= _UNKNOWN_DOUBLED_MIN and not ends_as_name(standard))
        if worded and kind_of(name) is Kind.NAME:
            return _with_degree(text[:-size], standard) or _with_base(name, standard)
    return None


def _with_base(name: str, actual: str) -> tuple[str, str, str]:
    """``排名提升较上年提升提升``: the standard written with its change's base (较上年提升),
    the actual with its verb alone; the base the name ends with is the standard's."""
    name, standard = with_change_base(name, actual)
    return name, standard, actual


def _with_degree(text: str, actual: str) -> tuple[str, str, str] | None:
    """``生产水平逐步提高提高``: the standard opens with its degree (逐步提高) and the actual
    says only its verb, so the doubled words leave the degree in the name; the standard
    with its degree is cut off whole."""
    cut = degree_standard_end(text)
    if cut is None or len(cut[1]) <= len(actual) or not cut[1].endswith(actual):
        return None
    return cut[0], cut[1], actual


def doubled_words_as_standard(before: str, one: str, two: str, after: str) -> bool:
    """Whether ``one`` and ``two`` are a row's standard and its actual in words the
    vocabulary lacks (``…线索移交情况`` ``按时移交`` ``按时移交`` ``1010``): the same words twice
    right after the name (or its explanation) and right before the row's 分值 (and 得分
    glued), long enough and ending as no name does."""
    if one != two or kind_of(one) is not Kind.NAME:
        return False
    if kind_of(before) not in (Kind.NAME, Kind.SENTENCE):
        return False
    figures = _is_weight(after) or _is_points_pair(after)
    return figures and len(one) >= _UNKNOWN_DOUBLED_MIN and not ends_as_name(one)


# 应助尽助, 应保尽保: "all who are due it get it", a standard the vocabulary reads as a name
# (a name may end with it); written twice at a name's end it is its standard and actual
_ALL_DUE_RE: Final = re.compile(r"应(.)尽\1")


# a name with its target glued on by the target's sign (``电商技能培训人次≧2000人次``, an OCR
# or a copy that lost the gap): a comparison sign never stands inside a name before the
# number that ends it
_SIGNED_RE: Final = re.compile(
    r"(?P<name>.*[\u4e00-\u9fff)])(?P<target>(?:>=|<=|[≥≤=><≧≦﹦═＝])\d+(?:\.\d+)?[^\d\s]{0,8})"
)
_OPERATOR_START_RE: Final = re.compile(r"(?:>=|<=|[≥≤=><≧≦﹦═＝])\d")
_MIN_SIGNED_NAME: Final = 4
# the glyphs each of _SIGNED_RE's operators holds one of: a cell with none is no such cell
_SIGN_GLYPHS: Final = frozenset("≥≤=><≧≦﹦═＝")
# the glyphs _EQUALS_WORDS_RE's equals sign is one of
_EQUALS_GLYPHS: Final = frozenset("=＝﹦")


def signed_target_parts(text: str) -> list[str] | None:
    """``text`` cut into a name and the target glued after it by its sign; None where it is
    no such cell."""
    if _SIGN_GLYPHS.isdisjoint(text):
        return None
    match = _SIGNED_RE.fullmatch(text)
    if match is None or len(match["name"]) < _MIN_SIGNED_NAME:
        return None
    if kind_of(match["name"]) is not Kind.NAME or kind_of(match["target"]) is not Kind.QUANTITY:
        return None
    return [match["name"], match["target"]]


def split_signed_targets(cells: list[Cell]) -> list[Cell]:
    """The cells with each name glued to its signed target cut apart, where the row's other
    cells follow it on its line (its actual, 分值 …) and the next of them is no signed target
    of its own: a target column printing the target again, or another target, is the table
    reader's to weigh (its row keeps its columns); a row run together whole (``合格率﹦100%``
    ending its line) is the run-on reader's to cut."""
    out: list[Cell] = []
    for index, cell in enumerate(cells):
        following = cells[index + 1] if index + 1 < len(cells) else None
        # the line first: a name followed on its line (its kind is the costlier look)
        named = following is not None and following.line == cell.line and cell.kind is Kind.NAME
        parts = (
            signed_target_parts(cell.text)
            if named
            and following is not None
            and _OPERATOR_START_RE.match(following.text.strip()) is None
            else None
        )
        if parts:
            out += [replace(cell, text=part) for part in parts]
        elif named:
            out += _equal_to_words(cell)
        else:
            out.append(cell)
    return out


# ``带动沿线特色产业=有力带动`` before ``未完成``: a standard in words after an equals sign
# glued to the name (the sign says the standard is met as written; the grammar folds it)
_EQUALS_WORDS_RE: Final = re.compile(
    r"(?P<name>.*[\u4e00-\u9fff)])[=＝﹦](?P<words>[\u4e00-\u9fff]{2,8})"
)


def _equal_to_words(cell: Cell) -> list[Cell]:
    """A name and the standard in words glued after it by ``=``, cut apart (the standard
    read as one whatever its words alone read as); the cell as it is otherwise."""
    if _EQUALS_GLYPHS.isdisjoint(cell.text):
        return [cell]
    match = _EQUALS_WORDS_RE.fullmatch(cell.text)
    if match is None or len(match["name"]) < _MIN_SIGNED_NAME:
        return [cell]
    if kind_of(match["name"]) is not Kind.NAME:
        return [cell]
    return [
        replace(cell, text=match["name"]),
        replace(cell, text=match["words"], level=Kind.QUALITATIVE),
    ]
