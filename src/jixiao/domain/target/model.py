"""The target's types: :class:`Target` (kind, operator, exact value, unit, standard, period),
:class:`Operator`, :class:`TargetKind`, :class:`Direction` and :class:`TargetSyntaxError`."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from pydantic import BaseModel, ConfigDict


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
        from jixiao.domain.target.format import format_target  # format reads the model

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
