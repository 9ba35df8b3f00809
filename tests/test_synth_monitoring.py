"""Set-based monitoring must give every project what :func:`monitor` gives it: execution rates,
the plan at the date, colours and warnings, on SQLite and PostgreSQL."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from jixiao.app.synth import load_province, store_units
from jixiao.domain.actuals import Actuals, IndicatorRef, ProgressRecord, SpendingRecord
from jixiao.domain.model import (
    AchievementLevel,
    Department,
    FundingExecution,
    FundingSource,
    Indicator,
    Likelihood,
    PerformanceDocument,
    Project,
    Region,
    SpendingCheckpoint,
)
from jixiao.domain.monitoring import Colour, MonitoringProfile, monitor, monitoring_profile
from jixiao.domain.monitoring.report import MonitoringReport
from jixiao.domain.target import TargetKind, parse_target
from jixiao.store.monitoring_sql import ProjectMonitoringRow, monitor_projects
from jixiao.tools.synth import ProvinceSpec, SynthUnit, province

SPEC = ProvinceSpec(units=6, seed=7)
YEAR = SPEC.year
CENT = Decimal("0.01")
AS_OF_DATES = (
    date(2024, 1, 1),  # the first day: the plan stands at 0
    date(2024, 2, 15),  # before the first checkpoint
    date(2024, 3, 31),  # exactly on a checkpoint (3月底)
    date(2024, 5, 15),  # between checkpoints
    date(2024, 8, 31),  # the strict profile's third checkpoint
    date(2024, 12, 31),  # year end
)
_D = Decimal


def _cp(month: int, percent: int, day: int | None = None) -> SpendingCheckpoint:
    return SpendingCheckpoint(month=month, day=day, cumulative_percent=_D(percent))


# Spending plans beyond the synthetic quarterly one: out of order, with days, two checkpoints
# on one day, one on 1 January, a day past the month's end, a plan that stops in summer.
PLANS: tuple[list[SpendingCheckpoint], ...] = (
    [_cp(6, 30, 15), _cp(3, 10), _cp(12, 100)],
    [],
    [_cp(1, 5, 1), _cp(4, 20), _cp(4, 35), _cp(9, 70, 10), _cp(12, 95)],
    [_cp(2, 15, 31), _cp(7, 60)],
)


def _progress(rng: random.Random, project: Project) -> list[ProgressRecord]:
    """Progress reports on some of the project's indicators (cumulative, a few a year)."""
    records: list[ProgressRecord] = []
    for indicator in project.indicators:
        target = indicator.target
        if target is None or rng.random() < 0.4:
            continue
        for _ in range(rng.randint(1, 2)):
            day = date(YEAR, rng.randint(1, 12), rng.randint(1, 28))
            likelihood = rng.choice((None, *Likelihood))
            ref = IndicatorRef(project=project.name, indicator=indicator.name)
            if target.kind is TargetKind.QUANTITATIVE and target.value is not None:
                value = (target.value * _D(str(rng.uniform(0.1, 1.4)))).quantize(CENT)
                unit = target.unit if rng.random() < 0.7 else None
                records.append(
                    ProgressRecord(ref=ref, date=day, value=value, unit=unit, likelihood=likelihood)
                )
            else:
                level = rng.choice(tuple(AchievementLevel))
                records.append(
                    ProgressRecord(ref=ref, date=day, level=level, likelihood=likelihood)
                )
    return records


