"""Hand-computed self-evaluation score sheets of the Xingtai 2020 project 侨务工作经费.

The project (tests/fixtures/xingtai-2020.json): budget 8 万元, 28 indicators:
  产出 22 = 数量 9 + 质量 3 + 时效 2 + 成本 8; 效益 (社会效益) 5; 满意度 1.
One output indicator, 召开工作会议次数, has no target (the OCR lost the cell): it cannot be
scored, so it gets no points, an error finding says so, and the 产出 points are split over the
other 21. Under the default profile (预算执行率 10 / 产出 50 / 效益 30 / 满意度 10):
  each output indicator   50 / 21 points
  each outcome indicator  30 / 5 = 6 points
  侨群满意度               10 points
The eight cost limits (接待费 1.1, 会议费 2, 差旅费 1, 培训费 0.8, 印刷费 0.4, 办公费 0.9,
劳务费 1, 维修维护费 0.8 万元) add up to 8 万元, the budget.

Every expected number below is derived by hand from the rules (docs/domain.md §6) in the
comments and written as an exact fraction; the code computes in Decimal, so the comparison
allows 1e-20.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

from jixiao.domain.achievement import is_cost_indicator
from jixiao.domain.actuals import Actuals, IndicatorRef, SpendingRecord, YearEndActual
from jixiao.domain.model import AchievementLevel, Indicator, PerformanceDocument, Project
from jixiao.domain.scoring import (
    ScoreSheet,
    Severity,
    evaluate_department,
    evaluate_project,
    present,
    scoring_profile,
)
from jixiao.domain.target import Operator, TargetKind
from jixiao.interchange import load_document_file

FIXTURE = Path(__file__).parent / "fixtures" / "xingtai-2020.json"
PROJECT = "侨务工作经费"
OUTPUT = "产出指标"
OUTCOME = "效益指标"
SATISFACTION = "满意度指标"
AT_LIMIT = {
    "接待费": "1.1",
    "会议费": "2",
    "差旅费": "1",
    "培训费": "0.8",
    "印刷费": "0.4",
    "办公费": "0.9",
    "劳务费": "1",
    "维修维护费": "0.8",
}


@pytest.fixture(scope="module")
def document() -> PerformanceDocument:
    return load_document_file(FIXTURE)


@pytest.fixture(scope="module")
def project(document: PerformanceDocument) -> Project:
    return document.projects[0]


def assert_points(actual: Decimal, expected: Fraction) -> None:
    assert abs(Fraction(actual) - expected) < Fraction(1, 10**20), (actual, float(expected))


def met_value(indicator: Indicator) -> YearEndActual:
    """A year-end actual exactly at the target (≥5次 → 5次, <100% → 99%, 良好 → 良好)."""
    target = indicator.target
    ref = IndicatorRef(project=PROJECT, indicator=indicator.name)
    if target is None:  # 召开工作会议次数: the meetings were held, the target is what is missing
        return YearEndActual(ref=ref, value=Decimal(4), unit="次")
    if target.kind is TargetKind.QUALITATIVE:
        return YearEndActual(ref=ref, text=target.standard)
    assert target.value is not None
    step = {Operator.GT: 1, Operator.LT: -1}.get(target.operator or Operator.GE, 0)
    return YearEndActual(ref=ref, value=target.value + step, unit=target.unit)


def year_end(project: Project, **overrides: YearEndActual) -> list[YearEndActual]:
    """Met actuals for every non-cost indicator (cost lines come from the ledger), overridden."""
    actuals = [met_value(i) for i in project.indicators if not is_cost_indicator(i)]
    by_name = {a.ref.indicator: a for a in actuals}
    by_name.update(overrides)
    return list(by_name.values())


def actual(name: str, value: str, unit: str, explanation: str | None = None) -> YearEndActual:
    return YearEndActual(
        ref=IndicatorRef(project=PROJECT, indicator=name),
        value=Decimal(value),
        unit=unit,
        deviation_explanation=explanation,
    )


def spend(category: str, amount: str, when: date = date(2020, 6, 30)) -> SpendingRecord:
    return SpendingRecord(
        project=PROJECT, date=when, amount=Decimal(amount), economic_category=category
    )


def full_ledger() -> list[SpendingRecord]:
    """Every cost line spent exactly to its limit: 8 万元 in all."""
    return [spend(category, amount) for category, amount in AT_LIMIT.items()]


def codes(sheet: ScoreSheet, severity: Severity) -> list[tuple[str, str]]:
    return [(f.code, f.message) for f in sheet.findings if f.severity is severity]


# --- scenario (a): every target met, the budget fully spent --------------------------------------


def scenario_a(project: Project) -> Actuals:
    return Actuals(fiscal_year=2020, spending=full_ledger(), year_end=year_end(project))


def test_all_met_and_fully_spent_scores_100_excellent(project: Project) -> None:
    sheet = evaluate_project(project, scenario_a(project), scoring_profile("default"))
    # 预算执行率: executed 8 (the eight cost lines) ÷ budget 8 = 1 → 1 × 10 = 10
    assert sheet.budget.executed == Decimal(8)
    assert sheet.budget.full_year_budget == Decimal(8)
    assert_points(sheet.budget.score, Fraction(10))
    # 产出: 21 scored indicators × 50/21 = 50; 效益: 5 × 6 = 30; 满意度: 10
    assert_points(sheet.group_score(OUTPUT), Fraction(50))
    assert_points(sheet.group_score(OUTCOME), Fraction(30))
    assert_points(sheet.group_score(SATISFACTION), Fraction(10))
    # 总分 10 + 50 + 30 + 10 = 100 → 优 (≥ 90)
    assert present(sheet.total) == Decimal("100.00")
    assert sheet.rating == "优"


def test_all_met_sheet_rows_show_targets_actuals_and_points(project: Project) -> None:
    sheet = evaluate_project(project, scenario_a(project), scoring_profile("default"))
    assert len(sheet.rows) == 28
    reception = sheet.row("接待费成本")  # the ledger's 接待费 1.1 against ≤1.1万元: within
    assert (reception.target, reception.actual, reception.met) == ("≤1.1万元", "1.1万元", True)
    assert_points(reception.weight, Fraction(50, 21))
    assert_points(reception.score, Fraction(50, 21))
    assert_points(sheet.row("促成合作项目数量").score, Fraction(6))
    satisfaction = sheet.row("侨群满意度")
    assert (satisfaction.category, satisfaction.subcategory) == ("满意度指标", "服务对象满意度指标")
    assert_points(satisfaction.score, Fraction(10))


def test_indicator_without_target_gets_no_points_and_an_error(project: Project) -> None:
    sheet = evaluate_project(project, scenario_a(project), scoring_profile("default"))
    meetings = sheet.row("召开工作会议次数")
    assert (meetings.weight, meetings.score, meetings.met) == (Decimal(0), Decimal(0), None)
    assert meetings.group == OUTPUT
    assert [code for code, _ in codes(sheet, Severity.ERROR)] == ["no_target"]
    assert "召开工作会议次数" in sheet.errors[0].message


# --- scenario (b): some targets missed, with and without explanations ---------------------------


def scenario_b(project: Project) -> Actuals:
    why = "受疫情影响,部分活动取消;下一年度加强计划管理"
    return Actuals(
        fiscal_year=2020,
        spending=full_ledger(),
        year_end=year_end(
            project,
            # 产出 (50/21 each)
            举办联谊活动次数=actual("举办联谊活动次数", "4", "次", why),  # 4 of ≥5
            接待海外侨胞人数=actual("接待海外侨胞人数", "10", "人", why),  # 10 of ≥20
            侨联网站正常运行率=actual("侨联网站正常运行率", "76", "%"),  # 76 of ≥95, no why
            印制侨法宣传资料册数=actual("印制侨法宣传资料册数", "600", "册"),  # 2 × target
            # 效益 (6 each)
            促成合作项目数量=actual("促成合作项目数量", "2", "项", why),  # 2 of ≥5
            新增基层侨联组织数量=actual("新增基层侨联组织数量", "1", "个"),  # 1 of ≥2, no why
            # 满意度 (10)
            侨群满意度=actual("侨群满意度", "72", "%", why),  # 72 of ≥90
        ),
    )


def test_some_missed_default_profile_scores_by_hand(project: Project) -> None:
    sheet = evaluate_project(project, scenario_b(project), scoring_profile("default"))
    w = Fraction(50, 21)
    # 联谊活动 4/5 = 0.8 → 0.8 × 50/21; 侨胞 10/20 = 0.5 → 0.5 × 50/21;
    # 网站 76/95 = 0.8 → 0.8 × 50/21; 资料册 600 ≥ 300 is met → full 50/21
    assert_points(sheet.row("举办联谊活动次数").score, Fraction(4, 5) * w)
    assert_points(sheet.row("接待海外侨胞人数").score, Fraction(1, 2) * w)
    assert_points(sheet.row("侨联网站正常运行率").score, Fraction(76, 95) * w)
    assert_points(sheet.row("印制侨法宣传资料册数").score, w)
    # 产出: 18 full + 0.8 + 0.5 + 0.8 = 20.1 shares × 50/21 = 1005/21 = 47.857…
    assert_points(sheet.group_score(OUTPUT), Fraction(201, 10) * w)
    # 效益: 3 full × 6 = 18, 合作项目 2/5 × 6 = 2.4, 基层组织 1/2 × 6 = 3 → 23.4
    assert_points(sheet.row("促成合作项目数量").score, Fraction(12, 5))
    assert_points(sheet.row("新增基层侨联组织数量").score, Fraction(3))
    assert_points(sheet.group_score(OUTCOME), Fraction(234, 10))
    # 满意度: 72/90 = 0.8 × 10 = 8
    assert_points(sheet.group_score(SATISFACTION), Fraction(8))
    # 预算执行率 8/8 × 10 = 10; 总分 10 + 1005/21 + 23.4 + 8 = 89.2571… → 89.26 → 良 (80–89)
    assert_points(sheet.total, 10 + Fraction(1005, 21) + Fraction(234, 10) + 8)
    assert present(sheet.total) == Decimal("89.26")
    assert sheet.rating == "良"


def test_scenario_b_every_row_of_the_sheet(project: Project) -> None:
    """The whole sheet, row by row: 分值 and 得分 of each of the 28 indicators."""
    sheet = evaluate_project(project, scenario_b(project), scoring_profile("default"))
    w = Fraction(50, 21)
    weights = {row.name: w for row in sheet.rows if row.group == OUTPUT}
    weights.update({row.name: Fraction(6) for row in sheet.rows if row.group == OUTCOME})
    weights.update({"侨群满意度": Fraction(10), "召开工作会议次数": Fraction(0)})
    scores = dict(weights)  # met: full points, except
    scores.update(
        {
            "举办联谊活动次数": Fraction(4, 5) * w,  # 4 of 5
            "接待海外侨胞人数": Fraction(1, 2) * w,  # 10 of 20
            "侨联网站正常运行率": Fraction(4, 5) * w,  # 76 of 95
            "促成合作项目数量": Fraction(2, 5) * 6,  # 2 of 5
            "新增基层侨联组织数量": Fraction(1, 2) * 6,  # 1 of 2
            "侨群满意度": Fraction(4, 5) * 10,  # 72 of 90
        }
    )
    assert len(weights) == len(sheet.rows) == 28
    for row in sheet.rows:
        assert_points(row.weight, weights[row.name])
        assert_points(row.score, scores[row.name])
    assert [row.name for row in sheet.rows if row.met is False] == [
        "举办联谊活动次数",
        "接待海外侨胞人数",
        "侨联网站正常运行率",
        "促成合作项目数量",
        "新增基层侨联组织数量",
        "侨群满意度",
    ]


def test_missed_targets_without_explanation_are_errors(project: Project) -> None:
    sheet = evaluate_project(project, scenario_b(project), scoring_profile("default"))
    missing = [m for code, m in codes(sheet, Severity.ERROR) if code == "missing_explanation"]
    # 网站 (76%) and 基层组织 (1个) were missed with no explanation; the other misses have one
    assert len(missing) == 2
    assert "侨联网站正常运行率" in missing[0] and "≥95%" in missing[0] and "76%" in missing[0]
    assert "新增基层侨联组织数量" in missing[1]
    assert sheet.row("举办联谊活动次数").deviation.startswith("受疫情影响")
    assert sheet.row("举办联谊活动次数").met is False


def test_far_above_target_is_flagged_for_review_without_changing_the_score(
    project: Project,
) -> None:
    sheet = evaluate_project(project, scenario_b(project), scoring_profile("default"))
    # 600 册 is 200% of ≥300册, above the 150% review line
    review = codes(sheet, Severity.REVIEW)
    assert [code for code, _ in review] == ["far_above_target"]
    assert "印制侨法宣传资料册数" in review[0][1] and "200%" in review[0][1]


def test_hebei_profile_on_scenario_b(project: Project) -> None:
    sheet = evaluate_project(project, scenario_b(project), scoring_profile("hebei"))
    # 预算执行 20: 8/8 × 20 = 20
    assert_points(sheet.budget.score, Fraction(20))
    # 产出 40 over 21: 20.1 shares × 40/21 = 804/21 = 38.2857…
    assert_points(sheet.group_score(OUTPUT), Fraction(201, 10) * Fraction(40, 21))
    # 效益+满意度 40 over 6 (5 效益 + 满意度) = 20/3 each;
    # shares 1 + 1 + 1 + 0.4 + 0.5 + 0.8 = 4.7 → 4.7 × 20/3 = 94/3 = 31.333…
    assert_points(sheet.group_score("效果指标"), Fraction(47, 10) * Fraction(20, 3))
    # 总分 20 + 804/21 + 94/3 = 89.6190… → 89.62 → 良
    assert present(sheet.total) == Decimal("89.62")
    assert sheet.rating == "良"


def test_sichuan_profile_on_scenario_b(project: Project) -> None:
    sheet = evaluate_project(project, scenario_b(project), scoring_profile("sichuan"))
    # 预算执行 10; 指标 90 over the 27 scorable indicators = 10/3 each.
    # shares: 产出 20.1 + 效益 (3 + 0.4 + 0.5 = 3.9) + 满意度 0.8 = 24.8 → 24.8 × 10/3 = 82.666…
    assert_points(sheet.row("侨群满意度").weight, Fraction(10, 3))
    assert_points(sheet.group_score("绩效指标"), Fraction(248, 10) * Fraction(10, 3))
    # 总分 10 + 248/3 = 92.666… → 92.67 → 优
    assert present(sheet.total) == Decimal("92.67")
    assert sheet.rating == "优"


def test_sichuan_uses_the_weights_the_document_states(project: Project) -> None:
    # The document gives 侨群满意度 18 points: the other 26 scorable share 90 − 18 = 72.
    weighted = project.model_copy(deep=True)
    satisfaction = next(i for i in weighted.indicators if i.name == "侨群满意度")
    satisfaction.weight = Decimal(18)
    sheet = evaluate_project(weighted, scenario_b(weighted), scoring_profile("sichuan"))
    assert_points(sheet.row("侨群满意度").weight, Fraction(18))
    assert_points(sheet.row("侨群满意度").score, Fraction(18) * Fraction(4, 5))  # 72/90
    assert_points(sheet.row("促成合作项目数量").weight, Fraction(72, 26))


# --- scenario (c): overspent cost lines, late and under spending ---------------------------------


def scenario_c(project: Project) -> Actuals:
    december = date(2020, 12, 20)  # late: most of the money goes out in December
    ledger = [
        spend("接待费", "1.5", december),  # over ≤1.1
        spend("会议费", "2.5", december),  # over ≤2
        spend("差旅费", "1", date(2020, 9, 10)),  # at ≤1: within
        spend("培训费", "0.5", december),
        spend("公务办公费", "0.5", december),  # a ledger's longer name for 办公费
    ]  # 1.5 + 2.5 + 1 + 0.5 + 0.5 = 6 of the 8 万元
    why = "接待任务增加,下一年度从严控制"
    explanations = {
        name: YearEndActual(
            ref=IndicatorRef(project=PROJECT, indicator=name), deviation_explanation=why
        )
        for name in ("接待费成本", "会议费成本")
    }
    return Actuals(
        fiscal_year=2020, spending=ledger, year_end=[*year_end(project), *explanations.values()]
    )


def test_overspent_cost_lines_and_underspending_score_by_hand(project: Project) -> None:
    sheet = evaluate_project(project, scenario_c(project), scoring_profile("default"))
    w = Fraction(50, 21)
    # 预算执行率: executed 6 of 8 = 0.75 → 0.75 × 10 = 7.5
    assert sheet.budget.executed == Decimal(6)
    assert_points(sheet.budget.score, Fraction(15, 2))
    # 接待费 1.5 against ≤1.1 → reverse: 50/21 × 1.1/1.5 = 50/21 × 11/15
    reception = sheet.row("接待费成本")
    assert (reception.actual, reception.met) == ("1.5万元", False)
    assert_points(reception.score, w * Fraction(11, 15))
    # 会议费 2.5 against ≤2 → 50/21 × 2/2.5 = 50/21 × 4/5
    assert_points(sheet.row("会议费成本").score, w * Fraction(4, 5))
    # 办公费 0.5 (booked as 公务办公费) ≤0.9 and 印刷费 0 (nothing booked) ≤0.4: within
    assert sheet.row("办公费成本").actual == "0.5万元"
    assert sheet.row("印刷费成本").actual == "0万元"
    assert_points(sheet.row("印刷费成本").score, w)
    # 产出: 19 full + 11/15 + 4/5 = 308/15 shares × 50/21 = 440/9 = 48.888…
    assert_points(sheet.group_score(OUTPUT), Fraction(308, 15) * w)
    assert Fraction(308, 15) * w == Fraction(440, 9)
    # 总分 7.5 + 440/9 + 30 + 10 = 96.3888… → 96.39 → 优
    assert_points(sheet.total, Fraction(15, 2) + Fraction(440, 9) + 30 + 10)
    assert present(sheet.total) == Decimal("96.39")
    assert sheet.rating == "优"


def test_explained_overspending_has_no_error_but_unexplained_has(project: Project) -> None:
    sheet = evaluate_project(project, scenario_c(project), scoring_profile("default"))
    assert [code for code, _ in codes(sheet, Severity.ERROR)] == ["no_target"]
    assert sheet.row("会议费成本").deviation == "接待任务增加,下一年度从严控制"
    unexplained = scenario_c(project)
    unexplained.year_end = year_end(project)
    sheet = evaluate_project(project, unexplained, scoring_profile("default"))
    missing = [m for code, m in codes(sheet, Severity.ERROR) if code == "missing_explanation"]
    assert len(missing) == 2
    assert "接待费成本" in missing[0] and "1.5万元" in missing[0]


def test_missing_actual_is_an_error_and_scores_zero(project: Project) -> None:
    actuals = scenario_a(project)
    actuals.year_end = [a for a in actuals.year_end if a.ref.indicator != "侨群满意度"]
    sheet = evaluate_project(project, actuals, scoring_profile("default"))
    assert sheet.row("侨群满意度").score == 0
    errors = dict(codes(sheet, Severity.ERROR))
    assert "侨群满意度" in errors["missing_actual"]
    # 100 − the 10 points of 满意度 = 90 → still 优 (≥ 90)
    assert present(sheet.total) == Decimal("90.00")
    assert sheet.rating == "优"


def test_without_any_spending_record_the_budget_line_is_an_error(project: Project) -> None:
    actuals = Actuals(fiscal_year=2020, year_end=year_end(project))
    sheet = evaluate_project(project, actuals, scoring_profile("default"))
    assert sheet.budget.score == 0
    errors = dict(codes(sheet, Severity.ERROR))
    assert "no_execution" in errors
    # without a ledger the cost lines have no actual either: 8 missing actuals
    assert sum(1 for f in sheet.errors if f.code == "missing_actual") == 8


# --- the department as a whole -------------------------------------------------------------------


def department_actuals(document: PerformanceDocument) -> Actuals:
    """Every department-goal target met, the whole expenditure budget spent."""
    met: list[YearEndActual] = []
    for goal in document.department_goals:
        for indicator in goal.indicators:
            if is_cost_indicator(indicator):
                continue  # goal 3's cost lines read the 侨务工作经费 ledger
            ref = IndicatorRef(goal=goal.number, indicator=indicator.name)
            met.append(met_value(indicator).model_copy(update={"ref": ref}))
    year_end_day = date(2020, 12, 31)
    basic = [  # 人员经费 and 公用经费, booked to the department, not to a project
        SpendingRecord(
            date=year_end_day, amount=Decimal("64.18"), economic_category="工资福利支出"
        ),
        SpendingRecord(
            date=year_end_day, amount=Decimal("14.11"), economic_category="商品和服务支出"
        ),
    ]
    return Actuals(fiscal_year=2020, spending=[*basic, *full_ledger()], year_end=met)


def test_department_all_met_scores_100_with_the_satisfaction_points_redistributed(
    document: PerformanceDocument,
) -> None:
    sheet = evaluate_department(document, department_actuals(document), scoring_profile("default"))
    # 全年预算数: no 支出合计 stated → 64.18 + 14.11 + 8 = 86.29; executed 64.18 + 14.11 + 8
    assert sheet.budget.full_year_budget == Decimal("86.29")
    assert_points(sheet.budget.score, Fraction(10))
    # The department table has no 满意度 category: its 10 points go to 产出 and 效益 pro rata,
    # 90 × 50/80 = 56.25 and 90 × 30/80 = 33.75, over 33 output and 8 outcome indicators.
    assert_points(sheet.row("职工出勤率").weight, Fraction(5625, 100) / 33)
    assert_points(sheet.row("促成合作项目数量").weight, Fraction(3375, 100) / 8)
    assert present(sheet.total) == Decimal("100.00")
    assert sheet.rating == "优"
    assert [f.code for f in sheet.findings] == ["empty_group"]


def with_goal_actual(actuals: Actuals, replacement: YearEndActual) -> Actuals:
    ref = replacement.ref
    kept = [
        a for a in actuals.year_end if (a.ref.goal, a.ref.indicator) != (ref.goal, ref.indicator)
    ]
    return actuals.model_copy(update={"year_end": [*kept, replacement]})


def test_department_partial_qualitative_result_scores_the_band_midpoint(
    document: PerformanceDocument,
) -> None:
    partial = YearEndActual(
        ref=IndicatorRef(goal=1, indicator="单位年终考核成绩"),
        level=AchievementLevel.PARTIAL,
        deviation_explanation="考核等次为合格,加强日常管理",
    )
    actuals = with_goal_actual(department_actuals(document), partial)
    sheet = evaluate_department(document, actuals, scoring_profile("default"))
    # 部分达成 band 60–80%, default point the midpoint 70%: 0.7 × 33.75/8 = 2.953125
    outcome_weight = Fraction(3375, 100) / 8
    assert_points(sheet.row("单位年终考核成绩").score, Fraction(7, 10) * outcome_weight)
    # 总分 100 − 0.3 × 33.75/8 = 100 − 1.265625 = 98.734375 → 98.73
    assert present(sheet.total) == Decimal("98.73")
    # the evaluator's coefficient inside the band is used as given: 0.8 × 33.75/8
    coefficient = partial.model_copy(update={"score_coefficient": Decimal("0.8")})
    sheet = evaluate_department(
        document, with_goal_actual(actuals, coefficient), scoring_profile("default")
    )
    assert_points(sheet.row("单位年终考核成绩").score, Fraction(4, 5) * outcome_weight)
