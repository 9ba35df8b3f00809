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
_PERCENT_RE: Final = re.compile(r"^(?P<percent>\d+(?:\.\d+)?)[%%]$")


def read_spending_plan(lines: list[SourceLine]) -> list[SpendingCheckpoint]:
    for index, line in enumerate(lines):
        cells = [squashed(cell) for cell in line.cells]
        months = [(column, m) for column, cell in enumerate(cells) if (m := _MONTH_RE.match(cell))]
        if len(months) < 2:
            continue
        below = (
            [squashed(cell) for cell in lines[index + 1].cells] if index + 1 < len(lines) else []
        )
        plan: list[SpendingCheckpoint] = []
        for column, match in months:
            after = cells[column + 1] if column + 1 < len(cells) else ""
            under = below[column] if column < len(below) else ""
            percent = _PERCENT_RE.match(after) or _PERCENT_RE.match(under)
            if percent is not None:
                plan.append(
                    SpendingCheckpoint(
                        month=int(match.group("month")),
                        cumulative_percent=Decimal(percent.group("percent")),
                        label=match.group(0),
                    )
                )
        if plan:
            return plan
    return []
