"""Figures of self-evaluation and monitoring tables in the layouts met by the eighteenth
session: a 年度资金总额 label printed before its columns, one cell a line, that names the row
and no column of its own."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from general_support import read_form, text_source
from jixiao.ingest.general.fields import (
    FundingFigures,
    _glued_figures,
    read_funding,
    read_prose_funding,
)
from jixiao.ingest.general.normalise import normalise_source
from jixiao.ingest.general.reader import _AMOUNT_RE
from jixiao.ingest.general.stream import cells_of
from jixiao.ingest.general.vocabulary import Role


def _funding(text: str) -> list[FundingFigures]:
    return read_funding(cells_of(normalise_source(text_source(text))[0].lines))


def test_a_total_label_before_columns_naming_the_budget_is_the_rows_label() -> None:
    # one cell a line: the label, six columns' words, then the six figures
    text = (
        "某县水利局2021年度部门整体支出绩效自评表\n"
        "单位:万元\n"
        "年度资金总额\n年初预算数\n全年预算数\n全年执行数\n分值\n执行率\n得分\n"
        "2140.6\n2315.2\n2288.9\n20\n98.86%\n19.77\n"
        "年度总体目标\n"
    )
    assert _funding(text)[0].figures == {
        Role.PRIOR: Decimal("2140.6"),
        Role.BUDGET: Decimal("2315.2"),
        Role.ACTUAL: Decimal("2288.9"),
        Role.WEIGHT: Decimal("20"),
        Role.TARGET: Decimal("98.86"),
        Role.SCORE: Decimal("19.77"),
    }


def test_a_total_label_heading_the_budget_column_keeps_its_figure() -> None:
    # near miss: 年度资金总额 is the budget's column (no other column names a budget)
    text = (
        "项目名称\t城区绿化养护\n项目资金\t年度资金总额\t1-6月执行数\t执行率\n\t86.00\t41.28\t48%\n"
    )
    figures = _funding(text)[0].figures
    assert figures[Role.BUDGET] == Decimal("86.00")
    assert figures[Role.ACTUAL] == Decimal("41.28")


def test_a_total_label_over_one_figure_more_than_its_columns_keeps_its_column() -> None:
    # near miss: one figure more than the named columns: the label's column holds the first
    text = "年度资金总额\n年初预算数\n全年执行数\n执行率\n500\n480\n470\n97.92%\n项目概况\n"
    figures = _funding(text)[0].figures
    assert figures[Role.ACTUAL] == Decimal("470")
    assert figures[Role.TARGET] == Decimal("97.92")


def test_money_columns_down_the_lines_over_as_many_figures_are_the_totals() -> None:
    # a department form one cell a paragraph: three columns' words, then their figures
    text = (
        "部门(单位)名称\n\n某区民政局\n\n"
        "年度预算数(万元)\n\n全年执行数(万元)\n\n执行率\n\n"
        "512.30\n\n498.70\n\n97.35%\n\n年度总体目标\n"
    )
    assert _funding(text)[0].figures == {
        Role.BUDGET: Decimal("512.30"),
        Role.ACTUAL: Decimal("498.70"),
        Role.TARGET: Decimal("97.35"),
    }


def test_money_columns_each_over_its_own_figure_down_the_lines_are_the_totals() -> None:
    text = (
        "二、部门收支情况\n\n全年预算数(万元)\n\n88.60\n\n全年支出数(万元)\n\n"
        "85.10\n\n预算执行率\n\n96.05%\n\n三、绩效目标完成情况\n"
    )
    assert _funding(text)[0].figures == {
        Role.BUDGET: Decimal("88.60"),
        Role.ACTUAL: Decimal("85.10"),
        Role.TARGET: Decimal("96.05"),
    }


def test_figures_down_the_lines_fewer_than_the_words_are_not_read() -> None:
    # near miss: a figure is missing, so none can be placed under its word
    text = "年度预算数(万元)\n全年执行数(万元)\n执行率\n512.30\n97.35%\n年度总体目标\n"
    assert _funding(text) == []


def test_fewer_than_three_words_each_over_its_figure_are_not_read() -> None:
    # near miss: two words over their figures only, the third word with none
    text = "人员编制\n\n12\n\n全年执行数\n\n11\n\n执行率\n\n联系人\n"
    assert _funding(text) == []


def test_figures_run_together_under_a_rate_headed_with_its_percent_sign_are_cut() -> None:
    # the rate column says 执行率(%): its figure is written bare (100), no sign to cut at
    joined = (
        "资金情况(万元)(20分)预算数(万元)执行数(万元)执行率(%)得分(20分*执行率)"
        "年度资金总额1480.51421.39619.2一级指标"
    )
    figures: dict[Role, Decimal] = {}
    assert _glued_figures(joined, figures, {}) is not None
    assert figures == {
        Role.BUDGET: Decimal("1480.5"),
        Role.ACTUAL: Decimal("1421.3"),
        Role.TARGET: Decimal("96"),
        Role.SCORE: Decimal("19.2"),
        Role.WEIGHT: Decimal("20"),
    }


def test_a_bare_rate_is_not_cut_where_the_header_gives_no_percent_sign() -> None:
    # near miss: 执行率 with no (%): a bare figure may be no rate, the run stays unread
    joined = "预算数(万元)执行数(万元)执行率得分(20分*执行率)年度资金总额1480.51421.39619.2一级指标"
    figures: dict[Role, Decimal] = {}
    _glued_figures(joined, figures, {})
    assert Role.ACTUAL not in figures


def _prose_points(text: str) -> tuple[Decimal | None, Decimal | None]:
    funding = read_prose_funding(normalise_source(text_source(text))[0].lines)
    assert funding is not None
    return funding.figures.get(Role.WEIGHT), funding.figures.get(Role.SCORE)


def test_points_labelled_for_the_rate_on_the_lines_after_it_are_the_budgets() -> None:
    # a data set's fields as label:value lines: 执行率分值, 执行率得分
    text = (
        "全年预算数:316.20\n全年执行数:301.44\n执行率:95.33%\n"
        "执行率分值:20\n执行率得分:19.07\n总分:92.5\n"
    )
    assert _prose_points(text) == (Decimal("20"), Decimal("19.07"))


def test_points_of_another_field_after_the_rate_are_not_the_budgets() -> None:
    # near miss: a 指标得分 after the rate is an indicator's score, not the budget's
    text = "全年预算数:316.20\n全年执行数:301.44\n执行率:95.33%\n指标得分:8\n"
    assert _prose_points(text) == (None, None)


def test_a_monitoring_header_with_remark_columns_after_the_money_is_read() -> None:
    # the figures stop at the 全年预计执行数; the 偏差原因 column after it is empty
    text = (
        "项目名称 | 城乡供水管网改造 | 实施单位 | 某县水务局 | |||\n"
        "年初预算数 | 全年预算数 | 1-9月执行数 | 预算执行率 | 全年预计执行数 | 偏差原因 | ||\n"
        "450.00 | 480.00 | 302.40 | 63.00% | 480.00 | ||\n"
        "年度绩效目标 | 完成管网改造 |\n"
    )
    figures = _funding(text)[0].figures
    assert figures[Role.PRIOR] == Decimal("450.00")
    assert figures[Role.BUDGET] == Decimal("480.00")
    assert figures[Role.ACTUAL] == Decimal("302.40")
    assert figures[Role.TARGET] == Decimal("63.00")


def test_a_money_word_and_a_reason_column_after_it_stay_two_cells() -> None:
    text = "全年预算数 | 全年预计执行数 | 偏差原因\n"
    cells = cells_of(normalise_source(text_source(text))[0].lines)
    assert [cell.text for cell in cells] == ["全年预算数", "全年预计执行数", "偏差原因"]


def test_a_header_line_with_fewer_figures_than_its_money_columns_is_not_read() -> None:
    # near miss: the remark columns are dropped only after the last money column
    text = (
        "年初预算数 | 全年预算数 | 1-9月执行数 | 预算执行率 | 偏差原因 | ||\n"
        "450.00 | 480.00 | 63.00% | ||\n"
    )
    assert _funding(text) == []


def test_labelled_figures_on_one_line_with_their_units_after_the_labels_are_read() -> None:
    text = "项目名称 某站点建设\n年度预算(万元) 862.00 1-9月执行数(万元) 517.20 执行率 60.00%\n"
    funding = read_prose_funding(normalise_source(text_source(text))[0].lines)
    assert funding is not None
    assert funding.figures[Role.BUDGET] == Decimal("862.00")
    assert funding.figures[Role.ACTUAL] == Decimal("517.20")
    assert funding.texts[Role.ACTUAL] == "517.20万元"


def test_a_label_unit_in_yuan_is_kept_with_its_amount() -> None:
    # the bracket says 元: the amount is no 万元 figure
    text = "年度预算(元) 8620000 1-9月执行数(元) 5172000 执行率 60.00%\n"
    funding = read_prose_funding(normalise_source(text_source(text))[0].lines)
    assert funding is not None
    assert funding.texts[Role.BUDGET] == "8620000元"
    assert funding.texts[Role.ACTUAL] == "5172000元"


def test_a_year_budget_word_without_a_unit_after_it_is_no_label() -> None:
    # near miss: 年度预算 followed at once by a figure is prose, not a labelled column
    text = "年度预算862.00执行情况良好\n"
    funding = read_prose_funding(normalise_source(text_source(text))[0].lines)
    assert funding is None or Role.BUDGET not in funding.figures


def _rows_by_source(text: str) -> dict[str, Decimal | None]:
    return {row.source.value: row.figures.get(Role.BUDGET) for row in _funding(text)}


def test_a_sources_header_led_by_its_label_with_the_sum_first_is_read() -> None:
    text = (
        "| 项目名称 | 城区污水管网疏浚 | 主管部门 | 某县住建局 | ||\n"
        "| 资金来源(万元) | 合计 | 一般公共预算 | 政府性基金 | 上级补助 | ||\n"
        "| | 318.50 | 118.50 | 0 | 200.00 | ||\n"
        "| 年度目标 | 疏浚管网 | ||||\n"
    )
    assert _rows_by_source(text) == {"total": Decimal("318.50"), "fiscal": Decimal("118.50")}


def test_a_sources_label_in_yuan_keeps_the_unit_with_its_amounts() -> None:
    text = "| 资金来源(元) | 合计 | 一般公共预算 | ||\n| | 3185000 | 1185000 | ||\n"
    rows = _funding(text)
    assert rows[0].texts[Role.BUDGET] == "3185000元"


def test_a_sources_header_without_its_sum_first_is_not_read_as_the_total() -> None:
    # near miss: no 合计 opens the sources, so no figure is the total's
    text = "| 资金来源(万元) | 一般公共预算 | 政府性基金 | ||\n| | 118.50 | 200.00 | ||\n"
    assert all(row.source.value != "total" for row in _funding(text))


def test_a_sources_header_over_fewer_figures_is_not_read() -> None:
    text = "| 资金来源(万元) | 合计 | 一般公共预算 | 上级补助 | ||\n| | 318.50 | 118.50 | ||\n"
    assert _funding(text) == []


_POINTS_BESIDE_BUDGET = (
    "2021年学生资助项目绩效目标自评表总分:96分项目名称某学院2021年学生资助项目"
    "主管部门某省教育厅项目实施单位某学院"
    "预算执行情况(万元)(20分)预算数(万元)执行数(万元)执行率(%)得分(20分*执行率)年度财政资金总额"
    "一级指标二级指标三级指标年初目标值(A)实际完成值(B)得分"
    "产出指标(50分)数量国家助学金人数1200人1210人10质量资助对象认定准确率100%100%10"
    "注:1.本表由项目单位填报。\n"
)


def test_the_points_a_column_is_scored_of_are_no_budget(tmp_path: Path) -> None:
    # the funds row's figures are lost; the 预算数 label's text holds only 得分(20分*执行率)
    document = read_form(tmp_path, _POINTS_BESIDE_BUDGET)
    assert document.projects[0].budget is None


def test_an_amount_before_a_score_in_a_field_is_still_its_budget(tmp_path: Path) -> None:
    # near miss: the field states its amount, then a score: the amount is read
    text = _POINTS_BESIDE_BUDGET.replace("年度财政资金总额", "年度财政资金总额 ").replace(
        "预算数(万元)执行数", "预算数(万元)36.5万元执行数"
    )
    document = read_form(tmp_path, text)
    assert document.projects[0].budget == Decimal("36.5")


def test_an_amount_with_its_unit_is_read_whatever_follows_it() -> None:
    found = [_AMOUNT_RE.search(text) for text in ("安排资金100万元分两年拨付", "得分(10分*执行率)")]
    assert [match.group(0) if match else None for match in found] == ["100万元", None]


def test_a_money_columns_label_after_a_section_heading_is_no_wrapped_name() -> None:
    # 二、… / 预算数(万元) / 12.50: the heading is no name the label's bracket ends
    text = (
        "(一)基本情况\n\n全年预算数(万元)\n\n12.50\n\n全年支出数(万元)\n\n12.00\n\n"
        "预算执行率\n\n96.00%\n\n(二)绩效目标完成情况\n"
    )
    assert _funding(text)[0].figures == {
        Role.BUDGET: Decimal("12.50"),
        Role.ACTUAL: Decimal("12.00"),
        Role.TARGET: Decimal("96.00"),
    }
