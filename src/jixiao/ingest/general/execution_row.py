"""The budget's execution scored as a row of a self-evaluation's indicator table.

A self-evaluation may score its 预算执行 in the indicator table itself, a row with no 二级 or
三级 label and no target: ``| 预算执行 | | | | 97.59% | 20 | 19.52 |`` (实际完成值, 分值,
得分). It is no indicator: it is the 预算执行率 row of the funding table, its 分值 and 得分
the total's. Its figure, read as the row's target or its actual, is the execution rate the
funding states; an indicator 预算执行率 with a target of its own (``≥95%``) is left as it
is. The row is taken out of the indicators and its figures given to the 年度资金总额 row
where that row does not state them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Final

from jixiao.domain.model import FundingExecution, FundingSource, Indicator

_LABEL_RE: Final = re.compile(r"(?:项目|部门)?(?:预算|资金)执行(?:率|情况)?(?:\(\d{1,3}分\))?")


def execution_in_table(
    indicators: Sequence[Indicator], rows: Sequence[FundingExecution]
) -> tuple[list[Indicator], list[FundingExecution]]:
    """The indicators without a scored 预算执行 row, and the funding rows with its figures."""
    total = next((row for row in rows if row.source is FundingSource.TOTAL), None)
    if total is None:
        return list(indicators), list(rows)
    found = next((item for item in indicators if _is_execution_row(item, total)), None)
    if found is None:
        return list(indicators), list(rows)
    score = found.result.score if found.result is not None else None
    update: dict[str, Decimal] = {}
    if total.weight is None and found.weight is not None:
        update["weight"] = found.weight
    if total.score is None and score is not None:
        update["score"] = score
    if not update:
        return list(indicators), list(rows)
    kept = [item for item in indicators if item is not found]
    return kept, [row.model_copy(update=update) if row is total else row for row in rows]


def _is_execution_row(indicator: Indicator, total: FundingExecution) -> bool:
    """A scored row named 预算执行(率) whose only figure is the funding's execution rate."""
    if indicator.weight is None or _LABEL_RE.fullmatch(indicator.name.replace(" ", "")) is None:
        return False
    target = indicator.target
    if target is None:
        return indicator.target_placeholder is None
    actual = indicator.result.actual if indicator.result is not None else None
    rate = total.execution_rate
    return target.operator is None and rate is not None and rate in (target.value, actual)
