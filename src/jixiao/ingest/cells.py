"""Cell-level reading shared by the genre parsers: labels, numbers and checkboxes.

Published forms write the same label in many ways: with spaces or line breaks inside
(``产 出 指 标``), full-width punctuation, a trailing colon, a note in brackets
(``项目资金(万元)``, ``年度绩效目标(文字)``), a ``其中:`` lead or a list number (``1、``).
:func:`label_key` reduces a cell to one spelling so a label can be matched against a set of
synonyms (:func:`matches_label`). Numbers come with OCR spaces (``88. 29``), thousands commas
and units (:func:`read_number`); checkboxes are ``■``/``√``/``☑`` against ``□``/``口``
(:func:`read_checkboxes`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Final, TypeVar

from jixiao.domain.framework import (
    Category,
    Subcategory,
    category_from_label,
    subcategory_from_label,
)
from jixiao.domain.model import TargetBasis
from jixiao.domain.money import shift_exponent
from jixiao.domain.placeholders import placeholder_of
from jixiao.domain.target import Operator, Target, TargetKind, TargetSyntaxError, parse_target
from jixiao.domain.units import canonical_unit

# A synonym is a literal label key or a pattern the whole key must match.
LabelSpec = str | re.Pattern[str]
_T = TypeVar("_T")

_HALF_WIDTH: Final = str.maketrans(
    {
        **{chr(code): chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)},
        "\u3000": " ",
        "\u00a0": " ",
    }
)


# The characters _HALF_WIDTH changes: most lines hold none, and finding that out is far
# quicker than translating them (a line is made half-width by several of the readers' steps).
_WIDE_RE: Final = re.compile("[\uff01-\uff5e\u3000\u00a0]")


def half_width(text: str) -> str:
    """Full-width ASCII (``:``, ``(``, ``1``) as half-width; ideographic spaces as spaces."""
    return text.translate(_HALF_WIDTH) if _WIDE_RE.search(text) else text


def squash(text: str) -> str:
    """Half-width with every space removed: a space inside a Chinese label is layout, not
    meaning (``产 出 指 标`` is ``产出指标``)."""
    return "".join(half_width(text).split())


_NUMBERING_RE: Final = re.compile(
    r"^(?:[0-9]{1,2}[、.]|\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}、)"
)
_BRACKETED_RE: Final = re.compile(r"\([^()]*\)|【[^【】]*】|\[[^\[\]]*\]")
_LEAD_RE: Final = re.compile(r"^其中:?")


@functools.lru_cache(maxsize=16384)  # every part of the reader keys the same cells again
def label_key(text: str) -> str:
    """A label as one spelling: squashed, without list numbering, notes in brackets, a
    ``其中:`` lead or trailing colons (``其中:当年财政拨款`` → ``当年财政拨款``), or the
    asterisk a form marks its required cells with (``*指标值``)."""
    key = squash(text).lstrip("*＊")
    key = _NUMBERING_RE.sub("", key)
    key = _BRACKETED_RE.sub("", key)
    key = _LEAD_RE.sub("", key)
    key = _MONTH_SPAN_RE.sub(r"\1-\2", key)
    return key.strip(":;,.、")


# 1—7月执行数, 1~7月, 1至7月: the months a figure covers, spelled as the vocabulary does (1-7月)
_MONTH_SPAN_RE: Final = re.compile(r"(?<!\d)(\d{1,2})[—–~至－](\d{1,2}月)")


def matches_label(text: str, synonyms: Iterable[LabelSpec]) -> bool:
    """Whether the cell ``text`` is one of ``synonyms`` (literal keys or patterns)."""
    key = label_key(text)
    if not key:
        return False
    for synonym in synonyms:
        if isinstance(synonym, str):
            if key == synonym:
                return True
        elif synonym.fullmatch(key):
            return True
    return False


def label_lookup(text: str, table: Iterable[tuple[re.Pattern[str], _T]]) -> _T | None:
    """The value of the first pattern in ``table`` that the cell's whole label key matches
    (``其中:当年一般公共预算拨款`` against a table of row labels), or None."""
    key = label_key(text)
    return next((value for pattern, value in table if pattern.fullmatch(key)), None)


def value_after(
    cells: Sequence[str],
    synonyms: Iterable[LabelSpec],
    is_label: Callable[[str], bool] = lambda _text: False,
) -> str | None:
    """The value written after a label in a row: the next non-empty cell, unless that cell is
    itself a label (``项目负责人 | 联系电话 | …``: the value was left empty). None when the
    label is absent or its value empty."""
    wanted = tuple(synonyms)
    for position, cell in enumerate(cells):
        if not matches_label(cell, wanted):
            continue
        for following in cells[position + 1 :]:
            if not following.strip():
                continue
            return None if is_label(following) else following.strip()
        return None
    return None


# --- numbers -------------------------------------------------------------------------------------

_NUMBER_UNITS: Final = ("万元", "亿元", "千元", "元", "%", "分")
_NUMBER_RE: Final = re.compile(
    r"(?P<number>[+-]?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+(?: [0-9]+)*)(?: ?\. ?[0-9]+(?: [0-9]+)*)?)"
    r" ?(?P<unit>" + "|".join(_NUMBER_UNITS) + r")?"
)


@dataclass(frozen=True)
class ReadNumber:
    """A number read from a cell: its value, the unit written after it, and whether OCR spaces
    inside it were removed (a repair the import report lists)."""

    value: Decimal
    unit: str | None
    text: str
    repaired: bool


def read_number(text: str) -> ReadNumber | None:
    """The number a cell holds (``43.2``, ``164万元``, ``86%``, ``1,640,000元``, ``88. 29``), or
    None when the cell is not just a number (empty, ``—``, prose)."""
    cell = half_width(text).strip()
    match = _NUMBER_RE.fullmatch(cell)
    if match is None:
        return None
    written = match["number"]
    compact = written.replace(" ", "").replace(",", "")
    try:
        value = Decimal(compact)
    except InvalidOperation:
        return None
    return ReadNumber(value=value, unit=match["unit"], text=text, repaired=" " in written)


def is_number(text: str) -> bool:
    return read_number(text) is not None


# --- checkboxes ----------------------------------------------------------------------------------

_CHECKED: Final = "■√☑✓✔☒▇"
_UNCHECKED: Final = "□☐"
# 口 is the OCR of □, but also a common character: it is a box where it stands apart (after
# a space or at the start, or before a space, a digit, a mark or the end), and, in a cell that
# has other boxes, anywhere outside the words it is part of (人口, 出口, 窗口 …).
_MARK_RE: Final = re.compile(
    rf"[{_CHECKED}{_UNCHECKED}]|口(?=$|[\s0-9、,;{_CHECKED}{_UNCHECKED}])|(?<!\S)口"
)
_KOU_WORDS_RE: Final = re.compile(r"[人出进入户窗港路接道关海]口|口(?:岸|腔|径|罩|号|头|碑)")
_LOOSE_KOU_RE: Final = re.compile("口")
_OPTION_NUMBER_RE: Final = re.compile(r"^(?:[0-9]{1,2}[、.)]|\([0-9]{1,2}\))")


@dataclass(frozen=True)
class Checkbox:
    option: str
    checked: bool


def _option_text(segment: str) -> str:
    return _OPTION_NUMBER_RE.sub("", squash(segment)).strip(",;、:")


def read_checkboxes(text: str) -> list[Checkbox] | None:
    """The options of a checkbox cell and whether each is ticked, or None when the cell has no
    boxes. ``持续性项目■ 新增性项目口``, ``■持续性 □新增性`` and ``1、常年性项目 □ √`` (a box
    then a tick) are all read; an option's box may stand before or after it."""
    cell = half_width(text)
    marks = list(_MARK_RE.finditer(cell))
    if not marks:
        return None
    if any(mark.group() != "口" for mark in marks):
        in_words = {i for word in _KOU_WORDS_RE.finditer(cell) for i in range(*word.span())}
        loose = (kou for kou in _LOOSE_KOU_RE.finditer(cell) if kou.start() not in in_words)
        marks = sorted({m.start(): m for m in (*marks, *loose)}.values(), key=lambda m: m.start())
    # The cell as alternating words and runs of marks.
    items: list[str | list[bool]] = []
    position = 0
    for mark in marks:
        word = _option_text(cell[position : mark.start()])
        if word:
            items.append(word)
        ticked = mark.group() in _CHECKED
        if items and isinstance(items[-1], list):
            items[-1].append(ticked)
        else:
            items.append([ticked])
        position = mark.end()
    tail = _option_text(cell[position:])
    if tail:
        items.append(tail)
    marks_first = isinstance(items[0], list)
    boxes: list[Checkbox] = []
    for index, item in enumerate(items):
        if not isinstance(item, str):
            continue
        neighbour = items[index - 1] if marks_first and index > 0 else None
        if not marks_first and index + 1 < len(items):
            neighbour = items[index + 1]
        if isinstance(neighbour, list):
            boxes.append(Checkbox(option=item, checked=any(neighbour)))
    return boxes


def checked_options(text: str) -> list[str] | None:
    """The ticked options of a checkbox cell (None: the cell has no boxes)."""
    boxes = read_checkboxes(text)
    if boxes is None:
        return None
    return [box.option for box in boxes if box.checked]


# --- prose spaces, amounts, indicator labels, target cells (部门预算绩效文本 and others) ---------


@functools.lru_cache(maxsize=16384)
def squashed(text: str) -> str:
    """:func:`squash`, remembered: a parser compares the same cells and labels many times.
    Text without full-width characters skips the translation (most cells)."""
    return squash(text) if _WIDE_RE.search(text) else "".join(text.split())


# Chinese characters and the full-width punctuation set between them.
_CJK_CHARS: Final = r"\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef"
# A space between Chinese characters, or after ASCII punctuation the OCR put between them.
_CJK_SPACE_RE: Final = re.compile(
    rf"(?:(?<=[{_CJK_CHARS}])|(?<=[{_CJK_CHARS}][,;:!?]))[ \t\u00a0]+(?=[{_CJK_CHARS}])"
)


def join_cjk(text: str) -> tuple[str, list[str]]:
    """Remove spaces between Chinese characters (OCR line breaks, never meaning).

    Returns the text and the places changed (a few characters around each space) for a
    repair note. Spaces next to digits or Latin letters are kept (``不少于 5次``).
    """
    places = [
        text[max(match.start() - 4, 0) : match.end() + 4] for match in _CJK_SPACE_RE.finditer(text)
    ]
    return " ".join(_CJK_SPACE_RE.sub("", text).split()), places


_MONEY_UNITS: Final = {"元": 0, "千元": 3, "万元": 4, "亿元": 8}


@dataclass(frozen=True)
class AmountRead:
    """An amount read from a cell, in 万元, and the OCR damage undone to read it (Chinese)."""

    value: Decimal
    text: str
    repair: str | None = None


def read_amount(text: str, default_unit: str = "万元") -> AmountRead | None:
    """A money cell (``88. 29``, ``8 万元``, ``1,234.5``) in 万元; None if it is not an amount."""
    number = read_number(text)
    unit = number.unit if number is not None and number.unit else default_unit
    if number is None or unit not in _MONEY_UNITS:
        return None
    value = shift_exponent(number.value, _MONEY_UNITS[unit] - _MONEY_UNITS["万元"])
    repair = "OCR 在小数点前后插入了空格" if number.repaired else None
    return AmountRead(value=value, text=text.strip(), repair=repair)


def join_split_number(first: str, second: str) -> str | None:
    """``14.`` and ``11`` in two cells are one amount split by OCR: ``14.11``; else None."""
    head, tail = squashed(first), squashed(second)
    if re.fullmatch(r"[0-9]+\.", head) and re.fullmatch(r"[0-9]+", tail):
        return head + tail
    if re.fullmatch(r"[0-9]+", head) and re.fullmatch(r"\.[0-9]+", tail):
        return head + tail
    return None


# A label cell is a label and nothing else: ``产出指标``, ``效果指`` (cut by OCR), ``数量``. A
# cell that merely contains a stem (``侨群满意度``, ``接待费成本``) is an indicator's name.
_LABEL_TAIL: Final = r"(?:指标|指|标)?"
_CATEGORY_LABEL_RE: Final = re.compile(rf"(?:产出|效益|效果|满意度|成本){_LABEL_TAIL}")
_SUBCATEGORY_LABEL_RE: Final = re.compile(
    r"(?:数量|质量|时效|成本|经济效益|社会效益|生态效益|生态环境效益|可持续影响|可持续发展|"
    r"服务对象满意度|社会公众或服务对象满意度|社会公众满意度|经济成本|社会成本|生态环境成本)"
    + _LABEL_TAIL
)


@functools.lru_cache(maxsize=4096)  # tables repeat their labels on every row
def category_label(text: str) -> Category | None:
    """The 一级指标 a label cell states (``产出指标``, ``效果指``); None for any other text."""
    label = squashed(text)
    return category_from_label(label) if _CATEGORY_LABEL_RE.fullmatch(label) else None


@functools.lru_cache(maxsize=4096)
def subcategory_label(text: str, category: Category | None = None) -> Subcategory | None:
    """The 二级指标 a label cell states (``数量指标``, ``服务对象满意度``); None otherwise."""
    label = squashed(text)
    if not _SUBCATEGORY_LABEL_RE.fullmatch(label):
        return None
    return subcategory_from_label(label, category)


def is_label_tail(text: str) -> bool:
    """``标`` or ``指标`` alone: the second line of a label the OCR cut in two."""
    return squashed(text) in ("标", "指标")


_BASIS_WORDS: Final[tuple[tuple[str, TargetBasis], ...]] = (
    ("预算支出标准", TargetBasis.EXPENDITURE_STANDARD),
    ("支出标准", TargetBasis.EXPENDITURE_STANDARD),
    ("计划标准", TargetBasis.PLAN),
    ("历史标准", TargetBasis.HISTORICAL),
    ("行业标准", TargetBasis.INDUSTRY),
    ("其他标准", TargetBasis.OTHER),
    ("其他", TargetBasis.OTHER),
)


def target_basis(text: str) -> TargetBasis | None:
    """指标值确定依据 read from a cell (``计划标准``, ``历史标准``), or None."""
    word = squashed(text)
    for stem, basis in _BASIS_WORDS:
        if word.startswith(stem):
            return basis
    return None


# OCR confusions in target cells that cannot mean anything else (docs/domain.md §4).
_OCR_SYMBOLS: Final[tuple[tuple[str, str, str], ...]] = (
    ("≪", "≤", "OCR 将“≤”识别为“≪”"),
    ("€", "≤", "OCR 将“≤”识别为“€”"),
    ("↑", "个", "OCR 将单位“个”识别为“↑”"),
    ("═", "=", "OCR 将“=”识别为“═”"),
)
# The letter O read for a zero inside a number (``1OO%``, ``6O%``, ``2O22年``) or alone after
# a comparison symbol (``≤O``: a lone ≤0 cell, whose 0 the recogniser reads as a letter).
_OCR_ZERO_RE: Final = re.compile(r"(?<=[\d≥≤<>=＞＜＝])[Oo]+(?=\d|%|$|[\u4e00-\u9fff])")
# Glyphs a recogniser takes for one another, each group printed alike (天/大, 元/无). A unit
# after a number that is no known unit but becomes exactly one with one glyph swapped within
# its group was misread: ``≥10人大`` is ``≥10人天``.
_LOOKALIKE_GROUPS: Final = (
    "天大夭",
    "元无兀",
    "日曰目冃",
    "人入八",
    "个介",
    "次欠",
    "千干于",
    "米来",
    "项顷顶",
    "件仵",
    "户卢",
    "台合",
)
_LOOKALIKES: Final = {
    glyph: group.replace(glyph, "") for group in _LOOKALIKE_GROUPS for glyph in group
}
# The unit written after a target's number, before a trailing 以上/以下 (``5人大以上``).
_UNIT_AFTER_NUMBER_RE: Final = re.compile(
    r"(?<=[0-9])(?P<unit>[^\d\s.,%‰]{1,4}?)(?P<tail>及?以[上下内])?$"
)
# Spaces in a target cell are layout, except between two digits: "22 1" may be two cells
# run together, not 221, and the grammar must see it as written.
_LAYOUT_SPACE_RE: Final = re.compile(r"(?<![0-9]) | (?![0-9])")


@dataclass(frozen=True)
class TargetCell:
    """A table's target cell: the target (None when unreadable), the text read, the repairs
    (original, value, Chinese reason) and, when unreadable, the grammar's message. A
    placeholder (``*``, ``/``, ``XX``) is an unfilled target: ``placeholder`` keeps it."""

    raw: str
    text: str
    target: Target | None
    repairs: tuple[tuple[str, str, str], ...] = ()
    error: str | None = None
    placeholder: str | None = None


def clean_target_text(raw: str) -> tuple[str, tuple[tuple[str, str, str], ...]]:
    """A target cell as the form means it: no layout spaces, OCR symbols undone."""
    text = _LAYOUT_SPACE_RE.sub("", " ".join(raw.split()))
    repairs: list[tuple[str, str, str]] = []
    for wrong, right, reason in _OCR_SYMBOLS:
        if wrong in text:
            fixed = text.replace(wrong, right)
            repairs.append((raw.strip(), fixed, reason))
            text = fixed
    if _OCR_TWO_RE.match(text):
        # ``2 52000人``: a figure's digits are never spaced but in groups of three (1 926.48)
        fixed = _OCR_TWO_RE.sub("≥", text, count=1)
        repairs.append((raw.strip(), fixed, "OCR 将“≥”识别为“2”(其后隔一空格是数字)"))
        text = fixed
    if _OCR_ZERO_RE.search(text):
        fixed = _OCR_ZERO_RE.sub(lambda match: "0" * len(match.group()), text)
        repairs.append((raw.strip(), fixed, "OCR 将数字“0”识别为字母“O”"))
        text = fixed
    if (unit_repair := _lookalike_unit(text)) is not None:
        fixed, reason = unit_repair
        repairs.append((raw.strip(), fixed, reason))
        text = fixed
    if _OCR_DAY_RE.search(text):
        fixed = _OCR_DAY_RE.sub("日", text)
        repairs.append((raw.strip(), fixed, "OCR 将日期中的“日”识别为“曰”(字形相近)"))
        text = fixed
    return text, tuple(repairs)


# ≥ read as the digit 2 and kept apart by a space from the figure after it (``2 95%``)
_OCR_TWO_RE: Final = re.compile(r"2 (?=\d)(?!\d{3}(?![\d.]))")
# 曰 for 日 in a date (``2023年12月31曰前``): after a month's day, 曰 is never meant
_OCR_DAY_RE: Final = re.compile(r"(?<=月\d)曰|(?<=月\d\d)曰")


def lookalikes(one: str, other: str) -> bool:
    """Whether a recogniser takes the glyph ``one`` for ``other`` (:data:`_LOOKALIKE_GROUPS`)."""
    return other in _LOOKALIKES.get(one, "")


def _lookalike_unit(text: str) -> tuple[str, str] | None:
    """The target with its misread unit repaired and the reason, or None: the unit after the
    number is not known, and exactly one glyph swap within :data:`_LOOKALIKE_GROUPS` makes
    it one (``人大`` → ``人天``; ``人次`` and ``人月`` are known but not look-alikes)."""
    match = _UNIT_AFTER_NUMBER_RE.search(text)
    if match is None or canonical_unit(match["unit"]) is not None:
        return None
    written = match["unit"]
    readings = {
        written[:at] + other + written[at + 1 :]
        for at, glyph in enumerate(written)
        for other in _LOOKALIKES.get(glyph, "")
    }
    known = sorted(reading for reading in readings if canonical_unit(reading) is not None)
    if len(known) != 1:
        return None
    fixed = text[: match.start("unit")] + known[0] + text[match.end("unit") :]
    return fixed, f"OCR 将单位“{known[0]}”识别为“{written}”(字形相近)"


def placeholder_reason(written: str) -> str:
    """The import report's reason for a placeholder read as an unfilled target."""
    return f"指标值“{written}”是未填写的占位符,按未填写指标值读入"


@functools.lru_cache(maxsize=4096)  # the same targets recur (≥95%); the result is immutable
def read_target_cell(raw: str) -> TargetCell:
    """Read a table's 指标值 cell; ``target`` is None (with ``error``) when it cannot be read."""
    text, repairs = clean_target_text(raw)
    if not text:
        return TargetCell(raw=raw, text=text, target=None, error="指标值为空")
    if (written := placeholder_of(raw)) is not None:
        reason = placeholder_reason(written)
        return TargetCell(raw=raw, text=text, target=None, error=reason, placeholder=written)
    try:
        target = parse_target(text)
    except TargetSyntaxError as error:
        if (floor := range_floor(text)) is not None:
            reason = f"区间按{'下限' if floor.operator is Operator.GE else '上限'}读出(原文保留)"
            repair = (raw.strip(), floor.canonical, reason)
            return TargetCell(raw=raw, text=text, target=floor, repairs=(*repairs, repair))
        if (head := remarked_target(text)) is not None:
            repair = (raw.strip(), head.canonical, "指标值后附说明,按数值读出(原文保留)")
            return TargetCell(raw=raw, text=text, target=head, repairs=(*repairs, repair))
        if (head := noted_target(text)) is not None:
            repair = (raw.strip(), head.canonical, "指标值后附括号说明,按数值读出(原文保留)")
            return TargetCell(raw=raw, text=text, target=head, repairs=(*repairs, repair))
        return TargetCell(raw=raw, text=text, target=None, repairs=repairs, error=str(error))
    return TargetCell(raw=raw, text=text, target=target, repairs=repairs)


# A 指标值 cell in words the grammar's vocabulary lacks (长效管护, 无丢失、无损毁, 群众认可):
# under a target header a careful reader takes it as the standard as written. Only words:
# a digit, a comparison sign or a measure's name (…率, …度, …指标) is no standard.
_WRITTEN_STANDARD_RE: Final = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff、，,；;]{1,19}")
_MEASURE_ENDINGS: Final = ("率", "度", "指标", "数", "量", "值")


