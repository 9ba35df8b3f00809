"""A department's 财政拨款 stated as one sum (IncomeBudget.fiscal_appropriation): in the funds
block of its 部门整体支出绩效目标表 (a label and its amount, a header over a row of amounts or
over the 年度履职任务's 合计 row) and in the prose of its 部门预算; never a project's 财政拨款,
an indicator's 生均财政拨款, or a self-evaluation's execution row."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from general_support import read_form, text_source
from jixiao.ingest.general.department_fiscal import read_department_fiscal, read_fiscal_parts
from jixiao.ingest.general.normalise import normalise_source
from jixiao.ingest.general.prose_budget import read_prose_budget


def _stated(text: str) -> Decimal | None:
    found = read_department_fiscal(text_source(text).lines)
    return found.amount if found is not None else None


def _prose(text: str) -> Decimal | None:
    budget = read_prose_budget(normalise_source(text_source(text))[0].lines)
    return budget.income.fiscal_appropriation if budget is not None else None


# --- the funds block of a form -------------------------------------------------------------


def test_a_label_and_its_amount_in_the_next_cell() -> None:
    text = "年度预算(万元)\t资金总额\t742.90\n年度预算(万元)\t其中:财政拨款\t700.40\n"
    assert _stated(text) == Decimal("700.40")


def test_a_label_run_into_its_amount_in_one_cell() -> None:
    assert _stated("| 年度预算资金(万元) | 其中：财政拨款：1288.06 |\n") == Decimal("1288.06")


def test_a_fixed_width_line_parted_at_its_spaces() -> None:
    text = "（万元）      其中：财政拨款  52.30        其中：基本支出  40.10\n"
    assert _stated(text) == Decimal("52.30")


def test_a_header_over_a_row_of_amounts() -> None:
    text = "年度预算申请(万元)\t资金总额\t财政拨款\t其他资金\n\t930.00\t905.50\t24.50\n"
    assert _stated(text) == Decimal("905.50")


def test_a_header_over_the_tasks_and_their_sum_row() -> None:
    text = (
        "| 年度履职任务 | 任务名称 | 主要内容 | 预算金额(万元) | |\n"
        "| | | | 总额 | 其中:财政拨款 |\n"
        "| | 河道保洁 | 全县河道日常保洁 | 310.00 | 300.00 |\n"
        "| | 水质监测 | 断面水质月度监测 | 95.20 | 95.20 |\n"
        "| | 金额合计 | | 405.20 | 395.20 |\n"
    )
    assert _stated(text) == Decimal("395.20")


def test_an_amount_in_yuan_is_kept_in_wanyuan() -> None:
    assert _stated("其中:财政拨款(元)\t3560000\n") == Decimal("356")


def test_an_indicators_per_pupil_appropriation_is_no_sum() -> None:
    assert _stated("| 成本指标 | 生均财政拨款 | ≥ | 800 | 元/生 |\n") is None


def test_a_header_whose_row_below_holds_words_and_no_sum_row_gives_nothing() -> None:
    text = "\t总额\t财政拨款\n保障运转\t120.00\t120.00\n"
    assert _stated(text) is None


_DEPARTMENT_FORM = """某县水利局部门整体支出绩效目标表
（2026年度）
部门(单位)名称\t某县水利局
年度预算(万元)\t资金总额\t812.60
年度预算(万元)\t其中：财政拨款\t790.00
年度预算(万元)\t其他资金\t22.60
年度总体目标\t保障防汛安全，完成河道治理。
一级指标\t二级指标\t三级指标\t指标值
产出指标\t数量指标\t治理河道长度\t≥12公里
效益指标\t社会效益指标\t汛期安全度汛\t无重大险情
"""


def test_a_department_forms_sum_reaches_its_income_budget(tmp_path: Path) -> None:
    document = read_form(tmp_path, _DEPARTMENT_FORM)
    income = document.budget.income
    assert income.fiscal_appropriation == Decimal("790.00")
    assert income.general_public_budget is None  # the sum is not read as one of its parts
    assert income.provenance["fiscal_appropriation"].line == 5


def test_a_department_self_evaluations_fiscal_row_is_not_the_budgets_sum(tmp_path: Path) -> None:
    text = _DEPARTMENT_FORM.replace("部门整体支出绩效目标表", "部门整体支出绩效自评表")
    assert read_form(tmp_path, text).budget.income.fiscal_appropriation is None


def test_a_projects_fiscal_funds_are_the_projects_not_a_department_sum(tmp_path: Path) -> None:
    text = (
        "项目支出绩效目标表\n（2026年度）\n项目名称\t农田水利设施维护\n主管部门\t某县水利局\n"
        "项目资金(万元)\t年度资金总额\t60.00\n\t其中：财政拨款\t55.00\n\t其他资金\t5.00\n"
        "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t维护泵站数量\t≥8座\n"
    )
    document = read_form(tmp_path, text)
    assert document.budget.income.fiscal_appropriation is None
    assert document.projects and document.projects[0].fiscal_funds == Decimal("55.00")


# --- the prose of a 部门预算 -----------------------------------------------------------------


def test_a_whole_budgets_sentence_states_the_sum_after_its_total() -> None:
    text = "本年预算资金总额为3120.40万元，其中财政拨款2980.15万元，其他资金140.25万元。\n"
    assert _prose(text) == Decimal("2980.15")


def test_an_income_totals_clause_states_the_sum_among_its_parts() -> None:
    budget = read_prose_budget(
        normalise_source(
            text_source(
                "部门收入预算合计1,204.60万元，其中财政拨款收入1,100.00万元、上年结转104.60万元。\n"
            )
        )[0].lines
    )
    assert budget is not None
    assert budget.income.fiscal_appropriation == Decimal("1100.00")
    assert budget.income.carry_over == Decimal("104.60")


def test_a_whole_budgets_sentence_without_the_sum_gives_none() -> None:
    text = "部门预算总额800.00万元，主要用于学校运转，生均财政拨款1200元。\n"
    assert _prose(text) is None


def test_a_label_whose_amount_is_the_next_paragraph() -> None:
    text = "资金总额\n\n615.00\n\n其中：财政拨款\n\n598.40\n\n其他资金\n\n16.60\n"
    assert _stated(text) == Decimal("598.40")


def test_a_label_followed_by_a_paragraph_of_words_gives_nothing() -> None:
    assert _stated("其中：财政拨款\n\n按年度预算执行\n") is None


def test_the_amount_keeps_its_written_decimals() -> None:
    assert str(_stated("其中:财政拨款\t1,230.00\n")) == "1230.00"


def test_a_part_run_into_its_amount_after_its_qizhong_without_a_colon() -> None:
    assert _stated("年度预算总额：2,310.75万元\n其中：财政拨款2,045.10万元\n") == Decimal("2045.10")


def test_a_share_of_the_appropriation_is_no_sum() -> None:
    assert _stated("其中：财政拨款占比95%\n") is None


def test_a_general_budget_named_an_appropriation_stands_for_the_sum() -> None:
    text = "\t按收入性质分\t一般公共预算拨款\t1,520.40\n\t\t政府性基金拨款\t12\n\t\t其他资金\t0\n"
    general, fund = read_fiscal_parts(text_source(text).lines)
    assert general is not None and general.amount == Decimal("1520.40")
    assert fund is not None and fund.amount == Decimal("12")


def test_a_bare_general_budget_column_is_not_read_as_the_appropriation() -> None:
    general, _ = read_fiscal_parts(text_source("\t收入\t一般公共预算\t1,520.40\n").lines)
    assert general is None


def test_the_money_the_departments_overall_goals_cover_is_its_budget() -> None:
    text = (
        "本部门实行绩效目标管理的项目7个，涉及预算资金2310.40万元；"
        "部门整体支出绩效目标涉及预算资金6820.15万元（其中财政拨款6605.15万元）。\n"
    )
    budget = read_prose_budget(normalise_source(text_source(text))[0].lines)
    assert budget is not None
    assert budget.income.total == Decimal("6820.15")
    assert budget.income.fiscal_appropriation == Decimal("6605.15")


def test_the_money_the_projects_goals_cover_is_no_department_budget() -> None:
    text = "本部门实行绩效目标管理的项目7个，涉及预算资金2310.40万元（其中财政拨款2200.00万元）。\n"
    assert read_prose_budget(normalise_source(text_source(text))[0].lines) is None


_TEXT_OF_PARTS = """某县文化馆2022年部门预算绩效文本

