"""Figures the genre states in further ways (session 13): a budget's parts listed one a line
after its total (``收入预算总计…万元。包括:`` then ``1.一般公共预算收入预算…``), and a 部门预算
whose body cuts a part's title over two lines (``第 三 部 分`` over its name) after a
contents listing it on one; the execution row's figures: a card's 分值 and 得分 on one
line, a score before its weight in brackets, a 部门预算收入, a 年初预算数 without its unit,
a 全年资金总额 row."""

from __future__ import annotations

from decimal import Decimal

from general_support import text_source
from jixiao.domain.model import DepartmentBudget, FundingSource
from jixiao.ingest.general.fields import FundingFigures, read_funding, read_prose_funding
from jixiao.ingest.general.normalise import normalise_source
from jixiao.ingest.general.parts import DEPARTMENT_TEXT, PartKind, find_parts
from jixiao.ingest.general.prose_budget import read_prose_budget
from jixiao.ingest.general.stream import cells_of
from jixiao.ingest.general.vocabulary import Role
from jixiao.ingest.source import SourceLine


def _budget(text: str) -> DepartmentBudget | None:
    return read_prose_budget(normalise_source(text_source(text))[0].lines)


def test_a_totals_parts_listed_one_a_line_after_it() -> None:
    budget = _budget(
        "(一)收入预算总计2,480.60万元。包括:\n"
        "1.一般公共预算收入预算2,310.60万元,比上年减少12.00万元。\n"
        "2.政府性基金收入预算120.00万元。\n"
        "3.其他收入预算50.00万元。\n"
    )
    assert budget is not None
    assert budget.income.total == Decimal("2480.60")
    assert budget.income.general_public_budget == Decimal("2310.60")
    assert budget.income.government_fund_budget == Decimal("120.00")


def test_a_list_after_a_total_that_announces_none_is_not_its_parts() -> None:
    budget = _budget("收入预算总计2,480.60万元。\n1.一般公共预算收入预算2,310.60万元。\n")
    assert budget is not None
    assert budget.income.general_public_budget is None


def test_a_list_ends_at_the_first_line_that_is_no_item() -> None:
    budget = _budget(
        "收入预算总计800.00万元,包括:\n1.一般公共预算收入预算800.00万元。\n"
        "二、政府性基金收入预算30.00万元。\n"
    )
    assert budget is not None
    assert budget.income.government_fund_budget is None


_CONTENTS = (
    "2026年某市科学技术协会部门预算\n目 录\n第 一 部 分 某市科学技术协会概况\n"
    "第 二 部 分 某市科学技术协会2026年部门预算情况说明\n第 三 部 分 2026年部门预算绩效目标\n"
    "— 1 —\n"
)


def test_a_parts_title_cut_over_two_lines_in_the_body_ends_the_contents() -> None:
    text = _CONTENTS + (
        "第 二 部 分\n某市科学技术协会2026年部门预算情况说明\n一、收支预算总体情况说明\n"
        "收入预算总计420.00万元。\n"
    )
    parts = find_parts(DEPARTMENT_TEXT, normalise_source(text_source(text))[0].lines)
    prose = [line.text for part in parts if part.kind is PartKind.PROSE for line in part.lines]
    assert "收入预算总计420.00万元。" in prose


def test_a_number_alone_that_begins_no_entry_stays_in_the_contents() -> None:
    # a page number under the entries is no part's title
    text = _CONTENTS + "第 一 部 分 某市科学技术协会概况\n"
    parts = find_parts(DEPARTMENT_TEXT, normalise_source(text_source(text))[0].lines)
    contents = [part for part in parts if part.kind is PartKind.CONTENTS]
    assert [line.text for line in contents[0].lines][-1] == "— 1 —"


# the execution row's figures in further ways


def _prose_funding(text: str) -> FundingFigures | None:
    lines = [SourceLine(n, raw, (raw,)) for n, raw in enumerate(text.splitlines(), start=1)]
    return read_prose_funding(lines)


