"""Shared fixtures: a database URL for each backend, and rich sample documents.

``db_url`` runs a test on SQLite (a temp file) and on PostgreSQL (``JIXIAO_TEST_PG_URL``) in
a schema of its own, created for the test and dropped after it, so tests are isolated and can
run in parallel. Without ``JIXIAO_TEST_PG_URL`` the PostgreSQL runs are skipped, unless
``JIXIAO_REQUIRE_PG=1`` (CI), where they fail. ``migrated_url`` is that database already at
head: a copy of one migrated once per test process (see tests/db_templates.py).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import URL, Engine, create_engine, make_url
from sqlalchemy.pool import NullPool

from db_templates import (
    SchemaScript,
    copy_sqlite,
    migrate,
    migrated_sqlite,
    postgres_schema_script,
)
from jixiao.domain.framework import Category, Subcategory
from jixiao.domain.model import (
    AchievementLevel,
    Department,
    DepartmentBudget,
    DepartmentEvaluation,
    DepartmentGoal,
    DeviationCause,
    DocumentKind,
    FinanceBureau,
    FundingBlock,
    FundingExecution,
    FundingSource,
    GoalSection,
    Indicator,
    IndicatorResult,
    Likelihood,
    PerformanceDisclosure,
    PerformanceDocument,
    Project,
    ProjectAttribute,
    ProseSection,
    Provenance,
    Region,
    Repair,
    SpendingCheckpoint,
    TargetBasis,
)
from jixiao.domain.target import Direction, Operator, Target, TargetKind
from jixiao.store.db import create_engine_for, open_db

PG_URL_ENV = "JIXIAO_TEST_PG_URL"
REQUIRE_PG_ENV = "JIXIAO_REQUIRE_PG"


def _postgres_param() -> Any:
    marks: list[pytest.MarkDecorator] = [pytest.mark.postgres]
    if not os.environ.get(PG_URL_ENV) and os.environ.get(REQUIRE_PG_ENV) != "1":
        marks.append(pytest.mark.skip(reason=f"{PG_URL_ENV} is not set"))
    return pytest.param("postgresql", marks=marks, id="postgresql")


def pytest_configure(config: pytest.Config) -> None:
    """In a pytest-xdist worker: the run's shared folder (the parent of the worker's base
    temp, the controller's), where tests/ingest_support.py leaves each scan's OCR reading
    for the other worker."""
    basetemp = config.option.basetemp
    if hasattr(config, "workerinput") and basetemp:
        import ingest_support

        ingest_support.RUN_FOLDER = Path(basetemp).parent


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The modules that hold slow tests first, the rest in their order.

    scripts/test hands whole modules to two processes in collection order
    (``--dist loadscope --no-loadscope-reorder``): xdist's own order, most tests first, left
    the few long modules (an OCR of a scan, kill points, growth timings) to the end, where one
    process ran them alone for minutes while the other waited. Longest first keeps both busy.
    """
    slow = {_module_of(item) for item in items if item.get_closest_marker("slow") is not None}
    items.sort(key=lambda item: _module_of(item) not in slow)  # stable: order kept within


def _module_of(item: pytest.Item) -> str:
    return item.nodeid.split("::", 1)[0]


@pytest.fixture(params=[pytest.param("sqlite", id="sqlite"), _postgres_param()])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL of an empty database (no schema yet) on each backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'jixiao-test.sqlite3'}"
    else:
        yield from _postgres_schema_url()


def _postgres_schema_url() -> Iterator[str]:
    base = os.environ.get(PG_URL_ENV)
    if not base:
        pytest.fail(f"{REQUIRE_PG_ENV}=1 but {PG_URL_ENV} is not set: PostgreSQL tests cannot run")
    with postgres_schema(make_url(base).set(drivername="postgresql+psycopg")) as url:
        yield url


