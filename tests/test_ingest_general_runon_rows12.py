"""Tables run together, one row a line (a document-sharing preview that dropped the cells'
breaks): a row that opens with no label of its own, and a 指标解释 written as a sentence
between the name and the target (session 12)."""

from __future__ import annotations

from general_support import table_rows
from jixiao.ingest.general.full_stop import explanation_then_values
from jixiao.ingest.general.runon_figures import figures_in_words
from jixiao.ingest.general.stream import (
    cut_runon_row,
    runon_after_name,
    runon_header,
    split_runon,
)
from jixiao.ingest.general.vocabulary import Role

# the header holds a column title the cutting does not list (未完成原因分析): its rows are cut
# line by line by the genre's vocabulary; the second row has no label of its own
_ROWS_WITHOUT_LABELS = """\
项目支出绩效自评表
一级指标二级指标三级指标指标解释年度目标值实际完成值分值得分未完成原因分析
产出指标数量指标新建村级文化广场反映项目实施的实际完成情况。≥ 24 个25个1010
维修农村饮水管网长度反映维修农村饮水管网长度情况。不少于86公里88公里55按计划完成
时效指标工程竣工验收时间反映项目实施的实际完成情况。2023年10月底前2023年10月20日55
"""


def test_a_row_with_no_label_under_a_header_run_together_is_cut_by_its_figures() -> None:
    rows = table_rows(_ROWS_WITHOUT_LABELS)
    by_name = {row[Role.NAME]: row for row in rows}
    row = by_name["维修农村饮水管网长度"]
    assert (row[Role.TARGET], row[Role.ACTUAL]) == ("不少于86公里", "88公里")
    assert row[Role.DEFINITION] == "反映维修农村饮水管网长度情况。"


def test_a_line_with_no_label_before_the_header_stays_whole() -> None:
    # the form's fields above the table are no rows: left for the fields' reader
    text = "项目名称农村饮水安全巩固提升工程2023年\n" + _ROWS_WITHOUT_LABELS
    rows = table_rows(text)
    assert all("项目名称" not in row.get(Role.NAME, "") for row in rows)


_AFTER = runon_after_name(runon_header("一级指标二级指标三级指标指标解释年度指标值") or [])


def test_an_explanations_full_stop_ends_it_before_the_target() -> None:
    # 是否达到预期目标: the sentence's 达到 is no target's operator
    assert cut_runon_row(
        "产出指标数量指标乡镇卫生院改造数量考核乡镇卫生院改造数量是否达到预期目标。不少于14所",
        _AFTER,
    ) == [
        "产出指标",
        "数量指标",
        "乡镇卫生院改造数量考核乡镇卫生院改造数量是否达到预期目标。",
        "不少于14所",
    ]
    assert cut_runon_row("巡护人员到岗时间反映巡护人员到岗情况。2024年3月1日前", _AFTER) == [
        "巡护人员到岗时间反映巡护人员到岗情况。",
        "2024年3月1日前",
    ]


def test_a_full_stop_with_words_or_nothing_after_it_is_left_alone() -> None:
    # a standard after the stop may be the target and its actual glued: the table's to part
    assert explanation_then_values("林业生态保护成效反映项目实施的实际完成情况。明显提升") is None
    assert explanation_then_values("乡镇卫生院改造数量考核是否达到预期目标。") is None
    assert explanation_then_values("改造。≥14所") is None  # no name and sentence before it


def test_without_an_explanation_column_the_row_is_cut_as_before() -> None:
    after = runon_after_name(runon_header("一级指标二级指标三级指标年度指标值") or [])
    assert Role.DEFINITION not in after
    row = cut_runon_row("产出指标数量指标乡镇卫生院改造数量不少于14所", after)
    assert row == ["产出指标", "数量指标", "乡镇卫生院改造数量", "不少于14所"]


# the whole table on one line, its 指标解释 (a sentence) before the target: a sentence after
# a row's target opens the next row, no text column of the row before
_ONE_LINE = (
    "一级指标二级指标三级指标指标解释年度指标值产出指标数量指标"
    "新增护林防火通道长度反映项目实施的实际完成情况。42公里(含)以上"
    "防火瞭望塔建设数量考核防火瞭望塔建设数量是否达到预期目标。6座"
    "质量指标防火设施验收合格率反映防火设施验收合格率情况。100%\n"
)


def test_a_sentence_after_a_rows_target_opens_the_next_row() -> None:
    rows = table_rows(_ONE_LINE)
    assert [(row.get(Role.NAME), row.get(Role.TARGET)) for row in rows] == [
        ("新增护林防火通道长度", "42公里(含)以上"),
        ("防火瞭望塔建设数量", "6座"),
        ("防火设施验收合格率", "100%"),
    ]


def test_a_sentence_after_the_target_under_a_reason_column_stays_the_rows_reason() -> None:
    text = (
        "一级指标二级指标三级指标年度指标值实际完成值偏差原因分析及改进措施产出指标数量指标"
        "新增护林防火通道长度42公里40公里受雨季影响延期。下一步加快施工进度。"
        "质量指标防火瞭望塔建设数量6座6座\n"
    )
    rows = table_rows(text)
    assert [row.get(Role.NAME) for row in rows] == ["新增护林防火通道长度", "防火瞭望塔建设数量"]
    assert rows[0][Role.REASON] == "受雨季影响延期。下一步加快施工进度。"


def _pieces(text: str) -> list[str]:
    return [piece for piece, _ in figures_in_words(split_runon(text, 1))]


def test_a_name_opening_with_an_age_keeps_it() -> None:
    pieces = _pieces(
        "数量指标孕产妇系统管理率≥92%3-12岁儿童龋齿防治覆盖率≥70%"
        "70周岁以上老人意外伤害保险参保率≥85%80岁及以上高龄老人补贴发放人数≥3400人"
    )
    assert "3-12岁儿童龋齿防治覆盖率" in pieces
    assert "70周岁以上老人意外伤害保险参保率" in pieces
    assert "80岁及以上高龄老人补贴发放人数" in pieces


def test_an_age_that_is_a_target_stays_a_target() -> None:
    # no words after it but the next label: the row's target (an age limit)
    assert _pieces("数量指标参训教师平均年龄≤38岁质量指标")[-2:] == ["≤38岁", "质量指标"]
    assert _pieces("数量指标新招录护林员年龄45岁质量指标")[-2:] == ["45岁", "质量指标"]


def test_a_ceiling_in_words_opens_the_target() -> None:
    assert _pieces("质量指标婴儿死亡率控制在6‰以内效益指标")[1:3] == ["婴儿死亡率", "控制在6‰以内"]


def test_a_reason_that_says_there_is_none_is_cut_off_the_next_name() -> None:
    pieces = _pieces(
        "数量指标改造农村危房户数≥120户126户1010无偏差新建村级养老服务站≥8个8个55"
        "按计划完成质量指标工程按计划完成率100%"
    )
    assert pieces[4:7] == ["1010", "无偏差", "新建村级养老服务站"]
    assert "按计划完成" in pieces
    assert "工程按计划完成率" in pieces  # a name's own words stay in it
