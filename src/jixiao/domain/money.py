"""Money units (元/千元/万元/亿元) and exact printing of Decimal values.

Budget documents mix 元 and 万元 freely (``预算数 8 万元`` next to ``≤12000元``); every
conversion here is an exact shift of the decimal exponent, never a float and never a rounded
division, so a value converted there and back is the value it was.
"""

from __future__ import annotations

from decimal import Decimal

# Each money unit as a power of ten of 元: a conversion is an exact exponent shift.
MONEY_EXPONENTS: dict[str, int] = {"元": 0, "千元": 3, "万元": 4, "亿元": 8}


def format_decimal(d: Decimal) -> str:
    """Print ``d`` exactly: no exponent, no trailing zeros (``1.10`` → ``1.1``, ``1E+2`` → ``100``).

    Negative zero prints as ``0``. NaN and infinities are not amounts: they raise ValueError.
    """
    if not d.is_finite():
        raise ValueError(f"数值“{d}”不是有限数,无法输出")
    text = format(d, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def shift_exponent(value: Decimal, places: int) -> Decimal:
    """``value × 10**places``, exactly (``Decimal.scaleb`` would round to the context precision).

    The result is written plainly (``15000``, not ``1.5E+4``; ``1.2``, not ``1.2000``).
    """
    sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):  # NaN or infinity: nothing to shift
        raise ValueError(f"数值“{value}”不是有限数,无法换算")
    return Decimal(format_decimal(Decimal((sign, digits, exponent + places))))


def is_money_unit(unit: str) -> bool:
    return unit in MONEY_EXPONENTS


def convert(value: Decimal, from_unit: str, to_unit: str) -> Decimal:
    """Convert an amount between 元/千元/万元/亿元, exactly.

    ``convert(Decimal(12000), "元", "万元")`` → ``Decimal("1.2")``.
    """
    for unit in (from_unit, to_unit):
        if unit not in MONEY_EXPONENTS:
            raise ValueError(f"“{unit}”不是金额单位(可用:元、千元、万元、亿元)")
    return shift_exponent(value, MONEY_EXPONENTS[from_unit] - MONEY_EXPONENTS[to_unit])


def to_wanyuan(value: Decimal, unit: str) -> Decimal:
    """The amount in 万元, the unit budget tables are written in."""
    return convert(value, unit, "万元")
