"""A thing done by its cycle (按季, 按月足额发放) is the standard a 时效指标 states where it
sets no date: a target's cell, so a row that lost its 指标解释 in a flattened export still
reads name, target, actual; a name that opens with a cycle (按月发放在职人员工资) stays a name."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.domain.target import TargetKind
from jixiao.ingest.general.kinds import Kind, kind_of
from jixiao.ingest.pipeline import parse_file

_FORM = """部门整体支出绩效自评表
(2020年度)
部门(单位)名称 永泰县退役军人事务局
年度
绩效
指标
完成
情况
一级
指标
二级
指标
三级指标 指标解释 绩效目标值 实际完成值 指标分值 得分
产出
指标
数量
指标
 指标1  优抚对象抚恤人数 反映享受抚恤补助人数 ≥2600人 2655人 20 20
时效
指标
 指标1  抚恤金按季发放 按季 按季 20 20
 指标2  生活补助发放 反映补助发放时效 按月足额发放 按月足额发放 20 20
满意度
指标
 指标1  优抚对象满意度 反映服务对象满意程度 ≥90% 94% 20 19
"""


@pytest.mark.parametrize("text", ["按月", "按季", "按季度", "按年", "按月足额发放", "按季拨付"])
def test_a_cycle_is_a_standard(text: str) -> None:
    assert kind_of(text) is Kind.QUALITATIVE


@pytest.mark.parametrize("text", ["按月发放在职人员工资", "按户补助标准", "按季度统计人数"])
def test_a_name_opening_with_a_cycle_is_no_standard(text: str) -> None:
    assert kind_of(text) is Kind.NAME


def test_a_row_without_its_explanation_reads_its_cycle_as_target(tmp_path: Path) -> None:
    path = tmp_path / "selfeval.txt"
    path.write_text(_FORM, encoding="utf-8")
    document = parse_file(path)[0]
    targets = {ind.name: ind.target for _, ind in document.all_indicators()}
    assert "按季" not in targets
    target = targets["抚恤金按季发放"]
    assert target is not None and target.kind is TargetKind.QUALITATIVE
    assert target.standard == "按季"
    other = targets["生活补助发放"]
    assert other is not None and other.standard == "按月足额发放"
