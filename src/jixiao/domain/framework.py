"""The indicator framework (docs/domain.md §4): categories (一级) and subcategories (二级).

Documents name the same level in several ways (``效果指标`` in older and Hebei forms for
``效益指标``, ``数量指标`` or ``数量``): :func:`category_from_label` and
:func:`subcategory_from_label` read those labels into the codes the model stores.
"""

from __future__ import annotations

from enum import StrEnum


class Category(StrEnum):
    """一级指标."""

    OUTPUT = "output"  # 产出指标
    OUTCOME = "outcome"  # 效益指标 (效果指标)
    SATISFACTION = "satisfaction"  # 满意度指标
    COST = "cost"  # 成本指标 (newer central framework: level one)

    @property
    def label(self) -> str:
        return _CATEGORY_LABELS[self]


class Subcategory(StrEnum):
    """二级指标."""

    QUANTITY = "quantity"
    QUALITY = "quality"
    TIMELINESS = "timeliness"
    COST = "cost"
    ECONOMIC = "economic"
    SOCIAL = "social"
    ECOLOGICAL = "ecological"
    SUSTAINABILITY = "sustainability"
    BENEFICIARY_SATISFACTION = "beneficiary_satisfaction"
    ECONOMIC_COST = "economic_cost"
    SOCIAL_COST = "social_cost"
    ECOLOGICAL_COST = "ecological_cost"

    @property
    def label(self) -> str:
        return _SUBCATEGORY_LABELS[self]

    @property
    def category(self) -> Category:
        return _SUBCATEGORY_PARENT[self]


_CATEGORY_LABELS: dict[Category, str] = {
    Category.OUTPUT: "产出指标",
    Category.OUTCOME: "效益指标",
    Category.SATISFACTION: "满意度指标",
    Category.COST: "成本指标",
}

_SUBCATEGORY_LABELS: dict[Subcategory, str] = {
    Subcategory.QUANTITY: "数量指标",
    Subcategory.QUALITY: "质量指标",
    Subcategory.TIMELINESS: "时效指标",
    Subcategory.COST: "成本指标",
    Subcategory.ECONOMIC: "经济效益指标",
    Subcategory.SOCIAL: "社会效益指标",
    Subcategory.ECOLOGICAL: "生态效益指标",
    Subcategory.SUSTAINABILITY: "可持续影响指标",
    Subcategory.BENEFICIARY_SATISFACTION: "服务对象满意度指标",
    Subcategory.ECONOMIC_COST: "经济成本指标",
    Subcategory.SOCIAL_COST: "社会成本指标",
    Subcategory.ECOLOGICAL_COST: "生态环境成本指标",
}

_SUBCATEGORY_PARENT: dict[Subcategory, Category] = {
    Subcategory.QUANTITY: Category.OUTPUT,
    Subcategory.QUALITY: Category.OUTPUT,
    Subcategory.TIMELINESS: Category.OUTPUT,
    Subcategory.COST: Category.OUTPUT,
    Subcategory.ECONOMIC: Category.OUTCOME,
    Subcategory.SOCIAL: Category.OUTCOME,
    Subcategory.ECOLOGICAL: Category.OUTCOME,
    Subcategory.SUSTAINABILITY: Category.OUTCOME,
    Subcategory.BENEFICIARY_SATISFACTION: Category.SATISFACTION,
    Subcategory.ECONOMIC_COST: Category.COST,
    Subcategory.SOCIAL_COST: Category.COST,
    Subcategory.ECOLOGICAL_COST: Category.COST,
}

# Stems as they appear in documents, longest first so 生态环境成本 wins over 生态.
_CATEGORY_STEMS: list[tuple[str, Category]] = [
    ("满意度", Category.SATISFACTION),
    ("产出", Category.OUTPUT),
    ("效益", Category.OUTCOME),
    ("效果", Category.OUTCOME),
    ("成本", Category.COST),
]

_SUBCATEGORY_STEMS: list[tuple[str, Subcategory]] = [
    ("生态环境成本", Subcategory.ECOLOGICAL_COST),
    ("服务对象满意", Subcategory.BENEFICIARY_SATISFACTION),
    ("社会公众", Subcategory.BENEFICIARY_SATISFACTION),
    ("满意度", Subcategory.BENEFICIARY_SATISFACTION),
    ("可持续", Subcategory.SUSTAINABILITY),
    ("经济成本", Subcategory.ECONOMIC_COST),
    ("社会成本", Subcategory.SOCIAL_COST),
    ("经济效益", Subcategory.ECONOMIC),
    ("社会效益", Subcategory.SOCIAL),
    ("生态效益", Subcategory.ECOLOGICAL),
    ("数量", Subcategory.QUANTITY),
    ("质量", Subcategory.QUALITY),
    ("时效", Subcategory.TIMELINESS),
    ("成本", Subcategory.COST),
]


def _squash(label: str) -> str:
    # OCR and pipe tables break labels with spaces and line breaks ("产 出 指 标").
    return "".join(label.split())


def category_from_label(label: str) -> Category | None:
    """Read a 一级指标 label (``产出指标``, ``效果指标``, ``满意度``); None if it names none."""
    text = _squash(label)
    for stem, category in _CATEGORY_STEMS:
        if stem in text:
            return category
    return None


def subcategory_from_label(label: str, category: Category | None = None) -> Subcategory | None:
    """Read a 二级指标 label; ``category`` settles ``成本`` (output cost vs level-one cost)."""
    text = _squash(label)
    for stem, subcategory in _SUBCATEGORY_STEMS:
        if stem in text:
            if subcategory is Subcategory.COST and category is Category.COST:
                return Subcategory.ECONOMIC_COST
            return subcategory
    return None
