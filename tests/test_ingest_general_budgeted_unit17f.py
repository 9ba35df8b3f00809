"""A report's prose opening a sentence with the unit, its year and the project's money
budgeted (某局2020年某专项资金年初预算36万元): the unit and the project, where nothing else
names them (session 17)."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form

_TABLE = "三级指标 指标值 实际完成值 分值 得分\n调解案件数量 ≥200件 236件 10 10\n"


def test_a_unit_and_its_budgeted_fund_are_the_key(tmp_path: Path) -> None:
    text = (
        "(一)项目基本情况. 通道县人民调解委员会 2020 年人民调解专项经费年初预算 36 万元,"
        "全年实际支出 35.2 万元.\n专项经费项目绩效评价评分表 " + _TABLE
    )
    document = read_form(tmp_path, text)
    assert document.department is not None
    assert document.department.name == "通道县人民调解委员会"
    assert [project.name for project in document.projects] == ["人民调解专项经费"]


def test_a_titled_project_stays_before_the_budgeted_fund(tmp_path: Path) -> None:
    text = (
        "(一)项目基本情况. 通道县人民调解委员会 2020 年人民调解专项经费年初预算 36 万元.\n"
        "2020 年矛盾纠纷排查化解项目绩效评价得分表 " + _TABLE
    )
    document = read_form(tmp_path, text)
    assert [project.name for project in document.projects] == ["矛盾纠纷排查化解项目"]


def test_a_unit_spending_without_a_budget_names_no_project(tmp_path: Path) -> None:
    text = "(一)基本情况. 通道县司法局 2020 年人民调解专项经费支出 36 万元.\n评分表 " + _TABLE
    document = read_form(tmp_path, text)
    assert all(project.name != "人民调解专项经费" for project in document.projects)
