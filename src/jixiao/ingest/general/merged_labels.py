"""一级 labels of merged cells in a goal's rows, given to every row they span.

A goals table states a category once for the block of rows its merged cell spans, at about
the middle of the cell, so a label is read on some row of its block, not always the first:

* a row below a label takes it (carried down) until the next label;
* rows above the first label of a band (rows between blank lines: a page break) take it when
  the label's cell reaches up to them: a centred label has about as many rows above it as
  below, so it reaches up at most one row more than it has rows below;
* a row both below one label and within reach of the next is settled by its name where the
  name says which (``…满意度``); otherwise it stays with the label above;
* a row with no label yet takes the last label of the band before (a page break);
* a row above a label that reaches no higher, with no label of its own (the OCR lost its
  cell's text), takes the category that comes before that label in the framework, among
  those the goal uses, and says so (UNCERTAIN).

A rule of the 部门预算绩效文本, a step of the assembly on the
indicators the general reader read from one goal's rows; a goal's label row ends every
merged cell. Rows no label reaches keep the category the reader gave them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final, TypeVar

from jixiao.domain.framework import Category, category_from_label
from jixiao.domain.model import Indicator
from jixiao.ingest.general.kinds import Kind, kind_of
from jixiao.ingest.report import ItemKind, ReportItem
from jixiao.ingest.source import SourceLine

Note = Callable[[ReportItem, Indicator], None]
# The framework's order of the 一级 categories, as a goals table prints them.
_ORDER: Final = (Category.OUTPUT, Category.COST, Category.OUTCOME, Category.SATISFACTION)


def spread_categories(
    indicators: list[Indicator],
    line_of: Callable[[Indicator], SourceLine | None],
    band_of: Callable[[Indicator], int],
    note: Note | None = None,
) -> list[Indicator]:
    """The indicators with the categories their rows' merged cells give them (a category
    read from the framework's order noted on its indicator)."""
    stated = [_stated(indicator, line_of(indicator)) for indicator in indicators]
    if not any(stated):
        return indicators
    bands = [band_of(indicator) for indicator in indicators]
    spread = spread_labels(stated, bands, [_hints(i.name) for i in indicators])
    resolved = [category for category, _ in spread]
    before = _before_labels(stated, resolved, indicators)
    out: list[Indicator] = []
    for indicator, category, label, guess in zip(indicators, resolved, stated, before, strict=True):
        line = line_of(indicator)  # before any copy: rows are found by the read indicator
        if guess is not None:
            category = guess[0]
        if category is not None and category != indicator.category and label is None:
            indicator = indicator.model_copy(update={"category": category})
        if guess is not None and note is not None:
            note(_before_item(indicator, guess[0], guess[1], line), indicator)
        out.append(indicator)
    return out


def _before_labels(
    stated: Sequence[Category | None],
    resolved: Sequence[Category | None],
    indicators: Sequence[Indicator],
) -> list[tuple[Category, Category] | None]:
    """For each row no label reached and that has none of its own, with a label below it:
    (the category before that label in the framework, the label); None for the others."""
    used = {category for category in resolved if category is not None}
    found: list[tuple[Category, Category] | None] = []
    for index, category in enumerate(resolved):
        below = next((k for k in stated[index + 1 :] if k is not None), None)
        if category is not None or indicators[index].category is not None or below is None:
            found.append(None)
            continue
        if below not in _ORDER or _ORDER.index(below) == 0:
            found.append(None)
            continue
        earlier = [c for c in _ORDER[: _ORDER.index(below)] if c in used] or [Category.OUTPUT]
        found.append((earlier[-1], below))
    return found


def _before_item(
    indicator: Indicator, category: Category, below: Category, line: SourceLine | None
) -> ReportItem:
    reason = (
        f"OCR 未识别出该行一级指标单元格的文字;本行位于“{below.label}”单元格之上,"
        f"按指标体系的顺序({category.label}在{below.label}之前)判读为{category.label}"
    )
    return uncertain_label(indicator, line, reason, category.label)


def uncertain_label(
    indicator: Indicator, line: SourceLine | None, reason: str, label: str
) -> ReportItem:
    """The UNCERTAIN item of a label a row was given from its merged cell's neighbours."""
    where = indicator.provenance.get("row")
    return ReportItem(
        kind=ItemKind.UNCERTAIN,
        reason=reason,
        page=where.page if where is not None else None,
        line=line.number if line is not None else None,
        value=label,
    )


def _stated(indicator: Indicator, line: SourceLine | None) -> Category | None:
    """The 一级 label the row prints, where the reader took it for the row's 一级 (a
    ``成本指标`` in the 二级 column is no 一级 label)."""
    if line is None or indicator.category is None:
        return None
    printed = {category_from_label(cell) for cell in line.cells if kind_of(cell) is Kind.CATEGORY}
    return indicator.category if indicator.category in printed else None


def _hints(name: str) -> set[Category]:
    return {Category.SATISFACTION} if "满意" in name else set()


def runs_below(stated: Sequence[object | None], bands: Sequence[int], index: int) -> int:
    """Rows after ``index`` in its band before the next stated label."""
    count = 0
    for k in range(index + 1, len(stated)):
        if bands[k] != bands[index] or stated[k] is not None:
            break
        count += 1
    return count


def nearest(
    stated: Sequence[object | None], bands: Sequence[int], index: int, step: int
) -> int | None:
    k = index + step
    while 0 <= k < len(stated) and bands[k] == bands[index]:
        if stated[k] is not None:
            return k
        k += step
    return None


_L = TypeVar("_L")


def spread_labels(
    stated: Sequence[_L | None], bands: Sequence[int], hints: Sequence[set[_L]]
) -> list[tuple[_L | None, str]]:
    """Each row's label from the labels its merged cells print on some rows: the label
    above, or the one below where the row stands within the reach of the merged cell below
    it (the one the row's name hints at, between two); a page break's band goes on. With how
    each was found: ``stated``, ``down``, ``up``, ``name`` (by the hint) or ``band``."""
    result: list[tuple[_L | None, str]] = []
    for i, label in enumerate(stated):
        if label is not None:
            result.append((label, "stated"))
            continue
        above, below = nearest(stated, bands, i, -1), nearest(stated, bands, i, 1)
        reach = False
        if below is not None:
            rows_below = runs_below(stated, bands, below)
            reach = rows_below >= 1 and below - i <= rows_below + 1
        if above is not None and below is not None and reach:
            up, down = stated[below], stated[above]
            chosen = (up, "name") if up in hints[i] and down not in hints[i] else (down, "down")
            result.append(chosen)
        elif above is not None:
            result.append((stated[above], "down"))
        elif below is not None and reach:
            result.append((stated[below], "up"))
        else:
            result.append((None, ""))
    for i, (label, _) in enumerate(result):  # a page break: the band before goes on
        if label is None and i > 0 and result[i - 1][0] is not None and bands[i - 1] != bands[i]:
            result[i] = (result[i - 1][0], "band")
        elif label is None and i > 0 and result[i - 1][1] == "band":
            result[i] = result[i - 1]
    return result