@contextmanager
def postgres_schema(url: URL) -> Iterator[str]:
    """A new empty schema on the server of ``url``, dropped afterwards; the URL of it."""
    schema = f"test_{uuid.uuid4().hex[:16]}"
    admin = create_engine(url, poolclass=NullPool)
    with admin.begin() as connection:
        connection.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    try:
        # Every connection of the test sees only its schema (tables and alembic_version).
        test_url = url.update_query_dict({"options": f"-csearch_path={schema}"})
        yield test_url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as connection:
            connection.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        admin.dispose()


@pytest.fixture
def bare_engine(db_url: str) -> Iterator[Engine]:
    """An engine on an empty database (nothing migrated); disposed after the test."""
    engine = create_engine_for(db_url)
    try:
        yield engine
    finally:
        engine.dispose()


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file migrated to head, copied by ``migrated_url``."""
    return migrated_sqlite(tmp_path_factory.mktemp("schema-template") / "migrated.sqlite3")


@pytest.fixture(scope="session")
def _postgres_template() -> SchemaScript | None:
    """SQL building a migrated PostgreSQL schema, run by ``migrated_url``."""
    base = os.environ.get(PG_URL_ENV)
    if not base:
        pytest.fail(f"{REQUIRE_PG_ENV}=1 but {PG_URL_ENV} is not set: PostgreSQL tests cannot run")
    return postgres_schema_script(base)


@pytest.fixture
def migrated_url(db_url: str, request: pytest.FixtureRequest) -> str:
    """``db_url``'s database already migrated to head (a copy of a database migrated once per
    test process, see tests/db_templates.py)."""
    build_migrated(db_url, request)
    return db_url


def build_migrated(url: str, request: pytest.FixtureRequest) -> None:
    """Make the empty database ``url`` (a db_url) a copy of the migrated template."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        assert parsed.database is not None
        copy_sqlite(request.getfixturevalue("_sqlite_template"), Path(parsed.database))
        return
    template: SchemaScript | None = request.getfixturevalue("_postgres_template")
    if template is None:  # no pg_dump: migrate
        migrate(url)
    else:
        template.build(parsed, str(parsed.query["options"]).removeprefix("-csearch_path="))


@pytest.fixture
def engine(migrated_url: str) -> Iterator[Engine]:
    """An engine on a database migrated to head; disposed after the test."""
    engine = open_db(migrated_url)
    try:
        yield engine
    finally:
        engine.dispose()


# --- sample documents --------------------------------------------------------------------------


@pytest.fixture
def make_document() -> Callable[..., PerformanceDocument]:
    """A factory of rich documents: every field set, Decimal scales, provenance with repairs."""
    return build_document


# Targets are frozen: the samples share them.
RATE = Target(
    kind=TargetKind.QUANTITATIVE, text="≥95%", operator=Operator.GE, value=Decimal("95"), unit="%"
)
GOOD = Target(kind=TargetKind.QUALITATIVE, text="良好及以上", standard="良好", or_better=True)


def prov(page: int, text: str, repaired: bool = False) -> Provenance:
    repairs = [Repair(original="≪1.1万元", value="≤1.1万元", reason="OCR 把 ≤ 读成 ≪")]
    return Provenance(
        source="某市教育局2024年部门预算绩效文本.pdf",
        page=page,
        line=12,
        text=text,
        repairs=repairs if repaired else [],
    )


