"""Reading actuals against indicators: shared by monitoring and self-evaluation scoring.

* A reported number is converted into the target's unit (exactly, see :mod:`units`).
* A cost indicator (成本 subcategory, or a name ending in 成本, with a money target) is checked
  against the spending records whose economic category it names: ``接待费成本`` ↔ ``接待费``
  (also ``公务接待费``: a category ending in the stem counts, as budget ledgers prefix 公务).
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Final

from jixiao.domain.actuals import Actuals, SpendingRecord, total_amount
from jixiao.domain.framework import Category, Subcategory
from jixiao.domain.model import DepartmentGoal, Indicator, PerformanceDocument
from jixiao.domain.money import is_money_unit
from jixiao.domain.target import Target, TargetKind
from jixiao.domain.units import convert_quantity

COST_SUBCATEGORIES: Final = frozenset({Subcategory.COST, Subcategory.ECONOMIC_COST})
COST_SUFFIXES: Final = ("成本", "支出")


def quantity_in_target_unit(target: Target, value: Decimal, unit: str | None) -> Decimal:
    """``value`` (in ``unit``) in the target's unit; a missing unit on either side is taken as
    the same unit. Raises ValueError (Chinese) for units of different kinds."""
    if unit is None or target.unit is None:
        return value
    return convert_quantity(value, unit, target.unit)


def is_cost_indicator(indicator: Indicator) -> bool:
    target = indicator.target
    if target is None:
        return False
    kind, unit = target.kind, target.unit
    return cost_line(indicator.name, indicator.category, indicator.subcategory, kind, unit)


def cost_line(
    name: str,
    category: str | None,
    subcategory: str | None,
    target_kind: str | None,
    target_unit: str | None,
) -> bool:
    """Whether an indicator, given as its stored fields, is a cost line: a quantitative money
    target of a cost (sub)category, or named …成本/…支出."""
    if target_kind != TargetKind.QUANTITATIVE or not target_unit or not is_money_unit(target_unit):
        return False
    named_cost = name.strip().endswith(COST_SUFFIXES)
    return subcategory in COST_SUBCATEGORIES or category == Category.COST or named_cost


def cost_stem(indicator: Indicator) -> str:
    """The economic category a cost indicator names: ``接待费成本`` → ``接待费``."""
    return stem_of(indicator.name)


def stem_of(name: str) -> str:
    """A cost line's name less layout spaces and its 成本/支出 suffix."""
    compact = "".join(name.split())
    for suffix in COST_SUFFIXES:
        if compact.endswith(suffix) and len(compact) > len(suffix):
            return compact.removesuffix(suffix)
    return compact


def cost_line_stem(indicator: Indicator) -> str | None:
    """The stem of a cost indicator's economic category, or None for any other indicator: what
    the store writes beside each indicator, so set-based SQL reads this decision, not a copy."""
    return cost_stem(indicator) if is_cost_indicator(indicator) else None


def category_matches(stem: str, category: str | None) -> bool:
    """Whether spending in ``category`` counts against a cost line of ``stem`` (layout spaces
    aside, the category is the stem or ends with it: ``公务接待费`` for ``接待费``)."""
    if not category:
        return False
    written = "".join(category.split())
    return written == stem or written.endswith(stem)


def cost_records(indicator: Indicator, records: Iterable[SpendingRecord]) -> list[SpendingRecord]:
    stem = cost_stem(indicator)
    return [r for r in records if category_matches(stem, r.economic_category)]


def spent_in_target_unit(indicator: Indicator, records: Iterable[SpendingRecord]) -> Decimal:
    """What the records of the indicator's category add up to, in the target's money unit."""
    spent = total_amount(cost_records(indicator, records))  # 万元
    target = indicator.target
    unit = target.unit if target is not None and target.unit else "万元"
    return convert_quantity(spent, "万元", unit)


def has_categorised_spending(records: Iterable[SpendingRecord]) -> bool:
    """Whether the ledger is broken down by economic category at all: only then does "no
    record of 接待费" mean "nothing spent on 接待费" rather than "not known"."""
    return any(record.economic_category for record in records)


def goal_ledger(
    document: PerformanceDocument, goal: DepartmentGoal, actuals: Actuals
) -> list[SpendingRecord]:
    """The records that fund a department goal: those booked to it and, when its funding block
    names a project of the document (目标3 ↔ 侨务工作经费), that project's records."""
    records = actuals.spending_of(goal=goal.number)
    block = goal.funding_block
    if block is not None and block.name in {project.name for project in document.projects}:
        records = [*records, *actuals.spending_of(project=block.name)]
    return records