def _vary(units: Sequence[SynthUnit]) -> list[SynthUnit]:
    """The synthetic province with varied plans, stated execution, uncategorised ledgers and
    progress reports, so every rule of monitoring is exercised."""
    rng = random.Random(3)
    varied = []
    counter = 0
    for unit in units:
        projects, spending, progress = [], list(unit.actuals.spending), []
        for project in unit.document.projects:
            counter += 1
            changes: dict[str, object] = {"spending_plan": PLANS[counter % len(PLANS)]}
            if counter % 5 == 0:  # a monitoring form's 项目资金 table instead of a ledger
                spending = [r for r in spending if r.project != project.name]
                budget = project.budget or _D(100)
                changes["execution_as_of_month"] = 5
                changes["funding_execution"] = [
                    FundingExecution(
                        source=FundingSource.TOTAL,
                        initial_budget=budget,
                        full_year_budget=budget + _D(10),
                        executed=(budget * _D("0.4")).quantize(CENT),
                    )
                ]
            elif counter % 7 == 0:  # a ledger without economic categories
                spending = _rebooked(spending, project.name, lambda category: None)
            elif counter % 11 == 0:  # categories ending in the cost lines' stems
                spending = _rebooked(spending, project.name, lambda category: f"公务{category}")
            elif counter % 13 == 0:  # layout spaces inside the categories
                spending = _rebooked(spending, project.name, " ".join)
            varied_project = project.model_copy(update=changes)
            projects.append(varied_project)
            progress += _progress(rng, varied_project)
        document = unit.document.model_copy(update={"projects": projects})
        actuals = unit.actuals.model_copy(update={"spending": spending, "progress": progress})
        varied.append(SynthUnit(document, actuals))
    return varied


def _rebooked(
    spending: list[SpendingRecord], project: str, category: Callable[[str], str | None]
) -> list[SpendingRecord]:
    """The project's records booked to another economic category."""
    return [
        r.model_copy(update={"economic_category": category(r.economic_category or "")})
        if r.project == project
        else r
        for r in spending
    ]


def _project_warnings(report: MonitoringReport, project: str) -> Counter[Colour]:
    where = f"项目“{project}”"
    return Counter(w.colour for w in report.warnings if w.location.startswith(where))


def _close(first: Decimal | None, second: Decimal | None) -> bool:
    if first is None or second is None:
        return first is second
    return abs(first - second) <= CENT


def _assert_same(row: ProjectMonitoringRow, report: MonitoringReport) -> None:
    expected = report.project(row.project)
    budget = expected.budget
    assert _close(row.rate, budget.rate), (row.project, row.rate, budget.rate)
    assert _close(row.planned, budget.planned), (row.project, row.planned, budget.planned)
    assert _close(row.executed, budget.executed)
    assert row.time_colour == budget.time_colour
    assert row.plan_colour == budget.plan_colour
    assert row.checkpoint_colour == budget.checkpoint_colour
    colours = Counter(s.colour for s in expected.indicators if s.colour is not None)
    assert {c: n for c, n in row.indicator_colours.items() if n} == dict(colours), row.project
    assert row.target_colour == expected.colour
    assert _close(row.target_progress, expected.target_progress)
    assert +row.warnings == _project_warnings(report, row.project), row.project


@pytest.fixture
def varied_province(engine: Engine) -> list[SynthUnit]:
    units = _vary(list(province(SPEC)))
    with Session(engine) as session, session.begin():
        store_units(session, units)
    return units


@pytest.mark.parametrize("profile_name", ["default", "strict"])
def test_sql_monitoring_equals_the_per_department_monitoring(
    engine: Engine, varied_province: list[SynthUnit], profile_name: str
) -> None:
    profile = monitoring_profile(profile_name)
    seen: Counter[str] = Counter()
    for as_of in AS_OF_DATES:
        with Session(engine) as session:
            rows = {row.project: row for row in monitor_projects(session, YEAR, as_of, profile)}
        assert len(rows) == SPEC.units * SPEC.projects_per_unit
        for unit in varied_province:
            report = monitor(unit.document, unit.actuals, as_of, profile)
            for project in unit.document.projects:
                row = rows[project.name]
                assert row.unsupported == 0
                _assert_same(row, report)
                seen.update(_kinds(row, report))
                if project.funding_execution and row.executed is not None:
                    seen["stated"] += 1
    # The sample reaches every colour and every kind of grading.
    wanted = {f"budget.{c.value}" for c in (Colour.GREEN, Colour.YELLOW, Colour.RED)}
    wanted |= {f"indicator.{c.value}" for c in Colour}
    wanted |= {"no_plan", "stated", "pro_rata", "level", "limit", "gap"}
    if profile_name == "strict":
        wanted.add("checkpoint.red")
    assert wanted <= set(seen), wanted - set(seen)


