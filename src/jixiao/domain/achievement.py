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
    if target is None or target.kind is not TargetKind.QUANTITATIVE or not target.unit:
        return False
    if not is_money_unit(target.unit):
        return False
    named_cost = indicator.name.strip().endswith(COST_SUFFIXES)
    return (
        indicator.subcategory in COST_SUBCATEGORIES
        or indicator.category is Category.COST
        or named_cost
    )


def cost_stem(indicator: Indicator) -> str:
    """The economic category a cost indicator names: ``接待费成本`` → ``接待费``."""
    name = "".join(indicator.name.split())
    for suffix in COST_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name.removesuffix(suffix)
    return name


def _category_matches(stem: str, category: str | None) -> bool:
    if not category:
        return False
    written = "".join(category.split())
    return written == stem or written.endswith(stem)


def cost_records(indicator: Indicator, records: Iterable[SpendingRecord]) -> list[SpendingRecord]:
    stem = cost_stem(indicator)
    return [r for r in records if _category_matches(stem, r.economic_category)]


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
