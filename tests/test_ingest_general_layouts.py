"""Layouts whose table text must first become cells: box-drawn tables, one cell per
paragraph, cards of ``label:value`` lines, rows run together."""

from __future__ import annotations

from decimal import Decimal

from general_support import table_rows as _rows
from general_support import text_source as _source
from jixiao.domain.target import TargetKind, parse_target
from jixiao.ingest.general.cards import cards_as_rows
from jixiao.ingest.general.fields import read_fields, read_line_fields, read_total_score
from jixiao.ingest.general.glued import split_glued_row
from jixiao.ingest.general.kinds import Kind, kind_of
from jixiao.ingest.general.normalise import box_cells
from jixiao.ingest.general.stream import cells_of, cut_runon_row, runon_header
from jixiao.ingest.general.vocabulary import Role


def test_a_box_drawn_row_is_cut_at_its_vertical_bars() -> None:
    assert box_cells(("│产出指标│数量指标│新建里程│≥85公里│",)) == (
        "产出指标",
        "数量指标",
        "新建里程",
        "≥85公里",
    )
    assert box_cells(("│      │        │路面达标率│≥96%│",)) == ("", "", "路面达标率", "≥96%")


def test_a_box_rule_line_holds_no_cell_and_other_lines_are_left_alone() -> None:
    assert box_cells(("├──────┼────┼────┤",)) == ()
    assert box_cells(("└──┴──┘",)) == ()
    assert box_cells(("项目名称:农村公路建设项目",)) is None
    assert box_cells(("——————",)) is None


def test_a_box_drawn_table_is_read_row_by_row() -> None:
    rows = _rows(
        "┌────┬────┬────┬────┐\n"
        "│一级指标│二级指标│三级指标│年度目标值│\n"
        "├────┼────┼────┼────┤\n"
        "│产出指标│数量指标│新改建农村公路里程│≥85公里│\n"
        "│    │    │自然村通硬化路│≥42个│\n"
        "└────┴────┴────┴────┘\n"
    )
    assert [(row[Role.NAME], row[Role.TARGET]) for row in rows] == [
        ("新改建农村公路里程", "≥85公里"),
        ("自然村通硬化路", "≥42个"),
    ]


_PARAGRAPH_TABLE = "\n\n".join(
    [
        "一级指标",
        "二级指标",
        "三级指标",
        "分值",
        "评分标准",
        "目标值",
        "得分",
        "产出指标",
        "数量指标",
        "改造小区数量",
        "8",
        "完成12个得满分,每少1个扣1分",
        "12个",
        "8",
        "",  # an empty 一级 cell: one more blank paragraph
        "",  # and an empty 二级 cell
        "加装电梯数量",
        "6",
        "按完成比例计分",
        "≥20台",
        "5.1",
        "",
        "质量指标",
        "验收合格率",
        "8",
        "100%得满分",
        "100%",
        "8",
    ]
)


def test_a_table_captured_one_cell_per_paragraph_is_read_by_position() -> None:
    rows = _rows(_PARAGRAPH_TABLE)
    assert [(row[Role.NAME], row[Role.TARGET], row[Role.WEIGHT]) for row in rows] == [
        ("改造小区数量", "12个", "8"),
        ("加装电梯数量", "≥20台", "6"),
        ("验收合格率", "100%", "8"),
    ]


def test_a_table_one_cell_per_line_keeps_each_empty_cell_as_a_blank_line() -> None:
    text = "一级指标\n二级指标\n三级指标\n目标值\n得分\n"
    text += "产出指标\n数量指标\n改造小区数量\n12个\n8\n"
    text += "\n\n加装电梯数量\n\n5\n"  # no 一级, no 二级, no target
    text += "\n质量指标\n验收合格率\n100%\n8\n"
    rows = _rows(text)
    assert [(row[Role.NAME], row.get(Role.TARGET), row[Role.SCORE]) for row in rows] == [
        ("改造小区数量", "12个", "8"),
        ("加装电梯数量", None, "5"),
        ("验收合格率", "100%", "8"),
    ]


def test_cards_of_label_value_lines_are_read_as_rows_of_a_table() -> None:
    card = (
        "一级指标:产出指标\n二级指标:数量指标\n三级指标:{name}\n年度指标值:{target}\n"
        "实际完成值:{actual}\n分值:10\n得分:10\n——————\n"
    )
    text = "项目名称:天然林保护\n主管部门:市林业局\n——————\n"
    text += card.format(name="天然林管护面积", target="≥168.5万亩", actual="168.5万亩")
    text += card.format(name="护林员聘用人数", target="≥420人", actual="426人")
    text += "总分:99.82\n评价等次:优\n"
    rows = _rows(text)
    assert [(row[Role.NAME], row[Role.TARGET], row[Role.ACTUAL]) for row in rows] == [
        ("天然林管护面积", "≥168.5万亩", "168.5万亩"),
        ("护林员聘用人数", "≥420人", "426人"),
    ]


def test_fields_written_as_label_value_lines_are_no_cards() -> None:
    lines = _source("项目名称:天然林保护\n主管部门:市林业局\n年初预算数:1526万元\n").lines
    assert cards_as_rows(lines) == lines


def test_a_header_run_together_on_its_own_line_is_cut_into_its_words() -> None:
    assert runon_header("绩效指标一级指标二级指标三级指标指标值") == [
        "绩效指标",
        "一级指标",
        "二级指标",
        "三级指标",
        "指标值",
    ]
    assert runon_header("年度总体目标全年新增城镇就业4500人") is None


