"""A 指标类型 column before the name holding the 二级 labels (数量指标, 社会效益指标), in a
table with no level column, as a monitoring report prints one inside its prose (issue 11).
The texts are written for the test, with other words than the hold-out of the class."""

from __future__ import annotations

from general_support import table_rows
from jixiao.ingest.general.vocabulary import Role

_SPACED = """\
二、绩效目标完成情况
  指标类型        指标名称                          年度目标值        1-9月完成值       预警
  数量指标        新建农村公路里程                  ≥42公里           31公里            ●绿
                  危桥改造座数                      ≥6座              3座               ●黄
  时效指标        工程完工时间                      2023年11月底前    按进度推进        ●绿
  社会效益指标    行政村通硬化路比例                100%              98%               ●绿
  满意度指标      沿线群众满意度                    ≥90%              年底测评          ●绿
三、存在的问题及原因
一是部分路段征地协调进度偏慢
"""


def test_a_type_column_of_second_level_labels_is_the_second_level() -> None:
    rows = [row for row in table_rows(_SPACED) if Role.TARGET in row]
    assert [row[Role.NAME] for row in rows] == [
        "新建农村公路里程",
        "危桥改造座数",
        "工程完工时间",
        "行政村通硬化路比例",
        "沿线群众满意度",
    ]
    assert rows[0][Role.SUBCATEGORY] == "数量指标"
    assert rows[3][Role.SUBCATEGORY] == "社会效益指标"
    assert rows[1][Role.TARGET] == "≥6座"


def test_the_next_numbered_section_ends_the_table_though_its_title_says_a_columns_word() -> None:
    names = [row.get(Role.NAME, "") for row in table_rows(_SPACED)]
    assert not any("征地协调" in name for name in names)


def test_a_type_column_of_quantitative_or_qualitative_keeps_its_role() -> None:
    text = (
        "| 指标类型 | 指标名称 | 指标值 |\n"
        "| 定量 | 新建农村公路里程 | ≥42公里 |\n"
        "| 定性 | 路网通达水平 | 明显提升 |\n"
    )
    rows = [row for row in table_rows(text) if Role.NAME in row]
    assert [row[Role.NAME] for row in rows] == ["新建农村公路里程", "路网通达水平"]
    assert all(Role.SUBCATEGORY not in row for row in rows)
    assert rows[0].get(Role.NATURE) == "定量"
