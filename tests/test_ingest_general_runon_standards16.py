"""Rows run together with no spaces whose target is a standard of words: a standard written
twice (the target, then the actual met as written) before the score, a standard of order
(有序推进), and a standard compared with a level handed down (不低于上级下达任务) before the
next row's label."""

from __future__ import annotations

from general_support import table_rows
from jixiao.ingest.general.glued_words import (
    limits_into_yes_names,
    standards_between_names,
    standards_off_names,
)
from jixiao.ingest.general.kinds import Kind, kind_of
from jixiao.ingest.general.vocabulary import Role

_SELF_EVALUATION = (
    "一级指标二级指标三级指标年初目标值(A)实际完成值(B)得分产出指标(60分)数量指标"
    "新修机耕道路≥15公里16公里20效益指标(30分)可持续影响指标"
    "道路长效养护机制基本形成基本形成10满意度指标(10分)服务对象满意度指标"
    "沿线村民满意度≥85%91%10\n"
)


def _rows(text: str) -> dict[str, dict[Role, str]]:
    return {row[Role.NAME]: row for row in table_rows(text) if Role.NAME in row}


def test_a_standard_written_twice_before_the_score_is_the_target_and_the_actual() -> None:
    row = _rows(_SELF_EVALUATION)["道路长效养护机制"]
    assert (row.get(Role.TARGET), row.get(Role.ACTUAL)) == ("基本形成", "基本形成")


def test_a_doubled_standard_is_cut_off_whole_not_its_last_copy_alone() -> None:
    cut = standards_off_names([("道路长效养护机制基本形成基本形成", True), ("10", True)])
    assert [text for text, _ in cut] == ["道路长效养护机制", "基本形成", "基本形成", "10"]


def test_a_name_ending_in_a_doubled_word_that_is_no_standard_is_not_cut_as_one() -> None:
    pieces = [("结对帮扶帮扶", True), ("10", True)]  # 帮扶 is a name's word, no standard
    assert standards_off_names(pieces) == pieces


def test_a_standard_of_order_is_a_standard() -> None:
    assert kind_of("有序推进") is Kind.QUALITATIVE
    assert kind_of("有序开展") is Kind.QUALITATIVE
    assert kind_of("有序") is not Kind.QUALITATIVE  # the degree alone says nothing


def test_a_row_run_on_with_single_spaces_and_a_standard_of_order_is_read() -> None:
    text = (  # a sharing site's text: the whole table on one line, cells parted by a space
        "一级指标 二级指标 三级指标 指标值 产出指标 数量指标 清淤河道长度 ≥12公里 "
        "效益指标 生态效益指标 河道清淤疏浚 有序推进 "
        "满意度指标 服务对象满意度指标 沿河群众满意度 ≥92%\n"
    )
    assert _rows(text)["河道清淤疏浚"][Role.TARGET] == "有序推进"


_DEPARTMENT = (
    "一级指标二级指标三级指标指标值产出指标数量指标造林面积≥800亩"
    "效益指标生态效益指标林地保有量不低于上级下达指标满意度指标服务对象满意度指标"
    "林农满意度≥90%\n"
)


def test_a_standard_compared_with_a_level_handed_down_is_cut_off_before_a_label() -> None:
    assert _rows(_DEPARTMENT)["林地保有量"][Role.TARGET] == "不低于上级下达指标"


def test_a_name_before_a_task_handed_down_with_no_comparison_is_not_cut() -> None:
    pieces = [("完成上级下达任务情况", True), ("满意度指标", True)]
    assert standards_between_names(pieces) == pieces


_LIMIT_IN_NAME = (
    "绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分产出指标(40分)数量指标"
    "指标1培训农民人数10≥600人612人10成本指标指标1人均培训费用不超过800元6是是6"
    "效益指标(40分)社会效益指标指标1带动就业人数10≥150人163人10\n"
)


def test_a_limit_in_words_in_a_name_whose_target_is_yes_stays_in_the_name() -> None:
    row = _rows(_LIMIT_IN_NAME)["人均培训费用不超过800元"]
    assert (row.get(Role.WEIGHT), row.get(Role.TARGET), row.get(Role.ACTUAL)) == ("6", "是", "是")


def test_a_limit_before_a_figure_target_is_still_the_target() -> None:
    pieces = [("人均培训费用", True), ("不超过800元", True), ("6", True), ("780元", True)]
    assert limits_into_yes_names(pieces) == pieces