def _kinds(row: ProjectMonitoringRow, report: MonitoringReport) -> set[str]:
    expected = report.project(row.project)
    kinds = {f"indicator.{c.value}" for c, n in row.indicator_colours.items() if n}
    kinds |= {f"budget.{c.value}" for c in (row.time_colour, row.plan_colour) if c is not None}
    kinds |= {str(s.path.value) for s in expected.indicators if s.colour is not None}
    if row.checkpoint_colour is Colour.RED:
        kinds.add("checkpoint.red")
    if row.planned is None:
        kinds.add("no_plan")
    if row.gap_warning:
        kinds.add("gap")
    return kinds


def test_region_prefix_restricts_the_projects(engine: Engine) -> None:
    load_province(engine, ProvinceSpec(units=3, seed=2))
    profile = monitoring_profile("default")
    as_of = date(2024, 6, 30)
    with Session(engine) as session:
        everything = monitor_projects(session, 2024, as_of, profile)
        one_county = monitor_projects(session, 2024, as_of, profile, region_code="990101")
        one_city = monitor_projects(session, 2024, as_of, profile, region_code="9901")
        nowhere = monitor_projects(session, 2023, as_of, profile)
    county = next(unit for unit in province(ProvinceSpec(units=3, seed=2)))
    assert len(everything) == 15 and len(one_city) == 15
    assert {row.project for row in one_county} == {p.name for p in county.document.projects}
    assert nowhere == []


# --- hand-made cases: one per colour -------------------------------------------------------------


def _indicator(name: str, target: str) -> Indicator:
    return Indicator(name=name, target=parse_target(target))


def _document(projects: list[Project]) -> PerformanceDocument:
    region = Region(name="示范省样例县", code="990999")
    return PerformanceDocument(
        fiscal_year=YEAR, department=Department(name="样例局", region=region), projects=projects
    )


def _project(name: str, indicators: list[Indicator]) -> Project:
    quarterly = [_cp(3, 25), _cp(6, 50), _cp(9, 75), _cp(12, 100)]
    return Project(name=name, budget=_D(100), spending_plan=quarterly, indicators=indicators)


def _spend(project: str, amount: str, category: str = "劳务费") -> SpendingRecord:
    return SpendingRecord(
        date=date(YEAR, 6, 1), amount=_D(amount), economic_category=category, project=project
    )


def _report(
    project: str, indicator: str, value: str, likelihood: Likelihood | None = None
) -> ProgressRecord:
    ref = IndicatorRef(project=project, indicator=indicator)
    return ProgressRecord(ref=ref, date=date(YEAR, 6, 15), value=_D(value), likelihood=likelihood)


def _store(engine: Engine, document: PerformanceDocument, actuals: Actuals) -> None:
    with Session(engine) as session, session.begin():
        store_units(session, [SynthUnit(document, actuals)])


def _hand_made(engine: Engine) -> tuple[PerformanceDocument, Actuals]:
    document = _document(
        [
            _project("绿色项目", [_indicator("培训人次", "≥1000人次")]),
            _project("黄色项目", [_indicator("培训人次", "≥1000人次")]),
            _project("红色项目", [_indicator("接待费成本", "≤2万元")]),
            _project("蓝色项目", [_indicator("培训人次", "≥1000人次")]),
            _project("待完成项目", [_indicator("建成平台", "=1个")]),
        ]
    )
    actuals = Actuals(
        spending=[
            _spend("绿色项目", "50"),  # 50% at the end of June: on plan
            _spend("黄色项目", "35"),  # 35 of 50: 70%
            _spend("红色项目", "10"),
            _spend("红色项目", "3", "公务接待费"),  # over the 2万元 limit
            _spend("蓝色项目", "50"),
            _spend("待完成项目", "50"),
        ],
        progress=[
            _report("绿色项目", "培训人次", "500"),  # half way at the half year
            _report("黄色项目", "培训人次", "350"),
            _report("蓝色项目", "培训人次", "900"),  # far above the path
            _report("待完成项目", "建成平台", "0", Likelihood.IMPOSSIBLE),
        ],
    )
    _store(engine, document, actuals)
    return document, actuals


