"""Targets and figures as reports and department texts state them: a table of the name and
its target alone, ``一级——二级:`` lists, ``名称目标为X`` sentences, standards run into their
names, progress clauses, the money's adjusted budget, the unit a report is by."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from general_support import table_rows
from jixiao.domain.framework import Category, Subcategory
from jixiao.domain.model import DocumentKind, PerformanceDocument
from jixiao.domain.target import TargetKind, parse_target
from jixiao.domain.units import canonical_unit
from jixiao.ingest.general.fields import (
    read_line_fields,
    read_prose_funding,
    read_prose_total_score,
)
from jixiao.ingest.general.genres import genre_of
from jixiao.ingest.general.pages import without_page_breaks
from jixiao.ingest.general.prose import ProseTarget, read_prose_targets
from jixiao.ingest.general.prose_budget import read_prose_budget
from jixiao.ingest.general.reader import read_document
from jixiao.ingest.general.vocabulary import Field, Role
from jixiao.ingest.readers import read_source
from jixiao.ingest.report import ImportReport
from jixiao.ingest.source import SourceLine


def _prose(*texts: str) -> list[ProseTarget]:
    lines = [SourceLine(n, text, (text,)) for n, text in enumerate(texts, start=1)]
    return read_prose_targets(lines)


def _document(tmp_path: Path, text: str) -> PerformanceDocument:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    source = read_source(path)
    return read_document(source, ImportReport(source=source.name, format="txt", genre=""))


def test_a_pipe_table_of_numbered_names_and_targets_alone_is_an_indicator_table(
    tmp_path: Path,
) -> None:
    document = _document(
        tmp_path,
        "某县某局2025年部门整体支出绩效目标表\n"
        "| 部门名称 | 某县某局 |\n"
        "| 绩效指标 | 指标内容 | 指标值 |\n"
        "| 1 | 道路养护里程 | 不少于120公里 |\n"
        "| 2 | 群众满意度 | 达到90%以上 |\n"
        "| 3 | 资金拨付 | 按标准足额拨付 |\n",
    )
    read = {indicator.name: indicator.target for _, indicator in document.all_indicators()}
    assert set(read) == {"道路养护里程", "群众满意度", "资金拨付"}
    assert read["道路养护里程"] is not None and read["道路养护里程"].value == Decimal(120)
    assert read["资金拨付"] is not None and read["资金拨付"].standard == "按标准足额拨付"


def test_two_header_words_in_prose_make_no_table(tmp_path: Path) -> None:
    document = _document(
        tmp_path,
        "某县某局2025年工作总结\n指标名称 指标值 都已在申报表中填报。\n道路养护里程 120公里\n",
    )
    assert list(document.all_indicators()) == []


def test_a_second_level_label_after_its_first_level_one_and_a_dash_opens_an_item() -> None:
    found = _prose(
        "1.产出指标——数量指标:培训人数≥500人;发放手册不少于800册。质量指标:合格率≥95%。",
        "2.效益指标——社会效益指标:群众健康素养水平稳步提高。",
    )
    assert [(item.name, item.phrase, item.subcategory) for item in found] == [
        ("培训人数", "≥500人", Subcategory.QUANTITY),
        ("发放手册", "不少于800册", Subcategory.QUANTITY),
        ("合格率", "≥95%", Subcategory.QUALITY),
        ("群众健康素养水平", "稳步提高", Subcategory.SOCIAL),
    ]


def test_a_name_then_wei_and_a_recurring_deadline_is_a_target_under_a_label() -> None:
    found = _prose("时效指标:补助资金拨付时限为每季度首月15日前。")
    assert [(item.name, item.phrase) for item in found] == [
        ("补助资金拨付时限", "每季度首月15日前")
    ]


def test_a_sentence_saying_wei_outside_a_label_is_no_target() -> None:
    assert _prose("本项目负责人为每季度首月15日前报送材料的同志。") == []


def test_a_standard_run_into_its_name_is_cut_at_its_word_of_degree() -> None:
    found = _prose("可持续影响指标:服务体系运行机制持续健全;基础设施短板明显改善。")
    assert [(item.name, item.target.standard) for item in found] == [
        ("服务体系运行机制", "持续健全"),
        ("基础设施短板", "明显改善"),
    ]
    assert all(item.target.kind is TargetKind.QUALITATIVE for item in found)


def test_a_sentence_naming_the_target_column_keeps_only_the_indicator_as_name() -> None:
    found = _prose(
        "1.数量指标。年度目标为改造老旧小区不少于28个,截至8月底已开工26个。涉及户数目标为"
        "不少于3600户,目前已惠及2450户。",
        "4.成本指标。平均成本目标控制在90万元以内,目前已完工小区平均成本为86.3万元。",
    )
    assert [(item.name, item.phrase, item.actual) for item in found] == [
        ("改造老旧小区", "不少于28个", "已开工26个"),
        ("涉及户数", "不少于3600户", "已惠及2450户"),
        ("平均成本", "控制在90万元以内", "已完工小区平均成本为86.3万元"),
    ]


def test_a_name_ending_in_target_before_a_number_keeps_its_word() -> None:
    found = _prose("1.数量指标:完成上级下达目标100%。")
    assert [item.name for item in found] == ["完成上级下达目标"]


def test_a_category_heading_of_its_own_line_heads_the_sentence_under_it() -> None:
    found = _prose("(三)满意度指标", "居民满意度目标为不低于90%,拟于完工后开展问卷调查。")
    assert [(item.name, item.phrase, item.category) for item in found] == [
        ("居民满意度", "不低于90%", Category.SATISFACTION)
    ]


def test_the_adjusted_budget_in_prose_is_the_years_budget() -> None:
    text = "年初预算1650万元,年中追加210万元,调整后预算1860万元;全年实际支出1822.80万元。"
    funding = read_prose_funding([SourceLine(1, text, (text,))])
    assert funding is not None
    assert funding.figures[Role.PRIOR] == Decimal(1650)
    assert funding.figures[Role.BUDGET] == Decimal(1860)
    assert funding.figures[Role.ACTUAL] == Decimal("1822.80")


def test_a_project_self_evaluation_report_is_the_projects_and_its_units_lose_their_wei(
    tmp_path: Path,
) -> None:
    document = _document(
        tmp_path,
        "某县某局\n2023年度某某治理项目绩效自评报告\n"
        "一、项目概况\n(一)项目基本情况。某某治理项目是本县的重点工作,主要用于坡耕地改造。"
        "项目主管部门为某县某局,实施单位为某县某某中心。\n"
        "指标 目标值 完成值\n产出指标\n治理面积 ≥45平方公里 46.2平方公里\n",
    )
    assert [project.name for project in document.projects] == ["某某治理项目"]
    assert document.department is not None and document.department.name == "某县某某中心"


def test_a_unit_written_with_its_regions_level_alone_is_the_letter_heads_unit(
    tmp_path: Path,
) -> None:
    document = _document(
        tmp_path,
        "某某县交通运输局\n关于2024年农村公路养护项目绩效运行监控情况的报告\n"
        "农村公路养护项目由县交通运输局主管并组织实施。\n"
        "1.数量指标。养护里程目标为不少于120公里。\n",
    )
    assert document.department is not None
    assert document.department.name == "某某县交通运输局"


def test_a_department_budget_stated_in_prose_is_its_income_and_spending() -> None:
    text = (
        "2026年部门预算收入合计1586.72万元,其中一般公共预算拨款1486.72万元、上年结转100.00万元;"
        "支出合计1586.72万元,其中人员经费826.40万元、公用经费98.32万元、项目支出662.00万元。"
    )
    budget = read_prose_budget([SourceLine(3, text, (text,))], "t.txt")
    assert budget is not None
    assert budget.income.total == Decimal("1586.72")
    assert budget.income.general_public_budget == Decimal("1486.72")
    assert budget.income.carry_over == Decimal("100.00")
    assert budget.expenditure.total == Decimal("1586.72")
    assert budget.expenditure.project == Decimal("662.00")
    assert budget.income.provenance["total"].line == 3


def test_a_budget_total_in_yuan_is_kept_in_wan_yuan() -> None:
    text = "2025年收入预算总计68234500元,支出预算总计68234500元。"
    budget = read_prose_budget([SourceLine(1, text, (text,))])
    assert budget is not None and budget.income.total == Decimal("6823.45")


def test_money_spent_or_received_without_a_budget_word_is_no_budget() -> None:
    text = "截至8月31日,项目累计支出1375.60万元,收入1400万元。"
    assert read_prose_budget([SourceLine(1, text, (text,))]) is None


def test_a_budget_texts_heading_over_the_departments_targets_names_the_genre(
    tmp_path: Path,
) -> None:
    document = _document(
        tmp_path,
        "某县某局2025年部门预算公开说明\n第一部分 部门概况\n"
        "2025年收入预算总计6823.45万元,支出预算总计6823.45万元。\n"
        "(二)部门整体支出绩效目标。\n"
        "1.产出指标——数量指标:家庭医生签约服务人数≥5.2万人。\n",
    )
    assert document.kind is DocumentKind.DEPARTMENT_PERFORMANCE
    assert document.budget.income.total == Decimal("6823.45")


def test_a_place_counted_with_its_measure_word_is_a_unit() -> None:
    assert canonical_unit("个行政村") == "个行政村"
    target = parse_target("180个行政村")
    assert target.value == Decimal(180) and target.unit == "个行政村"


_PAGED = """某县某局2021年度某某工程项目绩效评价报告
一级指标 二级指标 三级指标 年度目标值 实际完成值 是否完成
产出指标 数量指标 新建供水工程处数 ≥6处 6处 是
产出指标 质量指标 水质达标率（农村千吨万人
某某文库 —— 第1页 共9页
第2页
一级指标 二级指标 三级指标 年度目标值 实际完成值 是否完成
以上供水工程） ≥90% 86.7% 否
满意度指标 服务对象满意度指标 受益群众满意度 ≥90% 91.8% 是
某某文库 —— 第2页 共9页
"""


def test_a_table_continued_over_a_page_break_reads_on_with_its_broken_row_joined() -> None:
    rows = table_rows(_PAGED)
    # 是否完成 is a header word: no row of its own
    assert [(row[Role.NAME], row.get(Role.TARGET)) for row in rows] == [
        ("新建供水工程处数", "≥6处"),
        ("水质达标率(农村千吨万人以上供水工程)", "≥90%"),
        ("受益群众满意度", "≥90%"),
    ]


def test_a_header_repeated_without_a_page_break_between_starts_a_table_of_its_own() -> None:
    lines = [
        SourceLine(n, text, (text,))
        for n, text in enumerate(
            _PAGED.replace("某某文库 —— 第1页 共9页\n第2页\n", "").splitlines(), 1
        )
    ]
    kept = without_page_breaks(lines)
    assert sum(1 for line in kept if line.text.startswith("一级指标")) == 2


def test_a_project_score_opening_a_clause_is_the_total_score() -> None:
    text = "经综合评价,项目得分88.6分,评价等级为“良”。其中子项目得分90分。"
    assert read_prose_total_score([SourceLine(1, text, (text,))]) == Decimal("88.6")
    final = "最终得分85.6分,评定等级为“良”。"
    assert read_prose_total_score([SourceLine(1, final, (final,))]) == Decimal("85.6")
    other = "其中子项目得分90分。"
    assert read_prose_total_score([SourceLine(1, other, (other,))]) is None


def test_the_years_budget_adjusted_to_a_figure_is_the_years_budget() -> None:
    text = "2023年年初预算682.40万元,全年预算调整为735.16万元,全年实际支出721.98万元。"
    funding = read_prose_funding([SourceLine(1, text, (text,))])
    assert funding is not None
    assert funding.figures[Role.PRIOR] == Decimal("682.40")
    assert funding.figures[Role.BUDGET] == Decimal("735.16")


def test_a_project_budget_label_with_its_unit_names_the_amount() -> None:
    line = "项目预算(万元):386.00,其中财政资金 386.00,其他资金 0.00"
    found = read_line_fields([SourceLine(1, line, (line,))])
    assert (Field.AMOUNT, "386.00") in [(item.field, item.value) for item in found]


def test_a_money_label_then_total_then_figure_is_the_figure(tmp_path: Path) -> None:
    document = _document(
        tmp_path,
        "项目支出绩效目标表\n"
        "| 项目名称 | 2024年某某项目 | 主管部门 | 某县某局 |\n"
        "| 预算金额 | 合计 | 1650.00 | 其中:财政资金 | 1650.00 | 其他资金:0 |\n"
        "| 一级指标 | 二级指标 | 三级指标 | 指标值 | 备注 |\n"
        "| 产出指标 | 数量指标 | 人工造林面积 | ≥1.5万亩 | |\n",
    )
    assert document.projects and document.projects[0].budget == Decimal("1650.00")


def test_air_and_water_quality_units_are_units_of_mass_per_volume() -> None:
    assert canonical_unit("μg/m3") == "微克/立方米"
    assert canonical_unit("mg/L") == "毫克/升"
    target = parse_target("≤ 24 微克/立方米")
    assert target.value == Decimal(24) and target.unit == "微克/立方米"


def test_a_web_pages_breadcrumb_is_no_title() -> None:
    lines = [
        "某县人民政府",
        "首页>政务公开>财政预决算>绩效评价结果",
        "某县2022年度某某专项资金绩效评价指标体系及评分表",
    ]
    assert genre_of(lines, []) is DocumentKind.EVALUATION_SCORE_TABLE
    # an operator written >= is no breadcrumb's arrow
    assert genre_of(["某某项目绩效评价报告", "受益学生人数>=12600人>=95%"], []) is (
        DocumentKind.EVALUATION_REPORT
    )


def test_a_score_tables_head_names_the_project_and_the_unit_evaluated(tmp_path: Path) -> None:
    document = _document(
        tmp_path,
        "某县2022年度乡村旅游发展专项资金绩效评价指标体系及评分表\n"
        "评价对象:某县旅游和文化广电体育局  评价机构:某会计师事务所\n"
        "编码  指标  分值  指标值  评分标准  得分\n"
        "C11  乡村旅游点提升改造数量  10  ≥8个  每少1个扣2分  10\n"
        "C12  旅游厕所新建及改造数量  8  12座  每少1座扣1分  7\n",
    )
    assert [project.name for project in document.projects] == ["乡村旅游发展专项资金"]
    assert document.department is not None
    assert document.department.name == "某县旅游和文化广电体育局"


def test_a_dashed_list_under_heading_lines_takes_their_labels() -> None:
    found = _prose(
        "(一)产出指标",
        "1.数量指标",
        "——新建农村公路里程:不少于50公里;",
        "——危桥改造:5座。",
        "2.质量指标",
        "——工程验收合格率:100%。",
        "(三)满意度指标",
        "——群众满意度:≥90%。",
    )
    assert [(item.name, item.phrase, item.category, item.subcategory) for item in found] == [
        ("新建农村公路里程", "不少于50公里", Category.OUTPUT, Subcategory.QUANTITY),
        ("危桥改造", "5座", Category.OUTPUT, Subcategory.QUANTITY),
        ("工程验收合格率", "100%", Category.OUTPUT, Subcategory.QUALITY),
        ("群众满意度", "≥90%", Category.SATISFACTION, None),
    ]


def test_a_dashed_line_without_a_heading_above_is_no_target() -> None:
    assert _prose("工作要求如下:", "——资金拨付:按时足额。") == []


def test_a_clause_opening_with_its_execution_states_the_money_spent() -> None:
    text = "项目预算200万元,执行180万元,执行率90%。"
    funding = read_prose_funding([SourceLine(1, text, (text,))])
    assert funding is not None
    assert funding.figures[Role.BUDGET] == Decimal(200)
    assert funding.figures[Role.ACTUAL] == Decimal(180)


def test_a_label_then_fangmian_opens_an_item_and_a_first_level_label_may_lead_it() -> None:
    found = _prose(
        "数量指标方面,年度目标为培训农民不少于500人次,实际培训520人次。",
        "效益指标:社会效益指标:农村人居环境明显改善。",
    )
    assert [(item.name, item.phrase, item.subcategory) for item in found] == [
        ("培训农民", "不少于500人次", Subcategory.QUANTITY),
        ("农村人居环境", "明显改善", Subcategory.SOCIAL),
    ]


def test_a_deadline_after_wei_leaves_the_name_without_it() -> None:
    found = _prose("3.时效指标:项目完成时间为2023年12月31日前。")
    assert [item.name for item in found] == ["项目完成时间"]


def test_numbered_lines_under_a_label_line_are_its_items_without_their_numbers() -> None:
    found = _prose(
        "(一)产出指标",
        "数量指标:",
        "(1)新建农村公路里程不少于50公里;",
        "(2)危桥改造5座;",
        "质量指标:",
        "①工程验收合格率100%。",
        "四、存在的问题",
        "(1)部分路段进度滞后10天。",
    )
    assert [(item.name, item.phrase, item.subcategory) for item in found] == [
        ("新建农村公路里程", "不少于50公里", Subcategory.QUANTITY),
        ("危桥改造", "5座", Subcategory.QUANTITY),
        ("工程验收合格率", "100%", Subcategory.QUALITY),
    ]


@pytest.mark.parametrize(
    ("text", "budget", "spent"),
    [
        ("2023年度项目总预算800万元,全年实际支出760万元。", "800", "760"),
        ("项目全年预算资金共计450万元,实际使用资金430万元。", "450", "430"),
        ("全年安排预算资金1200万元,截至年底共支出1150万元。", "1200", "1150"),
    ],
)
def test_a_reports_budget_and_spending_in_the_genres_words(
    text: str, budget: str, spent: str
) -> None:
    funding = read_prose_funding([SourceLine(1, text, (text,))])
    assert funding is not None
    assert funding.figures[Role.BUDGET] == Decimal(budget)
    assert funding.figures[Role.ACTUAL] == Decimal(spent)


@pytest.mark.parametrize(
    "text",
    [
        "2024年部门预算总收入1234.56万元,总支出1234.56万元。",
        "2024年部门收支预算总计1234.56万元。",
        "本部门2024年收入预算1234.56万元,支出预算1234.56万元。",
    ],
)
def test_a_department_budgets_two_sides_in_the_genres_words(text: str) -> None:
    budget = read_prose_budget([SourceLine(1, text, (text,))])
    assert budget is not None
    assert budget.income.total == budget.expenditure.total == Decimal("1234.56")


def test_a_name_and_target_header_parted_by_spaces_reads_its_rows() -> None:
    rows = table_rows(
        "某局2025年部门整体支出绩效目标表\n绩效指标  指标内容  指标值\n"
        "1  道路养护里程  ≥120公里\n2  资金拨付  按标准足额拨付\n"
    )
    assert [(row[Role.NAME], row[Role.TARGET]) for row in rows] == [
        ("道路养护里程", "≥120公里"),
        ("资金拨付", "按标准足额拨付"),
    ]


def test_a_listed_name_naming_its_target_column_keeps_the_figures_after_as_actual() -> None:
    found = _prose(
        "1.数量指标",
        "(1)受益学生人数:年度目标≥3.6万人,1-6月完成3.62万人,预计全年完成3.62万人;",
        "(2)供餐学校数量:年度指标值216所,已完成216所。",
    )
    assert [(item.name, item.phrase, item.actual) for item in found] == [
        ("受益学生人数", "≥3.6万人", "3.62万人"),
        ("供餐学校数量", "216所", "216所"),
    ]


def test_a_plans_words_and_a_measures_target_word_are_no_part_of_the_name() -> None:
    found = _prose(
        "1.数量指标:计划完成高标准农田建设2万亩,实际完成2.1万亩。",
        "2.质量指标:工程质量合格率目标100%,实际100%。",
        "3.时效指标:计划于2023年10月底前完工。",
        "4.数量指标:计划生育家庭奖扶人数1200人;完成上级下达目标100%。",
    )
    # the plan's deadline is a 时效 target of its own, named for the act it times: 计划 is
    # no part of that name either
    assert [item.name for item in found] == [
        "高标准农田建设",
        "工程质量合格率",
        "完工时间",
        "计划生育家庭奖扶人数",
    ]


def test_targets_listed_with_dun_commas_are_one_each_and_a_name_holding_one_stays() -> None:
    found = _prose(
        "数量指标:新建农村公路不少于50公里、改造危桥5座、培训农民500人次。",
        "质量指标:道路、桥梁养护合格率≥95%。",
    )
    assert [(item.name, item.phrase) for item in found] == [
        ("新建农村公路", "不少于50公里"),
        ("改造危桥", "5座"),
        ("培训农民", "500人次"),
        ("道路、桥梁养护合格率", "≥95%"),
    ]


def test_a_list_under_the_main_indicators_label_is_read_under_no_category() -> None:
    found = _prose("主要绩效指标:道路养护里程≥120公里;群众满意度≥90%。")
    assert [(item.name, item.category) for item in found] == [
        ("道路养护里程", None),
        ("群众满意度", None),
    ]


def test_a_project_expenditure_reports_title_names_the_project_without_its_expenditure(
    tmp_path: Path,
) -> None:
    document = _document(
        tmp_path,
        "某县农业农村局\n2023年度耕地地力保护补贴项目支出绩效自评报告\n"
        "二、绩效目标完成情况\n1.数量指标:补贴面积目标≥50万亩,实际完成51.2万亩。\n",
    )
    assert [project.name for project in document.projects] == ["耕地地力保护补贴项目"]


def test_a_tables_header_spaced_out_on_one_line_is_no_name_and_target(tmp_path: Path) -> None:
    document = _document(
        tmp_path,
        "某项目绩效自评表\n一级指标 二级指标 三级指标 指标值 实际完成值\n"
        "1、产出指标 数量指标 新建供水工程处数 ≥6处 6处\n",
    )
    assert [indicator.name for _, indicator in document.all_indicators()] == ["新建供水工程处数"]
