"""The PDF reader on text PDFs: table rows rebuilt from word positions, reading order, bad files.

Fixtures are made by ``scripts/make-fixtures.py`` from the text fixtures: the same rows typeset
as ruled tables (wrapped cells, merged header cells), a borderless two-column table written
column by column, an encrypted and a truncated file.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ingest_support import (
    INTERLEAVED_ROWS,
    PDF_DIR,
    SCAN_DIR,
    is_subsequence,
    refusal,
    source_rows,
    squeeze,
    squeezed,
    text_fixtures,
)
from jixiao.ingest.readers import SourceFileError, pdf, read_source
from jixiao.ingest.readers.pdf import read_pdf
from jixiao.ingest.source import SourceFormat, SourceLine

TEXTS = text_fixtures()


@pytest.mark.parametrize("text", TEXTS, ids=[path.stem for path in TEXTS])
def test_text_pdf_rows_are_the_source_table_rows_in_order(text: Path) -> None:
    document = read_pdf(PDF_DIR / f"{text.stem}.pdf")

    assert document.format is SourceFormat.PDF_TEXT
    assert document.name == f"{text.stem}.pdf"
    expected = [squeezed(row) for row in source_rows(text, tables_only=True)]
    read = [squeezed(line.cells) for line in document.lines]
    missing = [row for row in expected if row not in read]
    assert not missing, f"rows not read as in the source: {missing[:3]}"
    assert is_subsequence(expected, read)


@pytest.mark.parametrize("text", TEXTS, ids=[path.stem for path in TEXTS])
def test_text_pdf_keeps_all_the_text_of_the_source(text: Path) -> None:
    document = read_pdf(PDF_DIR / f"{text.stem}.pdf")

    assert squeeze(document.text()) == squeeze("".join("".join(r) for r in source_rows(text)))


def test_lines_are_numbered_by_row_within_each_page() -> None:
    document = read_pdf(PDF_DIR / "xingtai-project.pdf")

    pages = sorted({line.page for line in document.lines if line.page is not None})
    assert pages == [1, 2]
    for page in pages:
        numbers = [line.number for line in document.lines if line.page == page]
        assert numbers[0] == 1
        assert numbers == sorted(numbers)
    assert all(line.text == "\t".join(line.cells) for line in document.lines)


def test_ruled_table_keeps_empty_cells_and_drops_merged_header_columns() -> None:
    document = read_pdf(PDF_DIR / "xingtai-project.pdf")
    by_label = {line.cells[2]: line.cells for line in document.lines if len(line.cells) > 2}

    # 一级/二级指标 are merged down the rows: empty cells keep the columns in place.
    assert by_label["接待海外侨胞人数"] == (
        "",
        "",
        "接待海外侨胞人数",
        "接待海外侨服",
        "见来邢参观考察",
        "≥20 人",
    )
    # The title row spans the whole table: one cell, not eight.
    title = next(line for line in document.lines if "填报单位" in line.text)
    assert title.cells == ("填报单位(盖公章):邢台市归国华侨联合会",)


def test_interleaved_columns_come_out_row_by_row() -> None:
    # The values were written before the labels, bottom to top, in a smaller font.
    document = read_pdf(PDF_DIR / "interleaved-columns.pdf")

    assert [line.cells for line in document.lines] == INTERLEAVED_ROWS
    assert [line.number for line in document.lines] == list(range(1, 8))


def test_encrypted_pdf_is_refused_with_a_message_naming_the_file() -> None:
    assert "PDF 已加密,无法读取;请提供未加密的文件" in refusal(PDF_DIR / "encrypted.pdf")


def test_truncated_pdf_is_refused_with_a_message_naming_the_file() -> None:
    assert "PDF 文件已损坏或不完整" in refusal(PDF_DIR / "truncated.pdf")


def test_garbage_after_the_pdf_magic_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "假的.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8)

    with pytest.raises(SourceFileError, match=r"假的\.pdf"):
        read_pdf(path)


def test_a_page_that_fails_is_noted_and_the_others_are_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    original = pdf._read_page

    def failing_on_page_two(page: object, number: int) -> object:
        if number == 2:
            raise ValueError("bad content stream")
        return original(page, number)  # type: ignore[arg-type]

    monkeypatch.setattr(pdf, "_read_page", failing_on_page_two)
    document = read_pdf(PDF_DIR / "xingtai-project.pdf")

    assert {line.page for line in document.lines} == {1}
    assert [(note.page, note.message) for note in document.notes] == [
        (2, "第 2 页无法读取(ValueError: bad content stream),已跳过")
    ]


def test_a_pdf_whose_every_page_fails_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    def failing(page: object, number: int) -> object:
        raise ValueError("bad content stream")

    monkeypatch.setattr(pdf, "_read_page", failing)
    with pytest.raises(SourceFileError, match="没有一页能读取"):
        read_pdf(PDF_DIR / "huangshi-approval.pdf")


def test_pages_without_text_go_to_ocr_and_mark_the_document(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # OCR itself is tested in test_ingest_ocr.py; here only the routing, so it is stubbed.
    from jixiao.ingest.readers import ocr

    seen: list[tuple[int, int]] = []

    def fake_ocr(image: object, page: int = 1) -> list[SourceLine]:
        seen.append((page, getattr(image, "width", 0)))
        return [
            SourceLine(
                number=1, text="项目名称\t申遗经费", cells=("项目名称", "申遗经费"), page=page
            )
        ]

    monkeypatch.setattr(ocr, "ocr_image", fake_ocr)
    scan = tmp_path / "扫描件.pdf"
    shutil.copy(SCAN_DIR / "huangshi-monitoring.pdf", scan)
    document = read_source(scan)

    assert document.format is SourceFormat.PDF_OCR
    assert [line.cells for line in document.lines] == [("项目名称", "申遗经费")]
    # Rendered at the scan's own resolution (150 dpi): an A4 page is about 1240 px wide.
    assert [page for page, _ in seen] == [1]
    assert seen[0][1] == pytest.approx(1240, abs=2)
