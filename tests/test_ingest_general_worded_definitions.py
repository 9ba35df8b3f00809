"""An 指标解释 in a standard's words (不超年度预算, 保持稳定运行) before its row's target and
actual, one cell a line: a row with every column filled is read column for column, the
explanation as the explanation, not as a target that pushes the target into the actual's
column. A row that has no explanation keeps its standard as its target."""

from __future__ import annotations

from pathlib import Path

from jixiao.domain.model import Indicator
from jixiao.ingest.pipeline import parse_file

_HEAD = """部门整体支出绩效自评表
(2021年度)
部门(单位)名称
闽清县水利局
年度
绩效
指标
完成
情况
一级
指标
二级
指标
三级指标
指标解释
绩效目标值
实际完成值
指标分值
得分
产出
指标
数量
指标
①
水库巡查次数
全年巡查小型水库次数
≥240次
252次
20
20
成本
指标
②
日常运行经费
不超年度预算
≤年初预算数
未超预算
20
20
"""


def _indicators(tmp_path: Path, text: str) -> dict[str, Indicator]:
    path = tmp_path / "selfeval.txt"
    path.write_text(text, encoding="utf-8")
    return {ind.name: ind for _, ind in parse_file(path)[0].all_indicators()}


def test_a_worded_explanation_keeps_its_column_and_the_target_its_own(tmp_path: Path) -> None:
    indicators = _indicators(tmp_path, _HEAD)
    cost = indicators["日常运行经费"]
    assert cost.target is not None and cost.target.text == "≤年初预算数"
    assert cost.definition == "不超年度预算"
    assert indicators["水库巡查次数"].target is not None


def test_a_row_without_explanation_keeps_its_standard_as_target(tmp_path: Path) -> None:
    text = _HEAD.replace("不超年度预算\n≤年初预算数\n未超预算\n", "不超年度预算\n未超预算\n")
    cost = _indicators(tmp_path, text)["日常运行经费"]
    assert cost.target is not None and cost.target.text == "不超年度预算"
