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
