"""An OCR ``2`` read for ``≥`` where the figure cannot be the target: a rate or proportion
of any name above 100 % (``污水处理设施正常运行率 288%``), or a row whose actual is a share
near the other reading; a real 2 (``≤200%`` of a growth, ``2次``, ``25%``) stays."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from general_support import read_form
from jixiao.domain.target import Operator, parse_target
from jixiao.ingest.general.doubts import count_near_actual, share_over_whole


@pytest.mark.parametrize(
    ("name", "written", "value"),
    [("污水处理设施正常运行率", "288%", 88), ("村级卫生室标准化建设比例", "2100%", 100)],
)
def test_a_rate_above_the_whole_reads_its_two_as_at_least(
    name: str, written: str, value: int
) -> None:
    fixed = share_over_whole(name, parse_target(written))
    assert fixed is not None
    assert (fixed.operator, fixed.value, fixed.unit) == (Operator.GE, Decimal(value), "%")


def test_an_actual_share_near_the_other_reading_shows_the_target_is_a_share() -> None:
    fixed = share_over_whole("水质监测样品合格", parse_target("285%"), "91.2%")
    assert fixed is not None and (fixed.operator, fixed.value) == (Operator.GE, Decimal(85))


@pytest.mark.parametrize(
    ("name", "written", "actual"),
    [
        ("招商引资到位资金增长率", "250%", "96%"),  # a growth may pass 100 %
        ("财政资金放大倍率", "230%", None),
        ("污水处理设施正常运行率", "≤200%", None),  # an operator of its own
        ("资金结余率", "25%", None),  # within the whole
        ("水质监测样品合格", "285%", "8份"),  # no share beside it
        ("水质监测样品合格", "285%", None),
        ("财政资金撬动社会资本比例", "250%", None),  # a multiple may pass 100 %
        ("地方配套资金比例", "230%", None),
        ("粮食自给率", "210%", None),
        ("医院病床使用率", "205%", None),
        ("社会资金投入", "250%", "100%"),  # the actual far from 50 %: no share beside it
    ],
)
def test_a_real_two_stays(name: str, written: str, actual: str | None) -> None:
    assert share_over_whole(name, parse_target(written), actual) is None


_SCANNED = """\
某县2022年度项目支出绩效自评表
项目名称 农村生活污水治理补助资金
一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分
产出指标 数量指标 新建污水处理设施 ≥24座 24座 20 20
质量指标 污水处理设施正常运行率 288% 93.5% 20 20
时效指标 巡查频次 2次 2次 10 10
效益指标 生态效益指标 污水收集处理率提高 ≤200% 150% 20 20
满意度指标 服务对象满意度指标 受益村民满意度 ≥90% 95% 10 10
"""


def test_a_scanned_rate_above_the_whole_is_read_as_at_least(tmp_path: Path) -> None:
    document = read_form(tmp_path, _SCANNED)
    read = {
        item.name: (item.target.operator, item.target.value, item.target.unit)
        for _, item in document.all_indicators()
        if item.target is not None
    }
    assert read["污水处理设施正常运行率"] == (Operator.GE, Decimal(88), "%")
    assert read["巡查频次"] == (None, Decimal(2), "次")
    assert read["污水收集处理率提高"] == (Operator.LE, Decimal(200), "%")


@pytest.mark.parametrize(
    ("written", "actual", "value", "unit"),
    [
        ("2150户", "162户", 150, "户"),
        ("24800人次", "5120人次", 4800, "人次"),
        ("212座", "12座", 12, "座"),
    ],
)
def test_a_count_far_over_its_actual_reads_its_two_as_at_least(
    written: str, actual: str, value: int, unit: str
) -> None:
    fixed = count_near_actual(parse_target(written), actual)
    assert fixed is not None
    assert (fixed.operator, fixed.value, fixed.unit) == (Operator.GE, Decimal(value), unit)


@pytest.mark.parametrize(
    ("written", "actual"),
    [
        ("25个", "26个"),  # the actual matches the count as written
        ("2600人次", "2710人次"),
        ("230台", "18台"),  # far under either reading: a shortfall, not a misread sign
        ("2150户", "162人"),  # another unit
        ("2150户", None),
        ("≤250户", "48户"),  # an operator of its own
        ("280%", "81%"),  # a share: share_over_whole's case
    ],
)
def test_a_count_its_actual_does_not_contradict_stays(written: str, actual: str | None) -> None:
    assert count_near_actual(parse_target(written), actual) is None


_COUNTED = """\
某区2020年度转移支付绩效自评表
转移支付名称 残疾人康复补助资金
一级指标 二级指标 三级指标 指标值 全年实际值 分值 得分
产出指标 数量指标 康复服务人次 26500人次 6830人次 20 20
数量指标 辅具适配人数 2120人 2128人 20 20
满意度指标 服务对象满意度指标 残疾人满意度 ≥90% 94% 10 10
"""


def test_a_scanned_count_far_over_its_actual_is_read_as_at_least(tmp_path: Path) -> None:
    document = read_form(tmp_path, _COUNTED)
    read = {
        item.name: (item.target.operator, item.target.value, item.target.unit)
        for _, item in document.all_indicators()
        if item.target is not None
    }
    assert read["康复服务人次"] == (Operator.GE, Decimal(6500), "人次")
    assert read["辅具适配人数"] == (None, Decimal(2120), "人")


_MONITORED = """\
某县2022年项目支出绩效运行监控表
项目名称 农村饮水安全巩固提升工程
一级指标 二级指标 三级指标 年度指标值 1-6月完成值 全年预计完成值 完成目标可能性
产出指标 数量指标 新建集中供水点 245处 19处 45处 确定能
数量指标 改造供水管网 2120公里 60公里 130公里 确定能
数量指标 水质检测批次 225批次 110批次 230批次 确定能
满意度指标 服务对象满意度指标 受益群众满意度 ≥90% 88% 92% 确定能
"""


def test_a_count_far_over_its_projection_for_the_year_reads_its_two_as_at_least(
    tmp_path: Path,
) -> None:
    # half a year's completion is far under any target; the year's projection is not
    document = read_form(tmp_path, _MONITORED)
    read = {
        item.name: (item.target.operator, item.target.value, item.target.unit)
        for _, item in document.all_indicators()
        if item.target is not None
    }
    assert read["新建集中供水点"] == (Operator.GE, Decimal(45), "处")
    assert read["改造供水管网"] == (Operator.GE, Decimal(120), "公里")
    # a projection near the count as written: a real 2
    assert read["水质检测批次"] == (None, Decimal(225), "批次")
