"""Actuals in the database (migration 0003): stored, read back, kept across a re-import of the
targets, and recorded from the command line, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from cli_support import run_cli
from jixiao.domain.actuals import (
    Actuals,
    IndicatorRef,
    ProgressRecord,
    SpendingRecord,
    YearEndActual,
)
from jixiao.domain.model import AchievementLevel, DeviationCause, Likelihood, PerformanceDocument
from jixiao.errors import AmbiguousNameError, InputError, NotFoundError
from jixiao.interchange.actuals_table import ActualsFileError
from jixiao.store.actuals import department_id_of, load_actuals, named_owners, replace_actuals
from jixiao.workspace import Workspace
from store_support import save_document
from test_cli import DEPARTMENT, FIXTURE
from test_cli_evaluate import scenario_rows, write_csv

MakeDocument = Callable[..., PerformanceDocument]


def sample_actuals() -> Actuals:
    ref = IndicatorRef(project="某项目", indicator="培训人次")
    return Actuals(
        spending=[
            SpendingRecord(
                date=dt.date(2024, 3, 5),
                amount=Decimal("1.20"),
                economic_category="接待费",
                project="某项目",
                note="冲减前",
            ),
            SpendingRecord(date=dt.date(2024, 4, 1), amount=Decimal("-0.05"), goal=2),
            SpendingRecord(date=dt.date(2024, 5, 1), amount=Decimal("3")),
        ],
        progress=[
            ProgressRecord(
                ref=ref,
                date=dt.date(2024, 6, 30),
                value=Decimal("120"),
                unit="人次",
                deviation_causes=[DeviationCause.FUNDING, DeviationCause.OTHER],
                likelihood=Likelihood.POSSIBLE,
                evidence="签到表",
                reported_by="张三",
            ),
            ProgressRecord(
                ref=IndicatorRef(goal=1, indicator="制度健全性"),
                date=dt.date(2024, 6, 30),
                level=AchievementLevel.PARTIAL,
                rectification="下半年完善",
            ),
        ],
        year_end=[
            YearEndActual(
                ref=ref,
                value=Decimal("180.50"),
                unit="人次",
                deviation_explanation="疫情停训",
                score_coefficient=Decimal("0.75"),
            ),
            YearEndActual(ref=IndicatorRef(goal=1, indicator="制度健全性"), text="健全"),
        ],
    )


def _department(engine: Engine, name: str = "某市教育局") -> int:
    with Session(engine) as session:
        return department_id_of(session, name)


def test_actuals_round_trip_exactly(engine: Engine, make_document: MakeDocument) -> None:
    save_document(engine, make_document())
    department = _department(engine)
    actuals = sample_actuals()
    with Session(engine) as session, session.begin():
        replace_actuals(session, department, 2024, actuals)
    with Session(engine) as session:
        loaded = load_actuals(session, department, 2024)
    assert loaded.model_dump() == actuals.model_copy(update={"fiscal_year": 2024}).model_dump()
    assert loaded.spending[0].amount.as_tuple() == Decimal("1.20").as_tuple()


def test_actuals_survive_saving_the_targets_again(
    engine: Engine, make_document: MakeDocument
) -> None:
    save_document(engine, make_document())
    department = _department(engine)
    with Session(engine) as session, session.begin():
        replace_actuals(session, department, 2024, sample_actuals())
    assert save_document(engine, make_document()).replaced  # a new document row
    with Session(engine) as session:
        loaded = load_actuals(session, department, 2024)
        other_year = load_actuals(session, department, 2025)
    assert (len(loaded.spending), len(loaded.progress), len(loaded.year_end)) == (3, 2, 2)
    assert other_year.spending == []


def test_replace_leaves_only_the_new_records(engine: Engine, make_document: MakeDocument) -> None:
    save_document(engine, make_document())
    department = _department(engine)
    with Session(engine) as session, session.begin():
        replace_actuals(session, department, 2024, sample_actuals())
        replace_actuals(session, department, 2024, Actuals(spending=sample_actuals().spending[:1]))
    with Session(engine) as session:
        loaded = load_actuals(session, department, 2024)
    assert (len(loaded.spending), len(loaded.progress), len(loaded.year_end)) == (1, 0, 0)


def test_unknown_and_ambiguous_departments_are_named(
    engine: Engine, make_document: MakeDocument
) -> None:
    save_document(engine, make_document(region="甲市"))
    save_document(engine, make_document(region="乙市"))
    with Session(engine) as session:
        with pytest.raises(NotFoundError, match="未找到部门“没有的局”"):
            department_id_of(session, "没有的局")
        with pytest.raises(AmbiguousNameError, match="乙市、甲市;请指定地区"):
            department_id_of(session, "某市教育局")
        assert department_id_of(session, "某市教育局", "乙市") > 0


def test_a_bad_table_writes_nothing(
    db_url: str, tmp_path: Path, make_document: MakeDocument
) -> None:
    workspace = Workspace(db_url)
    workspace.init()
    workspace.save(make_document())
    header = ["类型", "日期", "项目", "金额"]
    good = ["支出", "2024-03-01", "校舍维修改造", "1"]
    table = write_csv(
        tmp_path / "bad.csv", [good, good, ["支出", "2024-13-01", "校舍维修改造", "1"]], header
    )
    with pytest.raises(ActualsFileError, match=r"bad\.csv 第4行“日期”列"):
        workspace.import_actuals(table, "某市教育局", 2024)
    table = write_csv(tmp_path / "good.csv", [good, good], header)
    workspace.import_actuals(table, "某市教育局", 2024)
    assert len(workspace.actuals("某市教育局", 2024).spending) == 2
    workspace.close()


# --- the command line -------------------------------------------------------------------------


@pytest.fixture
def database(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'jixiao.sqlite3'}"
    loaded = run_cli("load", str(FIXTURE), db=url)
    assert loaded.returncode == 0, loaded.stderr
    return url


@pytest.mark.slow  # several `jixiao` processes
def test_record_import_then_evaluate_uses_the_stored_actuals(database: str, tmp_path: Path) -> None:
    table = write_csv(tmp_path / "actuals.csv", scenario_rows())
    imported = run_cli("record", "import", str(table), DEPARTMENT, db=database)
    assert imported.returncode == 0, imported.stderr
    assert "支出 5 条" in imported.stdout
    result = run_cli("evaluate", DEPARTMENT, "--json", db=database)
    assert result.returncode == 0, result.stderr
    # the same total as with --actuals (test_cli_evaluate): 96.39
    assert json.loads(result.stdout)["sheets"][0]["total_presented"] == "96.39"


@pytest.mark.slow  # several `jixiao` processes
def test_record_spend_and_progress(database: str) -> None:
    spent = run_cli(
        "record",
        "spend",
        DEPARTMENT,
        "--date",
        "2020-03-01",
        "--amount",
        "0.8",
        "--category",
        "接待费",
        "--project",
        "侨务工作经费",
        db=database,
    )
    assert spent.returncode == 0, spent.stderr
    progress = run_cli(
        "record",
        "progress",
        DEPARTMENT,
        "--indicator",
        "接待海外侨胞人数",
        "--project",
        "侨务工作经费",
        "--date",
        "2020-06-30",
        "--level",
        "部分达成",
        "--by",
        "李四",
        db=database,
    )
    assert progress.returncode == 0, progress.stderr
    actuals = Workspace(database).actuals(DEPARTMENT, 2020)
    assert actuals.spending[0].amount == Decimal("0.8")
    assert actuals.progress[0].level is AchievementLevel.PARTIAL
    assert actuals.progress[0].reported_by == "李四"


def _progress(database: str, *value: str) -> subprocess.CompletedProcess[str]:
    at = ("--indicator", "x", "--goal", "1", "--date", "2020-06-30")
    return run_cli("record", "progress", DEPARTMENT, *at, *value, db=database)


@pytest.mark.slow  # several `jixiao` processes
def test_record_refuses_bad_input_in_chinese(database: str) -> None:
    both = _progress(database, "--value", "1", "--level", "达成")
    assert both.returncode == 1 and "--value 或 --level" in both.stderr
    level = _progress(database, "--level", "很好")
    assert level.returncode == 1 and "“很好”不是可用的值" in level.stderr
    amount = run_cli(
        "record", "spend", DEPARTMENT, "--date", "2020-03-01", "--amount", "一万", db=database
    )
    assert amount.returncode == 1 and "金额“一万”不是数值" in amount.stderr
    unknown = run_cli(
        "record", "spend", "没有的局", "--date", "2020-03-01", "--amount", "1", db=database
    )
    assert unknown.returncode == 1 and "未找到部门“没有的局”" in unknown.stderr


def test_named_owners_are_the_names_of_the_assembled_documents(
    engine: Engine, make_document: MakeDocument
) -> None:
    """Recording checks names against a names-only query: it must say what the whole
    documents (every region) say, indicators in order, owners without any kept."""
    first, second = make_document(region="甲市"), make_document(region="乙市")
    extra = first.projects[0].model_copy(update={"name": "无指标的项目", "indicators": []})
    first = first.model_copy(update={"projects": [*first.projects, extra]})
    for document in (first, second):
        save_document(engine, document)
    with Session(engine) as session:
        owners = named_owners(session, "某市教育局", 2024)
        other_year = named_owners(session, "某市教育局", 2025)
    expected: dict[str, list[str]] = {}
    goals: dict[int, list[str]] = {}
    for document in (first, second):
        for project in document.projects:
            expected.setdefault(project.name, []).extend(i.name for i in project.indicators)
        for goal in document.department_goals:
            goals.setdefault(goal.number, []).extend(i.name for i in goal.indicators)
    assert owners.has_documents and owners.projects["无指标的项目"] == []
    assert {k: sorted(v) for k, v in owners.projects.items()} == {
        k: sorted(v) for k, v in expected.items()
    }
    assert {k: sorted(v) for k, v in owners.goals.items()} == {
        k: sorted(v) for k, v in goals.items()
    }
    assert not other_year.has_documents
    assert other_year.projects == {} and other_year.goals == {}


def test_recording_refuses_names_the_stored_documents_lack(
    engine: Engine, make_document: MakeDocument
) -> None:
    document = make_document()
    save_document(engine, document)
    project = document.projects[0]
    on_date = dt.date(2024, 6, 30)

    def progress(ref: IndicatorRef) -> Actuals:
        return Actuals(progress=[ProgressRecord(ref=ref, date=on_date, value=Decimal("1"))])

    workspace = Workspace(engine.url.render_as_string(hide_password=False))
    try:
        good = IndicatorRef(project=project.name, indicator=project.indicators[0].name)
        workspace.record("某市教育局", 2024, progress(good))
        unknown = IndicatorRef(project=project.name, indicator="不存在的指标")
        with pytest.raises(InputError, match="没有指标“不存在的指标”"):
            workspace.record("某市教育局", 2024, progress(unknown))
        with pytest.raises(InputError, match="文档中没有项目“不存在的项目”"):
            no_project = IndicatorRef(project="不存在的项目", indicator="x")
            workspace.record("某市教育局", 2024, progress(no_project))
        with pytest.raises(InputError, match="没有整体支出目标99"):
            workspace.record("某市教育局", 2024, progress(IndicatorRef(goal=99, indicator="x")))
        with pytest.raises(InputError, match="2023 年度没有该部门已导入的绩效文档"):
            workspace.record("某市教育局", 2023, progress(good))
        assert len(workspace.actuals("某市教育局", 2024).progress) == 1
    finally:
        workspace.close()
