"""A synthetic province: departments, their performance documents and a year of actuals.

Deterministic given the seed (one ``random.Random``, consumed in a fixed order), and realistic
enough to exercise the scoring rules the way real data does:

* a region tree in 行政区划 codes (省 → 市 → 县), budget units spread over the counties;
* each unit a 部门预算绩效文本: income and expenditure budget, 3 department goals with funding
  blocks and library indicators, and ~5 projects with 25–35 indicators drawn from the indicator
  library (:mod:`jixiao.domain.library`), each with a target, and a quarterly spending plan;
* a year of spending records (monthly, by economic category: a project's cost indicators are
  read from its ledger) and year-end actuals: most targets met, some missed (most of those with a
  deviation explanation, some without), a few far above target, qualitative results as levels
  with an occasional score coefficient, and a tenth of the projects without a satisfaction
  indicator (its points are shared among the other blocks).

:func:`province` only generates (a tool: no database); the application's
:func:`jixiao.app.synth.load_province` writes it through the store's bulk path.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Final

from jixiao.domain.actuals import Actuals, IndicatorRef, SpendingRecord, YearEndActual
from jixiao.domain.library.model import LibraryIndicator, Scope
from jixiao.domain.library.standard import standard_indicators
from jixiao.domain.model import (
    AchievementLevel,
    Department,
    DepartmentBudget,
    DepartmentGoal,
    DeviationCause,
    ExpenditureBudget,
    FundingBlock,
    IncomeBudget,
    Indicator,
    PerformanceDocument,
    Project,
    ProjectAttribute,
    Region,
    SpendingCheckpoint,
)
from jixiao.domain.target import Direction, Target, TargetKind, parse_target

CITIES: Final = ("东阳", "西川", "南平", "北宁", "中兴", "安和", "永丰", "临江", "青石", "白沙")
DEPARTMENT_KINDS: Final = (
    "教育局", "卫生健康局", "民政局", "财政局", "人力资源和社会保障局", "自然资源局",
    "生态环境局", "住房和城乡建设局", "交通运输局", "水利局", "农业农村局", "商务局",
    "文化和旅游局", "应急管理局", "市场监督管理局", "统计局", "医疗保障局", "林业局",
    "审计局", "司法局",
)  # fmt: skip
PROJECT_KINDS: Final = (
    "专项业务经费", "信息化建设运维", "人才培训", "宣传教育", "设施维修改造", "监督检查",
    "公共服务购买", "课题调研", "应急物资储备", "基层能力提升",
)  # fmt: skip
OTHER_CATEGORIES: Final = ("专用材料费", "委托业务费", "劳务费", "其他商品和服务支出")
CAUSES: Final = tuple(DeviationCause)
EXPLANATIONS: Final = ("受疫情影响部分工作延期", "项目实施方案调整", "资金下达较晚", "人员变动")
_CENT: Final = Decimal("0.01")


@dataclass(frozen=True)
class ProvinceSpec:
    """How big a province to make; defaults are issue 5's (10,000 units, 50,000 projects)."""

    units: int = 10_000
    projects_per_unit: int = 5
    year: int = 2024
    seed: int = 1
    province: str = "示范省"
    counties_per_city: int = 10


@dataclass(frozen=True)
class SynthUnit:
    """One department-year: its targets document and its actuals."""

    document: PerformanceDocument
    actuals: Actuals


@dataclass
class LoadStats:
    documents: int = 0
    projects: int = 0
    indicators: int = 0
    spending_records: int = 0
    year_end_actuals: int = 0

    @property
    def rows(self) -> int:
        """Indicators and actuals rows: the rows that grow with the country."""
        return self.indicators + self.spending_records + self.year_end_actuals

    def add(self, unit: SynthUnit) -> None:
        self.documents += 1
        self.projects += len(unit.document.projects)
        self.indicators += sum(1 for _ in unit.document.all_indicators())
        self.spending_records += len(unit.actuals.spending)
        self.year_end_actuals += len(unit.actuals.year_end)


