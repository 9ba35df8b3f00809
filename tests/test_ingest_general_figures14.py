"""Budget figures in the layouts of the genre met by the fourteenth session: the budget's 分值
and 得分 a sentence or a note states in words (the score first with its weight in brackets,
the weight with an aside before the score, a labelled line without 分), and a project's table
scoring its 预算执行率 as a row."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from general_support import read_form, text_source
from jixiao.domain.model import DocumentKind
from jixiao.ingest.general.fields import (
    read_funding,
    read_line_fields,
    read_prose_fields,
    read_prose_funding,
    read_prose_sources,
    with_points_in_prose,
)
from jixiao.ingest.general.normalise import normalise_source
from jixiao.ingest.general.prose_budget import read_prose_budget
from jixiao.ingest.general.stream import cells_of
from jixiao.ingest.general.vocabulary import Field, Role


def _prose_points(text: str) -> tuple[Decimal | None, Decimal | None]:
    funding = read_prose_funding(normalise_source(text_source(text))[0].lines)
    assert funding is not None
    return funding.figures.get(Role.WEIGHT), funding.figures.get(Role.SCORE)


def test_a_score_reckoned_from_the_rate_with_its_weight_in_brackets() -> None:
    text = (
        "全年预算数326.40万元，实际支出318.75万元，预算执行率97.66%，"
        "按执行率折算得分9.77分（分值10分）。\n"
    )
    assert _prose_points(text) == (Decimal("10"), Decimal("9.77"))


def test_the_rate_alone_names_the_score_before_its_weight() -> None:
    text = (
        "年初预算54.00万元，全年支出52.90万元，预算执行率97.96%，执行率得分19.59分（分值20分）。\n"
    )
    assert _prose_points(text) == (Decimal("20"), Decimal("19.59"))


def test_a_weight_with_an_aside_before_its_score() -> None:
    text = (
        "全年预算数420.00万元，全年执行数410.55万元，预算执行率97.75%。\n"
        "预算执行率分值20分单列，得分19.55分。\n"
    )
    assert _prose_points(text) == (Decimal("20"), Decimal("19.55"))


def test_a_labelled_line_states_weight_and_score_without_their_unit() -> None:
    text = (
        "资金情况：年初预算数 75.00 全年预算数 80.00 全年执行数 78.40 "
        "执行率 98.00% 分值 10 得分 9.80\n"
    )
    assert _prose_points(text) == (Decimal("10"), Decimal("9.80"))


def test_the_texts_total_score_after_a_weight_is_no_score_of_it() -> None:
    # near miss: the aside is the report's 总得分, more than the weight
    text = (
        "全年预算数420.00万元，全年执行数410.55万元，预算执行率97.75%，分值10分，项目总得分91分。\n"
    )
    assert _prose_points(text) == (None, None)


def test_a_score_over_its_weight_is_no_budget_score() -> None:
    # near miss: the figures read in the same order, the score larger than the weight
    text = (
        "全年预算数420.00万元，全年执行数410.55万元，预算执行率97.75%。\n"
        "资金执行率分值10分另计，得分95分。\n"
    )
    assert _prose_points(text) == (None, None)


_TABLE_AND_NOTE = """\
2019年度专项资金绩效自评表
项目名称 | 乡村道路养护补助资金
项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 执行率
年度资金总额 | 500.00 | 512.00 | 498.30 | 97.32%
一级指标 | 二级指标 | 三级指标 | 指标值 | 实际完成值 | 分值 | 得分
产出指标 | 数量指标 | 养护道路里程 | ≥180公里 | 186公里 | 30 | 30
满意度指标 | 服务对象满意度指标 | 沿线群众满意度 | ≥85% | 90% | 60 | 58
注：资金执行率分值10分另行计算，得分9.73分。
"""


def test_a_note_under_the_table_gives_the_totals_weight_and_score(tmp_path: Path) -> None:
    total = read_form(tmp_path, _TABLE_AND_NOTE).projects[0].funding_execution[0]
    assert (total.weight, total.score) == (Decimal("10"), Decimal("9.73"))


def test_a_note_about_another_figure_gives_no_weight() -> None:
    # near miss: the note scores an indicator, not the budget's execution
    text = "养护道路里程分值30分，得分30分。\n"
    source, _ = normalise_source(text_source(text))
    assert with_points_in_prose([], source.lines) == []
    assert _prose_points("全年预算数512.00万元，全年执行数498.30万元。\n" + text) == (None, None)


_SCORED_RATE_ROW = """\
2023年度项目支出绩效自评表
项目名称：城区路灯维护经费
全年预算数468.00万元，全年实际支出455.20万元，预算执行率97.26%。
一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分
预算执行率 | | | 100% | 97.26% | 10 | 9.73
产出指标 | 数量指标 | 维护路灯数量 | ≥3200盏 | 3260盏 | 40 | 40
满意度指标 | 服务对象满意度指标 | 市民满意度 | ≥90% | 92% | 50 | 50
"""


def test_a_projects_scored_rate_row_is_its_budgets_weight_and_score(tmp_path: Path) -> None:
    project = read_form(tmp_path, _SCORED_RATE_ROW).projects[0]
    total = project.funding_execution[0]
    assert (total.weight, total.score) == (Decimal("10"), Decimal("9.73"))
    assert [indicator.name for indicator in project.indicators] == ["维护路灯数量", "市民满意度"]


def test_a_projects_rate_indicator_with_a_target_of_its_own_stays(tmp_path: Path) -> None:
    # near miss: 预算执行率 as an indicator whose target (≥95%) is no figure of the funding
    text = _SCORED_RATE_ROW.replace("| 100% | 97.26% | 10 | 9.73", "| ≥95% | 97.26% | 10 | 10")
    project = read_form(tmp_path, text).projects[0]
    assert "预算执行率" in [indicator.name for indicator in project.indicators]
    assert project.funding_execution[0].weight is None


_EVALUATION = """\
城区路灯维护经费项目绩效评价报告
一、项目概况
2023年全年预算数468.00万元，全年实际支出455.20万元，预算执行率97.26%。
二、评价结论
一级指标 | 二级指标 | 三级指标 | 分值 | 目标值 | 实际完成值 | 得分
过程 | 资金管理 | 预算执行率 | 10 | 100% | 97.26% | 9.73
产出 | 数量指标 | 维护路灯数量 | 40 | ≥3200盏 | 3260盏 | 40
"""


def test_an_evaluations_rate_row_stays_an_indicator_of_its_process(tmp_path: Path) -> None:
    # near miss: the same figures in a third party's evaluation, where 预算执行率 is scored as
    # an indicator of 过程/资金管理, not as the funding's execution
    document = read_form(tmp_path, _EVALUATION)
    assert "预算执行率" in [indicator.name for _, indicator in document.all_indicators()]


def _funding(text: str) -> list[tuple[str, list[Decimal | None]]]:
    source, _ = normalise_source(text_source(text))
    rows = read_funding(cells_of(source.lines))
    roles = (Role.PRIOR, Role.BUDGET, Role.ACTUAL, Role.TARGET, Role.WEIGHT, Role.SCORE)
    return [(row.source.value, [row.figures.get(role) for role in roles]) for row in rows]


def test_a_totals_label_naming_the_budgets_money_is_the_total_row() -> None:
    text = (
        "                年初预算数     全年预算数     全年执行数    分值   执行率    得分\n"
        "  年度预算资金总额   612.40     655.10     640.22     10    97.73%    9.77\n"
    )
    money = [Decimal("612.40"), Decimal("655.10"), Decimal("640.22")]
    assert _funding(text) == [("total", [*money, Decimal("97.73"), Decimal("10"), Decimal("9.77")])]


def test_figures_under_the_money_columns_with_no_label_are_the_total() -> None:
    text = (
        "全年预算数(万元) 1-6月执行数(万元) 执行率 全年预计执行数(万元)\n"
        "  2,360.00         1,012.44         42.90%     2,360.00\n"
    )
    rows = _funding(text)
    assert rows[0][0] == "total"
    assert rows[0][1][1:4] == [Decimal("2360.00"), Decimal("1012.44"), Decimal("42.90")]


def test_figures_under_indicator_columns_are_no_money() -> None:
    # near miss: a row of figures under words naming no money column
    text = "服务人次 培训场次 覆盖率\n  2,360  14  42.90%\n"
    assert _funding(text) == []


def test_a_rows_label_in_the_headers_first_column_shifts_its_figures() -> None:
    text = (
        "预算执行情况（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
        "\t年度资金总额\t860.00\t905.50\t890.10\t10\t98.30%\t9.83\n"
        "\t其中：财政拨款\t860.00\t885.50\t870.10\t—\t98.26%\t—\n"
    )
    fiscal = _funding(text)[1]
    assert fiscal[0] == "fiscal"
    money = [Decimal("860.00"), Decimal("885.50"), Decimal("870.10")]
    assert fiscal[1] == [*money, Decimal("98.26"), None, None]


def test_a_procurement_budget_in_prose_is_no_projects_budget() -> None:
    # near miss of a budget's total: 政府采购预算总额 is what it buys through procurement
    lines = normalise_source(text_source("2021年政府采购预算总额58.00万元。\n"))[0].lines
    assert read_prose_funding(lines) is None


def _line_amounts(text: str) -> list[str]:
    source, _ = normalise_source(text_source(text))
    return [item.value for item in read_line_fields(source.lines) if item.field is Field.AMOUNT]


def test_a_years_amount_after_the_blocks_label_with_gaps_between_clauses() -> None:
    text = "资金情况（万元）：年度金额1,320.00　其中：中央补助1,100.00　地方资金220.00\n"
    assert "1,320.00" in _line_amounts(text)


def test_a_years_amount_after_a_rows_marker_and_the_blocks_label() -> None:
    text = "行3：资金情况（万元）：年度金额：94.50；其中：省级资金：94.50；县级资金：0\n"
    assert _line_amounts(text) == ["94.50"]


def test_an_amounts_thousands_comma_ends_no_clause() -> None:
    text = "项目资金（万元）：年度资金总额 1,320.00 万元，其中财政资金 1,320.00 万元\n"
    assert _line_amounts(text) == ["1,320.00万元"]


def test_a_years_amount_compared_in_a_remark_is_no_amount() -> None:
    # near miss: 年度金额 inside a sentence's words, no label of the line
    assert _line_amounts("备注：本年度金额较上年增加120.00万元\n") == []


def test_a_budget_stated_after_its_year() -> None:
    lines = normalise_source(text_source("项目2021年度预算1,085.00万元，实际支出1,020.30万元。\n"))
    funding = read_prose_funding(lines[0].lines)
    assert funding is not None
    assert funding.figures[Role.BUDGET] == Decimal("1085.00")


def test_a_years_budget_execution_is_no_budget_amount() -> None:
    # near miss: the year and 预算 before words, the amount spent
    lines = normalise_source(text_source("2021年预算执行进度良好，实际支出1,020.30万元。\n"))
    funding = read_prose_funding(lines[0].lines)
    assert funding is None or Role.BUDGET not in funding.figures


def test_figures_under_the_money_columns_led_by_the_blocks_label() -> None:
    text = "预算执行情况（万元） 全年预算数 1-9月执行数 执行率\n1,205.00 688.10 57.10%\n"
    rows = _funding(text)
    assert rows[0][0] == "total"
    assert rows[0][1][1:4] == [Decimal("1205.00"), Decimal("688.10"), Decimal("57.10")]


def _prose_fields(text: str) -> list[tuple[Field, str]]:
    source, _ = normalise_source(text_source(text))
    return [(item.field, item.value) for item in read_prose_fields(source.lines)]


def test_a_total_investment_with_its_thousands_parted_by_commas() -> None:
    found = _prose_fields("本项目总投资2,380万元，其中争取财政资金1,200万元，群众自筹1,180万元。\n")
    assert (Field.AMOUNT, "2,380万元") in found
    assert (Field.FISCAL_FUNDS, "1,200万元") in found


def test_an_investment_without_its_unit_is_no_amount() -> None:
    # near miss: a count of investors, no money
    assert _prose_fields("本项目总投资方2,380家。\n") == []


def _sources(text: str) -> list[tuple[str, dict[Role, Decimal]]]:
    source, _ = normalise_source(text_source(text))
    return [(row.source.value, row.figures) for row in read_prose_sources(source.lines)]


def test_a_parts_labelled_line_under_the_totals_gives_its_row() -> None:
    text = (
        "资金情况（万元）：年初预算数 905.00　全年预算数 960.50　全年执行数 948.20\n"
        "其中：财政拨款：全年预算数 930.50　全年执行数 918.20\n"
    )
    assert _sources(text) == [
        ("fiscal", {Role.BUDGET: Decimal("930.50"), Role.ACTUAL: Decimal("918.20")})
    ]


def test_a_labelled_line_naming_no_source_of_money_gives_no_row() -> None:
    # near miss: 其中 and a label, but the label is no part of the money
    text = "其中：人员经费：全年预算数 300.00　全年执行数 298.00\n"
    assert _sources(text) == []


_BUDGET_TEXT = """\
宁国市应急管理局2023年部门预算
一、部门预算安排情况
2023年部门收入预算总计1,046.30万元，其中：一般公共预算拨款收入996.30万元，事业收入50.00万元。
二、绩效目标设置情况
2023年部门整体支出绩效目标如下：
一级指标 | 二级指标 | 三级指标 | 指标值
产出指标 | 数量指标 | 安全生产执法检查企业数 | ≥260家
满意度指标 | 服务对象满意度指标 | 企业满意度 | ≥90%
"""


def test_a_budget_texts_heading_of_its_department_targets_names_the_genre(tmp_path: Path) -> None:
    document = read_form(tmp_path, _BUDGET_TEXT)
    assert document.kind is DocumentKind.DEPARTMENT_PERFORMANCE
    assert document.budget.income.total == Decimal("1046.30")


def test_a_projects_targets_heading_names_no_department_text(tmp_path: Path) -> None:
    # near miss: the heading over one project's targets
    text = _BUDGET_TEXT.replace("部门整体支出绩效目标如下", "城区消防站运维项目绩效目标如下")
    assert read_form(tmp_path, text).kind is not DocumentKind.DEPARTMENT_PERFORMANCE


def _prose_budget(text: str) -> tuple[Decimal | None, Decimal | None]:
    budget = read_prose_budget(normalise_source(text_source(text))[0].lines)
    assert budget is not None
    return budget.income.total, budget.income.general_public_budget


def test_a_sides_heading_then_its_years_budget_named_again() -> None:
    text = (
        "（一）收入预算：2024年年初预算数412.80万元，其中一般公共预算拨款398.80万元，"
        "上年结转14.00万元。\n"
        "（二）支出预算：2024年年初预算数412.80万元，其中基本支出301.20万元。\n"
    )
    assert _prose_budget(text) == (Decimal("412.80"), Decimal("398.80"))


def test_a_sides_heading_over_a_years_comparison_is_no_total() -> None:
    # near miss: the heading, a year, then words before any amount
    text = "（一）收入预算：2024年收入较上年增加31.85万元。\n"
    assert read_prose_budget(normalise_source(text_source(text))[0].lines) is None
