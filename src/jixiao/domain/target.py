"""The target grammar (指标值): what a target string such as ``≥95%`` or ``良好及以上`` means.

A target is read into a :class:`Target`: an operator with an exact value and a unit, a
qualitative standard, or a period. Text that cannot be read raises :class:`TargetSyntaxError`
quoting the text: nothing is guessed silently.

How the published documents are read (each choice is what a finance reviewer reads):

* Operators as symbols (``≥ > = < ≤``, full-width, ``>=``/``<=``, ``≧``/``≦``) or words
  (``不低于`` ≥, ``超过`` >, ``等于`` =, ``低于`` <, ``不高于`` ≤ …). ``达到``/``达`` read as ≥:
  "达到95%" sets a level to reach, not an exact value. ``控制在`` reads as ≤. Suffixes
  ``以上``/``及以上`` (≥) and ``以下``/``以内``/``内`` (≤) count as the operator too.
* A value with no operator (``10辆``, ``220``) is a *bare value*: ``operator`` is None and its
  direction comes from the indicator (:func:`infer_direction` reads it as positive).
* A sentence may lead with the indicator's name: ``职工出勤率不低于95%`` reads as ``≥95%``.
* Scanned-table OCR damage that cannot mislead is repaired: ``≪`` and ``€`` for ≤, ``↑`` for 个,
  spaces inside a number (``88. 29``, ``9 5%``). The repair of ``2`` read for ``≥`` (``25 项`` for
  ``≥5 项``) needs another source to confirm it, so it is only proposed by
  :func:`ocr_ge_candidates`; ``parse_target("25 项")`` is 25 项.
* A negated event (``不发生安全事故``, ``无安全责任事故``, ``零投诉``) is read as the quantitative
  ``≤0 次``: the same documents state the same indicator as ``安全事故发生次数 ≤0``; read this
  way it is a reverse (lower is better) indicator, an actual such as ``0``, ``1次`` or
  ``未发生安全事故`` can be checked against it, and the prose and table forms mean the same.
  The event's name stays in ``text`` (and in the indicator's name).
* Grades (``优``, ``良好``, ``合格`` …) and other standards (``按时完成``, ``有效提升``) are
  qualitative; ``及以上``/``以上`` sets ``or_better``. The standard keeps the document's phrase.
* Periods: ``2023.07-2024.01``, ``2023年7月-2024年1月``, ``2023年12月底前`` (a deadline: start
  None), ``6月底前`` (no year: ``--06``, ISO 8601's month without a year). Bounds are
  ``YYYY-MM`` or ``YYYY-MM-DD``.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Final

from pydantic import BaseModel, ConfigDict

from jixiao.domain.money import format_decimal
from jixiao.domain.units import canonical_unit, convert_quantity


class Operator(StrEnum):
    """指标性质: the comparison a quantitative target states."""

    GE = "≥"
    GT = ">"
    EQ = "="
    LT = "<"
    LE = "≤"


class TargetKind(StrEnum):
    QUANTITATIVE = "quantitative"  # 定量: operator + value + unit
    QUALITATIVE = "qualitative"  # 定性: a level or a standard in words (良好, 按时完成)
    PERIOD = "period"  # a date or a date range (2023.07-2024.01)


class Target(BaseModel):
    """A parsed target. ``text`` keeps the string exactly as it was written."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: TargetKind
    text: str
    # quantitative: operator is None when the document states a bare value (``10辆``)
    operator: Operator | None = None
    value: Decimal | None = None
    unit: str | None = None
    # qualitative: the standard (``良好``) and whether it reads "or better" (``良好及以上``)
    standard: str | None = None
    or_better: bool = False
    # period: ISO-like ``YYYY-MM`` or ``YYYY-MM-DD`` bounds
    start: str | None = None
    end: str | None = None

    @property
    def canonical(self) -> str:
        """The canonical spelling (:func:`format_target`), e.g. ``≤1.1万元``."""
        return format_target(self)