# --- the indicator library ---------------------------------------------------------------------


@dataclass(frozen=True)
class Template:
    """A library indicator with a target maker: (rng) → target text."""

    entry: LibraryIndicator
    target: Callable[[random.Random], str]

    @property
    def is_cost(self) -> bool:
        return self.entry.unit == "万元"


def _target_maker(entry: LibraryIndicator) -> Callable[[random.Random], str]:
    if entry.typical is not None:
        typical = entry.typical
        return lambda rng: typical
    unit = entry.unit or ""
    if entry.direction is Direction.REVERSE:
        return lambda rng: f"≤{rng.randint(20, 400)}{unit}"
    if unit == "%":
        return lambda rng: f"≥{rng.choice((80, 85, 90, 95))}%"
    return lambda rng: f"≥{rng.randint(2, 60) * 5}{unit}"


def _templates(scope: Scope) -> tuple[Template, ...]:
    wanted = {scope, Scope.BOTH}
    return tuple(
        Template(entry, _target_maker(entry))
        for entry in standard_indicators()
        if entry.scope in wanted
    )


PROJECT_TEMPLATES: Final = _templates(Scope.PROJECT)
DEPARTMENT_TEMPLATES: Final = _templates(Scope.DEPARTMENT)
_TARGETS: dict[str, Target] = {}  # parsed once: targets are frozen and shared


def _parsed(text: str) -> Target:
    target = _TARGETS.get(text)
    if target is None:
        target = _TARGETS[text] = parse_target(text)
    return target


def _indicator(template: Template, target_text: str) -> Indicator:
    entry = template.entry
    return Indicator(
        category=entry.category,
        subcategory=entry.subcategory,
        name=entry.name,
        target=_parsed(target_text),
    )


# --- money -------------------------------------------------------------------------------------


def _money(value: float) -> Decimal:
    return Decimal(str(round(value, 2))).quantize(_CENT)


def _split(total: Decimal, parts: int, rng: random.Random) -> list[Decimal]:
    """``total`` in ``parts`` positive-ish amounts that add up exactly."""
    weights = [rng.uniform(0.5, 1.5) for _ in range(parts)]
    scale = float(total) / sum(weights)
    amounts = [_money(w * scale) for w in weights[:-1]]
    return [*amounts, total - sum(amounts, Decimal(0))]


# --- one department-year -----------------------------------------------------------------------


