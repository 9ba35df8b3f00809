"""A score table re-served from a text PDF out of step: each row's values (目标值 实际值 分值
得分) open the line below, before the next row's labels and name; labels broken by a space
inside their words and their points (部门履 职(30 分)) (session 16)."""

from __future__ import annotations

from general_support import table_rows
from jixiao.ingest.general.eval_labels import labels_cut_by_spaces, spaced_points_joined
from jixiao.ingest.general.kinds import Kind, kind_of
from jixiao.ingest.general.next_line_values import rows_with_values_back
from jixiao.ingest.general.vocabulary import Role

_OUT_OF_STEP = """\
一、基本情况(略)
整体支出绩效评价得分表 一级指标 二级指标 三级指标 目标值 实际值 分值 得分 部门履 职(30 分) \
重点工作(20 分) 林木采伐审批办结率
≥98% 99% 10 10 森林防火巡查覆盖率
100% 100% 10 8 履职效益(10 分) 新增造林面积
≥1200 亩 1350 亩 10 10 可持续发 展(10 分) 林业执法能力建设
稳步提升 提升 10 9 合计
40 37 二、存在的问题:部分乡镇巡查台账不全.
"""


def _targets(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {row[Role.NAME]: (row.get(Role.TARGET), row.get(Role.SCORE)) for row in table_rows(text)}


def test_values_opening_the_next_line_are_the_row_above() -> None:
    read = _targets(_OUT_OF_STEP)
    assert read["林木采伐审批办结率"] == ("≥98%", "10")
    assert read["森林防火巡查覆盖率"] == ("100%", "8")
    assert read["新增造林面积"] == ("≥1200亩", "10")
    assert read["林业执法能力建设"] == ("稳步提升", "9")


def test_rows_opening_with_their_own_points_stay_as_printed() -> None:
    # 分值 and 得分 printed before the name: each line is a whole row ending in its target
    rows = ["10 9 资金到位率 100% 100%", "10 10 公益林巡护率 ≥95% 97%", "5 5 档案完整率 100% 100%"]
    text = "一级指标 分值 得分 三级指标 目标值 实际值\n" + "\n".join(rows) + "\n"
    cells = [piece for line in text.splitlines() for piece in line.split()]
    line_of = [n for n, line in enumerate(text.splitlines()) for _ in line.split()]
    assert rows_with_values_back(line_of, cells) == line_of


def test_two_lines_out_of_step_are_no_such_table() -> None:
    texts = ["分值", "得分", "植树成活率", "≥85%", "90%", "5", "5", "苗木合格率"]
    lines = [0, 0, 0, 1, 1, 1, 1, 1]
    assert rows_with_values_back(lines, texts) == lines


def test_points_and_labels_broken_by_spaces_are_joined() -> None:
    joined = spaced_points_joined("部门履 职(30 分) 重点工作(20 分)")
    assert joined == "部门履 职(30分) 重点工作(20分)"
    assert labels_cut_by_spaces(["部门履", "职(30分)", "重点工作(20分)", "办结率"]) == [
        "部门履职(30分)",
        "重点工作(20分)",
        "办结率",
    ]


def test_a_label_before_another_label_is_not_joined_to_it() -> None:
    # 决策 and 项目立项(10分) are both labels; 办结率 before points is a name and its label
    assert labels_cut_by_spaces(["决策", "项目立项(10分)"]) == ["决策", "项目立项(10分)"]
    assert labels_cut_by_spaces(["过程(20分)", "资金管理(10分)"]) == [
        "过程(20分)",
        "资金管理(10分)",
    ]


def test_a_unit_spaced_off_its_value_is_joined_unless_a_unit_column_stands() -> None:
    spaced = table_rows("三级指标 指标值 分值\n新增造林面积 ≥1200 亩 10\n封山育林面积 ≥800 亩 10\n")
    assert [row[Role.TARGET] for row in spaced] == ["≥1200亩", "≥800亩"]
    apart = table_rows("三级指标 指标值 单位\n新增造林面积 ≥1200 亩\n封山育林面积 ≥800 亩\n")
    assert [(row[Role.TARGET], row[Role.UNIT]) for row in apart] == [
        ("≥1200", "亩"),
        ("≥800", "亩"),
    ]


# 分值 printed before 目标值 and 实际值, 得分 last: each line opens with the row above's 分值,
# its target and actual (a standard in words, an actual in words) and its 得分
_POINTS_FIRST = """\
附表 乡村道路养护项目绩效评价评分表 一级指标 二级指标 三级指标 分值 目标值 实际值 得分 \
决策(10 分) 项目立项(10 分) 立项程序规范性
5 5 养护计划完备性
5 4 产出(30 分) 产出数量(15 分) 路面修补面积
15 ≥4800 平方米 5120 平方米 15 产出质量(15 分) 养护路段优良率
15 ≥85% 81% 12 效益(10 分) 社会效益(5 分) 群众出行条件
5 较实施前改善 明显改善 5 可持续影 响(5 分) 日常养护制度
5 建立健全 已建立,部分路段未配养护员 3 总分
50 44 四、存在的问题.部分路段养护不及时.
"""


def test_points_before_the_values_opening_the_next_line_are_the_row_above() -> None:
    read = _targets(_POINTS_FIRST)
    assert read["路面修补面积"] == ("≥4800平方米", "15")
    assert read["养护路段优良率"] == ("≥85%", "12")
    assert read["群众出行条件"] == ("较实施前改善", "5")
    assert read["日常养护制度"] == ("建立健全", "3")


def test_a_line_opening_with_one_number_then_a_name_is_no_points_first_row() -> None:
    # a number and a name (a row's own ordinal) open each line: nothing to give back
    texts = ["分值", "目标值", "得分", "水质达标率", "1", "抽检合格率", "≥95%", "5", "2"]
    texts += ["巡查次数", "≥12次", "5", "3", "投诉办结率"]
    lines = [0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3]
    assert rows_with_values_back(lines, texts) == lines


def test_a_change_over_the_state_before_the_project_is_a_standard() -> None:
    assert kind_of("较建设前提高") is Kind.QUALITATIVE
    assert kind_of("较项目实施前明显改善") is Kind.QUALITATIVE
    assert kind_of("较实施前") is Kind.NAME  # the base alone states no standard