def written_standard(text: str) -> Target | None:
    """``text`` as a qualitative standard when it is a short phrase in words, or amounts
    each named by whom they are for, else None."""
    phrase = squashed(text).rstrip("。.")
    if labelled_amounts(phrase) or _approximate(phrase):
        return Target(kind=TargetKind.QUALITATIVE, text=text.strip(), standard=phrase)
    if not _WRITTEN_STANDARD_RE.fullmatch(phrase) or phrase.endswith(_MEASURE_ENDINGS):
        return None
    return Target(kind=TargetKind.QUALITATIVE, text=text.strip(), standard=phrase)


# An amount said to be about so much (70%左右, 约500人): no bound to compare an actual with
# (the grammar refuses it), but what the form asks, kept as written.
_APPROXIMATE_RE: Final = re.compile(
    r"(?:约|大约|约为)?(?P<amount>\d\S*?)左右|(?:约|大约|约为)(?P<after>\d\S*)"
)


def _approximate(phrase: str) -> bool:
    match = _APPROXIMATE_RE.fullmatch(phrase)
    if match is None:
        return False
    try:
        amount = parse_target(match["amount"] or match["after"])
    except TargetSyntaxError:
        return False
    return amount.kind is TargetKind.QUANTITATIVE and amount.operator is None