class _UnitMaker:
    """Builds one department-year from the shared generator (order of draws is fixed)."""

    def __init__(self, rng: random.Random, spec: ProvinceSpec) -> None:
        self.rng, self.spec = rng, spec
        self.miss = 0.15  # the share of targets missed; a troubled project misses most

    def unit(self, name: str, region: Region) -> SynthUnit:
        year = self.spec.year
        projects, spending, year_end = [], [], []
        for number in range(1, self.spec.projects_per_unit + 1):
            project, records, readings = self._project(name, number)
            projects.append(project)
            spending += records
            year_end += readings
        goals = [self._goal(number, projects) for number in (1, 2, 3)]
        year_end += [self._reading(g.number, None, i) for g in goals for i in g.indicators]
        project_total = sum((p.budget or Decimal(0) for p in projects), Decimal(0))
        basic = _money(float(project_total) * self.rng.uniform(0.3, 0.8))
        document = PerformanceDocument(
            fiscal_year=year,
            department=Department(name=name, region=region, code=f"{region.code}{len(name):03d}"),
            title=f"{name}{year}年部门预算绩效文本",
            budget=_budget(project_total, basic),
            overall_goal=f"{name}{year}年度整体绩效目标",
            department_goals=goals,
            projects=projects,
        )
        actuals = Actuals(department=name, fiscal_year=year, spending=spending, year_end=year_end)
        return SynthUnit(document, actuals)

    def _goal(self, number: int, projects: Sequence[Project]) -> DepartmentGoal:
        chosen = self.rng.sample(DEPARTMENT_TEMPLATES, 5)
        block = projects[(number - 1) % len(projects)] if projects else None
        return DepartmentGoal(
            number=number,
            text=f"年度整体支出目标{number}",
            funding_block=FundingBlock(name=block.name, amount=block.budget) if block else None,
            indicators=[_indicator(t, t.target(self.rng)) for t in chosen],
        )

    def _project(
        self, department: str, number: int
    ) -> tuple[Project, list[SpendingRecord], list[YearEndActual]]:
        rng = self.rng
        name = f"{department}{rng.choice(PROJECT_KINDS)}项目{number}"
        budget = _money(rng.uniform(20, 800))
        troubled = rng.random() < 0.08
        self.miss = 0.6 if troubled else 0.15
        templates = rng.sample(PROJECT_TEMPLATES, rng.randint(25, 35))
        satisfaction = [t for t in templates if t.entry.code == "P01"]
        if not satisfaction and rng.random() < 0.9:  # most projects ask beneficiaries
            templates[-1] = next(t for t in PROJECT_TEMPLATES if t.entry.code == "P01")
        costs = [t for t in templates if t.is_cost]
        spent = _money(
            float(budget) * (rng.uniform(0.3, 0.7) if troubled else rng.uniform(0.7, 1.05))
        )
        ledger = self._ledger(name, spent, costs)
        indicators = [self._project_indicator(t, ledger) for t in templates]
        year_end = [self._reading(None, name, i) for i in indicators if not _is_cost_name(i)]
        year_end += self._cost_explanations(name, indicators, ledger)
        self.miss = 0.15
        project = Project(
            code=f"P{number:02d}",
            name=name,
            budget=budget,
            fiscal_funds=budget,
            attribute=rng.choice(tuple(ProjectAttribute)),
            spending_plan=_plan(),
            indicators=indicators,
        )
        return project, _records(name, ledger, self.spec.year, rng), year_end

    def _ledger(
        self, project: str, spent: Decimal, costs: Sequence[Template]
    ) -> dict[str, Decimal]:
        """What the project spent by economic category: its cost lines and other items."""
        categories = [_stem(t.entry.name) for t in costs] + list(OTHER_CATEGORIES[:2])
        return dict(zip(categories, _split(spent, len(categories), self.rng), strict=True))

    def _project_indicator(self, template: Template, ledger: dict[str, Decimal]) -> Indicator:
        if not template.is_cost:
            return _indicator(template, template.target(self.rng))
        planned = ledger[_stem(template.entry.name)] * Decimal(str(self.rng.uniform(0.9, 1.15)))
        return _indicator(template, f"≤{_money(float(planned))}万元")

    def _cost_explanations(
        self, project: str, indicators: Sequence[Indicator], ledger: dict[str, Decimal]
    ) -> list[YearEndActual]:
        """An explanation for each cost line its ledger overran (the value is the ledger's)."""
        overrun = [
            i
            for i in indicators
            if _is_cost_name(i) and i.target and ledger[_stem(i.name)] > (i.target.value or 0)
        ]
        return [
            YearEndActual(
                ref=IndicatorRef(project=project, indicator=i.name),
                deviation_explanation=self.rng.choice(EXPLANATIONS),
            )
            for i in overrun
            if self.rng.random() < 0.7
        ]

    def _reading(
        self, goal: int | None, project: str | None, indicator: Indicator
    ) -> YearEndActual:
        rng, target = self.rng, indicator.target
        assert target is not None
        ref = IndicatorRef(project=project, goal=goal, indicator=indicator.name)
        draw = rng.random() * 0.15 / self.miss if self.miss > 0.15 else rng.random()
        missed = draw < 0.15
        explanation = rng.choice(EXPLANATIONS) if missed and rng.random() < 0.7 else None
        causes = [rng.choice(CAUSES)] if explanation else []
        if target.kind is not TargetKind.QUANTITATIVE or target.value is None:
            level, coefficient = _level(draw), None
            if level is not AchievementLevel.ACHIEVED and rng.random() < 0.5:
                coefficient = Decimal(rng.choice(("0.2", "0.5", "0.65", "0.75", "0.9")))
            return YearEndActual(
                ref=ref, level=level, score_coefficient=coefficient,
                deviation_explanation=explanation, deviation_causes=causes,
            )  # fmt: skip
        factor = _factor(draw, rng, indicator.effective_direction)
        return YearEndActual(
            ref=ref, value=_money(float(target.value) * factor), unit=target.unit,
            deviation_explanation=explanation, deviation_causes=causes,
        )  # fmt: skip


