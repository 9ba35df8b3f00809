"""Limits (jixiao.limits): each is a setting with a default, checked before the work, and a
refusal names the file, what was measured and the setting (issue 12, item 1)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

from jixiao import limits
from jixiao.app.deadline import within_budget
from jixiao.errors import JixiaoError, LimitError
from jixiao.ingest.readers import SourceFileError, read_source
from jixiao.interchange.json_document import DocumentFileError, parse_document_json

sys.path.insert(0, str(Path(__file__).parent))

from hostile_inputs import TEXT_DOCUMENT, XINGTAI, bombs

README = Path(__file__).parents[1] / "README.md"
BOMBS = {item.name: item for item in bombs(large=False)}


def _write(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    path.write_bytes(BOMBS[name].data)
    return path


def _refused(path: Path, *expected: str) -> str:
    started = time.monotonic()
    with pytest.raises(LimitError) as refused:
        read_source(path)
    assert time.monotonic() - started < 10  # refused before the work, not after it
    assert isinstance(refused.value, SourceFileError)
    for text in expected:
        assert text in refused.value.message, refused.value.message
    return refused.value.message


def test_every_setting_has_a_default_and_is_in_the_readme() -> None:
    readme = README.read_text(encoding="utf-8")
    for variable, default, _name in limits.describe():
        assert variable in readme, variable
        assert default
    assert limits.current() == limits.Limits()


def test_a_setting_that_is_not_a_number_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JIXIAO_MAX_PAGES", "many")
    with pytest.raises(JixiaoError, match="JIXIAO_MAX_PAGES"):
        limits.current()
    monkeypatch.setenv("JIXIAO_MAX_PAGES", "-3")
    with pytest.raises(JixiaoError, match="必须大于 0"):
        limits.current()
    monkeypatch.setenv("JIXIAO_MAX_PAGES", "2000")
    assert limits.current().max_pages == 2000


def test_file_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JIXIAO_MAX_FILE_MB", "0.001")
    _refused(TEXT_DOCUMENT, "文件过大", "JIXIAO_MAX_FILE_MB", TEXT_DOCUMENT.name)


def test_lines(tmp_path: Path) -> None:
    _refused(_write(tmp_path, "blank-lines.txt"), "5000002 行", "JIXIAO_MAX_LINES")


def test_far_cell_is_the_used_range(tmp_path: Path) -> None:
    _refused(_write(tmp_path, "far-cell.xlsx"), "1048576 行", "JIXIAO_MAX_ROWS")


def test_far_merged_range(tmp_path: Path) -> None:
    _refused(_write(tmp_path, "far-merge.xlsx"), "JIXIAO_MAX_ROWS")


def test_a_declared_dimension_is_not_the_used_range(tmp_path: Path) -> None:
    document = read_source(_write(tmp_path, "declared-dimension.xlsx"))
    assert [line.cells for line in document.lines] == [("项目名称",), ("", "x")]


def test_columns_and_cells(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for _row in range(1, 51):
        sheet.append([f"c{column}" for column in range(60)])
    path = tmp_path / "wide.xlsx"
    book.save(path)
    monkeypatch.setenv("JIXIAO_MAX_COLUMNS", "50")
    _refused(path, "60 列", "JIXIAO_MAX_COLUMNS")
    monkeypatch.delenv("JIXIAO_MAX_COLUMNS")
    monkeypatch.setenv("JIXIAO_MAX_CELLS", "1000")
    _refused(path, "3000 个单元格", "JIXIAO_MAX_CELLS")


def test_zip_bomb(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JIXIAO_MAX_UNZIPPED_MB", "4")
    _refused(_write(tmp_path, "zip-bomb.xlsx"), "解压后大小", "JIXIAO_MAX_UNZIPPED_MB")


def test_docx_lines(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JIXIAO_MAX_LINES", "100")
    _refused(_write(tmp_path, "docx-many-paragraphs.docx"), "JIXIAO_MAX_LINES")


def test_pages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    for _ in range(5):
        pdf.add_page()
    path = tmp_path / "five.pdf"
    pdf.output(str(path))
    monkeypatch.setenv("JIXIAO_MAX_PAGES", "4")
    _refused(path, "PDF 有 5 页", "JIXIAO_MAX_PAGES")


def test_a_huge_blank_page_is_not_rendered(tmp_path: Path) -> None:
    _refused(_write(tmp_path, "huge-page.pdf"), "200×200 英寸", "JIXIAO_MAX_PAGE_PIXELS")


def test_image_pixels(tmp_path: Path) -> None:
    _refused(_write(tmp_path, "huge.png"), "6000×6000", "JIXIAO_MAX_PAGE_PIXELS")


def test_json_depth_and_digits(monkeypatch: pytest.MonkeyPatch) -> None:
    text = XINGTAI.read_text(encoding="utf-8")
    monkeypatch.setenv("JIXIAO_MAX_JSON_DEPTH", "3")
    with pytest.raises(DocumentFileError, match="JIXIAO_MAX_JSON_DEPTH"):
        parse_document_json(text)
    monkeypatch.delenv("JIXIAO_MAX_JSON_DEPTH")
    monkeypatch.setenv("JIXIAO_MAX_NUMBER_DIGITS", "3")
    with pytest.raises(DocumentFileError, match="JIXIAO_MAX_NUMBER_DIGITS"):
        parse_document_json(text)  # "fiscal_year": 2020 has 4 digits


def test_the_wall_clock_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JIXIAO_MAX_SECONDS", "0.3")

    def forever(path: Path) -> None:
        while True:
            try:
                time.sleep(0.01)
            except Exception:  # a reader skipping a bad page must not swallow the budget
                continue

    started = time.monotonic()
    with pytest.raises(LimitError, match=r"超过 0\.3 秒.*JIXIAO_MAX_SECONDS"):
        within_budget(Path("slow.txt"), forever)
    assert time.monotonic() - started < 3
    assert within_budget(Path("fast.txt"), lambda path: path.name) == "fast.txt"
