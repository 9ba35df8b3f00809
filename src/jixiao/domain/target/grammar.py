"""Reading a target: quantities and negated events here, periods (:mod:`.periods`) and
qualitative standards (:mod:`.standards`) beside; :func:`parse_target` (one text),
:func:`parse_target_parts` (split columns) and :func:`ocr_ge_candidates` (an OCR proposal)."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Final

from jixiao.domain.money import MONEY_EXPONENTS, format_decimal
from jixiao.domain.target.lexicon import (
    _DOWNWARD,
    _EVENT_RE,
    _MAX_LENGTH,
    _OPERATOR_WORDS,
    _QUANTITY_RE,
    _SOFT_WORDS,
    _SUFFIX_WORDS,
    _UPWARD,
    PER_HEAD,
    _normalise,
)
from jixiao.domain.target.model import Operator, Target, TargetKind, TargetSyntaxError
from jixiao.domain.target.periods import _read_period
from jixiao.domain.target.standards import (
    _is_standard_phrase,
    _read_recurring,
    _read_relative,
    _read_standard,
)
from jixiao.domain.units import canonical_unit


def _combine_operators(
    text: str, soft: str | None, op: str | None, suffix: str | None
) -> Operator | None:
    """One operator from a verb (达到), an operator word and a suffix (以上), which must agree."""
    operator = _OPERATOR_WORDS[op] if op else None
    soft_operator = _SOFT_WORDS[soft] if soft else None
    if operator is None:
        operator = soft_operator
    elif soft_operator is Operator.LE and operator not in _DOWNWARD:
        raise TargetSyntaxError(text, f"“{soft}”与“{op}”方向矛盾")
    if suffix:
        suffix_operator = _SUFFIX_WORDS[suffix]
        if operator is None:
            return suffix_operator
        same_way = _UPWARD if suffix_operator in _UPWARD else _DOWNWARD
        if operator not in same_way:
            raise TargetSyntaxError(text, f"“{suffix}”与前面的比较词方向矛盾")
    return operator


def _read_number(text: str, number: str, has_unit: bool) -> Decimal:
    compact_dot = re.sub(r" ?\. ?", ".", number)
    # "9 5%" is one number split by OCR; "22 1" could as well be two cells run together
    if " " in compact_dot and not has_unit:
        raise TargetSyntaxError(text, "数字中间有空格,无法判断是一个数还是两个数")
    try:
        value = Decimal(compact_dot.replace(" ", "").replace(",", ""))
    except InvalidOperation:
        raise TargetSyntaxError(text, f"“{number}”不是数值") from None
    return Decimal(format_decimal(value))


def _read_quantity(text: str, norm: str) -> Target | None:
    match = _QUANTITY_RE.fullmatch(norm)
    if match is None:
        return None
    subject, soft, op, suffix = match["subject"], match["soft"], match["op"], match["suffix"]
    unit_text = match["unit"]
    if subject.endswith(("约", "约为", "大约")) or "左右" in unit_text:
        raise TargetSyntaxError(text, "约数无法与实际值比较,请写明比较符号和数值")
    operator = _combine_operators(text, soft, op, suffix)
    unit = canonical_unit(unit_text) if unit_text else None
    if unit_text and unit is None:
        # prose with a number in it (3年内完成建设), a comparison with a year's level
        # (≥2023年水平): a qualitative standard
        compares = operator is None or _YEARS_LEVEL_RE.fullmatch(match["number"] + unit_text)
        if compares and _is_standard_phrase(norm):
            return None
        raise TargetSyntaxError(text, f"“{unit_text}”不是可识别的度量单位")
    if unit == _PAGE and subject.endswith(_PAGE_PLACES):
        raise TargetSyntaxError(text, "页码(第1页、共7页)不是指标值")
    value = _read_number(text, match["number"], has_unit=bool(unit_text))
    return Target(
        kind=TargetKind.QUANTITATIVE,
        text=text,
        operator=operator,
        value=value,
        unit=_per_head_unit(subject, unit),
    )


# a page's place in a footer (第 1 页 共 7 页), no count of pages
_PAGE: Final = "页"
_PAGE_PLACES: Final = ("第", "共")


def _per_head_unit(subject: str, unit: str | None) -> str | None:
    """``每生每天5元`` is 5 元/生·天 and ``每亩不超过200元`` ≤200 元/亩: a rate of money whose
    unit is written before its number (每 and what it is counted by), joined to the money's."""
    per = _PER_HEAD_RE.search(subject)
    if per is None or unit not in MONEY_EXPONENTS:
        return unit  # 每人3次: a count per head is written so as often as not, left as it is
    head = "生" if per["head"] == "学生" else per["head"]
    rate = f"{unit}/{head}" + (f"·{per['span']}" if per["span"] else "")
    return canonical_unit(rate) or unit