def build_document(
    fiscal_year: int = 2024,
    department: str = "某市教育局",
    region: str | None = "某市",
    small: bool = False,
) -> PerformanceDocument:
    rate, good = RATE, GOOD
    cost = Target(
        kind=TargetKind.QUANTITATIVE,
        text="≤1.10万元",
        operator=Operator.LE,
        value=Decimal("1.10"),
        unit="万元",
    )
    bare = Target(kind=TargetKind.QUANTITATIVE, text="10辆", value=Decimal("10"), unit="辆")
    period = Target(kind=TargetKind.PERIOD, text="2023.07-2024.01", start="2023-07", end="2024-01")

    def indicators(prefix: str) -> list[Indicator]:
        items = [
            Indicator(
                category=Category.OUTPUT,
                subcategory=Subcategory.QUANTITY,
                name=f"{prefix}培训人次",
                definition="全年参加培训的人次",
                target=rate,
                target_basis=TargetBasis.PLAN,
                target_basis_note="年度工作计划",
                weight=Decimal("10.0"),
                direction=Direction.POSITIVE,
                remark="备注一",
                provenance={"target": prov(3, "≥95%"), "row": prov(3, "培训人次 ≥95%")},
            ),
            Indicator(
                category=Category.OUTPUT,
                subcategory=Subcategory.COST,
                name=f"{prefix}生均成本",
                target=cost,
                target_basis=TargetBasis.EXPENDITURE_STANDARD,
                weight=Decimal("0.80"),
                direction=Direction.REVERSE,
                provenance={"target": prov(4, "≪1.1万元", repaired=True)},
            ),
            Indicator(
                category=Category.OUTCOME,
                subcategory=Subcategory.SOCIAL,
                name=f"{prefix}教学质量",
                target=good,
                provenance={},
            ),
            Indicator(name=f"{prefix}采购车辆", target=bare, weight=Decimal("8")),
            Indicator(
                category=Category.OUTPUT,
                subcategory=Subcategory.TIMELINESS,
                name=f"{prefix}实施期",
                target=period,
            ),
            Indicator(
                category=Category.SATISFACTION,
                subcategory=Subcategory.BENEFICIARY_SATISFACTION,
                name=f"{prefix}满意度",
                target=None,
                target_placeholder="——",  # a dash written instead of a target
            ),
        ]
        return items[:2] if small else items

    goals = [
        DepartmentGoal(
            number=1,
            text="保障机构正常运转",
            funding_block=FundingBlock(
                name="人员经费", amount=Decimal("64.18"), provenance={"amount": prov(2, "64.18")}
            ),
            indicators=indicators("目标1"),
            provenance={"row": prov(2, "年度整体支出目标1")},
        ),
        DepartmentGoal(number=2, text=None, funding_block=FundingBlock(), indicators=[]),
        DepartmentGoal(
            number=3, text="无资金块", funding_block=None, indicators=indicators("目标3")
        ),
    ]
    projects = [
        Project(
            code="130500-24-001",
            name="校舍维修改造",
            budget=Decimal("88.29"),
            fiscal_funds=Decimal("80.00"),
            other_funds=Decimal("8.29"),
            attribute=ProjectAttribute.CONTINUING,
            period="2024年",
            supervising_department="某市教育局",
            implementing_unit="某市第一中学",
            purpose="维修校舍",
            overall_goal="改善办学条件",
            annual_goal="完成 3 所学校维修",
            spending_plan=[
                SpendingCheckpoint(month=3, cumulative_percent=Decimal("25"), label="3月底"),
                SpendingCheckpoint(month=6, day=30, cumulative_percent=Decimal("50.0")),
                SpendingCheckpoint(
                    month=12,
                    cumulative_percent=Decimal("100.00"),
                    label="12月底",
                    provenance={"cumulative_percent": prov(7, "100%")},
                ),
            ],
            indicators=indicators("项目"),
            provenance={"budget": prov(7, "88.29", repaired=True)},
        ),
        Project(name="空项目", attribute=ProjectAttribute.NEW),
    ]
    sections = [
        GoalSection(
            title="教育教学",
            goal="提高教学质量",
            indicators_text="培训人次≥95%",
            indicators=indicators("分项"),
            provenance={"title": prov(1, "教育教学")},
        ),
        GoalSection(title="空分项"),
    ]
    safeguards = [
        ProseSection(
            title="组织保障", text="成立领导小组。", provenance={"row": prov(9, "组织保障")}
        ),
        ProseSection(title="制度保障", text="完善制度。"),
    ]
    if small:
        goals, projects, sections, safeguards = goals[:1], projects[:1], sections[:1], []
    region_model = Region(name=region, code="130500") if region else None
    return PerformanceDocument(
        fiscal_year=fiscal_year,
        department=Department(
            name=department, code="301", supervising_department="某市人民政府", region=region_model
        ),
        finance_bureau=FinanceBureau(name="某市财政局", region=Region(name="某省", code=None)),
        title=f"{department}{fiscal_year}年部门预算绩效文本",
        budget={
            "income": {
                "total": Decimal("1234.50"),
                "general_public_budget": Decimal("1200.00"),
                "government_fund_budget": Decimal("0"),
                "advance_transfer": Decimal("0.00"),
                "carry_over": Decimal("34.5"),
                "own_income": None,
                "fiscal_appropriation": Decimal("1200.00"),
                "provenance": {"total": prov(1, "1234.50")},
            },
            "expenditure": {
                "total": Decimal("1234.50"),
                "personnel": Decimal("64.18"),
                "operating": Decimal("12.3"),
                "project": Decimal("1158.02"),
                "other": Decimal("0"),
            },
        },
        overall_goal="全面提升教育质量。",
        goal_sections=sections,
        department_goals=goals,
        annual_work_plan="一、……二、……",
        safeguards=safeguards,
        projects=projects,
        performance_disclosure=None if small else _disclosure(),
        provenance={"row": prov(1, "封面"), "fiscal_year": prov(1, "2024年", repaired=True)},
    )


