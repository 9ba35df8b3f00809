"""Target-achievement monitoring of the Xingtai 2020 project and goals, computed by hand.

All dates are 30 June 2020 unless said otherwise: half the year gone (elapsed share 6/12).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.domain.actuals import Actuals, IndicatorRef, ProgressRecord, SpendingRecord
from jixiao.domain.model import (
    AchievementLevel,
    DeviationCause,
    Indicator,
    Likelihood,
    PerformanceDocument,
)
from jixiao.domain.monitoring import Colour, MonitoringReport, monitor, monitoring_profile
from jixiao.domain.monitoring.indicators import Path as Rule
from jixiao.interchange import load_document_file

FIXTURE = Path(__file__).parent / "fixtures" / "xingtai-2020.json"
PROJECT = "侨务工作经费"
JUNE_END = date(2020, 6, 30)
DEFAULT = monitoring_profile("default")


@pytest.fixture(scope="module")
def document() -> PerformanceDocument:
    return load_document_file(FIXTURE)


def report(
    name: str,
    value: str | None = None,
    unit: str | None = None,
    *,
    level: AchievementLevel | None = None,
    text: str | None = None,
    goal: int | None = None,
    likelihood: Likelihood | None = None,
    day: date = date(2020, 6, 20),
) -> ProgressRecord:
    owner = {"goal": goal} if goal else {"project": PROJECT}
    return ProgressRecord(
        ref=IndicatorRef(indicator=name, **owner),
        date=day,
        value=Decimal(value) if value is not None else None,
        unit=unit,
        level=level,
        text=text,
        likelihood=likelihood,
    )


def spend(category: str, amount: str, day: date = date(2020, 5, 10)) -> SpendingRecord:
    return SpendingRecord(
        project=PROJECT, date=day, amount=Decimal(amount), economic_category=category
    )


def run(
    document: PerformanceDocument,
    *progress: ProgressRecord,
    spending: list[SpendingRecord] | None = None,
    day: date = JUNE_END,
) -> MonitoringReport:
    ledger = spending if spending is not None else [spend("专用材料费", "4")]  # 50% spent
    actuals = Actuals(fiscal_year=2020, spending=ledger, progress=list(progress))
    return monitor(document, actuals, day, DEFAULT)


# --- accruing counts: the pro-rata path --------------------------------------------------------


@pytest.mark.parametrize(
    ("issues", "colour"),
    [
        # 侨情简讯刊发期数 ≥24期: by 30 June the path is 24 × 6/12 = 12 期
        ("7", Colour.RED),  # 7 ÷ 12 = 58.3% < 60
        ("9", Colour.YELLOW),  # 9 ÷ 12 = 75% (60–80)
        ("12", Colour.GREEN),  # 12 ÷ 12 = 100% (80–120)
        ("14", Colour.GREEN),  # 14 ÷ 12 = 116.7% (80–120)
        ("15", Colour.BLUE),  # 15 ÷ 12 = 125% ≥ 120
    ],
)
def test_count_indicator_is_graded_against_its_pro_rata_path(
    document: PerformanceDocument, issues: str, colour: Colour
) -> None:
    result = run(document, report("侨情简讯刊发期数", issues, "期"))
    status = result.project(PROJECT).indicator("侨情简讯刊发期数")
    assert status.path is Rule.PRO_RATA
    assert status.progress == Decimal(issues) / 12 * 100
    assert status.colour is colour
    # projected year-end: linear, value ÷ 6/12 = 2 × value
    assert status.projected == Decimal(issues) * 2


def test_pro_rata_is_day_precise_between_month_ends(document: PerformanceDocument) -> None:
    # 15 May: elapsed (4 + 15/31)/12 = 139/372; path 24 × 139/372 = 8.968 期;
    # 7 期 → 7 ÷ 8.968 = 78.06% → yellow (at month-end 5/12 it would be 7 ÷ 10 = 70%)
    result = run(
        document, report("侨情简讯刊发期数", "7", "期", day=date(2020, 5, 1)), day=date(2020, 5, 15)
    )
    status = result.project(PROJECT).indicator("侨情简讯刊发期数")
    expected = Decimal(7) / (Decimal(24) * (Decimal(4) + Decimal(15) / 31) / 12) * 100
    assert status.progress is not None and abs(status.progress - expected) < Decimal("1e-20")
    assert status.colour is Colour.YELLOW


def test_progress_is_the_latest_report_up_to_the_date(document: PerformanceDocument) -> None:
    early = report("侨情简讯刊发期数", "12", "期", day=date(2020, 6, 1))
    late = report("侨情简讯刊发期数", "20", "期", day=date(2020, 7, 15))  # after 30 June
    status = run(document, late, early).project(PROJECT).indicator("侨情简讯刊发期数")
    assert status.value == Decimal(12)
    assert status.colour is Colour.GREEN


# --- rates: a level, no pro-rata path ---------------------------------------------------------


@pytest.mark.parametrize(
    ("percent", "colour"),
    [
        ("76", Colour.GREEN),  # 76 ÷ 95 = 80% → green (a rate is not halved at mid-year)
        ("57", Colour.YELLOW),  # 57 ÷ 95 = 60% → yellow
        ("50", Colour.RED),  # 50 ÷ 95 = 52.6% → red
    ],
)
def test_rate_indicator_is_graded_against_the_target_itself(
    document: PerformanceDocument, percent: str, colour: Colour
) -> None:
    status = run(document, report("侨联网站正常运行率", percent, "%")).project(PROJECT)
    website = status.indicator("侨联网站正常运行率")
    assert website.path is Rule.LEVEL
    assert website.progress == Decimal(percent) / 95 * 100
    assert website.colour is colour
    assert website.projected == Decimal(percent)


# --- limits: reverse and cost indicators ----------------------------------------------------


def test_cost_line_is_green_within_its_limit_and_red_once_over(
    document: PerformanceDocument,
) -> None:
    # 接待费成本 ≤1.1万元 read from the ledger's 接待费 records
    within = run(document, spending=[spend("接待费", "0.6"), spend("专用材料费", "3.4")])
    reception = within.project(PROJECT).indicator("接待费成本")
    assert (reception.path, reception.colour, reception.reported) == (
        Rule.LIMIT,
        Colour.GREEN,
        "0.6万元",
    )
    # projected year-end spending on it: 0.6 ÷ 6/12 = 1.2 (the form shows the risk)
    assert reception.projected == Decimal("1.2")
    over = run(document, spending=[spend("接待费", "0.7"), spend("公务接待费", "0.5")])
    reception = over.project(PROJECT).indicator("接待费成本")
    assert (reception.value, reception.colour) == (Decimal("1.2"), Colour.RED)
    warning = next(w for w in over.warnings if w.rule == "indicator.limit")
    assert warning.colour is Colour.RED
    assert warning.message == (
        "项目“侨务工作经费”指标“接待费成本”指标值“≤1.1万元”,已完成“1.2万元”,已超出限额"
    )


def test_reverse_indicator_of_a_goal_is_red_once_over(document: PerformanceDocument) -> None:
    # 整体支出目标2 安全事故发生次数 ≤0: one accident is over the limit
    result = run(document, report("安全事故发生次数", "1", goal=2))
    accidents = next(s for s in result.goals[1].indicators if s.name == "安全事故发生次数")
    assert (accidents.path, accidents.colour) == (Rule.LIMIT, Colour.RED)
    assert result.goals[1].colour is Colour.RED


# --- qualitative ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("level", "colour"),
    [
        (AchievementLevel.ACHIEVED, Colour.GREEN),
        (AchievementLevel.PARTIAL, Colour.YELLOW),
        (AchievementLevel.NOT_ACHIEVED, Colour.RED),
    ],
)
def test_qualitative_levels_have_their_colours(
    document: PerformanceDocument, level: AchievementLevel, colour: Colour
) -> None:
    result = run(document, report("单位年终考核成绩", level=level, goal=1))
    grade = next(s for s in result.goals[0].indicators if s.name == "单位年终考核成绩")
    assert (grade.path, grade.colour) == (Rule.QUALITATIVE, colour)


def test_qualitative_text_meeting_the_standard_is_green(document: PerformanceDocument) -> None:
    result = run(document, report("单位年终考核成绩", text="优秀", goal=1))
    grade = next(s for s in result.goals[0].indicators if s.name == "单位年终考核成绩")
    assert grade.colour is Colour.GREEN


# --- one-offs: done or not yet ------------------------------------------------------------------


def test_one_off_is_green_when_done_and_follows_the_likelihood_until_then(
    document: PerformanceDocument,
) -> None:
    one_off = document.model_copy(deep=True)
    project = one_off.projects[0]
    project.indicators.append(Indicator(name="举办侨界春节联谊会", target="≥1次"))
    done = run(one_off, report("举办侨界春节联谊会", "1", "次"))
    assert done.project(PROJECT).indicator("举办侨界春节联谊会").colour is Colour.GREEN
    for likelihood, colour in [
        (Likelihood.POSSIBLE, Colour.YELLOW),
        (Likelihood.IMPOSSIBLE, Colour.RED),
        (Likelihood.CERTAIN, Colour.GREEN),
    ]:
        pending = run(one_off, report("举办侨界春节联谊会", "0", "次", likelihood=likelihood))
        status = pending.project(PROJECT).indicator("举办侨界春节联谊会")
        assert (status.path, status.colour) == (Rule.ONE_OFF, colour)


# --- the project: worst colour, gap ------------------------------------------------------------


def test_project_target_warning_is_the_worst_indicator_colour(
    document: PerformanceDocument,
) -> None:
    blue_and_yellow = run(
        document,
        report("侨情简讯刊发期数", "15", "期"),  # 125% → blue
        report("侨联网站正常运行率", "57", "%"),  # 60% → yellow
    )
    assert blue_and_yellow.project(PROJECT).colour is Colour.YELLOW
    targets = next(w for w in blue_and_yellow.warnings if w.rule == "project.targets")
    assert targets.message == "项目“侨务工作经费”目标实现预警为黄色(侨联网站正常运行率)"
    with_red = run(
        document,
        report("侨情简讯刊发期数", "15", "期"),
        report("侨联网站正常运行率", "57", "%"),
        spending=[spend("接待费", "1.2"), spend("专用材料费", "2.8")],  # over ≤1.1: red
    )
    assert with_red.project(PROJECT).colour is Colour.RED
    only_blue = run(document, report("侨情简讯刊发期数", "15", "期"))
    assert only_blue.project(PROJECT).colour is Colour.BLUE


def test_indicators_without_reports_have_no_colour(document: PerformanceDocument) -> None:
    result = run(document)
    status = result.project(PROJECT).indicator("举办联谊活动次数")
    assert (status.colour, status.note) == (None, "未报告进度")
    meetings = result.project(PROJECT).indicator("召开工作会议次数")
    assert (meetings.colour, meetings.note) == (None, "没有指标值")


def test_gap_between_target_progress_and_budget_execution_is_a_warning(
    document: PerformanceDocument,
) -> None:
    # 50% of the budget spent (4 of 8). 侨情简讯 6 of 24 = 25% of the annual target:
    # |25 − 50| = 25 points > 10 → yellow project.gap
    result = run(document, report("侨情简讯刊发期数", "6", "期"))
    gap = next(w for w in result.warnings if w.rule == "project.gap")
    assert gap.colour is Colour.YELLOW
    assert gap.message == (
        "项目“侨务工作经费”目标完成进度 25% 与预算执行率 50% 相差 25 个百分点,超过 10 个百分点"
    )
    # 10 of 24 = 41.67%: |41.67 − 50| = 8.33 ≤ 10 → no gap warning
    close_enough = run(document, report("侨情简讯刊发期数", "10", "期"))
    assert "project.gap" not in {w.rule for w in close_enough.warnings}


def test_gap_averages_the_pro_rata_indicators_capped_at_100(
    document: PerformanceDocument,
) -> None:
    # 简讯 30 of 24 → capped 100%; 联谊活动 0 of 5 → 0%; mean 50% = the 50% executed: no gap
    result = run(
        document, report("侨情简讯刊发期数", "30", "期"), report("举办联谊活动次数", "0", "次")
    )
    assert result.project(PROJECT).target_progress == Decimal(50)
    assert "project.gap" not in {w.rule for w in result.warnings}


def test_indicator_warnings_name_the_rule_and_the_numbers(document: PerformanceDocument) -> None:
    result = run(document, report("侨情简讯刊发期数", "7", "期"))
    warning = next(w for w in result.warnings if w.rule == "indicator.pro_rata")
    assert warning.colour is Colour.RED
    assert warning.location == "项目“侨务工作经费”指标“侨情简讯刊发期数”"
    assert warning.message == (
        "项目“侨务工作经费”指标“侨情简讯刊发期数”指标值“≥24期”,已完成“7期”,"
        "为按时间进度应完成量的 58.3%"
    )
    assert not [w for w in result.warnings if w.colour is Colour.GREEN]


# --- the 1-N月 monitoring form ------------------------------------------------------------------


def test_monitoring_form_rows(document: PerformanceDocument) -> None:
    record = report("侨情简讯刊发期数", "9", "期", likelihood=Likelihood.POSSIBLE)
    record = record.model_copy(
        update={
            "deviation_causes": [DeviationCause.STAFFING, DeviationCause.OTHER],
            "rectification": "增加编辑人员",
        }
    )
    form = run(document, record).project(PROJECT).form
    assert (form.subject, form.period) == (PROJECT, "1-6月")
    # 年初预算数 8 | 1-6月执行数 4 | 执行率 50% | 全年预计执行数 4 ÷ 6/12 = 8
    funding = form.funding
    assert (funding.initial_budget, funding.executed, funding.rate, funding.projected) == (
        Decimal(8),
        Decimal(4),
        Decimal(50),
        Decimal(8),
    )
    row = next(r for r in form.indicators if r.name == "侨情简讯刊发期数")
    # 年度指标值 ≥24期 | 1-6月完成值 9期 | 全年预计 9 ÷ 6/12 = 18期 | causes | 有可能 | 整改措施
    assert (row.category, row.subcategory) == ("产出指标", "数量指标")
    assert (row.target, row.done, row.projected) == ("≥24期", "9期", "18期")
    assert (row.causes, row.likelihood, row.rectification) == (
        "人员保障、其他",
        "有可能",
        "增加编辑人员",
    )
    assert len(form.indicators) == 28
    unreported = next(r for r in form.indicators if r.name == "举办联谊活动次数")
    assert (unreported.done, unreported.projected, unreported.likelihood) == ("", "", "")


def test_a_result_in_words_is_read_against_a_quantitative_target(
    document: PerformanceDocument,
) -> None:
    # 安全事故发生次数 ≤0: "未发生安全事故" reads as 0 → within → green
    result = run(document, report("安全事故发生次数", text="未发生安全事故", goal=2))
    accidents = next(s for s in result.goals[1].indicators if s.name == "安全事故发生次数")
    assert (accidents.colour, accidents.reported) == (Colour.GREEN, "未发生安全事故")
