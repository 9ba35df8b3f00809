"""Budget figures in the layouts of the genre met by the fifteenth session: a project's
财政资金 named by its level (其中:当年县级财政资金) or as its own level's budget beside the
上级资金 (年度本级预算金额)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from general_support import read_form

_ROWS = (
    "一级指标 | 二级指标 | 三级指标 | 指标值 |\n"
    "产出指标 | 数量指标 | 维修道路里程 | ≥12公里 |\n"
    "效益指标 | 社会效益指标 | 群众出行条件 | 明显改善 |\n"
)


def test_a_levels_fiscal_funds_beside_the_project_amount(tmp_path: Path) -> None:
    text = (
        "项目支出绩效目标申报表 | |||\n"
        "项目名称 | 农村公路养护 | 项目负责人 | |\n"
        "项目金额 | 240万元 | 其中:当年县级财政资金 | 95万元 | |\n"
        "项目主管部门 | 某县交通运输局 | 实施单位 | 某县公路事务中心 |\n" + _ROWS
    )
    project = read_form(tmp_path, text).projects[0]
    assert (project.budget, project.fiscal_funds) == (Decimal("240"), Decimal("95"))


def test_the_own_levels_budget_beside_the_superior_funds(tmp_path: Path) -> None:
    text = (
        "2026年项目支出绩效目标表 | ||||\n"
        "填报单位(盖章):某县林业局 | 金额单位:万元 | |||\n"
        "项目支出名称 | 森林防火经费 | 部门预算 | 64.50 | |\n"
        "年度本级预算金额 | 40.00 | 该项目支出上级资金 | 24.50 |\n" + _ROWS
    )
    project = read_form(tmp_path, text).projects[0]
    assert (project.budget, project.fiscal_funds) == (Decimal("64.50"), Decimal("40.00"))


def test_a_superior_levels_funds_are_no_fiscal_funds_of_its_own(tmp_path: Path) -> None:
    text = (
        "项目支出绩效目标申报表 | |||\n"
        "项目名称 | 农村公路养护 | 项目负责人 | |\n"
        "项目金额 | 240万元 | 其中:上级财政补助 | 95万元 | |\n" + _ROWS
    )
    project = read_form(tmp_path, text).projects[0]
    assert (project.budget, project.fiscal_funds) == (Decimal("240"), None)


def test_the_own_levels_budget_alone_is_the_whole_budget(tmp_path: Path) -> None:
    text = (
        "2026年项目支出绩效目标表 | ||||\n"
        "填报单位(盖章):某县林业局 | 金额单位:万元 | |||\n"
        "项目支出名称 | 森林防火经费 | |\n"
        "年度本级预算金额 | 40.00 | 该项目支出上级资金 | |\n" + _ROWS
    )
    project = read_form(tmp_path, text).projects[0]
    assert (project.budget, project.fiscal_funds) == (Decimal("40.00"), Decimal("40.00"))