def test_each_colour_of_a_hand_made_department(engine: Engine) -> None:
    document, actuals = _hand_made(engine)
    profile: MonitoringProfile = monitoring_profile("default")
    as_of = date(YEAR, 6, 30)
    with Session(engine) as session:
        rows = {row.project: row for row in monitor_projects(session, YEAR, as_of, profile)}
    report = monitor(document, actuals, as_of, profile)
    for row in rows.values():
        _assert_same(row, report)
    green, yellow, red = rows["绿色项目"], rows["黄色项目"], rows["红色项目"]
    assert green.rate == _D(50) and green.planned == _D(50)
    assert green.time_colour is Colour.GREEN and green.colour is Colour.GREEN
    assert yellow.plan_colour is Colour.YELLOW and yellow.colour is Colour.YELLOW
    assert yellow.indicator_colours[Colour.YELLOW] == 1
    assert red.rate == _D(13) and red.time_colour is Colour.RED
    assert red.indicator_colours[Colour.RED] == 1 and red.colour is Colour.RED
    assert rows["蓝色项目"].target_colour is Colour.BLUE
    assert rows["蓝色项目"].gap_warning
    pending = rows["待完成项目"]
    assert pending.indicator_colours[Colour.RED] == 1 and pending.unsupported == 0


UNSUPPORTED = [
    pytest.param("2024年10月底前", {"text": "2024年9月"}, id="period-text"),
    pytest.param("优秀", {"text": "良好"}, id="qualitative-text"),
    pytest.param("≥1000人次", {"text": "完成800人次"}, id="quantitative-text"),
    pytest.param("≤20万元", {"value": _D(150000), "unit": "元"}, id="other-unit"),
]


@pytest.mark.parametrize(("target", "reading"), UNSUPPORTED)
def test_a_reading_that_needs_the_text_rules_is_counted_unsupported_not_guessed(
    engine: Engine, target: str, reading: dict[str, object]
) -> None:
    document = _document([_project("文字项目", [_indicator("完成情况", target)])])
    ref = IndicatorRef(project="文字项目", indicator="完成情况")
    record = ProgressRecord.model_validate({"ref": ref, "date": date(YEAR, 5, 1), **reading})
    _store(engine, document, Actuals(progress=[record]))
    with Session(engine) as session:
        [row] = monitor_projects(session, YEAR, date(YEAR, 6, 30), monitoring_profile("default"))
    assert row.unsupported == 1 and not any(row.indicator_colours.values())


def test_the_first_report_recorded_on_the_latest_day_counts(engine: Engine) -> None:
    document = _document([_project("同日项目", [_indicator("培训人次", "≥1000人次")])])
    reports = [
        _report("同日项目", "培训人次", "100"),  # 20% of the path: red
        _report("同日项目", "培训人次", "900"),  # same day, recorded later
        ProgressRecord(
            ref=IndicatorRef(project="同日项目", indicator="培训人次"),
            date=date(YEAR, 7, 1),  # after the date: not yet
            value=_D(500),
        ),
    ]
    actuals = Actuals(progress=reports)
    _store(engine, document, actuals)
    as_of = date(YEAR, 6, 30)
    with Session(engine) as session:
        [row] = monitor_projects(session, YEAR, as_of, monitoring_profile("default"))
    _assert_same(row, monitor(document, actuals, as_of, monitoring_profile("default")))
    assert row.indicator_colours[Colour.RED] == 1


def test_a_project_without_plan_spending_or_reports_has_nothing_to_grade(engine: Engine) -> None:
    project = Project(name="空项目", budget=_D(10), indicators=[_indicator("培训人次", "≥10人次")])
    _store(engine, _document([project]), Actuals())
    with Session(engine) as session:
        [row] = monitor_projects(session, YEAR, date(YEAR, 6, 30), monitoring_profile("strict"))
    assert (row.executed, row.rate, row.planned, row.colour) == (None, None, None, None)
    assert +row.warnings == Counter() and row.unsupported == 0
