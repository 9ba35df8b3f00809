"""``jixiao region evaluate`` and ``jixiao region monitor`` as a user runs them, on a small
synthetic province."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session

from cli_support import run_cli
from jixiao.app.synth import load_province
from jixiao.domain.actuals import Actuals
from jixiao.domain.monitoring import monitor, monitoring_profile
from jixiao.domain.scoring import evaluate_project, present, scoring_profile
from jixiao.store import db
from jixiao.store.actuals import add_actuals, department_id_of
from jixiao.tools.synth import ProvinceSpec, SynthUnit, province

SPEC = ProvinceSpec(units=3, seed=2)
COUNTY = "990101"


@pytest.fixture(scope="module")
def url(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("region") / "province.sqlite3"
    found = f"sqlite:///{path}"
    engine = db.create_engine_for(found)
    db.upgrade(engine)
    load_province(engine, SPEC)
    engine.dispose()
    return found


def _json(url: str, *args: str) -> Any:
    result = run_cli("region", *args, "--json", db=url)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_region_evaluate_json_scores_every_project_as_the_per_project_code(url: str) -> None:
    report = _json(url, "evaluate", "--year", "2024", "--profile", "hebei")
    profile = scoring_profile("hebei")
    expected = {
        project.name: evaluate_project(project, unit.actuals, profile)
        for unit in province(SPEC)
        for project in unit.document.projects
    }
    projects = {row["project"]: row for row in report["projects"]}
    assert set(projects) == set(expected)
    for name, sheet in expected.items():
        assert abs(Decimal(projects[name]["total"]) - present(sheet.total)) <= Decimal("0.01")
        assert projects[name]["rating"] == sheet.rating
    summary = report["summary"]
    assert sum(summary["ratings"].values()) == summary["projects"] == 15
    totals = [Decimal(row["total"]) for row in report["projects"]]
    assert abs(Decimal(summary["mean"]) - sum(totals, Decimal(0)) / len(totals)) <= Decimal("0.01")


def test_a_project_sql_cannot_score_is_scored_by_the_per_project_rules(tmp_path: Path) -> None:
    found = f"sqlite:///{tmp_path / 'twice.sqlite3'}"
    engine = db.create_engine_for(found)
    db.upgrade(engine)
    load_province(engine, SPEC)
    unit = next(iter(province(SPEC)))
    first = unit.actuals.year_end[0]
    with Session(engine) as session, session.begin():
        department = department_id_of(session, unit.document.department.name, unit_region(unit))
        # A second year-end actual of the same indicator: SQL does not pick among them.
        add_actuals(session, department, SPEC.year, Actuals(year_end=[first]))
    engine.dispose()
    report = _json(found, "evaluate", "--year", "2024", "--workers", "2")
    twice = [row for row in report["projects"] if row["by_project_rules"]]
    assert [row["project"] for row in twice] == [first.ref.project]
    project = next(p for p in unit.document.projects if p.name == first.ref.project)
    # The Python rules take the first actual recorded, so the score is the unchanged one.
    sheet = evaluate_project(project, unit.actuals, scoring_profile("default"))
    assert Decimal(twice[0]["total"]) == present(sheet.total)
    assert report["summary"]["by_project_rules"] == 1


def unit_region(unit: SynthUnit) -> str | None:
    region = unit.document.department.region
    return region.name if region else None


def test_region_evaluate_of_a_county_lists_only_its_projects(url: str) -> None:
    report = _json(url, "evaluate", COUNTY, "--year", "2024")
    county = next(iter(province(SPEC)))
    assert {row["project"] for row in report["projects"]} == {
        p.name for p in county.document.projects
    }
    assert {row["department"] for row in report["projects"]} == {county.document.department.name}


def test_region_evaluate_summary_shows_ratings_lowest_projects_and_departments(url: str) -> None:
    lowest = min(
        _json(url, "evaluate", "--year", "2024")["projects"], key=lambda r: Decimal(r["total"])
    )
    result = run_cli("region", "evaluate", "99", "--year", "2024", "--limit", "2", db=url)
    assert result.returncode == 0, result.stderr
    for shown in ("评价等级", "平均分", "得分最低的 2 个项目", "按部门汇总", lowest["project"]):
        assert shown in result.stdout


def test_region_monitor_json_gives_each_project_the_per_department_rates(url: str) -> None:
    as_of = date(2024, 7, 20)
    report = _json(url, "monitor", "--year", "2024", "--as-of", as_of.isoformat())
    profile = monitoring_profile("default")
    projects = {row["project"]: row for row in report["projects"]}
    assert len(projects) == 15
    for unit in province(SPEC):
        expected = monitor(unit.document, unit.actuals, as_of, profile)
        for status in expected.projects:
            row = projects[status.name]
            assert status.budget.rate is not None and status.budget.planned is not None
            assert abs(Decimal(row["rate"]) - status.budget.rate) <= Decimal("0.01")
            assert abs(Decimal(row["planned"]) - status.budget.planned) <= Decimal("0.01")
    assert sum(report["summary"]["colours"].values()) == 15


def test_region_monitor_summary_lists_the_projects_most_behind_plan(url: str) -> None:
    report = _json(url, "monitor", "--year", "2024", "--as-of", "2024-06-30")
    behind = max(report["projects"], key=lambda row: Decimal(row["behind_plan"]))
    result = run_cli(
        "region", "monitor", "--year", "2024", "--as-of", "2024-06-30", "-p", "strict", db=url
    )
    assert result.returncode == 0, result.stderr
    assert "项目预警" in result.stdout and "最落后于资金支出计划" in result.stdout
    assert behind["project"] in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("evaluate", "--year", "2024", "--profile", "浙江"), "没有名为“浙江”的评分方案"),
        (("monitor", "--year", "2024", "--as-of", "2024-06-30", "-p", "lax"), "监控方案"),
        (("monitor", "--year", "2024", "--as-of", "2024-02-30"), "监控日期“2024-02-30”无法识别"),
        (("evaluate", "--year", "2023"), "没有 2023 年度的部门预算绩效文本"),
        (("monitor", "88", "--year", "2024", "--as-of", "2024-06-30"), "以“88”开头的地区没有"),
    ],
)
def test_bad_region_input_is_one_chinese_line_and_exit_1(
    url: str, args: tuple[str, ...], message: str
) -> None:
    result = run_cli("region", *args, db=url)
    assert result.returncode == 1
    assert message in result.stderr and "Traceback" not in result.stderr


def test_an_empty_database_is_reported_not_summarised(tmp_path: Path) -> None:
    empty = f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    assert run_cli("init", db=empty).returncode == 0
    result = run_cli("region", "monitor", "--year", "2024", "--as-of", "2024-06-30", db=empty)
    assert result.returncode == 1 and "没有 2024 年度" in result.stderr
