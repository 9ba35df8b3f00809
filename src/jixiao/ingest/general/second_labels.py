"""二级 labels of merged cells in a project form's rows, and the 一级 they imply.

A project form states a 二级 label once for the rows its merged cell spans, at about the
cell's middle (``质量指标`` on the second of three rows), as :mod:`.merged_labels` spreads
the 一级 of a goals table: a row below a label takes it; a row within reach of the next
label below (a centred label reaches up as far as it reaches down) and below another is
settled by its name where the name says which (``…率`` is no 数量, ``…成本`` a 成本), and said
so (UNCERTAIN); a row no label reaches keeps what the reader gave it. A row's 一级 is the
one its own line prints, else the one its 二级 belongs to (社会效益 → 效益指标).

A rule of the 部门预算绩效文本, a step of the assembly on
the indicators the general reader read from one project part.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from jixiao.domain.framework import (
    Category,
    Subcategory,
    category_from_label,
    subcategory_from_label,
)
from jixiao.domain.model import Indicator
from jixiao.ingest.general.kinds import Kind, kind_of
from jixiao.ingest.general.merged_labels import spread_labels, uncertain_label
from jixiao.ingest.report import ReportItem
from jixiao.ingest.source import SourceLine

Note = Callable[[ReportItem, Indicator], None]
_QUANTITY_NAME_RE: Final = re.compile(
    r"(?:次数|人数|户数|册数|期数|条数|个数|件数|数量|人次|面积|场次|项数)$"
)
_TIMELINESS_WORDS: Final = ("及时", "按时", "时限", "时效", "周期", "进度")


def subcategory_hints(name: str) -> set[Subcategory]:
    """The 二级 a name can belong to, where the name itself says so."""
    if "满意" in name:
        return {Subcategory.BENEFICIARY_SATISFACTION}
    if name.endswith("成本") or ("费" in name and "成本" in name):
        return {Subcategory.COST, Subcategory.ECONOMIC_COST}
    if any(word in name for word in _TIMELINESS_WORDS):
        return {Subcategory.TIMELINESS}
    if name.endswith("率"):
        return {Subcategory.QUALITY, Subcategory.TIMELINESS}
    if _QUANTITY_NAME_RE.search(name):
        return {Subcategory.QUANTITY}
    return set()


def spread_subcategories(
    indicators: list[Indicator],
    line_of: Callable[[Indicator], SourceLine | None],
    band_of: Callable[[Indicator], int],
    note: Note,
    column: int | None = None,
) -> list[Indicator]:
    """The indicators with the 二级 their rows' merged cells give them and the 一级 that
    follows; a 二级 chosen by the name noted on its indicator. ``column``: where the
    header's 二级指标 stands (a 成本指标 there is a 二级 label, not a 一级)."""
    lines = [line_of(indicator) for indicator in indicators]
    stated = [_printed_subcategory(line, column) for line in lines]
    if not any(stated):
        return indicators
    bands = [band_of(indicator) for indicator in indicators]
    resolved = spread_labels(stated, bands, [subcategory_hints(i.name) for i in indicators])
    out: list[Indicator] = []
    for indicator, line, (sub, how) in zip(indicators, lines, resolved, strict=True):
        if sub is None:
            out.append(indicator)
            continue
        printed = _printed_category(line, column)
        category = printed if printed is not None else sub.category
        if printed is not None and printed is not sub.category:
            sub = None if how != "stated" else sub  # a carried 二级 stops at a new 一级
        if how == "name" and sub is not None:
            note(_by_name(indicator, sub, line), indicator)
        out.append(indicator.model_copy(update={"subcategory": sub, "category": category}))
    return out


def _printed_subcategory(line: SourceLine | None, column: int | None) -> Subcategory | None:
    cells = line.cells if line is not None else ()
    labels = [
        cell
        for at, cell in enumerate(cells)
        if kind_of(cell) is Kind.SUBCATEGORY or (at == column and kind_of(cell) is Kind.CATEGORY)
    ]
    category = _printed_category(line, column)
    return subcategory_from_label(labels[0], category) if labels else None


def _printed_category(line: SourceLine | None, column: int | None) -> Category | None:
    cells = line.cells if line is not None else ()
    labels = [
        cell for at, cell in enumerate(cells) if at != column and kind_of(cell) is Kind.CATEGORY
    ]
    return category_from_label(labels[0]) if labels else None


def _by_name(indicator: Indicator, sub: Subcategory, line: SourceLine | None) -> ReportItem:
    reason = (
        f"二级指标单元格跨行合并,本行位于两个二级指标之间;"
        f"按指标名称“{indicator.name}”判读为{sub.label}"
    )
    return uncertain_label(indicator, line, reason, sub.label)