def _level(draw: float) -> AchievementLevel:
    if draw < 0.05:
        return AchievementLevel.NOT_ACHIEVED
    return AchievementLevel.PARTIAL if draw < 0.15 else AchievementLevel.ACHIEVED


def _factor(draw: float, rng: random.Random, direction: Direction) -> float:
    """Actual ÷ target: a miss below 0.15, far above target at the top, else met."""
    if direction is Direction.REVERSE:
        return rng.uniform(1.05, 1.6) if draw < 0.15 else rng.uniform(0.0, 1.0)
    if draw < 0.15:
        return rng.uniform(0.5, 0.99)
    return rng.uniform(1.6, 2.2) if draw > 0.97 else rng.uniform(1.0, 1.2)


def _stem(name: str) -> str:
    return name.removesuffix("成本")


def _is_cost_name(indicator: Indicator) -> bool:
    return indicator.name.endswith("成本") and bool(
        indicator.target and indicator.target.unit == "万元"
    )


def _plan() -> list[SpendingCheckpoint]:
    return [
        SpendingCheckpoint(month=month, cumulative_percent=Decimal(percent))
        for month, percent in ((3, 25), (6, 50), (9, 75), (12, 100))
    ]


def _records(
    project: str, ledger: dict[str, Decimal], year: int, rng: random.Random
) -> list[SpendingRecord]:
    """Each category's spending in a few payments over the year."""
    records = []
    for category, amount in ledger.items():
        payments = rng.randint(1, 3)
        for part in _split(amount, payments, rng):
            day = date(year, rng.randint(1, 12), rng.randint(1, 28))
            records.append(
                SpendingRecord(date=day, amount=part, economic_category=category, project=project)
            )
    return records


def _budget(projects: Decimal, basic: Decimal) -> DepartmentBudget:
    personnel = _money(float(basic) * 0.7)
    total = projects + basic
    return DepartmentBudget(
        income=IncomeBudget(total=total, general_public_budget=total),
        expenditure=ExpenditureBudget(
            total=total, personnel=personnel, operating=basic - personnel, project=projects
        ),
    )


# --- the province ------------------------------------------------------------------------------


def regions(spec: ProvinceSpec) -> list[Region]:
    """The counties of the province (行政区划 codes: 省 99, 市 99cc, 县 99cckk)."""
    return [
        Region(name=f"{spec.province}{city}市{county:02d}县", code=f"99{c:02d}{county:02d}")
        for c, city in enumerate(CITIES, start=1)
        for county in range(1, spec.counties_per_city + 1)
    ]


def province(spec: ProvinceSpec) -> Iterator[SynthUnit]:
    """The department-years of the province, in a fixed order."""
    rng = random.Random(spec.seed)
    maker = _UnitMaker(rng, spec)
    counties = regions(spec)
    for index in range(spec.units):
        county = counties[index % len(counties)]
        rank, kind = divmod(index // len(counties), len(DEPARTMENT_KINDS))
        name = f"{county.name}{DEPARTMENT_KINDS[kind]}"
        if rank:
            name += f"所属单位{rank}"
        yield maker.unit(name, county)
