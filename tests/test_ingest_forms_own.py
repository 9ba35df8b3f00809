"""The forms read on documents written for the purpose: other provinces, departments, genres
and layouts than the corpus (see ``tests/fixtures/documents/README.md``).

Each fixture's key facts are in its hand-written sidecar (``<name>.expected.json``); the tests
below check them, then check that the same document in another layout (one cell per
paragraph, tabs instead of pipes) reads the same, and what the import report says.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from forms_expected import DOCUMENTS, expected_for, form_fixtures, mismatches
from jixiao.domain.model import DeviationCause, DocumentKind, Likelihood, PerformanceDocument
from jixiao.ingest.pipeline import GenreError, parse_file
from jixiao.ingest.report import ImportReport, ItemKind

NEWS = DOCUMENTS / "news-budget-reform-paragraph.txt"
DEPARTMENT_TEXT = DOCUMENTS / "hebei-longxi-2021-department-performance.txt"


def _fixture(prefix: str) -> Path:
    (found,) = [path for path in form_fixtures() if path.name.startswith(prefix)]
    return found


@pytest.fixture(scope="module")
def parsed() -> dict[str, tuple[PerformanceDocument, ImportReport]]:
    return {path.stem.split("-")[0]: parse_file(path) for path in form_fixtures()}


def test_there_are_five_form_fixtures_of_four_genres() -> None:
    genres = [expected_for(path)["genre"] for path in form_fixtures()]
    assert len(genres) == 5
    assert set(genres) == {
        DocumentKind.PROJECT_TARGET.value,
        DocumentKind.PROJECT_MONITORING.value,
        DocumentKind.PROJECT_SELF_EVALUATION.value,
        DocumentKind.DEPARTMENT_SELF_EVALUATION.value,
    }


@pytest.mark.parametrize("fixture", form_fixtures(), ids=lambda path: path.stem)
def test_every_stated_fact_is_read(fixture: Path) -> None:
    document, _report = parse_file(fixture)
    assert mismatches(document, expected_for(fixture)) == []


@pytest.mark.parametrize("fixture", form_fixtures(), ids=lambda path: path.stem)
def test_each_fixture_is_read_as_its_genre(
    fixture: Path, parsed: dict[str, tuple[PerformanceDocument, ImportReport]]
) -> None:
    document, report = parsed[fixture.stem.split("-")[0]]
    assert document.kind.value == report.genre == expected_for(fixture)["genre"]


def test_a_news_story_about_the_forms_is_refused() -> None:
    with pytest.raises(GenreError, match="无法识别文档类型"):
        parse_file(NEWS)


def test_the_department_text_is_read_as_a_department_text() -> None:
    document, report = parse_file(DEPARTMENT_TEXT)
    assert document.kind is DocumentKind.DEPARTMENT_PERFORMANCE
    assert report.genre == DocumentKind.DEPARTMENT_PERFORMANCE.value


# --- what the reports say -----------------------------------------------------------------------


def test_the_clean_fixtures_leave_nothing_unrecognised_or_missing(
    parsed: dict[str, tuple[PerformanceDocument, ImportReport]],
) -> None:
    for key, (_document, report) in parsed.items():
        kinds = {item.kind for item in report.items}
        assert ItemKind.UNRECOGNISED not in kinds, key
        assert ItemKind.UNREADABLE not in kinds, key
        assert ItemKind.MISSING not in kinds, key


def test_amounts_taken_from_the_funding_table_are_reported_as_cross_filled(
    parsed: dict[str, tuple[PerformanceDocument, ImportReport]],
) -> None:
    document, report = parsed["guangdong"]
    filled = {item.field: item for item in report.of_kind(ItemKind.CROSS_FILLED)}
    assert set(filled) == {
        "projects[0].budget",
        "projects[0].fiscal_funds",
        "projects[0].other_funds",
    }
    assert filled["projects[0].budget"].line == 13  # the 年度资金总额 row
    assert document.projects[0].provenance["budget"].text == "500"
    # a form that states its amounts in its head needs no cross-filling
    assert parsed["sichuan"][1].of_kind(ItemKind.CROSS_FILLED) == []


def test_counts_per_section(parsed: dict[str, tuple[PerformanceDocument, ImportReport]]) -> None:
    assert parsed["zhejiang"][1].counts == {
        "预算项目": 1,
        "项目资金行": 3,
        "项目指标": 8,
        "指标完成情况": 8,
    }
    assert parsed["sichuan"][1].counts == {"预算项目": 1, "项目指标": 11}
    hunan = parsed["hunan"][1].counts
    assert hunan["整体支出目标指标"] == 10 and hunan["资金行"] == 4


# --- facts beyond the sidecars -------------------------------------------------------------------


def test_split_columns_keep_the_written_text_and_point_at_their_row(
    parsed: dict[str, tuple[PerformanceDocument, ImportReport]],
) -> None:
    indicators = parsed["sichuan"][0].projects[0].indicators
    yield_gain = next(i for i in indicators if i.name == "项目区粮食亩均增产")
    assert yield_gain.target is not None
    assert yield_gain.target.text == "≥30公斤"
    assert (yield_gain.target.value, yield_gain.target.unit) == (Decimal(30), "千克")
    assert yield_gain.provenance["target"].line == 18
    assert yield_gain.provenance["target"].text == "≥ | 30 | 公斤"
    # the weights of the Sichuan profile: 90 points over the indicators
    assert sum(i.weight or 0 for i in indicators) == 90


def test_self_evaluation_scores_add_up_to_the_stated_total(
    parsed: dict[str, tuple[PerformanceDocument, ImportReport]],
) -> None:
    project = parsed["zhejiang"][0].projects[0]
    budget_score = project.funding_execution[0].score or Decimal(0)
    scores = [i.result.score for i in project.indicators if i.result and i.result.score]
    assert budget_score + sum(scores) == project.total_score == Decimal("95.5")
    assert sum(i.weight or 0 for i in project.indicators) == 90
    late = next(i for i in project.indicators if i.name == "改造完成时间")
    assert late.result is not None and late.result.as_of_month == 12


def test_monitoring_causes_likelihoods_and_months(
    parsed: dict[str, tuple[PerformanceDocument, ImportReport]],
) -> None:
    project = parsed["guangdong"][0].projects[0]
    assert project.execution_as_of_month == 7
    results = [i.result for i in project.indicators]
    assert all(r is not None and r.as_of_month == 7 for r in results)
    likelihoods = [r.likelihood for r in results if r is not None]
    assert likelihoods.count(Likelihood.CERTAIN) == 6
    share = next(i for i in project.indicators if i.name == "基层诊疗量占比提高")
    assert share.result is not None
    assert share.result.deviation_causes == [DeviationCause.STAFFING, DeviationCause.OTHER]
    assert share.result.deviation_explanation == "人员保障、其他：乡镇卫生院医师流动较大"
    assert share.result.actual == Decimal("0.8") and share.result.actual_unit == "个百分点"


def test_department_self_evaluation_reads_the_departments_own_figures(
    parsed: dict[str, tuple[PerformanceDocument, ImportReport]],
) -> None:
    document = parsed["hunan"][0]
    evaluation = document.department_evaluation
    assert evaluation is not None
    total, _fiscal, carry_over = evaluation.funding_execution[:3]
    assert (total.label, total.initial_budget, total.full_year_budget, total.executed) == (
        "年度资金总额",
        Decimal("2860"),
        Decimal("3120.5"),
        Decimal("3046.8"),
    )
    assert (total.execution_rate, total.weight, total.score) == (
        Decimal("97.64"),
        Decimal("10"),
        Decimal("9.76"),
    )
    assert total.provenance["row"].line is not None
    assert carry_over.label is not None and carry_over.label.startswith("上年结转")
    assert carry_over.full_year_budget == Decimal("120")
    assert evaluation.goal_achievement is not None
    assert evaluation.goal_achievement.startswith("优良天数比率91.8%")
    indicators = document.department_goals[0].indicators
    scored = sum(i.result.score for i in indicators if i.result and i.result.score)
    assert evaluation.total_score is not None
    assert scored + Decimal("9.76") == evaluation.total_score
    assert evaluation.provenance["total_score"].line is not None
    assert sum(1 for i in indicators if i.core) == 5


# --- the same documents in other layouts ----------------------------------------------------------


def _cells(line: str, markdown: bool) -> list[str]:
    if "\t" in line:
        return line.split("\t")
    cells = [cell.strip() for cell in line.split("|")]
    if markdown:  # the outer pipes frame the row; elsewhere a leading pipe is an empty cell
        cells = cells[1:-1]
    return cells


def _is_rule(line: str) -> bool:
    return "|" in line and set(line.replace("|", "").strip()) <= {"-", ":"}


def _one_cell_per_paragraph(text: str) -> str:
    """The layout of a web table copied as paragraphs: a merged (leading empty) cell is not
    repeated, an empty cell is a line holding a space, and an empty line separates cells."""
    markdown = any(_is_rule(line) for line in text.splitlines())
    out: list[str] = []
    for line in text.splitlines():
        if _is_rule(line):
            continue
        cells = _cells(line, markdown) if ("\t" in line or "|" in line) else [line]
        while cells and not cells[0].strip():
            cells.pop(0)
        for cell in cells:
            out += [cell.strip() or " ", ""]
    return "\n".join(out) + "\n"


def _tabs(text: str) -> str:
    lines = text.splitlines()
    return "\n".join("\t".join(_cells(line, False)) if "|" in line else line for line in lines)


@pytest.mark.parametrize("prefix", ["zhejiang", "hunan", "guangdong"])
def test_the_same_form_one_cell_per_paragraph_reads_the_same(prefix: str, tmp_path: Path) -> None:
    fixture = _fixture(prefix)
    copy = tmp_path / fixture.name
    copy.write_text(_one_cell_per_paragraph(fixture.read_text(encoding="utf-8")), encoding="utf-8")
    assert len(copy.read_text(encoding="utf-8").splitlines()) > 100  # really one cell a line
    document, report = parse_file(copy)
    assert mismatches(document, expected_for(fixture)) == []
    assert report.of_kind(ItemKind.UNRECOGNISED) == []


@pytest.mark.parametrize("prefix", ["sichuan", "jiangxi", "hunan"])
def test_the_same_form_with_tabs_reads_the_same(prefix: str, tmp_path: Path) -> None:
    fixture = _fixture(prefix)
    copy = tmp_path / fixture.name
    copy.write_text(_tabs(fixture.read_text(encoding="utf-8")), encoding="utf-8")
    document, _report = parse_file(copy)
    assert mismatches(document, expected_for(fixture)) == []