# Amounts each named by the group it is for (小学1000元/生·年,初中1250元/生·年; 一类村5万元、
# 二类村3万元): one standard a group, no one value; the cell is the standard as written.
_AMOUNT_LIST_RE: Final = re.compile(r"[,，;；、]")
_LABELLED_AMOUNT_RE: Final = re.compile(r"(?P<label>[\u4e00-\u9fff]{1,8}?)(?P<amount>\d\S*)")
_LEAST_AMOUNTS: Final = 2
_SCORING_VERBS: Final = ("得", "扣", "加", "减")
_SENTENCE_END: Final = ("。", ".", "!", "！")


@functools.lru_cache(maxsize=4096)  # asked of every cell's text by its kind
def labelled_amounts(text: str) -> bool:
    """Whether ``text`` lists two or more amounts, each with a unit and its group's name
    before it."""
    word = squashed(text)
    if not any(ch.isdigit() for ch in word) or _AMOUNT_LIST_RE.search(word) is None:
        return False
    if word.endswith(_SENTENCE_END):
        return False  # a goal's sentence (…开放300天以上。), no cell of amounts
    parts = [part for part in _AMOUNT_LIST_RE.split(word) if part]
    return len(parts) >= _LEAST_AMOUNTS and all(_labelled_amount(part) for part in parts)


