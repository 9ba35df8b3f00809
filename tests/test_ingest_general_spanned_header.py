"""A header whose upper row spans columns its lower row parts (``年度目标 | 上半年完成情况 | |``
over ``一级指标 | 二级指标 | 三级指标 | | 完成值 | 完成率``): each column is named by its
lower word, else by the upper one merged down both rows, so the target is read from the
year's column and not from a later one; a funds header parted so is not an indicator header."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form, text_source
from jixiao.ingest.general.stacked_header import join_stacked_headers

_SPANNED = """水利工程运行维护项目绩效监控表
| 项目名称 | 水利工程运行维护 | | | | | | |
|---|---|---|---|---|---|---|---|
| 指标 | | | 年度目标 | 上半年完成情况 | | 全年预计完成值 | 偏差说明 |
| 一级指标 | 二级指标 | 三级指标 | | 完成值 | 完成率 |
| 产出指标 | 数量指标 | 维修养护渠道长度 | ≥36公里 | 20公里 | 55.6% | 38公里 | |
| | 质量指标 | 工程验收合格率 | 100% | 100% | 100% | 100% | |
| 效果指标 | 社会效益指标 | 受益灌溉面积 | ≥2.4万亩 | 1.1万亩 | 45.8% | 2.5万亩 | 汛期后集中施工 |
"""

_FUNDS = """| 资金 | 年初预算 | 上半年执行 | | 偏差说明 |
| | | 执行数 | 执行率 | |
| 合计 | 420.00 | 180.00 | 42.86% | |
"""


def test_a_target_is_read_under_the_span_merged_down_both_rows(tmp_path: Path) -> None:
    document = read_form(tmp_path, _SPANNED)
    read = {i.name: i for i in document.projects[0].indicators}
    length = read["维修养护渠道长度"]
    assert length.target is not None and length.target.value is not None
    assert str(length.target.value) == "36"
    assert length.result is not None and length.result.actual_text == "20公里"
    area = read["受益灌溉面积"]
    assert area.target is not None and str(area.target.value) == "2.4"


def test_the_lower_row_names_the_parts_and_the_upper_the_merged_columns() -> None:
    joined = join_stacked_headers(text_source(_SPANNED).lines)
    assert joined is not None
    header = next(line for line in joined if "一级指标" in line.cells)
    assert header.cells[:4] == ("一级指标", "二级指标", "三级指标", "年度目标")
    assert header.cells[4] == "完成值" and header.cells[6] == "全年预计完成值"


def test_a_funds_header_parted_over_two_rows_is_left_alone() -> None:
    assert join_stacked_headers(text_source(_FUNDS).lines) is None
