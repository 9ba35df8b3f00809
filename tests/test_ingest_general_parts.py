"""The general reader reads a document made of parts: the 部门预算绩效文本, which has no
parser of its own any more.

Parts are found by their titles (:mod:`jixiao.ingest.general.parts`) and each read by the
same reader every form gets (:mod:`jixiao.ingest.general.assembly`). These tests call the
general reader directly (``read_document``).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from corpus_check import CORPUS
from jixiao.domain.framework import Category, Subcategory
from jixiao.domain.model import DocumentKind, PerformanceDocument
from jixiao.ingest.general.normalise import normalise_source
from jixiao.ingest.general.parts import DEPARTMENT_TEXT, PartKind, find_parts
from jixiao.ingest.general.reader import read_document
from jixiao.ingest.readers import read_source
from jixiao.ingest.report import ImportReport, ItemKind
from jixiao.ingest.source import SourceDocument, SourceFormat, SourceLine
from test_ingest_department_layouts import FOLDER, expected, reading, report_items

XINGTAI = CORPUS / "xingtai-qiaolian-2020-department-performance.txt"


def _read(path: Path) -> tuple[PerformanceDocument, ImportReport]:
    source = read_source(path)
    report = ImportReport(source=source.name, format=source.format.value, genre="")
    return read_document(source, report), report


def _source(*rows: str) -> SourceDocument:
    lines = [
        SourceLine(number=n, text=row, cells=tuple(cell.strip() for cell in row.split("|")))
        for n, row in enumerate(rows, start=1)
    ]
    return SourceDocument(name="t.txt", format=SourceFormat.TEXT, lines=lines)


# the head every small 部门预算绩效文本 below opens with: its title, cover line, first part
# and the goals table's title and department (the lines keep their numbers 1-5)
_GOALS_HEAD: tuple[str, ...] = (
    "某局2023年部门预算绩效文本",
    "某局编制 某县财政局审核",
    "第一部分 2023年部门整体绩效目标",
    "某局部门整体支出绩效目标申报表",
    "部门名称 | 某局",
)


def _targets(document: PerformanceDocument) -> int:
    return sum(1 for _, i in document.all_indicators() if i.target is not None)


@pytest.mark.skipif(not XINGTAI.exists(), reason="the corpus is not on this machine")
def test_the_xingtai_text_is_read_part_by_part_with_every_target() -> None:
    document, report = _read(XINGTAI)
    assert document.kind is DocumentKind.DEPARTMENT_PERFORMANCE
    assert [goal.number for goal in document.department_goals] == [1, 2, 3]
    assert [section.title for section in document.goal_sections] == [
        "保障正常人员经费",
        "保障正常公用经费",
        "保障侨务工作经费",
    ]
    assert len(document.safeguards) == 6
    assert [project.name for project in document.projects] == ["侨务工作经费"]
    assert document.projects[0].budget == Decimal("8")
    # every target of the text: 41 of the goals table (goal 1's four rows under its damaged
    # header among them), 28 of the project (the OCR's echoes of the row above, lines 160,
    # 171, 173, 175, 177, folded into it and reported; 召开工作会议次数's empty cell filled
    # from line 106) and 41 of the prose; goal 3's number, cut with its label over lines
    # 98–100, is no target
    assert _targets(document) == 110
    echoes = [i.line for i in report.of_kind(ItemKind.REPAIRED) if "残影" in i.reason]
    assert echoes == [160, 171, 173, 175, 177, 179, 181]
    assert document.finance_bureau is not None
    assert document.finance_bureau.name == "邢台市财政局"
    # the cover's 编制 line names the department; OCR's space in the title is no part of it
    assert document.department.name == "邢台市归国华侨联合会"
    assert document.department.region is not None
    assert document.department.region.name == "邢台市"
    assert document.title == "邢台市归国华侨联合会2020年部门预算绩效文本"
    assert report.genre == "department_performance"


# The four fixtures of the genre, each read whole and reported as expected by the general
# reader (the specialised parser that first read them is gone); shanxi is an OCR'd scan.
READ_IN_FULL = (
    "guangxi-lijiang-2024-department-performance-markdown",
    "hubei-qinglan-2022-department-performance-pipes",
    "jiangsu-xiyuan-2023-department-performance-wrapped",
    "shanxi-fenhe-2021-department-performance-ocr",
)


@pytest.mark.parametrize("name", READ_IN_FULL)
def test_a_department_text_gives_its_expected_reading_without_its_own_parser(name: str) -> None:
    document, report = _read(FOLDER / f"{name}.txt")
    wanted = expected(name)
    got = reading(document)
    for part in got:
        assert got[part] == wanted[part], f"{name}: {part}"
    assert report_items(report) == wanted["report"]


@pytest.mark.parametrize("form", ["pdf", "xlsx"])
@pytest.mark.parametrize("name", READ_IN_FULL)
def test_its_pdf_and_workbook_give_the_same_reading_without_its_own_parser(
    name: str, form: str
) -> None:
    document, _ = _read(FOLDER / form / f"{name}.{'xlsx' if form == 'xlsx' else 'pdf'}")
    wanted = expected(name)
    got = reading(document)
    for part in got:
        assert got[part] == wanted[part], f"{name} ({form}): {part}"


def test_parts_are_found_by_their_titles_and_the_contents_set_aside() -> None:
    source = _source(
        "某局2023年部门预算绩效文本",
        "目录",
        "第一部分 2023年部门整体绩效目标……1",
        "一、甲项目绩效目标表……3",
        "第一部分 2023年部门整体绩效目标",
        "一、总体绩效目标",
        "某局部门整体支出绩效目标申报表",
        "年度整体支出目标1 | 保障运转。",
        "项目名称及金额(万元) | 一级指标 | 二级指标 | 指标 | 指标值",
        "人员经费(100万元) | 产出指标 | 数量指标 | 在职人员控制率 | ≤100%",
        "第二部分 预算项目绩效目标",
        "一、甲项目绩效目标表",
        "某局县级部门预算项目绩效目标表",
        "项目名称 | 甲",
        "一级指标 | 二级指标 | 三级指标 | 指标值",
        "产出指标 | 数量指标 | 培训人数 | ≥100人",
    )
    parts = find_parts(DEPARTMENT_TEXT, normalise_source(source)[0].lines)
    assert [(part.kind, part.lines[0].number if part.lines else None) for part in parts] == [
        (PartKind.HEAD, 1),
        (PartKind.CONTENTS, 2),
        (PartKind.PROSE, 5),
        (PartKind.GOALS, 7),
        (PartKind.PROSE, 11),
        (PartKind.PROJECT, 12),
    ]
    # the form's own title under the 第二部分 item is the same project's
    assert [line.number for line in parts[-1].titles] == [12, 13]


def test_a_parts_heading_that_names_its_table_opens_the_table() -> None:
    # 第一部分 heads the 部门整体 table itself (no 申报表 title of its own under it)
    source = _source(
        "某县统计局2022年部门预算绩效文本",
        "第一部分 2022年部门整体绩效目标",
        "一、总体绩效目标",
        "完成统计调查任务,保障机关运转。",
        "第一部分 2022年部门整体绩效目标表",
        "部门名称 | 某县统计局",
        "一级指标 | 二级指标 | 三级指标 | 指标值",
        "产出指标 | 数量指标 | 完成统计调查项目数 | ≥12项",
        " | 质量指标 | 统计数据差错率 | ≤1%",
        "满意度指标 | 服务对象满意度指标 | 数据使用单位满意度 | ≥90%",
        "第二部分 预算项目绩效目标",
    )
    parts = find_parts(DEPARTMENT_TEXT, normalise_source(source)[0].lines)
    assert [(part.kind, part.lines[0].number) for part in parts] == [
        (PartKind.HEAD, 1),
        (PartKind.PROSE, 2),
        (PartKind.GOALS, 5),
        (PartKind.PROSE, 11),
    ]
    report = ImportReport(source="t.txt", format="text", genre="")
    document = read_document(source, report)
    names = [i.name for goal in document.department_goals for i in goal.indicators]
    assert names == ["完成统计调查项目数", "统计数据差错率", "数据使用单位满意度"]


def test_a_title_with_no_rows_under_it_is_a_line_of_the_text_not_a_part() -> None:
    source = _source(
        "某局2023年培训项目绩效目标表",
        "项目名称 | 培训",
        "一级指标 | 二级指标 | 三级指标 | 指标值",
        "产出指标 | 数量指标 | 培训人数 | ≥100人",
        "上一篇:某局2023年部门整体支出绩效目标表",
        "下一篇:某局2023年养老项目绩效目标表",
    )
    parts = find_parts(DEPARTMENT_TEXT, normalise_source(source)[0].lines)
    assert [part.kind for part in parts] == [PartKind.HEAD, PartKind.PROJECT]
    report = ImportReport(source="t.txt", format="text", genre="")
    assert read_document(source, report).kind is DocumentKind.PROJECT_TARGET


def test_each_goal_holds_the_rows_under_its_label_and_the_money_it_names() -> None:
    source = _source(
        *_GOALS_HEAD,
        "年度收入预算(万元) | 合计 | 300 | 一般公共预算拨入 | 300",
        "年度支出预算(万元) | 合计 | 300 | 人员经费 | 100 | 项目支出 | 200",
        "年度整体支出目标1 | 保障机关正常运转。",
        "项目名称及金额(万元) | 一级指标 | 二级指标 | 指标 | 指标值 | 备注",
        "人员经费(100万元) | 产出指标 | 数量指标 | 在职人员控制率 | ≤100% |",
        "年度整体支出目标2 | 完成道路养护。",
        "项目名称及金额(万元) | 一级指标 | 二级指标 | 指标 | 指标值 | 备注",
        "道路养护(200万元) | 产出指标 | 数量指标 | 养护里程 | ≥30公里 |",
        " | 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% |",
    )
    report = ImportReport(source="t.txt", format="text", genre="")
    document = read_document(source, report)
    goals = [
        (g.number, g.text, g.funding_block and g.funding_block.name, [i.name for i in g.indicators])
        for g in document.department_goals
    ]
    assert goals == [
        (1, "保障机关正常运转。", "人员经费", ["在职人员控制率"]),
        (2, "完成道路养护。", "道路养护", ["养护里程", "群众满意度"]),
    ]
    assert document.budget.income.total == Decimal("300")
    assert document.budget.expenditure.project == Decimal("200")
    assert document.fiscal_year == 2023
    assert not [item for item in report.items if item.kind is ItemKind.MISSING]


def test_a_single_form_with_two_titles_is_not_cut_into_parts() -> None:
    source = _source(
        "某县疾控中心2025年度预算项目支出绩效目标表",
        "单位名称 | 某县疾控中心",
        "项目名称 | 疫苗接种",
        "预算数 | 10万元",
        "备注 | 无",
        "说明 | 无",
        "2025年项目支出绩效目标表",
        "一级指标 | 二级指标 | 三级指标 | 指标值",
        "产出指标 | 数量指标 | 接种人数 | ≥1000人",
    )
    report = ImportReport(source="t.txt", format="text", genre="")
    document = read_document(source, report)
    assert document.kind is DocumentKind.PROJECT_TARGET
    assert [p.name for p in document.projects] == ["疫苗接种"]
    assert document.fiscal_year == 2025


def _goals_and_project(*project_rows: str) -> SourceDocument:
    return _source(
        *_GOALS_HEAD,
        "年度收入预算(万元) | 合计 | 一般公共预算拨入 | 政府性基金预算拨入",
        " | 300 | 300 |",
        # merged cells: a label spans the columns up to the next one
        "年度支出预算(万元) | 合计 | 人员经费 | | 公用经费 | | 项目支出 |",
        " | | 100 | | 14. | 11 | | 186",
        "年度整体支出目标1 | 完成道路养护。",
        "项目名称及金额(万元) | 一级指标 | 二级指标 | 指标 | 指标值 | 备注",
        "道路养护(186万元) | 产出指标 | 数量指标 | 养护里程 | ≥30公里 |",
        " | 产出指标 | 数量指标 | 召开养护会议次数 | ≥4次 |",
        " | 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% |",
        "道路养护项目绩效目标表",
        "项目名称 | 道路养护",
        "资金总额(万元) | 186",
        *project_rows,
        "一级指标 | 二级指标 | 三级指标 | 指标值",
        "产出指标 | 数量指标 | 养护里程 | ≥30公里",
        "产出指标 | 数量指标 | 召开养护会议次数 |",
        "满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90%",
    )


def test_an_empty_target_is_filled_from_the_same_indicator_elsewhere_and_reported() -> None:
    report = ImportReport(source="t.txt", format="text", genre="")
    document = read_document(_goals_and_project(), report)
    meetings = document.projects[0].indicators[1]
    assert meetings.name == "召开养护会议次数"
    assert meetings.target is not None and meetings.target.text == "≥4次"
    filled = [i for i in report.of_kind(ItemKind.CROSS_FILLED) if "indicators" in (i.field or "")]
    assert [(i.field, i.line, i.value) for i in filled] == [
        ("projects[0].indicators[1].target", 13, "≥4次")
    ]
    assert meetings.provenance["target"].line == 13
    assert meetings.provenance["target"].repairs[0].value == "≥4次"
    assert not [i for i in report.of_kind(ItemKind.MISSING) if "召开养护会议次数" in i.reason]


def test_budget_labels_head_merged_cells_and_an_amount_split_by_ocr_is_joined() -> None:
    report = ImportReport(source="t.txt", format="text", genre="")
    document = read_document(_goals_and_project(), report)
    spending = document.budget.expenditure
    assert (spending.personnel, spending.operating, spending.project) == (
        Decimal("100"),
        Decimal("14.11"),
        Decimal("186"),
    )
    assert document.budget.income.total == Decimal("300")
    assert spending.provenance["operating"].line == 9
    repaired = [(i.field, i.line, i.original) for i in report.of_kind(ItemKind.REPAIRED)]
    assert ("budget.expenditure.operating", 9, "14.\t11") in repaired


def test_a_spending_checkpoint_whose_header_is_lost_is_read_from_its_even_pace() -> None:
    report = ImportReport(source="t.txt", format="text", genre="")
    plan_rows = ("资金支出计划 | | 6月底 | 9月底 | 12月底", " | 25% | 50% | 80% | 100%")
    document = read_document(_goals_and_project(*plan_rows), report)
    plan = document.projects[0].spending_plan
    assert [(c.month, str(c.cumulative_percent)) for c in plan] == [
        (3, "25"),
        (6, "50"),
        (9, "80"),
        (12, "100"),
    ]
    assert plan[0].provenance["label"].repairs  # said so, with its line
    doubts = [
        i for i in report.of_kind(ItemKind.UNCERTAIN) if i.field and "spending_plan" in i.field
    ]
    assert [(i.field, i.line) for i in doubts] == [("projects[0].spending_plan[0].label", 18)]


def test_items_about_a_parts_indicators_name_their_place_in_the_whole_document() -> None:
    source = _source(
        *_GOALS_HEAD,
        "年度整体支出目标1 | 保障机关正常运转。",
        "项目名称及金额(万元) | 一级指标 | 二级指标 | 指标 | 指标值 | 备注",
        "人员经费(100万元) | 产出指标 | 数量指标 | 在职人员控制率 | ≤100% |",
        "年度整体支出目标2 | 完成道路养护。",
        "项目名称及金额(万元) | 一级指标 | 二级指标 | 指标 | 指标值 | 备注",
        "道路养护(200万元) | 产出指标 | 数量指标 | 养护里程 | ≥30公里 |",
        " | 产出指标 | 成本指标 | 印刷费成本 | ≪0.4万元 |",
        "道路养护项目绩效目标表",
        "项目名称 | 道路养护",
        "一级指标 | 二级指标 | 三级指标 | 指标值",
        "产出指标 | 数量指标 | 养护里程 | ≥30公里",
        "产出指标 | 成本指标 | 办公费成本 | ≪0.9万元",
    )
    report = ImportReport(source="t.txt", format="text", genre="")
    document = read_document(source, report)
    assert [i.name for i in document.department_goals[1].indicators] == ["养护里程", "印刷费成本"]
    repaired = [(i.line, i.field) for i in report.of_kind(ItemKind.REPAIRED) if i.original]
    assert (12, "department_goals[1].indicators[1].target") in repaired
    assert (17, "projects[0].indicators[1].target") in repaired


def test_a_wrapped_name_and_an_ocr_echo_row_are_folded_into_the_row_above() -> None:
    head = [line.text for line in _goals_and_project().lines][:-3]
    rows = [
        *head,
        "产出指标 | 数量指标 | 养护里程 | ≥30公里",
        "产出指标 | 数量指标 | 召开养护会议次数 | ≥4次",
        " | 时效指标 | 群众来电及时办 | ≥100%",
        " | | 结率 | =100%",
        " | 社会效益指标 | 促成合作项目数量 | ≥5项",
        " | | 促成百11-以自效里 | 25项",
        "满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90%",
    ]
    report = ImportReport(source="t.txt", format="text", genre="")
    document = read_document(_source(*rows), report)
    names = [i.name for i in document.projects[0].indicators]
    assert names == [
        "养护里程",
        "召开养护会议次数",
        "群众来电及时办结率",
        "促成合作项目数量",
        "群众满意度",
    ]
    assert document.projects[0].indicators[3].target is not None
    assert document.projects[0].indicators[3].target.text == "≥5项"
    folded = [(i.field, i.line, i.original) for i in report.of_kind(ItemKind.REPAIRED)]
    assert ("projects[0].indicators[2]", 22, "群众来电及时办\n结率") in folded
    assert ("projects[0].indicators[2]", 22, "=100%") in folded
    assert ("projects[0].indicators[3]", 24, "25项") in folded


def test_a_damaged_or_doubtful_target_is_settled_only_by_the_same_indicator_elsewhere() -> None:
    head = [line.text for line in _goals_and_project().lines][:-3]
    rows = [
        *head,
        "产出指标 | 数量指标 | 养护里程 | >3 | 30公里",  # ≥30公里 split and damaged by OCR
        "产出指标 | 数量指标 | 召开养护会议次数 | 24次",  # 2 may be ≥ read by OCR
        "产出指标 | 数量指标 | 新建驿站数量 | 25个",  # stated nowhere else: kept as read
        "满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90%",
    ]
    report = ImportReport(source="t.txt", format="text", genre="")
    document = read_document(_source(*rows), report)
    targets = [(i.name, i.target and i.target.text) for i in document.projects[0].indicators]
    assert targets == [
        ("养护里程", "≥30公里"),
        ("召开养护会议次数", "≥4次"),
        ("新建驿站数量", "25个"),
        ("群众满意度", "≥90%"),
    ]
    filled = [
        (i.field, i.line, i.original)
        for i in report.of_kind(ItemKind.CROSS_FILLED)
        if "indicators" in (i.field or "")
    ]
    assert filled == [
        ("projects[0].indicators[0].target", 12, ">3\t30公里"),
        ("projects[0].indicators[1].target", 13, "24次"),
    ]


def _two_goals(first_goals_rows: tuple[str, ...]) -> list[list[tuple[str, str | None]]]:
    source = _source(
        *_GOALS_HEAD,
        "年度收入预算(万元) | 合计 | 300 | 一般公共预算拨入 | 300",
        "年度整体支出目标1 | 保障机关正常运转。",
        "项目名称及金额(万元) | 一级指标 | 二级指标 | 指标 | 指标值 | 备注",
        *first_goals_rows,
        "年度整体支出目标2 | 完成年度重点任务。",
        "项目名称及金额(万元) | 一级指标 | 二级指标 | 指标 | 指标值 | 备注",
        "公用经费(200万元) | 产出指标 | 数量指标 | 督办事项办结率 | ≥98% |",
        " | 产出指标 | 数量指标 | 信息报送篇数 | ≥40篇 |",
    )
    report = ImportReport(source="t.txt", format="text", genre="")
    document = read_document(source, report)
    return [
        [(i.name, i.target.text if i.target is not None else None) for i in goal.indicators]
        for goal in document.department_goals
    ]


def test_a_target_split_by_ocr_is_settled_by_the_same_row_of_another_goal() -> None:
    goals = _two_goals(
        ("人员经费(100万元) | 产出指标 | 数量指标 | 督办事项办结率 | >9 | 98% |",)  # ≥98% split
    )
    assert goals[0] == [("督办事项办结率", "≥98%")]


def test_another_goals_row_fills_no_empty_cell_nor_a_doubtful_two() -> None:
    goals = _two_goals(
        (
            "人员经费(100万元) | 产出指标 | 数量指标 | 督办事项办结率 | |",
            " | 产出指标 | 数量指标 | 信息报送篇数 | 240篇 |",
        )
    )
    assert goals[0] == [("督办事项办结率", None), ("信息报送篇数", "240篇")]


def test_a_contents_entry_keeping_one_leader_dot_of_a_scan_still_ends_the_contents() -> None:
    source = _source(
        "某局2023年部门预算绩效文本",
        "目录",
        "第一部分2023年部门整体绩效目标·",
        "一、甲项目绩效目标表··",
        "第一部分2023年部门整体绩效目标",
        "一、总体绩效目标",
        "保障机关运转。",
    )
    parts = find_parts(DEPARTMENT_TEXT, normalise_source(source)[0].lines)
    assert [(part.kind, part.lines[0].number) for part in parts] == [
        (PartKind.HEAD, 1),
        (PartKind.CONTENTS, 2),
        (PartKind.PROSE, 5),
    ]


def test_a_merged_label_does_not_reach_across_a_goals_label_row() -> None:
    source = _source(
        *_GOALS_HEAD,
        "年度整体支出目标1 | 保障机关正常运转。",
        "项目名称及金额(万元) | 一级指标 | 二级指标 | 指标 | 指标值 | 备注",
        "人员经费(100万元) | 产出指标 | 数量指标 | 在职人员控制率 | ≤100% |",
        " | 效益指标 | 社会效益指标 | 单位年终考核成绩 | 良好 |",
        "年度整体支出目标2 | 保障办公条件。",
        " | | | 车辆正常运行率 | ≥95% |",
        " | 产出指标 | | 取暖面积 | ≥36平米 |",  # the merged 一级 cell's middle
        " | | | 取暖温度 | ≥20度 |",
        " | 效益指标 | | 单位年终考核成绩 | 良好 |",
    )
    report = ImportReport(source="t.txt", format="text", genre="")
    document = read_document(source, report)
    second = [(i.name, i.category) for i in document.department_goals[1].indicators]
    assert second == [
        ("车辆正常运行率", Category.OUTPUT),
        ("取暖面积", Category.OUTPUT),
        ("取暖温度", Category.OUTPUT),
        ("单位年终考核成绩", Category.OUTCOME),
    ]


def test_a_goal_label_sharing_its_line_with_the_goals_first_row_keeps_that_row() -> None:
    # the merged 年度整体支出目标N cell printed on the first row of its goal, as a document
    # converted with one tab between cells gives it
    source = _source(
        *_GOALS_HEAD,
        "年度整体支出目标1 | 项目名称及金额(万元) | 一级指标 | 二级指标 | 指标 | 指标值 | 备注",
        " | 人员经费(64万元) | 产出指标 | 数量指标 | 编制内人员控制率 | ≤100% |",
        "年度整体支出目标2 | 养护经费(220万元) | 产出指标 | 数量指标 | 养护里程 | ≥85公里 |",
        " | | | 时效指标 | 汛期水毁修复完成时间 | 11月底前 |",
        "年度整体支出目标3 | 宣传经费(12万元) | 效益指标 | 社会效益指标 | 安全知晓率 | 显著提升 |",
        " | | 满意度指标 | 服务对象满意度指标 | 沿线群众满意度 | ≥92% |",
    )
    report = ImportReport(source="t.txt", format="text", genre="")
    document = read_document(source, report)
    goals = [[i.name for i in g.indicators] for g in document.department_goals]
    assert goals == [
        ["编制内人员控制率"],
        ["养护里程", "汛期水毁修复完成时间"],
        ["安全知晓率", "沿线群众满意度"],
    ]
    first = document.department_goals[1].indicators[0]
    assert (first.category, first.target and first.target.canonical) == (
        Category.OUTPUT,
        "≥85公里",
    )


def test_a_goal_label_with_its_text_and_no_level_or_target_holds_no_indicator() -> None:
    # near miss: the label row holds the goal's text in several cells, no level, no target
    source = _source(
        *_GOALS_HEAD,
        "年度整体支出目标1 | 保障机关正常运转。",
        "项目名称及金额(万元) | 一级指标 | 二级指标 | 指标 | 指标值 | 备注",
        "人员经费(64万元) | 产出指标 | 数量指标 | 编制内人员控制率 | ≤100% |",
        "年度整体支出目标2 | 完成农村公路养护 | 提升通行条件 | 保障汛期畅通 | |",
        " | 产出指标 | 数量指标 | 养护农村公路里程 | ≥85公里 |",
    )
    report = ImportReport(source="t.txt", format="text", genre="")
    document = read_document(source, report)
    second = [i.name for i in document.department_goals[1].indicators]
    assert second == ["养护农村公路里程"]


def test_a_goal_label_cut_over_rows_holds_no_indicator() -> None:
    source = _source(
        *_GOALS_HEAD,
        "年度整体支出目标1 | 保障机关正常运转。",
        "项目名称及金额(万元) | 一级指标 | 二级指标 | 指标 | 指标值 | 备注",
        "人员经费(100万元) | 产出指标 | 数量指标 | 在职人员控制率 | ≤100% |",
        "年度整体 | 扩大与海 | 外侨团的 | 联系,促成交流合作。 | 引导侨界代表、 |",
        " | | | 有价值议案提案。 | 提升基层侨 |",
        "2 | 联组织覆 | 盖率。 | | |",
        " | 产出指标 | | 举办联谊活动次数 | ≥5次 |",
    )
    report = ImportReport(source="t.txt", format="text", genre="")
    document = read_document(source, report)
    assert [g.number for g in document.department_goals] == [1, 2]
    assert [i.name for i in document.department_goals[1].indicators] == ["举办联谊活动次数"]


def test_a_label_printed_in_the_middle_of_its_cell_after_a_page_break_reaches_up() -> None:
    source = _source(
        *_GOALS_HEAD,
        "年度整体支出目标1 | 保障机关正常运转。",
        "项目名称及金额(万元) | 一级指标 | 二级指标 | 指标 | 指标值 | 备注",
        "人员经费(100万元) | 产出指标 | | 在职人员控制率 | ≤100% |",
        " | | | 工资发放及时率 | =100% |",
        "",  # a page break
        " | | | 促成合作项目数量 | ≥5项 |",
        " | | | 新增基层组织数量 | ≥2个 |",
        " | 效益指标 | | 提出议案建议条数 | ≥10条 |",  # the middle of its cell
        " | | | 新增联系侨团数量 | ≥2个 |",
        " | | | 侨群满意度 | ≥90% |",
    )
    report = ImportReport(source="t.txt", format="text", genre="")
    document = read_document(source, report)
    categories = [i.category for i in document.department_goals[0].indicators]
    assert categories == [Category.OUTPUT] * 2 + [Category.OUTCOME] * 5


def test_rows_under_a_damaged_header_take_the_category_before_the_label_below() -> None:
    """Xingtai's goals header merges three header words into one cell (line 82): the four
    rows under it are read, and take 产出指标, the category before the 效益指标 printed on
    the fifth (their own 一级 cell lost), each reported UNCERTAIN."""
    document, report = _read(XINGTAI)
    goal = document.department_goals[0]
    assert [(i.name, i.category) for i in goal.indicators] == [
        ("职工年度考核通过率", Category.OUTPUT),
        ("职工出勤率", Category.OUTPUT),
        ("在职人员控制率", Category.OUTPUT),
        ("重点工作完成率", Category.OUTPUT),
        ("单位年终考核成绩", Category.OUTCOME),
    ]
    guessed = [
        (item.field, item.line)
        for item in report.of_kind(ItemKind.UNCERTAIN)
        if "指标体系的顺序" in item.reason
    ]
    assert guessed == [(f"department_goals[0].indicators[{k}]", 83 + k) for k in range(4)]


def test_funding_blocks_spread_down_their_column_are_read_once() -> None:
    """``人员经`` / ``费 (64.18`` / ``万元)`` (lines 84–86) is one 项目名称及金额 cell; of goal
    2's only ``万元)`` is left (nothing guessed), goal 3's ``侨务工`` is the one project's
    name; the 年度工作计划 after the listed goals is read."""
    document, report = _read(XINGTAI)
    blocks = [goal.funding_block for goal in document.department_goals]
    assert [(b.name, b.amount) if b else None for b in blocks] == [
        ("人员经费", Decimal("64.18")),
        (None, None),
        ("侨务工作经费", None),
    ]
    items = {(item.kind, item.field, item.line) for item in report.items}
    assert (ItemKind.REPAIRED, "department_goals[0].funding_block.name", 84) in items
    assert (ItemKind.UNREADABLE, "department_goals[1].funding_block.amount", 95) in items
    assert (ItemKind.UNREADABLE, "department_goals[2].funding_block.amount", 110) in items
    assert (ItemKind.CROSS_FILLED, "department_goals[2].funding_block.name", 110) in items
    assert document.annual_work_plan is not None
    assert document.annual_work_plan.startswith("保障正常人员经费")
    assert not [i for i in report.of_kind(ItemKind.MISSING) if i.field == "projects[0].code"]


def test_a_project_values_whose_labels_were_lost_are_read_by_their_place() -> None:
    """Xingtai's project form lost the labels of its 资金用途 (line 141, after the budget
    row) and its 年度绩效目标 (line 144, after the spending plan, fragments only, found word
    for word in the prose's 保障侨务工作经费 goal)."""
    document, report = _read(XINGTAI)
    project = document.projects[0]
    assert project.purpose == "保障侨务工作正常开展"
    assert project.provenance["purpose"].line == 141
    assert project.annual_goal is not None
    assert project.annual_goal.startswith("扩大与海外侨团的联系")
    assert project.provenance["annual_goal"].line == 144
    items = {(item.kind, item.field, item.line) for item in report.items}
    assert (ItemKind.REPAIRED, "projects[0].purpose", 141) in items
    assert (ItemKind.CROSS_FILLED, "projects[0].annual_goal", 144) in items


def test_a_project_rows_cut_over_columns_and_their_merged_second_labels() -> None:
    """Xingtai's project form: a definition cut over two or three columns is joined (148's
    runs on into the target's column; the edge debris 方 and 上 dropped) and said to be worth a
    look; an OCR space inside a name removed; a row between two 二级 labels takes the one
    its name says (参会率 is no 数量); a 社会效益指标 label gives its rows 效益指标."""
    document, report = _read(XINGTAI)
    rows = {i.provenance["row"].line: i for i in document.projects[0].indicators}
    assert rows[148].name == "走访慰问侨企、侨群户数"
    assert rows[148].definition == "去年累计走访侨企、侨群户数"
    assert rows[150].definition == "印制各类侨法宣传资料册数"
    assert rows[157].name == "侨联专、兼职干部参加培训率"
    assert rows[155].subcategory is Subcategory.QUALITY
    assert rows[162].subcategory is Subcategory.COST
    assert [(rows[n].category, rows[n].subcategory) for n in (170, 172, 176, 178)] == [
        (Category.OUTCOME, Subcategory.SOCIAL)
    ] * 4
    uncertain = {(i.field, i.line) for i in report.of_kind(ItemKind.UNCERTAIN)}
    assert ("projects[0].indicators[2]", 148) in uncertain
    assert ("projects[0].indicators[9]", 155) in uncertain  # 二级 by its name


def test_marks_left_in_the_label_column_are_listed_on_their_row() -> None:
    """What the OCR left of a 一级 label it could not read (``** ** ***`` on line 96,
    ``沙米长 仁`` on line 126) is listed UNRECOGNISED on its row's indicator, not read."""
    _, report = _read(XINGTAI)
    listed = [(i.field, i.line, i.original) for i in report.of_kind(ItemKind.UNRECOGNISED)]
    assert listed == [
        ("department_goals[1].indicators[6]", 96, "** ** ***"),
        ("department_goals[2].indicators[24]", 126, "沙米长 仁"),
    ]
