"""A tab-parted table whose header leaves a column unnamed between 绩效指标描述 and 指标值
(the 描述 cell merged over two): a row printing its target in that column, its own
指标值 cell empty, keeps it as its target; a row with a value there and its target in
its own column keeps the latter."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form

_FORM = """部门预算项目绩效目标表
项目名称\t乡村学校少年宫运行补助\t主管部门\t古城县教育局\t\t\t\t
年度目标\t保障少年宫正常运行,开展课外活动。\t\t\t\t\t\t
一级指标\t二级指标\t三级指标\t绩效指标描述\t\t指标值\t指标值确定依据\t
产出指标\t数量指标\t少年宫覆盖学校数\t年度运行的乡村学校少年宫数量\t\t≥12 所\t\t
\t成本指标\t器材购置成本\t器材购置成本\t≤8 万元\t\t\t
\t\t辅导员补助成本\t辅导员补助成本\t€3.6万元\t\t\t
\t质量指标\t活动开展达标率\t按计划开展活动的少年宫数/总数\t\t≥95%\t\t
效益指标\t社会效益指标\t受益学生人数\t参加少年宫活动的学生人数\t2 批次\t≥3000 人\t\t
"""


def _targets(tmp_path: Path) -> dict[str, str]:
    document = read_form(tmp_path, _FORM)
    return {
        indicator.name: indicator.target.canonical if indicator.target else ""
        for _, indicator in document.all_indicators()
    }


def test_a_target_in_the_unnamed_column_before_its_own_is_read(tmp_path: Path) -> None:
    targets = _targets(tmp_path)
    assert targets["器材购置成本"] == "≤8万元"
    assert targets["辅导员补助成本"] == "≤3.6万元"


def test_a_value_before_the_target_in_its_own_column_is_no_target(tmp_path: Path) -> None:
    targets = _targets(tmp_path)
    assert targets["受益学生人数"] == "≥3000人"
    assert targets["少年宫覆盖学校数"] == "≥12所"
