"""The Excel reader: official form layouts with merged cells, extra rows, exact numbers, sheets."""

from __future__ import annotations

import datetime
import zipfile
from pathlib import Path

import openpyxl
import pytest
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from ingest_support import XLSX_DIR, refusal, source_rows, text_fixtures
from jixiao.ingest.readers import SourceFileError, read_source
from jixiao.ingest.readers.xlsx import read_xlsx
from jixiao.ingest.source import SourceFormat

TEXTS = text_fixtures()


def _workbook(*sheets: str) -> tuple[Workbook, Worksheet]:
    """A new workbook with these sheets, and its first sheet."""
    workbook = openpyxl.Workbook()
    first = workbook.active
    assert isinstance(first, Worksheet)
    first.title = sheets[0]
    for title in sheets[1:]:
        workbook.create_sheet(title)
    return workbook, first


@pytest.mark.parametrize("text", TEXTS, ids=[path.stem for path in TEXTS])
def test_form_workbook_rows_are_the_source_rows(text: Path) -> None:
    # The fixture workbooks merge short rows' last cells to the table's width and first-column
    # labels down over the rows below, and store numbers and percentages as numbers.
    document = read_source(XLSX_DIR / f"{text.stem}.xlsx")

    assert document.format is SourceFormat.XLSX
    assert [line.cells for line in document.lines] == source_rows(text)


def test_merged_header_is_one_cell_and_vertical_merges_read_as_empty(tmp_path: Path) -> None:
    path = tmp_path / "部门整体支出绩效目标申报表.xlsx"
    workbook, sheet = _workbook("申报表")
    sheet.append(["部门名称", "邢台市归国华侨联合会"])
    sheet.merge_cells("B1:F1")
    sheet.append(["年度收入预算"])
    sheet.merge_cells("A2:F2")
    sheet.append(
        ["整体支出绩效指标", "人员经费(64.18万元)", "产出指标", "职工年度考核通过率", "≥95%"]
    )
    sheet.append([None, None, None, "职工出勤率", "≥95%"])
    sheet.merge_cells("A3:A4")
    sheet.merge_cells("B3:B4")
    workbook.save(path)

    lines = read_xlsx(path).lines

    assert [line.cells for line in lines] == [
        ("部门名称", "邢台市归国华侨联合会"),
        ("年度收入预算",),
        ("整体支出绩效指标", "人员经费(64.18万元)", "产出指标", "职工年度考核通过率", "≥95%"),
        ("", "", "", "职工出勤率", "≥95%"),
    ]
    assert lines[0].text == "部门名称\t邢台市归国华侨联合会"


def test_a_block_merged_over_rows_and_columns_keeps_one_column(tmp_path: Path) -> None:
    path = tmp_path / "block.xlsx"
    workbook, sheet = _workbook("表")
    sheet["A1"] = "年度整体支出目标"
    sheet["D1"] = "目标 1"
    sheet["D2"] = "目标 2"
    sheet.merge_cells("A1:C2")
    workbook.save(path)

    assert [line.cells for line in read_xlsx(path).lines] == [
        ("年度整体支出目标", "目标 1"),
        ("", "目标 2"),
    ]


def test_empty_rows_are_skipped_and_lines_keep_the_sheet_row_numbers(tmp_path: Path) -> None:
    path = tmp_path / "rows.xlsx"
    workbook, sheet = _workbook("项目绩效目标表")
    sheet["B3"] = "项目名称"
    sheet["C3"] = "侨务工作经费"
    sheet["E3"] = None
    sheet["A7"] = "填报单位(盖公章):邢台市归国华侨联合会"
    sheet["F9"] = "   "
    workbook.save(path)

    lines = read_xlsx(path).lines

    assert [(line.number, line.cells) for line in lines] == [
        (3, ("", "项目名称", "侨务工作经费")),
        (7, ("填报单位(盖公章):邢台市归国华侨联合会",)),
    ]


def test_numbers_are_exact_and_dates_iso(tmp_path: Path) -> None:
    path = tmp_path / "numbers.xlsx"
    workbook, sheet = _workbook("预算")
    sheet.append([88.29, 64.18 + 14.11 + 8 + 2 - 0.000000000000001, 8.0, 8, 0.1 + 0.2, -3.5])
    sheet.append([0.95, 0.055, 1.0])
    for cell, number_format in zip(sheet[2][:3], ["0%", "0.0%", "0%"], strict=True):
        cell.number_format = number_format
    sheet.append([datetime.date(2020, 3, 31), datetime.datetime(2020, 6, 30), "2020.07-2021.01"])
    sheet.append([True, 1234567890123])
    workbook.save(path)

    assert [line.cells for line in read_xlsx(path).lines] == [
        ("88.29", "88.29", "8", "8", "0.3", "-3.5"),
        ("95%", "5.5%", "100%"),
        ("2020-03-31", "2020-06-30", "2020.07-2021.01"),
        ("是", "1234567890123"),
    ]


def test_every_sheet_in_order(tmp_path: Path) -> None:
    path = tmp_path / "sheets.xlsx"
    workbook, _ = _workbook("部门整体", "空表", "项目")
    workbook["部门整体"]["A1"] = "部门名称"
    workbook["项目"]["A2"] = "项目名称"
    workbook.save(path)

    document = read_xlsx(path)

    assert [(line.page, line.sheet, line.number, line.cells) for line in document.lines] == [
        (1, "部门整体", 1, ("部门名称",)),
        (3, "项目", 2, ("项目名称",)),
    ]
    assert document.name == "sheets.xlsx"


def test_old_xls_is_refused_and_told_to_save_as_xlsx() -> None:
    message = refusal(XLSX_DIR / "old-format.xls")

    assert "旧版 Excel 97-2003 (.xls) 格式不支持" in message
    assert "另存为 .xlsx" in message


def test_password_protected_workbook_is_refused() -> None:
    assert "Excel 工作簿已设置打开密码" in refusal(XLSX_DIR / "encrypted.xlsx")


def test_zip_that_is_not_a_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "不是表格.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")

    with pytest.raises(SourceFileError, match=r"不是表格\.xlsx.*Excel"):
        read_source(path)


def test_truncated_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "截断.xlsx"
    data = (XLSX_DIR / "huangshi-approval.xlsx").read_bytes()
    path.write_bytes(data[: len(data) // 2])

    with pytest.raises(SourceFileError, match=r"截断\.xlsx"):
        read_source(path)
