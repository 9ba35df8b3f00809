"""The importer reads the Xingtai 2020 document as the careful human reading does.

The input is the OCR text in ``../shared/corpus/``; the reference is the hand-made reading
``tests/fixtures/xingtai-2020.json`` (its judgement calls: ``xingtai-2020.README.md``). Every
indicator of the department table, the project table and the prose is compared with it
field by field, as are the budget, the spending plan, the goals and the safeguards. Where
the parser's reading differs from the fixture's by a rule the issue asks for, the test
asserts the parser's reading and says why (``DIFFERENCES`` below).
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from cli_support import run_cli
from jixiao.domain.framework import Category
from jixiao.domain.model import Indicator, PerformanceDocument
from jixiao.domain.target import Operator, Target, TargetKind
from jixiao.ingest.pipeline import parse_file
from jixiao.ingest.report import ImportReport, ItemKind

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
XINGTAI = CORPUS / "xingtai-qiaolian-2020-department-performance.txt"
FIXTURE = Path(__file__).parent / "fixtures" / "xingtai-2020.json"

pytestmark = pytest.mark.skipif(
    not XINGTAI.is_file(), reason=f"the shared corpus is not checked out at {CORPUS}"
)

# Project indicators where the parser's reading legitimately differs from the fixture's:
# name → (field, parser's value, why).
DIFFERENCES: dict[str, tuple[str, object, str]] = {
    # Issue 3 asks for "a value missing in one table but stated in another table or in the
    # prose" to be filled, with provenance. The project table's 指标值 cell is empty (line
    # 151); the department table states the same indicator as ≥4 次 (line 106) and the prose
    # as 不少于 4次. The fixture (README §23) chose to leave it empty; the parser cross-fills
    # it and reports CROSS_FILLED (asserted in test_cross_fills_are_reported).
    "召开工作会议次数": ("target", ("≥", "4", "次"), "cross-filled from line 106"),
    # The OCR cut 胞 at a column edge into 服 | 见 (line 147). The fixture's reader restored
    # 胞 from knowing the characters; no general rule can, so the parser keeps the text and
    # reports the definition UNCERTAIN ("分栏处可能有残字").
    "接待海外侨胞人数": ("definition", "接待海外侨服见来邢参观考察", "column-edge damage kept"),
    # Line 157 has a space inside one cell: "参加市侨 参加学习". A space between Chinese
    # characters is an OCR line break everywhere else in the document and is removed; the
    # fixture reads this one as a gap of lost text ("…"), which no rule can tell apart.
    "侨联专、兼职干部参加培训率": (
        "definition",
        "侨联干部参加市侨参加学习培训人数",
        "space read as a line break",
    ),
}


@pytest.fixture(scope="module")
def parsed() -> tuple[PerformanceDocument, ImportReport]:
    return parse_file(XINGTAI)


@pytest.fixture(scope="module")
def doc(parsed: tuple[PerformanceDocument, ImportReport]) -> PerformanceDocument:
    return parsed[0]


@pytest.fixture(scope="module")
def report(parsed: tuple[PerformanceDocument, ImportReport]) -> ImportReport:
    return parsed[1]


@pytest.fixture(scope="module")
def reference() -> PerformanceDocument:
    return PerformanceDocument.model_validate_json(FIXTURE.read_text(encoding="utf-8"))


def _target(target: Target | None) -> tuple[object, ...] | None:
    """What a target says, whatever its spelling: kind, operator, value, unit, standard."""
    if target is None:
        return None
    operator = target.operator.value if target.operator else None
    value = None if target.value is None else str(target.value)
    return (target.kind.value, operator, value, target.unit, target.standard, target.or_better)


def _row(indicator: Indicator) -> tuple[object, ...]:
    return (
        indicator.name,
        indicator.category,
        indicator.subcategory,
        _target(indicator.target),
    )


# --- who, when, money -----------------------------------------------------------------------------


def test_department_year_bureau_and_title(
    doc: PerformanceDocument, reference: PerformanceDocument
) -> None:
    assert doc.kind.value == "department_performance"
    assert doc.fiscal_year == reference.fiscal_year == 2020
    assert doc.department == reference.department
    assert doc.finance_bureau == reference.finance_bureau
    assert doc.title == reference.title == "邢台市归国华侨联合会2020年部门预算绩效文本"
    assert doc.provenance["department"].line == 3
    assert doc.provenance["fiscal_year"].line == 1


def test_every_budget_figure(doc: PerformanceDocument, reference: PerformanceDocument) -> None:
    income, spending = doc.budget.income, doc.budget.expenditure
    assert income.parts() == reference.budget.income.parts()
    assert income.total == reference.budget.income.total == Decimal("88.29")
    assert income.general_public_budget == Decimal("88.29")
    assert spending.parts() == reference.budget.expenditure.parts()
    assert (spending.personnel, spending.operating, spending.project) == (
        Decimal("64.18"),
        Decimal("14.11"),  # "14." | "11": one amount the OCR split over two cells
        Decimal("8"),  # in the right half of the merged 项目支出 cell
    )
    assert spending.total is None and spending.other is None  # empty cells stay empty
    for field in ("total", "general_public_budget"):
        assert income.provenance[field].line == 77
    for field in ("personnel", "operating", "project"):
        assert spending.provenance[field].line == 80


# --- department goals (部门整体支出绩效目标申报表) ------------------------------------------------


def test_department_goals_texts_and_funding_blocks(
    doc: PerformanceDocument, reference: PerformanceDocument
) -> None:
    assert [g.number for g in doc.department_goals] == [1, 2, 3]
    for goal, expected in zip(doc.department_goals, reference.department_goals, strict=True):
        assert goal.text == expected.text
        assert goal.funding_block is not None and expected.funding_block is not None
        assert goal.funding_block.name == expected.funding_block.name
        assert goal.funding_block.amount == expected.funding_block.amount
    blocks = [g.funding_block for g in doc.department_goals]
    assert [(b.name, b.amount) for b in blocks if b] == [
        ("人员经费", Decimal("64.18")),
        (None, None),  # only "万元)" survives: nothing is guessed
        ("侨务工作经费", None),  # "侨务工" completed from the only project's name
    ]
    assert doc.annual_work_plan == reference.annual_work_plan


@pytest.mark.parametrize("goal", [0, 1, 2])
def test_department_table_indicators(
    doc: PerformanceDocument, reference: PerformanceDocument, goal: int
) -> None:
    """Name, operator, value, unit and category of every indicator of each goal's block."""
    ours = [_row(i) for i in doc.department_goals[goal].indicators]
    theirs = [_row(i) for i in reference.department_goals[goal].indicators]
    assert ours == theirs
    assert all(i.subcategory is None for i in doc.department_goals[goal].indicators)


