"""Key parts and budget figures the genre states in further ways (session 12): a unit named
in a Markdown heading, a unit a sentence names after a preposition, a project a title names
before its year or with the months a monitoring report covers, a department's budget as a
two-column table (项目 | 金额(万元)), and a funds block with the term's money beside the
year's (中期资金总额 | … | 年度资金总额 | …)."""

from __future__ import annotations

from decimal import Decimal

from general_support import text_source
from jixiao.domain.model import FundingSource
from jixiao.ingest.general.fields import read_funding, read_prose_fields
from jixiao.ingest.general.issuer import issuing_unit
from jixiao.ingest.general.normalise import normalise_source
from jixiao.ingest.general.prose_budget import read_prose_budget
from jixiao.ingest.general.stream import cells_of
from jixiao.ingest.general.vocabulary import Field, Role


def _prose(text: str) -> dict[Field, list[str]]:
    found: dict[Field, list[str]] = {}
    for item in read_prose_fields(normalise_source(text_source(text))[0].lines):
        found.setdefault(item.field, []).append(item.value)
    return found


# a unit in a Markdown heading


def test_a_unit_named_in_a_markdown_heading_before_the_year() -> None:
    lines = ["## 绵阳市农业农村局2025年部门整体支出绩效目标", "", "| 项目 | 金额 |"]
    assert issuing_unit(lines) == "绵阳市农业农村局"


def test_a_heading_naming_no_unit_names_none() -> None:
    assert issuing_unit(["# 2025年部门整体支出绩效目标", "## 一、部门基本情况"]) is None


# a preposition before a unit a sentence names


def test_a_unit_after_a_preposition_is_named_without_it() -> None:
    text = "受某市财政局委托,评价组对泸州市自然资源和规划局实施的耕地保护补助资金开展了评价。"
    assert _prose(text)[Field.IMPLEMENTING] == ["泸州市自然资源和规划局"]


def test_a_reporting_unit_after_by_is_named_without_it() -> None:
    text = "由遂宁市水利局对2023年河湖长制工作经费开展绩效自评。"
    assert _prose(text)[Field.UNIT_NAME] == ["遂宁市水利局"]


def test_a_unit_with_no_preposition_before_it_stays_whole() -> None:
    text = "项目由遂宁市水利局组织实施,资金按进度拨付。"
    assert _prose(text)[Field.IMPLEMENTING] == ["遂宁市水利局"]


# a project a title names


def test_a_project_named_before_the_titles_year_without_the_units_place() -> None:
    text = (
        "绵阳市农村人居环境整治补助资金2023年度绩效评价报告\n"
        "受绵阳市财政局委托,评价组对绵阳市农业农村局实施的农村人居环境整治补助资金开展了评价。\n"
    )
    assert _prose(text)[Field.PROJECT] == ["农村人居环境整治补助资金"]


def test_a_project_before_the_year_keeps_a_place_no_unit_opens_with() -> None:
    text = "城东片区供水管网改造项目2023年度绩效自评报告\n由某县水务局组织实施。\n"
    assert _prose(text)[Field.PROJECT] == ["城东片区供水管网改造项目"]


def test_a_title_naming_a_department_before_its_year_names_no_project() -> None:
    text = "绵阳市农业农村局部门整体支出2023年度绩效评价报告\n"
    assert Field.PROJECT not in _prose(text)


def test_a_project_before_the_months_a_monitoring_report_covers() -> None:
    text = "遂宁市住房和城乡建设局关于2025年城镇燃气管道更新项目1-6月绩效运行监控情况的报告\n"
    found = _prose(text)
    assert found[Field.PROJECT] == ["城镇燃气管道更新项目"]
    assert found[Field.UNIT_NAME] == ["遂宁市住房和城乡建设局"]


def test_a_project_before_the_half_year_a_monitoring_report_covers() -> None:
    text = "某县民政局2024年困难群众救助补助资金上半年绩效监控报告\n"
    assert _prose(text)[Field.PROJECT] == ["困难群众救助补助资金"]


# a department's budget as a two-column table


def _budget_lines(text: str) -> list:  # type: ignore[type-arg]
    return normalise_source(text_source(text))[0].lines


def test_a_departments_budget_as_a_table_of_labels_and_amounts() -> None:
    text = (
        "## 二、收支预算\n"
        "| 项目 | 金额(万元) |\n"
        "|---|---|\n"
        "| 收入预算合计 | 8640.25 |\n"
        "| 其中:一般公共预算拨款 | 8120.25 |\n"
        "| 上年结转 | 520.00 |\n"
    )
    budget = read_prose_budget(_budget_lines(text))
    assert budget is not None
    assert budget.income.total == Decimal("8640.25")
    assert budget.income.general_public_budget == Decimal("8120.25")
    assert budget.income.carry_over == Decimal("520.00")


def test_a_departments_whole_budget_in_a_table_in_yuan() -> None:
    text = "项目\t金额(元)\n部门预算总额\t3256000.00\n其他资金\t56000.00\n"
    budget = read_prose_budget(_budget_lines(text))
    assert budget is not None
    assert budget.income.total == Decimal("325.6")
    assert budget.expenditure.total == Decimal("325.6")


def test_a_table_of_amounts_with_no_unit_states_no_budget() -> None:
    text = "| 项目 | 金额 |\n|---|---|\n| 部门预算总额 | 186.40 |\n"
    assert read_prose_budget(_budget_lines(text)) is None


def test_a_table_of_other_money_states_no_budget() -> None:
    text = "| 项目 | 金额(万元) |\n|---|---|\n| 设备购置费 | 186.40 |\n| 培训费 | 20.00 |\n"
    assert read_prose_budget(_budget_lines(text)) is None


# the term's money beside the year's


def _funding(text: str) -> dict[FundingSource, dict[Role, Decimal]]:
    cells = cells_of(normalise_source(text_source(text))[0].lines)
    return {row.source: row.figures for row in read_funding(cells)}


def test_the_years_fiscal_funds_beside_the_terms() -> None:
    text = (
        "项目资金(万元)\t实施期资金总额\t2850.00\t年度资金总额\t950.00\n"
        "\t其中:财政拨款\t2400.00\t其中:财政拨款\t800.00\n"
        "\t其他资金\t450.00\t其他资金\t150.00\n"
    )
    rows = _funding(text)
    assert rows[FundingSource.TOTAL][Role.BUDGET] == Decimal("950.00")
    assert rows[FundingSource.FISCAL][Role.BUDGET] == Decimal("800.00")
    assert rows[FundingSource.OTHER][Role.BUDGET] == Decimal("150.00")


def test_a_row_printing_its_label_once_is_read_as_it_is() -> None:
    text = "项目资金(万元)\t年度资金总额\t950.00\n\t其中:财政拨款\t800.00\n\t其他资金\t150.00\n"
    rows = _funding(text)
    assert rows[FundingSource.FISCAL][Role.BUDGET] == Decimal("800.00")
    assert rows[FundingSource.OTHER][Role.BUDGET] == Decimal("150.00")


def test_a_units_own_words_holding_a_preposition_stay_in_its_name() -> None:
    text = "项目由绵竹市自由贸易试验区管理委员会组织实施。"
    assert _prose(text)[Field.IMPLEMENTING] == ["绵竹市自由贸易试验区管理委员会"]
    text = "资金由市委对口支援工作办公室具体实施。"
    assert _prose(text)[Field.IMPLEMENTING] == ["市委对口支援工作办公室"]
