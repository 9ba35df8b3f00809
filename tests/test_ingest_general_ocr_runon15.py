"""OCR text of a self-evaluation form run together (a document-sharing site's text of a scan):
a 分值 run into the year of the deadline after it, a change against last year as the target
with its actual in the same words, a project name ending in 项目 before 项目实施单位, and the
variant glyphs a recogniser gives for common characters (session 15)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from general_support import read_form, table_rows
from jixiao.ingest.cells import read_target_cell
from jixiao.ingest.general.fields import _years_in_values
from jixiao.ingest.general.glued_words import standards_off_names, unit_glyphs_to_names
from jixiao.ingest.general.kinds import Kind, kind_of, with_change_base
from jixiao.ingest.general.normalise import common_glyphs, has_variant_glyphs, ocr_digits
from jixiao.ingest.general.page_chunks import join_page_chunks
from jixiao.ingest.general.stream import (
    Cell,
    _cut_value_tail,
    _event_limits,
    _weight_before_year,
)
from jixiao.ingest.general.vocabulary import Role
from jixiao.ingest.source import SourceLine

_HEAD = (
    "绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分未完成原因及改进措施"
    "产出指标(50分)数量指标指标1养护农村公路里程20≥120公里126公里20"
)

# a deadline's row: 分值 10 run into 2022年11月底前
_DEADLINE_ROW = (
    "乡村道路养护项目绩效目标自评表(2022年度)项目名称乡村道路养护项目项目实施单位某县交通运输局"
    + _HEAD
    + "时效指标指标1养护工程完工时间102022年11月底前2022年10月底完成10"
    "效益指标(30分)社会效益指标指标1群众出行条件30明显改善明显改善30\n"
)


def _rows(text: str) -> dict[str, dict[Role, str]]:
    return {row[Role.NAME]: row for row in table_rows(text) if Role.NAME in row}


def test_a_weight_run_into_a_deadlines_year_is_cut_off_before_the_year() -> None:
    row = _rows(_DEADLINE_ROW)["养护工程完工时间"]
    assert row[Role.WEIGHT] == "10"
    assert row[Role.TARGET] == "2022年11月底前"
    assert row[Role.ACTUAL] == "2022年10月底完成"


def test_a_one_figure_weight_before_a_year_is_cut_off_too() -> None:
    glued = "52022年9月30日前2022年9月完成5"
    text = _DEADLINE_ROW.replace("102022年11月底前2022年10月底完成10", glued)
    row = _rows(text)["养护工程完工时间"]
    assert (row[Role.WEIGHT], row[Role.TARGET]) == ("5", "2022年9月30日前")


def test_digits_before_a_year_are_no_weight_where_no_deadline_follows() -> None:
    assert _weight_before_year("52023年", "12月底前") == "5"
    assert _weight_before_year("52023年", "完成率") is None  # no deadline after the year
    assert _weight_before_year("2023年", "12月底前") is None  # a year alone: nothing glued
    assert _weight_before_year("1012023年", "12月底前") is None  # 101 is no 分值
    assert _weight_before_year("53023年", "12月底前") is None  # 3023 is no year


# a change against the year before as the target, the actual saying the change again
_CHANGE_ROW = (
    "耕地保护项目绩效目标自评表(2021年度)"
    + _HEAD
    + "效益指标(30分)生态效益指标指标1农田化肥施用量10较上年降低降低3.6%10"
    "可持续影响指标指标1耕地质量监测体系10逐步健全基本健全8\n"
)


def test_a_change_against_last_year_keeps_its_base_in_the_target() -> None:
    row = _rows(_CHANGE_ROW)["农田化肥施用量"]
    assert row[Role.TARGET] == "较上年降低"
    assert row[Role.WEIGHT] == "10"


def test_a_name_with_its_target_and_actual_doubled_keeps_its_words() -> None:
    # near miss: the words before the doubled 是 are the row's name, no change's base
    doubled = "项目资金使用是否合规10是是10"
    text = _CHANGE_ROW.replace("农田化肥施用量10较上年降低降低3.6%10", doubled)
    row = _rows(text)["项目资金使用是否合规"]
    assert row[Role.TARGET] == "是"


def _project(tmp_path: Path, fields: str) -> str | None:
    document = read_form(tmp_path, fields + _HEAD + "\n")
    return document.projects[0].name if document.projects else None


def test_a_project_name_ending_in_its_word_gains_no_second_one(tmp_path: Path) -> None:
    fields = "项目名称城区供水管网改造项目项目实施单位/项目负责人某县水务局/张某主管部门某县政府"
    assert _project(tmp_path, fields) == "城区供水管网改造项目"


def test_a_project_word_shared_with_the_unit_label_stays_the_names(tmp_path: Path) -> None:
    # near miss: one 项目, both the name's last word and the label's first
    fields = "项目名称城区供水管网改造项目实施单位某县水务局主管部门某县人民政府"
    assert _project(tmp_path, fields) == "城区供水管网改造项目"


def test_a_variant_glyph_of_a_scan_is_read_as_the_common_character(tmp_path: Path) -> None:
    assert common_glyphs("髙标准农田建设") == "高标准农田建设"
    fields = "项目名称髙标准农田建设项目项目实施单位某县农业农村局主管部门某县人民政府"
    assert _project(tmp_path, fields) == "高标准农田建设项目"


def test_text_without_variant_glyphs_is_left_as_it_is() -> None:
    text = "高标准农田建设 ≥1.2万亩"
    assert not has_variant_glyphs(text)
    assert common_glyphs(text) == text


# A scan's OCR with its columns parted by tabs: a target and an actual wrapped onto the next
# line, each under its own column, with the 二级 label's end under the label
_TAB_HEADER = "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
_TAB_WRAPPED = (
    _TAB_HEADER
    + "效益指标\t生态效益\t空气质量优良天数比例\t不低于全市平均\t高于全市平均水\t10\t10\n"
    + "\t指标\t\t水平\t平\n"
    + "\t可持续影响指标\t环境监测能力\t持续提升\t持续提升\t10\t9\n"
)


def test_a_target_wrapped_under_its_column_in_a_tab_table_is_joined() -> None:
    row = _rows(_TAB_WRAPPED)["空气质量优良天数比例"]
    assert row[Role.TARGET] == "不低于全市平均水平"
    assert row[Role.ACTUAL] == "高于全市平均水平"
    assert row[Role.SUBCATEGORY] == "生态效益指标"


def test_a_line_ending_in_the_name_column_is_no_wrap_of_the_row_above() -> None:
    # near miss: a short name alone in its column is the next row (its values left empty)
    text = _TAB_WRAPPED.replace("\t指标\t\t水平\t平\n", "\t\t扬尘治理\n")
    assert "空气质量优良天数比例" in _rows(text)


def test_an_outbreak_kept_from_happening_is_a_standard() -> None:
    outbreak = "重大动物疫情\t无暴发流行\t无暴发流行"
    text = _TAB_WRAPPED.replace("环境监测能力\t持续提升\t持续提升", outbreak)
    row = _rows(text)["重大动物疫情"]
    assert row[Role.TARGET] == "无暴发流行"
    read = read_target_cell("不发生区域性重大动物疫情暴发").target
    assert read is not None and read.standard == "不发生区域性重大动物疫情暴发"
    assert read_target_cell("流行病学调查").target is None  # a name with 流行 is none


def test_a_zero_read_as_o_in_a_scan_whose_cells_one_space_parts_is_a_zero() -> None:
    line = "社会效益指标 重大安全事故次数 O起 0起 O起 确定能"
    assert ocr_digits(line) == "社会效益指标 重大安全事故次数 0起 0起 0起 确定能"
    assert ocr_digits("检测 O型 血样 ≥1O份") == "检测 O型 血样 ≥10份"  # 型 is no unit


def test_livestock_counted_by_head_and_bird_is_a_unit() -> None:
    read = read_target_cell("≧120万头只").target
    assert read is not None and (read.value, read.unit) == (Decimal(120), "万头只")


# A document-sharing site's text of a form, its table run together on one line: the first
# 二级 label printed short (数量), a standard with its actual in words glued to the name
_SHARED_FORM = (
    "某职业技术学院2021年实训基地建设项目绩效目标自评表"
    "一级指标二级指标三级指标年初目标值(A)实际完成值(B)得分"
    "产出指标数量新建实训室数量6个6个10购置实训设备台套≥80台套85台套10"
    "质量指标设备验收合格率100%100%10"
    "效益指标(30分)可持续影响指标实训教学管理制度逐步健全已健全10"
    "服务对象满意度指标学生满意度≥90%93%10\n"
)


def test_a_short_second_level_label_opening_a_name_is_cut_off() -> None:
    rows = _rows(_SHARED_FORM)
    row = rows["新建实训室数量"]
    assert (row[Role.SUBCATEGORY], row[Role.TARGET]) == ("数量", "6个")
    assert "数量新建实训室数量" not in rows


def test_a_name_opening_with_a_level_word_keeps_it_where_no_label_went_before() -> None:
    # near miss: 质量 opens a name after a 二级 label, not after a 一级 one
    text = _SHARED_FORM.replace("设备验收合格率", "质量抽检合格率")
    assert _rows(text)["质量抽检合格率"][Role.TARGET] == "100%"


def test_a_standard_and_its_actual_in_words_glued_to_the_name_are_cut_apart() -> None:
    row = _rows(_SHARED_FORM)["实训教学管理制度"]
    assert (row[Role.TARGET], row[Role.ACTUAL]) == ("逐步健全", "已健全")


def test_a_name_ending_in_words_of_no_standard_is_left_whole() -> None:
    # near miss: 制度已健全 alone is the actual, no standard stands before it
    text = _SHARED_FORM.replace("实训教学管理制度逐步健全已健全", "实训教学管理制度已健全")
    assert "实训教学管理制度已健全" in _rows(text)


# A document-sharing site's text of a transfer payment's target table: each page one line
# numbered 1、 2、, the break inside a standard; spaced glyphs, two rows' standards run on
_PAGE_ONE = (
    "1、附件 2 城乡义务教育补助经费区域绩效目标表 ( 2021 年度) 专项名称 城乡义务教育补助经费 "
    "中央主管部门 教育部 地方主管部门 某省教育厅 资金情况 (万元) 年度资金总额: 52400 "
    "绩 效 指 标 一级 指标 二级指标 三级指标 指标值 产 出 指 标 数量指标 "
    "资助家庭困难学生人数 ≥8600 人 效 益 指 标 社会效益 指标 "
    "农村学校办学条件 持续改善 义务教育均衡发展水平 明显"
)
_PAGE_TWO = "2、提升 可持续影 响指标 学生资助长效机制 逐步健全 满意 度指 标 学生满意度 ≥90%"


def test_a_shared_files_pages_numbered_on_are_read_as_one_text() -> None:
    rows = _rows(_PAGE_ONE + "\n" + _PAGE_TWO + "\n")
    assert rows["义务教育均衡发展水平"][Role.TARGET] == "明显提升"
    assert rows["农村学校办学条件"][Role.TARGET] == "持续改善"
    assert rows["学生满意度"][Role.TARGET] == "≥90%"


def test_a_numbered_list_of_sentences_is_no_shared_files_pages() -> None:
    # near miss: items numbered on, each ending its sentence, are lines of their own
    lines = [
        SourceLine(number=1, text=_PAGE_ONE + "。", cells=(_PAGE_ONE + "。",)),
        SourceLine(number=2, text=_PAGE_TWO, cells=(_PAGE_TWO,)),
    ]
    assert join_page_chunks(lines) is None
    short = [SourceLine(number=n, text=t, cells=(t,)) for n, t in ((1, "1、加强"), (2, "2、管理"))]
    assert join_page_chunks(short) is None


def test_the_central_and_local_departments_labels_end_the_project_name(tmp_path: Path) -> None:
    document = read_form(tmp_path, _PAGE_ONE + "\n" + _PAGE_TWO + "\n")
    assert document.projects and document.projects[0].name == "城乡义务教育补助经费"


# a college's form re-served as one paragraph: the money header marks its columns (预算数(A))
# and names the 分值 in the score's formula; the project's name holds a year
_SHARED_MONEY = (
    "1/1某医学院2022年科研平台建设项目绩效目标自评表总分:93.5分"
    "项目名称某医学院2022年科研平台建设专项资金主管部门某省教育厅项目实施单位某医学院"
    "预算执行情况(万元)(10分)预算数(A)执行数(B)执行率(B/A)得分(10分*执行率)"
    "年度财政资金总额640615.3696.15%9.62"
    "一级指标二级指标三级指标年初目标值(A)实际完成值(B)得分"
    "产出指标数量指标建设科研平台数量2个2个10\n"
)


def test_figures_run_together_under_a_header_that_marks_its_columns(tmp_path: Path) -> None:
    total = read_form(tmp_path, _SHARED_MONEY).projects[0].funding_execution[0]
    assert (total.full_year_budget, total.executed) == (Decimal(640), Decimal("615.36"))
    assert (total.execution_rate, total.weight, total.score) == (
        Decimal("96.15"),
        Decimal(10),
        Decimal("9.62"),
    )


def test_figures_that_break_their_rate_are_not_cut_so(tmp_path: Path) -> None:
    # near miss: 640 and 615.36 make 96.15%, not 90.15%: no cut reads the run
    text = _SHARED_MONEY.replace("96.15%9.62", "90.15%9.02")
    rows = read_form(tmp_path, text).projects[0].funding_execution
    assert not rows or rows[0].executed != Decimal("615.36")


def test_a_year_in_a_fields_value_run_together_stays_in_it(tmp_path: Path) -> None:
    project = read_form(tmp_path, _SHARED_MONEY).projects[0].name
    assert project == "某医学院2022年科研平台建设专项资金"


def test_a_year_after_a_fields_value_before_a_date_word_is_left_cut() -> None:
    # near miss: 2022年度 is the form's year, no words of the value before it
    pieces = ("项目名称科研平台建设专项资金", "2022年", "度主管部门某省教育厅")
    cells = [Cell(piece, 1, glued=True) for piece in pieces]
    assert [c.text for c in _years_in_values(cells)] == list(pieces)


_PLACES = (
    "年度绩效指标一级指标二级指标指标内容指标值备注产出指标数量指标"
    "覆盖乡镇数量12个乡级综合文化站维护数量≥24处质量指标设施完好率≥95%"
    "效益指标社会效益指标群众文化活动参与人次≥3万人次\n"
)


def test_a_name_opening_with_a_place_level_gets_its_glyph_back_from_the_unit() -> None:
    rows = _rows(_PLACES)
    assert rows["覆盖乡镇数量"][Role.TARGET] == "12个"
    assert rows["乡级综合文化站维护数量"][Role.TARGET] == "≥24处"


def test_a_unit_left_alone_by_a_bare_figure_stays_the_units() -> None:
    # near miss: 12 alone is no target; 12户 keeps its 户 before a name opening with 均
    assert unit_glyphs_to_names([("12户", True), ("均增收", True)]) == [
        ("12户", True),
        ("均增收", True),
    ]
    assert unit_glyphs_to_names([("≥12户", True), ("均增收金额", True)]) == [
        ("≥12", True),
        ("户均增收金额", True),
    ]


def test_a_figure_cut_by_a_shared_files_page_reads_whole_in_prose(tmp_path: Path) -> None:
    # a 部门预算绩效文本's prose clauses, the page break inside a target's figure
    head = (
        "1、 某县卫生健康局2024年部门预算绩效文本 第一部分 部门整体绩效目标 一、总体绩效目标 "
        "2024年县卫健局围绕健康县城建设目标,提升基层医疗服务能力,加强疾病预防控制。 "
        "二、分项绩效目标 (一)保障基本公共卫生服务 绩效目标:做好基本公共卫生服务项目。 "
        "绩效指标:家庭医生签约服务人数不少于3"
    )
    text = head + "\n2、650人,适龄儿童免疫规划疫苗接种率不低于95%。 三、工作保障措施\n"
    document = read_form(tmp_path, text)
    targets = {indicator.name: indicator.target for _, indicator in document.all_indicators()}
    signed = targets["家庭医生签约服务人数"]
    assert signed is not None and signed.value == Decimal(3650)


_EVENT_ROW = (
    "部门整体支出绩效目标表一级指标二级指标三级指标指标值产出指标数量指标"
    "新建农村饮水工程处数≥40处时效指标工程款拨付时限验收合格后30个工作日内"
    "成本指标单处工程补助标准≤25万元效益指标社会效益指标受益人口数≥1.2万人\n"
)


def test_a_time_limit_counted_from_an_event_run_on_after_its_name() -> None:
    row = _rows(_EVENT_ROW)["工程款拨付时限"]
    assert row[Role.TARGET] == "验收合格后30个工作日内"


def test_an_event_after_a_name_with_no_deadlines_word_is_left_to_the_rest() -> None:
    # near miss: no 时限 / 时间 / 期限 names a deadline before the event's words
    pieces = [("设备安装调试后", True), ("30天", True), ("内", True)]
    assert _event_limits(pieces) == pieces


_EQUALS_ROWS = (
    "三、绩效目标实现情况一级指标二级指标三级指标年度指标值实际完成值"
    "效益指标社会效益指标低收入群众基本生活=有效保障已完成"
    "生态效益指标湿地生态功能=逐步恢复逐步恢复"
    "满意度指标服务对象满意度指标救助对象满意度>=90%93%四、下一步工作\n"
)


def test_an_equals_sign_before_a_standard_run_on_leaves_the_name() -> None:
    rows = _rows(_EQUALS_ROWS)
    assert (rows["低收入群众基本生活"][Role.TARGET], rows["低收入群众基本生活"][Role.ACTUAL]) == (
        "有效保障",
        "已完成",
    )
    assert rows["湿地生态功能"][Role.TARGET] == "逐步恢复"


def test_an_equals_sign_before_words_of_no_standard_is_left_in_the_text() -> None:
    # near miss: the words after = are no standard (a formula's terms), nothing is cut
    assert _cut_value_tail("综合得分=各项得分之和") == [("综合得分=各项得分之和", True)]


_CHANGE_BASE_ROWS = (
    "绩效指标一级指标二级指标三级指标指标值产出指标数量指标新增造林面积≥1.5万亩"
    "效益指标生态效益指标全县森林火灾受害率较上年明显下降"
    "可持续影响指标护林员巡护机制充分发挥作用"
    "满意度指标服务对象满意度指标林农满意度≥90%\n"
)


def test_a_change_against_last_year_run_on_after_a_name_keeps_its_base() -> None:
    rows = _rows(_CHANGE_BASE_ROWS)
    assert rows["全县森林火灾受害率"][Role.TARGET] == "较上年明显下降"


def test_a_role_played_is_a_standard_after_its_degree() -> None:
    assert _rows(_CHANGE_BASE_ROWS)["护林员巡护机制"][Role.TARGET] == "充分发挥作用"
    assert kind_of("发挥作用") is Kind.NAME  # no degree: a name's words as often
    assert with_change_base("财政收入同比", "增长率") == ("财政收入同比", "增长率")


# a scan's OCR as pipes: each 二级 label wraps (生态效益 / 指标), a name with it
_PIPE_WRAPS = (
    "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 |\n"
    "| 效益指标 | 社会效益 | 农村生活污水治理村数 | ≥36个 | 38个 |\n"
    "| | 指标\n"
    "| | 可持续影响 | 污水处理设施运维机 | 长效运行 | 已建立运维台账 |\n"
    "| | 指标 | 制\n"
    "| 满意度指标 | 服务对象满意度指标 | 村民满意度 | ≥90% | 94% |\n"
)


def test_a_name_wrapped_beside_its_labels_end_in_a_pipe_scan_is_joined() -> None:
    rows = _rows(_PIPE_WRAPS)
    row = rows["污水处理设施运维机制"]
    assert (row[Role.SUBCATEGORY], row[Role.TARGET]) == ("可持续影响指标", "长效运行")


def test_a_piece_under_a_whole_value_is_no_wrap_of_its_row() -> None:
    # near miss: 38个 is a whole actual; a word under it is no end of it
    text = _PIPE_WRAPS.replace("| | 指标\n", "| | 指标 | | | 左右\n")
    assert _rows(text)["农村生活污水治理村数"][Role.ACTUAL] == "38个"


def test_a_body_grown_after_its_degree_is_a_standard() -> None:
    text = _CHANGE_BASE_ROWS.replace("护林员巡护机制充分发挥作用", "专业扑火队伍持续壮大")
    assert _rows(text)["专业扑火队伍"][Role.TARGET] == "持续壮大"
    assert kind_of("壮大") is Kind.NAME  # no degree: no standard alone


# a preview's text layer, cells one space apart, long rows hard-wrapped at the line's width
_HARD_WRAPPED = (
    "一级指标 二级指标 三级指标 指标性质 指标值 指标值确定依据\n"
    "产出指标 数量指标 新建村级卫生室数量 定量 ≥ 12 个 计划标准\n"
    "效益指标 社会效益指标 乡镇卫生院服务条件 定性 明显改善 其他\n"
    "群众就医平均距离 定性 较上年明显缩短 历史\n"
    "标准\n"
    "可持续影响指标 基层医疗服务长效机制 定性 逐步健全 其他\n"
    "满意度指标 服务对象满意度指标 村民满意度 定量 ≥ 90 % 其他标准\n"
)


def test_a_basis_hard_wrapped_to_the_next_lines_start_ends_its_own_cell() -> None:
    assert list(_rows(_HARD_WRAPPED)) == [
        "新建村级卫生室数量",
        "乡镇卫生院服务条件",
        "群众就医平均距离",
        "基层医疗服务长效机制",
        "村民满意度",
    ]


def test_a_word_of_no_basis_at_the_next_lines_start_is_left_to_the_wraps() -> None:
    # near miss: 历史 and 文化 make no basis: the line's word is not given to that cell
    text = _HARD_WRAPPED.replace("标准\n", "文化\n")
    assert all("历史文化" not in cell for row in _rows(text).values() for cell in row.values())


_MONITORED = (
    "三、绩效目标完成情况一级指标二级指标三级指标年度指标值1-6月完成值完成目标可能性"
    "产出指标数量指标新建污水管网长度≥12公里5.6公里确定能"
    "效益指标生态效益指标城区水环境质量明显改善逐步改善确定能"
    "满意度指标服务对象满意度指标居民满意度≥90%91.5%确定能\n"
)


def test_a_standard_and_its_actual_glued_before_the_likelihood_are_cut() -> None:
    assert _rows(_MONITORED)["城区水环境质量"][Role.TARGET] == "明显改善"


def test_a_standard_alone_before_the_likelihood_is_left_to_the_rest() -> None:
    # near miss: no actual glued after the standard: the three-way cut takes nothing
    pieces = [("城区水环境质量明显改善", True), ("确定能", True)]
    assert standards_off_names(pieces) == pieces


def test_a_scans_mark_under_the_name_is_no_end_of_it() -> None:
    # near miss: ``[EX] 11`` on the label's line is the recogniser's mark, no Chinese word
    text = _PIPE_WRAPS.replace("| | 指标 | 制\n", "| | 指标 | [EX] 11\n")
    assert "污水处理设施运维机" in _rows(text)
