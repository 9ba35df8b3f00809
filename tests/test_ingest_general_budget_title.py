"""A report whose title names the unit's budget (某局2024年上半年预算绩效运行监控情况报告):
the budget is no project; the project is the one its prose quotes with its budget."""

from __future__ import annotations

from pathlib import Path

from jixiao.ingest.pipeline import parse_file

_REPORT = """某县水利局2024年上半年预算绩效运行监控情况报告

按照县财政局要求，我局对2024年部门预算项目开展了绩效运行监控，现将有关情况报告如下：
一、项目基本情况
{money}
二、绩效目标完成情况
1.数量指标。新建农村供水工程处数年度目标≥12处，实际完成7处。
2.质量指标。水质达标率年度目标≥95%，实际完成96%。
3.满意度指标。受益群众满意度年度目标≥90%，实际完成92%。
"""


def _projects(tmp_path: Path, money: str) -> list[str | None]:
    path = tmp_path / "report.txt"
    path.write_text(_REPORT.format(money=money), encoding="utf-8")
    document, _ = parse_file(path)
    return [project.name for project in document.projects]


def test_the_project_quoted_with_its_budget_is_the_reports(tmp_path: Path) -> None:
    money = "2024年我局纳入监控的“农村饮水安全巩固提升工程”年初预算860.00万元，已执行312.00万元。"
    assert _projects(tmp_path, money) == ["农村饮水安全巩固提升工程"]


def test_a_budget_in_the_title_names_no_project(tmp_path: Path) -> None:
    money = "2024年我局纳入监控的项目年初预算860.00万元，已执行312.00万元。"
    assert "预算" not in _projects(tmp_path, money)


def test_the_project_a_self_named_unit_budgets_is_the_reports(tmp_path: Path) -> None:
    money = "2024年度我局农村供水保障项目年初预算安排资金860万元，已支付资金312万元。"
    assert _projects(tmp_path, money) == ["农村供水保障项目"]


def test_a_self_named_units_own_budget_is_no_project(tmp_path: Path) -> None:
    money = "2024年度我局部门预算项目年初预算安排资金860万元，已支付资金312万元。"
    assert "部门预算项目" not in _projects(tmp_path, money)