def _labelled_amount(part: str) -> bool:
    match = _LABELLED_AMOUNT_RE.fullmatch(part)
    if match is None or match["label"].endswith(_SCORING_VERBS):
        return False  # 合理得3分;部分合理得1.5分: a 评分标准's rule, points by grade
    try:
        target = parse_target(match["amount"])
    except TargetSyntaxError:
        return False
    # a bare amount: one with its own bound (60场以上) is a clause of a sentence's goals
    return (
        target.kind is TargetKind.QUANTITATIVE
        and target.unit is not None
        and target.operator is None
    )


# A quantity with a remark after a comma (``≥70%,高于国家标准``, ``100%,全部达标``): the
# quantity is the target; the remark says how it compares, and stays in the target's text.
_REMARKED_RE: Final = re.compile(
    r"(?P<head>(?:>=|<=|[≥≤=><≧≦])?\d+(?:\.\d+)?[^\d,，;；]{0,8})[,，;；]"
    r"(?P<remark>[\u4e00-\u9fff]{2,12})[。.]?"
)


def remarked_target(text: str) -> Target | None:
    """The quantity a target with a remark after it is read as, or None for any other text."""
    match = _REMARKED_RE.fullmatch(squashed(text))
    if match is None:
        return None
    try:
        target = parse_target(match["head"])
    except TargetSyntaxError:
        return None
    if target.kind is not TargetKind.QUANTITATIVE:
        return None
    return target.model_copy(update={"text": text})