def test_rows_run_together_under_such_a_header_are_cut_into_labels_name_and_target() -> None:
    assert cut_runon_row("产出指标数量指标新增城镇就业人数≥4500人") == [
        "产出指标",
        "数量指标",
        "新增城镇就业人数",
        "≥4500人",
    ]
    assert cut_runon_row("时效指标补贴资金发放时间2023年12月底前") == [
        "时效指标",
        "补贴资金发放时间",
        "2023年12月底前",
    ]
    assert cut_runon_row("上一篇:某局2023年部门整体支出绩效目标表") is None
    rows = _rows(
        "绩效指标一级指标二级指标三级指标指标值\n"
        "产出指标数量指标新增城镇就业人数≥4500人\n"
        "职业技能培训人次≥3000人次\n"
        "质量指标培训合格率≥85%\n"
    )
    assert [(row[Role.NAME], row[Role.TARGET]) for row in rows] == [
        ("新增城镇就业人数", "≥4500人"),
        ("职业技能培训人次", "≥3000人次"),
        ("培训合格率", "≥85%"),
    ]


_AFTER_NAME = (Role.WEIGHT, Role.TARGET, Role.ACTUAL, Role.SCORE)


def test_a_name_with_its_weight_target_actual_and_score_glued_to_it_is_cut_apart() -> None:
    assert split_glued_row("新建防渗渠道长度10≥26.6公里26.8公里10", _AFTER_NAME) == [
        "新建防渗渠道长度",
        "10",
        "≥26.6公里",
        "26.8公里",
        "10",
    ]
    # 10100%: a 分值 of 10 and a target of 100%, never 1 and 0100%
    assert split_glued_row("工程验收合格率10100%100%10", _AFTER_NAME) == [
        "工程验收合格率",
        "10",
        "100%",
        "100%",
        "10",
    ]
    # a 得分 is no greater than its 分值
    assert split_glued_row("泵站更新改造8≥12座11座7.33", _AFTER_NAME) == [
        "泵站更新改造",
        "8",
        "≥12座",
        "11座",
        "7.33",
    ]
    # the rest of the row may stand apart: the name, 分值 and target only
    assert split_glued_row("灌溉水有效利用系数10≥0.55", _AFTER_NAME) == [
        "灌溉水有效利用系数",
        "10",
        "≥0.55",
    ]


def test_a_name_with_digits_of_its_own_is_left_whole() -> None:
    assert split_glued_row("20户以上自然村通硬化路", _AFTER_NAME) is None
    assert split_glued_row("完成12个得满分", _AFTER_NAME) is None


def test_a_standard_that_says_something_grows_richer_is_a_target() -> None:
    assert kind_of("不断丰富") is Kind.QUALITATIVE
    assert parse_target("不断丰富").kind is TargetKind.QUALITATIVE


def test_a_table_read_column_by_column_pairs_the_kth_name_with_the_kth_value() -> None:
    text = "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值\n"
    text += "产出指标\n数量指标\n质量指标\n"
    text += "池塘改造面积\n尾水处理设施\n验收合格率\n"
    text += "≥1.2万亩\n≥18处\n100%\n"
    text += "1.25万亩\n18处\n100%\n"
    text += "15\n10\n10\n"
    rows = _rows(text)
    assert [
        (row[Role.NAME], row[Role.TARGET], row[Role.ACTUAL], row[Role.WEIGHT]) for row in rows
    ] == [
        ("池塘改造面积", "≥1.2万亩", "1.25万亩", "15"),
        ("尾水处理设施", "≥18处", "18处", "10"),
        ("验收合格率", "100%", "100%", "10"),
    ]


def test_blocks_of_unequal_length_are_no_columns() -> None:
    text = "一级指标 二级指标 三级指标 年度指标值\n"
    text += "产出指标\n数量指标\n池塘改造面积\n≥1.2万亩\n尾水处理设施\n≥18处\n"
    rows = _rows(text)
    assert [(row[Role.NAME], row[Role.TARGET]) for row in rows] == [
        ("池塘改造面积", "≥1.2万亩"),
        ("尾水处理设施", "≥18处"),
    ]


def test_a_closing_line_total_with_its_figure_after_a_colon_is_the_total_score() -> None:
    cells = cells_of(_source("三级指标:护林员聘用人数\n总分:99.82\n评价等次:优\n").lines)
    assert read_total_score(cells) == Decimal("99.82")


def _fields(text: str) -> dict[str, str]:
    source = _source(text)
    found = read_fields(cells_of(source.lines)) + read_line_fields(source.lines)
    return {item.field.value: item.value for item in found}


def test_a_line_that_opens_with_a_label_glued_to_its_value_is_a_field() -> None:
    found = _fields("项目名称就业补助资金\n主管部门伊宁市人社局实施单位伊宁市就业服务中心\n")
    assert found["project"] == "就业补助资金"
    assert found["supervising_department"] == "伊宁市人社局"
    assert found["implementing_unit"] == "伊宁市就业服务中心"


def test_a_name_given_in_prose_ends_with_its_clause() -> None:
    found = _fields(
        "(一)项目概况。项目名称:农村公路建设项目;主管部门:灵山县交通运输局。"
        "该项目由灵山县交通运输局组织实施,主要建设内容为新改建农村公路。\n"
    )
    assert found["project"] == "农村公路建设项目"
    assert found["supervising_department"] == "灵山县交通运输局"
