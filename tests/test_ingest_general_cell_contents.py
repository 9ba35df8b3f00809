"""What a cell holds besides its value, read as the value: check boxes whose ticked option is
the cell's (``☑定量 □定性``, a symbol font's ``R定量 £定性``), a spreadsheet's text formula
(``="≥1,200亩"``), HTML character references (``&ge;90%``); and the rows of a table with no
header under a lead ending in a colon, read as rows, not as the lead's clause."""

from __future__ import annotations

from pathlib import Path
from typing import Final

from jixiao.domain.model import PerformanceDocument
from jixiao.ingest.general.box_cells import ticked_options
from jixiao.ingest.general.entities import decode_entities
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
