"""A table a PDF's text layer gives one cell a line (pdftotext without -layout), a name
wrapped in its cell as two lines before its values: the second line a measure word that
ends no name by its last glyph (``规模``, ``年限``) or a unit word (``人次``) ending a count.
Joined, they are the row's name; apart, the head was lost or the tail taken for a unit."""

from __future__ import annotations

from general_support import table_rows
from jixiao.ingest.general.vocabulary import Role

_ONE_CELL_A_LINE = """\
一级指标
二级指标
三级指标
年度指标值
实际完成值
分值
得分
产出指标
数量指标
义务教育阶段家庭困难学生资助
人次
≥2600人次
2714人次
20
20
农村学校营养改善计划覆盖
规模
≥1.8万人
1.86万人
20
20
质量指标
资助资金发放准确率
100%
100%
10
10
效益指标
可持续影响指标
校舍维修改造工程设计使用
年限
≥30年
30年
10
10
"""


def _rows(text: str) -> list[tuple[str, str]]:
    return [(row[Role.NAME], row[Role.TARGET]) for row in table_rows(text)]


def test_a_names_measure_word_on_a_line_of_its_own_ends_the_name() -> None:
    assert _rows(_ONE_CELL_A_LINE) == [
        ("义务教育阶段家庭困难学生资助人次", "≥2600人次"),
        ("农村学校营养改善计划覆盖规模", "≥1.8万人"),
        ("资助资金发放准确率", "100%"),
        ("校舍维修改造工程设计使用年限", "≥30年"),
    ]


# a table with a 度量单位 column: the unit word after the name is that column's cell
_UNIT_COLUMN = """\
一级指标
二级指标
三级指标
度量单位
年度指标值
产出指标
数量指标
开展送教上门服务
人次
≥320
质量指标
送教上门服务覆盖率
%
≥95
"""

# a name that ends as a whole one (覆盖率) with its values read is no head: the words after
# it start the next row, whose measure word (规模) ends that row's name
_WHOLE_HEAD = """\
一级指标
二级指标
三级指标
年度指标值
实际完成值
产出指标
数量指标
营养餐供应学校覆盖率
100%
100%
受助学生
规模
≥1.2万人
1.25万人
"""


def test_a_unit_word_in_a_table_with_a_units_column_stays_the_units_cell() -> None:
    rows = table_rows(_UNIT_COLUMN)
    assert rows[0][Role.NAME] == "开展送教上门服务"
    assert rows[0].get(Role.UNIT) == "人次"


def test_a_measure_word_after_a_whole_name_with_its_values_ends_the_next_rows_name() -> None:
    assert _rows(_WHOLE_HEAD) == [("营养餐供应学校覆盖率", "100%"), ("受助学生规模", "≥1.2万人")]
