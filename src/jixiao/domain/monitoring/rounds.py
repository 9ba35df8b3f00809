"""Monitoring rounds (监控轮次) as users name them: "1-6月" covers January to the end of June.

A round is reported on the actuals entered up to its last day, so the rounds a department
can report are those whose months its recorded actuals reach (pure: no I/O).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from jixiao.domain.actuals import Actuals
from jixiao.domain.monitoring.spending_plan import month_end
from jixiao.errors import InputError

_LABEL: Final = re.compile(r"^1-(1[0-2]|[1-9])月$")


def round_label(month: int) -> str:
    """The round ending with ``month`` (1..12): "1-6月"."""
    if not 1 <= month <= 12:
        raise InputError(f"监控轮次的截止月份应在 1 到 12 之间,而不是 {month}")
    return f"1-{month}月"


def round_month(label: str) -> int:
    """The last month of a round named like "1-6月" (InputError in Chinese otherwise)."""
    found = _LABEL.match(label.strip())
    if found is None:
        raise InputError(f"监控轮次“{label}”应写作“1-N月”(N 为 1 到 12),如“1-6月”")
    return int(found.group(1))


def round_end(label: str, fiscal_year: int) -> date:
    """The last day a round covers: the end of its last month in the fiscal year."""
    return month_end(fiscal_year, round_month(label))


def data_month(actuals: Actuals, fiscal_year: int) -> int | None:
    """The last month of the fiscal year that the in-year actuals (payments and progress
    reports) reach; None when nothing is recorded for the year."""
    dates = [r.date for r in actuals.spending] + [r.date for r in actuals.progress]
    months = [d.month for d in dates if d.year == fiscal_year]
    return max(months) if months else None


def reportable(actuals: Actuals, fiscal_year: int) -> list[str]:
    """The rounds the recorded actuals can support, latest first ("1-N月" for every N up
    to the last month with data)."""
    last = data_month(actuals, fiscal_year)
    return [] if last is None else [round_label(m) for m in range(last, 0, -1)]
