"""A label merged down the indicator block and typeset vertically, copied one cell a line:
``绩`` / ``效`` / ``指`` / ``标`` is the block's label 绩效指标, and the header and rows under it
are read by their places as without it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from general_support import table_rows, text_source
from jixiao.domain.target import TargetSyntaxError, parse_target
from jixiao.ingest.general.stream import cells_of
from jixiao.ingest.general.vocabulary import Role

_ROWS = """项目名称
乡镇文化站设备更新
绩
效
指
标
一级指标
二级指标
三级指标
年度指标值
实际完成值
分值
得分
偏差原因
产出指标
数量指标
更新文化站数量
≥18个
17个
20
18
一个乡镇因场地改建推迟至次年,下一步将加快协调进度并在一季度完成设备安装调试。
配送图书册数
≥1.2万册
1.3万册
20
20
无
满意度指标
服务对象满意度指标
群众满意度
≥90%
93%
20
20
无
"""


def test_a_label_one_glyph_a_line_is_joined_and_the_first_row_keeps_its_places() -> None:
    rows = table_rows(_ROWS)
    first = rows[0]
    assert (first[Role.NAME], first[Role.TARGET], first[Role.ACTUAL]) == (
        "更新文化站数量",
        "≥18个",
        "17个",
    )
    assert [row[Role.NAME] for row in rows] == ["更新文化站数量", "配送图书册数", "群众满意度"]


def test_the_glyphs_become_one_cell_of_the_word() -> None:
    texts = [cell.text for cell in cells_of(text_source(_ROWS).lines)]
    assert "绩效指标" in texts
    assert "绩" not in texts


def test_lone_glyphs_that_spell_no_word_are_left_as_they_are() -> None:
    texts = [cell.text for cell in cells_of(text_source("填\n报\n说\n明\n").lines)]
    assert texts == ["填", "报", "说", "明"]


def test_pages_are_a_counted_unit() -> None:
    target = parse_target("≥85万页")
    assert (target.value, target.unit) == (Decimal(85), "万页")


def test_a_page_footer_is_no_count_of_pages() -> None:
    for footer in ("第3页", "共12页"):
        with pytest.raises(TargetSyntaxError):
            parse_target(footer)
