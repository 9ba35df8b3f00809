"""Scoring profiles of the self-evaluation (项目支出绩效自评): weights, bands and ratings.

docs/domain.md §6 is the ``default`` profile: 预算执行率 10 / 产出 50 / 效益 30 / 满意度 10. The
``hebei`` and ``sichuan`` profiles are the provincial variants seen in published forms. A
profile is data: a local practice is a new profile, never a change to the scoring code.

Qualitative results are scored in bands (a share of the indicator's points). The point inside
the band, unless the evaluator gives a coefficient: the band's top for 达成年度指标 (the target
was reached, so full points), the band's midpoint for the two lower levels (the evaluator moves
it up or down within the band with ``score_coefficient``).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Final

from jixiao.domain.framework import Category
from jixiao.domain.model import AchievementLevel
from jixiao.domain.profiles import named_profile

_ALL_CATEGORIES: Final = frozenset(Category)


@dataclass(frozen=True)
class CategoryGroup:
    """A scored block of indicators: its label on the sheet, its points, the 一级 it covers.

    The 成本 category of the newer framework goes with 产出, where older forms keep it as a
    二级 (产出 → 成本指标)."""

    label: str
    weight: Decimal
    categories: frozenset[Category]


@dataclass(frozen=True)
class Band:
    """A share of the points (0–1): ``low``–``high``, and the point used without a coefficient."""

    low: Decimal
    high: Decimal
    default: Decimal

    def contains(self, share: Decimal) -> bool:
        return self.low <= share <= self.high


@dataclass(frozen=True)
class ScoringProfile:
    name: str
    label: str
    budget_weight: Decimal
    groups: tuple[CategoryGroup, ...]
    qualitative: dict[AchievementLevel, Band]
    # 评价等级: the first band whose floor the (presented) total reaches
    ratings: tuple[tuple[Decimal, str], ...] = (
        (Decimal(90), "优"),
        (Decimal(80), "良"),
        (Decimal(60), "中"),
        (Decimal(0), "差"),
    )
    # a positive result above this share of its target is flagged for review (target too low?)
    review_above: Decimal = Decimal("1.5")

    @property
    def total_weight(self) -> Decimal:
        return self.budget_weight + sum((g.weight for g in self.groups), Decimal(0))

    def group_of(self, category: Category) -> CategoryGroup | None:
        for group in self.groups:
            if category in group.categories:
                return group
        return None

    def rating(self, total: Decimal) -> str:
        for floor, label in self.ratings:
            if total >= floor:
                return label
        return self.ratings[-1][1]


def _band(low: str, high: str, default: str) -> Band:
    return Band(Decimal(low), Decimal(high), Decimal(default))


DEFAULT_BANDS: Final = {
    AchievementLevel.ACHIEVED: _band("0.8", "1", "1"),
    AchievementLevel.PARTIAL: _band("0.6", "0.8", "0.7"),
    AchievementLevel.NOT_ACHIEVED: _band("0", "0.6", "0.3"),
}
HEBEI_BANDS: Final = {
    AchievementLevel.ACHIEVED: _band("0.8", "1", "1"),
    AchievementLevel.PARTIAL: _band("0.5", "0.8", "0.65"),
    AchievementLevel.NOT_ACHIEVED: _band("0", "0.5", "0.25"),
}

_OUTPUT: Final = frozenset({Category.OUTPUT, Category.COST})

DEFAULT: Final = ScoringProfile(
    name="default",
    label="财预〔2020〕10号(预算执行率10、产出50、效益30、满意度10)",
    budget_weight=Decimal(10),
    groups=(
        CategoryGroup("产出指标", Decimal(50), _OUTPUT),
        CategoryGroup("效益指标", Decimal(30), frozenset({Category.OUTCOME})),
        CategoryGroup("满意度指标", Decimal(10), frozenset({Category.SATISFACTION})),
    ),
    qualitative=DEFAULT_BANDS,
)
HEBEI: Final = ScoringProfile(
    name="hebei",
    label="河北(预算执行20、产出40、效益及满意度40)",
    budget_weight=Decimal(20),
    groups=(
        CategoryGroup("产出指标", Decimal(40), _OUTPUT),
        CategoryGroup(
            "效果指标", Decimal(40), frozenset({Category.OUTCOME, Category.SATISFACTION})
        ),
    ),
    qualitative=HEBEI_BANDS,
)
SICHUAN: Final = ScoringProfile(
    name="sichuan",
    label="四川(预算执行10、绩效指标90,逐项分值)",
    budget_weight=Decimal(10),
    groups=(CategoryGroup("绩效指标", Decimal(90), _ALL_CATEGORIES),),
    qualitative=DEFAULT_BANDS,
)

PROFILES: Final[dict[str, ScoringProfile]] = {p.name: p for p in (DEFAULT, HEBEI, SICHUAN)}


def scoring_profile(name: str) -> ScoringProfile:
    return named_profile(PROFILES, name, "评分方案")