# A quantity with a note in brackets after it (``≥90%(抽样调查)``, ``95%以上(含95%)``,
# ``≥10%(同比)``): the quantity is the target, the note says how it is measured. A unit in
# the brackets (``1350台(套)``) is another matter, left to the reader that knows it.
_NOTED_RE: Final = re.compile(r"(?P<head>.*?[0-9][^()（）]*)[(（](?P<note>[^()（）]{1,16})[)）]")


def noted_target(text: str) -> Target | None:
    """The quantity a target with a bracketed note after it is read as, or None."""
    match = _NOTED_RE.fullmatch(squashed(text))
    if match is None or canonical_unit(match["note"]) is not None:
        return None
    if not re.search(r"[\u4e00-\u9fff]", match["note"]):
        return None
    try:
        target = parse_target(match["head"])
    except TargetSyntaxError:
        return None
    if target.kind is TargetKind.QUALITATIVE:
        return None
    return target.model_copy(update={"text": text})


# A range of quantities (``3-5期``, ``90%-95%``, ``3～5万元``), which the target grammar
# refuses: the genre's forms score the result against the floor, so the importer reads it as
# ≥ its lower bound (≤ its upper bound when the floor is nothing, ``0-5%``) and keeps the
# range as the target's text. Months (``1-7月``) and years (``2023-2024``) are no range.
_RANGE_RE: Final = re.compile(
    r"(?P<low>[0-9]+(?:\.[0-9]+)?)(?P<first>%)?[-~～—–至到]"
    r"(?P<high>[0-9]+(?:\.[0-9]+)?)(?P<unit>[^0-9~～\-—–]{0,8})"
)
_FIRST_YEAR: Final = 1900
_CALENDAR_UNITS: Final = frozenset({"年", "月", "日", "号"})


