"""Damaged glyphs: a text PDF that spaces every glyph of a target apart (``≥ 3 0 个``), and an
OCR that lost the gaps between a row's 一级 and 二级 labels and its name
(``产出指标数量指标…``), the labels' glyphs misread (``产岀指标``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from general_support import read_form, table_rows, text_source
from jixiao.ingest.general.stream import cells_of
from jixiao.ingest.general.vocabulary import Role

_LETTER_SPACED = """项 目 支 出 绩 效 目 标 表
（ 2 0 2 5 年 度 ）
项 目 名 称
全 民 健 身 场 地 设 施 补 短 板 资 金
主 管 部 门
某 市 体 育 局
一 级 指 标
二 级 指 标
三 级 指 标
指 标 值
分 值
产 出 指 标
数 量 指 标
新 建 社 区 健 身 路 径
≥ 3 0 个
2 0
质 量 指 标
器 材 安 装 验 收 合 格 率
1 0 0 %
2 0
时 效 指 标
场 地 设 施 交 付 使 用 时 间
2 0 2 5 年 1 2 月
1 0
成 本 指 标
单 条 健 身 路 径 建 设 成 本
≤ 6 万 元
1 0
"""


def _targets(tmp_path: Path, text: str) -> dict[str, str | None]:
    document = read_form(tmp_path, text)
    return {
        indicator.name: indicator.target.canonical if indicator.target else None
        for _, indicator in document.all_indicators()
    }


def test_a_target_spaced_glyph_by_glyph_reads_as_one_target(tmp_path: Path) -> None:
    assert _targets(tmp_path, _LETTER_SPACED) == {
        "新建社区健身路径": "≥30个",
        "器材安装验收合格率": "100%",
        "场地设施交付使用时间": "2025年12月",
        "单条健身路径建设成本": "≤6万元",
    }


def _line_cells(line: str) -> list[str]:
    return [cell.text for cell in cells_of(text_source(line).lines)]


def test_a_letter_spaced_line_that_joins_into_a_target_is_one_cell() -> None:
    assert _line_cells("≤ 1 5 天") == ["≤15天"]
    assert _line_cells("0 起") == ["0起"]


def test_cells_a_single_space_parts_are_not_glued_into_one_target() -> None:
    # a row of name, weight, target and score: its cells are longer than one glyph
    assert _line_cells("学员结业率 10 ≥95% 9") == ["学员结业率", "10", "≥95%", "9"]


def test_single_digits_that_join_into_no_target_stay_apart() -> None:
    # a weight and a score of one digit each: no unit, no operator, no date
    assert _line_cells("5 4") != ["54"]


_OCR_GLUED_LABELS = """中央转移支付区域绩效自评表
项目名称 农业生产发展资金（高标准农田）
一级指标 二级指标 三级指标 年度指标值 全年实际完成值 未完成原因和改进措施
产岀指标数量指标高标准农田建设面积 ≧1.2万亩 1.25万亩
农田灌溉渠道修缮长度 ≧18公里 19公里
质量指标项目验收合格率 ═100% 100%
效益指摽经济效益指标亩均粮食增产 ≧50公斤 56公斤
满意度指标服务对象满意度指标项目区农户满意度 ≧90% 95%
"""


def test_first_and_second_labels_glued_onto_a_name_head_its_row() -> None:
    rows = table_rows(_OCR_GLUED_LABELS)
    assert [
        (row.get(Role.CATEGORY), row.get(Role.SUBCATEGORY), row[Role.NAME]) for row in rows
    ] == [
        ("产出指标", "数量指标", "高标准农田建设面积"),
        (None, None, "农田灌溉渠道修缮长度"),
        (None, "质量指标", "项目验收合格率"),
        ("效益指标", "经济效益指标", "亩均粮食增产"),
        ("满意度指标", "服务对象满意度指标", "项目区农户满意度"),
    ]


def test_glued_labels_give_the_indicators_their_levels(tmp_path: Path) -> None:
    document = read_form(tmp_path, _OCR_GLUED_LABELS)
    levels = {
        indicator.name: (indicator.category, indicator.subcategory)
        for _, indicator in document.all_indicators()
    }
    assert levels["高标准农田建设面积"] == ("output", "quantity")
    assert levels["亩均粮食增产"] == ("outcome", "economic")
    assert levels["项目区农户满意度"] == ("satisfaction", "beneficiary_satisfaction")


def test_a_first_label_before_a_name_with_no_second_label_stays_in_the_name() -> None:
    text = (
        "一级指标 二级指标 三级指标 年度指标值 全年实际完成值\n"
        "产出指标 数量指标 产出指标完成率 ≥95% 97%\n"
        "满意度调查覆盖率 ≥80% 85%\n"
    )
    names = [row[Role.NAME] for row in table_rows(text)]
    assert names == ["产出指标完成率", "满意度调查覆盖率"]


_SELF_EVALUATION_HEAD = (
    "项目支出绩效自评表\n"
    "项目名称  农家书屋提质增效补助资金\n"
    "一级指标  二级指标  三级指标  年度指标值  实际完成值  分值  得分  偏差原因分析及改进措施\n"
)
_OCR_SIGNS_GLUED = _SELF_EVALUATION_HEAD + (
    "产出指标  数量指标  农家书屋图书补充册数≧12000册  12500册  10  10\n"
    "                    流动图书服务点数量  ≧30个  32个  10  10\n"
    "          质量指标  书屋正常开放率＝100%  100%  10  10\n"
    "          成本指标  单个书屋年度补助≦0.6万元  0.6万元  10  10\n"
)


def test_a_target_glued_to_its_name_by_an_ocr_sign_moves_the_row_back_in_place() -> None:
    rows = table_rows(_OCR_SIGNS_GLUED)
    assert [(row[Role.NAME], row[Role.TARGET], row.get(Role.ACTUAL)) for row in rows] == [
        ("农家书屋图书补充册数", "≧12000册", "12500册"),
        ("流动图书服务点数量", "≧30个", "32个"),
        ("书屋正常开放率", "=100%", "100%"),
        ("单个书屋年度补助", "≦0.6万元", "0.6万元"),
    ]


def test_a_target_printed_both_glued_and_in_its_column_is_cut_off_the_name() -> None:
    rows = table_rows(
        _SELF_EVALUATION_HEAD + "产出指标  数量指标  送书下乡场次≧8场  ≧8场  9场  10  10\n"
    )
    assert (rows[0][Role.NAME], rows[0][Role.TARGET], rows[0][Role.ACTUAL]) == (
        "送书下乡场次",
        "≧8场",
        "9场",
    )


def test_a_name_ending_in_a_standard_beside_another_target_is_left_as_read() -> None:
    # the target column holds a target of its own: nothing moved a column left
    row = "效益指标  生态效益指标  空气中负氧离子浓度≥1000个  ≥1200个  1350个  10  10\n"
    rows = table_rows(_SELF_EVALUATION_HEAD + row)
    assert (rows[0][Role.TARGET], rows[0][Role.ACTUAL]) == ("≥1200个", "1350个")
    assert rows[0][Role.NAME] == "空气中负氧离子浓度≥1000个"


def test_a_bare_number_in_the_target_column_is_not_taken_for_the_figure_achieved() -> None:
    # the row's 分值 and 得分 alone after the glued name: no figure achieved was printed
    rows = table_rows(_SELF_EVALUATION_HEAD + "产出指标  数量指标  社区书屋新增数量≧6个  10  10\n")
    assert Role.ACTUAL not in rows[0]


_MIDTERM_SIDE_BY_SIDE = """某州2024年重点生态保护修复治理资金
区域绩效目标表
项目名称
重点生态保护修复治理资金
资金情况
（万元）
中期资金总额：
年度资金总额：
24000.00
6300.00
其中：中央补助
21000.00
5400.00
一级指标
二级指标
三级指标
中期指标值
年度指标值
产出指标
数量指标
历史遗留矿山生态修复面积
≥1.8万亩
≥0.45万亩
质量指标
修复区植被覆盖度
提高15个百分点
较修复前提高
时效指标
年度修复任务完成时间
每年11月30日前
2024年11月30日前
效益指标
可持续影响指标
生态修复管护制度
初步形成
逐步完善
修复区3年生苗木成活率
≥85%
≥70%
"""


def test_the_years_target_is_the_second_of_two_printed_side_by_side(tmp_path: Path) -> None:
    assert _targets(tmp_path, _MIDTERM_SIDE_BY_SIDE) == {
        "历史遗留矿山生态修复面积": "≥0.45万亩",
        "修复区植被覆盖度": "较修复前提高",
        "年度修复任务完成时间": "2024年11月30日前",
        "生态修复管护制度": "逐步完善",
        "修复区3年生苗木成活率": "≥70%",
    }


def test_the_term_target_in_words_is_kept_beside_the_years() -> None:
    rows = table_rows(_MIDTERM_SIDE_BY_SIDE)
    by_name = {row[Role.NAME]: row for row in rows}
    assert by_name["修复区植被覆盖度"][Role.LONG_TERM] == "提高15个百分点"
    assert by_name["生态修复管护制度"][Role.LONG_TERM] == "初步形成"


def test_the_years_funds_are_the_second_of_each_pair_under_stacked_labels(
    tmp_path: Path,
) -> None:
    project = read_form(tmp_path, _MIDTERM_SIDE_BY_SIDE).projects[0]
    assert (project.budget, project.fiscal_funds) == (Decimal("6300.00"), Decimal("5400.00"))


def test_a_years_total_after_the_terms_with_one_figure_each_keeps_its_own(
    tmp_path: Path,
) -> None:
    text = _MIDTERM_SIDE_BY_SIDE.replace(
        "中期资金总额：\n年度资金总额：\n24000.00\n6300.00\n",
        "中期资金总额：\n24000.00\n年度资金总额：\n6300.00\n",
    )
    assert read_form(tmp_path, text).projects[0].budget == Decimal("6300.00")


def test_a_third_text_after_a_name_under_two_target_columns_opens_the_next_row() -> None:
    names = [row[Role.NAME] for row in table_rows(_MIDTERM_SIDE_BY_SIDE)]
    assert "修复区3年生苗木成活率" in names
    assert "初步形成" not in names and "每年11月30日前" not in names
