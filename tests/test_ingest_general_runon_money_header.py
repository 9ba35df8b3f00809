"""A self-evaluation served as one run-on line: the money header run into the words before
it (``…预算执行情况(万元)(10分)预算数(A)执行数(B)执行率(B/A)得分(10分*执行率)``), its last
bracket cut open into the total's label, the amounts written with 万元. The total's figures
take the columns the header's words name, in order."""

from __future__ import annotations

from decimal import Decimal

from general_support import text_source
from jixiao.ingest.general.fields import read_funding
from jixiao.ingest.general.normalise import normalise_source
from jixiao.ingest.general.stream import cells_of
from jixiao.ingest.general.vocabulary import Role

_HEAD = (
    "1/1 义务教育薄弱环节改善资金绩效自评表项目名称临江县2021年义务教育薄弱环节改善资金"
    "主管部门临江县教育局项目实施单位临江县教育局项目属性、持续性项目☑、新增性项目□"
    "预算执行情况(万元)(10分)预算数(A)执行数(B)执行率(B/A)得分(10分*执行率)"
)
_ROWS = (
    "一级指标二级指标三级指标年初目标值(A)实际完成值(B)得分产出指标(50分)数量指标"
    "改造校舍面积≥3000平方米3120平方米20"
)


def _total(text: str) -> dict[Role, Decimal]:
    source, _ = normalise_source(text_source(text))
    rows = read_funding(cells_of(source.lines))
    return rows[0].figures if rows else {}


def test_amounts_with_their_unit_take_the_columns_the_header_words_name() -> None:
    figures = _total(_HEAD + "年度财政资金总额300万元294万元98%9.8" + _ROWS)
    assert figures[Role.BUDGET] == Decimal("300")
    assert figures[Role.ACTUAL] == Decimal("294")
    assert figures[Role.TARGET] == Decimal("98")
    assert figures[Role.SCORE] == Decimal("9.8")
    assert figures[Role.WEIGHT] == Decimal("10")


def test_a_label_after_a_bracket_that_names_no_money_row_is_no_total() -> None:
    # near miss: words after a lone closing bracket that name no row of money stay as they are
    figures = _total(_HEAD + "年度工作任务300万元294万元98%9.8" + _ROWS)
    assert Role.ACTUAL not in figures
