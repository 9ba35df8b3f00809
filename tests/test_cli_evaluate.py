"""``jixiao evaluate`` and ``jixiao monitor`` as a user runs them, and the actuals table reader."""

from __future__ import annotations

import csv
import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from cli_support import run_cli
from jixiao.domain.achievement import is_cost_indicator
from jixiao.domain.model import AchievementLevel, DeviationCause, Likelihood
from jixiao.interchange import load_document_file
from jixiao.interchange.actuals_table import ActualsFileError, load_actuals_file
from test_cli import DEPARTMENT, FIXTURE

HEADER = ["类型", "日期", "项目", "目标", "指标", "金额", "经济分类", "数值", "单位", "偏差说明"]
PROJECT = "侨务工作经费"


def write_csv(path: Path, rows: list[list[str]], header: list[str] = HEADER) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def scenario_rows() -> list[list[str]]:
    """Scenario (c) of test_scoring_xingtai: 6 of 8 spent, 接待费 1.5 and 会议费 2.5 over."""
    spending = [
        ["支出", "2020-12-20", PROJECT, "", "", amount, category, "", "", ""]
        for category, amount in [
            ("接待费", "1.5"),
            ("会议费", "2.5"),
            ("差旅费", "1"),
            ("培训费", "0.5"),
            ("办公费", "0.5"),
        ]
    ]
    project = load_document_file(FIXTURE).projects[0]
    year_end = []
    for indicator in project.indicators:
        target = indicator.target
        if target is None or is_cost_indicator(indicator):
            continue
        value = str(target.value)
        year_end.append(["年末", "", PROJECT, "", indicator.name, "", "", value, "", ""])
    why = "接待任务增加"
    explained = [
        ["年末", "", PROJECT, "", name, "", "", "", "", why]
        for name in ("接待费成本", "会议费成本")
    ]
    return [*spending, *year_end, *explained]


def test_the_actuals_fixture_of_the_main_job_is_scenario_c() -> None:
    # scripts/run records tests/fixtures/xingtai-2020-actuals.csv: the table of scenario (c).
    fixture = FIXTURE.parent / "xingtai-2020-actuals.csv"
    with fixture.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows == [HEADER, *scenario_rows()]


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> str:
    """One database for the module: the commands only read it."""
    url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'jixiao.sqlite3'}"
    assert run_cli("init", db=url).returncode == 0
    loaded = run_cli("load", str(FIXTURE), db=url)
    assert loaded.returncode == 0, loaded.stderr
    return url


def test_evaluate_json_gives_the_hand_computed_total(database: str, tmp_path: Path) -> None:
    table = write_csv(tmp_path / "actuals.csv", scenario_rows())
    result = run_cli("evaluate", DEPARTMENT, "--actuals", str(table), "--json", db=database)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    project = data["sheets"][0]
    # 7.5 + 440/9 + 30 + 10 = 96.39 (see test_scoring_xingtai, scenario c)
    assert project["subject"] == PROJECT and project["rating"] == "优"
    assert project["total_presented"] == "96.39"
    assert project["budget"]["score"] == "7.50"
    reception = next(r for r in project["rows"] if r["name"] == "接待费成本")
    assert reception["actual"] == "1.5万元" and reception["deviation"] == "接待任务增加"
    assert data["sheets"][1]["subject"] == DEPARTMENT


def test_evaluate_prints_the_score_sheet(database: str, tmp_path: Path) -> None:
    table = write_csv(tmp_path / "actuals.csv", scenario_rows())
    result = run_cli("evaluate", DEPARTMENT, "--actuals", str(table), "-p", "hebei", db=database)
    assert result.returncode == 0, result.stderr
    assert "自评表:侨务工作经费(评分方案 hebei)" in result.stdout
    assert "评价等级" in result.stdout and "[错误]" in result.stdout


