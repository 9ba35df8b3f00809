"""The published self-evaluation (绩效自评结果) on the public portal, through the use cases, on
SQLite and PostgreSQL: nothing of it is public before the bureau publishes it; then the
portal lists it beside the published targets, its sheets score the published targets
against the year-end values submitted, and its open data (one department, a year in bulk)
carries the same rows and totals."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from decimal import Decimal

import pytest

from jixiao.app import portal, rounds
from jixiao.app.workflow import Stage
from jixiao.domain.actuals import Actuals, IndicatorRef, YearEndActual
from jixiao.domain.model import PerformanceDocument
from jixiao.errors import NotFoundError
from jixiao.workspace import Workspace
from test_workflow_rounds import (
    APPROVER,
    DECLARATION,
    DEPARTMENT,
    EDITOR,
    REVIEWER,
    SELF_EVALUATION,
    YEAR,
    _approve_declaration,
)

MakeDocument = Callable[..., PerformanceDocument]


@pytest.fixture
def workspace(migrated_url: str, make_document: MakeDocument) -> Iterator[Workspace]:
    workspace = Workspace(migrated_url)
    workspace.init()
    workspace.save(make_document(), actor=EDITOR)
    _publish_declaration(workspace)
    yield workspace
    workspace.close()


def _publish_declaration(workspace: Workspace) -> None:
    _approve_declaration(workspace)  # submitted (errors explained), reviewed, approved
    workspace.publish(DECLARATION, actor=REVIEWER)


def _submit_self_evaluation(workspace: Workspace) -> tuple[str, str]:
    """Record one year-end value and submit; the (project, indicator) it is for."""
    document = workspace.document(DEPARTMENT, YEAR)
    project = document.projects[0]
    indicator = next(i for i in project.indicators if i.name.endswith("培训人次"))
    ref = IndicatorRef(project=project.name, indicator=indicator.name)
    value = YearEndActual(ref=ref, value=Decimal(500), unit="人次")
    workspace.record(DEPARTMENT, YEAR, Actuals(year_end=[value]), actor=EDITOR)
    rounds.submit_self_evaluation(workspace, APPROVER, DEPARTMENT, YEAR)
    return project.name, indicator.name


def _entry(workspace: Workspace) -> portal.PortalEntry:
    (entry,) = portal.search(workspace, portal.PortalQuery(department=DEPARTMENT))
    return entry


def test_results_stay_private_until_the_bureau_publishes_them(workspace: Workspace) -> None:
    assert _entry(workspace).results is False
    with pytest.raises(NotFoundError, match="尚未公开"):
        portal.results(workspace, DEPARTMENT, YEAR)
    _submit_self_evaluation(workspace)
    workspace.start_review(SELF_EVALUATION, actor=REVIEWER)
    workspace.approve(SELF_EVALUATION, actor=REVIEWER)
    # approved is not published: the public still sees nothing of the scores
    assert _entry(workspace).results is False
    with pytest.raises(NotFoundError, match="尚未公开"):
        portal.results(workspace, DEPARTMENT, YEAR)
    assert json.loads(portal.year_results(workspace, YEAR, "json"))["count"] == 0


def test_published_results_score_the_targets_against_the_values_submitted(
    workspace: Workspace,
) -> None:
    project, indicator = _submit_self_evaluation(workspace)
    reviewed = rounds.review(workspace, REVIEWER, DEPARTMENT, YEAR, Stage.SELF_EVALUATION)
    assert reviewed.evaluation is not None
    workspace.start_review(SELF_EVALUATION, actor=REVIEWER)
    workspace.approve(SELF_EVALUATION, actor=REVIEWER)
    workspace.publish(SELF_EVALUATION, actor=REVIEWER)

    assert _entry(workspace).results is True
    published = portal.results(workspace, DEPARTMENT, YEAR)
    assert published.published_at is not None
    assert [s.subject for s in published.sheets] == [s.subject for s in reviewed.evaluation.sheets]
    assert [s.total for s in published.sheets] == [s.total for s in reviewed.evaluation.sheets]
    row = published.sheets[0].row(indicator)
    assert published.sheets[0].subject == project and row.actual == "500人次"
    assert row.score == reviewed.evaluation.sheets[0].row(indicator).score


def test_the_open_data_of_the_results_carries_the_rows_and_totals(workspace: Workspace) -> None:
    project, indicator = _submit_self_evaluation(workspace)
    workspace.start_review(SELF_EVALUATION, actor=REVIEWER)
    workspace.approve(SELF_EVALUATION, actor=REVIEWER)
    workspace.publish(SELF_EVALUATION, actor=REVIEWER)
    sheet = portal.results(workspace, DEPARTMENT, YEAR).sheets[0]

    data = json.loads(portal.results_data(workspace, DEPARTMENT, YEAR, "json"))
    (result,) = data["results"]
    first = result["sheets"][0]
    assert (result["department"], result["fiscal_year"]) == (DEPARTMENT, YEAR)
    assert first["subject"] == project and first["total"] == str(sheet.total_presented)
    shown = next(i for i in first["indicators"] if i["name"] == indicator)
    assert shown["actual"] == "500人次" and shown["score"] == f"{sheet.row(indicator).score:.2f}"
    assert json.loads(portal.year_results(workspace, YEAR, "json")) == data

    text = portal.results_data(workspace, DEPARTMENT, YEAR, "csv")
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))
    mine = [r for r in rows if r["自评表"] == project]
    assert next(r for r in mine if r["三级指标"] == indicator)["实际完成值"] == "500人次"
    closing = mine[-1]
    assert closing["一级指标"] == "合计" and closing["得分"] == str(sheet.total_presented)
    assert closing["实际完成值"] == sheet.rating
    assert portal.year_results(workspace, YEAR, "csv") == text