class TargetSyntaxError(ValueError):
    """Raised when a target string cannot be read; the message quotes the text (in Chinese)."""

    def __init__(self, text: str, reason: str) -> None:
        self.text = text
        self.reason = reason
        super().__init__(f"无法识别指标值“{text}”:{reason}")


class Direction(StrEnum):
    """正向/反向: whether a higher or a lower actual value is better."""

    POSITIVE = "positive"  # 正向: higher is better
    REVERSE = "reverse"  # 反向: lower is better (costs, accidents, deadlines)

    @property
    def label(self) -> str:
        return "正向" if self is Direction.POSITIVE else "反向"


# --- vocabulary ---------------------------------------------------------------------------------


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_MAX_LENGTH: Final = 200  # a target is a cell or a clause; longer text is a paragraph

_OPERATOR_WORDS: Final[dict[str, Operator]] = {
    "≥": Operator.GE,
    "大于等于": Operator.GE,
    "大于或等于": Operator.GE,
    "高于或等于": Operator.GE,
    "不低于": Operator.GE,
    "不少于": Operator.GE,
    "不小于": Operator.GE,
    "至少": Operator.GE,
    "最少": Operator.GE,
    "最低": Operator.GE,
    ">": Operator.GT,
    "大于": Operator.GT,
    "高于": Operator.GT,
    "多于": Operator.GT,
    "超过": Operator.GT,
    "超出": Operator.GT,
    "=": Operator.EQ,
    "等于": Operator.EQ,
    "<": Operator.LT,
    "小于": Operator.LT,
    "低于": Operator.LT,
    "少于": Operator.LT,
    "不足": Operator.LT,
    "不到": Operator.LT,
    "≤": Operator.LE,
    "小于等于": Operator.LE,
    "小于或等于": Operator.LE,
    "低于或等于": Operator.LE,
    "不高于": Operator.LE,
    "不超过": Operator.LE,
    "不多于": Operator.LE,
    "不大于": Operator.LE,
    "不超出": Operator.LE,
    "至多": Operator.LE,
    "最多": Operator.LE,
    "最高": Operator.LE,
    # OCR of scanned tables: ≤ comes out as ≪ or €; neither means anything else in a target
    "≪": Operator.LE,
    "€": Operator.LE,
}

# Verbs before a value: 达到 sets a floor unless a real operator follows (达不低于 90%),
# 控制在 a ceiling; 为/保持 only introduce the value.
_SOFT_WORDS: Final[dict[str, Operator | None]] = {
    "达到": Operator.GE,
    "达": Operator.GE,
    "控制在": Operator.LE,
    "保持在": None,
    "维持在": None,
    "保持": None,
    "为": None,
}

_SUFFIX_WORDS: Final[dict[str, Operator]] = {
    "及以上": Operator.GE,
    "或以上": Operator.GE,
    "以上": Operator.GE,
    "及以下": Operator.LE,
    "或以下": Operator.LE,
    "以下": Operator.LE,
    "以内": Operator.LE,
    "之内": Operator.LE,
    "内": Operator.LE,
}

_UPWARD: Final = frozenset({Operator.GE, Operator.GT})
_DOWNWARD: Final = frozenset({Operator.LE, Operator.LT})

# Grade ladders: a higher rank is a better result. 优良 (优 or 良) is reached by 良.
_LADDERS: Final[dict[str, dict[str, int]]] = {
    "grade": {
        "优秀": 4,
        "优": 4,
        "良好": 3,
        "良": 3,
        "优良": 3,
        "较好": 3,
        "中等": 2,
        "中": 2,
        "合格": 2,
        "及格": 2,
        "一般": 2,
        "较差": 1,
        "差": 1,
        "不合格": 1,
        "不及格": 1,
    },
    "satisfaction": {
        "非常满意": 4,
        "很满意": 4,
        "满意": 3,
        "比较满意": 3,
        "较满意": 3,
        "基本满意": 2,
        "不满意": 1,
    },
}
_LEVELS: Final = tuple(level for ladder in _LADDERS.values() for level in ladder)

