"""The forms built from what the use cases compute: monitoring (1-N月), self-evaluation, the
review opinion, a region's summary; and province templates as data."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.app.reports import ReportOptions, as_of_date, render
from jixiao.domain.model import DocumentKind
from jixiao.domain.scoring import present
from jixiao.ingest.pipeline import parse_file
from jixiao.report.layout import Cell, Form, Paragraph, Table, display, place
from jixiao.report.templates import TemplateError, builtin_names, load_template
from jixiao.tools.synth import ProvinceSpec
from jixiao.workspace import Workspace
from report_support import XINGTAI_ACTUALS, XINGTAI_DEPARTMENT, xingtai_workspace


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    found = xingtai_workspace(tmp_path_factory.mktemp("forms"))
    found.import_actuals(XINGTAI_ACTUALS, XINGTAI_DEPARTMENT, 2020)
    return found


def _tables(form: Form) -> list[Table]:
    return [b for b in form.blocks if isinstance(b, Table)]


def _texts(form: Form) -> Iterator[str]:
    for table in _tables(form):
        for _, _, cell in place((*table.header, *table.body)):
            yield display(cell)


def _row_with(form: Form, label: str) -> list[str]:
    """The displayed cells of the row holding ``label``, empty cells left out."""
    for table in _tables(form):
        for row in (*table.header, *table.body):
            if any(cell.value == label for cell in row):
                return [display(cell) for cell in row if cell.value is not None]
    raise AssertionError(label)


def _row_after(form: Form, label: str) -> list[str]:
    """The displayed cells of the row below the cell reading ``label``."""
    for table in _tables(form):
        rows = (*table.header, *table.body)
        for n, row in enumerate(rows):
            if any(cell.value == label for cell in row):
                return [display(cell) for cell in rows[n + 1]]
    raise AssertionError(label)


def test_the_monitoring_form_shows_the_domain_figures_at_the_date(workspace: Workspace) -> None:
    when = date(2020, 6, 30)
    expected = workspace.monitor(XINGTAI_DEPARTMENT, when, 2020).projects[0].form
    (form,) = workspace.report_forms(
        "project-monitoring", XINGTAI_DEPARTMENT, ReportOptions(fiscal_year=2020, as_of=when)
    )

    assert form.title == "项目支出绩效监控表(1-6月)"
    texts = list(_texts(form))
    assert "1-6月完成值" in texts and "1-6月执行数" in texts
    assert [r.name for r in expected.indicators] == [
        t for t in texts if t in {r.name for r in expected.indicators}
    ]
    funding = _row_after(form, "年初预算数")
    assert funding[0] == "8"


def test_the_self_evaluation_form_is_the_score_sheet(workspace: Workspace) -> None:
    sheets = workspace.evaluate(XINGTAI_DEPARTMENT, 2020).sheets
    (project,) = workspace.report_forms("project-self-evaluation", XINGTAI_DEPARTMENT)
    (department,) = workspace.report_forms("department-self-evaluation", XINGTAI_DEPARTMENT)

    assert project.title == "项目支出绩效自评表"
    assert department.title == "部门整体支出绩效自评表"
    for form, sheet in ((project, sheets[0]), (department, sheets[-1])):
        assert _row_with(form, "总分")[-2:] == ["100.00", f"{sheet.total_presented:.2f}"]
        assert _row_with(form, "评价等级") == ["评价等级", sheet.rating]
        assert {r.name for r in sheet.rows} <= set(_texts(form))


def test_a_sichuan_template_adds_the_score_coefficient(workspace: Workspace) -> None:
    options = ReportOptions(template="sichuan")
    (form,) = workspace.report_forms("project-self-evaluation", XINGTAI_DEPARTMENT, options)
    (target,) = workspace.report_forms("project-target", XINGTAI_DEPARTMENT, options)

    assert "得分系数" in list(_texts(form))
    assert "权重" in list(_texts(target))


def test_a_hebei_template_splits_the_target_and_says_效果指标(workspace: Workspace) -> None:
    (form,) = workspace.report_forms(
        "project-target", XINGTAI_DEPARTMENT, ReportOptions(template="hebei")
    )
    header = [display(c) for c in _tables(form)[1].header[0]]
    assert header[4:7] == ["指标性质", "指标值", "度量单位"]
    texts = list(_texts(form))
    assert "效果指标" in texts and "效益指标" not in texts
    row = _row_after(form, "三级指标")  # the first indicator: 举办联谊活动次数 ≥5次
    assert row[2:7] == ["举办联谊活动次数", "举办经济文化等各类海内外联谊活动次数", "≥", "5", "次"]


def test_the_review_opinion_lists_the_findings_and_the_comments(workspace: Workspace) -> None:
    options = ReportOptions(comments=("请补充指标值确定依据。",))
    (form,) = workspace.report_forms("review", XINGTAI_DEPARTMENT, options)

    assert form.title == "预算绩效目标审核意见"
    (table,) = _tables(form)
    assert len(table.body) > 0
    summary = next(b for b in form.blocks if isinstance(b, Paragraph)).text
    assert f"共发现问题{len(table.body)}条" in summary
    assert any(isinstance(b, Paragraph) and b.text == "请补充指标值确定依据。" for b in form.blocks)


def test_the_approval_form_is_signed_by_the_bureau(workspace: Workspace) -> None:
    (form,) = workspace.report_forms("project-approval", XINGTAI_DEPARTMENT)
    assert form.title == "项目支出绩效目标批复表"
    assert dict(form.meta)["批复单位"] == "邢台市财政局"


def test_an_unknown_project_names_the_projects(workspace: Workspace) -> None:
    with pytest.raises(Exception, match="侨务工作经费"):
        workspace.report_forms(
            "project-target", XINGTAI_DEPARTMENT, ReportOptions(project="无此项目")
        )


def test_the_monitoring_date_defaults_to_today_or_the_year_end() -> None:
    assert as_of_date(2020, None, today=date(2026, 12, 5)) == date(2020, 12, 31)
    assert as_of_date(2026, None, today=date(2026, 12, 5)) == date(2026, 12, 5)
    assert as_of_date(2026, date(2026, 3, 31)) == date(2026, 3, 31)


# --- templates ------------------------------------------------------------------------------


def test_three_templates_ship_as_data() -> None:
    assert builtin_names() == ["default", "hebei", "sichuan"]
    assert load_template("hebei").category_label("outcome", "效益指标") == "效果指标"


def test_a_template_file_names_its_columns(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(
        'name = "mine"\n[project]\ncolumns = ["name", "target"]\n'
        '[department]\ncolumns = ["name", "target"]\n'
        '[self_evaluation]\ncolumns = ["name", "score"]\n',
        encoding="utf-8",
    )
    template = load_template(str(path))
    assert template.project == ("name", "target")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("name = [", "不是有效的 TOML"),
        ('[project]\ncolumns = ["name"]', r"缺少 \[department\]"),
        (
            '[project]\ncolumns = ["name", "colour"]\n[department]\ncolumns = ["name"]\n'
            '[self_evaluation]\ncolumns = ["name"]',
            "未知的列",
        ),
    ],
)
def test_a_bad_template_is_refused_naming_the_file(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(TemplateError, match=message) as raised:
        load_template(str(path))
    assert str(path) in str(raised.value)


def test_an_unknown_template_lists_the_shipped_ones() -> None:
    with pytest.raises(TemplateError, match="default、hebei、sichuan"):
        load_template("guangdong")


def test_a_cell_number_is_exact() -> None:
    assert display(Cell(Decimal("88.29"), "number")) == "88.29"


def test_a_stored_project_form_gives_its_target_form(tmp_path: Path) -> None:
    # a 项目支出绩效目标表 imported on its own, with no 部门预算绩效文本 of the department
    source = Path(__file__).parent / "fixtures" / "documents"
    workspace = Workspace(f"sqlite:///{tmp_path / 'j.sqlite3'}")
    workspace.init()
    stored, _ = workspace.import_file(source / "jiangxi-ganchuan-2024-project-target-keyvalue.txt")
    document = workspace.document(
        stored.department, stored.fiscal_year, kind=DocumentKind.PROJECT_TARGET
    )

    (form,) = workspace.report_forms("project-target", stored.department)

    texts = set(_texts(form))
    assert document.projects[0].name in texts
    assert {i.name for i in document.projects[0].indicators} <= texts


def test_a_region_batch_lists_the_departments_on_both_databases(
    db_url: str, tmp_path: Path
) -> None:
    workspace = Workspace(db_url)
    workspace.init()
    workspace.synthesize(ProvinceSpec(units=2, projects_per_unit=1, seed=3))
    ticks: list[tuple[int, int]] = []

    written = workspace.report_region(
        "department-target",
        2024,
        "99",
        "xlsx",
        tmp_path,
        progress=lambda d, t, _: ticks.append((d, t)),
    )

    assert len(written) == 2 and all(w.path.is_file() for w in written)
    assert ticks == [(1, 2), (2, 2)]


def test_the_department_self_evaluation_has_the_department_columns_and_reads_back(
    workspace: Workspace, tmp_path: Path
) -> None:
    sheet = workspace.evaluate(XINGTAI_DEPARTMENT, 2020).sheets[-1]
    (form,) = workspace.report_forms("department-self-evaluation", XINGTAI_DEPARTMENT)
    header = [display(c) for c in _tables(form)[1].header[0]]
    assert header[3:10] == [
        "年初指标值",
        "调整指标值",
        "全年完成值",
        "得分系数",
        "指标权重",
        "指标得分",
        "是否核心指标",
    ]
    path = tmp_path / "department.xlsx"
    path.write_bytes(render([form], "xlsx"))

    read, _ = parse_file(path)

    assert read.kind is DocumentKind.DEPARTMENT_SELF_EVALUATION
    indicators = [i for goal in read.department_goals for i in goal.indicators]
    assert [i.name for i in indicators] == [r.name for r in sheet.rows]
    assert [i.weight for i in indicators] == [present(r.weight) for r in sheet.rows]
    assert [i.result.score if i.result else None for i in indicators] == [
        present(r.score) for r in sheet.rows
    ]
