"""A score table re-served from a text PDF out of step: each row's values (目标值 实际值 分值
得分) open the line below, before the next row's labels and name; labels broken by a space
inside their words and their points (部门履 职(30 分)) (session 16)."""

from __future__ import annotations

from general_support import table_rows
from jixiao.ingest.general.eval_labels import labels_cut_by_spaces, spaced_points_joined
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
