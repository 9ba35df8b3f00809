"""A text PDF's layer, one cell a line, that spaces figures off the glyphs around them: a
name opening with an age or a 型/号 number keeps it (session 16)."""

from __future__ import annotations

from general_support import table_rows
from jixiao.ingest.general.runon_figures import comparisons_with_figures, spaced_figures_in_names
from jixiao.ingest.general.stream import split_runon
from jixiao.ingest.general.vocabulary import Role

_NAMES_OPENING_WITH_FIGURES = """\
项目支出绩效目标表
一级指标
二级指标
三级指标
指标值
产出指标
数量指标
3-6 岁幼儿毛入园率
≥92%
60 周岁以上困难老人补贴人数
≥4300 人
1 号泵站改造完成率
100%
质量指标
托育机构备案率
≥80%
"""


def test_a_name_spaced_off_its_opening_age_or_number_is_read_whole() -> None:
    rows = table_rows(_NAMES_OPENING_WITH_FIGURES)
    targets = {row[Role.NAME]: row.get(Role.TARGET) for row in rows}
    assert targets["3-6岁幼儿毛入园率"] == "≥92%"
    assert targets["60周岁以上困难老人补贴人数"] == "≥4300人"
    assert targets["1号泵站改造完成率"] == "100%"
    assert targets["托育机构备案率"] == "≥80%"


def test_an_age_alone_or_after_an_operator_stays_a_value() -> None:
    # 60 岁 with no words after it is a target; ≥18 岁 has its operator; 5 5 weight and score
    assert spaced_figures_in_names(["服务对象年龄", "60", "岁"]) == ["服务对象年龄", "60", "岁"]
    assert spaced_figures_in_names(["≥18", "岁以上人群"]) == ["≥18", "岁以上人群"]
    assert spaced_figures_in_names(["5", "5"]) == ["5", "5"]
    assert spaced_figures_in_names(["12", "岁"]) == ["12", "岁"]


def test_an_age_spaced_before_a_name_is_joined_to_it() -> None:
    assert spaced_figures_in_names(["65", "岁及以上人群接种率", "≥60%"]) == [
        "65岁及以上人群接种率",
        "≥60%",
    ]


_ONE_LINE_FORM = (
    "区域绩效目标表 一级指标 二级指标 三级指标 指标值 产出指标 数量指标 新建污水管网长度 "
    "≥120 公里 效益指标 生态效益指标 水环境质量稳定性 持续向好 可持续影响指标 运维机制确定性 "
    "逐步健全 满意度指标 服务对象满意度指标 沿线居民满意度 ≥85%\n"
)


def test_a_name_ending_in_a_word_ending_in_dingxing_keeps_it() -> None:
    # 稳定性, 确定性: the name's own word, no 指标性质 cell 定性 cut off it
    targets = {row[Role.NAME]: row.get(Role.TARGET) for row in table_rows(_ONE_LINE_FORM)}
    assert targets["水环境质量稳定性"] == "持续向好"
    assert targets["运维机制确定性"] == "逐步健全"


def test_a_nature_cell_after_a_name_is_still_cut_off() -> None:
    pieces = [text for text, _ in split_runon("产出指标 时效指标 完成时限定性 按时完成 质量指标")]
    assert pieces[2:4] == ["完成时限", "定性"]


_COMPARED_WITH_A_BASE = (
    "区域绩效目标表 一级指标 二级指标 三级指标 指标值 产出指标 质量指标 乡村教师生活补助标准 "
    "不低于城镇同职级教师平均水平的 1.2 倍 时效指标 补助资金发放及时率 ≥98%\n"
)


def test_a_target_compared_with_a_base_in_words_is_one_standard() -> None:
    targets = {row[Role.NAME]: row.get(Role.TARGET) for row in table_rows(_COMPARED_WITH_A_BASE)}
    assert targets["乡村教师生活补助标准"] == "不低于城镇同职级教师平均水平的1.2倍"
    assert targets["补助资金发放及时率"] == "≥98%"


def test_a_name_ending_in_de_before_a_figure_with_its_operator_stays() -> None:
    # no comparison word in the name; a figure with its own operator is a target of its own
    pieces = [("困难学生资助覆盖面不低于上年的", True), ("≥1.1倍", True)]
    assert comparisons_with_figures(pieces) == pieces
    # a comparison whose base is no standard's (教师的): left to the name, as before
    pieces = [("乡村教师补助不低于城镇教师的", True), ("1.2倍", True)]
    assert comparisons_with_figures(pieces) == pieces
    plain = [("城乡居民医保参保的", True), ("95%", True)]
    assert comparisons_with_figures(plain) == plain


def test_a_comparison_run_into_the_name_before_its_figure_is_cut_off_it() -> None:
    pieces = [("残疾人两项补贴标准不低于全省平均水平的", True), ("1.1倍", True)]
    assert comparisons_with_figures(pieces) == [
        ("残疾人两项补贴标准", True),
        ("不低于全省平均水平的1.1倍", True),
    ]
