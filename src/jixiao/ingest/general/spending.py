"""资金支出计划: checkpoints (``3月底`` …) over cumulative percentages (``25%`` …).

The checkpoints stand in one row, the percentages after each in the same row (``3月底 |
20% | 6月底 | 45%``) or under them in the next row; a checkpoint is matched with its
percentage by column, so a lost cell leaves a gap rather than shifting every value.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

from jixiao.domain.model import SpendingCheckpoint
from jixiao.ingest.cells import squashed
from jixiao.ingest.source import SourceLine

_MONTH_RE: Final = re.compile(r"^(?:[^0-9]*?)(?P<month>1[0-2]|[1-9])月(?:底|末)?$")
# a quarter or a half names the month it ends with
_PERIODS: Final = {"一季度": 3, "上半年": 6, "二季度": 6, "三季度": 9, "四季度": 12, "全年": 12}
_PERCENT_RE: Final = re.compile(r"^(?P<percent>\d+(?:\.\d+)?)[%%]$")


def read_spending_plan(lines: list[SourceLine]) -> list[SpendingCheckpoint]:
    for index, line in enumerate(lines):
        cells = [squashed(cell) for cell in line.cells]
        months = [(c, month) for c, cell in enumerate(cells) if (month := _month(cell)) is not None]
        if len(months) < 2:
            continue
        below = (
            [squashed(cell) for cell in lines[index + 1].cells] if index + 1 < len(lines) else []
        )
        plan: list[SpendingCheckpoint] = []
        for column, month in months:
            after = cells[column + 1] if column + 1 < len(cells) else ""
            under = below[column] if column < len(below) else ""
            percent = _PERCENT_RE.match(after) or _PERCENT_RE.match(under)
            if percent is not None:
                plan.append(
                    SpendingCheckpoint(
                        month=month,
                        cumulative_percent=Decimal(percent.group("percent")),
                        label=cells[column],
                    )
                )
        if plan:
            return plan
    return []


def _month(cell: str) -> int | None:
    if (match := _MONTH_RE.match(cell)) is not None:
        return int(match.group("month"))
    return _PERIODS.get(cell)
