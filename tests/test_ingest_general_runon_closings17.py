"""Run-on docshare self-evaluations (a whole form on one line, no separators): the boundary
between a row's name, its values and what follows them.

Each test is a text of its own, written for the class, not a hold-out's lines."""

from __future__ import annotations

from general_support import table_rows
from jixiao.ingest.general.vocabulary import Role

_HEAD = (
    "1/1 2021年城区绿化养护项目绩效自评表项目名称2021年城区绿化养护项目主管部门宁远县"
    "住房和城乡建设局项目实施单位宁远县园林绿化中心一级指标二级指标三级指标年初目标值(A)"
    "实际完成值(B)得分产出指标(50分)数量指标养护绿地面积≥120万平方米126万平方米25"
    "质量指标苗木成活率≥95%97%25满意度指标(10分)服务对象满意度指标市民满意度≥90%92%10"
)


def _named(text: str) -> list[tuple[str, str, str]]:
    return [
        (row[Role.NAME], row.get(Role.TARGET, ""), row.get(Role.ACTUAL, ""))
        for row in table_rows(text)
        if Role.NAME in row
    ]


def test_the_forms_numbered_notes_glued_after_the_last_answers_end_the_table() -> None:
    text = _HEAD + "过程指标养护合同是否按期签订是是注:1.得分=分值×完成比例。2.定性指标按档次评分。"
    rows = _named(text)
    assert ("养护合同是否按期签订", "是", "是") in rows
    # the notes hold no row: nothing after the question is read as a name
    assert not any("得分" in name or "执行" in name for name, _, _ in rows)


def test_the_notes_glued_after_a_figure_end_the_table_too() -> None:
    text = _HEAD.replace("市民满意度≥90%92%10", "市民满意度≥90%92%10注:1.本表金额单位为万元。")
    rows = _named(text)
    assert rows[-1] == ("市民满意度", "≥90%", "92%")


def test_a_note_about_the_table_glued_after_the_answers_ends_it() -> None:
    text = _HEAD + "过程指标养护资金是否专款专用是是注:本表由项目实施单位填报,主管部门审核。"
    rows = _named(text)
    assert ("养护资金是否专款专用", "是", "是") in rows
    assert not any("填报" in name for name, _, _ in rows)


def test_a_remark_columns_word_is_not_cut_as_a_note() -> None:
    # near miss: 备注: before a numbered remark is the remark's label, not 备 + 注:
    text = _HEAD + "过程指标养护台账是否健全是是备注:1.得分按完成比例计算。"
    rows = _named(text)
    assert not any(name.endswith("备") for name, _, _ in rows)


def test_a_note_word_inside_a_name_with_no_numbered_list_is_no_closing() -> None:
    # near miss: 注 followed by a colon but no numbered note (a name's bracketed remark)
    text = _HEAD.replace("苗木成活率≥95%97%25", "苗木成活率(注:含补植)≥95%97%25")
    rows = _named(text)
    assert ("苗木成活率(注:含补植)", "≥95%", "97%") in rows
    assert ("市民满意度", "≥90%", "92%") in rows


_SCORED_HEAD = (
    "1/1 2023年灌区渠系维修养护资金绩效自评表项目名称2023年灌区渠系维修养护资金主管部门"
    "丹凤县水利局项目实施单位丹凤县灌区管理站一级指标二级指标三级指标分值年度指标值"
    "全年实际值得分未完成原因及改进措施产出指标(40分)数量指标指标1维修渠道10≥8公里8.5公里10"
)
_SCORED_TAIL = "满意度指标(20分)服务对象满意度指标指标1受益农户满意度20≥90%93%20"


def _scored(text: str) -> list[tuple[str, str, str, str]]:
    return [
        (
            row[Role.NAME],
            row.get(Role.WEIGHT, ""),
            row.get(Role.TARGET, ""),
            row.get(Role.ACTUAL, ""),
        )
        for row in table_rows(text)
        if Role.NAME in row
    ]


def test_a_budget_bound_before_the_weight_and_yes_no_answers_ends_the_question() -> None:
    # 分值 first, then 是/是: the bound (不超预算) is what the question asks, not its target
    rows = _scored(_SCORED_HEAD + "成本指标指标1项目支出不超预算5是是5" + _SCORED_TAIL)
    assert ("项目支出不超预算", "5", "是", "是") in rows


def test_a_budget_bound_answered_by_its_own_words_stays_the_target() -> None:
    # near miss: the bound is the target where the answers repeat it, no yes/no
    rows = _scored(_SCORED_HEAD + "成本指标指标1项目支出5不超预算不超预算5" + _SCORED_TAIL)
    assert ("项目支出", "5", "不超预算", "不超预算") in rows


def test_a_change_on_the_year_before_and_its_actual_word_stay_target_and_actual() -> None:
    # 较上年降低降低: the target with its base, the actual its verb again; no name 较上年
    rows = _scored(
        _SCORED_HEAD + "效益指标(40分)经济效益指标指标1农户灌溉成本5较上年降低降低5" + _SCORED_TAIL
    )
    assert ("农户灌溉成本", "5", "较上年降低", "降低") in rows


def test_a_name_ending_in_its_standard_written_twice_is_still_cut() -> None:
    # near miss: the words before the doubled standard are a name, no base of a change
    rows = _scored(
        _SCORED_HEAD
        + "效益指标(40分)可持续影响指标指标1渠系管护机制逐步健全逐步健全10"
        + _SCORED_TAIL
    )
    assert ("渠系管护机制", "逐步健全", "逐步健全") in [(n, t, a) for n, _, t, a in rows]


def test_the_reason_columns_short_header_word_is_cut_off_the_first_name() -> None:
    # a header run together: …分值 评分 偏差原因, then the first row's name with no label
    text = (
        "1/1 2022年文化下乡项目绩效自评表项目名称2022年文化下乡项目主管部门石泉县文化和旅游局"
        "一级指标二级指标三级指标年度目标值实际完成值分值评分偏差原因送戏下乡场次≥40场42场1010"
        "数量指标送书下乡册数≥3000册3150册1010满意度指标服务对象满意度指标群众满意度≥90%95%1010"
    )
    rows = _named(text)
    assert ("送戏下乡场次", "≥40场", "42场") in rows