def test_department_table_counts_and_categories(doc: PerformanceDocument) -> None:
    goals = doc.department_goals
    assert [len(g.indicators) for g in goals] == [5, 8, 28]
    categories = [[i.category for i in g.indicators] for g in goals]
    output, outcome = Category.OUTPUT, Category.OUTCOME
    assert categories[0] == [output] * 4 + [outcome]  # the 一级 cell of 83–86 is lost
    assert categories[1] == [output] * 7 + [outcome]
    assert categories[2] == [output] * 22 + [outcome] * 6


# --- the project (项目绩效目标表) -----------------------------------------------------------------


def test_project_facts(doc: PerformanceDocument, reference: PerformanceDocument) -> None:
    assert len(doc.projects) == 1
    project, expected = doc.projects[0], reference.projects[0]
    assert project.name == expected.name == "侨务工作经费"
    assert (project.budget, project.fiscal_funds, project.other_funds) == (
        Decimal("8"),
        Decimal("8"),
        None,
    )
    assert project.code is None
    assert project.purpose == expected.purpose == "保障侨务工作正常开展"
    # Only fragments of the cell survive; they are word for word in goal 3's text.
    assert project.annual_goal == expected.annual_goal
    assert project.provenance["annual_goal"].line == 144


def test_spending_plan(doc: PerformanceDocument, reference: PerformanceDocument) -> None:
    plan = doc.projects[0].spending_plan
    assert [(c.month, c.cumulative_percent, c.label) for c in plan] == [
        (c.month, c.cumulative_percent, c.label) for c in reference.projects[0].spending_plan
    ]
    assert [(c.month, str(c.cumulative_percent)) for c in plan] == [
        (3, "25"),
        (6, "50"),
        (10, "75"),
        (12, "100"),
    ]
    assert all(c.provenance["row"].line == 143 for c in plan)
    # The first header is lost; 3月底 is read from the even pace of 25%, and said so.
    assert plan[0].provenance["label"].repairs


