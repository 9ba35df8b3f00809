"""A table run together on one line whose 指标解释 column is in free words (no 反映 / 衡量 /
是指 to cut at): each name ends at its last measure word (率, 数量, 满意度 …), and figures
inside the words (a duration with 内 after it, a name opening with a figure) stay there."""

from __future__ import annotations

from general_support import table_rows
from jixiao.ingest.general.kinds import Kind, kind_of
from jixiao.ingest.general.measures import explanation_cut, measure_cut
from jixiao.ingest.general.runon_figures import figures_in_words
from jixiao.ingest.general.stream import spaced_targets_joined
from jixiao.ingest.general.vocabulary import Role
from jixiao.ingest.name_target import split_name_target

_FREE_WORDS = (
    "一级指标二级指标三级指标指标解释指标值"
    "产出指标数量指标培训班举办期数全年面向基层干部举办的培训班≥6期"
    "质量指标学员考核合格率考核合格学员/参训学员≥95%"
    "7日内回访率接单后5个工作日内回访的工单占比≥90%"
    "效益指标社会效益指标垃圾无害化处理量年处理量按过磅记录统计≥3.5万吨"
    "满意度指标服务对象满意度指标参训学员满意度问卷调查结果≥90%\n"
)


def _names_and_explanations(text: str) -> list[tuple[str, str, str]]:
    return [
        (row[Role.NAME], row.get(Role.DEFINITION, ""), row[Role.TARGET]) for row in table_rows(text)
    ]


def test_a_name_glued_to_an_explanation_in_free_words_ends_at_its_measure_word() -> None:
    assert _names_and_explanations(_FREE_WORDS) == [
        ("培训班举办期数", "全年面向基层干部举办的培训班", "≥6期"),
        ("学员考核合格率", "考核合格学员/参训学员", "≥95%"),
        ("7日内回访率", "接单后5个工作日内回访的工单占比", "≥90%"),
        ("垃圾无害化处理量年处理量", "按过磅记录统计", "≥3.5万吨"),
        ("参训学员满意度", "问卷调查结果", "≥90%"),
    ]


def test_a_measure_word_before_a_formulas_sign_is_the_formulas() -> None:
    text = "设施完好率完好设施数/设施总数"
    assert text[: measure_cut(text) or 0] == "设施完好率"


def test_a_short_stretch_ending_in_a_measure_goes_on_the_name() -> None:
    text = "化学需氧量年削减量按监测数据核算"
    assert text[: measure_cut(text) or 0] == "化学需氧量年削减量"


def test_a_name_with_no_explanation_after_it_is_not_cut() -> None:
    assert measure_cut("城镇新增就业人数") is None
    assert measure_cut("群众满意度") is None
    assert measure_cut("数据共享平台建设") is None  # 数据: no measure word ends there


def test_a_name_in_a_table_with_no_explanation_column_keeps_its_words() -> None:
    text = "一级指标二级指标三级指标指标值产出指标数量指标农村公路里程养护覆盖村组≥120个\n"
    assert _names_and_explanations(text) == [("农村公路里程养护覆盖村组", "", "≥120个")]


def test_a_duration_before_within_stays_in_its_words() -> None:
    pieces = [("热线工单办结率接单后", True), ("5个工作日", True), ("内办结的工单占比", True)]
    assert figures_in_words(pieces) == [("热线工单办结率接单后5个工作日内办结的工单占比", True)]


def test_a_figure_in_another_unit_after_a_target_opens_the_next_name() -> None:
    pieces = [("≥95%", True), ("24小时", True), ("故障响应率", True)]
    assert figures_in_words(pieces) == [("≥95%", True), ("24小时故障响应率", True)]


def test_a_figure_in_the_targets_unit_after_it_stays_the_achieved_value() -> None:
    pieces = [("≥95%", True), ("96%", True), ("故障响应率", True)]
    assert figures_in_words(pieces) == pieces
    bare = [("培训人数", True), ("1200人", True), ("参训学员满意度", True)]
    assert figures_in_words(bare) == bare