# Standards that mean the same thing when a reviewer compares an actual with a target.
_SYNONYMS: Final[tuple[frozenset[str], ...]] = (
    frozenset({"按时完成", "按期完成", "如期完成", "及时完成", "按计划完成", "按进度完成"}),
    frozenset({"达标", "达到标准", "符合标准"}),
)

# Short standards accepted as written although they carry none of the keywords below.
_SHORT_STANDARDS: Final = frozenset({"是", "否", "有", "完成", "达标", "全覆盖", "无"})

# A free-text standard must say what is to happen; these are the words that do.
# Text with none of them (OCR debris such as 沙米长 仁) is not a target.
_STANDARD_KEYWORDS: Final = _words(
    "完成 达标 达到 达成 提升 提高 改善 增强 加强 保障 满意 合格 符合 有效 明显 显著 逐步 "
    "稳定 稳步 规范 健全 完善 落实 降低 减少 增加 增长 扩大 覆盖 持续 长期 正常 及时 按时 "
    "按期 如期 全面 顺利 确保 实现 促进 推动 优化 发挥 满足 通过 验收 运转 运行 良好 优秀 "
    "好转 上升 下降 控制 保持 维持 到位 取得 形成 建立 提供 开展 公开 公布 执行 办结 准确 "
    "安全 可靠 一致 无误 进一步 改进 缓解 减轻 节约 效益 效果 影响 作用 水平"
)

# A comparison with no number is still a standard when it names what it compares with
# (不低于上年, 高于全省平均水平).
_REFERENCE_WORDS: Final = _words(
    "上年 去年 往年 上一年 历年 同期 平均 水平 标准 要求 规定 预期 计划 目标 同比 环比"
)

_EVENT_NOUNS: Final = _words(
    "事故 事件 投诉 案件 差错 纠纷 违纪 违规 违法 伤亡 火灾 失误 舆情 问题 上访 失泄密"
)


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation that tries longer words first (不低于 before 低于)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_CJK: Final = r"[\u3400-\u4dbf\u4e00-\u9fff、()“”《》·]"
# A number as written: plain, with thousands commas, or with OCR spaces between its digits.
_NUMBER: Final = (
    r"-?(?:[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?"
    r"|[0-9]+(?: [0-9]+)*(?: ?\. ?[0-9]+(?: [0-9]+)*)?)"
)

_QUANTITY_RE: Final = re.compile(
    rf"(?P<subject>{_CJK}*?) ?(?P<soft>{_alternation(_SOFT_WORDS)})? ?"
    rf"(?P<op>{_alternation(_OPERATOR_WORDS)})? ?(?P<number>{_NUMBER}) ?"
    rf"(?P<unit>.*?) ?(?P<suffix>{_alternation(_SUFFIX_WORDS)})?"
)
_LADDER_RE: Final = re.compile(
    rf"(?:(?P<subject>{_CJK}*?)(?:达到|达|为|评为|被评为|评定为|获得|保持|确保|实现))?"
    rf"(?P<level>{_alternation(_LEVELS)})(?P<better>及其以上|及以上|或以上|以上)?"
    r"(?:等次|等级|档次|水平|级别|评价|结果|级|档)?"
)
_EVENT_RE: Final = re.compile(
    rf"(?:(?:{_CJK}{{0,12}}?)(?:不发生|未发生|杜绝)|(?:确保|保证|力争)?(?:全年)?(?:无|零|没有))"
    rf"(?P<event>{_CJK}{{0,12}}?(?:{_alternation(_EVENT_NOUNS)}))(?:发生)?"
)
_OR_BETTER_RE: Final = re.compile(r"(?P<core>.+?)(?:及其以上|及以上|或以上|以上)")

# --- normalisation ------------------------------------------------------------------------------

