"""What an indicator's name says about its target: whether it is a rate bounded by 100%, a
change rate, a count of events, a cost; which units fit it. Shared by the rules; the word
lists that are a matter of local practice are rule parameters, these are the language."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from functools import lru_cache
from typing import Final

from jixiao.domain.library import normalise_name
from jixiao.domain.money import MONEY_EXPONENTS, format_decimal
from jixiao.domain.review.index import Statement
from jixiao.domain.target import Operator, Target, TargetKind
from jixiao.domain.units import convert_quantity, units_compatible

_LISTED: Final = 5  # names quoted in a message before "等"

VAGUE_WORDS: Final = (
    "有效", "明显", "显著", "进一步", "逐步", "不断", "持续", "稳步", "较大", "较高",
    "一定", "积极", "大力", "基本", "有所", "切实", "努力", "力争", "尽量", "适当",
)  # fmt: skip

RATE_ENDINGS: Final = ("率", "满意度")
RATE_UNITS: Final = frozenset({"%", "‰", "个百分点"})
UPWARD: Final = frozenset({Operator.GE, Operator.GT})
DOWNWARD: Final = frozenset({Operator.LE, Operator.LT})

# Rates that can pass 100%: changes, controls (actual ÷ quota), execution, returns.
UNBOUNDED_RATE_WORDS: Final = (
    "变动率",
    "增长率",
    "变化率",
    "增幅",
    "增速",
    "增加率",
    "提高率",
    "控制率",
    "执行率",
    "超支率",
    "偏差率",
    "收益率",
    "回报率",
)
CHANGE_RATE_WORDS: Final = ("变动率", "增长率", "变化率", "增幅", "增速", "增加率", "下降率")


def amount(value: Decimal) -> str:
    """A number as a message shows it (``12.5``, ``8``)."""
    return format_decimal(value)


@lru_cache(maxsize=16384)
def is_rate(name: str) -> bool:
    return normalise_name(name).endswith(RATE_ENDINGS)


@lru_cache(maxsize=16384)
def has_word(name: str, words: tuple[str, ...]) -> bool:
    text = normalise_name(name)
    return any(word in text for word in words)


@lru_cache(maxsize=16384)
def is_bounded_rate(name: str, unbounded_words: tuple[str, ...] = UNBOUNDED_RATE_WORDS) -> bool:
    """A share of a whole (完成率, 合格率, 满意度): it cannot pass 100%."""
    return is_rate(name) and not has_word(name, unbounded_words)


def percent_value(target: Target) -> Decimal | None:
    """The target's value in %, for a quantitative target in % or ‰ (else None)."""
    if target.kind is not TargetKind.QUANTITATIVE or target.value is None:
        return None
    if target.unit not in ("%", "‰"):
        return None
    return convert_quantity(target.value, target.unit, "%")


def money_in_wanyuan(target: Target) -> Decimal | None:
    """A quantitative target's value in 万元 when its unit is money (元, 万元, …)."""
    if target.kind is not TargetKind.QUANTITATIVE or target.value is None:
        return None
    if target.unit not in MONEY_EXPONENTS:
        return None
    return convert_quantity(target.value, target.unit, "万元")


def _money(unit: str) -> bool:
    return unit.split("/")[0] in MONEY_EXPONENTS


def _counts(*units: str) -> Callable[[str], bool]:
    allowed = frozenset(units)
    return lambda unit: unit in allowed or (unit.startswith(("万", "亿")) and unit[1:] in allowed)


def _like(reference: str) -> Callable[[str], bool]:
    return lambda unit: units_compatible(unit, reference)


# name ending → (what it is, whether a unit fits it), longest endings first
NAME_UNITS: Final[tuple[tuple[str, str, Callable[[str], bool]], ...]] = (
    ("满意度", "满意度(比率)", lambda unit: unit in RATE_UNITS),
    ("率", "比率", lambda unit: unit in RATE_UNITS),
    ("人次", "人次", _counts("人次")),
    (
        "次数",
        "次数",
        _counts("次", "场", "场次", "人次", "个次", "批次", "户次", "车次", "轮", "届"),
    ),
    ("人数", "人数", _counts("人", "人次", "名", "位")),
    ("户数", "户数", _counts("户", "户次", "家")),
    ("天数", "天数", _counts("天", "日", "工作日")),
    ("成本", "金额", _money),
    ("面积", "面积", _like("平方米")),
    ("里程", "长度", _like("米")),
)


@lru_cache(maxsize=16384)
def expected_unit(name: str) -> tuple[str, Callable[[str], bool]] | None:
    """What the name says the target measures and which units fit, if the name says."""
    text = normalise_name(name)
    for ending, label, fits in NAME_UNITS:
        if text.endswith(ending):
            return label, fits
    return None


def names(statements: Sequence[Statement]) -> str:
    """``A、B、C`` (at most five names, then ``等``)."""
    shown = "、".join(f"“{s.indicator.name}”" for s in statements[:_LISTED])
    return shown + ("等" if len(statements) > _LISTED else "")