第一部分 2022年部门整体绩效目标表

部门名称\t某县文化馆
年度预算申请\t资金总额\t96.4\t万元
\t财政拨款\t{fiscal}\t万元
\t其他资金\t{other}\t万元
年度总体目标\t开展群众文化活动，保障馆舍正常开放。
一级指标\t二级指标\t三级指标\t指标值
产出指标\t数量指标\t举办公益培训班次\t≥20期
效益指标\t社会效益指标\t群众文化参与度\t逐步提升

第二部分 2022年项目绩效目标表

项目名称\t群众文化活动经费
主管部门及代码\t某县文化和旅游局\t实施单位\t某县文化馆
项目资金(万元)\t年度资金总额:\t18
\t其中:财政拨款\t15
\t其他资金\t3
年度目标\t举办广场文艺演出。
一级指标\t二级指标\t三级指标\t指标值
产出指标\t数量指标\t广场演出场次\t≥12场
"""


def test_a_department_texts_own_form_gives_its_sum_beside_its_projects(
    tmp_path: Path,
) -> None:
    document = read_form(tmp_path, _TEXT_OF_PARTS.format(fiscal="90.4", other="6"))
    assert document.budget.income.fiscal_appropriation == Decimal("90.4")
    assert document.projects and document.projects[0].fiscal_funds == Decimal("15")


def test_a_department_text_whose_form_states_no_sum_takes_none_from_its_project(
    tmp_path: Path,
) -> None:
    text = _TEXT_OF_PARTS.format(fiscal="", other="6").replace("\t财政拨款\t\t万元\n", "")
    document = read_form(tmp_path, text)
    assert document.budget.income.fiscal_appropriation is None
    assert document.projects and document.projects[0].fiscal_funds == Decimal("15")
