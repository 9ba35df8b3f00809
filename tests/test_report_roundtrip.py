"""Round trips: a model written as the official forms (xlsx, docx) and read back by the importer
gives the same model: every indicator, target, figure and checkpoint."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.app.reports import ReportOptions, render
from jixiao.domain.model import PerformanceDocument
from jixiao.domain.target import Direction
from jixiao.ingest.pipeline import parse_file
from jixiao.ingest.report import ItemKind
from jixiao.report.builders.document import document_forms
from jixiao.report.builders.targets import project_target_form
from jixiao.report.templates import load_template
from report_support import XINGTAI_DEPARTMENT, round_trip_differences, xingtai_workspace

FIXTURES = Path(__file__).resolve().parent / "fixtures"
# the genre's other layouts (four provinces' documents we wrote) and a Hebei one
OTHER_DOCUMENTS = [
    *sorted((FIXTURES / "department_performance").glob("*.txt")),
    FIXTURES / "documents" / "hebei-longxi-2021-department-performance.txt",
]


_UNPRINTED = {
    "definition": "definition",
    "target_basis": "target_basis",
    "target_basis_note": "target_basis",
}


@pytest.fixture(scope="module")
def xingtai(tmp_path_factory: pytest.TempPathFactory) -> PerformanceDocument:
    workspace = xingtai_workspace(tmp_path_factory.mktemp("xingtai"))
    return workspace.document(XINGTAI_DEPARTMENT, 2020)


def _write_and_read(
    document: PerformanceDocument, fmt: str, template: str, folder: Path
) -> tuple[PerformanceDocument, list[tuple[str, object, object]], list[str]]:
    path = folder / f"document.{fmt}"
    chosen = load_template(template)
    path.write_bytes(render(document_forms(document, chosen), fmt))
    read, report = parse_file(path)
    filled = [item.field or "" for item in report.items if item.kind is ItemKind.CROSS_FILLED]
    # the Sichuan form (as the corpus shows it) has no 绩效指标描述 and no 指标值确定依据
    unprinted = frozenset(f for f, column in _UNPRINTED.items() if column not in chosen.project)
    return read, round_trip_differences(document, read, report, unprinted), filled


def _plan(document: PerformanceDocument) -> list[tuple[int, Decimal, str | None]]:
    return [(c.month, c.cumulative_percent, c.label) for c in document.projects[0].spending_plan]


@pytest.mark.parametrize("template", ["default", "hebei", "sichuan"])
@pytest.mark.parametrize("fmt", ["xlsx", "docx"])
def test_the_xingtai_document_reads_back_the_same(
    xingtai: PerformanceDocument, fmt: str, template: str, tmp_path: Path
) -> None:
    read, differences, filled = _write_and_read(xingtai, fmt, template, tmp_path)

    assert differences == []
    indicators = [(where, i.name, i.target) for where, i in xingtai.all_indicators()]
    assert len(indicators) == 41 + 41 + 28
    assert [(w, i.name) for w, i in read.all_indicators()] == [(w, n) for w, n, _ in indicators]
    assert _plan(read) == _plan(xingtai)
    assert read.budget.income.total == xingtai.budget.income.total == Decimal("88.29")
    # the one cell the Xingtai project table leaves empty is filled by the importer from the
    # department's table, and says so; the written form itself leaves it empty
    assert filled == ["projects[0].indicators[5].target"]
    assert xingtai.projects[0].indicators[5].target is None


@pytest.mark.parametrize("fmt", ["xlsx", "docx"])
@pytest.mark.parametrize("source", OTHER_DOCUMENTS, ids=[p.stem for p in OTHER_DOCUMENTS])
def test_documents_of_other_layouts_read_back_the_same(
    source: Path, fmt: str, tmp_path: Path
) -> None:
    document, _ = parse_file(source)
    for template in ("default", "hebei", "sichuan"):
        read, differences, _ = _write_and_read(document, fmt, template, tmp_path)
        assert differences == [], template
    assert sum(1 for _ in read.all_indicators()) == sum(1 for _ in document.all_indicators())


def test_project_target_forms_read_back_as_project_tables(
    xingtai: PerformanceDocument, tmp_path: Path
) -> None:
    workspace = xingtai_workspace(tmp_path)
    forms = workspace.report_forms("project-target", XINGTAI_DEPARTMENT, ReportOptions())
    path = tmp_path / "project.xlsx"
    path.write_bytes(render(forms, "xlsx"))

    read, _ = parse_file(path)

    project = xingtai.projects[0]
    assert read.projects[0].name == project.name
    assert [(i.name, i.target) for i in read.projects[0].indicators] == [
        (i.name, i.target) for i in project.indicators
    ]


def _weighted(xingtai: PerformanceDocument, *, every_target: bool) -> PerformanceDocument:
    document = xingtai.model_copy(deep=True)
    project = document.projects[0]
    if every_target:
        project.indicators = [i for i in project.indicators if i.target is not None]
    for n, indicator in enumerate(project.indicators):
        indicator.weight = Decimal(n % 5 + 1)
        indicator.direction = Direction.REVERSE if n % 2 else Direction.POSITIVE
    return document


def _stated(document: PerformanceDocument) -> list[tuple[str, object, object, object]]:
    return [(i.name, i.target, i.weight, i.direction) for i in document.projects[0].indicators]


def _sichuan_project(document: PerformanceDocument, fmt: str, folder: Path) -> PerformanceDocument:
    form = project_target_form(document, document.projects[0], load_template("sichuan"))
    path = folder / f"project.{fmt}"
    path.write_bytes(render([form], fmt))
    return parse_file(path)[0]


@pytest.mark.parametrize("fmt", ["xlsx", "docx"])
def test_a_sichuan_project_form_reads_back_weights_and_directions(
    xingtai: PerformanceDocument, fmt: str, tmp_path: Path
) -> None:
    document = _weighted(xingtai, every_target=True)
    read = _sichuan_project(document, fmt, tmp_path)
    assert _stated(read) == _stated(document)
    assert len(_stated(document)) == 27


# the general reader reads a row that keeps its cells' places column by column, so the
# 权重 after empty 指标性质|指标值|度量单位 cells stays the 权重
def test_a_row_without_a_target_keeps_its_weight_out_of_the_target(
    xingtai: PerformanceDocument, tmp_path: Path
) -> None:
    document = _weighted(xingtai, every_target=False)
    read = _sichuan_project(document, "xlsx", tmp_path)
    assert _stated(read) == _stated(document)
