"""A score table heading its targets' column 绩效目标 just before 实际完成 (``三级指标 | 分值 |
绩效目标 | 实际完成 | 得分``): the column is each row's target. Elsewhere the word is a 二级
label of score tables and no header word. Each text is written for the test."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form

_TABLE = """某县卫生健康局2022年度基本公共卫生服务项目绩效评价指标评分表
一级指标	二级指标	三级指标	分值	绩效目标	实际完成	得分
产出	产出数量	高血压患者规范管理人数	10	≥6800人	7012人	10
产出	产出质量	居民健康档案规范化建档率	10	≥90%	92%	10
效益	社会效益	重点人群健康管理水平	10	明显提升	有所提升	8
"""


def test_a_goal_column_before_the_achieved_one_holds_the_targets(tmp_path: Path) -> None:
    read = {i.name: i for _, i in read_form(tmp_path, _TABLE).all_indicators()}
    managed = read["高血压患者规范管理人数"]
    assert managed.target is not None and managed.target.canonical == "≥6800人"
    assert read["居民健康档案规范化建档率"].target is not None


def test_a_goal_column_with_no_achieved_column_after_it_holds_no_target(tmp_path: Path) -> None:
    text = _TABLE.replace("\t实际完成\t", "\t评分标准\t").replace("7012人", "按比例得分")
    read = {i.name: i for _, i in read_form(tmp_path, text).all_indicators()}
    managed = read.get("高血压患者规范管理人数")
    assert managed is None or managed.target is None or managed.target.canonical != "≥6800人"
