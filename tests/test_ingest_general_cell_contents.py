"""What a cell holds besides its value, read as the value: check boxes whose ticked option is
the cell's (``☑定量 □定性``, a symbol font's ``R定量 £定性``), a spreadsheet's text formula
(``="≥1,200亩"``), HTML character references (``&ge;90%``), the column's word before each
value (``指标值:≥95%  实际值:96%``), a counted unit per time (``8万册次``); and the rows of a
table with no header under a lead ending in a colon, read as rows, not as the lead's clause."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Final

from general_support import text_source
from jixiao.domain.model import PerformanceDocument
from jixiao.domain.target import parse_target
from jixiao.domain.units import canonical_unit
from jixiao.ingest.general.box_cells import ticked_options
from jixiao.ingest.general.entities import decode_entities
from jixiao.ingest.general.labelled_cells import labelled_rows_as_table
from jixiao.ingest.general.stream import cells_of
from jixiao.ingest.pipeline import parse_file


def _read(tmp_path: Path, text: str) -> PerformanceDocument:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return parse_file(path)[0]


def _targets(document: PerformanceDocument) -> dict[str, str | None]:
    return {
        indicator.name: indicator.target.canonical if indicator.target else None
        for _, indicator in document.all_indicators()
    }


# --- check boxes ---------------------------------------------------------------------------

_WINGDINGS_FORM = """2022年度项目支出绩效目标申报表
项目名称：农村公路养护补助
主管部门：某县交通运输局
绩效指标：
产出指标  数量指标  养护农村公路里程  R定量　£定性  ≥420公里
    新建错车道  R定量　£定性  ≥35处
  质量指标  养护路段优良率  R定量　£定性  ≥85%
  时效指标  养护任务完成时间  £定量　R定性  2022年11月底前
