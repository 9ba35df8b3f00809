"""Stored review findings (``jixiao.store.findings``, migration 0004): a document's latest
review replaces its previous one and reads back as the very findings the engine made; the
``review`` command saves them for a stored document, unless ``--no-save``."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

from cli_support import run_cli
from jixiao.domain.library import standard_library
from jixiao.domain.model import DocumentKind, PerformanceDocument
from jixiao.domain.review import (
    Area,
    Finding,
    Location,
    ReviewContext,
    ReviewProfile,
    Severity,
    review,
)
from jixiao.interchange import load_document_file, save_document_file
from jixiao.store.findings import load_findings, replace_findings
from jixiao.store.tables import ReviewFindingRow
from jixiao.workspace import Workspace
from store_support import delete_document, save_document

FIXTURE = Path(__file__).parent / "fixtures" / "xingtai-2020.json"
KIND = DocumentKind.DEPARTMENT_PERFORMANCE


@pytest.fixture(scope="module")
def xingtai() -> PerformanceDocument:
    return load_document_file(FIXTURE)


@pytest.fixture(scope="module")
def xingtai_findings(xingtai: PerformanceDocument) -> tuple[Finding, ...]:
    report = review(xingtai, ReviewProfile(), ReviewContext(), standard_library())
    assert any(finding.related for finding in report.findings)  # the fixture has some
    return report.findings


@pytest.fixture
def workspace(migrated_url: str) -> Iterator[Workspace]:
    found = Workspace(migrated_url)
    found.init()
    try:
        yield found
    finally:
        found.close()


def department_of(engine: Engine, name: str) -> int:
    with engine.connect() as connection:
        query = text("SELECT id FROM departments WHERE name = :name")
        return int(connection.execute(query, {"name": name}).scalar_one())


EVERY_FIELD = Finding(
    code="TEST.EVERY_FIELD",
    severity=Severity.WARNING,
    message="指标值“≥95%”低于上年的“≥99%”",
    location=Location(
        area=Area.PROJECT,
        path=(2, 0, 7),
        goal=3,
        section="分项",
        project="某项目",
        indicator="完成率",
        field="expenditure.total",
        line=12,
        page=4,
    ),
    suggestion="核实后修改",
    related=(Location(area=Area.GOAL, goal=1), Location(area=Area.DOCUMENT)),
)


def test_findings_read_back_exactly_and_in_their_order(
    engine: Engine, xingtai: PerformanceDocument, xingtai_findings: tuple[Finding, ...]
) -> None:
    save_document(engine, xingtai)
    department = department_of(engine, xingtai.department.name)
    findings = [EVERY_FIELD, *reversed(xingtai_findings)]  # an order that is not the sorted one
    with Session(engine) as session, session.begin():
        count = replace_findings(session, department, 2020, KIND, "", findings)
    assert count == len(findings)
    with Session(engine) as session:
        loaded = load_findings(session, department, 2020, KIND, "")
    assert loaded == findings
    assert [f.model_dump_json() for f in loaded] == [f.model_dump_json() for f in findings]


def test_the_latest_review_replaces_the_previous_one_of_that_document_only(
    engine: Engine, xingtai: PerformanceDocument, xingtai_findings: tuple[Finding, ...]
) -> None:
    save_document(engine, xingtai)
    department = department_of(engine, xingtai.department.name)
    at = datetime(2026, 11, 26, 8, 30, tzinfo=UTC)
    with Session(engine) as session, session.begin():
        replace_findings(session, department, 2020, KIND, "", xingtai_findings, at)
        replace_findings(session, department, 2021, KIND, "", [EVERY_FIELD], at)
    with Session(engine) as session, session.begin():
        replace_findings(session, department, 2020, KIND, "", xingtai_findings[:3])
    with Session(engine) as session:
        assert load_findings(session, department, 2020, KIND, "") == list(xingtai_findings[:3])
        assert load_findings(session, department, 2021, KIND, "") == [EVERY_FIELD]
        assert load_findings(session, department, 2022, KIND, "") == []
    with Session(engine) as session:
        query = select(ReviewFindingRow.reviewed_at).where(ReviewFindingRow.fiscal_year == 2021)
        assert session.scalars(query).all() == [at]


def test_a_failed_replacement_keeps_the_previous_review(
    engine: Engine, xingtai: PerformanceDocument, xingtai_findings: tuple[Finding, ...]
) -> None:
    save_document(engine, xingtai)
    department = department_of(engine, xingtai.department.name)
    with Session(engine) as session, session.begin():
        replace_findings(session, department, 2020, KIND, "", xingtai_findings)
    with pytest.raises(RuntimeError), Session(engine) as session, session.begin():
        replace_findings(session, department, 2020, KIND, "", [EVERY_FIELD])
        raise RuntimeError("the caller fails before commit")
    with Session(engine) as session:
        assert load_findings(session, department, 2020, KIND, "") == list(xingtai_findings)


def test_deleting_a_document_deletes_its_stored_review(
    engine: Engine, xingtai: PerformanceDocument, xingtai_findings: tuple[Finding, ...]
) -> None:
    save_document(engine, xingtai)
    department = department_of(engine, xingtai.department.name)
    with Session(engine) as session, session.begin():
        replace_findings(session, department, 2020, KIND, "", xingtai_findings)
        replace_findings(session, department, 2021, KIND, "", [EVERY_FIELD])
    delete_document(engine, xingtai.department.name, 2020)
    with Session(engine) as session:
        assert load_findings(session, department, 2020, KIND, "") == []
        assert load_findings(session, department, 2021, KIND, "") == [EVERY_FIELD]


def test_findings_of_a_year_go_to_its_partition_on_postgresql(
    engine: Engine, xingtai: PerformanceDocument, xingtai_findings: tuple[Finding, ...]
) -> None:
    if engine.dialect.name != "postgresql":
        pytest.skip("partitions exist on PostgreSQL only; on SQLite the tables are plain")
    save_document(engine, xingtai)
    department = department_of(engine, xingtai.department.name)
    with Session(engine) as session, session.begin():
        replace_findings(session, department, 2020, KIND, "", xingtai_findings)
    with engine.connect() as connection:
        homes = connection.scalars(
            text("SELECT DISTINCT tableoid::regclass::text FROM review_findings")
        ).all()
    assert homes == ["review_findings_y2020"]


def test_the_workspace_saves_findings_of_a_stored_document_only(
    workspace: Workspace, xingtai: PerformanceDocument, xingtai_findings: tuple[Finding, ...]
) -> None:
    assert workspace.save_findings(xingtai, xingtai_findings) is None  # not stored yet
    workspace.save(xingtai)
    changed = xingtai.model_copy(update={"title": "另一个标题"})
    assert workspace.save_findings(changed, [EVERY_FIELD]) is None  # not what is stored
    assert workspace.save_findings(xingtai, xingtai_findings) == len(xingtai_findings)
    assert workspace.findings(xingtai.department.name, 2020) == list(xingtai_findings)


def stored_count(db_url: str) -> int:
    workspace = Workspace(db_url)
    try:
        with workspace.session() as session:
            return int(session.scalar(text("SELECT count(*) FROM review_findings")) or 0)
    finally:
        workspace.close()


def test_the_review_command_saves_the_findings_of_a_stored_document(
    workspace: Workspace, db_url: str, xingtai: PerformanceDocument
) -> None:
    workspace.save(xingtai)
    name = xingtai.department.name
    result = run_cli("review", name, "--year", "2020", db=db_url)
    assert result.returncode == 1, result.stderr  # the fixture has errors
    saved = workspace.findings(name, 2020)
    assert f"审核结果已保存 {len(saved)} 条" in result.stdout
    assert len(saved) == 22
    as_json = run_cli("review", name, "--year", "2020", "--json", db=db_url)
    assert "审核结果已保存" not in as_json.stdout  # JSON output stays JSON
    assert workspace.findings(name, 2020) == saved  # replaced by the same review


def test_review_with_no_save_stores_nothing(
    workspace: Workspace, db_url: str, xingtai: PerformanceDocument
) -> None:
    workspace.save(xingtai)
    result = run_cli("review", xingtai.department.name, "--no-save", db=db_url)
    assert result.returncode == 1, result.stderr
    assert "审核结果已保存" not in result.stdout
    assert stored_count(db_url) == 0


def test_reviewing_a_file_that_is_not_in_the_database_saves_nothing(
    workspace: Workspace, db_url: str, tmp_path: Path, xingtai: PerformanceDocument
) -> None:
    path = tmp_path / "xingtai.json"
    save_document_file(xingtai, path)
    result = run_cli("review", str(path), db=db_url)
    assert result.returncode == 1, result.stderr
    assert "审核结果已保存" not in result.stdout
    assert stored_count(db_url) == 0
