"""A score table re-served from a text PDF out of step (each row's values opening the next
line): a standard and an actual both told in words, a 二级 label the column wrapped onto a
line of its own, and label points spaced inside their brackets (``( 8 分)``) (session 17)."""

from __future__ import annotations

from general_support import table_rows
from jixiao.ingest.general.eval_labels import spaced_points_joined
from jixiao.ingest.general.next_line_values import rows_with_values_back
from jixiao.ingest.general.vocabulary import Role

_WORDED = """\
二、评价得分
乡村旅游提升项目绩效评价得分表 一级指 标 二级指标 三级指标 指标值 实际完成值 分值 得分 决策(10 分) \
项目立项(10 分) 立项依据充分性
6 6 产出(40 分) 产出数量(20 分) 新建旅游厕所数量
4 4 产出质量(20 分) 乡村民宿星级评定通过率
≥12 座 12 座 20 20 游客集散中心建成开放
≥90% 85% 10 8 乡村旅游接待中心建成开放
开放运营 已开放 10 10 效益(30 分) 社会效益(20 分) 带动农户就业人数
≥300 人 326 人 20 20 满意度
(10 分) 游客满意度
≥85% 88% 10 10 总分
80 78 三、存在的问题.部分民宿服务不规范.
"""


def _rows() -> dict[str, dict[Role, str]]:
    return {row[Role.NAME]: row for row in table_rows(_WORDED) if Role.NAME in row}


def test_a_standard_and_an_actual_in_words_opening_a_line_are_the_row_above() -> None:
    row = _rows()["乡村旅游接待中心建成开放"]
    assert (row[Role.TARGET], row.get(Role.ACTUAL)) == ("开放运营", "已开放")
    assert (row[Role.WEIGHT], row[Role.SCORE]) == ("10", "10")


def test_rows_after_a_worded_row_keep_their_values() -> None:
    rows = _rows()
    assert rows["带动农户就业人数"][Role.TARGET] == "≥300人"
    assert rows["游客集散中心建成开放"][Role.TARGET] == "≥90%"


def test_a_label_wrapped_onto_its_own_line_does_not_end_the_run() -> None:
    row = _rows()["游客满意度"]
    assert (row[Role.TARGET], row[Role.SCORE]) == ("≥85%", "10")


def test_words_opening_a_line_outside_a_run_stay_as_printed() -> None:
    # two words and two numbers opening a line with no line out of step before it: a row's
    # own label and name, scored only
    texts = ["指标值", "实际值", "分值", "得分", "项目立项", "立项依据", "5", "5", "档案管理"]
    texts += ["资金管理", "资金到位", "4", "4", "预算执行"]
    texts += ["组织实施", "制度建设", "3", "3", "其他"]
    lines = [0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3]
    assert rows_with_values_back(lines, texts) == lines


def test_two_labels_before_a_scored_name_are_no_standard_and_actual() -> None:
    text = """\
一级指标 二级指标 三级指标 指标值 实际值 分值 得分
决策 项目立项 立项依据充分性 5 4
过程 资金管理 资金使用合规性 5 5
"""
    rows = {row[Role.NAME]: row for row in table_rows(text) if Role.NAME in row}
    assert Role.TARGET not in rows["立项依据充分性"]
    assert rows["资金使用合规性"][Role.SCORE] == "5"


def test_points_spaced_after_the_bracket_are_one_cell() -> None:
    assert spaced_points_joined("资金管理( 8 分) 产出质量( 12分)") == "资金管理(8分) 产出质量(12分)"
    assert spaced_points_joined("采购( 8 台)") == "采购( 8 台)"  # no points: a count


def test_label_points_spaced_after_the_bracket_leave_the_values_after_the_name() -> None:
    text = """\
一级指标 二级指标 三级指标 目标值 实际值 分值 得分
产出(30 分) 产出数量( 15 分) 新建沼气池数量 ≥40 口 42 口 15 15
产出质量( 15 分) 沼气池验收合格率 100% 98% 15 12
"""
    rows = {row[Role.NAME]: row for row in table_rows(text) if Role.NAME in row}
    assert rows["新建沼气池数量"][Role.TARGET] == "≥40口"
    assert rows["沼气池验收合格率"][Role.TARGET] == "100%"


# a page's number printed inside the table, and the last row's values on a line of their own
_PAGED = """\
四、评价结论
城乡供水保障项目绩效评价评分表 一级指 标 二级指标 三级指标 指标值 实际完成值 分值 得分 决策(10 分) \
项目立项 立项依据充分性
5 5 绩效目标 绩效目标合理性
5 4 产出(30 分) 产出数量 新建供水管网长度
≥45 公里 47 公里 10 10 产出质量 出厂水水质达标率
8
≥98% 99.2% 10 10 产出时效 管网建设完成及时率
100% 92% 10 8 满意度(10 分) 满意度 用水户满意度
≥88% 91% 10 9
合计 50 46 五、存在的问题.部分管网老化.
"""


def test_a_page_number_inside_the_table_leaves_the_values_to_their_row() -> None:
    rows = {row[Role.NAME]: row for row in table_rows(_PAGED) if Role.NAME in row}
    assert rows["出厂水水质达标率"][Role.TARGET] == "≥98%"
    assert rows["新建供水管网长度"][Role.TARGET] == "≥45公里"


def test_the_last_rows_values_alone_on_a_line_are_that_row() -> None:
    rows = {row[Role.NAME]: row for row in table_rows(_PAGED) if Role.NAME in row}
    assert (rows["用水户满意度"][Role.TARGET], rows["用水户满意度"][Role.SCORE]) == ("≥88%", "9")


def test_a_number_spaced_into_groups_stays_one_cell() -> None:
    # digits grouped by spaces (no bound, no share): one figure, not a row's values
    texts = table_rows("项目名称 资金总额\n供水工程 1 250 000\n")
    assert all("1" not in row.values() for row in texts)
