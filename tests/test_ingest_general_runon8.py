"""Rows whose cells ran together (text that lost its separators): a name and its 指标解释
glued into one sentence, a formula's own figure, the 分值 and 得分 run into one number, and a
standard glued after the explanation's full stop."""

from __future__ import annotations

from general_support import table_rows
from jixiao.ingest.cells import read_target_cell
from jixiao.ingest.general.stream import cut_runon_row, split_runon
from jixiao.ingest.general.vocabulary import Role

_GLUED_ROWS = """\
一级指标二级指标指标内容指标解释年度指标值实际完成情况分值得分
产出指标数量指标资助家庭经济困难幼儿人次反映资助家庭经济困难幼儿人次情况。>=1200人次1326人次1010
产出指标质量指标资助对象认定准确率资助对象认定准确率=实际完成数/计划完成数×100%=100%100%1513
效益指标可持续影响指标普惠性学前教育资源覆盖面反映项目实施的实际完成情况。有效提升有效提升64.5
"""


def test_a_formulas_figure_stays_in_the_formula() -> None:
    pieces = [
        text for text, _ in split_runon("产出指标质量指标准确率=实际完成数/计划完成数×100%=100%")
    ]
    assert pieces[-2:] == ["准确率=实际完成数/计划完成数×100%", "=100%"]


def test_a_name_glued_to_its_explanation_is_cut_off_its_front() -> None:
    rows = table_rows(_GLUED_ROWS)
    assert [(row[Role.NAME], row[Role.DEFINITION]) for row in rows] == [
        ("资助家庭经济困难幼儿人次", "反映资助家庭经济困难幼儿人次情况。"),
        ("资助对象认定准确率", "资助对象认定准确率=实际完成数/计划完成数×100%"),
        ("普惠性学前教育资源覆盖面", "反映项目实施的实际完成情况。"),
    ]


def test_a_weight_and_score_run_together_are_cut_where_the_score_fits() -> None:
    rows = table_rows(_GLUED_ROWS)
    assert [(row[Role.WEIGHT], row[Role.SCORE]) for row in rows] == [
        ("10", "10"),
        ("15", "13"),
        ("6", "4.5"),
    ]


def test_a_standard_glued_after_the_explanations_full_stop_is_the_target() -> None:
    rows = table_rows(_GLUED_ROWS)
    assert (rows[2][Role.TARGET], rows[2][Role.ACTUAL]) == ("有效提升", "有效提升")
    assert (rows[1][Role.TARGET], rows[1][Role.ACTUAL]) == ("=100%", "100%")


def test_a_row_run_together_is_cut_at_its_first_target_and_the_figures_after_it() -> None:
    assert cut_runon_row("产出指标数量指标人民调解案件数达到8400件不少于2800件") == [
        "产出指标",
        "数量指标",
        "人民调解案件数",
        "达到8400件",
        "不少于2800件",
    ]
    assert cut_runon_row("产出指标数量指标演出场次≥120场126场1010") == [
        "产出指标",
        "数量指标",
        "演出场次",
        "≥120场",
        "126场",
        "1010",
    ]


def test_a_standard_in_words_before_the_figure_keeps_the_rows_reading() -> None:
    # 逐年下降 is the target, 下降4.3% the actual: no figure is taken for the target
    row = cut_runon_row("效益指标生态效益指标化肥使用强度逐年下降下降4.3%1010")
    assert row is not None and "4.3%" not in row[3:4]


def test_a_columns_whole_word_glued_to_a_name_is_a_cell_of_its_own() -> None:
    # the row before ends with its 完成目标可能性 (确定能); this row's 指标性质 (定量) follows
    # its name, and its target opens with an operator in words
    pieces = [
        text
        for text, _ in split_runon("90%确定能产出指标数量指标新建公办幼儿园定量不少于3所3所有可能")
    ]
    assert pieces == [
        "90%",
        "确定能",
        "产出指标",
        "数量指标",
        "新建公办幼儿园",
        "定量",
        "不少于3所",
        "3所",
        "有可能",
    ]


_DOWN_THE_COLUMNS = """\
一级指标 二级指标 三级指标 指标值 1-6月完成值 全年预计完成值 完成目标可能性 偏差原因
产出指标
社会成本指标
奖励扶助对象人数
扶助资金发放及时率
计划生育家庭生活水平
不低于9850人
不少于98%
有所提高
9850人
98%
有所提高
确定能
有可能
确定能
按计划完成
"""


def test_a_table_read_down_its_columns_pairs_each_name_with_its_cells() -> None:
    # a standard in words among the targets (有所提高); the blank 全年预计 column is missing,
    # the likelihoods' block stands under its own column; a last column only one row fills
    # is listed alone
    rows = table_rows(_DOWN_THE_COLUMNS)
    assert [(r[Role.NAME], r[Role.TARGET], r[Role.ACTUAL], r[Role.LIKELIHOOD]) for r in rows] == [
        ("奖励扶助对象人数", "不低于9850人", "9850人", "确定能"),
        ("扶助资金发放及时率", "不少于98%", "98%", "有可能"),
        ("计划生育家庭生活水平", "有所提高", "有所提高", "确定能"),
    ]


def test_an_explanation_that_asks_what_is_checked_opens_after_the_name() -> None:
    rows = table_rows(
        "一级指标二级指标指标内容指标解释年度指标值实际完成情况\n"
        "产出指标数量指标新增造林面积考核新增造林面积是否达到预期目标。达到1.2万亩以上1.26万亩\n"
        "产出指标数量指标森林抚育面积反映森林抚育面积情况。1200亩(含)以上1260亩\n"
    )
    assert [(row[Role.NAME], row[Role.TARGET], row[Role.ACTUAL]) for row in rows] == [
        ("新增造林面积", "达到1.2万亩以上", "1.26万亩"),
        ("森林抚育面积", "1200亩(含)以上", "1260亩"),
    ]


def test_an_ocr_two_spaced_before_a_figure_is_the_sign_it_was() -> None:
    read = read_target_cell("2 52000人")
    assert read.target is not None and read.target.canonical == "≥52000人"
    assert read.repairs  # reported as a repair
    # digits a space apart in a group of three are one figure's (1 926.48), no sign
    kept = read_target_cell("2 800人")
    assert kept.target is not None and kept.target.canonical == "2800人"
