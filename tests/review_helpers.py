"""A clean hand-made declaration for the review tests, and helpers to run one rule on it.

The declaration is what a careful department would submit: budgets that add up, goals tied to
the budget lines, every goal and project with 产出/效益/满意度 indicators, the prose stating
the same targets as the tables, project indicators with definitions and target bases. Each
rule test breaks one thing in a copy and checks that the rule (and only the rule's kind of
finding) appears.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from jixiao.domain.framework import Category, Subcategory
from jixiao.domain.model import (
    AchievementLevel,
    Department,
    DepartmentGoal,
    DocumentKind,
    FundingBlock,
    FundingExecution,
    FundingSource,
    GoalSection,
    Indicator,
    IndicatorResult,
    PerformanceDocument,
    Project,
    Region,
    SpendingCheckpoint,
    TargetBasis,
)
from jixiao.domain.review import Finding, ReviewContext, ReviewProfile, review

OUT, EFF, SAT = Category.OUTPUT, Category.OUTCOME, Category.SATISFACTION
QTY, QLT, TIME, COST = (
    Subcategory.QUANTITY,
    Subcategory.QUALITY,
    Subcategory.TIMELINESS,
    Subcategory.COST,
)
PROJECT_NAME = "公共文化服务"


def indicator(
    name: str,
    target: str | None,
    category: Category | None = None,
    subcategory: Subcategory | None = None,
    definition: str | None = None,
    basis: TargetBasis | None = None,
) -> Indicator:
    return Indicator(
        name=name,
        target=target,
        category=category,
        subcategory=subcategory,
        definition=definition,
        target_basis=basis,
    )


def _running_indicators() -> list[Indicator]:
    return [
        indicator("重点工作完成率", "≥95%", OUT, QTY),
        indicator("职工出勤率", "≥95%", OUT, QLT),
        indicator("预算执行率", "≥95%", OUT, TIME),
        indicator("公用经费控制率", "≤100%", OUT, COST),
        indicator("单位年终考核成绩", "良好及以上", EFF, Subcategory.SOCIAL),
        indicator("服务对象满意度", "≥90%", SAT, Subcategory.BENEFICIARY_SATISFACTION),
    ]


def _service_indicators(with_details: bool) -> list[Indicator]:
    plan = TargetBasis.PLAN if with_details else None
    standard = TargetBasis.EXPENDITURE_STANDARD if with_details else None

    def said(text: str) -> str | None:
        return text if with_details else None

    return [
        indicator("举办展览场次", "≥12场", OUT, QTY, said("全年举办各类展览的场次"), plan),
        indicator("展览验收合格率", "≥95%", OUT, QLT, said("验收合格的展览数/展览总数×100%"), plan),
        indicator(
            "展览按时开展率", "≥95%", OUT, TIME, said("按时开展的展览数/计划展览数×100%"), plan
        ),
        indicator("印刷费成本", "≤20万元", OUT, COST, said("宣传品印刷费支出"), standard),
        indicator("劳务费成本", "≤40万元", OUT, COST, said("布展劳务费支出"), standard),
        indicator("受益人数", "≥5万人次", EFF, Subcategory.SOCIAL, said("参观展览的人次"), plan),
        indicator(
            "观众满意度",
            "≥90%",
            SAT,
            Subcategory.BENEFICIARY_SATISFACTION,
            said("满意的受访观众数/受访观众总数×100%"),
            TargetBasis.HISTORICAL if with_details else None,
        ),
    ]


def clean_declaration(
    department: str = "某市文化馆", fiscal_year: int = 2024
) -> PerformanceDocument:
    """A declaration on which every rule is silent."""
    return PerformanceDocument(
        fiscal_year=fiscal_year,
        department=Department(name=department, region=Region(name="某市")),
        title=f"{department}{fiscal_year}年部门预算绩效文本",
        budget={
            "income": {
                "total": Decimal("300"),
                "general_public_budget": Decimal("280"),
                "carry_over": Decimal("20"),
            },
            "expenditure": {
                "total": Decimal("300"),
                "personnel": Decimal("150"),
                "operating": Decimal("50"),
                "project": Decimal("100"),
            },
        },
        overall_goal="保障机构正常运转,办好公共文化服务,提高群众满意度。",
        goal_sections=[
            GoalSection(
                title="保障机构正常运转",
                goal="保障人员和日常运转经费,完成年度重点工作。",
                indicators=[
                    indicator("重点工作完成率", "不低于95%"),
                    indicator("单位年终考核成绩", "达到良好及以上等次"),
                ],
            ),
            GoalSection(
                title=f"开展{PROJECT_NAME}",
                goal="全年举办展览,惠及群众。",
                indicators=[indicator("举办展览场次", "不少于12场")],
            ),
        ],
        department_goals=[
            DepartmentGoal(
                number=1,
                text="保障人员和日常运转经费,完成年度重点工作。",
                funding_block=FundingBlock(name="基本支出", amount=Decimal("200")),
                indicators=_running_indicators(),
            ),
            DepartmentGoal(
                number=2,
                text="全年举办展览,惠及群众。",
                funding_block=FundingBlock(name=PROJECT_NAME, amount=Decimal("100")),
                indicators=_service_indicators(with_details=False),
            ),
        ],
        projects=[
            Project(
                code="2024-WH-001",
                name=PROJECT_NAME,
                budget=Decimal("100"),
                fiscal_funds=Decimal("100"),
                annual_goal="全年举办展览,惠及群众。",
                purpose="举办公益展览",
                spending_plan=[
                    SpendingCheckpoint(month=m, cumulative_percent=Decimal(p), label=f"{m}月底")
                    for m, p in ((3, 25), (6, 50), (9, 75), (12, 100))
                ],
                indicators=_service_indicators(with_details=True),
            )
        ],
    )


def changed(document: PerformanceDocument, path: str, value: Any) -> PerformanceDocument:
    """A copy of ``document`` with the attribute at ``path`` (``projects.0.budget``) set."""
    copy = document.model_copy(deep=True)
    *parents, last = path.split(".")
    item: Any = copy
    for part in parents:
        item = item[int(part)] if part.isdigit() else getattr(item, part)
    if last.isdigit():
        item[int(last)] = value
    else:
        setattr(item, last, value)
    return copy


def set_target(
    document: PerformanceDocument, where: str, name: str, target: str | None
) -> PerformanceDocument:
    """A copy with the target of indicator ``name`` in ``where`` (``projects.0``) replaced."""
    copy = document.model_copy(deep=True)
    container: Any = copy
    for part in where.split("."):
        container = container[int(part)] if part.isdigit() else getattr(container, part)
    for item in container.indicators:
        if item.name == name:
            item.target = target
            return copy
    raise KeyError(name)


def findings(
    document: PerformanceDocument,
    code: str,
    context: ReviewContext | None = None,
    profile: ReviewProfile | None = None,
) -> list[Finding]:
    """The findings of one rule on ``document``."""
    return [f for f in review(document, profile, context).findings if f.code == code]


def _scored(
    name: str,
    target: str,
    category: Category,
    subcategory: Subcategory,
    weight: str,
    actual: str,
    score: str,
    level: AchievementLevel | None = None,
) -> Indicator:
    number, unit = _split_actual(actual)
    return Indicator(
        name=name,
        target=target,
        category=category,
        subcategory=subcategory,
        weight=Decimal(weight),
        result=IndicatorResult(
            as_of_month=12,
            actual_text=actual,
            actual=number,
            actual_unit=unit,
            level=level,
            score=Decimal(score),
            deviation_explanation="布展场地调整,部分展览验收延后。",
        ),
    )


def _split_actual(actual: str) -> tuple[Decimal | None, str | None]:
    digits = "".join(ch for ch in actual if ch.isdigit() or ch == ".")
    if not digits:
        return None, None
    return Decimal(digits), actual[len(digits) :] or None


def clean_self_evaluation() -> PerformanceDocument:
    """A 项目支出绩效自评表 whose stated scores are exactly what the arithmetic gives.

    预算执行: 95 of 100 万元 spent, 执行率 95%, 分值 10 → 9.5. 验收合格率 90% against ≥95%
    earns 15 × 90/95 = 14.21; the qualitative 社会影响 is 达成 and scored 9 of 10 (inside
    the 80–100% band); the 总分 97.71 is the sum of the rows, and 优.
    """
    return PerformanceDocument(
        kind=DocumentKind.PROJECT_SELF_EVALUATION,
        fiscal_year=2024,
        department=Department(name="某市文化馆"),
        projects=[
            Project(
                name=PROJECT_NAME,
                budget=Decimal("100"),
                supervising_department="某市文化和旅游局",
                implementing_unit="某市文化馆",
                period="2024年1月-2024年12月",
                annual_goal="全年举办展览,惠及群众。",
                funding_execution=[
                    FundingExecution(
                        source=FundingSource.TOTAL,
                        label="年度资金总额",
                        initial_budget=Decimal("100"),
                        full_year_budget=Decimal("100"),
                        executed=Decimal("95"),
                        execution_rate=Decimal("95"),
                        weight=Decimal("10"),
                        score=Decimal("9.5"),
                    )
                ],
                indicators=[
                    _scored("举办展览场次", "≥12场", OUT, QTY, "20", "12场", "20"),
                    _scored("展览验收合格率", "≥95%", OUT, QLT, "15", "90%", "14.21"),
                    _scored("印刷费成本", "≤20万元", OUT, COST, "15", "18万元", "15"),
                    _scored("受益人数", "≥5万人次", EFF, Subcategory.SOCIAL, "20", "6万人次", "20"),
                    _scored(
                        "社会影响",
                        "良好",
                        EFF,
                        Subcategory.SOCIAL,
                        "10",
                        "良好",
                        "9",
                        AchievementLevel.ACHIEVED,
                    ),
                    _scored(
                        "观众满意度",
                        "≥90%",
                        SAT,
                        Subcategory.BENEFICIARY_SATISFACTION,
                        "10",
                        "92%",
                        "10",
                    ),
                ],
                total_score=Decimal("97.71"),
                rating="优",
            )
        ],
    )
