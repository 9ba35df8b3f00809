"""The generic parts of the form parsers: cell helpers, layouts, OCR damage, cut-off texts.

Small documents written inline, each stating one thing the parsers must read or report.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.domain.framework import Category, Subcategory
from jixiao.domain.model import PerformanceDocument
from jixiao.domain.target import Operator
from jixiao.ingest.cells import (
    checked_options,
    label_key,
    matches_label,
    read_checkboxes,
    read_number,
    value_after,
)
from jixiao.ingest.pipeline import parse_file, parse_source
from jixiao.ingest.readers.text import split_cells
from jixiao.ingest.report import ImportReport, ItemKind
from jixiao.ingest.source import SourceDocument, SourceFormat, SourceLine

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
DOCUMENTS = Path(__file__).parent / "fixtures" / "documents"


def _source(
    text: str, fmt: SourceFormat = SourceFormat.TEXT, low: int | None = None
) -> SourceDocument:
    """A source as a reader of ``fmt`` gives it; line ``low`` read with a low OCR score."""
    lines = [
        SourceLine(
            number=number,
            text=raw,
            cells=split_cells(raw),
            page=1 if fmt is not SourceFormat.TEXT else None,
            confidence=(0.55 if number == low else 0.97) if fmt is SourceFormat.PDF_OCR else None,
        )
        for number, raw in enumerate(text.splitlines(), start=1)
    ]
    return SourceDocument(name="test.txt", format=fmt, lines=lines)


def _parse(
    tmp_path: Path, text: str, name: str = "form.txt"
) -> tuple[PerformanceDocument, ImportReport]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return parse_file(path)


# --- cells ----------------------------------------------------------------------------------------


def test_label_key_removes_layout_and_notes() -> None:
    assert label_key("产 出 指 标") == "产出指标"
    assert label_key("其中：当年财政拨款") == "当年财政拨款"
    assert label_key("项目资金 (万元)") == "项目资金"
    assert label_key("1、项目名称：") == "项目名称"
    assert label_key("年度绩效目标（文字）") == "年度绩效目标"


def test_labels_match_their_synonyms_and_values_follow_them() -> None:
    assert matches_label("项目 负责人：", ["负责人", "项目负责人"])
    assert not matches_label("项目负责人签字", ["项目负责人"])
    row = ["项目名称", "主体班", "项目负责人"]
    assert value_after(row, ["项目名称"]) == "主体班"
    assert value_after(row, ["项目负责人"]) is None
    heads = {"项目主管部门", "实施单位"}
    row = ["项目主管部门", "", "实施单位", "中共黄石市委党校"]
    assert value_after(row, ["项目主管部门"], lambda cell: cell in heads) is None
    assert value_after(row, ["实施单位"], lambda cell: cell in heads) == "中共黄石市委党校"


@pytest.mark.parametrize(
    ("text", "value", "unit", "repaired"),
    [
        ("88. 29", "88.29", None, True),
        ("164万元", "164", "万元", False),
        ("1,640,000元", "1640000", "元", False),
        ("86%", "86", "%", False),
        ("43.2", "43.2", None, False),
    ],
)
def test_numbers_as_forms_write_them(
    text: str, value: str, unit: str | None, repaired: bool
) -> None:
    number = read_number(text)
    assert number is not None
    assert (number.value, number.unit, number.repaired) == (Decimal(value), unit, repaired)


@pytest.mark.parametrize("text", ["—", "", "约40%", "已使用40%", "22 1个"])
def test_cells_that_are_not_one_number(text: str) -> None:
    assert read_number(text) is None


@pytest.mark.parametrize(
    ("text", "ticked"),
    [
        ("持续性项目■ 新增性项目口", ["持续性项目"]),
        ("1、持续性项目 □ 2、新增性项目 □", []),
        ("1、常年性项目 □ √ 2、延续性项目 □ 3、一次性项目 □", ["常年性项目"]),
        ("■持续性项目 □新增性项目", ["持续性项目"]),
        ("□新增项目 ☑延续项目", ["延续项目"]),
        ("持续性项目√ 新增性项目□", ["持续性项目"]),
        # OCR reads □ as 口, also between two options written without a space
        ("口常年性项目 ■延续性项目口一次性项目", ["延续性项目"]),
        ("人口普查项目■ 出口项目口", ["人口普查项目"]),
    ],
)
def test_checkboxes_before_or_after_their_options(text: str, ticked: list[str]) -> None:
    assert checked_options(text) == ticked


def test_a_box_is_not_read_in_a_word_and_plain_text_has_none() -> None:
    assert checked_options("人口普查项目") is None
    boxes = read_checkboxes("持续性项目■ 新增性项目口")
    assert boxes is not None and [box.option for box in boxes] == ["持续性项目", "新增性项目"]


# --- layouts --------------------------------------------------------------------------------------

COLON_FORM = """\
项目支出绩效目标申报表
（2025年度）
项目名称：社区养老服务补助
主管部门：示例区民政局
实施单位：示例区养老服务指导中心
项目金额：86万元
项目属性：■新增性项目 □持续性项目
一级指标\t二级指标\t三级指标\t指标值
产出指标\t数量指标\t服务老年人人次\t≥3000人次
\t成本指标\t人均服务成本\t≤280元
效益指标\t社会效益指标\t老年人生活质量\t明显改善
"""


def test_fields_written_with_a_colon_in_one_cell(tmp_path: Path) -> None:
    document, report = _parse(tmp_path, COLON_FORM)
    project = document.projects[0]
    assert (project.name, project.budget) == ("社区养老服务补助", Decimal(86))
    assert document.department.name == "示例区养老服务指导中心"
    assert document.department.supervising_department == "示例区民政局"
    assert project.attribute is not None and project.attribute.value == "new"
    assert [i.name for i in project.indicators] == [
        "服务老年人人次",
        "人均服务成本",
        "老年人生活质量",
    ]
    assert report.of_kind(ItemKind.UNRECOGNISED) == []


def test_punctuation_left_at_the_end_of_a_value_is_removed_and_reported(tmp_path: Path) -> None:
    text = COLON_FORM.replace("项目金额：86万元\n", "项目金额：86万元\n项目期：2025年：\n")
    document, report = _parse(tmp_path, text)
    assert document.projects[0].period == "2025年"
    (item,) = report.of_kind(ItemKind.REPAIRED)
    assert (item.field, item.line, item.original, item.value) == (
        "projects[0].period",
        7,
        "2025年：",
        "2025年",
    )


def test_level_one_cost_of_the_newer_framework(tmp_path: Path) -> None:
    text = COLON_FORM.replace(
        "\t成本指标\t人均服务成本\t≤280元", "成本指标\t经济成本指标\t人均服务成本\t≤280元"
    )
    document, _report = _parse(tmp_path, text)
    cost = document.projects[0].indicators[1]
    assert (cost.category, cost.subcategory) == (Category.COST, Subcategory.ECONOMIC_COST)
    # under 产出指标, 成本指标 is the older framework's 二级 label
    older = _parse(tmp_path, COLON_FORM, "older.txt")[0].projects[0].indicators[1]
    assert (older.category, older.subcategory) == (Category.OUTPUT, Subcategory.COST)


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the shared corpus is not checked out at {CORPUS}")
def test_one_cell_per_paragraph_without_its_empty_cells(tmp_path: Path) -> None:
    """A reader that dropped the lines holding a space loses the empty cells: rows are then
    rebuilt from their content, and the Langfang form still reads the same."""
    corpus = CORPUS / "12_langfang-shipingongchengxuexiao-2019-project-selfeval.txt"
    text = "\n".join(
        line if line.strip() else "" for line in corpus.read_text("utf-8").splitlines()
    )
    document, report = _parse(tmp_path, text + "\n")
    project = document.projects[0]
    names = [indicator.name for indicator in project.indicators]
    assert names == [
        "工程资金金额",
        "工程完工率",
        "工程验收合格率",
        "项目完成及时率",
        "成本控制率",
        "安全率",
        "学校发展能力",
        "长期使用性",
        "学生满意度",
    ]
    fiscal = project.funding_execution[1]
    assert (fiscal.initial_budget, fiscal.full_year_budget, fiscal.executed) == (
        Decimal("43.2"),
        Decimal("43.2"),
        Decimal("37.24"),
    )
    missing = [item.field for item in report.of_kind(ItemKind.MISSING)]
    assert missing == [None, "projects[0].total_score", "projects[0].rating"]


# --- cut-off texts, unreadable and unrecognised content -------------------------------------------


def test_a_form_cut_inside_its_indicator_table(tmp_path: Path) -> None:
    fixture = DOCUMENTS / "zhejiang-donghu-2022-project-selfeval-tabs.txt"
    lines = fixture.read_text(encoding="utf-8").splitlines()
    cut = lines[: lines.index(next(line for line in lines if line.startswith("效益指标")))]
    document, report = _parse(tmp_path, "\n".join(cut) + "\n", fixture.name)
    assert len(document.projects[0].indicators) == 5
    assert document.projects[0].total_score is None
    missing = {item.field: item.line for item in report.of_kind(ItemKind.MISSING)}
    # the table itself is cut: a missing part, so import refuses it without --partial
    assert missing == {"projects[0].total_score": 18, "projects[0].rating": 18, "indicators": 18}


def test_stray_text_is_listed_as_unrecognised(tmp_path: Path) -> None:
    text = COLON_FORM + "审核意见\t同意，请按批复的绩效目标执行\n"
    _document, report = _parse(tmp_path, text)
    (item,) = report.of_kind(ItemKind.UNRECOGNISED)
    assert (item.line, item.original) == (12, "审核意见 | 同意，请按批复的绩效目标执行")


def test_an_unreadable_target_is_left_empty_and_listed(tmp_path: Path) -> None:
    text = COLON_FORM.replace("≤280元", "≤ 沙米 仁")
    document, report = _parse(tmp_path, text)
    assert document.projects[0].indicators[1].target is None
    (item,) = report.of_kind(ItemKind.UNREADABLE)
    assert (item.field, item.line, item.original) == (
        "projects[0].indicators[1].target",
        10,
        "≤ 沙米 仁",
    )


def test_a_form_without_its_year_or_project_is_read_with_the_gap_reported(tmp_path: Path) -> None:
    document, report = _parse(tmp_path, COLON_FORM.replace("（2025年度）\n", ""))
    assert document.fiscal_year is None
    assert [i.name for i in document.projects[0].indicators] == [
        "服务老年人人次",
        "人均服务成本",
        "老年人生活质量",
    ]
    assert "fiscal_year" in {item.field for item in report.of_kind(ItemKind.MISSING)}
    document, report = _parse(tmp_path, COLON_FORM.replace("项目名称：社区养老服务补助\n", ""))
    assert document.projects[0].name is None
    assert len(document.projects[0].indicators) == 3
    assert "projects[0].name" in {item.field for item in report.of_kind(ItemKind.MISSING)}


# --- OCR ------------------------------------------------------------------------------------------

OCR_FORM = """\
项目支出绩效目标申报表
(2025年度)
项目名称\t社区养老服务补助\t实施单位\t示例区养老服务指导中心
项目金额\t88. 29
一级指标\t二级指标\t三级指标\t指标值
产出指标\t数量指标\t开展上门服务次数\t25 项
\t成本指标\t人均服务成本\t≪280元
"""


def test_ocr_damage_is_repaired_or_flagged_field_by_field() -> None:
    document, report = parse_source(_source(OCR_FORM, SourceFormat.PDF_OCR, low=7))
    project = document.projects[0]
    assert project.budget == Decimal("88.29")
    visits, cost = project.indicators
    assert visits.target is not None and visits.target.value == Decimal(25)  # not guessed
    assert cost.target is not None and cost.target.operator is Operator.LE
    repaired = [(item.field, item.line) for item in report.of_kind(ItemKind.REPAIRED)]
    assert repaired == [("projects[0].budget", 4), ("projects[0].indicators[1].target", 7)]
    uncertain = {item.field: item for item in report.of_kind(ItemKind.UNCERTAIN)}
    assert uncertain["projects[0].indicators[0].target"].value == "≥5项"
    assert "置信度" in uncertain["projects[0].indicators[1].target"].reason
    assert cost.provenance["target"].repairs[0].original == "≪280元"


def test_the_same_text_from_a_text_file_proposes_no_ge_repair() -> None:
    _document, report = parse_source(_source(OCR_FORM))
    assert report.of_kind(ItemKind.UNCERTAIN) == []