_TRANSLATION: Final = str.maketrans(
    {
        **{chr(code): chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)},  # full-width ASCII
        "\u3000": " ",
        "≧": "≥",
        "⩾": "≥",
        "≦": "≤",
        "⩽": "≤",
        "﹤": "<",
        "﹥": ">",
        "﹦": "=",
        "﹪": "%",
        "−": "-",
        "–": "-",
        "—": "-",
        "―": "-",
        "〜": "~",
        "•": "·",
        "・": "·",
        "‧": "·",
    }
)
_SPELLED_OPERATORS: Final = (
    ("≥=", "≥"),
    ("≤=", "≤"),
    (">=", "≥"),
    ("=>", "≥"),
    ("<=", "≤"),
    ("=<", "≤"),
)


def _normalise(text: str) -> str:
    """Half-width, one spelling per operator symbol, single spaces, no trailing punctuation."""
    result = text.translate(_TRANSLATION)
    for spelled, symbol in _SPELLED_OPERATORS:
        result = result.replace(spelled, symbol)
    result = " ".join(result.split())
    # a space between two Chinese characters is layout or OCR, never meaning
    result = re.sub(rf"(?<={_CJK}) (?={_CJK})", "", result)
    return result.strip("。;,、 ")


# --- quantities ---------------------------------------------------------------------------------


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
        if operator is None and _is_standard_phrase(norm):
            return None  # prose with a number in it (3年内完成建设): a qualitative standard
        raise TargetSyntaxError(text, f"“{unit_text}”不是可识别的度量单位")
    value = _read_number(text, match["number"], has_unit=bool(unit_text))
    return Target(
        kind=TargetKind.QUANTITATIVE, text=text, operator=operator, value=value, unit=unit
    )


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


# --- periods ------------------------------------------------------------------------------------


class _BadDate(Exception):
    """A date-shaped part whose month or day does not exist."""


_YEAR_MONTH_DAY_RE: Final = re.compile(
    r"(?P<y>[0-9]{4})(?:[.\-/]|年)(?P<m>[0-9]{1,2})(?:[.\-/]|月)(?P<d>[0-9]{1,2})日?"
)
_YEAR_MONTH_RE: Final = re.compile(
    r"(?P<y>[0-9]{4})(?:[.\-/]|年)(?P<m>[0-9]{1,2})月?(?P<edge>底|末|初|份)?"
)
_YEAR_RE: Final = re.compile(r"(?P<y>[0-9]{4})年度?(?P<edge>底|末|初)?")
_MONTH_DAY_RE: Final = re.compile(r"(?P<m>[0-9]{1,2})月(?P<d>[0-9]{1,2})日")
_MONTH_RE: Final = re.compile(r"(?P<m>[0-9]{1,2})月(?P<edge>底|末|初|份)?")
_YEAR_EDGE_RE: Final = re.compile(r"年(?P<edge>底|末)|年内")
_RANGE_SEPARATOR_RE: Final = re.compile(r" ?(?:至|到|~|-{1,2}) ?")
_DEADLINE_RE: Final = re.compile(
    r"(?:于|在)?(?P<date>.+?)(?:之前|以前|前)(?:完成|办结|结束|到位|落实|实施|完工)?"
)
_SINCE_RE: Final = re.compile(r"(?:自|从)?(?P<date>.+?)(?:起|开始|以后|之后)")


def _iso(year: int | None, month: int, day: int | None) -> str:
    if not 1 <= month <= 12:
        raise _BadDate(f"月份“{month}”不存在")
    if year is not None and not 1900 <= year <= 2100:
        raise _BadDate(f"年份“{year}”超出 1900–2100")
    if day is not None:
        # a yearless date may be 2月29日: check it against a leap year
        last = calendar.monthrange(year if year is not None else 2000, month)[1]
        if not 1 <= day <= last:
            raise _BadDate(f"{month}月没有{day}日")
    head = f"{year:04d}-{month:02d}" if year is not None else f"--{month:02d}"
    return head if day is None else f"{head}-{day:02d}"


def _edge_month(edge: str | None, is_end: bool) -> int:
    if edge in ("底", "末"):
        return 12
    if edge == "初":
        return 1
    return 12 if is_end else 1