# 每生每天, 每人每月, 每户每年, 每亩: what a rate is counted by, at the end of what stands
# before the number (补助标准每人每月不低于580元); a span alone (每年2次) is a frequency, no rate
_PER_HEAD_RE: Final = re.compile(rf"{PER_HEAD}$")


# ≥2023年水平, 不低于2022年同期: a comparison with a year's level, the number a year
_YEARS_LEVEL_RE: Final = re.compile(r"(?:19|20)[0-9]{2}年(?:度)?(?:水平|同期|实际|完成)\S*")
_DIGITS: Final = {
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_PLACES: Final = {"十": 10, "百": 100, "千": 1000}
_CHINESE_COUNT_RE: Final = re.compile(
    r"(?P<head>\D*?)(?P<number>[零一二两三四五六七八九十百千]{1,6})(?P<tail>\D+)"
)


def _chinese_number(text: str) -> int | None:
    """三 → 3, 十二 → 12, 二十 → 20, 一百二十 → 120; None for anything else."""
    total, digit = 0, None
    for char in text:
        if char in _DIGITS:
            if digit is not None:
                return None  # 三四: two numbers, not one
            digit = _DIGITS[char]
        elif char in _PLACES:
            total += (1 if digit is None else digit) * _PLACES[char]
            digit = None
        else:
            return None
    return total + (digit or 0)


def _read_chinese_count(text: str, norm: str) -> Target | None:
    """A count written in Chinese numerals (不少于三次, 两个, 一年): read as its digits when
    a known unit follows the number, so 一次性验收合格 stays a standard."""
    match = _CHINESE_COUNT_RE.fullmatch(norm)
    if match is None:
        return None
    numerals, tail = match["number"], match["tail"]
    # 千克, 百分点, 十万元: a place numeral that begins a unit is the unit's, not the count's
    if numerals[-1] in _PLACES and canonical_unit(numerals[-1] + tail) is not None:
        numerals, tail = numerals[:-1], numerals[-1] + tail
    if not numerals or (number := _chinese_number(numerals)) is None:
        return None
    in_digits = f"{match['head']}{number}{tail}"
    try:
        target = _read_quantity(text, in_digits)
    except TargetSyntaxError:
        return None
    return target


def _read_negated_event(text: str, norm: str) -> Target | None:
    """不发生安全事故 → ≤0 次 (see the module docstring for why)."""
    if _EVENT_RE.fullmatch(norm.replace(" ", "")) is None:
        return None
    return Target(
        kind=TargetKind.QUANTITATIVE,
        text=text,
        operator=Operator.LE,
        value=Decimal(0),
        unit="次",
    )


def _read_deadlines(text: str, norm: str) -> Target | None:
    """Several deadlines in one target (``2022年5月底、10月底前``: the spring and the autumn
    round): no one date, so a standard as written."""
    parts = [part for part in _DEADLINE_LIST_RE.split(norm.replace(" ", "")) if part]
    if len(parts) < _LEAST_DEADLINES:
        return None
    # ``5月、11月底前``: the months before the last share its ``底前``
    shared = tail[1] if (tail := _MONTH_TAIL_RE.search(parts[-1])) is not None else ""
    if not all(
        _read_period(part, part) is not None
        or (_BARE_MONTH_RE.fullmatch(part) is not None and _read_period(part, part + shared))
        for part in parts
    ):
        return None
    return Target(kind=TargetKind.QUALITATIVE, text=text, standard=norm.replace(" ", ""))


_DEADLINE_LIST_RE: Final = re.compile(r"[、,;]")
_LEAST_DEADLINES: Final = 2
_MONTH_TAIL_RE: Final = re.compile(r"\d月(\D+)$")
_BARE_MONTH_RE: Final = re.compile(r"(?:\d{4}年)?\d{1,2}月")


# --- public API: reading and writing ------------------------------------------------------------


def _failure_reason(norm: str) -> str:
    if not any(ch.isdigit() for ch in norm) and any(w in norm for w in _OPERATOR_WORDS):
        return "写了比较符号或比较词,但缺少数值"
    return "既不是“比较符号+数值+单位”,也不是可识别的定性标准或时间"


def parse_target(text: str) -> Target:
    """Read a target as a document writes it (``≥95%``, ``不少于 5次``, ``良好及以上``,
    ``2023.07-2024.01``); raise :class:`TargetSyntaxError` quoting it when it cannot be read.

    See the module docstring for how each form is read. ``Target.text`` keeps ``text``.
    """
    if not isinstance(text, str):
        raise TargetSyntaxError(str(text), "指标值应为文本")
    if "\t" in text.strip():  # a tab is a column boundary: ">9\t95%" is two cells, not 995%
        raise TargetSyntaxError(text, "含有制表符,像是几个单元格连在一起")
    norm = _normalise(text)
    if not norm:
        raise TargetSyntaxError(text, "内容为空")
    if len(norm) > _MAX_LENGTH:
        raise TargetSyntaxError(text, f"文本超过 {_MAX_LENGTH} 字,不是一个指标值")
    readers = (
        _read_negated_event,
        _read_period,
        _read_recurring,
        _read_deadlines,
        _read_relative,
        _read_quantity,
        _read_chinese_count,
        _read_standard,
    )
    for reader in readers:
        target = reader(text, norm)
        if target is not None:
            return target
    raise TargetSyntaxError(text, _failure_reason(norm))


_NO_UNIT: Final = frozenset({"", "无", "-", "/", "--", "空", "null", "None"})
_QUALITATIVE_MARKS: Final = frozenset({"定性", "定性指标"})
_QUANTITATIVE_MARKS: Final = frozenset({"", "定量", "定量指标", "-", "/"})
_CEILINGS: Final = frozenset({Operator.LE, Operator.LT})


def _column_operator(written: str, raw: str) -> Operator | None:
    word = _normalise(raw).replace(" ", "")
    if word in _QUANTITATIVE_MARKS:
        return None
    if word in _OPERATOR_WORDS:
        return _OPERATOR_WORDS[word]
    if word in _SOFT_WORDS and _SOFT_WORDS[word] is not None:
        return _SOFT_WORDS[word]
    raise TargetSyntaxError(written, f"无法识别指标性质“{raw}”")


def parse_target_parts(operator: str | None, value: str, unit: str | None) -> Target:
    """Read a target from split columns: 指标性质 | 指标值 | 度量单位 (``=`` | ``100`` | ``%``).

    ``operator`` may be a symbol or a word (``大于等于``), empty, ``定量`` or ``定性``. A value
    that already carries an operator or a unit must agree with the columns.
    """
    mark = _normalise(operator or "").replace(" ", "")
    # the text as written, less a 定性/定量 mark, which is no part of the target
    shown_operator = (
        "" if mark in _QUALITATIVE_MARKS | {"定量", "定量指标"} else (operator or "").strip()
    )
    written = "".join((shown_operator, value.strip(), (unit or "").strip()))
    try:
        read = parse_target(value.strip())
    except TargetSyntaxError as error:
        raise TargetSyntaxError(written, error.reason) from None
    if mark in _QUALITATIVE_MARKS:
        if read.kind is TargetKind.QUANTITATIVE:
            raise TargetSyntaxError(written, "指标性质为“定性”,指标值却是数值")
        return read.model_copy(update={"text": written})
    column_operator = _column_operator(written, operator or "")
    unit_word = _normalise(unit or "").replace(" ", "")
    column_unit = canonical_unit(unit_word) if unit_word not in _NO_UNIT else None
    if unit_word not in _NO_UNIT and column_unit is None:
        raise TargetSyntaxError(written, f"“{unit}”不是可识别的度量单位")
    if read.kind is not TargetKind.QUANTITATIVE:
        # ``≤`` | ``2017年12月``: a ceiling on a date is a deadline, as ``≤2017年12月`` is
        if read.kind is TargetKind.PERIOD and column_operator in _CEILINGS and not column_unit:
            bounded = _read_period(written, column_operator.value + value.strip())
            if bounded is not None:
                return bounded
        if column_operator not in (None, Operator.EQ) or column_unit is not None:
            raise TargetSyntaxError(written, "指标值不是数值,不能带比较符号或度量单位")
        return read.model_copy(update={"text": written})
    if column_operator and read.operator and column_operator is not read.operator:
        raise TargetSyntaxError(written, "指标性质与指标值中的比较符号不一致")
    if column_unit and read.unit and column_unit != read.unit:
        raise TargetSyntaxError(written, "度量单位与指标值中的单位不一致")
    return read.model_copy(
        update={
            "text": written,
            "operator": column_operator or read.operator,
            "unit": column_unit or read.unit,
        }
    )


def ocr_ge_candidates(text: str) -> Target | None:
    """The ``≥`` reading of a leading ``2`` that OCR may have made of ``≥``, or None.

    ``25 项`` → ``≥5 项``, ``210 条`` → ``≥10 条``, ``22 个`` → ``≥2 个``. This is a proposal for
    the importer to confirm with another source (the same indicator in another table): on its
    own ``25 项`` is a perfectly good target and :func:`parse_target` reads it as 25 项.
    """
    match = re.fullmatch(r"2 ?((?:[1-9][0-9]*|0)(?:\.[0-9]+)?.*)", _normalise(text))
    if match is None or (match[1].startswith("0") and not match[1].startswith("0.")):
        return None
    try:
        reading = parse_target(match[1])
    except TargetSyntaxError:
        return None
    if reading.kind is not TargetKind.QUANTITATIVE or reading.operator is not None:
        return None
    return reading.model_copy(update={"operator": Operator.GE, "text": text})
