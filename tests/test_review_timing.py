"""Time logic and project form headers: 时效 targets against the 实施期 and the fiscal year,
an 实施期 missing or reversed, a blank 主管部门 or 实施单位; each rule fires and is silent on
the clean documents."""

from __future__ import annotations

import pytest

from jixiao.domain.framework import Category, Subcategory
from jixiao.domain.model import DocumentKind, PerformanceDocument
from jixiao.domain.review import Severity
from review_helpers import (
    changed,
    clean_declaration,
    clean_self_evaluation,
    findings,
    indicator,
)

CODES = [
    "PROJECT.PERIOD_MISSING",
    "PROJECT.PERIOD_ORDER",
    "TIME.DEADLINE_OUTSIDE",
    "PROJECT.UNITS_MISSING",
]


def _target_form(period: str | None = "2024年1月-2024年12月") -> PerformanceDocument:
    """The clean declaration's project as a 项目绩效目标表 with its header filled."""
    department = clean_declaration()
    project = department.projects[0].model_copy(
        update={
            "period": period,
            "supervising_department": "某市文化和旅游局",
            "implementing_unit": "某市文化馆",
        }
    )
    return PerformanceDocument(
        kind=DocumentKind.PROJECT_TARGET,
        fiscal_year=department.fiscal_year,
        department=department.department,
        projects=[project],
    )


def _with_timeliness(document: PerformanceDocument, target: str) -> PerformanceDocument:
    copy = document.model_copy(deep=True)
    copy.projects[0].indicators.append(
        indicator("布展完成时间", target, Category.OUTPUT, Subcategory.TIMELINESS)
    )
    return copy


@pytest.mark.parametrize("code", CODES)
def test_rules_are_silent_on_the_clean_documents(code: str) -> None:
    for document in (clean_declaration(), clean_self_evaluation(), _target_form()):
        assert findings(document, code) == []


@pytest.mark.parametrize("target", ["2024年12月底前", "12月底前", "6月底前完成", "12月底到位"])
def test_a_deadline_inside_the_period_is_silent(target: str) -> None:
    assert findings(_with_timeliness(_target_form(), target), "TIME.DEADLINE_OUTSIDE") == []


def test_a_deadline_after_the_project_period_is_reported() -> None:
    found = findings(_with_timeliness(_target_form(), "2026年12月前"), "TIME.DEADLINE_OUTSIDE")
    assert len(found) == 1 and found[0].severity is Severity.WARNING
    message = found[0].message
    assert "“布展完成时间”要求“2026年12月前”完成(2026年12月)" in message
    assert "晚于实施期“2024年1月-2024年12月”的结束(2024年12月)" in message


def test_a_multi_year_period_admits_a_later_deadline() -> None:
    form = _target_form("2024年1月-2026年12月")
    assert findings(_with_timeliness(form, "2026年6月前"), "TIME.DEADLINE_OUTSIDE") == []


def test_without_a_period_a_deadline_outside_the_fiscal_year_is_reported() -> None:
    document = _with_timeliness(clean_declaration(), "2023年12月底前")
    found = findings(document, "TIME.DEADLINE_OUTSIDE")
    assert len(found) == 1 and "早于预算年度 2024 年的开始" in found[0].message


def test_a_qualitative_standard_naming_a_later_month_is_read_for_its_date() -> None:
    form = _target_form("2024年1月-2024年6月")
    found = findings(_with_timeliness(form, "12月底到位"), "TIME.DEADLINE_OUTSIDE")
    assert len(found) == 1 and "“12月底到位”" in found[0].message


def test_a_missing_period_on_a_target_form_is_an_info() -> None:
    found = findings(_target_form(None), "PROJECT.PERIOD_MISSING")
    assert len(found) == 1 and found[0].severity is Severity.INFO
    assert found[0].location.field == "period"


def test_a_period_that_ends_before_it_starts_is_an_error() -> None:
    found = findings(_target_form("2024年12月-2024年1月"), "PROJECT.PERIOD_ORDER")
    assert len(found) == 1 and found[0].severity is Severity.ERROR
    assert "结束时间早于开始时间" in found[0].message
    assert findings(_target_form("长期"), "PROJECT.PERIOD_ORDER") == []


def test_blank_supervising_department_and_implementing_unit_are_reported() -> None:
    form = changed(_target_form(), "projects.0.supervising_department", " ")
    form = changed(form, "projects.0.implementing_unit", None)
    found = findings(form, "PROJECT.UNITS_MISSING")
    assert sorted(f.message for f in found) == [
        "项目“公共文化服务”未填写主管部门",
        "项目“公共文化服务”未填写实施单位",
    ]
