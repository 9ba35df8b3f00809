"""Budget figures in the layouts of the genre met by the thirteenth session: a web page's
breadcrumb whose last step is a word the forms use as a label (部门预算) is no label; a
funding row's label cut at its column's width (其中：财政 / 拨款) still names its row; a
budget a report says is all fiscal money (全部为财政拨款) is its fiscal part."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from general_support import read_form, text_source
from jixiao.domain.model import FundingSource
from jixiao.ingest.general.fields import (
    funding_row_of,
    read_fields,
    read_prose_funding,
    read_prose_sources,
)
from jixiao.ingest.general.normalise import normalise_source
from jixiao.ingest.general.stream import cells_of
from jixiao.ingest.general.vocabulary import Field, Role

_PAGE = (
    "网站首页 > 信息公开 > 预决算公开 > 部门预算\n"
    "江北区民政局2024年项目支出绩效目标表（社区养老服务补助资金）\n"
    "发布日期：2024-03-06    来源：区民政局\n"
    "项目名称：社区养老服务补助资金\n"
    "主管部门：江北区民政局\n"
    "项目金额：312.60万元\n"
    "一级指标 | 二级指标 | 三级指标 | 指标值\n"
    "产出指标 | 数量指标 | 服务老年人数 | ≥2600人\n"
    "满意度指标 | 服务对象满意度指标 | 老年人满意度 | ≥90%\n"
)


def _fields(text: str) -> list[tuple[Field, str]]:
    source, _ = normalise_source(text_source(text))
    return [(item.field, item.value) for item in read_fields(cells_of(source.lines))]


def test_a_breadcrumbs_last_step_is_no_label_of_the_line_under_it(tmp_path: Path) -> None:
    amounts = [value for field, value in _fields(_PAGE) if field is Field.AMOUNT]
    assert amounts == ["312.60万元"]
    assert read_form(tmp_path, _PAGE).projects[0].budget == Decimal("312.60")


def test_a_label_opening_its_line_still_takes_the_next_lines_value() -> None:
    # near miss: the same word as a form's label of its own line, its value under it
    text = "部门预算\n1268.40万元\n"
    assert (Field.AMOUNT, "1268.40万元") in _fields(text)


_CUT_FUNDS = """\
2021年度部门整体支出绩效自评表
|部门名称  |临河区自然资源局                                   |
|部门资金  |          |年初预算数|全年预算数|全年执行数|执行率  |
|（万元）  |年度资金总|2,306.10  |2,417.35  |2,350.02  |97.21%  |
|          |额        |          |          |          |        |
|          |{fiscal}|2,106.10  |2,217.35  |2,150.02  |96.96%  |
|          |拨款      |          |          |          |        |
|          |其他资金  |200.00    |200.00    |200.00    |100%    |
|一级指标|二级指标|三级指标|年初指标值|全年完成值|
|产出指标|数量指标|完成不动产登记件数|≥8000件|8630件|
|满意度指标|服务对象满意度指标|办事群众满意度|≥90%|95%|
"""


def _fiscal_row(tmp_path: Path, label: str) -> Decimal | None:
    document = read_form(tmp_path, _CUT_FUNDS.replace("{fiscal}", label))
    evaluation = document.department_evaluation
    assert evaluation is not None
    rows = [row for row in evaluation.funding_execution if row.source is FundingSource.FISCAL]
    return rows[0].full_year_budget if rows else None


def test_a_fiscal_rows_label_cut_at_its_columns_width_is_the_fiscal_row(tmp_path: Path) -> None:
    assert _fiscal_row(tmp_path, "其中：财政") == Decimal("2217.35")
    assert _fiscal_row(tmp_path, "财政拨    ") == Decimal("2217.35")


def test_words_opening_with_the_finance_bureaus_name_are_no_fiscal_row() -> None:
    assert funding_row_of("其中：财政拨款") is FundingSource.FISCAL
    assert funding_row_of("财政局") is None
    assert funding_row_of("财政专户资金") is None


def _prose_fiscal(text: str) -> dict[Role, Decimal] | None:
    lines = normalise_source(text_source(text))[0].lines
    rows = [row for row in read_prose_sources(lines) if row.source is FundingSource.FISCAL]
    return rows[0].figures if rows else None


def test_a_budget_stated_as_all_fiscal_money_is_the_fiscal_part() -> None:
    text = "2022年全年预算数1,318.40万元，均为财政资金。截至年底实际支出1,286.02万元。\n"
    assert _prose_fiscal(text) == {Role.BUDGET: Decimal("1318.40")}
    text = "年初预算安排86万元，全部来源于县级财政补助资金，执行率100%。\n"
    assert _prose_fiscal(text) == {Role.PRIOR: Decimal("86")}


def test_a_sentence_naming_fiscal_money_without_all_of_it_is_no_fiscal_part() -> None:
    # near miss: part of the budget is fiscal money, the sentence gives no amount for it
    text = "全年预算数420万元，部分为财政资金，其余为单位自筹。\n"
    assert _prose_fiscal(text) is None


def test_a_funds_own_name_after_its_allocation_gives_the_budget() -> None:
    text = (
        "2023年某县安排农村饮水安全巩固提升补助资金（维修养护）1,260.00万元，"
        "其中中央资金800.00万元，由县水利局组织实施。\n"
    )
    funding = read_prose_funding(normalise_source(text_source(text))[0].lines)
    assert funding is not None
    assert funding.figures[Role.BUDGET] == Decimal("1260.00")


def test_money_already_allocated_under_a_funds_name_is_no_budget() -> None:
    # near miss: 已安排 states what was paid so far, not the fund's budget
    text = "截至6月底已安排农村饮水安全巩固提升补助资金420.00万元。\n"
    funding = read_prose_funding(normalise_source(text_source(text))[0].lines)
    assert funding is None or Role.BUDGET not in funding.figures


def _prose_points(text: str) -> tuple[Decimal | None, Decimal | None]:
    funding = read_prose_funding(normalise_source(text_source(text))[0].lines)
    assert funding is not None
    return funding.figures.get(Role.WEIGHT), funding.figures.get(Role.SCORE)


def test_points_after_the_rate_with_the_score_as_de_and_its_figure() -> None:
    text = "全年预算数88.00万元，全年执行数86.30万元，预算执行率98.07%，此项分值10分，得9.81分。\n"
    assert _prose_points(text) == (Decimal("10"), Decimal("9.81"))


def test_a_de_before_words_after_the_rate_is_no_score() -> None:
    # near miss: 得到 opens a clause, no figure after it
    text = "全年预算数88.00万元，全年执行数86.30万元，预算执行率98.07%，分值10分，得到群众好评。\n"
    assert _prose_points(text) == (None, None)


def test_a_projects_total_money_label_gives_its_budget(tmp_path: Path) -> None:
    text = (
        "2019年农村危房改造项目绩效目标申报书\n"
        "项目名称：2019年农村危房改造项目\n"
        "项目主管部门：伽师县住房和城乡建设局\n"
        "项目资金总额：4,120万元，其中：中央补助资金3,000万元，县级配套资金1,120万元。\n"
        "一级指标 | 二级指标 | 三级指标 | 指标值\n"
        "产出指标 | 数量指标 | 危房改造户数 | ≥1030户\n"
    )
    assert read_form(tmp_path, text).projects[0].budget == Decimal("4120")


def test_a_share_of_the_projects_total_money_is_no_amount_label() -> None:
    # near miss: a ratio named after the total is no amount of money
    assert not any(field is Field.AMOUNT for field, _ in _fields("项目资金总额占比：35%\n"))
