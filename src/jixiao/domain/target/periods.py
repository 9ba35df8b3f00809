"""Periods: dates and date ranges (``2023.07-2024.01``, ``2023年12月底前``, ``6月底前``) read
into ``YYYY-MM`` or ``YYYY-MM-DD`` bounds (``--MM`` without a year)."""

from __future__ import annotations

import calendar
import re
from typing import Final

from jixiao.domain.target.lexicon import DEADLINE_VERBS
from jixiao.domain.target.model import Target, TargetKind, TargetSyntaxError


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
_MONTH_ENDS: Final = ("底", "末")
_YEAR_EDGE_RE: Final = re.compile(r"[当本]?年(?P<edge>底|末)|年内")
# The form's own year said in words before a month (当年12月底前, 本年度6月30日): no year
# is named, the month is the form's year's, read as a date without one
_THIS_YEAR_RE: Final = re.compile(r"[当本]年度?(?=[0-9]{1,2}月)")
_RANGE_SEPARATOR_RE: Final = re.compile(r" ?(?:至|到|~|-{1,2}) ?")
_DEADLINE_RE: Final = re.compile(
    r"(?:于|在)?(?P<date>.+?)(?:之前|以前|前)(?:结束|落实|实施|完工"
    rf"|{DEADLINE_VERBS})?"
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
    part = _THIS_YEAR_RE.sub("", part, count=1) if part[:1] in "当本" else part
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
    ``12月底`` (``6月末``) is a month's end, never a count: a date, its year the form's.
    """
    dotted_only = "年" not in compact and "月" not in compact and "-" not in compact
    shaped = (
        _YEAR_MONTH_DAY_RE.fullmatch(compact)
        or _MONTH_DAY_RE.fullmatch(compact)
        or (_YEAR_MONTH_RE.fullmatch(compact) and not dotted_only)
        or ((month := _MONTH_RE.fullmatch(compact)) and month["edge"] in _MONTH_ENDS)
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


def _read_at_most_date(text: str, compact: str) -> Target | None:
    """``≤9月15日``, ``<=2024年11月30日``: a bound on a day (or a year's month) is a
    deadline, as ``9月15日前`` is. ``≤12月`` alone stays a count of months."""
    match = _AT_MOST_DATE_RE.fullmatch(compact)
    if match is None:
        return None
    try:
        end = _read_date(match["date"], True, None)
    except _BadDate as bad:
        raise TargetSyntaxError(text, str(bad)) from None
    return Target(kind=TargetKind.PERIOD, text=text, end=end) if end else None


# a day with its month, or a month with its year: a date, never a count
_AT_MOST_DATE_RE: Final = re.compile(
    r"[≤<](?P<date>(?:[0-9]{4}年)?[0-9]{1,2}月[0-9]{1,2}日|[0-9]{4}年[0-9]{1,2}月(?:底|末)?"
    r"|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2})"
)


def _read_period(text: str, norm: str) -> Target | None:
    compact = norm.replace(" ", "")
    if not any(ch.isdigit() for ch in compact) and "年" not in compact:
        return None
    if end := _read_bound(text, _DEADLINE_RE.fullmatch(compact), True):
        return Target(kind=TargetKind.PERIOD, text=text, end=end)
    if compact[:1] in "≤<" and (bounded := _read_at_most_date(text, compact)):
        return bounded
    if start := _read_bound(text, _SINCE_RE.fullmatch(compact), False):
        return Target(kind=TargetKind.PERIOD, text=text, start=start)
    return _read_year(text, norm) or _read_range(text, compact) or _read_single_date(text, compact)