def _disclosure() -> PerformanceDisclosure:
    """A budget disclosure's performance section (every field set, for the round trips)."""
    return PerformanceDisclosure(
        section_title="预算绩效管理情况",
        statement="共设置项目支出预算绩效目标2个,涉及资金88.29万元",
        project_count=2,
        amount=Decimal("88.290"),
        table_total=Decimal("88.29"),
        provenance={"amount": prov(5, "88.29万元")},
    )


# --- forms: monitoring and self-evaluation figures ----------------------------------------------


@pytest.fixture
def make_project_form() -> Callable[..., PerformanceDocument]:
    """A factory of project-level forms with every form field set (see build_project_form)."""
    return build_project_form


@pytest.fixture
def department_self_evaluation() -> PerformanceDocument:
    """A 部门整体支出绩效自评表 with results (see build_department_self_evaluation)."""
    return build_department_self_evaluation()


def form_prov(line: int, text: str) -> Provenance:
    """Provenance of a table cell spread over several lines, with a repair."""
    repair = Repair(original="9 6.5", value="96.5", reason="OCR 在数字中间插入空格")
    return Provenance(
        source="项目支出绩效自评表.xlsx",
        page=2,
        line=line,
        line_end=line + 1,
        text=text,
        repairs=[repair],
    )


def form_indicators() -> list[Indicator]:
    """Indicators with results: every level, likelihood and deviation cause; adjusted targets,
    core flags, scores; an empty result and none at all."""
    rate, good = RATE, GOOD
    lowered = RATE.model_copy(update={"text": "≥90.0%", "value": Decimal("90.0")})
    return [
        Indicator(
            category=Category.OUTPUT,
            subcategory=Subcategory.QUANTITY,
            name="维修完成率",
            target=rate,
            weight=Decimal("10"),
            core=True,
            result=IndicatorResult(
                as_of_month=12,
                actual_text="96.5%",
                actual=Decimal("96.50"),
                actual_unit="%",
                level=AchievementLevel.ACHIEVED,
                likelihood=Likelihood.CERTAIN,
                score=Decimal("10.00"),
                score_coefficient=Decimal("1"),
                provenance={"actual_text": form_prov(5, "9 6.5%")},
            ),
        ),
        Indicator(
            category=Category.OUTPUT,
            subcategory=Subcategory.QUALITY,
            name="验收合格率",
            target=rate,
            adjusted_target=lowered,
            core=False,
            result=IndicatorResult(
                as_of_month=6,
                actual_text="部分完成",
                level=AchievementLevel.PARTIAL,
                projected_text="全年可达 92%",
                likelihood=Likelihood.POSSIBLE,
                deviation_causes=[DeviationCause.FUNDING, DeviationCause.SYSTEM],
                deviation_explanation="资金拨付滞后,验收制度不健全。",
                rectification="加快拨付,完善验收制度。",
                score=Decimal("4.5"),
                score_coefficient=Decimal("0.80"),
            ),
        ),
        Indicator(
            category=Category.OUTCOME,
            subcategory=Subcategory.SOCIAL,
            name="师生满意度",
            target=good,
            adjusted_target=good,
            result=IndicatorResult(
                level=AchievementLevel.NOT_ACHIEVED,
                likelihood=Likelihood.IMPOSSIBLE,
                deviation_causes=[
                    DeviationCause.STAFFING,
                    DeviationCause.HARDWARE,
                    DeviationCause.OTHER,
                ],
                score=Decimal("0"),
            ),
        ),
        Indicator(name="空结果", target=rate, result=IndicatorResult()),  # a row left blank
        Indicator(name="无结果", target=rate, result=None),
    ]


