"""Word documents: the same form as a .docx table reads as its text does; a .doc is refused
with the way to convert it."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from jixiao.ingest.pipeline import parse_file
from jixiao.ingest.readers import OLE_MAGIC, SourceFileError, read_source
from jixiao.ingest.source import SourceFormat

FIXTURES = Path(__file__).parent / "fixtures" / "documents"


def _cells(line: str) -> list[str]:
    cells = [cell.strip() for cell in line.split("|")]
    return cells[1:] if line.startswith("|") else cells


def _as_docx(text: str, path: Path) -> Path:
    """Lines with pipes become the rows of one Word table, other lines paragraphs."""
    document = docx.Document()
    rows = [_cells(line) for line in text.splitlines() if "|" in line]
    width = max(len(row) for row in rows)
    table = None
    for line in text.splitlines():
        if "|" not in line:
            document.add_paragraph(line)
            table = None
            continue
        if table is None:
            table = document.add_table(rows=0, cols=width)
        cells = table.add_row().cells
        for column, value in enumerate(_cells(line)):
            cells[column].text = value
    document.save(str(path))
    return path


@pytest.mark.parametrize(
    "name",
    [
        "sichuan-nanling-2023-project-target-split-columns.txt",
        "hunan-yunxi-2023-department-selfeval-pipes.txt",
    ],
)
def test_a_word_table_reads_as_its_text(name: str, tmp_path: Path) -> None:
    text_path = FIXTURES / name
    word = _as_docx(text_path.read_text(encoding="utf-8"), tmp_path / (text_path.stem + ".docx"))
    assert read_source(word).format is SourceFormat.DOCX
    from_text, _ = parse_file(text_path)
    from_word, _ = parse_file(word)
    pairs = [(i.name, i.target) for _, i in from_text.all_indicators()]
    assert pairs and [(i.name, i.target) for _, i in from_word.all_indicators()] == pairs
    assert from_word.fiscal_year == from_text.fiscal_year


def test_a_merged_header_cell_is_one_cell(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    merged = table.cell(0, 1).merge(table.cell(0, 2))
    merged.text = "指标值"
    table.cell(0, 0).text = "三级指标"
    table.cell(1, 0).text = "受益人数"
    table.cell(1, 1).text = "≥"
    table.cell(1, 2).text = "100人"
    path = tmp_path / "merged.docx"
    document.save(str(path))
    (first, second) = read_source(path).lines
    assert first.cells == ("三级指标", "指标值")
    assert second.cells == ("受益人数", "≥", "100人")


def test_an_old_word_file_is_refused_with_how_to_convert_it(tmp_path: Path) -> None:
    path = tmp_path / "form.doc"
    path.write_bytes(OLE_MAGIC + b"\0" * 64 + "WordDocument".encode("utf-16-le") + b"\0" * 64)
    with pytest.raises(SourceFileError, match=r"\.doc.*另存为 \.docx"):
        read_source(path)


def test_a_damaged_word_file_is_a_clear_error(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("项目支出绩效目标表")
    path = tmp_path / "broken.docx"
    document.save(str(path))
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(SourceFileError):
        read_source(path)
