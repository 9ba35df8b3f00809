"""一级/二级 labels of merged cells, given to every row they span.

A table states a category once for the block of rows its merged cell spans, at about the
middle of the cell, so a label is read on some row of its block, not always the first:

* a row below a label takes it (carried down) until the next label;
* rows above the first label of a band (rows between blank lines: a page break repeats
  the label on the new page) take it when the label's cell reaches up to them: a centred
  label has about as many rows above it as below, so it reaches up at most one row more
  than it has rows below; a label on the last row of its run is a one-row cell;
* a row both below one label and within reach of the next is settled by its name where
  the name says which (``…率`` is no quantity, ``…成本`` a cost); otherwise it stays with
  the label above;
* a row with no label yet takes the last label of the band before (a page break);
* a category is implied by a stated subcategory (社会效益 → 效益指标);
* rows above a one-row cell with no label of their own take the category that comes before
  it in the framework (产出 before 效益), as a repair the report lists.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final, TypeVar

from jixiao.domain.framework import Category, Subcategory
from jixiao.ingest.general.merged_labels import nearest, runs_below
from jixiao.ingest.genres.department_performance.context import ROW, Fix
from jixiao.ingest.genres.department_performance.fold import TableItem
from jixiao.ingest.report import ItemKind

Label = TypeVar("Label", Category, Subcategory)

_ORDER: Final = (Category.OUTPUT, Category.COST, Category.OUTCOME, Category.SATISFACTION)
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


def resolve(
    stated: Sequence[Label | None],
    bands: Sequence[int],
    hints: Callable[[int], set[Label]],
) -> list[tuple[Label | None, str]]:
    """Each row's label and how it was found (see the module docstring)."""
    result: list[tuple[Label | None, str]] = []
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
            hint = hints(i)
            chosen = (up, "name") if up in hint and down not in hint else (down, "down")
            result.append(chosen)
        elif above is not None:
            result.append((stated[above], "down"))
        elif below is not None and reach:
            result.append((stated[below], "up"))
        else:
            result.append((None, ""))
    return _carry_across_bands(result, bands)


def _carry_across_bands(
    result: list[tuple[Label | None, str]], bands: Sequence[int]
) -> list[tuple[Label | None, str]]:
    for i, (label, _) in enumerate(result):
        if label is None and i > 0 and result[i - 1][0] is not None and bands[i - 1] != bands[i]:
            result[i] = (result[i - 1][0], "band")
        elif label is None and i > 0 and result[i - 1][1] == "band":
            result[i] = result[i - 1]
    return result


def resolve_labels(items: list[TableItem]) -> None:
    """Give every item its category and subcategory (see the module docstring)."""
    bands = [item.band for item in items]
    subs = resolve(
        [item.stated_subcategory for item in items],
        bands,
        lambda i: subcategory_hints(items[i].draft.name),
    )
    for item, (sub, how) in zip(items, subs, strict=True):
        item.draft.subcategory = sub
        if how == "name" and sub is not None:
            _note_by_name(item, sub.label)

    def category_hints(i: int) -> set[Category]:
        sub = items[i].draft.subcategory
        if sub is not None:
            return {sub.category}
        return {Category.SATISFACTION} if "满意" in items[i].draft.name else set()

    cats = resolve([item.stated_category for item in items], bands, category_hints)
    for index, (item, (category, how)) in enumerate(zip(items, cats, strict=True)):
        item.draft.category = _final_category(item, category, how)
        if item.draft.category is None:
            item.draft.category = _category_before(items, cats, index)


def _final_category(item: TableItem, category: Category | None, how: str) -> Category | None:
    sub = item.draft.subcategory
    if sub is None:
        return category
    if category is Category.COST and sub is Subcategory.COST:
        item.draft.subcategory = Subcategory.ECONOMIC_COST  # 成本指标 at both levels
        return category
    if how == "stated" and item.stated_subcategory is None and category is not sub.category:
        item.draft.subcategory = None  # a subcategory carried down stops at a new category
        return category
    if how == "stated" and category is not sub.category:
        reason = (
            f"一级指标“{item.category_text}”与二级指标“{item.subcategory_text}”不相符,按原文保留"
        )
        item.draft.fixes.append(Fix(ROW, ItemKind.UNCERTAIN, reason, item.draft.line))
        return category
    return sub.category


def _category_before(
    items: list[TableItem], cats: list[tuple[Category | None, str]], index: int
) -> Category | None:
    """For a row above a one-row label cell, with no label of its own: the category that
    comes before that label in the framework, among those the table uses."""
    below = next(
        (cats[k][0] for k in range(index + 1, len(items)) if items[k].stated_category), None
    )
    if below is None or below not in _ORDER or _ORDER.index(below) == 0:
        return None
    used = {category for category, _ in cats if category is not None}
    earlier = [c for c in _ORDER[: _ORDER.index(below)] if c in used] or [Category.OUTPUT]
    category = earlier[-1]
    reason = (
        f"OCR 未识别出该行一级指标单元格的文字;本行位于“{below.label}”单元格之上,"
        f"按指标体系的顺序({category.label}在{below.label}之前)判读为{category.label}"
    )
    item = items[index]
    item.draft.fixes.append(
        Fix(ROW, ItemKind.UNCERTAIN, reason, item.draft.line, None, category.label)
    )
    return category


def _note_by_name(item: TableItem, label: str) -> None:
    reason = (
        f"二级指标单元格跨行合并,本行位于两个二级指标之间;"
        f"按指标名称“{item.draft.name}”判读为{label}"
    )
    item.draft.fixes.append(Fix(ROW, ItemKind.UNCERTAIN, reason, item.draft.line, None, label))