def _read_date(part: str, is_end: bool, default_year: int | None) -> str | None:
    """One bound of a period, or None when ``part`` is not shaped like a date."""
    if m := _YEAR_MONTH_DAY_RE.fullmatch(part):
        return _iso(int(m["y"]), int(m["m"]), int(m["d"]))
    if m := _YEAR_MONTH_RE.fullmatch(part):
        return _iso(int(m["y"]), int(m["m"]), None)
    if m := _YEAR_RE.fullmatch(part):
        return _iso(int(m["y"]), _edge_month(m["edge"], is_end), None)
    if m := _MONTH_DAY_RE.fullmatch(part):
        return _iso(default_year, int(m["m"]), int(m["d"]))
    if m := _MONTH_RE.fullmatch(part):
        return _iso(default_year, int(m["m"]), None)
    if _YEAR_EDGE_RE.fullmatch(part):
        return _iso(default_year, 12, None)
    return None


def _year_of(bound: str) -> int | None:
    return None if bound.startswith("--") else int(bound[:4])


def _order_key(bound: str, is_end: bool) -> tuple[int, int, int]:
    """Compare bounds of different precision: a month ends on its last day."""
    parts = bound.lstrip("-").split("-")
    numbers = [int(p) for p in parts]
    if bound.startswith("--"):
        numbers = [0, *numbers]
    day = numbers[2] if len(numbers) > 2 else (31 if is_end else 1)
    return numbers[0], numbers[1], day


def _check_order(text: str, start: str, end: str) -> None:
    if start.startswith("--") != end.startswith("--"):
        return  # a yearless bound cannot be ordered against a dated one
    if _order_key(start, False) > _order_key(end, True):
        raise TargetSyntaxError(text, "开始时间晚于结束时间")


def _read_range(text: str, compact: str) -> Target | None:
    problem: str | None = None
    for sep in _RANGE_SEPARATOR_RE.finditer(compact):
        left, right = compact[: sep.start()], compact[sep.end() :]
        try:
            start = _read_date(left, False, None)
            end = _read_date(right, True, _year_of(start)) if start else None
        except _BadDate as bad:
            problem = str(bad)
            continue
        if start and end:
            _check_order(text, start, end)
            return Target(kind=TargetKind.PERIOD, text=text, start=start, end=end)
    if problem is not None:
        raise TargetSyntaxError(text, problem)
    return None


def _read_single_date(text: str, compact: str) -> Target | None:
    """``2023年7月``, ``2023-07-01``, ``7月1日``: a period of one month or one day.

    ``2023.07`` alone is a number, and ``7月`` alone a quantity of months: neither is read here.
    """
    dotted_only = "年" not in compact and "月" not in compact and "-" not in compact
    shaped = (
        _YEAR_MONTH_DAY_RE.fullmatch(compact)
        or _MONTH_DAY_RE.fullmatch(compact)
        or (_YEAR_MONTH_RE.fullmatch(compact) and not dotted_only)
    )
    if not shaped:
        return None
    try:
        start = _read_date(compact, False, None)
        end = _read_date(compact, True, None)
    except _BadDate as bad:
        raise TargetSyntaxError(text, str(bad)) from None
    return Target(kind=TargetKind.PERIOD, text=text, start=start, end=end)


def _read_year(text: str, norm: str) -> Target | None:
    """``2022年``/``2022年度``: the whole year. ``2022 年``, with a space, is a number of years."""
    if _YEAR_RE.fullmatch(norm) is None:
        return None
    try:
        start, end = _read_date(norm, False, None), _read_date(norm, True, None)
    except _BadDate as bad:
        raise TargetSyntaxError(text, str(bad)) from None
    return Target(kind=TargetKind.PERIOD, text=text, start=start, end=end)


def _read_bound(text: str, match: re.Match[str] | None, is_end: bool) -> str | None:
    # a deadline is written with 年/月/日 or ISO dashes; 2023.07起 is a count of 2023.07 起
    if match is None or not re.search(r"[年月日\-/]", match["date"]):
        return None
    try:
        return _read_date(match["date"], is_end, None)
    except _BadDate as bad:
        raise TargetSyntaxError(text, str(bad)) from None