def range_floor(text: str) -> Target | None:
    """The target a range cell is read as, or None when the text is no range of counts."""
    match = _RANGE_RE.fullmatch(squashed(text))
    if match is None or match["unit"] in _CALENDAR_UNITS:
        return None
    low, high, unit = Decimal(match["low"]), Decimal(match["high"]), match["unit"]
    if low >= high or low >= _FIRST_YEAR or (match["first"] and unit != "%"):
        return None
    bound = f"≥{match['low']}{unit}" if low else f"≤{match['high']}{unit}"
    try:
        target = parse_target(bound)
    except TargetSyntaxError:
        return None
    return target.model_copy(update={"text": text})


_RULE_OR_PAGE_RE: Final = re.compile(
    # 3, 第3页, 3/7, 第3页共7页, 共7页第3页 (a page footer) between optional rules
    r"[-—–·.…_=*~#|]*(?:第?[0-9]+页?(?:共[0-9]+页)?|共[0-9]+页第[0-9]+页|[0-9]+/[0-9]+)?"
    r"[-—–·.…_=*~#|]*"
)
_SIGNATURE_WORDS: Final = ("签字", "签章", "盖章", "经办人", "填表人", "审核人")
_SIGNATURE_MAX_LENGTH: Final = 40  # a signature line is short; a paragraph naming 盖章 is not


def is_decorative(text: str) -> bool:
    """Signature lines, page numbers and rules: lines that carry nothing a parser should take."""
    word = squashed(text)
    if _RULE_OR_PAGE_RE.fullmatch(word):
        return True
    return len(word) <= _SIGNATURE_MAX_LENGTH and any(w in word for w in _SIGNATURE_WORDS)
