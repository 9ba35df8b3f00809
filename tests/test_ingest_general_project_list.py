"""A table of several projects, each project's cells on its first row beside its
indicators: 项目编码, 项目名称, 预算数, 财政资金, 其他资金, a 资金支出计划 by checkpoint
(3月底 … 12月底, a header over two lines) and 年度绩效目标, then 一级 … 指标值. Each project
keeps its indicators, its budget and its 财政资金."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from general_support import read_form

_HEADER = (
    "项目编码\t项目名称\t预算数\t财政资金\t其他资金\t资金支出计划（%）\t\t\t\t"
    "年度绩效目标\t一级指标\t二级指标\t三级指标\t指标值\n"
    "\t\t\t\t\t3月底\t6月底\t9月底\t12月底\t\t\t\t\t\n"
)
_EMPTY_HEAD = "\t" * 10
_TABLE = (
    "某县林业局2019年项目支出绩效目标表\n单位：万元\n"
    + _HEADER
    + "520124190031\t森林防火专项经费\t36.00\t30.00\t6.00\t25\t50\t75\t100\t"
    "完成防火巡护和物资储备。\t产出指标\t数量指标\t防火巡护人次\t≥1500人次\n"
    + _EMPTY_HEAD
    + "\t质量指标\t防火物资完好率\t≥95%\n"
    + "\t\t\t\t\t\t\t\t\t\t满意度指标\t服务对象满意度指标\t林农满意度\t≥85%\n"
    + "520124190045\t古树名木保护经费\t12.80\t12.80\t0\t20\t40\t80\t100\t"
    "完成古树名木挂牌保护。\t产出指标\t数量指标\t古树挂牌数量\t≥320株\n"
    + "\t\t\t\t\t\t\t\t\t\t效益指标\t生态效益指标\t古树保存率\t100%\n"
    + "合计\t\t48.80\t42.80\t6.00\n"
)


def test_each_project_of_the_table_keeps_its_indicators_and_money(tmp_path: Path) -> None:
    document = read_form(tmp_path, _TABLE)
    projects = {project.name: project for project in document.projects}
    fire = projects["森林防火专项经费"]
    assert (fire.budget, fire.fiscal_funds) == (Decimal(36), Decimal(30))
    assert [indicator.name for indicator in fire.indicators] == [
        "防火巡护人次",
        "防火物资完好率",
        "林农满意度",
    ]
    trees = projects["古树名木保护经费"]
    assert trees.budget == Decimal("12.8")
    assert [indicator.target.canonical for indicator in trees.indicators if indicator.target] == [
        "≥320株",
        "100%",
    ]


def test_the_codes_and_checkpoints_are_no_targets(tmp_path: Path) -> None:
    document = read_form(tmp_path, _TABLE)
    targets = {
        indicator.target.canonical
        for project in document.projects
        for indicator in project.indicators
        if indicator.target is not None
    }
    assert not targets & {"25", "100", "520124190031", "6.00", "30.00"}