def _read_period(text: str, norm: str) -> Target | None:
    compact = norm.replace(" ", "")
    if not any(ch.isdigit() for ch in compact) and "年" not in compact:
        return None
    if end := _read_bound(text, _DEADLINE_RE.fullmatch(compact), True):
        return Target(kind=TargetKind.PERIOD, text=text, end=end)
    if start := _read_bound(text, _SINCE_RE.fullmatch(compact), False):
        return Target(kind=TargetKind.PERIOD, text=text, start=start)
    return _read_year(text, norm) or _read_range(text, compact) or _read_single_date(text, compact)


# --- qualitative standards ----------------------------------------------------------------------


def _is_standard_phrase(phrase: str) -> bool:
    """Whether free text states a standard (按时完成, 不低于上年水平) rather than debris."""
    if phrase in _SHORT_STANDARDS:
        return True
    if len(re.findall(_CJK, phrase)) < 2:
        return False
    names_reference = any(word in phrase for word in _REFERENCE_WORDS)
    starts_with_comparison = any(phrase.startswith(w) for w in _OPERATOR_WORDS)
    if (starts_with_comparison or re.search(r"[≥≤<>=]", phrase)) and not names_reference:
        return False  # 不低于 / ≥ with no value and nothing to compare with
    return names_reference or any(word in phrase for word in _STANDARD_KEYWORDS)


def _read_standard(text: str, norm: str) -> Target | None:
    if ladder := _LADDER_RE.fullmatch(norm):
        return Target(
            kind=TargetKind.QUALITATIVE,
            text=text,
            standard=ladder["level"],
            or_better=ladder["better"] is not None,
        )
    phrase, or_better = norm, False
    if (better := _OR_BETTER_RE.fullmatch(norm)) and _is_standard_phrase(better["core"]):
        phrase, or_better = better["core"], True
    if not _is_standard_phrase(phrase):
        return None
    return Target(kind=TargetKind.QUALITATIVE, text=text, standard=phrase, or_better=or_better)


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
    for reader in (_read_negated_event, _read_period, _read_quantity, _read_standard):
        target = reader(text, norm)
        if target is not None:
            return target
    raise TargetSyntaxError(text, _failure_reason(norm))


_NO_UNIT: Final = frozenset({"", "无", "-", "/", "--", "空", "null", "None"})
_QUALITATIVE_MARKS: Final = frozenset({"定性"})
_QUANTITATIVE_MARKS: Final = frozenset({"", "定量", "-", "/"})


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
    shown_operator = "" if mark in _QUALITATIVE_MARKS | {"定量"} else (operator or "").strip()
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


def _format_quantity(target: Target) -> str:
    if target.value is None:
        raise ValueError("定量指标缺少数值,无法输出")
    number = format_decimal(target.value)
    unit = target.unit or ""
    operator = target.operator.value if target.operator else ""
    # a bare 2023 年 (a duration) must not read back as the calendar year 2023年
    gap = " " if not operator and unit == "年" and _YEAR_RE.fullmatch(number + unit) else ""
    return f"{operator}{number}{gap}{unit}"


def _has_day(bound: str) -> bool:
    return bound.count("-") == (3 if bound.startswith("--") else 2)


def _format_cn(bound: str) -> str:
    """``2023-07`` → ``2023年7月``, ``--06-30`` → ``6月30日``."""
    parts = [int(p) for p in bound.lstrip("-").split("-")]
    if bound.startswith("--"):
        parts = [0, *parts]
    year = f"{parts[0]}年" if parts[0] else ""
    day = f"{parts[2]}日" if len(parts) > 2 else ""
    return f"{year}{parts[1]}月{day}"


def _format_dotted(bound: str) -> str:
    """``2023-07`` → ``2023.07``; a yearless bound is written in words (``7月``)."""
    return _format_cn(bound) if bound.startswith("--") else bound.replace("-", ".")


