"""A department form's funds block served one cell a line (a workbook flattened into a page):
its labels stacked (资金总额 / 财政拨款 / 其他资金, ①财政资金 / ②其他资金 / 合计 / ③=①+②),
then its amounts on one line, or on the line after the tasks' 金额合计. The block gives the
first goal its money and the department its 财政拨款, only where the parts add up to the total."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from general_support import read_form
from jixiao.domain.model import PerformanceDocument

_HEAD = "部门整体支出绩效目标表\n(2025年度)\n部门(单位)名称 某县农业农村局 部门预算编码 204011\n"
_GOALS = (
    "年度\n总体\n目标\n"
    " 目标1:保障机关运转和人员工资按时发放;\n"
    " 目标2:完成高标准农田建设任务。\n"
    "年度\n绩效\n指标\n一级\n指标\n二级\n指标\n三级指标 指标解释 绩效目标值 备注\n"
    "产出\n指标\n数量\n指标\n高标准农田建设面积\n当年新建面积\n≥1.2万亩\n"
    "效益\n指标\n社会效益\n指标\n农户满意度\n受益农户评价\n≥90%\n"
)


def _read(tmp_path: Path, block: str) -> PerformanceDocument:
    return read_form(tmp_path, _HEAD + block + _GOALS)


def _goal_money(document: PerformanceDocument) -> Decimal | None:
    goals = document.department_goals
    block = goals[0].funding_block if goals else None
    return block.amount if block is not None else None


def test_labels_stacked_over_a_line_of_amounts(tmp_path: Path) -> None:
    block = "年度预算申请\n(万元)\n资金总额\n财政拨款\n其他资金\n742.5 700.3 42.2\n"
    document = _read(tmp_path, block)
    assert _goal_money(document) == Decimal("742.5")
    assert document.budget.income.fiscal_appropriation == Decimal("700.3")


def test_numbered_labels_with_the_sums_rule_between_them_and_the_amounts(
    tmp_path: Path,
) -> None:
    block = "年度预算安排\n(万元)\n资金结构\n①财政资金\n②其他资金\n合计\n③=①+②\n615.08 12 627.08\n"
    document = _read(tmp_path, block)
    assert _goal_money(document) == Decimal("627.08")
    assert document.budget.income.fiscal_appropriation == Decimal("615.08")


def test_labels_heading_the_tasks_take_the_amounts_after_their_sum(tmp_path: Path) -> None:
    block = (
        "年度\n主要\n任务\n任务名称\n主要内容\n预算金额(万元)\n总额\n财政拨款\n其他资金\n"
        "① 人员经费\n保障在职人员工资发放\n301.4 301.4 0\n"
        "② 农田建设\n新建高标准农田\n88 80 8\n"
        "金额合计\n389.4 381.4 8\n"
    )
    document = _read(tmp_path, block)
    assert _goal_money(document) == Decimal("389.4")
    assert document.budget.income.fiscal_appropriation == Decimal("381.4")


def test_a_row_holding_its_own_total_first_is_counted_from_the_right(tmp_path: Path) -> None:
    block = (
        "年度预算安排(万元)\n资金来源\n①本级财政资金\n②上级补助资金\n③其他资金\n合计\n"
        "520.6 430.1 90.5 0 520.6\n"
    )
    document = _read(tmp_path, block)
    assert _goal_money(document) == Decimal("520.6")
    # 本级财政资金 is one part of the money from finance, not the 财政拨款 sum
    assert document.budget.income.fiscal_appropriation is None


def test_amounts_that_do_not_add_up_give_no_figure(tmp_path: Path) -> None:
    block = "年度预算申请\n(万元)\n资金总额\n财政拨款\n其他资金\n742.5 700.3 40\n"
    assert _read(tmp_path, block).budget.income.fiscal_appropriation is None


def test_an_amount_in_yuan_is_kept_in_wanyuan(tmp_path: Path) -> None:
    block = "年度预算申请\n(元)\n资金总额\n财政拨款\n其他资金\n1250000 1200000 50000\n"
    document = _read(tmp_path, block)
    assert _goal_money(document) == Decimal("125")
    assert document.budget.income.fiscal_appropriation == Decimal("120")


def test_stacked_labels_over_words_give_no_figure(tmp_path: Path) -> None:
    block = "年度预算申请\n(万元)\n资金总额\n财政拨款\n其他资金\n按年度预算执行\n"
    document = _read(tmp_path, block)
    assert _goal_money(document) is None
    assert document.budget.income.fiscal_appropriation is None


_PIPE_FORM = """## 某县市场监督管理局2025年部门整体绩效目标表

单位：{unit}

| 部门名称 | 某县市场监督管理局 |
| --- | --- |
| {label} | {amount} | 其中：一般公共预算 | {general} | 政府性基金预算 | 0 |
| 年度绩效目标 | 目标1：加强食品安全监管。目标2：优化营商环境。 |
| 一级指标 | 二级指标 | 三级指标 | 指标值 |
| 产出指标 | 数量指标 | 食品抽检批次 | ≥1200批次 |
| 效果指标 | 社会效益指标 | 食品安全事故发生数 | 0起 |
"""


def _pipe_form(tmp_path: Path, **fields: str) -> PerformanceDocument:
    values = {"unit": "万元", "label": "部门预算总额", "amount": "2,046.80", "general": "2,046.80"}
    return read_form(tmp_path, _PIPE_FORM.format(**{**values, **fields}))


def test_a_total_labelled_in_its_own_cell_gives_the_first_goal_its_money(
    tmp_path: Path,
) -> None:
    assert _goal_money(_pipe_form(tmp_path)) == Decimal("2046.80")


def test_a_total_under_a_unit_line_in_yuan_is_kept_in_wanyuan(tmp_path: Path) -> None:
    document = _pipe_form(tmp_path, unit="元", amount="20,468,000.00", general="20,468,000.00")
    assert _goal_money(document) == Decimal("2046.8")


def test_a_projects_total_is_not_the_departments(tmp_path: Path) -> None:
    assert _goal_money(_pipe_form(tmp_path, label="项目总额")) is None


_UNIT_TABLE = """| 部门(单位)整体绩效目标表(2024年度) | |||||||
| 金额单位:{unit} | |||||||
| 单位名称 | 预算数 | 年度目标 | 一级指标 | 二级指标 | 三级指标 | 指标值 | 度量单位 |
| 305-某县水务局 | {amount} | 保障供水安全。 | 产出指标 | 数量指标 | 河道清淤长度 | 26 | 公里 |
| 效益指标 | 社会效益指标 | 农村自来水普及率 | 98 | % | |||
"""


def test_the_budget_on_the_row_naming_the_unit_is_its_goals_money(tmp_path: Path) -> None:
    document = read_form(tmp_path, _UNIT_TABLE.format(unit="元", amount="53,120,400.00"))
    assert _goal_money(document) == Decimal("5312.04")


def test_a_unit_row_with_no_budget_gives_its_goal_no_money(tmp_path: Path) -> None:
    document = read_form(tmp_path, _UNIT_TABLE.format(unit="元", amount=""))
    assert _goal_money(document) is None
