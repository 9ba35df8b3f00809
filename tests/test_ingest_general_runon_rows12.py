"""Tables run together, one row a line (a document-sharing preview that dropped the cells'
breaks): a row that opens with no label of its own, and a 指标解释 written as a sentence
between the name and the target (session 12)."""

from __future__ import annotations

from general_support import table_rows, text_source
from jixiao.ingest.general.full_stop import explanation_then_values
from jixiao.ingest.general.header_tails import header_words_apart
from jixiao.ingest.general.normalise import normalise_source
from jixiao.ingest.general.runon_figures import figures_in_words
from jixiao.ingest.general.stream import (
    cells_of,
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
    names = [row.get(Role.NAME, "") for row in rows]
    assert names == [row.get(Role.NAME, "") for row in table_rows(_ROWS_WITHOUT_LABELS)]
    assert "维修农村饮水管网长度" in names
    assert all("项目名称" not in name for name in names)


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


_NATURE_AFTER = runon_after_name(
    runon_header("一级指标二级指标三级指标指标性质年度指标值计量单位分值指标方向") or []
)


def test_a_natures_word_between_the_name_and_the_target_is_a_cell_of_its_own() -> None:
    assert cut_runon_row("产出指标数量指标农村饮水工程维修处数定量≥36处8正向", _NATURE_AFTER) == [
        "产出指标",
        "数量指标",
        "农村饮水工程维修处数",
        "定量",
        "≥36处",
        "8",
        "正向",
    ]
    # a standard after 定性, and a deadline then the date it was met
    row = cut_runon_row("效益指标生态效益指标水源地水质状况定性持续改善12中性", _NATURE_AFTER)
    assert row is not None and row[2:5] == ["水源地水质状况", "定性", "持续改善"]
    row = cut_runon_row(
        "时效指标维修工程完工时间定性2023年11月底前8中性2023年11月26日8", _NATURE_AFTER
    )
    assert row is not None
    assert row[1:] == [
        "维修工程完工时间",
        "定性",
        "2023年11月底前",
        "8",
        "中性",
        "2023年11月26日",
        "8",
    ]


def test_a_natures_word_in_a_name_or_without_the_column_stays() -> None:
    # 定量 opening the name: no name before it
    row = cut_runon_row("定量分析报告份数定量≥4份5正向", _NATURE_AFTER)
    assert row is not None and row[:2] == ["定量分析报告份数", "定量"]
    row = cut_runon_row("产出指标数量指标水质定性检测次数定量≥12次8正向", _NATURE_AFTER)
    assert row is not None and row[2:4] == ["水质定性检测次数", "定量"]
    after = runon_after_name(runon_header("一级指标二级指标三级指标年度指标值分值") or [])
    row = cut_runon_row("产出指标数量指标水质定性检测次数≥12次8", after)
    assert row is not None and row[2] == "水质定性检测次数"


def test_a_number_before_type_or_number_glyph_opens_the_name() -> None:
    pieces = _pieces("数量指标慢阻肺患者健康管理人数≥800人1型糖尿病儿童救助人数≥40人质量指标")
    assert "1型糖尿病儿童救助人数" in pieces
    # a 分值 before the next name stays a figure of its own
    assert _pieces("数量指标慢阻肺患者健康管理人数≥800人8糖尿病儿童救助人数≥40人")[3] == "8"


def _header_pieces(text: str) -> list[str]:
    return [piece for piece, _ in header_words_apart(split_runon(text, 1))]


def test_header_words_the_vocabulary_cut_wrong_are_put_back_and_cut_apart() -> None:
    # a date inside a header word (截至9月底), a status opening one (未完成原因…), and two
    # words the vocabulary does not list run together (评价标准全年完成值)
    assert _header_pieces(
        "一级指标二级指标三级指标年度指标值截至9月底完成情况全年预计完成值完成目标可能性"
        "未完成原因和改进措施"
    )[4:] == ["截至9月底完成情况", "全年预计完成值", "完成目标可能性", "未完成原因和改进措施"]
    assert _header_pieces("一级指标二级指标三级指标指标值评价标准全年完成值权重得分")[4:6] == [
        "评价标准",
        "全年完成值",
    ]


def test_pieces_not_between_header_words_or_not_header_words_stay() -> None:
    row = "产出指标数量指标新建村级文化广场24个截至9月底完成情况良好"
    assert _header_pieces(row) == [piece for piece, _ in split_runon(row, 1)]
    header = "一级指标二级指标三级指标年度指标值本表数据来源说明实际完成值分值"
    assert "本表数据来源说明" in _header_pieces(header)


def test_a_name_and_its_explanation_after_a_rows_reason_column_open_the_next_row() -> None:
    # a 偏差原因 column after the figures; the next row's name glued to its explanation (反映…)
    text = (
        "一级指标二级指标三级指标指标解释年度指标值实际完成值偏差原因分析及改进措施"
        "产出指标数量指标新增护林防火通道长度反映项目实施的实际完成情况。42公里40公里"
        "防火瞭望塔建设数量考核防火瞭望塔建设数量是否达到预期目标。6座6座"
        "质量指标防火设施验收合格率反映防火设施验收合格率情况。100%100%\n"
    )
    rows = table_rows(text)
    assert [(row.get(Role.NAME), row.get(Role.TARGET)) for row in rows] == [
        ("新增护林防火通道长度", "42公里"),
        ("防火瞭望塔建设数量", "6座"),
        ("防火设施验收合格率", "100%"),
    ]


def test_a_cards_scoring_rule_with_header_words_is_no_header_of_rows() -> None:
    # 评分标准:达到目标值得满分… holds three header words, but names no name's column: the
    # card's lines after it are no rows run together
    text = (
        "三级指标:村级文化广场建设数量\n评分标准:达到目标值得满分,否则不得分\n"
        "全年完成值:24个\n——————\n绩效指标:总分\n权重(%):100\n评分:97.5\n"
    )
    source, _ = normalise_source(text_source(text))
    texts = [cell.text for cell in cells_of(source.lines)]
    assert "评分:97.5" in texts


def test_a_natures_word_is_cut_under_a_header_whose_columns_are_not_known() -> None:
    # the header's second line (指标性质指标值度量单位) names no name's column
    row = cut_runon_row("维修山塘座数定量12座5座12座确定能")
    assert row is not None and row[:3] == ["维修山塘座数", "定量", "12座"]
    assert cut_runon_row("产出指标数量指标水质定性检测次数≥12次") == [
        "产出指标",
        "数量指标",
        "水质定性检测次数",
        "≥12次",
    ]
