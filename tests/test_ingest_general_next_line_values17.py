"""A 部门整体 score table re-served from a text PDF out of step (分值 目标值 实际值 得分, each
row's values opening the next line), its 一级 labels the department framework's own (投入,
效果) and some 三级 rows named in a 二级 label's words (社会效益, 服务对象满意度)
(session 17)."""

from __future__ import annotations

from general_support import table_rows
from jixiao.ingest.general.eval_labels import labels_cut_by_spaces
from jixiao.ingest.general.vocabulary import Role

# the header's last word (得分) printed right before the first row's 一级 label (投入(20 分))
_DEPARTMENT_TABLE = """\
三、自评结果
2020 年某县林业局部门整体支出绩效评价得分表 一级指 标 二级指标 三级指标 分值 目标值 实际值 得分 \
投入(20 分) 目标设定(6 分) 绩效目标合理性
3 3 绩效指标明确性
3 2 预算配置(14 分) 在职人员控制率
7 ≤100% 97% 7 重点支出安排率
7 ≥85% 88.5% 7 产出(30 分) 职责履行(30 分) 森林防火巡查覆盖率
15 ≥98% 99% 15 林木采伐审批办结率
15 100% 96% 12 效果(20 分) 履职效益(20 分) 生态效益
8 明显改善 有所改善 6 可持续影 响
4 4 服务对象满意度
8 ≥90% 93% 8 总分
70 64 四、存在的问题.部分乡镇巡查台账不全.
"""


def _rows() -> dict[str, dict[Role, str]]:
    return {row[Role.NAME]: row for row in table_rows(_DEPARTMENT_TABLE) if Role.NAME in row}


def test_the_header_word_before_the_first_label_is_no_label_head() -> None:
    assert labels_cut_by_spaces(["实际值", "得分", "投入(20分)", "目标设定(6分)"]) == [
        "实际值",
        "得分",
        "投入(20分)",
        "目标设定(6分)",
    ]
    # a label cut by a space inside its words is joined as before
    assert labels_cut_by_spaces(["部门管", "理(15分)"]) == ["部门管理(15分)"]


def test_rows_of_a_table_opening_with_a_department_label_get_their_values_back() -> None:
    rows = _rows()
    assert (rows["在职人员控制率"][Role.TARGET], rows["在职人员控制率"][Role.SCORE]) == (
        "≤100%",
        "7",
    )
    assert rows["重点支出安排率"][Role.TARGET] == "≥85%"
    assert (rows["林木采伐审批办结率"][Role.TARGET], rows["林木采伐审批办结率"][Role.SCORE]) == (
        "100%",
        "12",
    )


def test_a_label_word_after_a_pointed_label_is_the_rows_name() -> None:
    row = _rows()["生态效益"]
    assert row[Role.SUBCATEGORY] == "履职效益(20分)"
    assert (row[Role.TARGET], row[Role.SCORE]) == ("明显改善", "6")


def test_a_label_word_alone_in_its_row_with_a_target_is_the_rows_name() -> None:
    row = _rows()["服务对象满意度"]
    assert (row[Role.TARGET], row[Role.WEIGHT], row[Role.SCORE]) == ("≥90%", "8", "8")


def test_a_label_with_its_points_stays_a_label() -> None:
    # 社会效益(10分) carries its points: the 二级 over the name after it, no name itself
    text = """\
评分表 一级指标 二级指标 三级指标 分值 目标值 实际值 得分 效益(20 分) 社会效益(10 分) 受益群众人数
10 ≥500 人 520 人 10 群众出行满意率
10 ≥90% 91% 10 经济效益(5 分) 带动就业人数
5 ≥30 人 32 人 5 总分
25 25 五、结论.
"""
    rows = {row.get(Role.NAME): row for row in table_rows(text)}
    assert "社会效益(10分)" not in rows and "社会效益" not in rows
    assert rows["受益群众人数"][Role.SUBCATEGORY] == "社会效益(10分)"
    assert rows["带动就业人数"][Role.TARGET] == "≥30人"


# a department score table of criteria (分值 | 得分 alone) above a project's table with its
# targets, both out of step; the project's labels printed with their points spaced off
_CRITERIA_THEN_PROJECT = """\
2019 年部门整体支出绩效评价得分表 一级指 标 二级指标 三级指标 分值 得分 部门决 策(20 分) \
目标设定(10 分) 绩效目标合理性
6 6 绩效指标明确性
4 3 部门管 理(30 分) 资金管理(30 分) 预算执行率
10 9 预算调整率
10 10 资金使用合规性
10 8 总分
40 36 附件
项目支出绩效评价得分表 一级指 标 二级指标 三级指标 指标值 实际完成值 分值 得分 \
过程 (15 分) 资金管理 预算执行率
≥90% 94.5% 15 15 产出 (20 分) 产出数量 乡镇文化站免费开放天数
≥300 天 310 天 10 10 文艺演出场次
≥24 场 26 场 10 9 总分
35 34 注:项目得分
"""


def test_a_score_table_with_no_target_column_holds_criteria_no_indicators() -> None:
    rows = [row for row in table_rows(_CRITERIA_THEN_PROJECT) if Role.NAME in row]
    executed = [row for row in rows if row[Role.NAME] == "预算执行率"]
    assert len(executed) == 1  # the project's, with its target; the criterion is none
    assert (executed[0][Role.TARGET], executed[0][Role.SCORE]) == ("≥90%", "15")
    assert "绩效目标合理性" not in {row[Role.NAME] for row in rows}


