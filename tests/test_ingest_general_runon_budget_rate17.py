"""A 转移支付 自评表 run together whose 项目资金 header names its rate for the budget
(全年预算数(A)全年执行数(B)预算执行率(B/A)) and whose 年度资金总额 keeps a colon before its
figures run together (``250237.595%``): the figures cut by the columns, where the rate
holds."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from general_support import read_form

_HEAD = (
    "转移支付区域(项目)绩效目标自评表(2022年度)转移支付(项目)名称林业改革发展资金(森林抚育)"
    "中央主管部门国家林业和草原局地方主管部门某省林业和草原局资金使用单位某县林业局"
    "项目资金(万元)全年预算数(A)全年执行数(B)预算执行率(B/A)"
)
_TAIL = (
    "其中:中央财政资金250237.595%地方资金其他资金总体目标完成情况一级指标二级指标三级指标"
    "指标值全年实际完成值产出指标数量指标完成森林抚育面积≥2.5万亩2.6万亩"
    "满意度指标服务对象满意度指标林农满意度≥90%93%"
)


def _execution(tmp_path: Path, total: str) -> tuple[Decimal | None, ...]:
    document = read_form(tmp_path, _HEAD + total + _TAIL)
    row = document.projects[0].funding_execution[0]
    return row.full_year_budget, row.executed, row.execution_rate


def test_figures_after_a_colon_are_cut_where_the_rate_holds(tmp_path: Path) -> None:
    read = _execution(tmp_path, "年度资金总额:250237.595%")
    assert read == (Decimal(250), Decimal("237.5"), Decimal(95))


def test_figures_with_no_colon_are_cut_alike(tmp_path: Path) -> None:
    read = _execution(tmp_path, "年度资金总额250237.595%")
    assert read == (Decimal(250), Decimal("237.5"), Decimal(95))
