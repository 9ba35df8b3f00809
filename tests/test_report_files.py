"""The files the renderers write, looked at as Excel and Word see them: cells, merged ranges,
number formats, print setup, repeated header rows, sections; and hostile text kept as text."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import docx
import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from jixiao.domain.model import PerformanceDocument
from jixiao.errors import JixiaoError
from jixiao.ingest.pipeline import parse_file
from jixiao.interchange.json_document import load_document_file
from jixiao.report.builders.document import document_forms
from jixiao.report.builders.targets import department_target_form, project_target_form
from jixiao.report.docx import render_docx
from jixiao.report.layout import Cell, Form, Paragraph, Signature, Table, display, place
from jixiao.report.templates import load_template
from jixiao.report.xlsx import render_xlsx
from report_support import XINGTAI

HOSTILE = ('=HYPERLINK("http://x","点")', "<script>alert(1)</script>", "@SUM(A1)")
DEFAULT = load_template("default")


@pytest.fixture(scope="module")
def xingtai() -> PerformanceDocument:
    return load_document_file(XINGTAI)


def _sheets(data: bytes) -> list[Worksheet]:
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    return [sheet for sheet in workbook.worksheets if isinstance(sheet, Worksheet)]


def _cells(sheet: Worksheet) -> Iterator[openpyxl.cell.cell.Cell]:
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell, openpyxl.cell.cell.Cell) and cell.value is not None:
                yield cell


def _find(sheet: Worksheet, value: object) -> openpyxl.cell.cell.Cell:
    return next(cell for cell in _cells(sheet) if cell.value == value)


# --- the layout contract ---------------------------------------------------------------------


def test_place_skips_the_positions_a_span_covers() -> None:
    rows = (
        (Cell("a", rowspan=2), Cell("b", colspan=2)),
        (Cell("c"), Cell("d")),
    )
    assert [(r, c, cell.value) for r, c, cell in place(rows)] == [
        (0, 0, "a"),
        (0, 1, "b"),
        (1, 1, "c"),
        (1, 2, "d"),
    ]


def test_numbers_display_by_their_format() -> None:
    assert display(Cell(Decimal("0.25"), "percent", number_format="0%")) == "25%"
    assert display(Cell(Decimal("1234.5"), "number", number_format="#,##0.00")) == "1,234.50"
    assert display(Cell(Decimal("8.000"), "number")) == "8"
    assert display(Cell("=1+1")) == "=1+1"


# --- xlsx -------------------------------------------------------------------------------------


def test_the_document_is_one_sheet_per_form_in_the_published_order(
    xingtai: PerformanceDocument,
) -> None:
    sheets = _sheets(render_xlsx(document_forms(xingtai, DEFAULT)))

    assert [s.title for s in sheets] == ["绩效文本", "部门整体支出绩效目标申报表", "1.侨务工作经费"]
    assert sheets[0]["A1"].value == "邢台市归国华侨联合会2020年部门预算绩效文本"
    texts = [c.value for c in _cells(sheets[0])]
    headings = ["一、总体绩效目标", "二、分项绩效目标", "三、工作保障措施"]
    assert [t for t in texts if t in headings] == headings


def test_the_project_form_has_merged_labels_numbers_and_print_setup(
    xingtai: PerformanceDocument,
) -> None:
    form = project_target_form(xingtai, xingtai.projects[0], DEFAULT)
    (sheet,) = _sheets(render_xlsx([form]))

    assert sheet["A1"].value == "项目支出绩效目标申报表"
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert "A1:F1" in merged  # the title over the table's width
    output = _find(sheet, "产出指标")
    quantity = _find(sheet, "数量指标")
    spans = {r.min_row: r for r in sheet.merged_cells.ranges if r.min_col == 1}
    assert spans[output.row].max_row - output.row + 1 == 22  # 数量 9 + 质量 3 + 时效 2 + 成本 8
    assert any(
        r.min_row == quantity.row and r.max_row == quantity.row + 8
        for r in sheet.merged_cells.ranges
    )
    # the checkpoints are numbers formatted as percentages, not text
    plan = _find(sheet, "资金支出计划(%)")
    shares = [sheet.cell(plan.row + 1, column) for column in range(2, 6)]
    assert [c.value for c in shares] == [0.25, 0.5, 0.75, 1]
    assert {c.number_format for c in shares} == {"0%"}
    # print: A4 landscape, one page wide, the column header row repeated, panes frozen below it
    header = _find(sheet, "三级指标").row
    assert sheet.page_setup.paperSize == 9
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.sheet_properties.pageSetUpPr is not None
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.page_setup.fitToWidth in (None, 1)  # 1 is the default, left out of the file
    assert sheet.page_setup.fitToHeight == 0
    assert sheet.print_title_rows == f"${header}:${header}"
    assert sheet.freeze_panes == f"A{header + 1}"
    footer = sheet.oddFooter
    assert footer is not None and "&P" in (footer.center.text or "")
    assert _find(sheet, "举办联谊活动次数").alignment.wrap_text
    # the template's column widths (characters): 一级 12, (二级 12: one <col> with 一级), 三级 22,
    # 描述 30, 指标值 14
    widths = [sheet.column_dimensions[c].width for c in "ACDE"]
    assert [int(w) for w in widths] == [12, 22, 30, 14]  # Excel adds its padding
    assert _find(sheet, "三级指标").border.left.style == "thin"


def test_the_department_form_states_the_budget_as_numbers(xingtai: PerformanceDocument) -> None:
    (sheet,) = _sheets(render_xlsx([department_target_form(xingtai, DEFAULT)]))

    income = _find(sheet, "年度收入预算(万元)")
    assert sheet.cell(income.row + 1, 2).value == 88.29
    assert sheet.cell(income.row + 1, 2).data_type == "n"
    header = _find(sheet, "项目名称及金额(万元)").row  # the goals' shared column header
    assert sheet.print_title_rows == f"${header}:${header}"
    assert sheet.freeze_panes is None  # several headed tables: nothing frozen
    goal = _find(sheet, "年度整体支出目标1")
    assert sheet.cell(goal.row, 2).value == xingtai.department_goals[0].text
    assert _find(sheet, "人员经费(64.18万元)").alignment.vertical == "center"


def test_the_department_form_states_a_stated_fiscal_sum_on_a_row_of_its_own(
    xingtai: PerformanceDocument,
) -> None:
    def rows(document: PerformanceDocument) -> list[list[object]]:
        form = department_target_form(document, DEFAULT)
        tables = [b for b in form.blocks if isinstance(b, Table)]
        return [[c.value for c in row] for t in tables for row in (*t.header, *t.body)]

    label = "财政拨款收入(万元)"
    assert not any(label in row for row in rows(xingtai))  # not stated: the form's own rows
    stated = xingtai.model_copy(deep=True)
    stated.budget.income.fiscal_appropriation = Decimal("80.29")
    (row,) = [row for row in rows(stated) if label in row]
    assert row[1] == Decimal("80.29")


def test_sheet_names_are_valid_and_unique() -> None:
    forms = [Form("同名[表]:*?/\\" + "长" * 40, None, (), ()) for _ in range(3)]
    names = [s.title for s in _sheets(render_xlsx(forms))]
    assert len(set(names)) == 3
    assert all(len(n) <= 31 and not re.search(r"[\[\]:*?/\\]", n) for n in names)


# --- docx -------------------------------------------------------------------------------------


def test_the_word_document_has_landscape_sections_merged_cells_and_repeated_headers(
    xingtai: PerformanceDocument,
) -> None:
    document = docx.Document(io.BytesIO(render_docx(document_forms(xingtai, DEFAULT))))

    sections = document.sections
    assert len(sections) == 3
    assert [(s.page_width or 0) > (s.page_height or 0) for s in sections] == [False, True, True]
    project = document.tables[-1]
    headers = [
        row
        for row in project.rows
        if row._tr.trPr is not None and row._tr.trPr.xpath("w:tblHeader")
    ]
    assert [c.text for c in headers[0].cells][:3] == ["一级指标", "二级指标", "三级指标"]
    xml = project._tbl.xml
    assert xml.count('w:vMerge w:val="restart"') >= 6  # 一级 and 二级 labels over their runs
    assert "PAGE" in sections[0].footer._element.xml


# --- hostile text -----------------------------------------------------------------------------


def _hostile(xingtai: PerformanceDocument) -> PerformanceDocument:
    document = xingtai.model_copy(deep=True)
    for indicator, name in zip(document.projects[0].indicators, HOSTILE, strict=False):
        indicator.name = name
    document.projects[0].purpose = HOSTILE[0]
    return document


def test_hostile_text_stays_text_in_the_workbook(
    xingtai: PerformanceDocument, tmp_path: Path
) -> None:
    data = render_xlsx(document_forms(_hostile(xingtai), DEFAULT))

    with zipfile.ZipFile(io.BytesIO(data)) as package:
        xml = "".join(
            package.read(n).decode("utf-8") for n in package.namelist() if n.endswith(".xml")
        )
        assert "<f>" not in xml and "<f " not in xml  # no formula anywhere
        assert not [
            n
            for n in package.namelist()
            if "hyperlink" in n or (n.endswith(".rels") and b"http://x" in package.read(n))
        ]
    cells = [c for s in _sheets(data) for c in _cells(s) if c.value in HOSTILE]
    assert {c.value for c in cells} == set(HOSTILE)
    assert {c.data_type for c in cells} == {"s"}
    path = tmp_path / "hostile.xlsx"
    path.write_bytes(data)
    read, _ = parse_file(path)
    assert [i.name for i in read.projects[0].indicators[:3]] == list(HOSTILE)


def test_hostile_text_stays_text_in_the_word_document(
    xingtai: PerformanceDocument, tmp_path: Path
) -> None:
    data = render_docx(document_forms(_hostile(xingtai), DEFAULT))

    with zipfile.ZipFile(io.BytesIO(data)) as package:
        body = package.read("word/document.xml").decode("utf-8")
    assert "<script>" not in body and "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert "w:hyperlink" not in body and "HYPERLINK" not in re.sub(
        r"<w:t[^>]*>[^<]*</w:t>", "", body
    )
    texts = [
        c.text for t in docx.Document(io.BytesIO(data)).tables for r in t.rows for c in r.cells
    ]
    assert set(HOSTILE) <= set(texts)
    path = tmp_path / "hostile.docx"
    path.write_bytes(data)
    read, _ = parse_file(path)
    assert [i.name for i in read.projects[0].indicators[:3]] == list(HOSTILE)


def test_control_characters_are_dropped_from_word_text() -> None:
    form = Form("表", None, (), (Table((10.0,), (), ((Cell("a\x01b"),),)), Signature(("x\x0b",))))
    document = docx.Document(io.BytesIO(render_docx([form])))
    assert document.tables[0].cell(0, 0).text == "ab"


def test_text_beyond_an_excel_cell_is_refused_or_split() -> None:
    long = "长" * 40_000
    paragraph = Form("表", None, (), (Paragraph(long),))
    (sheet,) = _sheets(render_xlsx([paragraph]))
    assert "".join(str(c.value) for c in _cells(sheet) if c.value != "表") == long

    cell = Form("表", None, (), (Table((10.0,), (), ((Cell(long),),)),))
    with pytest.raises(JixiaoError, match="32767 个字符的上限"):
        render_xlsx([cell])
