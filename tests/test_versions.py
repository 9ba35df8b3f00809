"""Two versions of a document compared indicator by indicator, in Chinese."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from jixiao.domain.model import (
    Indicator,
    IndicatorResult,
    PerformanceDocument,
    SpendingCheckpoint,
    TargetBasis,
)
from jixiao.domain.versions import ChangeKind, compare, describe

MakeDocument = Callable[..., PerformanceDocument]


def change_project(document: PerformanceDocument, **update: object) -> PerformanceDocument:
    project = document.projects[0].model_copy(update=update)
    return document.model_copy(update={"projects": [project, *document.projects[1:]]})


def change_indicator(document: PerformanceDocument, **update: object) -> PerformanceDocument:
    project = document.projects[0]
    indicator = project.indicators[0].model_copy(update=update)
    return change_project(document, indicators=[indicator, *project.indicators[1:]])


def test_the_same_document_has_no_changes(make_document: MakeDocument) -> None:
    assert compare(make_document(), make_document()) == []


def test_provenance_is_not_content(make_document: MakeDocument) -> None:
    document = make_document()
    assert compare(document, change_indicator(document, provenance={})) == []


def test_an_indicators_weight_basis_and_figures_are_compared(
    make_document: MakeDocument,
) -> None:
    document = make_document()
    first = document.projects[0].indicators[0]
    changed = change_indicator(
        document,
        weight=Decimal("7"),
        target_basis=TargetBasis.INDUSTRY,
        result=IndicatorResult(actual_text="120人次"),
    )
    lines = describe(compare(document, changed))
    where = f"项目“{document.projects[0].name}”指标“{first.name}”"
    assert any(line.startswith(where) and "分值由" in line and "“7”" in line for line in lines)
    assert any(line.startswith(where) and "指标值确定依据" in line for line in lines)
    assert any(
        line.startswith(where) and "实际完成值" in line and "120人次" in line for line in lines
    )


def test_an_added_and_a_removed_indicator_are_listed(make_document: MakeDocument) -> None:
    document = make_document()
    project = document.projects[0]
    added = Indicator(name="新增的满意度指标")
    changed = change_project(document, indicators=[*project.indicators[1:], added])
    changes = compare(document, changed)
    kinds = {(c.kind, c.where) for c in changes}
    assert (ChangeKind.ADDED, f"项目“{project.name}”指标“新增的满意度指标”") in kinds
    assert (ChangeKind.REMOVED, f"项目“{project.name}”指标“{project.indicators[0].name}”") in kinds


def test_a_reordered_table_is_no_change(make_document: MakeDocument) -> None:
    document = make_document()
    project = document.projects[0]
    reordered = change_project(document, indicators=list(reversed(project.indicators)))
    assert compare(document, reordered) == []


def test_budget_and_spending_plan_changes_are_described(make_document: MakeDocument) -> None:
    document = make_document()
    income = document.budget.income.model_copy(update={"own_income": Decimal("9.99")})
    budget = document.budget.model_copy(update={"income": income})
    plan = [SpendingCheckpoint(month=6, cumulative_percent=Decimal("60"))]
    changed = change_project(document.model_copy(update={"budget": budget}), spending_plan=plan)
    lines = describe(compare(document, changed))
    assert any(line.startswith("年度收入预算:单位自有收入由") and "9.99" in line for line in lines)
    assert any("资金支出计划" in line and "6月底" in line and "60%" in line for line in lines)


def test_a_changed_fiscal_appropriation_sum_is_named_in_chinese(
    make_document: MakeDocument,
) -> None:
    document = make_document()
    income = document.budget.income.model_copy(update={"fiscal_appropriation": Decimal("1180.00")})
    budget = document.budget.model_copy(update={"income": income})
    lines = describe(compare(document, document.model_copy(update={"budget": budget})))
    assert any(line.startswith("年度收入预算:财政拨款收入由") and "1180" in line for line in lines)


def test_added_and_removed_projects_are_listed(make_document: MakeDocument) -> None:
    document = make_document()
    fewer = document.model_copy(update={"projects": document.projects[1:]})
    assert describe(compare(document, fewer)) == [f"删除项目“{document.projects[0].name}”"]
    assert describe(compare(fewer, document)) == [f"新增项目“{document.projects[0].name}”"]
