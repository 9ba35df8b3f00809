"""A 绩效评价 score table from a text PDF, one cell a line: the framework's own 二级 label
(产出质量, 项目立项) on a line of its own after a row's values opens the next rows; it is no
end of the name above (session 16)."""

from __future__ import annotations

from general_support import table_rows
from jixiao.ingest.general.eval_labels import is_framework_subcategory
from jixiao.ingest.general.vocabulary import Role

_SCORE_TABLE = """\
项目绩效评价指标评分表
一级指标
二级指标
三级指标
分值
目标值
实际完成值
得分
产出
产出数量
农村公路养护里程
10
≥860公里
872公里
10
危桥改造座数
10
≥12座
11座
8.5
产出质量
养护路段优良率
10
≥80%
83%
10
"""


def test_a_framework_label_after_a_rows_values_is_no_end_of_its_name() -> None:
    rows = {row[Role.NAME]: row for row in table_rows(_SCORE_TABLE)}
    assert rows["危桥改造座数"][Role.TARGET] == "≥12座"
    assert rows["养护路段优良率"][Role.TARGET] == "≥80%"


def test_only_the_frameworks_own_terms_are_such_labels() -> None:
    assert is_framework_subcategory("产出质量")
    assert is_framework_subcategory("项目立项(5分)")
    # a name may end in 满意度 or 社会效益 (群众 / 满意度): those stay possible name ends
    assert not is_framework_subcategory("满意度")
    assert not is_framework_subcategory("社会效益")


_CRITERIA_OVER_LINES = """\
绩效评价指标评分表
一级指标
二级指标
三级指标
分值
指标值
评分标准
实际完成情况
得分
产出
产出数量
河道保洁里程
10
≥45公里
达到目标值得满分,
每少1公里扣1分。
46公里
10
垃圾清运及时率
10
≥98%
达到目标值得满分,
每低1个百分点扣1分。
97%
9
效益
社会效益
水面漂浮物
8
0处
发现1处扣2分。
0处
8
沿河群众满意度
7
≥90%
达到目标值得满分。
92%
7
"""


def test_a_short_name_after_a_rows_score_opens_the_next_row() -> None:
    # 水面漂浮物's 评分标准 is one line, the rows above have two: its row is shorter than
    # the others, and still the name after its 得分 (the header's last column) is a new row
    rows = {row[Role.NAME]: row for row in table_rows(_CRITERIA_OVER_LINES)}
    assert rows["水面漂浮物"][Role.TARGET] == "0处"
    assert rows["沿河群众满意度"][Role.TARGET] == "≥90%"
    assert rows["沿河群众满意度"][Role.SCORE] == "7"


def test_a_reason_after_the_score_under_its_own_column_stays_the_rows() -> None:
    text = _CRITERIA_OVER_LINES.replace("得分\n产出\n", "得分\n偏差原因\n产出\n", 1).replace(
        "97%\n9\n", "97%\n9\n雨季积水\n", 1
    )
    rows = {row[Role.NAME]: row for row in table_rows(text)}
    assert "雨季积水" not in rows
    assert rows["垃圾清运及时率"][Role.SCORE] == "9"
