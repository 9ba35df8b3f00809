"""Traits of published documents the general reader met first in a blind hold-out set
(docs/holdout.md), each read here in a text of its own: reports that list targets in
clauses naming their columns, money and keys stated in prose, a department's 申报表, PDF
text with spaced-out glyphs, an allocation table before the form, columns listed before
their figures."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from jixiao.domain.model import DocumentKind, FundingSource, PerformanceDocument
from jixiao.domain.target import TargetKind
from jixiao.ingest.pipeline import missing_parts, parse_file
from jixiao.ingest.report import ImportReport


def _parse(tmp_path: Path, text: str) -> tuple[PerformanceDocument, ImportReport]:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return parse_file(path)


def _targets(document: PerformanceDocument) -> dict[str, str | None]:
    return {
        indicator.name: indicator.target.canonical if indicator.target else None
        for _, indicator in document.all_indicators()
    }


_REPORT = """某县水务局2023年农村供水保障工程项目绩效运行监控报告
一、项目基本情况
该项目由某县水务局主管,某县供水站负责实施。2023年年初预算500万元,1-6月执行210.5万元,预算执行率42.10%。
二、绩效目标完成情况
(一)产出指标
1.数量指标:新建供水管网长度,年度指标值不少于30公里,1-6月完成值12公里;改造水厂数量,年度指标值=2座,1-6月完成值1座。
2.质量指标:供水水质达标率,年度指标值≥95%,1-6月完成值96%。
3.时效指标:工程完工时间,年度指标值2023年11月底前,1-6月完成值按计划推进。
(二)满意度指标
服务对象满意度指标:受益群众满意度,年度指标值≥90%,1-6月完成值尚未调查。
"""


def test_clauses_that_name_their_column_give_the_target_to_the_name_before(
    tmp_path: Path,
) -> None:
    document, _ = _parse(tmp_path, _REPORT)
    assert _targets(document) == {
        "新建供水管网长度": "≥30公里",
        "改造水厂数量": "=2座",
        "供水水质达标率": "≥95%",
        "工程完工时间": "2023年11月底前",
        "受益群众满意度": "≥90%",
    }
    first = document.projects[0].indicators[0]
    assert first.result is not None and first.result.actual_text == "12公里"


def test_a_reports_money_key_and_unit_are_read_from_its_prose_and_title(tmp_path: Path) -> None:
    document, _ = _parse(tmp_path, _REPORT)
    project = document.projects[0]
    assert project.name == "农村供水保障工程项目"
    assert document.department.name == "某县供水站"  # the unit that carries it out
    assert project.supervising_department == "某县水务局"
    row = project.funding_execution[0]
    assert row.source is FundingSource.TOTAL
    assert (row.initial_budget, row.executed, row.execution_rate) == (
        Decimal("500"),
        Decimal("210.5"),
        Decimal("42.10"),
    )
    assert project.budget == Decimal("500")


def test_an_evaluation_names_its_unit_project_and_score_in_prose(tmp_path: Path) -> None:
    text = (
        "某区财政局关于2022年某项补助项目绩效评价结果的公告\n"
        "某区财政局委托第三方机构对某区卫生健康局“2022年基层医疗补助项目”开展重点绩效评价。"
        "该项目2022年安排资金1,200.00万元,实际支出1,150.00万元,预算执行率95.83%。"
        "经评价,该项目综合得分87.5分,评价等级为“良”。\n"
        "一级指标 二级指标 三级指标 指标值 完成情况\n"
        "产出指标 数量指标 补助人次 ≥3000人次 已完成\n"
        "满意度指标 服务对象满意度指标 患者满意度 ≥90% 已完成\n"
    )
    document, _ = _parse(tmp_path, text)
    project = document.projects[0]
    assert (document.department.name, project.name) == ("某区卫生健康局", "2022年基层医疗补助项目")
    assert (project.budget, project.total_score) == (Decimal("1200.00"), Decimal("87.5"))
    assert project.funding_execution[0].executed == Decimal("1150.00")


def test_prose_naming_two_projects_gives_the_first_and_the_unit_the_money_went_to(
    tmp_path: Path,
) -> None:
    text = (
        "关于2021年道路项目的绩效运行监控报告\n"
        "按文件要求,下达某镇人民政府道路建设资金80万元,项目名称甲村道路项目和乙村道路项目,"
        "项目总投资80万元。\n"
        "1.数量指标:道路长度不低于2公里。\n"
        "2.满意度指标:群众满意度≥90%。\n"
    )
    document, _ = _parse(tmp_path, text)
    assert document.projects[0].name == "甲村道路项目"
    assert document.department.name == "某镇人民政府"


def test_a_departments_target_form_is_a_departments_text_with_its_three_level_column(
    tmp_path: Path,
) -> None:
    text = (
        "部门整体支出绩效目标申报表\n(2022年度)\n"
        "部门名称  某县统计局\n"
        "一级指标    二级指标    指标            指标值    备注\n"
        "产出指标    数量指标    统计调查项目数  ≥12项\n"
        "            质量指标    数据差错率      ≤1%\n"
        "满意度指标  服务对象满意度  用户满意度  ≥90%\n"
    )
    document, _ = _parse(tmp_path, text)
    assert document.kind is DocumentKind.DEPARTMENT_PERFORMANCE
    assert _targets(document) == {
        "统计调查项目数": "≥12项",
        "数据差错率": "≤1%",
        "用户满意度": "≥90%",
    }


def test_spaced_out_glyphs_are_words_and_a_side_label_is_no_cell(tmp_path: Path) -> None:
    text = (
        "2 0 2 3 年 某 项 资 金 区 域 绩 效 目 标 表\n"
        "转 移 支 付 名 称      某项资金\n"
        "中 央 主 管 部 门      某部\n"
        "地 方 主 管 部 门      某 县 某 局\n"
        "绩      一 级 指 标    二 级 指 标    三 级 指 标          指 标 值\n"
        "效      产 出 指 标    数 量 指 标    治 理 河 道 长 度    ≥10公里\n"
        "指                                    维修养护处数         ≥20处\n"
        "标      满意度指标     服务对象满意度  受益群众满意度       ≥90%\n"
    )
    document, _ = _parse(tmp_path, text)
    assert document.fiscal_year == 2023
    assert document.department.name == "某县某局"  # the local 主管部门, not the central one
    assert _targets(document) == {
        "治理河道长度": "≥10公里",
        "维修养护处数": "≥20处",
        "受益群众满意度": "≥90%",
    }


def test_an_allocation_table_before_the_form_gives_the_unit_and_its_money(tmp_path: Path) -> None:
    text = (
        "某项补助资金安排表 | | |\n单位:元 | | |\n单位 | 全年补助资金 | 其中:提前下达 |\n"
        "某县职业学校 | 1,250,000 | 1,000,000 |\n"
        "某项补助资金绩效目标表 | | |\n(2020年度) | | |\n"
        "专项名称 | 某项补助资金 | |\n"
        "县级主管部门 | 县(市、区)教育部门 | |\n"
        "一级指标 | 二级指标 | 三级指标 | 指标值 |\n"
        "产出指标 | 数量指标 | 受助学生人数 | ≥300人 |\n"
        "满意度指标 | 服务对象满意度指标 | 学生满意度 | ≥90% |\n"
    )
    document, _ = _parse(tmp_path, text)
    assert document.department.name == "某县职业学校"
    assert document.projects[0].budget == Decimal("125.0000")


def test_columns_listed_before_their_figures_are_read_in_order(tmp_path: Path) -> None:
    text = (
        "某项目绩效自评表(2021年度)项目名称某项目实施单位某县某中心主管部门某县某局资金情况(万元)"
        "年度资金总额全年预算数(A)120全年执行数(B)执行率(B/A)其中自治区补助120万元\n"
        "96.6万元\n80.5%一级指标二级指标三级指标分值年度指标值全年实际值得分"
        "产出指标(50分)数量指标指标1培训人次10≥500人次520人次10"
        "满意度指标(10分)服务对象满意度指标学员满意度10≥90%95%10\n"
    )
    document, _ = _parse(tmp_path, text)
    row = document.projects[0].funding_execution[0]
    assert (row.full_year_budget, row.executed, row.execution_rate) == (
        Decimal("120"),
        Decimal("96.6"),
        Decimal("80.5"),
    )


def test_a_recurring_deadline_and_a_rate_per_hundred_thousand_are_targets(tmp_path: Path) -> None:
    text = (
        "项目支出绩效目标表\n(2024年度)\n项目名称 | 某项目 |\n实施单位 | 某县某局 |\n"
        "一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 |\n"
        "产出指标 | 时效指标 | 补助发放时间 | 定性 | 每月10日前 | |\n"
        "效益指标 | 社会效益指标 | 某病死亡率 | ≤ | 15 | /10万 |\n"
        "| | 重大安全事故 | 定性 | 不发生 | |\n"
        "满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥ | 90 | % |\n"
    )
    document, _ = _parse(tmp_path, text)
    indicators = {i.name: i.target for i in document.projects[0].indicators}
    deadline, rate, accident = (
        indicators[n] for n in ("补助发放时间", "某病死亡率", "重大安全事故")
    )
    assert deadline is not None and deadline.kind is TargetKind.QUALITATIVE
    assert deadline.standard == "每月10日前"
    assert rate is not None and (rate.value, rate.unit) == (Decimal(15), "/10万")
    assert accident is not None and accident.standard == "不发生"


def test_a_table_cut_in_its_last_row_before_the_target_is_incomplete(tmp_path: Path) -> None:
    text = (
        "项目支出绩效目标表\n(2024年度)\n项目名称\t某项目\n实施单位\t某县某局\n"
        "一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据\n"
        "产出指标\t数量指标\t服务人次\t全年服务人次\t≥500人次\t计划标准\n"
        "\t质量指标\t服务合格率\t合格人次/服务人次\t≥95%\t行业标准\n"
        "满意度指标\t服务对象满意度指标\t群众满意度\t满意人数/调"
    )
    _, report = _parse(tmp_path, text)
    assert missing_parts(report)


def test_the_general_reader_reads_a_forms_title_type_rating_and_months(tmp_path: Path) -> None:
    text = (
        "某县2022年度财政支出项目绩效评价得分表\n"
        "项目名称:某项整治项目\n实施单位:某县某局\n"
        "项目类型:R常年性项目  £一次性项目\n"
        "| 一级指标 | 二级指标 | 三级指标 | 分值 | 目标值 | 实际完成值 | 得分 |\n"
        "| 产出 | 数量指标 | 整治数量 | 50 | ≥40处 | 42处 | 50 |\n"
        "| 满意度 | 服务对象满意度 | 群众满意度 | 50 | ≥90% | 92% | 50 |\n"
        "| 合计 | | | 100 | | | 100 |\n"
        "评价等级:R优  £良  £中  £差\n"
    )
    document, _ = _parse(tmp_path, text)
    project = document.projects[0]
    assert document.title == "某县2022年度财政支出项目绩效评价得分表"
    assert (project.project_type, project.rating, project.total_score) == (
        "常年性项目",
        "优",
        Decimal(100),
    )
    document, _ = _parse(tmp_path, _REPORT)
    assert document.projects[0].execution_as_of_month == 6


def test_a_unit_named_in_short_in_the_title_is_named_in_full_where_the_text_does(
    tmp_path: Path,
) -> None:
    text = (
        "某区司法局2026年部门预算绩效文本\n"
        "一、部门职责\n某市某区司法局是区政府主管全区司法行政工作的工作部门。\n"
        "一级指标    二级指标        三级指标            指标值\n"
        "产出指标    数量指标        调解案件数          ≥100件\n"
        "满意度指标  服务对象满意度  群众满意度          ≥95%\n"
    )
    document, _ = _parse(tmp_path, text)
    assert document.department.name == "某市某区司法局"


def test_a_clause_that_names_its_column_after_the_name_reads_the_bare_name(
    tmp_path: Path,
) -> None:
    text = """某县某局2024年某某补助资金绩效运行监控报告
二、绩效目标完成情况
1.数量指标:新建甲类基地面积目标值≥3000亩,已完成1860亩;“乙类设施建设”年度目标值≥45个。
"""
    document, _ = _parse(tmp_path, text)
    assert _targets(document) == {"新建甲类基地面积": "≥3000亩", "乙类设施建设": "≥45个"}
    first = next(indicator for _, indicator in document.all_indicators())
    assert first.result is not None and first.result.actual_text == "1860亩"