def _format_period(target: Target) -> str:
    start, end = target.start, target.end
    if end is None:
        if start is None:
            raise ValueError("时间指标缺少起止时间,无法输出")
        return f"{_format_cn(start)}起"
    if start is None:
        return f"{_format_cn(end)}{'' if _has_day(end) else '底'}前"
    if start == end and not start.startswith("--"):
        return _format_cn(start)
    year = start[:4]
    if year.isdigit() and (start, end) == (f"{year}-01", f"{year}-12"):
        return f"{year}年"
    return f"{_format_dotted(start)}-{_format_dotted(end)}"


def format_target(t: Target) -> str:
    """The canonical spelling of a target.

    ``≥95%``, ``≤1.1万元``, ``10辆``, ``良好及以上``, ``2023.07-2024.01``, ``2023年12月底前``.

    ``parse_target(format_target(t))`` equals ``t`` except for ``text``.
    """
    if t.kind is TargetKind.QUANTITATIVE:
        return _format_quantity(t)
    if t.kind is TargetKind.QUALITATIVE:
        if not t.standard:
            raise ValueError("定性指标缺少标准,无法输出")
        return t.standard + ("及以上" if t.or_better else "")
    return _format_period(t)


# --- direction, meeting a target, achievement -----------------------------------------------------


def infer_direction(t: Target) -> Direction:
    """正向/反向 as the target states it: ``≤``/``<`` (a limit) and a period (a deadline: earlier
    is fine, later is not) are reverse; ``≥``/``>``/``=``, a bare value and a standard positive."""
    if t.kind is TargetKind.PERIOD:
        return Direction.REVERSE
    if t.kind is TargetKind.QUANTITATIVE and t.operator in _DOWNWARD:
        return Direction.REVERSE
    return Direction.POSITIVE


def _actual_text_quantity(target: Target, actual: str) -> tuple[Decimal, str | None]:
    if _read_negated_event(actual, _normalise(actual)) is not None:
        return Decimal(0), None  # 未发生安全事故: zero occurrences, in whatever unit is counted
    try:
        read = parse_target(actual)
    except TargetSyntaxError as error:
        raise ValueError(f"无法识别实际完成值“{actual}”:{error.reason}") from None
    if read.kind is not TargetKind.QUANTITATIVE or read.value is None:
        raise ValueError(f"实际完成值“{actual}”不是数值,无法与指标值“{target.text}”比较")
    if read.operator not in (None, Operator.EQ):
        raise ValueError(f"实际完成值“{actual}”应是一个数值,不能带比较符号")
    return read.value, read.unit


def _actual_quantity(target: Target, actual: Decimal | str) -> Decimal:
    """The actual value in the target's unit. A value given without a unit is in the target's
    unit, and a target without a unit takes the actual's number as it is."""
    if isinstance(actual, Decimal):
        value, unit = actual, None
    elif isinstance(actual, str):
        value, unit = _actual_text_quantity(target, actual)
    else:
        raise TypeError(f"实际完成值应为 Decimal 或文本,而不是 {type(actual).__name__}")
    if not value.is_finite():
        raise ValueError(f"实际完成值“{actual}”不是有限数")
    if unit is None or target.unit is None:
        return value
    return convert_quantity(value, unit, target.unit)


def _goal(target: Target) -> Decimal:
    if target.kind is not TargetKind.QUANTITATIVE or target.value is None:
        raise ValueError(f"指标值“{target.text}”不是定量指标")
    return target.value


def _compare(operator: Operator, actual: Decimal, goal: Decimal) -> bool:
    return {
        Operator.GE: actual >= goal,
        Operator.GT: actual > goal,
        Operator.EQ: actual == goal,
        Operator.LT: actual < goal,
        Operator.LE: actual <= goal,
    }[operator]


def _rank(level: str) -> tuple[str, int] | None:
    for name, ladder in _LADDERS.items():
        if level in ladder:
            return name, ladder[level]
    return None


def _same_standard(first: str, second: str) -> bool:
    if first == second:
        return True
    return any(first in group and second in group for group in _SYNONYMS)


