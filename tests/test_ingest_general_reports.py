"""Targets and figures as reports and department texts state them: a table of the name and
its target alone, ``一级——二级:`` lists, ``名称目标为X`` sentences, standards run into their
names, progress clauses, the money's adjusted budget, the unit a report is by."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from jixiao.domain.framework import Category, Subcategory
from jixiao.domain.model import PerformanceDocument
from jixiao.domain.target import TargetKind
from jixiao.ingest.general.fields import read_prose_funding
from jixiao.ingest.general.prose import ProseTarget, read_prose_targets
from jixiao.ingest.general.reader import read_document
from jixiao.ingest.general.vocabulary import Role
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