def form_funding() -> list[FundingExecution]:
    """The 项目资金 table: one row per source, amounts of several scales."""
    return [
        FundingExecution(
            source=FundingSource.TOTAL,
            label="年度资金总额",
            initial_budget=Decimal("88.29"),
            full_year_budget=Decimal("90.00"),
            executed=Decimal("85.1"),
            projected=Decimal("90"),
            execution_rate=Decimal("94.56"),
            weight=Decimal("10"),
            score=Decimal("9.46"),
            provenance={"executed": form_prov(3, "85.1"), "row": form_prov(3, "年度资金总额")},
        ),
        FundingExecution(
            source=FundingSource.FISCAL,
            label="当年财政拨款",
            initial_budget=Decimal("80.00"),
            executed=Decimal("80"),
        ),
        FundingExecution(source=FundingSource.CARRY_OVER, initial_budget=Decimal("0.00")),
        FundingExecution(source=FundingSource.OTHER, label="其他资金"),
    ]


def build_project_form(
    project: str = "校舍维修改造",
    kind: DocumentKind = DocumentKind.PROJECT_SELF_EVALUATION,
    fiscal_year: int = 2024,
    department: str = "某市教育局",
    region: str | None = "某市",
) -> PerformanceDocument:
    """A project-level form (by default the 项目支出绩效自评表) about ``project``."""
    return PerformanceDocument(
        kind=kind,
        fiscal_year=fiscal_year,
        department=Department(name=department, region=Region(name=region) if region else None),
        title=f"{project}{kind.label}",
        projects=[
            Project(
                code="130500-24-001",
                name=project,
                budget=Decimal("88.29"),
                supervising_department=department,
                implementing_unit="某市第一中学",
                annual_goal="完成 3 所学校维修",
                manager="张三",
                project_type="一次性项目",
                execution_as_of_month=12,
                funding_execution=form_funding(),
                goal_achievement="完成 3 所学校维修,验收合格。",
                deviation_analysis="资金拨付滞后。",
                measures="提前谋划,加快拨付。",
                total_score=Decimal("92.50"),
                rating="优",
                indicators=form_indicators(),
                provenance={"total_score": form_prov(9, "92.50")},
            )
        ],
        provenance={"row": form_prov(1, "项目支出绩效自评表")},
    )


def build_department_self_evaluation(fiscal_year: int = 2024) -> PerformanceDocument:
    """A 部门整体支出绩效自评表: results on department-goal and goal-section indicators."""
    doc = build_document(fiscal_year=fiscal_year, small=True)
    goal, section = doc.department_goals[0], doc.goal_sections[0]
    income = doc.budget.income.model_copy(update={"own_income": Decimal("12.00")})
    spent = doc.budget.expenditure.model_copy(update={"provenance": {"total": prov(1, "1234.50")}})
    return doc.model_copy(
        update={
            "kind": DocumentKind.DEPARTMENT_SELF_EVALUATION,
            "budget": DepartmentBudget(income=income, expenditure=spent),
            "department_goals": [goal.model_copy(update={"indicators": form_indicators()})],
            "goal_sections": [section.model_copy(update={"indicators": form_indicators()[:2]})],
            "department_evaluation": DepartmentEvaluation(
                funding_execution=form_funding(),
                goal_achievement="目标1完成情况:基本完成",
                total_score=Decimal("90.50"),
                rating="优",
                provenance={"total_score": form_prov(40, "自评得分 90.50 分")},
            ),
        }
    )
