"""一级/二级 indicator labels in a form's cells, carried down the rows they span.

A label cell is exactly a level's name, however written (:func:`cells.category_label`,
:func:`cells.subcategory_label`): ``产出指标``, ``产 出 指 标``, ``数量``, ``服务对象满意度指标``;
a name such as ``培训学员对培训效果满意度`` is no label though it holds a level's word. A label
split over two cells leaves a lone ``指标`` behind, read as part of the label before it. Merged
cells are written once, so each label holds for the rows below it until another replaces it
(:class:`LevelCarry`); a 一级 label repeated in the middle of its group (a merged cell centred
on its rows) keeps the 二级 label.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from jixiao.domain.framework import Category, Subcategory
from jixiao.ingest.cells import category_label, is_label_tail, squash, subcategory_label

# 二级 labels of the newer framework's 一级 成本指标.
_COST_LEVELS: Final = frozenset(
    {Subcategory.ECONOMIC_COST, Subcategory.SOCIAL_COST, Subcategory.ECOLOGICAL_COST}
)


def is_level_label(text: str) -> bool:
    """Whether a cell is a 一级 or 二级 label (or the remnant of one split in two)."""
    return (
        is_label_tail(text)
        or category_label(text) is not None
        or subcategory_label(text) is not None
    )


def _is_cost(text: str) -> bool:
    return squash(text).startswith("成本")


@dataclass
class LevelCarry:
    """The 一级/二级 labels in force, updated by the label cells of each row."""

    category: Category | None = None
    subcategory: Subcategory | None = None

    def read(self, labels: list[str]) -> None:
        """Apply the label cells of one row, left to right."""
        for position, text in enumerate(labels):
            if is_label_tail(text):
                continue
            if _is_cost(text) and self._cost_is_subcategory(labels[position + 1 :]):
                self._set_subcategory(Subcategory.COST)
            elif (category := category_label(text)) is not None:
                self._set_category(category)
            else:
                self._set_subcategory(subcategory_label(text, self.category))

    def _cost_is_subcategory(self, later: list[str]) -> bool:
        # 成本 is a 二级 label under 产出 (older framework) and a 一级 label in the newer one,
        # where a 二级 label (经济成本 …) follows it.
        if any(subcategory_label(text, Category.COST) in _COST_LEVELS for text in later):
            return False
        return self.category in (Category.OUTPUT, None)

    def _set_category(self, category: Category) -> None:
        if category is self.category:
            return
        self.category = category
        if self.subcategory is not None and self.subcategory.category is not category:
            self.subcategory = None

    def _set_subcategory(self, subcategory: Subcategory | None) -> None:
        if subcategory is None:
            return
        self.subcategory = subcategory
        parent = Category.OUTPUT if subcategory is Subcategory.COST else subcategory.category
        self.category = parent