def test_a_cards_weight_and_score_on_one_line_after_the_rate() -> None:
    row = _prose_funding(
        "年初预算数:95.00\n全年预算数:102.40\n全年执行数:99.80\n执行率:97.46%\n分值:10 得分:9.75\n"
    )
    assert row is not None
    assert row.figures[Role.PRIOR] == Decimal("95.00")
    assert row.figures[Role.BUDGET] == Decimal("102.40")
    assert row.figures[Role.WEIGHT] == Decimal("10")
    assert row.figures[Role.SCORE] == Decimal("9.75")


def test_an_indicators_points_after_the_rate_are_not_the_budgets() -> None:
    row = _prose_funding("全年执行数:99.80\n执行率:97.46%\n三级指标:培训人次 分值:10 得分:9\n")
    assert row is not None
    assert Role.WEIGHT not in row.figures


def test_a_score_stated_before_its_weight_in_brackets() -> None:
    row = _prose_funding(
        "全年支出812.40万元,预算执行率95.20%。其中预算执行率得分9.5分(分值10分),"
        "绩效指标得分86分(分值90分)。\n"
    )
    assert row is not None
    assert row.figures[Role.WEIGHT] == Decimal("10")
    assert row.figures[Role.SCORE] == Decimal("9.5")


def test_an_indicators_score_with_its_weight_in_brackets_is_not_the_budgets() -> None:
    row = _prose_funding("全年支出812.40万元。绩效指标得分86分(分值90分)。\n")
    assert row is not None
    assert Role.WEIGHT not in row.figures


def test_a_departments_budget_income_is_its_budget() -> None:
    row = _prose_funding("2025年部门预算收入1260.00万元,全年支出1198.30万元,预算执行率95.10%。\n")
    assert row is not None
    assert row.figures[Role.BUDGET] == Decimal("1260.00")


def test_a_year_total_row_named_for_the_whole_year() -> None:
    # 全年资金总额 in a transfer's funds table heads the total row, as 年度资金总额 does
    rows = read_funding(
        cells_of(
            [
                SourceLine(
                    1,
                    "资金情况 | 预算数(A) | 执行数(B) | 执行率(B/A) | 分值 | 得分",
                    ("资金情况", "预算数(A)", "执行数(B)", "执行率(B/A)", "分值", "得分"),
                ),
                SourceLine(
                    2,
                    "全年资金总额 | 1,540.00 | 1,480.20 | 96.12% | 10 | 9.61",
                    ("全年资金总额", "1,540.00", "1,480.20", "96.12%", "10", "9.61"),
                ),
            ]
        )
    )
    total = next(row for row in rows if row.source is FundingSource.TOTAL)
    assert total.figures[Role.BUDGET] == Decimal("1540.00")
    assert total.figures[Role.SCORE] == Decimal("9.61")


# the term's and the year's money, labels stacked over their figures


def _funding(lines: list[str]) -> list[FundingFigures]:
    source = [SourceLine(n, text, (text,)) for n, text in enumerate(lines, start=1)]
    return read_funding(cells_of(source))


def test_the_years_figures_under_stacked_term_and_year_labels() -> None:
    rows = _funding(
        [
            "资金情况(万元)",
            "实施期资金总额:",
            "年度资金总额:",
            "9000.00",
            "3100.00",
            "其中:中央补助",
            "7500.00",
            "2600.00",
            "其他资金",
            "1500.00",
            "500.00",
        ]
    )
    assert rows[0].figures[Role.BUDGET] == Decimal("3100.00")
    fiscal = next(row for row in rows if row.source is FundingSource.FISCAL)
    assert fiscal.figures[Role.BUDGET] == Decimal("2600.00")


def test_a_years_total_with_no_term_above_keeps_its_first_figure() -> None:
    rows = _funding(["资金情况(万元)", "年度资金总额:", "3100.00", "其中:中央补助", "2600.00"])
    assert rows[0].figures[Role.BUDGET] == Decimal("3100.00")
