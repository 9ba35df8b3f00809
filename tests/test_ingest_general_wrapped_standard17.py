"""A target table captured one cell per line whose header holds no value column but the
target's: a standard printed over two lines (``持续`` / ``改善``), each piece a standard's
word, is one standard. Where a 实际完成值 column stands, a second standard is the actual."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form

_HEAD = """项目支出绩效目标表 |
(2023年度) |
项目名称 |
城市公园绿地养护 |
主管部门 |
宜城市园林局 |
项目资金(万元) |
年度资金总额 |
356.0 |
年度总体目标 |
完成城区公园绿地日常养护,保持绿地景观良好。 |
"""

_TARGETS_ONLY = (
    _HEAD
    + """一级指标 |
二级指标 |
三级指标 |
指标值 |
产出指标 |
数量指标 |
养护绿地面积 |
≥86万平方米 |
补植苗木数量 |
≥1200株 |
效益指标 |
可持续影响指标 |
绿地景观效果 |
持续 |
改善 |
满意度指标 |
服务对象满意度指标 |
市民满意度 |
≥90% |
"""
)

_WITH_ACTUALS = (
    _HEAD
    + """一级指标 |
二级指标 |
三级指标 |
指标值 |
实际完成值 |
产出指标 |
数量指标 |
养护绿地面积 |
≥86万平方米 |
88万平方米 |
效益指标 |
可持续影响指标 |
绿地景观效果 |
持续 |
持续 |
满意度指标 |
服务对象满意度指标 |
市民满意度 |
≥90% |
93% |
"""
)


def _read(tmp_path: Path, text: str) -> dict[str, str]:
    document = read_form(tmp_path, text)
    return {
        indicator.name: indicator.target.text if indicator.target else ""
        for _, indicator in document.all_indicators()
    }


def test_a_standard_printed_over_two_lines_is_one(tmp_path: Path) -> None:
    targets = _read(tmp_path, _TARGETS_ONLY)
    assert targets["绿地景观效果"] == "持续改善"
    assert targets["市民满意度"] == "≥90%"


def test_a_second_standard_under_an_actual_column_stays_the_actual(tmp_path: Path) -> None:
    assert _read(tmp_path, _WITH_ACTUALS)["绿地景观效果"] == "持续"
