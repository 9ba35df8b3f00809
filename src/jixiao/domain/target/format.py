"""Writing a target back: its canonical spelling (:func:`format_target`)."""

from __future__ import annotations

from jixiao.domain.money import format_decimal
from jixiao.domain.target.model import Target, TargetKind
from jixiao.domain.target.periods import _YEAR_RE


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
