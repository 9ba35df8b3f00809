"""CSV exports shown as text in the dialects spreadsheets write them: comma-separated,
semicolon-separated with decimal commas (a European-locale Excel), tab-separated. A decimal
comma is read as a point only where the dialect has one, never in a comma CSV or in a
number whose commas group thousands (21,468.35)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from general_support import read_form
from general_support import text_source as _source
from jixiao.ingest.general.fields import funding_row_of
from jixiao.ingest.general.normalise import csv_export, normalise_source, tab_decimal_commas

_SEMICOLONS = (
    "项目支出绩效目标表;;;;\n"
    "项目名称;乡村道路照明改造;;;\n"
    "年度资金总额（万元）;318,75;;;\n"
    "一级指标;二级指标;三级指标;指标值;备注\n"
    "产出指标;数量指标;新装路灯数量;≥1250盏;\n"
    ";质量指标;亮灯率;≥98,5%;\n"
    ";成本指标;单灯改造成本;≤2.550,00元;\n"
    '效益指标;社会效益指标;夜间出行安全;明显提升;"夜间事故; 投诉均下降"\n'
    "满意度指标;服务对象满意度指标;沿线村民满意度;≥92%;\n"
)


def test_a_semicolon_export_is_cut_at_its_semicolons() -> None:
    export = csv_export(_source(_SEMICOLONS).lines)
    assert export.delimiter == ";"
    assert export.rows[5] == ("产出指标", "数量指标", "新装路灯数量", "≥1250盏")
    assert export.rows[8] == (
        "效益指标",
        "社会效益指标",
        "夜间出行安全",
        "明显提升",
        "夜间事故; 投诉均下降",
    )


def test_its_decimal_commas_are_read_as_points() -> None:
    export = csv_export(_source(_SEMICOLONS).lines)
    assert export.decimal_comma
    assert export.rows[3] == ("年度资金总额（万元）", "318.75")
    assert export.rows[6][3] == "≥98.5%"
    assert export.rows[7][3] == "≤2550.00元"  # points between thousands, then the decimals
    _, notes = normalise_source(_source(_SEMICOLONS))
    assert "原文为分号分隔的表格导出(CSV),已按分号分列" in notes


def test_the_form_reads_whole_with_its_figures(tmp_path: Path) -> None:
    document = read_form(tmp_path, _SEMICOLONS)
    targets = {i.name: i.target for _, i in document.all_indicators() if i.target}
    assert targets["亮灯率"].value == Decimal("98.5")
    assert targets["单灯改造成本"].value == Decimal("2550.00")
    assert len(targets) == 5
    assert document.projects[0].budget == Decimal("318.75")


def test_a_semicolon_export_with_thousands_commas_keeps_them() -> None:
    text = (
        "三级指标;指标值;完成值;分值\n"
        "补贴面积;≥21,468.35亩;21,500.10亩;10\n"
        "补贴户数;≥3,200户;3,260户;10\n"
        "兑付准确率;100%;100%;10\n"
        "发放时限;6月底前;6月25日;10\n"
    )
    export = csv_export(_source(text).lines)
    assert export.delimiter == ";" and not export.decimal_comma
    assert export.rows[2] == ("补贴面积", "≥21,468.35亩", "21,500.10亩", "10")
    assert export.rows[3][1] == "≥3,200户"


def test_a_comma_export_never_reads_a_comma_as_a_decimal_point() -> None:
    text = (
        "三级指标,指标值,完成值,分值\n"
        '森林抚育面积,"1,20万亩","1,25万亩",10\n'
        "苗木成活率,≥85%,90%,10\n"
        "病虫害防治率,≥90%,93%,10\n"
        "群众满意度,≥90%,95%,10\n"
    )
    export = csv_export(_source(text).lines)
    assert export.delimiter == "," and not export.decimal_comma
    assert export.rows[2][1] == "1,20万亩"


def test_prose_with_semicolons_is_no_export() -> None:
    text = "一是加强监管;二是完善制度;三是强化考核;四是公开结果。\n" * 2 + "其余照常。\n"
    assert csv_export(_source(text).lines).rows == {}


def test_a_tab_separated_export_reads_as_its_cells(tmp_path: Path) -> None:
    text = _SEMICOLONS.replace(";", "\t").replace(",", ".").replace('"', "")
    document = read_form(tmp_path, text)
    assert {i.name for _, i in document.all_indicators()} == {
        "新装路灯数量",
        "亮灯率",
        "单灯改造成本",
        "夜间出行安全",
        "沿线村民满意度",
    }


_TABS_DECIMAL = (
    "部门整体支出绩效目标表\n"
    "部门名称\t凌海市林业和草原局\n"
    "任务名称\t主要内容\t预算金额（万元）\n"
    "森林防火\t防火物资储备、瞭望塔运维\t84,50\n"
    "造林绿化\t人工造林、退化林修复\t312,25\n"
    "金额合计\t\t396,75\n"
)


def test_a_tab_export_whose_figures_have_decimal_commas_reads_them_as_points() -> None:
    assert tab_decimal_commas(_source(_TABS_DECIMAL).lines)
    normalised, notes = normalise_source(_source(_TABS_DECIMAL))
    assert normalised.lines[5].cells == ("金额合计", "", "396.75")
    assert "表格导出中以逗号作小数点的数字(如“612,40”)已按小数点读出" in notes


def test_a_tab_table_with_thousands_commas_or_one_odd_comma_keeps_its_commas() -> None:
    grouped = _TABS_DECIMAL.replace("312,25", "1,312.25")
    assert not tab_decimal_commas(_source(grouped).lines)
    one = "三级指标\t指标值\n覆盖村数\t1,2\n完成率\t98%\n"
    assert not tab_decimal_commas(_source(one).lines)
    normalised, _ = normalise_source(_source(one))
    assert normalised.lines[1].cells == ("覆盖村数", "1,2")


def test_a_quoted_cell_of_several_lines_is_one_cell_of_its_record(tmp_path: Path) -> None:
    text = (
        "项目支出绩效目标表;;;;\n"
        '年度目标;"1.完成老旧小区改造12个;\n'
        '2.惠及居民3200户";;;\n'
        "一级指标;二级指标;三级指标;指标值;备注\n"
        '产出指标;数量指标;"改造老旧小区\n'
        '数量";12个;\n'
        ";质量指标;竣工验收合格率;100%;\n"
        "满意度指标;服务对象满意度指标;居民满意度;≥90%;\n"
    )
    export = csv_export(_source(text).lines)
    assert export.rows[2] == ("年度目标", "1.完成老旧小区改造12个;2.惠及居民3200户")
    assert export.rows[5] == ("产出指标", "数量指标", "改造老旧小区数量", "12个")
    assert export.taken == {3, 6}
    document = read_form(tmp_path, text)
    names = [i.name for _, i in document.all_indicators()]
    assert names == ["改造老旧小区数量", "竣工验收合格率", "居民满意度"]


def test_a_quote_no_near_line_closes_takes_no_line() -> None:
    lines = ['说明;"未闭合的引号;;;'] + [f"第{n}行;甲;乙;丙;" for n in range(2, 12)]
    export = csv_export(_source("\n".join(lines)).lines)
    assert export.taken == frozenset()
    assert export.rows[5] == ("第5行", "甲", "乙", "丙")


def test_a_quote_inside_a_field_of_another_dialect_opens_no_cell() -> None:
    text = (
        '"年度目标","完成改造;\n'
        '惠及居民",,\n'
        "一级指标,二级指标,三级指标,指标值\n"
        "产出指标,数量指标,改造小区数量,12个\n"
        ",质量指标,验收合格率,100%\n"
        ",时效指标,完工时间,年底前\n"
        "效益指标,社会效益指标,居住环境,明显改善\n"
    )
    export = csv_export(_source(text).lines)
    assert export.delimiter == ","
    assert export.rows[1] == ("年度目标", "完成改造;惠及居民")


# A self-evaluation exported from Excel whose head block is seven fields wide and whose
# indicator block, with its 偏差原因 column, nine: the 绩效指标 label on every indicator row,
# the 一级 and 二级 cells empty where a merged cell went on.
_TWO_WIDTHS = (
    "项目支出绩效自评表,,,,,,\n"
    "项目名称,城乡居民健康档案管理,,,,,\n"
    "主管部门,宜兴市卫生健康委员会,,实施单位,宜兴市疾病预防控制中心,,\n"
    "项目资金(万元),,年初预算数,全年预算数,全年执行数,分值,得分\n"
    "年度资金总额,,140,152,149.5,10,9.8\n"
    "其中:财政拨款,,140,152,149.5,—,—\n"
    "其他资金,,,,,—,—\n"
    "年度总体目标,预期目标,,,实际完成情况,,\n"
    "绩效指标,一级指标,二级指标,三级指标,年度指标值,实际完成值,分值,得分,偏差原因\n"
    "绩效指标,产出指标,数量指标,建档居民人数,≥42万人,43.1万人,20,20,\n"
    "绩效指标,,,随访老年人数,≥3.5万人,3.6万人,10,10,\n"
    "绩效指标,,质量指标,档案合格率,≥95%,96.2%,10,10,\n"
    '绩效指标,效益指标,社会效益指标,居民健康知晓率,逐年提高,逐年提高,20,18,"宣传覆盖不足,来年加强"\n'
    "绩效指标,满意度指标,服务对象满意度指标,居民满意度,≥85%,88%,10,10,\n"
    "总分,,,,,,100,97.8,\n"
)


def test_an_export_cut_into_two_widths_keeps_the_rows_of_both() -> None:
    rows = csv_export(_source(_TWO_WIDTHS).lines).rows
    assert rows[3][4] == "宜兴市疾病预防控制中心"  # the head block, seven fields
    assert rows[11][3:5] == ("随访老年人数", "≥3.5万人")  # the indicator block, nine
    assert rows[13][8] == "宣传覆盖不足,来年加强"


def test_its_indicators_and_its_head_block_budget_both_read(tmp_path: Path) -> None:
    document = read_form(tmp_path, _TWO_WIDTHS)
    read = {i.name: (first, i) for first, i in document.all_indicators()}
    assert set(read) == {
        "建档居民人数",
        "随访老年人数",
        "档案合格率",
        "居民健康知晓率",
        "居民满意度",
    }
    assert read["随访老年人数"][1].target is not None
    assert read["随访老年人数"][1].target.value == Decimal("3.5")
    assert document.projects[0].budget == Decimal("152")


def test_a_line_of_prose_with_ascii_commas_in_an_export_is_no_row() -> None:
    text = _TWO_WIDTHS + "说明:本表由财务科填报, 数据截至年底, 如有出入, 以决算为准\n"
    rows = csv_export(_source(text).lines).rows
    assert 16 not in rows and 15 in rows


# A department's self-evaluation copied from a spreadsheet: its money row named for the
# department (部门预算资金总额, 部门年度资金总额), not the project forms' 年度资金总额.
_DEPARTMENT_MONEY = (
    "龙泉市民政局2024年度部门整体支出绩效自评表\n"
    "单位：万元\n"
    "部门名称\t龙泉市民政局\n"
    "项目\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
    "部门年度资金总额\t3,120.00\t3,346.50\t3,280.20\t10\t98.02%\t9.80\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
    "产出指标\t数量指标\t城乡低保保障人数\t≥5200人\t5318人\t20\t20\n"
    "效益指标\t社会效益指标\t困难群众基本生活\t有效保障\t有效保障\t30\t30\n"
)


def test_a_departments_money_row_named_for_it_reads_its_figures(tmp_path: Path) -> None:
    document = read_form(tmp_path, _DEPARTMENT_MONEY)
    evaluation = document.department_evaluation
    assert evaluation is not None and evaluation.funding_execution
    row = evaluation.funding_execution[0]
    assert (row.initial_budget, row.full_year_budget) == (Decimal("3120.00"), Decimal("3346.50"))
    assert (row.executed, row.execution_rate) == (Decimal("3280.20"), Decimal("98.02"))


def test_a_departments_name_alone_is_no_money_row() -> None:
    assert funding_row_of("部门预算资金总额") is not None
    assert funding_row_of("部门名称") is None
    assert funding_row_of("部门资金总额占比") is None


# A monitoring table saved from Excel as tab-separated text: the money block's label
# (预算执行情况) leads its header, and the figures' row under it has no label of its own; a
# 预警 column (红黄绿) last.
_MONITORING = (
    "2024年区级项目绩效运行监控表（1-6月）\t\t\t\t\t\n"
    "项目名称\t城区公共厕所保洁运维经费\t\t\t\t\n"
    "预算执行情况\t年初预算数\t调整后预算数\t1-6月执行数\t执行率\t全年预计执行数\t预警\n"
    "\t320\t336\t151.2\t45%\t336\t黄\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t1-6月完成值\t全年预计完成值\n"
    "产出指标\t数量指标\t保洁公厕数量\t=42座\t42座\t42座\n"
    "满意度指标\t服务对象满意度指标\t市民满意度\t≥90%\t91%\t≥90%\n"
)


def test_a_budget_execution_block_label_leads_its_unlabelled_figures(tmp_path: Path) -> None:
    project = read_form(tmp_path, _MONITORING).projects[0]
    row = project.funding_execution[0]
    assert (row.initial_budget, row.full_year_budget) == (Decimal("320"), Decimal("336"))
    assert (row.executed, row.execution_rate) == (Decimal("151.2"), Decimal("45"))


def test_a_column_word_or_other_words_lead_no_money_block(tmp_path: Path) -> None:
    for lead in ("预算执行率", "工作任务"):
        text = _MONITORING.replace("预算执行情况\t年初预算数", f"{lead}\t年初预算数")
        assert read_form(tmp_path, text).projects[0].funding_execution == []
