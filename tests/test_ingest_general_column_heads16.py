"""A table a PDF extractor read down its columns, each column's header printed right before
its cells, one cell a line (session 16)."""

from __future__ import annotations

from general_support import table_rows
from jixiao.ingest.general.column_heads import heads_first
from jixiao.ingest.general.vocabulary import Role

_DOWN_ITS_COLUMNS = """\
某县水利局2022年项目支出绩效自评表
项目名称:小型水库除险加固
一级指标
产出指标
效益指标
二级指标
数量指标
质量指标
生态效益指标
三级指标
除险加固水库座数
工程验收合格率
水库下游防洪保护人口
年度指标值
≥6座
100%
≥1.8万人
实际完成值
6座
100%
1.9万人
"""


def test_each_columns_header_before_its_cells_is_read_as_one_table() -> None:
    rows = {row[Role.NAME]: row for row in table_rows(_DOWN_ITS_COLUMNS)}
    assert rows["除险加固水库座数"][Role.TARGET] == "≥6座"
    assert rows["工程验收合格率"][Role.ACTUAL] == "100%"
    assert rows["水库下游防洪保护人口"][Role.TARGET] == "≥1.8万人"
    assert rows["水库下游防洪保护人口"][Role.ACTUAL] == "1.9万人"


def test_a_header_printed_across_one_cell_a_line_keeps_its_order() -> None:
    texts = [
        "一级指标",
        "二级指标",
        "三级指标",
        "指标值",
        "产出指标",
        "数量指标",
        "植树面积",
        "≥50亩",
    ]
    assert heads_first(texts, list(range(len(texts)))) is None


def test_columns_of_unequal_length_are_no_table_read_down() -> None:
    # two names but three targets before the next header: no pairing by order is sure
    texts = [
        "三级指标",
        "植树面积",
        "成活率",
        "指标值",
        "≥50亩",
        "≥90%",
        "≥3",
        "实际完成值",
        "52亩",
    ]
    assert heads_first(texts, list(range(len(texts)))) is None


def test_the_headers_are_gathered_where_the_first_stands() -> None:
    texts = [
        "标题",
        "一级指标",
        "产出指标",
        "三级指标",
        "植树面积",
        "成活率",
        "指标值",
        "≥50亩",
        "≥90%",
    ]
    order = heads_first(texts, list(range(len(texts))))
    assert order is not None
    assert [texts[index] for index in order] == [
        "标题",
        "一级指标",
        "三级指标",
        "指标值",
        "产出指标",
        "植树面积",
        "成活率",
        "≥50亩",
        "≥90%",
    ]
