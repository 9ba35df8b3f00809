"""A name's last glyph wrapped into the next cell by OCR or a PDF's text layer
(``退役军人优待证办理及时`` | ``率``): joined back to the name, the cells after it in place."""

from __future__ import annotations

from general_support import table_rows
from jixiao.ingest.general.name_tails import join_name_tails
from jixiao.ingest.general.stream import Cell
from jixiao.ingest.general.vocabulary import Role

_TABS = (
    "一级指标\t二级指标\t三级指标\t指标解释\t指标值\n"
    "产出指标\t数量指标\t优待证发放张数\t全年发放退役军人优待证张数\t≥1200张\n"
    "\t时效指标\t优待证办理及时\t率\t按时办结件数/申请件数\t≥98%\n"
    "\t质量指标\t信息采集准确率\t采集无误条数/采集总条数\t100%\n"
)


def _rows(text: str) -> dict[str, dict[Role, str]]:
    return {row[Role.NAME]: row for row in table_rows(text) if Role.NAME in row}


def test_a_name_whose_last_glyph_wrapped_into_the_next_cell_is_read_whole() -> None:
    rows = _rows(_TABS)
    assert rows["优待证办理及时率"][Role.TARGET] == "≥98%"
    assert rows["信息采集准确率"][Role.TARGET] == "100%"


def test_a_unit_cell_beside_a_name_is_no_part_of_it() -> None:
    cells = [Cell("开展入户走访", 3, column=2), Cell("次", 3, column=3), Cell("12", 3, column=4)]
    assert join_name_tails(cells) == cells


def test_a_glyph_after_a_whole_name_or_on_another_line_stays_apart() -> None:
    whole = [Cell("优待证办理及时率", 3), Cell("率", 3)]
    assert join_name_tails(whole) == whole
    apart = [Cell("优待证办理及时", 3), Cell("率", 4)]
    assert join_name_tails(apart) == apart


def test_a_names_last_two_glyphs_wrapped_by_a_space_are_joined_back() -> None:
    # a PDF's text layer prints the wrap inside a score table's name as a space
    text = """\
某县气象局部门整体支出绩效评价得分表
三级指标 分值 目标值 实际值 得分
雷电防护装置检测覆 盖率 10 ≥95% 97% 10
汛期气象服务信息报送及 时率 10 100% 100% 10
"""
    rows = _rows(text)
    assert rows["雷电防护装置检测覆盖率"][Role.TARGET] == "≥95%"
    assert rows["汛期气象服务信息报送及时率"][Role.TARGET] == "100%"


def test_two_glyphs_after_a_whole_name_or_not_ending_a_measure_stay_apart() -> None:
    whole = [Cell("雷电防护装置检测覆盖率", 3), Cell("比例", 3)]
    assert join_name_tails(whole) == whole
    standard = [Cell("汛期气象服务信息报送及", 3), Cell("良好", 3)]
    assert join_name_tails(standard) == standard


def test_two_glyphs_in_a_column_of_their_own_stay_apart() -> None:
    # cells kept in their columns: a two-glyph cell there is a column's (定性, 人数)
    placed = [Cell("汛期气象服务信息报送及", 3, column=2), Cell("时率", 3, column=3)]
    assert join_name_tails(placed) == placed
    nature = [Cell("群众生活水平", 3), Cell("定性", 3)]
    assert join_name_tails(nature) == nature
