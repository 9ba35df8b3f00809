"""Fields as the fourth hold-out set's kinds of capture write them: Markdown bold labels
(``**实施单位**:某中心``), the unit a document is about named before its title's year or on a
line of its own above the title."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from general_support import read_form as _read
from jixiao.domain.model import FundingSource
from jixiao.ingest.general.fields import (
    read_funding,
    read_line_fields,
    read_prose_fields,
    read_prose_total_score,
    read_total_score,
)
from jixiao.ingest.general.issuer import issuing_unit
from jixiao.ingest.general.normalise import strip_bold, strip_bullet
from jixiao.ingest.general.stream import cells_of
from jixiao.ingest.general.vocabulary import Field, Role, field_of
from jixiao.ingest.source import SourceLine


def test_markdown_bold_marks_around_a_label_are_dropped() -> None:
    assert strip_bold("**主管部门**:某县教育局  **实施单位**:某县某中心") == (
        "主管部门:某县教育局  实施单位:某县某中心"
    )
    assert strip_bold("| **合计** | 100 |") == "| 合计 | 100 |"


def test_a_templates_starred_blanks_are_no_bold() -> None:
    assert strip_bold("(≥**万元,**年)") == "(≥**万元,**年)"


_MARKDOWN = """2024年项目支出绩效目标表
====================

**项目名称**:某某培训项目

**主管部门**:某县教育局  **实施单位**:某县某中心

| 二级指标 | 三级指标 | 指标值 |
| --- | --- | --- |
| 数量指标 | 培训人数 | ≥800人 |
"""


def test_bold_labels_of_a_markdown_page_are_read_as_fields(tmp_path: Path) -> None:
    document = _read(tmp_path, _MARKDOWN)
    assert document.projects[0].name == "某某培训项目"
    assert document.department.name == "某县某中心"


def test_the_unit_named_before_the_titles_year_is_the_department() -> None:
    assert issuing_unit(["某县城市管理局2023年部门预算项目绩效目标表", "单位:万元"]) == (
        "某县城市管理局"
    )


def test_a_unit_on_a_line_of_its_own_above_the_title_is_the_department() -> None:
    lines = ["某市某区城市管理局", "2023年度部门整体支出绩效自评报告", "一、部门基本情况"]
    assert issuing_unit(lines) == "某市某区城市管理局"


def test_the_signature_names_the_unit_of_a_report() -> None:
    lines = ["关于2024年某项目绩效运行监控情况的报告", "县财政局:", "正文……"]
    lines += ["某县农业农村局", "2024年7月10日"]
    assert issuing_unit(lines) == "某县农业农村局"


def test_a_portals_name_is_no_unit() -> None:
    assert issuing_unit(["某市人民政府门户网站", "首页 >> 信息公开"]) is None


def test_funding_labels_printed_as_a_header_stand_over_their_budgets() -> None:
    lines = [
        "年度预算申请(万元)\t资金总额\t财政拨款\t其他资金",
        "\t1865.32\t1865.32\t0",
    ]
    source_lines = [SourceLine(n, text, tuple(text.split("\t"))) for n, text in enumerate(lines)]
    rows = read_funding(cells_of(source_lines))
    assert [(row.source, row.figures[Role.BUDGET]) for row in rows] == [
        (FundingSource.TOTAL, Decimal("1865.32")),
        (FundingSource.FISCAL, Decimal("1865.32")),
        (FundingSource.OTHER, Decimal("0")),
    ]


def test_a_total_rows_points_written_as_a_sum_are_passed_over_for_its_score() -> None:
    line = "| 总分 | | | | | 90+10 | 99.46 | |"
    cells = cells_of([SourceLine(1, line, tuple(line.strip("|").split("|")))])
    assert read_total_score(cells) == Decimal("99.46")


def test_a_report_about_a_project_names_it_in_its_title_when_nothing_else_does() -> None:
    lines = [
        "关于2024年某某农民培育项目绩效运行监控情况的报告",
        "某县农业农村局",
        "县财政局:现将有关情况报告如下。",
    ]
    source_lines = [SourceLine(n, text, (text,)) for n, text in enumerate(lines, start=1)]
    projects = [
        item.value for item in read_prose_fields(source_lines) if item.field is Field.PROJECT
    ]
    assert projects == ["某某农民培育项目"]


def test_the_unit_a_project_is_carried_out_by_is_read_after_its_by() -> None:
    line = "某市乡镇污水处理设施建设项目由某市住房和城乡建设局组织实施,主要建设6座处理站。"
    found = read_prose_fields([SourceLine(1, line, (line,))])
    assert [item.value for item in found if item.field is Field.IMPLEMENTING] == [
        "某市住房和城乡建设局"
    ]


def test_a_reports_score_for_the_project_in_words_is_its_total() -> None:
    line = "经综合评价,该项目得分为84.6分,评价等级为“良”。"
    assert read_prose_total_score([SourceLine(1, line, (line,))]) == Decimal("84.6")


def test_a_special_transfers_name_is_the_project() -> None:
    assert field_of("专项转移支付名称") is Field.PROJECT


def test_money_clauses_after_a_label_and_its_colon_are_the_figures() -> None:
    line = "项目资金(万元):年度资金总额 176.00,其中财政资金 176.00,其他资金 0"
    found = read_line_fields([SourceLine(1, line, (line,))])
    assert [(item.field, item.value) for item in found] == [
        (Field.AMOUNT, "176.00"),
        (Field.FISCAL_FUNDS, "176.00"),
        (Field.OTHER_FUNDS, "0"),
    ]


def test_prose_without_a_leading_label_gives_no_money_clauses() -> None:
    line = "项目预算资金1680.00万元,全部为财政资金,实际支出1579.20万元。"
    assert read_line_fields([SourceLine(1, line, (line,))]) == []


def test_a_lines_indentation_is_no_bullet() -> None:
    assert strip_bullet("        重大病虫害统防统治") == "        重大病虫害统防统治"
    assert strip_bullet("  ◆ 主管部门:某局") == "  主管部门:某局"