def test_monitor_json_shows_budget_colours_and_warnings(database: str, tmp_path: Path) -> None:
    table = write_csv(tmp_path / "actuals.csv", scenario_rows())
    result = run_cli(
        "monitor", DEPARTMENT, "--as-of", "2020-10-31", "--actuals", str(table),
        "--profile", "strict", "--json", db=database,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    # nothing spent by 31 October (all in December): every budget rule is red
    budget = data["projects"][0]["budget"]
    assert (budget["executed"], budget["rate"], budget["time_colour"]) == ("0", "0", "red")
    rules = [(w["rule"], w["colour"]) for w in data["warnings"] if w["rule"].startswith("budget.")]
    assert rules == [("budget.time", "red"), ("budget.plan", "red"), ("budget.checkpoint", "red")]
    assert data["projects"][0]["form"]["months"] == 10


def test_monitor_text_lists_the_warnings(database: str, tmp_path: Path) -> None:
    rows = [["支出", "2020-06-01", PROJECT, "", "", "2", "专用材料费", "", "", ""]]
    table = write_csv(tmp_path / "actuals.csv", rows)
    result = run_cli(
        "monitor", DEPARTMENT, "--as-of", "2020-06-30", "--actuals", str(table), db=database
    )
    assert result.returncode == 0, result.stderr
    assert "预算执行率 25%,为时间进度 50% 的 50%" in result.stdout


def test_a_bad_cell_is_one_chinese_line_naming_file_line_and_column(
    database: str, tmp_path: Path
) -> None:
    rows = [["支出", "2020-13-01", PROJECT, "", "", "2", "办公费", "", "", ""]]
    table = write_csv(tmp_path / "bad.csv", rows)
    result = run_cli("evaluate", DEPARTMENT, "--actuals", str(table), db=database)
    assert result.returncode == 1
    assert "bad.csv 第2行“日期”列:日期“2020-13-01”不存在" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_unknown_profile_is_refused(database: str) -> None:
    result = run_cli("evaluate", DEPARTMENT, "--profile", "guangdong", db=database)
    assert result.returncode == 1
    assert "没有名为“guangdong”的评分方案" in result.stderr


# --- the reader itself -------------------------------------------------------------------------


def test_csv_rows_of_each_kind_are_read(tmp_path: Path) -> None:
    header = [*HEADER, "档次", "偏差原因", "完成可能性", "整改措施", "填报人", "得分系数"]
    rows = [
        ["支出", "2020/6/1", "", "", "", "64.18", "工资福利支出", *[""] * 9],
        [
            "进度", "2020年6月30日", PROJECT, "", "侨情简讯刊发期数", "", "", "9", "期", "",
            "", "人员保障、其他", "有可能", "增加编辑", "张三", "",
        ],
        [
            "年末", "", "", "1", "单位年终考核成绩", "", "", "", "", "考核为合格",
            "部分达成", "", "", "", "", "0.75",
        ],
    ]  # fmt: skip
    actuals = load_actuals_file(write_csv(tmp_path / "a.csv", rows, header), fiscal_year=2020)
    spent = actuals.spending[0]
    assert (spent.date, spent.amount, spent.project, spent.goal) == (
        dt.date(2020, 6, 1),
        Decimal("64.18"),
        None,
        None,
    )
    progress = actuals.progress[0]
    assert (progress.value, progress.unit, progress.likelihood, progress.reported_by) == (
        Decimal(9),
        "期",
        Likelihood.POSSIBLE,
        "张三",
    )
    assert progress.deviation_causes == [DeviationCause.STAFFING, DeviationCause.OTHER]
    final = actuals.year_end[0]
    assert (final.ref.goal, final.level, final.score_coefficient) == (
        1,
        AchievementLevel.PARTIAL,
        Decimal("0.75"),
    )


def test_xlsx_rows_are_read_with_exact_numbers_and_dates(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["类型", "日期", "项目", "金额", "经济分类"])
    sheet.append(["支出", dt.datetime(2020, 3, 15), PROJECT, 88.29, "接待费"])
    path = tmp_path / "a.xlsx"
    workbook.save(path)
    spent = load_actuals_file(path).spending[0]
    assert (spent.date, spent.amount) == (dt.date(2020, 3, 15), Decimal("88.29"))


@pytest.mark.parametrize(
    ("header", "row", "message"),
    [
        (["类型", "金币"], ["支出", "1"], "a.csv 第1行:不认识的列“金币”"),
        (["日期"], ["2020-01-01"], "a.csv 第1行:缺少“类型”列"),
        (["类型", "金额"], ["收入", "1"], "a.csv 第2行“类型”列:“收入”不是可用的值"),
        (["类型", "日期", "金额"], ["支出", "2020-01-01", "十"], "“金额”列:“十”不是数值"),
        (["类型", "日期", "指标", "数值"], ["进度", "2020-01-01", "x", "1"], "须注明所属项目"),
        (
            ["类型", "项目", "指标", "单位", "数值"],
            ["年末", "p", "x", "永", "1"],
            "“永”不是可识别的度量单位",
        ),
    ],
)
def test_reader_errors_name_file_line_and_column(
    tmp_path: Path, header: list[str], row: list[str], message: str
) -> None:
    path = write_csv(tmp_path / "a.csv", [row], header)
    with pytest.raises(ActualsFileError, match=message.replace("(", r"\(")):
        load_actuals_file(path)
