"""Rows whose cells ran together (text that lost its separators): a name and its 指标解释
glued into one sentence, a formula's own figure, the 分值 and 得分 run into one number, and a
standard glued after the explanation's full stop."""

from __future__ import annotations

from general_support import table_rows
from jixiao.ingest.general.stream import split_runon
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
