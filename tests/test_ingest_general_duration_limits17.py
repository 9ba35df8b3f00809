"""A bare duration with 内 (``2小时内``, ``5个工作日内``) is a limit (≤), a value of the
target's kind wherever a cell is placed by its kind (a web table flattened to pipes whose
rows lost their leading cells); a month written with 内 (``12月内``) stays a date."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form
from jixiao.ingest.general.kinds import Kind, kind_of

_FORM = """项目支出绩效目标批复表 | ||||||
(2024年度) | ||||||
项目名称 | 社区卫生服务站运行经费 | 项目负责人 | ||||
项目主管部门 | 仙桃市卫生健康局 | 实施单位 | 仙桃市社区卫生服务中心 | |||
绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值 | 指标标准或依据 | |
数量指标 | 运行服务站数量 | 12个 | ||||
产出指标 | 家庭医生签约人数 | 5000人 | ||||
时效指标 | 急诊出诊响应时限 | 2小时内 | ||||
质量指标 | 慢病随访完成率 | ≥95% | ||||
满意度指标 | 服务对象满意度指标 | 签约居民满意度 | ≥90% | |||
"""


def test_a_duration_within_is_a_limit_where_cells_are_placed_by_kind(tmp_path: Path) -> None:
    document = read_form(tmp_path, _FORM)
    found = {indicator.name: indicator for _, indicator in document.all_indicators()}
    target = found["急诊出诊响应时限"].target
    assert target is not None and target.canonical == "≤2小时"
    assert found["慢病随访完成率"].target is not None


def test_durations_within_are_values_and_a_month_within_a_date() -> None:
    for text in ("2小时内", "5个工作日内", "3个月内", "10天之内"):
        assert kind_of(text) is Kind.QUANTITY, text
    assert kind_of("12月内") is Kind.PERIOD
    assert kind_of("当年内") is not Kind.QUANTITY
