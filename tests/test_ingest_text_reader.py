"""The text reader: encodings decided by decoding, cells at tabs or pipes, binary refused."""

from __future__ import annotations

import codecs
import random
from pathlib import Path

import pytest

from jixiao.ingest.readers import SourceFileError, read_source
from jixiao.ingest.readers.text import read_text, split_cells
from jixiao.ingest.source import SourceFormat

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
XINGTAI = CORPUS / "xingtai-qiaolian-2020-department-performance.txt"
APPROVAL = CORPUS / "02_huangshi-dangxiao-2022-project-target-approval.txt"
needs_corpus = pytest.mark.skipif(
    not CORPUS.is_dir(), reason=f"the shared corpus is not checked out at {CORPUS}"
)

SAMPLE = (
    "某县教育局2023年部门预算绩效文本\n\n一级指标\t二级指标\t指标值\n产出指标\t数量指标\t≥95%\n"
)


def _write(tmp_path: Path, data: bytes, name: str = "doc.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_utf8_lines_are_numbered_as_an_editor_shows_them(tmp_path: Path) -> None:
    source = read_text(_write(tmp_path, SAMPLE.encode("utf-8")))
    assert source.encoding == "utf-8"
    assert source.format is SourceFormat.TEXT
    assert [line.number for line in source.lines] == [1, 2, 3, 4]
    assert source.lines[1].is_blank
    assert source.lines[3].cells == ("产出指标", "数量指标", "≥95%")
    assert source.lines[0].cells == ("某县教育局2023年部门预算绩效文本",)


def test_utf8_with_bom(tmp_path: Path) -> None:
    source = read_text(_write(tmp_path, codecs.BOM_UTF8 + SAMPLE.encode("utf-8")))
    assert source.encoding == "utf-8-sig"
    assert source.lines[0].text == "某县教育局2023年部门预算绩效文本"  # no BOM left in the text


def test_crlf_and_a_form_feed_do_not_shift_line_numbers(tmp_path: Path) -> None:
    text = "第一行\r\n第二行\f续\r\n第三行"
    source = read_text(_write(tmp_path, text.encode("utf-8")))
    assert [(line.number, line.text) for line in source.lines] == [
        (1, "第一行"),
        (2, "第二行\f续"),
        (3, "第三行"),
    ]


@needs_corpus
def test_a_gb18030_copy_of_a_corpus_file_reads_the_same(tmp_path: Path) -> None:
    text = XINGTAI.read_text(encoding="utf-8")
    copy = _write(tmp_path, text.encode("gb18030"), "xingtai-gbk.txt")
    original, decoded = read_text(XINGTAI), read_text(copy)
    assert decoded.encoding == "gb18030"
    assert [line.cells for line in decoded.lines] == [line.cells for line in original.lines]
    budget_row = next(line for line in decoded.lines if line.number == 77)
    assert budget_row.cells[1:3] == ("88. 29", "88. 29")


def test_gbk_text_is_read_through_gb18030(tmp_path: Path) -> None:
    source = read_text(_write(tmp_path, SAMPLE.encode("gbk")))
    assert source.encoding == "gb18030"
    assert source.lines[3].cells[2] == "≥95%"


@needs_corpus
def test_pipe_flattened_web_table(tmp_path: Path) -> None:
    source = read_source(APPROVAL)
    assert source.notes[0].message.startswith("来源:http://czj.huangshi.gov.cn/")
    assert source.lines[0].number == 2  # the "# source:" line is a note, not content
    row = next(line for line in source.lines if line.text.startswith("项目名称"))
    assert row.cells == ("项目名称", "主体班", "项目负责人")  # empty trailing cells dropped
    assert split_cells("| 一级指标 | 指标值 |") == ("一级指标", "指标值")
    assert split_cells("产出指标\t| 不是分隔符") == ("产出指标", "| 不是分隔符")


def test_an_empty_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SourceFileError, match="文件为空"):
        read_source(_write(tmp_path, b""))
    with pytest.raises(SourceFileError, match="文件为空"):
        read_text(_write(tmp_path, b" \n\n\t\n", "blank.txt"))
    with pytest.raises(SourceFileError, match="文件为空"):
        read_text(_write(tmp_path, codecs.BOM_UTF8 + b"\n", "bom-only.txt"))


def test_binary_garbage_is_refused(tmp_path: Path) -> None:
    noise = random.Random(3).randbytes(4096)
    with pytest.raises(SourceFileError, match="不是文本文件"):
        read_source(_write(tmp_path, b"\x00" + noise, "with-nul.txt"))
    # without a NUL byte, GB18030 may decode it: the control and unassigned characters tell
    no_nul = bytes(b for b in noise if b) + bytes(range(1, 32)) * 8
    with pytest.raises(SourceFileError) as refused:
        read_source(_write(tmp_path, no_nul, "no-nul.txt"))
    assert "不是文本文件" in refused.value.message or "无法识别文件编码" in refused.value.message


def test_text_in_another_encoding_is_refused_in_chinese(tmp_path: Path) -> None:
    # bytes that are neither UTF-8 nor GB18030
    with pytest.raises(SourceFileError, match="无法识别文件编码"):
        read_text(_write(tmp_path, "预算".encode() + b"\xff\xfe\xfd\x80", "odd.txt"))