def test_a_cost_kept_within_its_budget_is_a_standard_between_two_names() -> None:
    text = (
        "一级指标二级指标三级指标指标解释指标值"
        "产出指标成本指标项目成本控制率控制在预算内人均培训成本反映每名学员的培训成本≤850元\n"
    )
    assert _names_and_explanations(text) == [
        ("项目成本控制率", "", "控制在预算内"),
        ("人均培训成本", "反映每名学员的培训成本", "≤850元"),
    ]


def test_budget_words_inside_a_name_are_no_standard() -> None:
    assert kind_of("不超预算") is Kind.QUALITATIVE
    assert kind_of("预算执行率") is Kind.NAME


def test_an_explanation_saying_where_its_figure_comes_from_is_cut_off_the_name() -> None:
    cuts = {
        "菌种发放数量按自然年度统计": "菌种发放数量",
        "幼儿资助标准按项目实施计划确定": "幼儿资助标准",
        "困难幼儿资助人次以验收报告确认的数量为准": "困难幼儿资助人次",
        "特困人员救助人数统计口径为年末数": "特困人员救助人数",
        "免费发放优质菌种由主管部门组织评估": "免费发放优质菌种",
    }
    assert {text: text[: explanation_cut(text) or 0] for text in cuts} == cuts


def test_a_standard_after_the_explanation_is_left_for_the_target() -> None:
    text = "基本生活保障水平以年度考核结果为准有效提高"
    assert text[: explanation_cut(text) or 0] == "基本生活保障水平"


def test_a_name_that_holds_such_words_is_not_cut_without_an_explanation_column() -> None:
    assert explanation_cut("按时足额发放率") is None
    text = "一级指标二级指标三级指标指标值产出指标数量指标按时足额发放率≥95%\n"
    assert _names_and_explanations(text) == [("按时足额发放率", "", "≥95%")]


def test_a_target_spaced_from_its_operator_in_a_row_run_together_is_one_target() -> None:
    text = (
        "一级指标二级指标三级指标指标解释指标值产出指标数量指标"
        "城市特困人员救助人数统计口径为年末数≥ 1480 人农村特困人员救助人数按自然年度统计≥ 5260人\n"
    )
    assert _names_and_explanations(text) == [
        ("城市特困人员救助人数", "统计口径为年末数", "≥1480人"),
        ("农村特困人员救助人数", "按自然年度统计", "≥5260人"),
    ]


def test_spaces_of_a_line_whose_cells_stand_apart_are_kept() -> None:
    assert spaced_targets_joined("完成率  ≥ 95%  96%") == "完成率  ≥ 95%  96%"
    assert spaced_targets_joined("首页 > 部门预算 > 2020年") == "首页 > 部门预算 > 2020年"


def test_an_ascii_operator_of_two_signs_is_one_operator_of_a_clause() -> None:
    for clause, name, target in (
        ("城乡低保保障人数>=3100人", "城乡低保保障人数", ">=3100人"),
        ("资金发放差错率<=0.5%", "资金发放差错率", "<=0.5%"),
    ):
        split = split_name_target(clause)
        assert split is not None and split[:2] == (name, target)


def test_a_row_run_together_as_long_as_a_sentence_is_cut_at_its_target() -> None:
    text = (
        "一级指标二级指标三级指标指标内容说明指标值\n"
        "产出指标数量指标城市低保保障人数按自然年度统计>=6200人\n"
        "农村低保保障人数以民政部门审核确认的保障对象名册为准>=3100人\n"
    )
    assert _names_and_explanations(text) == [
        ("城市低保保障人数", "按自然年度统计", ">=6200人"),
        ("农村低保保障人数", "以民政部门审核确认的保障对象名册为准", ">=3100人"),
    ]


def test_an_explanation_after_the_target_goes_back_to_its_row() -> None:
    text = (
        "一级指标二级指标三级指标指标值指标解释产出指标数量指标"
        "城市特困人员救助人数≥1480人按年末在册人数统计农村特困人员救助人数≥5260人"
        "以民政部门审核确认的名册为准\n"
    )
    assert _names_and_explanations(text)[0] == (
        "城市特困人员救助人数",
        "按年末在册人数统计",
        "≥1480人",
    )
    assert _names_and_explanations(text)[1][0] == "农村特困人员救助人数"
