"""The spending plan (资金支出计划) and the calendar of the fiscal year, day-precise.

* A checkpoint without a day (``3月底``) falls on the last day of its month.
* The plan is 0% on 1 January and runs in straight lines between checkpoints, counted in days:
  on 15 May 2020, between 3月底 (31 March, 25%) and 6月底 (30 June, 50%), 45 of the 91 days
  have passed, so the plan stands at 25 + 25 × 45/91 = 37.36%. After the last checkpoint the
  plan stays at its last value.
* The elapsed share of the year is month/12 at the end of month N, as the 1-N月 forms count
  it, and day-precise in between: (full months + day ÷ days in the month) ÷ 12.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from itertools import pairwise

from jixiao.domain.model import SpendingCheckpoint


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def checkpoint_date(year: int, checkpoint: SpendingCheckpoint) -> date:
    last = calendar.monthrange(year, checkpoint.month)[1]
    day = last if checkpoint.day is None else min(checkpoint.day, last)
    return date(year, checkpoint.month, day)


def planned_percent(plan: Sequence[SpendingCheckpoint], at: date, year: int) -> Decimal | None:
    """The cumulative % of the budget the plan expects spent by the end of ``at``; None when
    the project has no plan."""
    if not plan:
        return None
    points = [(date(year, 1, 1), Decimal(0))]
    points += sorted((checkpoint_date(year, c), c.cumulative_percent) for c in plan)
    if at <= points[0][0]:
        return Decimal(0)
    for (start, low), (end, high) in pairwise(points):
        if at <= end and end > start:
            return low + (high - low) * Decimal((at - start).days) / Decimal((end - start).days)
    return points[-1][1]


def elapsed_share(at: date, year: int) -> Decimal:
    """The share of the fiscal year gone by the end of ``at`` (0–1)."""
    if at.year < year:
        return Decimal(0)
    if at.year > year:
        return Decimal(1)
    days = calendar.monthrange(year, at.month)[1]
    return (Decimal(at.month - 1) + Decimal(at.day) / Decimal(days)) / Decimal(12)
