"""An indicator table an OCR read down its columns (one cell a line: the merged labels, every
name, then every target, every actual …): a score table whose 决策 rows leave their target
blank (—) and whose 合计 row is read across after the columns; labels the vocabulary reads as
names (产出数量) or does not know (项目管理指标) before the names; a last name the vocabulary
also knows as a label (服务对象满意度); actuals in words."""

from __future__ import annotations

from general_support import table_rows
from jixiao.ingest.general.vocabulary import Role

# 一级 | 二级 | 三级 | 分值 | 指标值 | 实际完成值 | 得分, down the columns, the sums across
_SCORES = """\
一级指标 二级指标 三级指标 分值 指标值 实际完成值 得分
决策
项目立项
资金投入
过程
资金管理
产出
产出数量
产出质量
效益
社会效益
满意度
立项依据充分性
预算编制科学性
资金到位率
新建口袋公园数量
绿化工程验收合格率
市民休闲空间改善
周边居民满意度
10
10
10
20
20
15
15
—
—
100%
≥8个
100%
明显改善
≥90%
—
—
100%
8个
100%
明显改善
93%
10
9
10
20
20
15
14
合计 100 98
"""


def _read(text: str) -> list[tuple[str, str, str]]:
    return [
        (row[Role.NAME], row.get(Role.TARGET, ""), row.get(Role.ACTUAL, ""))
        for row in table_rows(text)
    ]


def test_a_score_table_with_blank_targets_and_its_sums_read_across_pairs_every_row() -> None:
    rows = table_rows(_SCORES)
    assert [(row[Role.NAME], row[Role.WEIGHT], row[Role.SCORE]) for row in rows] == [
        ("立项依据充分性", "10", "10"),
        ("预算编制科学性", "10", "9"),
        ("资金到位率", "10", "10"),
        ("新建口袋公园数量", "20", "20"),
        ("绿化工程验收合格率", "20", "20"),
        ("市民休闲空间改善", "15", "15"),
        ("周边居民满意度", "15", "14"),
    ]
    assert ("新建口袋公园数量", "≥8个", "8个") in _read(_SCORES)
    assert ("立项依据充分性", "—", "—") in _read(_SCORES)


def test_labels_read_as_names_before_the_names_are_left_out_where_values_fill_the_rest() -> None:
    # no 一级 label the vocabulary knows between the 二级 labels (产出数量, 产出质量: names to
    # the vocabulary) and the names: the names are as many as each column's values
    text = _SCORES.replace("效益\n社会效益\n满意度\n", "")
    assert [name for name, _, _ in _read(text)] == [
        "立项依据充分性",
        "预算编制科学性",
        "资金到位率",
        "新建口袋公园数量",
        "绿化工程验收合格率",
        "市民休闲空间改善",
        "周边居民满意度",
    ]


# 一级 | 二级 | 三级 | 年度指标值 | 全年实际完成值 | 偏差原因: a label ending with 指标 the
# vocabulary does not know, the last name a 二级 label's word, an actual in words, one reason
_TARGETS = """\
一级指标 二级指标 三级指标 年度指标值 全年实际完成值 偏差原因
产出指标
数量指标
质量指标
效益指标
社会效益指标
项目管理指标
满意度指标
服务对象满意度指标
新建村级综合服务站数量
服务站设施验收合格率
群众办事便利程度
项目资金支付进度
服务对象满意度
≥24个
100%
明显提升
≥95%
≥90%
24个
100%
正在推进
96%
92%
部分站点装修未完成,年底前交付
"""


def test_an_unknown_label_and_a_last_name_known_as_a_label_leave_the_names_whole() -> None:
    assert _read(_TARGETS) == [
        ("新建村级综合服务站数量", "≥24个", "24个"),
        ("服务站设施验收合格率", "100%", "100%"),
        ("群众办事便利程度", "明显提升", "正在推进"),
        ("项目资金支付进度", "≥95%", "96%"),
        ("服务对象满意度", "≥90%", "92%"),
    ]


def test_a_vanished_actual_leaves_the_reason_out_of_the_actuals() -> None:
    # one actual missing (an empty cell the OCR skipped): the reason sentence would slide
    # into the last row's actual; the columns are not paired down
    text = _TARGETS.replace("24个\n100%\n正在推进", "24个\n正在推进")
    assert ("服务对象满意度", "≥90%", "部分站点装修未完成,年底前交付") not in _read(text)
