"""An indicator table's rows in a template's columns, 一级/二级 labels merged over their runs."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import TypeVar

from jixiao.domain.model import Indicator, TargetBasis
from jixiao.domain.money import format_decimal
from jixiao.domain.target import Target, TargetKind
from jixiao.report.layout import Cell
from jixiao.report.templates import COLUMNS, WIDTHS, Template

BASIS_LABELS: dict[TargetBasis, str] = {
    TargetBasis.PLAN: "计划标准",
    TargetBasis.HISTORICAL: "历史标准",
    TargetBasis.INDUSTRY: "行业标准",
    TargetBasis.EXPENDITURE_STANDARD: "预算支出标准",
    TargetBasis.OTHER: "其他",
}
MERGED_COLUMNS = ("category", "subcategory")
T = TypeVar("T")


def header(columns: Sequence[str]) -> tuple[Cell, ...]:
    return tuple(Cell(COLUMNS[c], "header") for c in columns)


def widths(columns: Sequence[str]) -> tuple[float, ...]:
    return tuple(WIDTHS[c] for c in columns)


def category_text(indicator: Indicator, template: Template) -> str:
    if indicator.category is None:
        return ""
    return template.category_label(indicator.category.value, indicator.category.label)


def subcategory_text(indicator: Indicator) -> str:
    return indicator.subcategory.label if indicator.subcategory else ""


def target_text(target: Target | None, placeholder: str | None = None) -> str:
    """The target as the form states it (its own text), or the placeholder written instead."""
    if target is not None:
        return target.text
    return placeholder or ""


def split_target(target: Target | None, placeholder: str | None) -> tuple[str, str, str]:
    """指标性质 | 指标值 | 度量单位 of a target: ``≥`` | ``95`` | ``%``, or ``定性`` | ``良好``."""
    if target is None:
        return "", placeholder or "", ""
    if target.kind is TargetKind.QUANTITATIVE and target.value is not None:
        nature = target.operator.value if target.operator is not None else "="
        return nature, format_decimal(target.value), _written_unit(target)
    return "定性", target.text, ""


_WRITTEN = re.compile(r"\s*[≥>=<≤]?\s*[0-9]+(?:\.[0-9]+)?\s*(?P<unit>\S.*)?$")


def _written_unit(target: Target) -> str:
    """The unit as the target's text writes it (``平米``), else the normalised one."""
    match = _WRITTEN.match(target.text)
    if match is not None and match.group("unit"):
        return match.group("unit").strip()
    return target.unit or ""


def _amount(value: Decimal | None) -> Cell:
    return Cell(value, "number")


def indicator_cell(indicator: Indicator, column: str, template: Template) -> Cell:
    """The cell of one column (except the merged 一级/二级) for an indicator."""
    nature, value, unit = split_target(indicator.target, indicator.target_placeholder)
    text: dict[str, Callable[[], str | None]] = {
        "name": lambda: indicator.name,
        "definition": lambda: indicator.definition,
        "target": lambda: target_text(indicator.target, indicator.target_placeholder),
        "nature": lambda: nature,
        "value": lambda: value,
        "unit": lambda: unit,
        "target_basis": lambda: _basis(indicator),
        "remark": lambda: indicator.remark,
        "direction": lambda: f"{indicator.direction.label}指标" if indicator.direction else None,
        "actual": lambda: indicator.result.actual_text if indicator.result else None,
        "deviation": lambda: indicator.result.deviation_explanation if indicator.result else None,
    }
    if column in text:
        return Cell(text[column]() or None)
    result = indicator.result
    numbers: dict[str, Decimal | None] = {
        "weight": indicator.weight,
        "score": result.score if result else None,
        "score_coefficient": result.score_coefficient if result else None,
    }
    return _amount(numbers.get(column))


def _basis(indicator: Indicator) -> str | None:
    if indicator.target_basis_note:
        return indicator.target_basis_note
    return BASIS_LABELS[indicator.target_basis] if indicator.target_basis else None


def spans(labels: Sequence[str], within: Sequence[int] | None = None) -> list[int]:
    """For each row, the rowspan of its label's cell (0: covered by the cell above).

    A run is a stretch of equal labels; ``within`` (the spans of an outer column) keeps a run
    inside its outer cell.
    """
    result = [0] * len(labels)
    breaks = {i for i, span in enumerate(within or []) if span > 0}
    start = 0
    for index in range(1, len(labels) + 1):
        if index == len(labels) or labels[index] != labels[start] or index in breaks:
            result[start] = index - start
            start = index
    return result


def indicator_rows(
    indicators: Sequence[Indicator],
    columns: Sequence[str],
    template: Template,
    lead: Sequence[Cell] = (),
) -> list[tuple[Cell, ...]]:
    """The body rows of an indicator table: 一级/二级 merged over their runs; ``lead`` cells
    (e.g. the 项目名称及金额 of a department goal) start the first row, spanning all rows."""
    return merged_rows(
        indicators,
        columns,
        lambda i: category_text(i, template),
        subcategory_text,
        lambda i, column: indicator_cell(i, column, template),
        lead,
    )


def merged_rows(
    items: Sequence[T],
    columns: Sequence[str],
    category: Callable[[T], str],
    subcategory: Callable[[T], str],
    cell: Callable[[T, str], Cell],
    lead: Sequence[Cell] = (),
) -> list[tuple[Cell, ...]]:
    """Rows of any indicator-like items, the 一级 and 二级 columns merged over their runs."""
    categories = [category(item) for item in items]
    category_spans = spans(categories)
    pairs = [f"{categories[n]}\0{subcategory(item)}" for n, item in enumerate(items)]
    subcategory_spans = spans(pairs, category_spans)
    rows: list[tuple[Cell, ...]] = []
    for n, item in enumerate(items):
        row: list[Cell] = list(lead) if n == 0 else []
        for column in columns:
            if column == "category":
                if category_spans[n]:
                    row.append(Cell(categories[n] or None, "label", rowspan=category_spans[n]))
            elif column == "subcategory":
                if subcategory_spans[n]:
                    label = subcategory(item) or None
                    row.append(Cell(label, "label", rowspan=subcategory_spans[n]))
            else:
                row.append(cell(item, column))
        rows.append(tuple(row))
    return rows