def _meets_standard(target: Target, actual: Decimal | str) -> bool:
    """A grade is a floor: 优秀 meets 良好 (the same documents write the same indicator as
    ``良好`` in a table and ``良好及以上`` in prose), so ``or_better`` never lowers the bar."""
    if not isinstance(actual, str):
        raise ValueError(f"定性指标“{target.text}”的实际完成值应为文字(如“良好”“按时完成”)")
    standard = target.standard or ""
    phrase = _normalise(actual).removeprefix("已")
    try:
        read = parse_target(phrase)
    except TargetSyntaxError:
        read = None
    if read is not None and read.kind is TargetKind.QUALITATIVE and read.standard:
        phrase = read.standard
    goal_rank, actual_rank = _rank(standard), _rank(phrase)
    if goal_rank and actual_rank and goal_rank[0] == actual_rank[0]:
        return actual_rank[1] >= goal_rank[1]
    return _same_standard(standard, phrase)


def _meets_period(target: Target, actual: Decimal | str) -> bool:
    """A period is met by a completion date no later than its end (or, for ``…起``, not
    before its start)."""
    try:
        read = parse_target(actual) if isinstance(actual, str) else None
    except TargetSyntaxError:
        read = None
    if read is None or read.kind is not TargetKind.PERIOD or not (read.end or read.start):
        raise ValueError(f"时间指标“{target.text}”的实际完成值应为日期(如“2023年12月”)")
    done = read.end or read.start or ""
    if target.end is not None:
        limit, is_end = target.end, True
    else:
        limit, is_end = target.start or "", False
    done_key, limit_key = _order_key(done, True), _order_key(limit, is_end)
    if limit.startswith("--") or done.startswith("--"):  # no year on one side: month and day
        done_key, limit_key = (0, *done_key[1:]), (0, *limit_key[1:])
    return done_key <= limit_key if is_end else done_key >= limit_key


def meets(target: Target, actual: Decimal | str, direction: Direction | None = None) -> bool:
    """Whether ``actual`` meets ``target``.

    Quantitative: the stated operator decides; a bare value is a floor when the direction
    (given, or inferred: positive) is positive and a ceiling when it is reverse. ``actual`` may
    carry a unit (``"1.2万元"`` against ``≤12000元``): money, %/‰ and other power-of-ten units
    convert; units of different kinds raise ValueError. Qualitative: grades compare on their
    ladder (优 > 良好 > 合格/中 > 差) as a floor; other standards must say the same thing.
    Period: a completion date no later than the end.
    """
    if target.kind is TargetKind.QUALITATIVE:
        return _meets_standard(target, actual)
    if target.kind is TargetKind.PERIOD:
        return _meets_period(target, actual)
    goal = _goal(target)
    value = _actual_quantity(target, actual)
    operator = target.operator
    if operator is None:
        way = direction or infer_direction(target)
        operator = Operator.GE if way is Direction.POSITIVE else Operator.LE
    return _compare(operator, value, goal)


def achievement_ratio(
    target: Target, actual: Decimal | str, direction: Direction | None = None
) -> Decimal:
    """完成比例: actual ÷ target for a positive indicator, target ÷ actual for a reverse one.

    Not capped (callers cap). An actual of 0 within a ceiling is fully achieved (1); any actual
    above a ceiling of 0 achieves nothing (0). Where zero or negative numbers leave no meaningful
    ratio, it is all or nothing: 1 when the target is met, else 0. Qualitative targets are scored
    in bands and periods by date, so both raise ValueError.
    """
    if target.kind is TargetKind.QUALITATIVE:
        raise ValueError(f"定性指标“{target.text}”按档次评分,没有完成比例")
    if target.kind is TargetKind.PERIOD:
        raise ValueError(f"时间指标“{target.text}”按是否按期完成评分,没有完成比例")
    goal = _goal(target)
    value = _actual_quantity(target, actual)
    way = direction or infer_direction(target)
    if way is Direction.POSITIVE and goal > 0 and value >= 0:
        return value / goal
    if way is Direction.REVERSE and goal >= 0 and value > 0:
        return goal / value
    if way is Direction.REVERSE and goal >= 0 and value == 0:
        return Decimal(1)
    return Decimal(1) if meets(target, value, way) else Decimal(0)
