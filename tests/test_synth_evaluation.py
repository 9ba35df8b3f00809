"""The synthetic province (deterministic, realistic mix) and the set-based evaluation, which
must give every project the score :func:`evaluate_project` gives it, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from cli_support import run_cli
from jixiao.app import region
from jixiao.app.region import evaluate_projects_in_parallel
from jixiao.app.synth import load_province, store_units
from jixiao.app.uow import Database
from jixiao.domain.achievement import (
    has_categorised_spending,
    is_cost_indicator,
    spent_in_target_unit,
)
from jixiao.domain.actuals import Actuals
from jixiao.domain.framework import Category
from jixiao.domain.model import Project
from jixiao.domain.scoring import ScoreSheet, evaluate_project, scoring_profile
from jixiao.store.actuals import add_actuals, department_id_of, load_actuals
from jixiao.store.evaluation_sql import ProjectScore, evaluate_projects
from jixiao.tools.synth import ProvinceSpec, SynthUnit, province

SPEC = ProvinceSpec(units=12, seed=11)


def test_the_province_is_deterministic_given_the_seed() -> None:
    first = [unit.document.model_dump() for unit in province(SPEC)]
    again = [unit.document.model_dump() for unit in province(SPEC)]
    other = [unit.document.model_dump() for unit in province(ProvinceSpec(units=12, seed=12))]
    assert first == again and first != other


def test_the_province_looks_like_a_province() -> None:
    units = list(province(ProvinceSpec(units=40, seed=5)))
    names = [unit.document.department.name for unit in units]
    assert len(set(names)) == len(names)
    codes = [
        unit.document.department.region.code for unit in units if unit.document.department.region
    ]
    # 40 units over the first 40 counties (6-digit codes: province 99, city, county)
    assert len(set(codes)) == 40 and all(code and len(code) == 6 for code in codes)
    projects = [p for unit in units for p in unit.document.projects]
    assert len(projects) == 200
    assert all(25 <= len(p.indicators) <= 35 for p in projects)
    assert all(len(unit.document.department_goals) == 3 for unit in units)
    year_end = [a for unit in units for a in unit.actuals.year_end]
    explained = sum(1 for a in year_end if a.deviation_explanation)
    assert 0 < explained < len(year_end) / 3
    assert any(a.score_coefficient is not None for a in year_end)
    no_satisfaction = [
        p for p in projects if all(i.category is not Category.SATISFACTION for i in p.indicators)
    ]
    assert 0 < len(no_satisfaction) < len(projects) / 4
    assert all(unit.actuals.spending for unit in units)


def test_sql_scores_equal_the_per_project_scores(engine: Engine) -> None:
    load_province(engine, SPEC, batch=5)
    units = list(province(SPEC))
    sources: Counter[str] = Counter()
    for name in ("default", "hebei", "sichuan"):
        profile = scoring_profile(name)
        with Session(engine) as session:
            scored = {row.project: row for row in evaluate_projects(session, SPEC.year, profile)}
        assert len(scored) == SPEC.units * SPEC.projects_per_unit
        for unit in units:
            for project in unit.document.projects:
                sheet = evaluate_project(project, unit.actuals, profile)
                row = scored[project.name]
                assert row.unsupported == 0
                assert abs(row.total - sheet.total) <= Decimal("0.01"), project.name
                assert row.rating == sheet.rating
                sources.update(_kinds(project, sheet))
    # The sample covers the rules the province exercises.
    assert {"band", "coefficient", "ledger", "missed", "empty_group"} <= set(sources)


def _kinds(project: Project, sheet: ScoreSheet) -> set[str]:
    kinds = (
        {"band"}
        if any(i.target and i.target.kind == "qualitative" for i in project.indicators)
        else set()
    )
    if any(is_cost_indicator(i) for i in project.indicators):
        kinds.add("ledger")
    if any(row.met is False for row in sheet.rows):
        kinds.add("missed")
    if any(f.code == "empty_group" for f in sheet.findings):
        kinds.add("empty_group")
    if any(f.code == "coefficient_out_of_band" for f in sheet.findings) or any(
        row.met is False and row.actual.startswith(("部分", "未达")) for row in sheet.rows
    ):
        kinds.add("coefficient")
    return kinds


def test_region_filter_scores_only_that_region(engine: Engine) -> None:
    load_province(engine, ProvinceSpec(units=3, seed=2))
    profile = scoring_profile("default")
    with Session(engine) as session:
        everything = evaluate_projects(session, 2024, profile)
        one_county = evaluate_projects(session, 2024, profile, region_code="990101")
        nowhere = evaluate_projects(session, 2023, profile)
    assert len(everything) == 15 and len(one_county) == 5 and nowhere == []


def test_shards_scored_at_once_give_the_scores_of_one_statement(engine: Engine) -> None:
    spec = ProvinceSpec(units=7, seed=9)
    load_province(engine, spec)
    profile = scoring_profile("hebei")
    with Session(engine) as session:
        whole = evaluate_projects(session, spec.year, profile)
        county = evaluate_projects(session, spec.year, profile, region_code="990102")
    assert len(whole) == 35
    for workers in (2, 3):
        _same(evaluate_projects_in_parallel(engine, spec.year, profile, workers=workers), whole)
    in_county = evaluate_projects_in_parallel(
        engine, spec.year, profile, region_code="990102", workers=2
    )
    _same(in_county, county)
    assert len(county) == 5


def _same(scores: list[ProjectScore], expected: list[ProjectScore]) -> None:
    """The same projects, ratings and counts; totals equal but for the order of a float sum."""
    assert [replace(s, total=Decimal(0)) for s in scores] == [
        replace(s, total=Decimal(0)) for s in expected
    ]
    assert all(
        abs(s.total - e.total) < Decimal("1e-9") for s, e in zip(scores, expected, strict=True)
    )


def test_a_second_year_end_actual_of_an_indicator_is_unsupported_not_double_counted(
    engine: Engine,
) -> None:
    spec = ProvinceSpec(units=2, seed=4)
    load_province(engine, spec)
    unit = next(iter(province(spec)))
    first = unit.actuals.year_end[0]
    profile = scoring_profile("default")
    with Session(engine) as session:
        before = {row.project: row for row in evaluate_projects(session, spec.year, profile)}
        found = department_id_of(session, unit.document.department.name, "示范省东阳市01县")
        # The Python rules take the first; SQL does not pick among them: it says so.
        add_actuals(session, found, spec.year, Actuals(year_end=[first]))
        after = {row.project: row for row in evaluate_projects(session, spec.year, profile)}
    project = first.ref.project
    assert project is not None
    assert before[project].unsupported == 0 and after[project].unsupported == 1
    others = [name for name in before if name != project]
    assert others and all(after[name] == before[name] for name in others)


# How each project of the unit books its spending: the category as generated, or rewritten.
REBOOKED: tuple[Callable[[str], str | None], ...] = (
    lambda category: None,  # a ledger without categories: its cost lines have no reading
    lambda category: "",  # an empty category names none either
    lambda category: f"公务{category}",  # a category ending in the stem counts
    lambda category: " ".join(category),  # layout spaces inside the category do not matter
    lambda category: "其他商品和服务支出",  # categorised, but nothing of the cost lines': 0 spent
)


def test_cost_lines_read_the_categories_their_stems_name_as_the_python_rules_do(
    engine: Engine,
) -> None:
    spec = ProvinceSpec(units=1, seed=5)
    unit = next(iter(province(spec)))
    names = [project.name for project in unit.document.projects]
    assert len(names) == len(REBOOKED)
    spending = [
        record.model_copy(
            update={
                "economic_category": REBOOKED[names.index(record.project or "")](
                    record.economic_category or ""
                )
            }
        )
        for record in unit.actuals.spending
    ]
    actuals = unit.actuals.model_copy(update={"spending": spending})
    with Session(engine) as session, session.begin():
        store_units(session, [SynthUnit(unit.document, actuals)])
    profile = scoring_profile("default")
    with Session(engine) as session:
        scored = {row.project: row for row in evaluate_projects(session, spec.year, profile)}
        department = unit.document.department
        assert department.region is not None
        found = department_id_of(session, department.name, department.region.name)
        stored = load_actuals(session, found, spec.year, department.name)
    spent: list[Decimal | None] = []  # None: the ledger names no category
    for project in unit.document.projects:
        records = stored.spending_of(project=project.name)
        costs = [i for i in project.indicators if is_cost_indicator(i)]
        assert costs, project.name
        categorised = has_categorised_spending(records)
        total = sum((spent_in_target_unit(i, records) for i in costs), Decimal(0))
        spent.append(total if categorised else None)
        sheet = evaluate_project(project, stored, profile)
        row = scored[project.name]
        assert row.unsupported == 0
        assert abs(row.total - sheet.total) <= Decimal("0.01"), project.name
        assert row.rating == sheet.rating
    # The cases are the ones named: no reading twice, a prefixed and a spaced category found,
    # and a categorised ledger where the cost lines spent nothing.
    assert spent[0] is None and spent[1] is None
    assert spent[2] and spent[3] and spent[4] == 0


def test_synth_command(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'synth.sqlite3'}"
    result = run_cli("synth", "--units", "2", "--projects-per-unit", "2", "--seed", "3", db=url)
    assert result.returncode == 0, result.stderr
    assert "2 个预算单位,4 个项目" in result.stdout


def test_a_small_year_is_one_statement_and_a_big_one_a_shard_per_core(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_province(engine, ProvinceSpec(units=7, seed=9))
    database = Database(str(engine.url.render_as_string(hide_password=False)))
    monkeypatch.setattr("os.cpu_count", lambda: 4)
    assert region._default_shards(database, 2024) == 1  # 7 documents: one statement
    monkeypatch.setattr(region, "SHARD_MIN_DOCUMENTS", 2)
    assert region._default_shards(database, 2024) == 3  # 7 // 2
    monkeypatch.setattr(region, "SHARD_MIN_DOCUMENTS", 1)
    assert region._default_shards(database, 2024) == 4  # never more shards than cores
    assert region._default_shards(database, 2023) == 1  # an empty year
