"""Monitoring profiles (docs/domain.md §5): warning colours and their thresholds, as data.

* Budget execution against time: value = 执行率 ÷ elapsed share of the year; red < 60%,
  yellow 60–80%, green ≥ 80%. The same bands grade execution against the spending plan.
* Indicators: red < 60%, yellow 60–80%, green 80–120%, blue ≥ 120% (far above the path: the
  target may be too low).
* A gap of more than 10 points between target progress and budget execution is a warning.
* ``strict``: the provincial checkpoints on top, cumulative execution at least 25% by the end of
  April, 40% of June, 60% of August, 80% of October (red when below).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Final

from jixiao.domain.profiles import named_profile


class Colour(StrEnum):
    GREEN = "green"
    BLUE = "blue"
    YELLOW = "yellow"
    RED = "red"

    @property
    def label(self) -> str:
        return {"green": "绿", "blue": "蓝", "yellow": "黄", "red": "红"}[self.value]

    @property
    def rank(self) -> int:
        """How much attention it asks for: red, then yellow, then blue (a target that may be
        set too low needs a look), then green (none)."""
        return {"green": 0, "blue": 1, "yellow": 2, "red": 3}[self.value]


def worst(colours: list[Colour]) -> Colour | None:
    return max(colours, key=lambda colour: colour.rank) if colours else None


@dataclass(frozen=True)
class Bands:
    """Colour of a percentage: the first floor (highest first) the value reaches."""

    floors: tuple[tuple[Decimal, Colour], ...]
    below: Colour = Colour.RED

    def colour(self, percent: Decimal) -> Colour:
        for floor, colour in self.floors:
            if percent >= floor:
                return colour
        return self.below


@dataclass(frozen=True)
class Checkpoint:
    """Cumulative execution of at least ``percent`` by the end of ``month``."""

    month: int
    percent: Decimal


_ACCRUING_UNITS: Final = "次 人 人次 户 户次 册 期 个 项 条 件 篇 场 场次 批 批次 名 家 份 本 课时"


@dataclass(frozen=True)
class MonitoringProfile:
    name: str
    label: str
    budget_bands: Bands
    indicator_bands: Bands
    checkpoints: tuple[Checkpoint, ...] = ()
    gap_points: Decimal = Decimal(10)
    # units of counted things that accrue over the year and so have a pro-rata path
    accruing_units: frozenset[str] = frozenset(_ACCRUING_UNITS.split(" "))


_P = Decimal
BUDGET_BANDS: Final = Bands(((_P(80), Colour.GREEN), (_P(60), Colour.YELLOW)))
INDICATOR_BANDS: Final = Bands(
    ((_P(120), Colour.BLUE), (_P(80), Colour.GREEN), (_P(60), Colour.YELLOW))
)

DEFAULT: Final = MonitoringProfile(
    name="default",
    label="执行率÷时间进度:红<60%、黄60–80%、绿≥80%;指标:红<60%、黄60–80%、绿80–120%、蓝≥120%",
    budget_bands=BUDGET_BANDS,
    indicator_bands=INDICATOR_BANDS,
)
STRICT: Final = MonitoringProfile(
    name="strict",
    label="在默认规则之上:4月底累计执行率≥25%、6月底≥40%、8月底≥60%、10月底≥80%",
    budget_bands=BUDGET_BANDS,
    indicator_bands=INDICATOR_BANDS,
    checkpoints=(
        Checkpoint(4, _P(25)),
        Checkpoint(6, _P(40)),
        Checkpoint(8, _P(60)),
        Checkpoint(10, _P(80)),
    ),
)
PROFILES: Final[dict[str, MonitoringProfile]] = {p.name: p for p in (DEFAULT, STRICT)}


def monitoring_profile(name: str) -> MonitoringProfile:
    return named_profile(PROFILES, name, "监控方案")
