"""Budget figures a text of the genre states where the reader did not look: a department's
budget in a sentence of a text whose contents list skips its first parts, or in a sentence
at a goals form's head (``部门预算总额…``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from general_support import read_form, text_source
from jixiao.domain.model import FundingSource
from jixiao.ingest.general.budget_parts import read_budget
from jixiao.ingest.general.fields import (
    money_unit,
    read_fields,
    read_funding,
    read_prose_funding,
    read_prose_sources,
    read_total_score,
)
from jixiao.ingest.general.normalise import normalise_source
from jixiao.ingest.general.parts import DEPARTMENT_TEXT, PartKind, find_parts
from jixiao.ingest.general.prose_budget import read_prose_budget
from jixiao.ingest.general.stream import cells_of
from jixiao.ingest.general.vocabulary import Field, Role
from jixiao.ingest.source import SourceLine


def _line(text: str) -> list[SourceLine]:
    return [SourceLine(1, text, (text,))]


def test_a_contents_list_ends_where_a_later_entry_opens_the_body() -> None:
    # an excerpt: the body opens on the contents' third entry, its first ones left out
    source = text_source(
        "某县文化和旅游局\n"
        "目录\n"
        "第一部分 单位职责\n"
        "第二部分 机构设置\n"
        "第三部分 2024年部门预算说明\n"
        "第三部分 2024年部门预算说明\n"
        "一、收支预算\n"
        "2024年收入预算2150.00万元,支出预算2150.00万元。\n"
    )
    parts = find_parts(DEPARTMENT_TEXT, normalise_source(source)[0].lines)
    kinds = [(part.kind, part.lines[0].number) for part in parts if part.lines]
    assert kinds == [(PartKind.HEAD, 1), (PartKind.CONTENTS, 2), (PartKind.PROSE, 6)]


def test_a_contents_list_whose_entries_all_differ_stays_one_part() -> None:
    source = text_source(
        "某县文化和旅游局\n目录\n第一部分 单位职责\n第二部分 机构设置\n第三部分 部门预算说明\n"
    )
    parts = find_parts(DEPARTMENT_TEXT, normalise_source(source)[0].lines)
    assert [part.kind for part in parts if part.lines] == [PartKind.HEAD, PartKind.CONTENTS]
    assert len(parts[-1].lines) == 4


def test_a_budgets_whole_sum_in_prose_is_its_income_and_spending() -> None:
    budget = read_prose_budget(_line("本单位年度预算资金总额为 3,075.60万元,全部为财政拨款。"))
    assert budget is not None
    assert budget.income.total == budget.expenditure.total == Decimal("3075.60")
    budget = read_prose_budget(_line("2025年我委部门预算总额986.4万元,较上年减少3%。"))
    assert budget is not None and budget.income.total == Decimal("986.4")


def test_a_funds_total_without_the_word_budget_is_no_departments_budget() -> None:
    assert read_prose_budget(_line("项目资金总额620.00万元,已拨付580.00万元。")) is None
    assert read_prose_budget(_line("预算执行总额为512.30万元。")) is None


def test_a_goals_forms_head_sentence_states_the_departments_budget(tmp_path: Path) -> None:
    document = read_form(
        tmp_path,
        "某市司法局2025年部门整体支出绩效目标表\n"
        "部门名称:某市司法局\n"
        "单位预算总额:4310.25万元,其中:财政拨款4100.00万元。\n"
        "一、年度履职目标\n"
        "1.推进法治政府建设。\n"
        "一级指标 | 二级指标 | 三级指标 | 指标值\n"
        "产出指标 | 数量指标 | 法律援助案件数 | ≥800件\n"
        "产出指标 | 质量指标 | 行政复议纠错率 | ≥95%\n"
        "效益指标 | 社会效益指标 | 群众法治意识 | 逐步提高\n",
    )
    assert document.budget.income.total == Decimal("4310.25")


def test_a_funding_headers_further_columns_do_not_hide_the_figures_under_it() -> None:
    # 全年预计支出 and 备注 after the kept columns; the figures under all five
    source = text_source(
        "项目名称\t乡村道路养护\n"
        "资金情况(万元)\t全年预算数\t1-9月执行数\t执行率\t全年预计支出\t备注\n"
        "\t420.00\t301.25\t71.73%\t420.00\t冬季养护款年底结算\n"
        "一级指标\t二级指标\t三级指标\t年度指标值\n"
    )
    rows = read_funding(cells_of(normalise_source(source)[0].lines))
    assert [row.figures for row in rows] == [
        {
            Role.BUDGET: Decimal("420.00"),
            Role.ACTUAL: Decimal("301.25"),
            Role.TARGET: Decimal("71.73"),
        }
    ]


def test_a_funding_header_with_no_figures_under_it_reads_no_row() -> None:
    source = text_source(
        "资金情况(万元)\t全年预算数\t1-9月执行数\t执行率\t全年预计支出\t备注\n"
        "一级指标\t二级指标\t三级指标\t年度指标值\n"
    )
    assert read_funding(cells_of(normalise_source(source)[0].lines)) == []


def _prose(text: str) -> dict[Role, Decimal]:
    row = read_prose_funding(
        [SourceLine(n, line, ()) for n, line in enumerate(text.split("\n"), start=1)]
    )
    return row.figures if row is not None else {}


def test_money_allocated_and_paid_out_in_prose_is_the_budget_and_its_execution() -> None:
    figures = _prose(
        "省级共下达项目资金1250.5万元,用于危房改造。\n截至9月底,已拨付专项资金903.40万元,预算执行率72.24%。"
    )
    assert figures == {
        Role.BUDGET: Decimal("1250.5"),
        Role.ACTUAL: Decimal("903.40"),
        Role.TARGET: Decimal("72.24"),
    }


def test_money_already_allocated_is_not_the_years_budget() -> None:
    # 已下达 tells of a part passed on so far, not the year's budget
    assert Role.BUDGET not in _prose("截至6月底已下达补助资金300万元,执行率40%。")


def _funding(text: str) -> list[dict[Role, Decimal]]:
    source = text_source(text)
    return [row.figures for row in read_funding(cells_of(normalise_source(source)[0].lines))]


def test_a_funding_rows_figures_in_one_cell_parted_by_spaces_are_its_columns() -> None:
    rows = _funding(
        "项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n"
        "资金总额 | 86.40 90.00 88.20 10 98.00% 9.8\n"
        "其中:财政拨款 | 86.40 90.00 88.20 — — —\n"
    )
    assert rows[0] == {
        Role.PRIOR: Decimal("86.40"),
        Role.BUDGET: Decimal("90.00"),
        Role.ACTUAL: Decimal("88.20"),
        Role.WEIGHT: Decimal("10"),
        Role.TARGET: Decimal("98.00"),
        Role.SCORE: Decimal("9.8"),
    }
    assert rows[1][Role.BUDGET] == Decimal("90.00")


def test_a_number_whose_thousands_a_space_parts_is_not_cut_into_figures() -> None:
    rows = _funding(
        "项目资金 | 全年预算数 | 全年执行数 | 执行率\n年度资金总额 | 1 846.48 1 702.10 92.18%\n"
    )
    assert all(Decimal("846.48") not in row.values() for row in rows)


def test_a_prior_budgets_words_are_not_read_again_as_the_years_budget() -> None:
    figures = _prose(
        "年初预算安排资金300.00万元,年中追加后全年预算数335.50万元,实际支出330.12万元。"
    )
    assert figures[Role.PRIOR] == Decimal("300.00")
    assert figures[Role.BUDGET] == Decimal("335.50")
    assert figures[Role.ACTUAL] == Decimal("330.12")


def test_the_budgets_points_and_score_in_a_sentence() -> None:
    figures = _prose(
        "全年预算数500万元,执行数480万元,预算执行率96%。\n自评得分92.4分(预算执行情况20分,得分19.2分)。"
    )
    assert figures[Role.WEIGHT] == Decimal("20")
    assert figures[Role.SCORE] == Decimal("19.2")
    # a score without the budget's word is the whole evaluation's, not the budget's
    assert Role.WEIGHT not in _prose("全年预算数500万元,执行数480万元。\n总分100分,得分92.4分。")


def _sources(text: str) -> dict[FundingSource, dict[Role, Decimal]]:
    lines = [SourceLine(n, line, ()) for n, line in enumerate(text.split("\n"))]
    return {row.source: row.figures for row in read_prose_sources(lines)}


def test_the_parts_of_a_budget_in_prose_are_its_fiscal_and_other_rows() -> None:
    sources = _sources(
        "年初预算980.00万元,调整后预算数1012.40万元,其中:市级财政资金962.40万元、其他资金50.00万元;"
        "全年执行数990.10万元。"
    )
    assert sources == {
        FundingSource.FISCAL: {Role.BUDGET: Decimal("962.40")},
        FundingSource.OTHER: {Role.BUDGET: Decimal("50.00")},
    }
    # the part of the 年初 budget where that is the amount it follows
    sources = _sources("年初预算安排640万元(其中财政拨款600万元),全年预算数700万元。")
    assert sources == {FundingSource.FISCAL: {Role.PRIOR: Decimal("600")}}


def test_money_of_other_kinds_after_a_budget_is_no_part_of_it() -> None:
    assert _sources("全年预算数700万元,其中:设备购置300万元、工程费400万元。") == {}
    assert _sources("财政拨款600万元,其他资金100万元。") == {}


_SELF_EVALUATION = (
    "某区司法局2024年度部门整体支出绩效自评报告\n"
    "一、预算执行情况\n"
    "2024年全年预算数860.00万元,全年执行数842.80万元,预算执行率98.00%。\n"
    "二、绩效指标完成情况\n"
    "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
    "| 产出指标 | 数量指标 | 法律援助案件数 | ≥500件 | 536件 | 20 | 20 |\n"
    "| 产出指标 | 质量指标 | 人民调解成功率 | ≥95% | 97% | 20 | 20 |\n"
    "| 效益指标 | 社会效益指标 | 群众法治意识 | 逐步提高 | 逐步提高 | 20 | 18 |\n"
    "| 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 94% | 20 | 20 |\n"
    "| {label} | | | | {figure} | 20 | 19.6 |\n"
    "| 合计 | | | | | 100 | 97.6 |\n"
)


def test_a_scored_budget_execution_row_of_the_indicator_table_is_the_funding_rows(
    tmp_path: Path,
) -> None:
    document = read_form(tmp_path, _SELF_EVALUATION.format(label="预算执行率", figure="98.00%"))
    evaluation = document.department_evaluation
    assert evaluation is not None
    total = evaluation.funding_execution[0]
    assert (total.weight, total.score) == (Decimal("20"), Decimal("19.6"))
    names = [item.name for goal in document.department_goals for item in goal.indicators]
    assert "预算执行率" not in names and "群众满意度" in names


def test_a_budget_execution_indicator_with_a_target_of_its_own_stays_an_indicator(
    tmp_path: Path,
) -> None:
    document = read_form(tmp_path, _SELF_EVALUATION.format(label="预算执行率 | ≥95%", figure=""))
    names = [item.name for goal in document.department_goals for item in goal.indicators]
    evaluation = document.department_evaluation
    assert evaluation is not None and evaluation.funding_execution[0].weight is None
    assert "预算执行率" in names


def test_a_funding_labels_unit_on_the_figures_line_and_a_spaced_month_range() -> None:
    # a text PDF's layer: 项目资金 over (万元) in one merged cell, 1-9 spaced from 月执行数
    rows = _funding(
        " 项目名称     乡镇卫生院设备购置\n"
        " 项目资金     年初预算数      全年预算数      1-9 月执行数      执行率\n"
        " （万元）       52.00           60.50           41.20            68.10%\n"
    )
    assert rows == [
        {
            Role.PRIOR: Decimal("52.00"),
            Role.BUDGET: Decimal("60.50"),
            Role.ACTUAL: Decimal("41.20"),
            Role.TARGET: Decimal("68.10"),
        }
    ]


def test_a_budget_arranged_and_the_money_spent_in_months_after_a_colon() -> None:
    figures = _prose(
        "本项目2023年预算安排86.5万元,用于设备更新。\n1-9月执行:40.12万元\n执行率:46.38%"
    )
    assert figures == {
        Role.BUDGET: Decimal("86.5"),
        Role.ACTUAL: Decimal("40.12"),
        Role.TARGET: Decimal("46.38"),
    }
    # a 年初预算安排 is the prior budget's, not the year's
    figures = _prose("年初预算安排300万元,全年预算数320万元,全年执行数310万元。")
    assert (figures[Role.PRIOR], figures[Role.BUDGET]) == (Decimal("300"), Decimal("320"))


def test_a_goals_tables_total_in_rows_of_its_own_is_the_departments_budget(
    tmp_path: Path,
) -> None:
    document = read_form(
        tmp_path,
        "某县水利局部门整体绩效目标表\n"
        "部门名称\t某县水利局\n"
        "年度预算(万元)\t资金总额\t2308.60\n"
        "年度预算(万元)\t其中:财政拨款\t2200.00\n"
        "年度预算(万元)\t其他资金\t108.60\n"
        "年度总体目标\t保障水利工程安全运行。\n"
        "一级指标\t二级指标\t三级指标\t指标值\n"
        "产出指标\t数量指标\t水库巡查次数\t≥120次\n"
        "产出指标\t质量指标\t工程验收合格率\t100%\n"
        "效益指标\t社会效益指标\t防洪能力\t持续提升\n",
    )
    goal = document.department_goals[0]
    assert goal.funding_block is not None
    assert goal.funding_block.amount == Decimal("2308.60")


def _budget_of(text: str) -> tuple[Decimal | None, ...]:
    lines = [SourceLine(n, raw, (raw,)) for n, raw in enumerate(text.split("\n"), start=1)]
    read = read_budget("t.txt", lines)
    assert read is not None
    income, spending = read.budget.income, read.budget.expenditure
    return income.total, income.general_public_budget, spending.total, spending.personnel


def test_a_budget_aligned_in_columns_by_spaces_reads_each_figure_under_its_label() -> None:
    text = (
        "  年度收入预算    合计        一般公共预算拨入    上年结转\n"
        "                  3120.40     3000.00             120.40\n"
        "  年度支出预算    合计        人员经费支出        项目支出\n"
        "                  3120.40     1480.20             1640.20\n"
        "  年度整体支出目标"
    )
    assert _budget_of(text) == (
        Decimal("3120.40"),
        Decimal("3000.00"),
        Decimal("3120.40"),
        Decimal("1480.20"),
    )


def test_a_narrow_gap_inside_a_label_or_a_figure_does_not_cut_it() -> None:
    text = (
        "年 度 收 入 预 算 （万元）      金 额          年 度 支 出 预 算 （万元）      金 额\n"
        "合  计                          2 104.50       合  计                          2 104.50\n"
        "一般公共预算拨款                2 004.50       人员经费                        1 010.00\n"
        "年 度 整 体 目 标"
    )
    # the income side's figures (the spending side beside it is another rule's)
    assert _budget_of(text)[:2] == (Decimal("2104.50"), Decimal("2004.50"))


_PROJECT_FORM = (
    "某区2026年项目绩效目标表\n"
    "项目名称:社区养老服务补贴\n"
    "主管部门:某区民政局\n"
    "项目预算:{amount}\n"
    "序号 | 三级指标 | 指标值\n"
    "1 | 补贴发放人数 | ≥1200人\n"
    "2 | 补贴发放准确率 | 100%\n"
    "3 | 老年人满意度 | ≥90%\n"
)


def test_the_fiscal_part_an_amounts_field_states_in_brackets(tmp_path: Path) -> None:
    document = read_form(
        tmp_path, _PROJECT_FORM.format(amount="250.00万元(其中:区级财政资金230.00万元)")
    )
    project = document.projects[0]
    assert (project.budget, project.fiscal_funds) == (Decimal("250.00"), Decimal("230.00"))


def test_another_part_in_brackets_is_no_fiscal_money(tmp_path: Path) -> None:
    document = read_form(tmp_path, _PROJECT_FORM.format(amount="250.00万元(其中:设备购置120万元)"))
    project = document.projects[0]
    assert project.budget == Decimal("250.00") and project.fiscal_funds is None


def _fields_of(text: str) -> dict[Field, str]:
    cells = cells_of(normalise_source(text_source(text))[0].lines)
    return {found.field: found.value for found in read_fields(cells)}


def test_a_headings_amount_in_brackets_after_it_is_its_money_field() -> None:
    fields = _fields_of("一、农村道路养护项目(预算金额:126.30万元)\n")
    assert fields.get(Field.AMOUNT, "").startswith("126.30")


def test_a_bracketed_note_naming_no_money_field_is_no_amount() -> None:
    assert Field.AMOUNT not in _fields_of("一、农村道路养护项目(实施期限:2024年)\n")
    assert Field.AMOUNT not in _fields_of("一、农村道路养护项目(其中:养护120万元)\n")


_TASKS_FORM = (
    "某县卫生健康局2025年部门整体支出绩效目标表\n"
    "| 部门(单位)名称 | 某县卫生健康局 | | |\n"
    "| 年度履职任务 | 任务名称 | 主要内容 | 预算金额(万元) |\n"
    "| | 基本公共卫生服务 | 落实国家基本公共卫生服务项目 | 1320.40 |\n"
    "| | 计划生育奖励扶助 | 发放计划生育奖励扶助金 | 286.00 |\n"
    "| | {label} | | 1606.40 |\n"
    "| 年度总体目标 | 提升基层卫生服务能力。 | | |\n"
    "| 一级指标 | 二级指标 | 三级指标 | 指标值 |\n"
    "| 产出指标 | 数量指标 | 家庭医生签约人数 | ≥3.2万人 |\n"
    "| 产出指标 | 质量指标 | 老年人健康管理率 | ≥70% |\n"
    "| 效益指标 | 社会效益指标 | 居民健康素养水平 | 稳步提高 |\n"
)


def test_the_tasks_amount_total_is_the_departments_budget(tmp_path: Path) -> None:
    document = read_form(tmp_path, _TASKS_FORM.format(label="金额合计"))
    block = document.department_goals[0].funding_block
    assert block is not None and block.amount == Decimal("1606.40")


def test_a_task_whose_name_holds_no_total_word_gives_no_budget(tmp_path: Path) -> None:
    document = read_form(tmp_path, _TASKS_FORM.format(label="卫生监督执法"))
    block = document.department_goals[0].funding_block
    assert block is None or block.amount != Decimal("1606.40")


def _total_score(text: str) -> Decimal | None:
    return read_total_score(cells_of(normalise_source(text_source(text))[0].lines))


def test_a_score_tables_total_with_its_points_and_score_run_together() -> None:
    text = (
        "一级指标二级指标三级指标分值指标值实际完成值得分\n"
        "产出数量指标维修路段长度20≥12公里12.4公里20\n"
        "合计10088.5\n"
    )
    assert _total_score(text) == Decimal("88.5")


def test_a_money_total_under_no_score_header_is_no_score() -> None:
    text = "项目名称金额(万元)\n道路维修6012.50\n桥梁加固4000.00\n合计10012.50\n"
    assert _total_score(text) is None


_MULTI_YEAR = (
    "某区2025年项目支出绩效目标表\n"
    "项目名称 | 老旧管网改造\n"
    "项目总金额(万元) | 900.00\n"
    "{year}"
    "一级指标 | 二级指标 | 三级指标 | 指标值\n"
    "产出指标 | 数量指标 | 改造管网长度 | ≥12公里\n"
    "产出指标 | 质量指标 | 工程验收合格率 | 100%\n"
)


def test_a_multi_year_projects_budget_is_the_years_amount(tmp_path: Path) -> None:
    year = "其中:当年预算金额(万元) | 300.00\n"
    document = read_form(tmp_path, _MULTI_YEAR.format(year=year))
    assert document.projects[0].budget == Decimal("300.00")


def test_a_projects_total_is_its_budget_where_no_years_amount_is_stated(tmp_path: Path) -> None:
    document = read_form(tmp_path, _MULTI_YEAR.format(year=""))
    assert document.projects[0].budget == Decimal("900.00")


def test_a_money_unit_with_its_glyphs_spaced_out_is_the_forms_unit() -> None:
    assert money_unit(["项 目 资 金 ( 元 )  年 度 资 金 总 额  3260000.00"]) == "元"
    assert money_unit(["单 位 : 万 元"]) == "万元"


def test_a_unit_inside_a_word_is_no_forms_unit() -> None:
    assert money_unit(["补助标准:每人每年2000元"]) == "万元"


def test_figures_run_together_with_empty_columns_are_cut_where_the_rate_holds() -> None:
    # 年初预算数 and 分值/得分 empty: 320 | 301.44 | 94.2%, the only cut whose rate holds
    figures = _prose(
        "项目资金(万元)年初预算数全年预算数全年执行数分值执行率得分\n年度资金总额320301.4494.2%\n"
    )
    assert figures == {
        Role.BUDGET: Decimal("320"),
        Role.ACTUAL: Decimal("301.44"),
        Role.TARGET: Decimal("94.2"),
    }


def test_amounts_written_alike_win_over_a_cut_into_the_next_column() -> None:
    figures = _prose(
        "年初预算数全年预算数全年执行数分值执行率得分\n年度资金总额500.00520.00508.101097.71%9.77\n"
    )
    assert figures[Role.ACTUAL] == Decimal("508.10")
    assert (figures[Role.WEIGHT], figures[Role.SCORE]) == (Decimal("10"), Decimal("9.77"))


def test_figures_run_together_whose_rate_holds_for_no_cut_are_not_read() -> None:
    figures = _prose(
        "项目资金(万元)年初预算数全年预算数全年执行数分值执行率得分\n年度资金总额320301.4412.5%\n"
    )
    assert Role.ACTUAL not in figures


def test_figures_a_stream_cut_out_of_a_run_together_table_are_cut_again_where_the_rate_holds() -> (
    None
):
    rows = _funding(
        "项目支出绩效自评表项目名称乡村道路养护项目资金(万元)年初预算数全年预算数全年执行数分值执行率得分"
        "年度资金总额380366.4496.43%年度总体目标完成乡村道路日常养护。"
    )
    assert rows[0] == {
        Role.BUDGET: Decimal("380"),
        Role.ACTUAL: Decimal("366.44"),
        Role.TARGET: Decimal("96.43"),
    }


def test_a_sentence_stating_the_funds_total_its_fiscal_part_and_the_items_points() -> None:
    text = (
        "项目年度资金总额2360000.00元,其中财政拨款2000000.00元。\n"
        "全年执行数2290000.00元,预算执行率97.03%,该项分值10分,得分9.70分。"
    )
    figures = _prose(text)
    assert figures[Role.BUDGET] == Decimal("2360000.00")
    assert (figures[Role.WEIGHT], figures[Role.SCORE]) == (Decimal("10"), Decimal("9.70"))
    assert _sources(text) == {FundingSource.FISCAL: {Role.BUDGET: Decimal("2000000.00")}}


def test_a_score_said_got_so_many_points_after_the_rate() -> None:
    figures = _prose("全年执行数188.40万元,预算执行率94.20%,该项分值10分,得9.42分。")
    assert (figures[Role.WEIGHT], figures[Role.SCORE]) == (Decimal("10"), Decimal("9.42"))


def test_points_in_a_sentence_without_the_rate_are_not_the_budgets() -> None:
    figures = _prose("全年预算数300万元,全年执行数290万元。\n满意度指标分值10分,得分9分。")
    assert Role.WEIGHT not in figures


def test_a_rows_figures_without_their_empty_cells_are_placed_where_the_rate_holds() -> None:
    # at the year's end the one budget stated is the year's (全年预算数)
    rows = _funding(
        "项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n"
        "年度资金总额 240.00 150.60 62.75%\n"
        "年度总体目标 完成全年巡查任务。\n"
    )
    assert rows[0] == {
        Role.BUDGET: Decimal("240.00"),
        Role.ACTUAL: Decimal("150.60"),
        Role.TARGET: Decimal("62.75"),
    }


def test_a_monitoring_forms_one_budget_is_its_initial_one() -> None:
    # in the year's months (1-9月执行数) no adjustment is made yet: the 年初预算数
    rows = _funding(
        "项目资金(万元) 年初预算数 全年预算数 1-9月执行数 分值 执行率 得分\n"
        "年度资金总额 240.00 150.60 62.75%\n"
        "年度总体目标 完成全年巡查任务。\n"
    )
    assert rows[0] == {
        Role.PRIOR: Decimal("240.00"),
        Role.ACTUAL: Decimal("150.60"),
        Role.TARGET: Decimal("62.75"),
    }


def test_a_rows_figures_that_keep_their_rate_stay_in_their_places() -> None:
    rows = _funding(
        "项目资金(万元) 年初预算数 全年预算数 全年执行数 执行率\n"
        "年度资金总额 200.00 240.00 150.60 62.75%\n"
    )
    assert rows[0][Role.PRIOR] == Decimal("200.00") and rows[0][Role.BUDGET] == Decimal("240.00")


def test_a_departments_block_run_together_states_each_sides_total_in_its_unit() -> None:
    text = (
        "某局2025年部门整体支出绩效目标表部门名称某局年度收入预算(万元)合计1520.30财政拨款1500.30"
        "其他资金20.00年度支出预算(万元)合计1520.30基本支出900.00项目支出620.30一级指标二级指标"
    )
    budget = read_prose_budget(_line(text))
    assert budget is not None
    assert budget.income.total == budget.expenditure.total == Decimal("1520.30")


def test_a_block_whose_total_has_no_unit_named_is_not_read_so() -> None:
    assert read_prose_budget(_line("年度收入预算合计1520.30财政拨款1500.30")) is None


def test_an_indicators_unit_is_not_the_forms_money_unit() -> None:
    assert money_unit(["度量单位:元/人·年", "年度资金总额:120.00万元"]) == "万元"


_CARDS = (
    "2024年度项目支出绩效自评表\n"
    "项目名称:乡村学校营养餐补助\n"
    "年初预算数:300.00万元\n"
    "全年预算数:320.00万元\n"
    "全年执行数:312.00万元\n"
    "分值:10\n"
    "执行率:97.50%\n"
    "得分:9.75\n"
)


def test_a_forms_columns_as_label_value_lines_give_the_weight_before_the_rate() -> None:
    figures = _prose(_CARDS)
    assert (figures[Role.WEIGHT], figures[Role.TARGET], figures[Role.SCORE]) == (
        Decimal("10"),
        Decimal("97.50"),
        Decimal("9.75"),
    )


def test_a_weight_two_lines_before_the_rate_is_another_columns() -> None:
    figures = _prose(_CARDS.replace("分值:10\n执行率", "分值:10\n备注:无\n执行率"))
    assert Role.WEIGHT not in figures


def test_a_fiscal_amount_glued_to_its_label_keeps_its_unit(tmp_path: Path) -> None:
    document = read_form(
        tmp_path,
        "项目支出绩效目标表\n项目名称:城区路灯维护\n年度资金总额:3600000.00元\n"
        "其中:财政拨款:3400000.00元\n"
        "一级指标 | 二级指标 | 三级指标 | 指标值\n产出指标 | 数量指标 | 维护路灯数量 | ≥5000盏\n",
    )
    project = document.projects[0]
    assert (project.budget, project.fiscal_funds) == (Decimal("360"), Decimal("340"))


def test_a_departments_funds_total_as_a_field_is_its_goals_money(tmp_path: Path) -> None:
    document = read_form(
        tmp_path,
        "2026年度部门整体支出绩效目标表\n部门名称:某县审计局\n年度资金总额:812.40万元\n"
        "——————\n一级指标:产出指标\n二级指标:数量指标\n三级指标:审计项目数量\n目标值:≥40个\n"
        "——————\n一级指标:效益指标\n二级指标:社会效益指标\n三级指标:审计整改率\n目标值:≥90%\n",
    )
    block = document.department_goals[0].funding_block
    assert block is not None and block.amount == Decimal("812.40")


def test_a_cards_total_is_the_score_of_the_card_whose_level_names_it() -> None:
    text = (
        "一级指标:满意度指标\n三级指标:群众满意度\n分值:10\n得分:9\n——————\n"
        "一级指标:总分\n权重(%):100\n评分:91.5\n"
    )
    assert _total_score(text) == Decimal("91.5")


def test_a_card_naming_no_total_gives_no_total_score() -> None:
    assert _total_score("一级指标:满意度指标\n权重(%):10\n得分:9\n") is None


def test_a_page_number_under_the_total_row_is_not_its_score() -> None:
    text = (
        "一级指标 二级指标 三级指标 分值 得分\n产出 数量 培训人数 20 18\n"
        "总分   100   92.5\n\n   3\n"
    )
    assert _total_score(text) == Decimal("92.5")


def test_a_run_together_monitoring_row_names_its_months_and_keeps_its_initial_budget() -> None:
    figures = _prose(
        "项目资金(万元)年初预算数全年预算数1-6月执行数分值执行率得分\n年度资金总额240.00150.6062.75%\n"
    )
    assert figures == {
        Role.PRIOR: Decimal("240.00"),
        Role.ACTUAL: Decimal("150.60"),
        Role.TARGET: Decimal("62.75"),
    }
