"""A row's standard and actual in words the vocabulary lacks, written twice between its
name (or its explanation) and its 分值, are its target and actual: in a form run together
(``…线索移交情况按时移交按时移交1010``, not words of the name) and in rows whose cells
one space parts (``…未成灾 火情早灭 火情早灭 30 30``, not a name of its own). The 部门名称
run together ends before the budget block's label (年度预算情况). Words written twice that
end as a name does, or with no figure after them, are left as they are."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form
from jixiao.ingest.general.glued_words import doubled_words_as_standard

_FORM = (
    "1/2 会昌县统计局2022年度部门整体支出绩效自评表部门名称会昌县统计局年度预算情况(万元)年初"
    "预算数全年预算数(A)全年执行数(B)分值执行率(B/A)得分年度资金总额312.50330.20325.101098.46%"
    "9.85其中:基本支出268.3280.1280.1项目支出44.250.145.0年度总体目标预期目标实际完成情况完成各项"
    "统计调查任务,提高统计数据质量。全年完成统计调查项目13个,数据上报准确率100%。一级指标二级"
    "指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施产出指标数量指标完成统计调查"
    "项目数≥12个13个1010质量指标数据上报准确率100%100%1010效益指标社会效益指标统计数据发布及时率"
    "100%100%1010违法案件线索移交情况按时移交按时移交1010可持续影响指标统计制度执行机制逐步健全"
    "逐步健全55满意度指标服务对象满意度指标数据使用单位满意度≥90%93%1010\n"
)


def test_unknown_words_twice_before_the_points_are_target_and_actual(tmp_path: Path) -> None:
    document = read_form(tmp_path, _FORM)
    found = {indicator.name: indicator for _, indicator in document.all_indicators()}
    row = found["违法案件线索移交情况"]
    assert row.target is not None and row.target.standard == "按时移交"
    assert row.result is not None and row.result.actual_text == "按时移交"
    assert found["统计制度执行机制"].target is not None


def test_the_department_ends_before_the_budget_blocks_label(tmp_path: Path) -> None:
    document = read_form(tmp_path, _FORM)
    assert document.department is not None
    assert document.department.name == "会昌县统计局"


_SPACED = """部门整体支出绩效自评表
(2020年度)
部门(单位)名称 抚松县应急管理局
一级指标 二级指标 三级指标 指标解释 年度指标值 实际完成值 分值 得分
产出
指标
数量
指标
 指标1  应急演练组织次数 全年组织综合应急演练 ≥4次 5次 20 20
 指标2  安全生产检查企业数 全年检查生产经营单位 ≥120家 126家 20 20
效果
指标
社会
效益
指标
 指标1  森林防火期火情处置 火情发现后组织扑救、未成灾 火情早灭 火情早灭 30 30
 指标2  安全生产事故起数 较上年下降 较上年下降 较上年下降 30 30
"""


def test_unknown_words_twice_in_spaced_cells_are_target_and_actual(tmp_path: Path) -> None:
    document = read_form(tmp_path, _SPACED)
    found = {indicator.name: indicator for _, indicator in document.all_indicators()}
    assert "火情早灭" not in found
    row = found["森林防火期火情处置"]
    assert row.target is not None and row.target.standard == "火情早灭"


def test_words_twice_ending_as_a_name_or_with_no_figure_after_stay() -> None:
    assert not doubled_words_as_standard("问题线索", "审计人数", "审计人数", "1010")
    assert not doubled_words_as_standard("问题线索", "按时移交", "按时移交", "质量指标")
    assert doubled_words_as_standard("问题线索", "按时移交", "按时移交", "108")
