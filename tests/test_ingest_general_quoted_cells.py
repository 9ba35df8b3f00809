"""A spreadsheet's rows copied as tab-separated text, a cell of several lines between
double quotes: the row's cells after it are read with it, the quotes dropped."""

from __future__ import annotations

from general_support import table_rows, text_source
from jixiao.ingest.general.quoted_cells import join_quoted_cells
from jixiao.ingest.general.vocabulary import Role

_HEAD = "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
_FIRST = "产出指标\t数量指标\t改造农村户厕数量\t≥2400户\t2510户\t20\t20\n"
_LAST = "满意度指标\t服务对象满意度指标\t改厕农户满意度\t≥90%\t93%\t10\t10\n"


def _rows(middle: str) -> dict[str, dict[Role, str]]:
    return {row[Role.NAME]: row for row in table_rows(_HEAD + _FIRST + middle + _LAST)}


def test_a_quoted_target_of_two_lines_keeps_its_rows_later_cells() -> None:
    rows = _rows('\t时效指标\t奖补资金兑付时限\t"验收合格后\n20个工作日内"\t18个工作日\t10\t9\n')
    row = rows["奖补资金兑付时限"]
    assert row[Role.TARGET] == "验收合格后20个工作日内"
    assert (row[Role.ACTUAL], row[Role.WEIGHT], row[Role.SCORE]) == ("18个工作日", "10", "9")


def test_a_quoted_name_of_three_lines_is_one_name_without_its_quotes() -> None:
    rows = _rows('\t质量指标\t"改厕后粪污\n无害化处理\n达标率"\t≥95%\t96.1%\t10\t10\n')
    assert rows["改厕后粪污无害化处理达标率"][Role.TARGET] == "≥95%"


def test_a_quote_no_line_closes_is_left_as_it_is() -> None:
    text = _HEAD + '产出指标\t数量指标\t"改造农村户厕数量\t≥2400户\n说明:数据来源于统计\n'
    assert join_quoted_cells(text_source(text).lines) is None


def test_inner_doubled_quotes_are_one_quote() -> None:
    text = '质量指标\t"达到""三格式""\n标准户数"\t≥2000户\n'
    joined = join_quoted_cells(text_source(text).lines)
    assert joined is not None
    assert joined[0].cells == ("质量指标", '达到"三格式"标准户数', "≥2000户")
    assert joined[1].text == ""