def test_project_indicators(doc: PerformanceDocument, reference: PerformanceDocument) -> None:
    """Every project indicator: name, category, subcategory, target and definition."""
    ours, theirs = doc.projects[0].indicators, reference.projects[0].indicators
    assert [i.name for i in ours] == [i.name for i in theirs]
    for indicator, expected in zip(ours, theirs, strict=True):
        difference = DIFFERENCES.get(indicator.name)
        assert indicator.category == expected.category, indicator.name
        assert indicator.subcategory == expected.subcategory, indicator.name
        if difference is not None and difference[0] == "target":
            assert indicator.target is not None
            assert (
                indicator.target.operator.value if indicator.target.operator else None,
                str(indicator.target.value),
                indicator.target.unit,
            ) == difference[1]
        else:
            assert _target(indicator.target) == _target(expected.target), indicator.name
        if difference is not None and difference[0] == "definition":
            assert indicator.definition == difference[1]
        else:
            assert indicator.definition == expected.definition, indicator.name


# --- prose ----------------------------------------------------------------------------------------


def test_overall_goal(doc: PerformanceDocument, reference: PerformanceDocument) -> None:
    assert doc.overall_goal == reference.overall_goal
    assert doc.provenance["overall_goal"].line == 16


def test_goal_sections_and_their_indicators(
    doc: PerformanceDocument, reference: PerformanceDocument
) -> None:
    assert len(doc.goal_sections) == 3
    for section, expected in zip(doc.goal_sections, reference.goal_sections, strict=True):
        assert section.title == expected.title
        assert section.goal == expected.goal
        assert section.indicators_text == expected.indicators_text
        assert [i.name for i in section.indicators] == [i.name for i in expected.indicators]
        for indicator, wanted in zip(section.indicators, expected.indicators, strict=True):
            # the prose phrase is kept as written (不少于 5次) and read by the grammar
            assert indicator.target is not None and wanted.target is not None
            assert indicator.target.text == wanted.target.text
            assert _target(indicator.target) == _target(wanted.target)
            assert indicator.category is None and indicator.subcategory is None
    assert [len(s.indicators) for s in doc.goal_sections] == [5, 8, 28]


@pytest.mark.parametrize(
    ("section", "name", "operator", "value", "unit"),
    [
        (0, "职工出勤率", Operator.GE, "95", "%"),
        (1, "机关运行经费变动率", Operator.LT, "100", "%"),
        (1, "机关不发生安全事故", Operator.LE, "0", "次"),
        (1, "取暖面积", Operator.GE, "36", "平方米"),
        (2, "侨联干部委员参会率", Operator.GE, "90", "%"),
        (2, "接待费成本", Operator.LE, "1.1", "万元"),
        (2, "差旅费成本", Operator.LE, "1", "万元"),  # split over lines 36 and 38
    ],
)
def test_prose_phrasing_is_read_by_the_grammar(
    doc: PerformanceDocument, section: int, name: str, operator: Operator, value: str, unit: str
) -> None:
    [indicator] = [i for i in doc.goal_sections[section].indicators if i.name == name]
    assert indicator.target is not None
    assert indicator.target.kind is TargetKind.QUANTITATIVE
    assert (indicator.target.operator, str(indicator.target.value), indicator.target.unit) == (
        operator,
        value,
        unit,
    )


def test_six_safeguards(doc: PerformanceDocument, reference: PerformanceDocument) -> None:
    assert len(doc.safeguards) == 6
    for safeguard, expected in zip(doc.safeguards, reference.safeguards, strict=True):
        assert (safeguard.title, safeguard.text) == (expected.title, expected.text)
    assert doc.safeguards[2].title == "精编预算,做好资金保障"


# --- provenance and the import report -------------------------------------------------------------


def test_every_indicator_says_where_it_was_read(doc: PerformanceDocument) -> None:
    lines = XINGTAI.read_text(encoding="utf-8").split("\n")
    for where, indicator in doc.all_indicators():
        row = indicator.provenance["row"]
        assert row.source == XINGTAI.name, where
        assert row.line is not None and row.text == lines[row.line - 1], (where, indicator.name)


