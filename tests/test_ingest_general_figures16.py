"""Figures in the layouts met by the sixteenth session: a 项目资金 header whose column words
are wrapped over two lines of their own (年初 / 预算数), the other columns' words between
or beside them."""

from __future__ import annotations

from decimal import Decimal

from general_support import text_source
from jixiao.ingest.general.fields import FundingFigures, read_funding
from jixiao.ingest.general.normalise import normalise_source
from jixiao.ingest.general.stream import cells_of
from jixiao.ingest.general.vocabulary import Role


def _funding(text: str) -> list[FundingFigures]:
    return read_funding(cells_of(normalise_source(text_source(text))[0].lines))


def test_a_money_header_wrapped_column_by_column_over_tabbed_lines_is_read() -> None:
    text = (
        "项目名称\t乡村道路维护\t\t\n"
        "主管部门\t某县交通运输局\t\t实施单位\t某县公路养护站\t\n"
        "项目资金\t年初\t全年\t全年\t分值\t执行率\t得分\n"
        "(万元)\t预算数\t预算数\t执行数\t\t\t\n"
        "\t年度资金总额\t240\t260\t247\t10\t95%\t9.5\n"
        "\t其中:当年财政拨款\t240\t260\t247\t\t\t\n"
    )
    total = _funding(text)[0]
    assert total.figures == {
        Role.PRIOR: Decimal("240"),
        Role.BUDGET: Decimal("260"),
        Role.ACTUAL: Decimal("247"),
        Role.WEIGHT: Decimal("10"),
        Role.TARGET: Decimal("95"),
        Role.SCORE: Decimal("9.5"),
    }


def test_a_money_header_wrapped_with_other_columns_between_its_halves_is_read() -> None:
    # a PDF's layer printed with its layout: the 分值 line between the wrapped words' halves
    text = (
        "   项目名称        城区路灯改造\n"
        "                       年初        全年        全年\n"
        "                                                       分值    执行率    得分\n"
        "                      预算数      预算数      执行数\n"
        "   年度资金总额         88.00       92.50       90.10      20     97.41%    19.48\n"
        "   其中:财政拨款        88.00       92.50       90.10       -        -        -\n"
    )
    total = _funding(text)[0]
    assert (total.figures[Role.PRIOR], total.figures[Role.BUDGET]) == (
        Decimal("88.00"),
        Decimal("92.50"),
    )
    assert (total.figures[Role.ACTUAL], total.figures[Role.WEIGHT]) == (
        Decimal("90.10"),
        Decimal("20"),
    )
    assert total.figures[Role.SCORE] == Decimal("19.48")


def test_a_header_whose_halves_name_one_column_only_is_not_joined_by_place() -> None:
    # 年初 over 预算数 alone names a column; 资金 over 来源 names none: no pair of wrapped
    # lines, the one-line header beside them read as it is printed
    text = (
        "资金\t年初\t\n"
        "来源\t预算数\t\n"
        "项目资金\t全年预算数\t全年执行数\t执行率\n"
        "年度资金总额\t130\t117\t90%\n"
    )
    total = _funding(text)[0]
    assert total.figures[Role.BUDGET] == Decimal("130")
    assert total.figures[Role.ACTUAL] == Decimal("117")
    assert Role.PRIOR not in total.figures