效益指标  社会效益指标  群众出行条件  £定量　R定性  明显改善
满意度指标  服务对象满意度指标  沿线群众满意度  R定量　£定性  ≥90%
"""


_BOXED_TARGETS: Final = {
    "养护农村公路里程": "≥420公里",
    "新建错车道": "≥35处",
    "养护路段优良率": "≥85%",
    "养护任务完成时间": "2022年11月底前",
    "群众出行条件": "明显改善",
    "沿线群众满意度": "≥90%",
}


def test_a_rows_boxed_options_give_its_ticked_one_and_the_row_keeps_its_shape(
    tmp_path: Path,
) -> None:
    assert _targets(_read(tmp_path, _WINGDINGS_FORM)) == _BOXED_TARGETS


def test_wingdings_boxes_and_unicode_boxes_are_read_alike(tmp_path: Path) -> None:
    # Wingdings (not 2) prints a ticked box as þ and an empty one as ¨
    text = _WINGDINGS_FORM.replace("R", "þ").replace("£", "¨")
    assert _targets(_read(tmp_path, text)) == _BOXED_TARGETS
    unicode = _WINGDINGS_FORM.replace("R", "☑").replace("£", "□")
    assert _targets(_read(tmp_path, unicode)) == _BOXED_TARGETS


def test_the_ticked_option_stands_for_the_group_the_unticked_are_dropped() -> None:
    assert ticked_options("名称  ☑正向 □反向  ≥5") == "名称  正向  ≥5"
    assert ticked_options("项目属性：£新增　R延续") == "项目属性：延续"
    assert ticked_options("持续性项目£ 新增性项目R") == "新增性项目"  # a box after its option
    assert ticked_options("服务保障  ☑经费 □制度 ☑人员") == "服务保障  经费、人员"


def test_letters_and_marks_that_are_no_group_of_boxes_are_kept() -> None:
    # an R with no empty box of its font beside it is a letter
    assert ticked_options("R语言培训  R定量 S定性") == "R语言培训  R定量 S定性"
    # a box inside a sentence (the form's note) is no option of a cell
    note = "说明：请在对应□内打√，每项只选一个。"
    assert ticked_options(note) == note
    # one box alone is a field's mark, read where the field is
    assert ticked_options("是否政府采购  □是") == "是否政府采购  □是"


def test_rows_under_a_lead_with_a_colon_are_rows_not_the_leads_clause(tmp_path: Path) -> None:
    text = (
        "2023年度转移支付绩效目标表\n"
        "转移支付名称：城乡居民养老保险补助\n"
        "年度绩效指标：\n"
        "产出指标  数量指标  参保缴费人数  ≥12.6万人\n"
        "    待遇按时足额发放率  =100%\n"
        "满意度指标  服务对象满意度指标  参保群众满意度  ≥92%\n"
    )
    assert _targets(_read(tmp_path, text)) == {
        "参保缴费人数": "≥12.6万人",
        "待遇按时足额发放率": "=100%",
        "参保群众满意度": "≥92%",
    }


def test_a_clause_cut_at_its_colon_is_still_joined_to_its_rest(tmp_path: Path) -> None:
    # the line under the colon is prose, no row of cells: the clause goes on
    text = (
        "某区水务局2023年小型水库维修项目绩效监控报告\n"
        "1.数量指标:维修小型水库数量,年度指标值:\n"
        "不少于6座,1-6月完成值3座。\n"
    )
    assert _targets(_read(tmp_path, text)) == {"维修小型水库数量": "≥6座"}


# --- a spreadsheet's text formulas -----------------------------------------------------------

_FORMULA_CSV = """某县林业局2021年度项目支出绩效自评表,,,,,
一级指标,二级指标,三级指标,年度指标值,实际完成值,分值
产出指标,数量指标,人工造林面积,="≥1,200亩",="1,260亩",10
,质量指标,苗木成活率,="≥85%",="88%",10
,时效指标,造林完成时间,2021年5月底前,2021年5月20日,10
效益指标,生态效益指标,森林覆盖率,="≥41.5%",="41.8%",10
满意度指标,服务对象满意度指标,林农满意度,="≥90%",="93%",10
"""


def test_text_formula_cells_of_a_csv_export_are_their_text(tmp_path: Path) -> None:
    assert _targets(_read(tmp_path, _FORMULA_CSV)) == {
        "人工造林面积": "≥1200亩",  # the comma inside the formula's quotes stays in its cell
        "苗木成活率": "≥85%",
        "造林完成时间": "2021年5月底前",
        "森林覆盖率": "≥41.5%",
        "林农满意度": "≥90%",
    }


def test_text_formula_cells_of_a_tab_separated_copy_are_their_text(tmp_path: Path) -> None:
    tabbed = _FORMULA_CSV.replace('="≥1,200亩"', '="≥1200亩"').replace('="1,260亩"', "1260亩")
    tabbed = tabbed.replace(",", "\t")
    assert _targets(_read(tmp_path, tabbed))["森林覆盖率"] == "≥41.5%"


def test_a_cell_opening_with_an_equals_sign_and_no_quotes_keeps_its_sign(tmp_path: Path) -> None:
    text = _FORMULA_CSV.replace('="≥85%"', "=100%")
    assert _targets(_read(tmp_path, text))["苗木成活率"] == "=100%"


# --- HTML character references -------------------------------------------------------------


def test_html_character_references_in_a_table_read_as_their_signs(tmp_path: Path) -> None:
    text = (
        "某市民政局2024年养老服务补贴项目绩效目标表\n"
        "| 一级指标 | 二级指标 | 三级指标 | 指标值 |\n"
        "| 产出指标 | 数量指标 | 享受补贴老年人数 | &#8805;3200人 |\n"
        "| | 质量指标 | 补贴发放差错率 | &lt;1% |\n"
        "| | 成本指标 | 人均月补贴标准 | &le;200元 |\n"
        "| 满意度指标 | 服务对象满意度指标 | 受补贴老人满意度 | &ge;&nbsp;88% |\n"
    )
    assert _targets(_read(tmp_path, text)) == {
        "享受补贴老年人数": "≥3200人",
        "补贴发放差错率": "<1%",
        "人均月补贴标准": "≤200元",
        "受补贴老人满意度": "≥88%",
    }


def test_references_escaped_twice_are_decoded_and_an_ampersand_naming_nothing_is_kept() -> None:
    assert decode_entities("&amp;ge;95%") == "≥95%"
    assert decode_entities("&#x2264;5天") == "≤5天"
    assert decode_entities("R&D投入;A&B;") == "R&D投入;A&B;"
    assert decode_entities("名称&nbsp;&nbsp;值") == "名称  值"


# --- cells labelled with their column --------------------------------------------------------

_LABELLED_ROWS = """某县卫生健康局2022年度部门整体支出绩效自评表
主管部门：某县卫生健康局　实施单位：某县妇幼保健院
绩效指标完成情况：
产出指标  数量指标  家庭医生签约人数  目标值：≥3.2万人  完成值：3.35万人  权重：10  得分：10
　　免费孕前检查人数  目标值：≥1800人  完成值：1650人  权重：10  得分：9.2
　　时效指标  补助资金拨付时间  目标值：2022年10月底前  完成值：2022年9月28日  权重：10  得分：10
效益指标  社会效益指标  群众健康素养水平  目标值：稳步提升  完成值：稳步提升  权重：10  得分：10
满意度指标  服务对象满意度指标  签约居民满意度  目标值：≥90%  完成值：92%  权重：10  得分：10
"""


def test_rows_whose_cells_name_their_column_read_as_the_table_they_are(tmp_path: Path) -> None:
    document = _read(tmp_path, _LABELLED_ROWS)
    assert _targets(document) == {
        "家庭医生签约人数": "≥3.2万人",
        "免费孕前检查人数": "≥1800人",
        "补助资金拨付时间": "2022年10月底前",
        "群众健康素养水平": "稳步提升",
        "签约居民满意度": "≥90%",
    }
    second = next(i for _, i in document.all_indicators() if i.name == "免费孕前检查人数")
    assert second.category is not None and second.category.label == "产出指标"
    assert second.weight == Decimal("10")
    assert second.result is not None
    assert (second.result.actual_text, second.result.score) == ("1650人", Decimal("9.2"))


def _cell_texts(text: str) -> list[str]:
    return [cell.text for cell in labelled_rows_as_table(cells_of(text_source(text).lines))]


def test_labelled_fields_that_name_no_target_are_left_as_they_are() -> None:
    # a form's head fields: labelled, but naming no column of an indicator table
    head = "主管部门:某县民政局  实施单位:某县救助站  项目负责人:王某\n" * 2
    assert _cell_texts(head) == cells_of_texts(head)
    # values labelled without a target among them (实际值 and 得分 alone): no row of targets
    scores = "培训人次  实际值:520人次  得分:10\n合格率  实际值:97%  得分:10\n"
    assert _cell_texts(scores) == cells_of_texts(scores)


def test_one_labelled_row_alone_is_no_table() -> None:
    line = "产出指标  数量指标  培训人次  指标值:≥500人次  实际值:520人次\n"
    assert _cell_texts(line) == cells_of_texts(line)


def cells_of_texts(text: str) -> list[str]:
    return [cell.text for cell in cells_of(text_source(text).lines)]


# --- a counted unit per time ---------------------------------------------------------------


def test_a_counted_unit_then_ci_counts_the_times_and_words_made_with_ci_are_no_unit() -> None:
    assert canonical_unit("万册次") == "万册次"
    assert canonical_unit("份次") == "份次"
    assert parse_target("≥1.5万册次").unit == "万册次"
    for word in ("本次", "首次", "名次", "次次"):
        assert canonical_unit(word) is None


# --- the target in force ---------------------------------------------------------------------

_ADJUSTED = """某市生态环境局2021年度部门整体支出绩效自评表
| 一级指标 | 二级指标 | 三级指标 | 年初指标值 | 调整后指标值 | 全年完成值 | 指标权重 | 指标得分 |
| 产出指标 | 数量指标 | 空气质量监测站点数 | ≥40个 | ≥36个 | 37个 | 10 | 10 |
| | 质量指标 | 监测数据有效率 | ≥90% | ≥90% | 93% | 10 | 10 |
| 效益指标 | 生态效益指标 | 优良天数比例 | ≥85% | | 86.3% | 10 | 10 |
"""


def test_the_target_in_force_is_the_adjusted_one_where_a_form_states_both(
    tmp_path: Path,
) -> None:
    document = _read(tmp_path, _ADJUSTED)
    by_name = {indicator.name: indicator for _, indicator in document.all_indicators()}
    stations = by_name["空气质量监测站点数"]
    assert stations.target is not None and stations.target.canonical == "≥40个"
    assert stations.target_in_force is not None
    assert stations.target_in_force.canonical == "≥36个"
    # no adjusted target stated: the declared one is in force
    days = by_name["优良天数比例"]
    assert days.adjusted_target is None
    assert days.target_in_force is not None and days.target_in_force.canonical == "≥85%"


_CAUSE_BOXES: Final = "□经费保障 □制度保障 □其他"
_BOXED_ROWS: Final = (
    (
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "1-9月完成值",
        "全年预计完成值",
        "偏差原因",
        "完成目标可能性",
        "是否能完成",
    ),
    (
        "产出指标",
        "数量指标",
        "新建高标准农田面积",
        "≥1.2万亩",
        "0.7万亩",
        "1.2万亩",
        "☑经费保障 □制度保障 □其他",
        "□确定能 ☑有可能 □不可能",
        "☑是 □否",
    ),
    (
        "",
        "质量指标",
        "工程验收合格率",
        "≥95%",
        "96%",
        "96%",
        _CAUSE_BOXES,
        "☑确定能 □有可能 □不可能",
        "☑是 □否",
    ),
    (
        "满意度指标",
        "服务对象满意度指标",
        "项目区农户满意度",
        "较上年提高",
        "年底调查",
        "较上年提高",
        _CAUSE_BOXES,
        "☑确定能 □有可能 □不可能",
        "☑是 □否",
    ),
)
_BOXED_COLUMNS: Final = (
    "某区农业农村局2024年项目支出绩效运行监控表(1-9月)\n项目名称:高标准农田建设补助\n"
    + "".join("| " + " | ".join(row) + " |\n" for row in _BOXED_ROWS)
)


def test_a_table_cell_of_boxed_options_holds_its_ticked_ones(tmp_path: Path) -> None:
    document = _read(tmp_path, _BOXED_COLUMNS)
    assert _targets(document) == {
        "新建高标准农田面积": "≥1.2万亩",
        "工程验收合格率": "≥95%",
        "项目区农户满意度": "较上年提高",  # 是 and 否 in boxes: no target of the row
    }
    results = [indicator.result for _, indicator in document.all_indicators()]
    assert [
        result.likelihood.value if result and result.likelihood else None for result in results
    ] == [
        "possible",
        "certain",
        "certain",
    ]
    # only the ticked cause is the row's: a cell of unticked boxes names none
    assert [
        [cause.value for cause in result.deviation_causes] if result else None for result in results
    ] == [
        ["funding"],
        [],
        [],
    ]