def test_a_labels_points_spaced_off_its_words_are_joined() -> None:
    assert labels_cut_by_spaces(["过程", "(15分)", "资金管理"]) == ["过程(15分)", "资金管理"]
    # the header's last word keeps to itself, points or not
    assert labels_cut_by_spaces(["得分", "(15分)"]) == ["得分", "(15分)"]
    read = {row[Role.NAME]: row for row in table_rows(_CRITERIA_THEN_PROJECT) if Role.NAME in row}
    assert read["乡镇文化站免费开放天数"][Role.CATEGORY] == "产出(20分)"
    assert read["乡镇文化站免费开放天数"][Role.TARGET] == "≥300天"


def test_a_criteria_table_row_with_a_target_of_its_own_stays() -> None:
    # a header naming no target column over rows that print one all the same: indicators
    text = """\
三级指标 分值 得分
图书借阅量 ≥5000 册 10 10
免费开放天数 ≥300 天 10 9
读者满意度 ≥90% 10 10
"""
    names = {row[Role.NAME] for row in table_rows(text) if Role.NAME in row}
    assert {"图书借阅量", "免费开放天数", "读者满意度"} <= names


def test_a_row_of_its_points_alone_is_scored_with_no_target() -> None:
    rows = _rows()
    first = rows["绩效目标合理性"]
    assert (first[Role.WEIGHT], first[Role.SCORE]) == ("3", "3")
    assert (first[Role.CATEGORY], first[Role.SUBCATEGORY]) == ("投入(20分)", "目标设定(6分)")
    assert Role.TARGET not in first
    second = rows["绩效指标明确性"]
    assert (second[Role.WEIGHT], second[Role.SCORE], second.get(Role.TARGET)) == ("3", "2", None)


def test_two_numbers_kept_in_their_columns_stay_where_they_stand() -> None:
    # a tab table keeps its empty cells' places: 10 and 8 are the target and the actual
    text = (
        "三级指标\t指标值\t实际值\t分值\t得分\n"
        "档案数字化册数\t10\t8\t\t\n"
        "查档接待人次\t≥500\t520\t10\t10\n"
    )
    read = {row[Role.NAME]: row for row in table_rows(text) if Role.NAME in row}
    assert (read["档案数字化册数"][Role.TARGET], read["档案数字化册数"][Role.ACTUAL]) == ("10", "8")


# the same table with its labels printed bare, no points
_BARE_LABELS = """\
2021 年某县文化馆部门整体支出绩效评价得分表 一级指标 二级指标 三级指标 分值 目标值 实际值 得分 \
投入 目标设定 绩效目标合理性
5 5 预算配置 在职人员控制率
5 ≤100% 97% 5 过程 预算执行 预算执行率
10 ≥90% 92.4% 10 产出 职责履行 公益演出场次
10 ≥60 场 64 场 10 效果 履职效益 社会效益
10 显著 较显著 8 服务对象满意度
10 ≥90% 94% 10 总分
50 48 五、改进措施
"""


def test_a_label_word_after_a_bare_second_label_is_the_rows_name() -> None:
    rows = {row[Role.NAME]: row for row in table_rows(_BARE_LABELS) if Role.NAME in row}
    social = rows["社会效益"]
    assert (social[Role.SUBCATEGORY], social[Role.TARGET], social[Role.SCORE]) == (
        "履职效益",
        "显著",
        "8",
    )
    first = rows["绩效目标合理性"]
    assert (first[Role.WEIGHT], first[Role.SCORE], first.get(Role.TARGET)) == ("5", "5", None)


def test_a_second_label_before_a_name_of_its_own_stays_the_label() -> None:
    text = """\
一级指标 二级指标 三级指标 指标值 分值
效益指标 社会效益 受益群众人数 ≥500人 10
效益指标 社会效益 群众出行满意率 ≥90% 10
"""
    rows = {row[Role.NAME]: row for row in table_rows(text) if Role.NAME in row}
    assert set(rows) == {"受益群众人数", "群众出行满意率"}
    assert rows["受益群众人数"][Role.SUBCATEGORY] == "社会效益"


def test_bare_labels_before_a_row_of_its_points_alone_are_its_levels() -> None:
    # 目标值 and 实际值 before the 分值: the bare labels were taken for the row's name
    text = """\
2022 年某县档案馆部门整体支出绩效评价得分表 一级指标 二级指标 三级指标 目标值 实际值 分值 得分 \
投入 目标设定 绩效目标合理性
5 5 预算配置 在职人员控制率
≤100% 98% 5 5 过程 预算执行 预算执行率
≥90% 91.2% 10 9 产出 职责履行 档案接收进馆卷数
≥3000 卷 3260 卷 10 10 总分
30 29 五、问题
"""
    rows = {row[Role.NAME]: row for row in table_rows(text) if Role.NAME in row}
    first = rows["绩效目标合理性"]
    assert (first[Role.CATEGORY], first[Role.SUBCATEGORY]) == ("投入", "目标设定")
    assert (first[Role.WEIGHT], first[Role.SCORE], first.get(Role.TARGET)) == ("5", "5", None)
    assert "目标设定" not in rows