def _items(report: ImportReport, kind: ItemKind, field_start: str) -> list[tuple[int | None, str]]:
    return [
        (item.line, item.original or "")
        for item in report.of_kind(kind)
        if item.field and item.field.startswith(field_start)
    ]


def test_repairs_are_reported_with_their_lines(report: ImportReport) -> None:
    repaired = _items(report, ItemKind.REPAIRED, "")
    for expected in [
        (77, "88. 29"),  # a space inside an amount
        (80, "14.\t11"),  # an amount split over two cells
        (92, "€0"),  # € read for ≤
        (119, "≪0.4万元"),  # ≪ read for ≤
        (171, "25项"),  # the garbled lower half of row 170, folded into it
        (173, "22 1"),
        (175, "210 永"),
        (177, "=10"),
        (160, "=100%"),
        (172, "≥2 ↑"),  # ↑ read for 个
    ]:
        assert expected in repaired
    echo = [i for i in report.of_kind(ItemKind.REPAIRED) if i.original == "25项"]
    assert echo[0].field == "projects[0].indicators[22]" and echo[0].value == "≥5项"


def test_cross_fills_are_reported(doc: PerformanceDocument, report: ImportReport) -> None:
    filled = {item.field: item for item in report.of_kind(ItemKind.CROSS_FILLED)}
    # ">9 | 95%" (line 84): confirmed by the prose's 职工出勤率不低于95% (line 24)
    attendance = filled["department_goals[0].indicators[1].target"]
    assert (attendance.line, attendance.original, attendance.value) == (24, ">9\t95%", "≥95%")
    # the empty 指标值 cell of 召开工作会议次数 (line 151), from the department table (line 106)
    meetings = filled["projects[0].indicators[5].target"]
    assert (meetings.line, meetings.value) == (106, "≥4次")
    indicator = doc.projects[0].indicators[5]
    assert indicator.provenance["target"].line == 106
    assert indicator.provenance["target"].repairs[0].value == "≥4次"
    assert "projects[0].annual_goal" in filled
    assert "department_goals[2].funding_block.name" in filled


def test_what_could_not_be_read_is_listed(report: ImportReport) -> None:
    unreadable = {item.field for item in report.of_kind(ItemKind.UNREADABLE)}
    assert "department_goals[1].funding_block.amount" in unreadable
    assert "department_goals[2].funding_block.amount" in unreadable
    assert report.of_kind(ItemKind.MISSING) == []
    # no line is left unread: what is unrecognised are stray marks inside rows read
    unrecognised = [(item.line, item.original) for item in report.of_kind(ItemKind.UNRECOGNISED)]
    assert unrecognised == [(96, "** ** ***"), (126, "沙米长 仁")]


def test_counts_per_section(report: ImportReport) -> None:
    assert report.genre == "department_performance"
    assert report.counts == {
        "分项绩效目标": 3,
        "分项绩效目标指标": 41,
        "整体支出目标": 3,
        "整体支出目标指标": 41,
        "预算金额": 5,
        "工作保障措施": 6,
        "预算项目": 1,
        "项目指标": 28,
        "资金支出计划节点": 4,
    }


# --- the commands ---------------------------------------------------------------------------------


def test_parse_prints_the_canonical_json_and_the_report_apart() -> None:
    result = run_cli("parse", str(XINGTAI), "--report-json")
    assert result.returncode == 0, result.stderr
    document = PerformanceDocument.model_validate_json(result.stdout)
    assert len(document.projects[0].indicators) == 28
    report = json.loads(result.stderr)
    assert report["counts"]["项目指标"] == 28
    assert any(item["kind"] == "cross_filled" for item in report["items"])


def test_import_stores_the_document(db_url: str) -> None:
    result = run_cli("import", str(XINGTAI), db=db_url)
    assert result.returncode == 0, result.stderr
    assert "已导入" in result.stdout and "已补全" in result.stdout
    listed = run_cli("list", db=db_url)
    assert "邢台市归国华侨联合会" in listed.stdout and "2020" in listed.stdout
    shown = run_cli("show", "邢台市归国华侨联合会", "--year", "2020", db=db_url)
    assert "侨群满意度" in shown.stdout and "≤1.1万元" in shown.stdout
