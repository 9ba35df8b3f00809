"""The charts of the forms: their series from domain values, and their pictures."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from xml.etree import ElementTree

import pytest

from jixiao.domain.actuals import Actuals
from jixiao.domain.model import PerformanceDocument
from jixiao.domain.monitoring import Colour, monitor, monitoring_profile
from jixiao.domain.scoring import evaluate_project, scoring_profile
from jixiao.interchange.actuals_table import load_actuals_file
from jixiao.report import charts

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def document() -> PerformanceDocument:
    text = (FIXTURES / "xingtai-2020.json").read_text(encoding="utf-8")
    return PerformanceDocument.model_validate_json(text)


@pytest.fixture(scope="module")
def actuals(document: PerformanceDocument) -> Actuals:
    path = FIXTURES / "xingtai-2020-actuals.csv"
    return load_actuals_file(path, document.department.name, document.fiscal_year)


def _values(data: charts.ChartData, name: str) -> list[float | None]:
    return next(list(s.values) for s in data.series if s.name == name)


def test_spending_chart_follows_the_plan_checkpoints_and_the_ledger(
    document: PerformanceDocument, actuals: Actuals
) -> None:
    data = charts.spending_against_plan(document.projects[0], actuals, 2020)
    planned = _values(data, "资金支出计划")
    # the plan of 侨务工作经费: 3月底 25%, 6月底 50%, 10月底 75%, 12月底 100%
    assert [planned[2], planned[5], planned[9], planned[11]] == [25.0, 50.0, 75.0, 100.0]
    spent = _values(data, "累计执行率")
    # every payment of the actuals table is dated 2020-12-20: 6 of the 8 万元
    assert spent[:11] == [0.0] * 11
    assert spent[11] == 75.0
    assert data.labels[0] == "1月" and len(data.labels) == 12


def test_spending_chart_stops_at_the_monitoring_date(
    document: PerformanceDocument, actuals: Actuals
) -> None:
    data = charts.spending_against_plan(document.projects[0], actuals, 2020, date(2020, 6, 30))
    assert _values(data, "累计执行率")[6:] == [None] * 6
    assert _values(data, "资金支出计划")[11] == 100.0


def test_achievement_and_score_by_category_add_up_to_the_sheet(
    document: PerformanceDocument, actuals: Actuals
) -> None:
    sheet = evaluate_project(document.projects[0], actuals, scoring_profile("default"))
    achieved = charts.achievement_by_category(sheet)
    assert achieved.labels == ("产出指标", "效益指标", "满意度指标")
    counted = sum(v or 0 for s in achieved.series for v in s.values)
    assert counted == len(sheet.rows) == 28
    met = sum(1 for row in sheet.rows if row.met)
    assert sum(v or 0 for v in _values(achieved, "达成")) == met

    scored = charts.score_by_category(sheet)
    assert scored.labels[0] == "预算执行"
    assert _values(scored, "分值") == [10.0, 50.0, 30.0, 10.0]  # the default profile
    assert sum(v or 0 for v in _values(scored, "得分")) == pytest.approx(
        float(sheet.total), abs=0.02
    )


def test_warnings_by_colour_count_the_report(
    document: PerformanceDocument, actuals: Actuals
) -> None:
    report = monitor(document, actuals, date(2020, 6, 30), monitoring_profile("default"))
    counts = charts.warning_counts(report)
    assert sum(counts.values()) == len(report.warnings) > 0
    data = charts.warnings_by_colour(counts, document.department.name)
    assert data.labels == ("红色", "黄色", "蓝色", "绿色")
    assert _values(data, "预警") == [float(counts[c]) for c in charts.WARNING_ORDER]
    assert data.series[0].colours[0] == charts.COLOUR_HEX[Colour.RED]


def test_series_are_plain_json(document: PerformanceDocument, actuals: Actuals) -> None:
    data = charts.spending_against_plan(document.projects[0], actuals, 2020, date(2020, 6, 30))
    series = charts.chart_series(data)
    assert json.loads(json.dumps(series)) == series
    assert series["kind"] == "line" and series["unit"] == "%"
    assert series["series"][1]["values"][6] is None


def test_a_chart_is_svg_and_png_drawn_the_same_each_time(
    document: PerformanceDocument, actuals: Actuals
) -> None:
    sheet = evaluate_project(document.projects[0], actuals, scoring_profile("default"))
    data = charts.score_by_category(sheet)
    chart = charts.draw(data)
    assert chart.title == data.title
    assert chart.png.startswith(b"\x89PNG\r\n\x1a\n")
    root = ElementTree.fromstring(chart.svg)
    assert root.tag.endswith("svg")
    assert b"<script" not in chart.svg and b"<text" not in chart.svg  # glyphs as outlines
    assert charts.draw(data) == chart


def test_no_cjk_font_is_a_chinese_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from matplotlib import font_manager

    def missing(*args: object, **kwargs: object) -> str:
        raise ValueError("not found")

    charts._font_file.cache_clear()
    monkeypatch.setattr(font_manager, "findfont", missing)
    data = charts.warnings_by_colour({Colour.RED: 1}, "某单位")
    try:
        with pytest.raises(charts.ChartError, match="fonts-noto-cjk"):
            charts.draw(data)
    finally:
        charts._font_file.cache_clear()
