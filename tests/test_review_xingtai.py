"""The review of the Xingtai 2020 reference document finds what a careful reviewer raises.

The expected findings are the document's real inconsistencies (see
``fixtures/xingtai-2020.README.md``), each found by a general rule; the list is complete, so
a rule that starts raising noise on a real document fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.domain.review import Area, Finding, ReviewReport, Severity, review
from jixiao.interchange import load_document_file

FIXTURE = Path(__file__).parent / "fixtures" / "xingtai-2020.json"
PROJECT = "侨务工作经费"

# (code, area, goal number / section title / project name, indicator, source line)
EXPECTED = [
    ("BUDGET.BALANCE", Area.BUDGET, None, None, 80),
    ("INDICATOR.TARGET_MISSING", Area.PROJECT, PROJECT, "召开工作会议次数", 151),
    ("BUDGET.TOTAL_MISSING", Area.BUDGET, None, None, 80),
    ("TARGET.DIRECTION", Area.SECTION, "保障正常人员经费", "在职人员控制率", 24),
    ("CONSIST.TARGET_WORDING", Area.SECTION, "保障正常人员经费", "单位年终考核成绩", 24),
    ("TARGET.CANNOT_FAIL", Area.SECTION, "保障正常公用经费", "机关运行经费变动率", 30),
    ("TARGET.CANNOT_FAIL", Area.SECTION, "保障正常公用经费", "车辆运行成本变动率", 30),
    ("CONSIST.TARGET_WORDING", Area.SECTION, "保障正常公用经费", "单位年终考核成绩", 30),
    (
        "CONSIST.TARGET_WORDING",
        Area.SECTION,
        "保障侨务工作经费",
        "侨群来电来访咨询问题及时办结率",
        36,
    ),
    ("COVER.CATEGORIES", Area.GOAL, 1, None, 82),
    ("GOAL.FUNDING_MISSING", Area.GOAL, 2, None, 95),
    ("COVER.CATEGORIES", Area.GOAL, 2, None, 89),
    ("GOAL.FUNDING_MISSING", Area.GOAL, 3, None, 110),
    ("COVER.CATEGORIES", Area.GOAL, 3, None, 100),
    ("CONSIST.NAME_CATEGORY", Area.GOAL, 3, "侨群满意度", 129),
    ("BASIS.MISSING", Area.PROJECT, PROJECT, None, 135),
    ("TARGET.RATE_CEILING", Area.PROJECT, PROJECT, "侨群来电来访咨询问题办结率", 159),
    ("CONSIST.NAME_DEFINITION", Area.PROJECT, PROJECT, "维修维护费成本", 169),
    ("INDICATOR.SUBCATEGORY_MISSING", Area.GOAL, 1, None, 82),
    ("INDICATOR.SUBCATEGORY_MISSING", Area.GOAL, 2, None, 89),
    ("INDICATOR.SUBCATEGORY_MISSING", Area.GOAL, 3, None, 100),
    ("PROJECT.CODE_MISSING", Area.PROJECT, PROJECT, None, 135),
]


@pytest.fixture(scope="module")
def report() -> ReviewReport:
    return review(load_document_file(FIXTURE))


def _where(finding: Finding) -> tuple[object, ...]:
    location = finding.location
    container = {Area.GOAL: location.goal, Area.SECTION: location.section}.get(
        location.area, location.project
    )
    return (finding.code, location.area, container, location.indicator, location.line)


def test_the_review_finds_exactly_the_expected_findings_in_order(report: ReviewReport) -> None:
    assert [_where(f) for f in report.findings] == EXPECTED


def test_two_errors_make_the_document_fail_review(report: ReviewReport) -> None:
    assert report.counts == {"error": 2, "warning": 16, "info": 4}
    assert report.has_errors


def _one(report: ReviewReport, code: str, indicator: str | None = None) -> Finding:
    found = [f for f in report.findings if f.code == code and f.location.indicator == indicator]
    assert len(found) == 1
    return found[0]


def test_income_exceeds_the_sum_of_the_stated_expenditure_by_two(report: ReviewReport) -> None:
    finding = _one(report, "BUDGET.BALANCE")
    assert finding.severity is Severity.ERROR
    assert "年度收入预算 88.29 万元" in finding.message
    assert "人员经费支出 64.18 + 正常公用支出 14.11 + 项目支出 8" in finding.message
    assert "86.29 万元" in finding.message and "收入大于支出 2 万元" in finding.message


def test_the_missing_project_target_points_at_the_department_table_and_prose(
    report: ReviewReport,
) -> None:
    finding = _one(report, "INDICATOR.TARGET_MISSING", "召开工作会议次数")
    assert finding.suggestion is not None
    assert "≥4次" in finding.suggestion and "不少于 4次" in finding.suggestion


def test_the_completion_rate_is_stated_three_ways(report: ReviewReport) -> None:
    finding = _one(report, "CONSIST.TARGET_WORDING", "侨群来电来访咨询问题及时办结率")
    for text in ("达 100%", "=100%", "≥100%"):
        assert f"“{text}”" in finding.message
    assert [r.line for r in finding.related] == [113, 159]


def test_the_maintenance_cost_is_defined_as_relief(report: ReviewReport) -> None:
    finding = _one(report, "CONSIST.NAME_DEFINITION", "维修维护费成本")
    assert "救济费" in finding.message
    assert finding.suggestion is not None and "整体支出目标3" in finding.suggestion


def test_the_staff_control_rate_has_a_floor_where_the_library_wants_a_ceiling(
    report: ReviewReport,
) -> None:
    finding = _one(report, "TARGET.DIRECTION", "在职人员控制率")
    assert "“不低于90%”设了下限" in finding.message
    assert [r.goal for r in finding.related] == [1]


def test_cost_ceilings_exactly_spend_the_project_budget(report: ReviewReport) -> None:
    # 1.1 + 2 + 1 + 0.8 + 0.4 + 0.9 + 1 + 0.8 = 8.0 = the 8 万元 budget: nothing to report
    assert not [f for f in report.findings if f.code == "COST.BUDGET"]


def test_a_funding_block_lost_by_the_ocr_says_so(report: ReviewReport) -> None:
    goal_2 = [
        f for f in report.findings if f.code == "GOAL.FUNDING_MISSING" and f.location.goal == 2
    ]
    assert len(goal_2) == 1 and goal_2[0].suggestion is not None
    assert "原文识别说明" in goal_2[0].suggestion and "对照原件" in goal_2[0].suggestion
