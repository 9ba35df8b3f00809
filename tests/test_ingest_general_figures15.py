"""Budget figures in the layouts of the genre met by the fifteenth session: a project's
财政资金 named by its level (其中:当年县级财政资金) or as its own level's budget beside the
上级资金 (年度本级预算金额); a department's 财政拨款 stated as its parts (其中:一般公共预算,
政府性基金), and no sum read from a run-on line's words without their 其中."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from general_support import read_form, text_source
from jixiao.ingest.general.department_fiscal import read_department_fiscal
from jixiao.ingest.general.fields import read_funding
from jixiao.ingest.general.normalise import normalise_source
from jixiao.ingest.general.stream import cells_of
from jixiao.ingest.general.vocabulary import Role

_ROWS = (
    "一级指标 | 二级指标 | 三级指标 | 指标值 |\n"
    "产出指标 | 数量指标 | 维修道路里程 | ≥12公里 |\n"
    "效益指标 | 社会效益指标 | 群众出行条件 | 明显改善 |\n"
)


def test_a_levels_fiscal_funds_beside_the_project_amount(tmp_path: Path) -> None:
    text = (
        "项目支出绩效目标申报表 | |||\n"
        "项目名称 | 农村公路养护 | 项目负责人 | |\n"
        "项目金额 | 240万元 | 其中:当年县级财政资金 | 95万元 | |\n"
        "项目主管部门 | 某县交通运输局 | 实施单位 | 某县公路事务中心 |\n" + _ROWS
    )
    project = read_form(tmp_path, text).projects[0]
    assert (project.budget, project.fiscal_funds) == (Decimal("240"), Decimal("95"))


def test_the_own_levels_budget_beside_the_superior_funds(tmp_path: Path) -> None:
    text = (
        "2026年项目支出绩效目标表 | ||||\n"
        "填报单位(盖章):某县林业局 | 金额单位:万元 | |||\n"
        "项目支出名称 | 森林防火经费 | 部门预算 | 64.50 | |\n"
        "年度本级预算金额 | 40.00 | 该项目支出上级资金 | 24.50 |\n" + _ROWS
    )
    project = read_form(tmp_path, text).projects[0]
    assert (project.budget, project.fiscal_funds) == (Decimal("64.50"), Decimal("40.00"))


def test_a_superior_levels_funds_are_no_fiscal_funds_of_its_own(tmp_path: Path) -> None:
    text = (
        "项目支出绩效目标申报表 | |||\n"
        "项目名称 | 农村公路养护 | 项目负责人 | |\n"
        "项目金额 | 240万元 | 其中:上级财政补助 | 95万元 | |\n" + _ROWS
    )
    project = read_form(tmp_path, text).projects[0]
    assert (project.budget, project.fiscal_funds) == (Decimal("240"), None)


def test_the_own_levels_budget_alone_is_the_whole_budget(tmp_path: Path) -> None:
    text = (
        "2026年项目支出绩效目标表 | ||||\n"
        "填报单位(盖章):某县林业局 | 金额单位:万元 | |||\n"
        "项目支出名称 | 森林防火经费 | |\n"
        "年度本级预算金额 | 40.00 | 该项目支出上级资金 | |\n" + _ROWS
    )
    project = read_form(tmp_path, text).projects[0]
    assert (project.budget, project.fiscal_funds) == (Decimal("40.00"), Decimal("40.00"))


# --- a department's 财政拨款 in its form's funds block ---------------------------------------


def _fiscal(text: str) -> Decimal | None:
    found = read_department_fiscal(text_source(text).lines)
    return found.amount if found is not None else None


def test_a_run_on_lines_fiscal_word_without_its_qizhong_is_no_sum() -> None:
    text = "部门名称某市档案馆年度预算资金总额402.75财政拨款398.20其他资金4.55\n"
    assert _fiscal(text) is None


def test_a_run_on_lines_per_pupil_appropriation_is_no_sum() -> None:
    text = "一级指标产出指标成本指标生均财政拨款标准≥1200元/生其中:财政拨款占比≥90%\n"
    assert _fiscal(text) is None


_PARTS_FORM = """**某区司法局2026年部门整体支出绩效目标表**
| 部门名称 | 某区司法局 | |
|---|---|---|
| 年度预算 | 资金总额 | 1506.30 |
| | 其中:一般公共预算 | 1460.30 |
| | 政府性基金 | 46.00 |
| 年度总体目标 | 推进公共法律服务体系建设。 | |
| 一级指标 | 二级指标 | 三级指标 | 指标值 |
| 产出指标 | 数量指标 | 开展普法宣传活动 | ≥60场 |
| 效益指标 | 社会效益指标 | 群众法治意识 | 明显提升 |
"""


def test_a_funds_blocks_general_budget_and_fund_in_the_sums_place(tmp_path: Path) -> None:
    income = read_form(tmp_path, _PARTS_FORM).budget.income
    assert income.fiscal_appropriation is None
    assert income.general_public_budget == Decimal("1460.30")
    assert income.government_fund_budget == Decimal("46.00")


def test_a_general_budget_row_without_its_qizhong_is_not_read(tmp_path: Path) -> None:
    text = _PARTS_FORM.replace("其中:一般公共预算", "一般公共预算拨款收入")
    income = read_form(tmp_path, text).budget.income
    assert (income.general_public_budget, income.government_fund_budget) == (None, None)


# --- a self-evaluation's money by 收入性质 --------------------------------------------------


def _sources(text: str) -> list[tuple[str, Decimal | None]]:
    rows = read_funding(cells_of(normalise_source(text_source(text))[0].lines))
    return [(row.source.value, row.figures.get(Role.BUDGET)) for row in rows]


def test_a_general_budget_row_under_its_heading_is_the_fiscal_row() -> None:
    text = (
        "年度预算资金(万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
        "\t年度资金总额\t402.10\t415.60\t409.90\t10\t98.63%\t9.86\n"
        "\t按收入性质分\t\t\t\t\t\t\n"
        "\t一般公共预算\t380.10\t393.60\t388.00\t\t\t\n"
        "\t按支出性质分\t\t\t\t\t\t\n"
        "\t基本支出\t300.00\t310.00\t310.00\t\t\t\n"
    )
    assert _sources(text) == [("total", Decimal("415.60")), ("fiscal", Decimal("393.60"))]


def test_an_expenditure_rows_heading_leads_to_no_fiscal_row() -> None:
    text = (
        "年度预算资金(万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
        "\t年度资金总额\t402.10\t415.60\t409.90\t10\t98.63%\t9.86\n"
        "\t按支出性质分\t\t\t\t\t\t\n"
        "\t基本支出\t300.00\t310.00\t310.00\t\t\t\n"
    )
    assert _sources(text) == [("total", Decimal("415.60"))]


# --- the unit a block's amounts stand in ----------------------------------------------------

_TRANSFER = """附件1
2020年农村公路养护补助资金分配表
单位:元
单位 | 合计 | 提前下达 | 本次下达 |
某县交通运输局 | 15,204,000 | 10,000,000 | 5,204,000 |
附件2
农村公路养护补助资金绩效目标表
(2020年度)
专项名称 | 农村公路养护补助资金 |
资金情况{unit} |
年度金额 | {amount} |
一级指标 | 二级指标 | 三级指标 | 指标值 |
产出指标 | 数量指标 | 养护农村公路里程 | ≥320公里 |
"""


def test_a_blocks_own_unit_above_its_amount_over_the_documents_first(tmp_path: Path) -> None:
    text = _TRANSFER.format(unit=" (万元)", amount="1520.4")
    assert read_form(tmp_path, text).projects[0].budget == Decimal("1520.4")


def test_an_amount_with_no_unit_above_it_keeps_the_documents(tmp_path: Path) -> None:
    text = _TRANSFER.format(unit="", amount="15204000")
    assert read_form(tmp_path, text).projects[0].budget == Decimal("1520.4")


def test_a_header_one_cell_a_line_keeps_its_first_columns_past_its_marks() -> None:
    header = (
        "预算安排\n拨付情况\n结余情况\n年初部门预算安排金额\n①\n历年结余结转\n②\n"
        "年中调整金额③\n小计\n④=①+②+③\n年度拨付金额\n⑤\n支出实现率(%)\n⑥=⑤/④\n"
        "本年度结余金额\n⑦=④-⑤\n资金结余率\n(%)\n⑧=⑦/④\n"
    )
    figures = "财政资金小计\n2104300\n50200\n0\n2154500\n2101000.5\n98%\n53499.5\n2%\n"
    rows = read_funding(cells_of(normalise_source(text_source(header + figures))[0].lines))
    got = {role: rows[0].figures.get(role) for role in (Role.PRIOR, Role.BUDGET, Role.ACTUAL)}
    assert got == {
        Role.PRIOR: Decimal("2104300"),
        Role.BUDGET: Decimal("2154500"),
        Role.ACTUAL: Decimal("2101000.5"),
    }


# --- a declared form followed by another year's self-evaluation ------------------------------

_TARGET_FORM = (
    "1、附件 2 林业改革发展资金区域绩效目标表 ( 2021 年度) 专项名称 林业改革发展资金 "
    "中央主管部门 国家林业和草原局 地方主管部门 某省林业和草原局 资金情况 (万元) "
    "年度资金总额: 12400 其中:中央补助 11000 地方资金 1400 绩 效 指 标 一级指标 二级指标 "
    "三级指标 指标值 产出指标 数量指标 完成营造林面积 ≥40万亩 质量指标 造林成活率 ≥85%\n"
)
_LAST_YEARS_FORM = (
    "2、附件 3 林业改革发展资金区域绩效自评表 ( 2020 年度) 专项名称 林业改革发展资金 "
    "中央主管部门 国家林业和草原局 资金情况 (万元) 全年预算数(A) 全年执行数(B) "
    "预算执行率 (B/A) 年度资金总额: 11800 11622.4 98.49% 一级指标 二级指标 三级指标 "
    "年度指标值 实际完成值 产出指标 数量指标 完成营造林面积 ≥38万亩 39.2万亩\n"
)


def test_a_declared_forms_amount_over_a_later_forms_execution(tmp_path: Path) -> None:
    document = read_form(tmp_path, _TARGET_FORM + _LAST_YEARS_FORM)
    assert document.projects[0].budget == Decimal("12400")


def test_a_self_evaluations_execution_row_gives_its_budget(tmp_path: Path) -> None:
    text = _LAST_YEARS_FORM
    document = read_form(tmp_path, text)
    assert document.projects[0].budget == Decimal("11800")
