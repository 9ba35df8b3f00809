"""Bad input to ``jixiao import``: one Chinese message, a non-zero exit, nothing written.

Each case runs the command as a user does (``python -m jixiao import``) against a fresh
database on SQLite and PostgreSQL, then ``jixiao list`` shows that no document was stored
(the cases share one database and one ``list``: each command start costs seconds). A
truncated document is parsed as far as it goes (``parse_file`` and ``jixiao parse`` show
what was read and what is missing) but not imported without ``--partial``.
"""

from __future__ import annotations

import json
import random
import subprocess
import time
from pathlib import Path

import pytest

from cli_support import run_cli
from jixiao.ingest.pipeline import GenreError, parse_file
from jixiao.ingest.readers import SourceFileError
from jixiao.workspace import Workspace

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
XINGTAI = CORPUS / "xingtai-qiaolian-2020-department-performance.txt"
needs_corpus = pytest.mark.skipif(
    not XINGTAI.is_file(), reason=f"the shared corpus is not checked out at {CORPUS}"
)

ENCRYPTED_PDF = Path(__file__).parent / "fixtures" / "documents" / "pdf" / "encrypted.pdf"
NEWS = (
    "本报讯 记者从市气象台获悉,受冷空气影响,本周后半程全市将出现明显降温。\n"
    "气象专家提醒市民及时增添衣物,出行注意交通安全。\n"
    "另据了解,市区多条公交线路将于下月起调整运营时间,具体以公交公司公告为准。\n"
)


def assert_refused(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr
    assert "错误:" in result.stderr
    for word in words:
        assert word in result.stderr, (word, result.stderr)


def make_truncated(folder: Path) -> Path:
    """The first 40% of the Xingtai text's lines: the cover, the prose and a table title."""
    lines = XINGTAI.read_text(encoding="utf-8").split("\n")
    path = folder / "xingtai-truncated.txt"
    path.write_text("\n".join(lines[: len(lines) * 2 // 5]) + "\n", encoding="utf-8")
    return path


def make_sparse(path: Path, size: int) -> Path:
    with path.open("wb") as handle:  # sparse: nothing of that size is written to the disk
        handle.seek(size - 1)
        handle.write(b"\n")
    return path


@pytest.fixture
def truncated(tmp_path: Path) -> Path:
    return make_truncated(tmp_path)


def bad_inputs(folder: Path) -> dict[str, tuple[Path, tuple[str, ...]]]:
    """Each bad input and the words its refusal must say."""
    empty = folder / "empty.txt"
    empty.write_bytes(b"")
    garbage = folder / "garbage.txt"
    garbage.write_bytes(random.Random(7).randbytes(64 * 1024))
    news = folder / "news.txt"
    news.write_text(NEWS, encoding="utf-8")
    cases = {
        "empty": (empty, ("文件为空",)),
        "binary garbage": (garbage, ("不是文本文件",)),
        "100 MB": (make_sparse(folder / "big.txt", 100 * 1024 * 1024), ("文件过大",)),
        "unknown genre": (news, ("无法识别文档类型", "部门预算绩效文本", "本报讯")),
        "missing file": (folder / "nowhere.txt", ("无法读取文件",)),
    }
    if XINGTAI.is_file():
        cases["truncated"] = (make_truncated(folder), ("文档不完整", "--partial", "缺失"))
    if ENCRYPTED_PDF.is_file():  # the PDF reader's fixture (password "jixiao")
        cases["encrypted PDF"] = (ENCRYPTED_PDF, ("已加密",))
    return cases


def test_bad_input_is_refused_and_nothing_is_written(db_url: str, tmp_path: Path) -> None:
    Workspace(db_url).init()  # a database that exists, so that "nothing written" is checked
    for case, (path, words) in bad_inputs(tmp_path).items():
        result = run_cli("import", str(path), db=db_url)
        try:
            assert_refused(result, *words)
        except AssertionError as error:
            raise AssertionError(f"{case}: {error}") from error
    listed = run_cli("list", db=db_url)
    assert listed.returncode == 0, listed.stderr
    assert "还没有文档" in listed.stdout
    assert Workspace(db_url).documents() == []


@needs_corpus
def test_truncated_document_is_parsed_as_far_as_it_goes(truncated: Path) -> None:
    document, report = parse_file(truncated)
    assert document.department.name == "邢台市归国华侨联合会"
    assert [len(s.indicators) for s in document.goal_sections] == [5, 8, 28]
    assert len(document.safeguards) == 6
    assert document.department_goals == [] and document.projects == []
    missing = {item.field for item in report.items if item.kind.value == "missing"}
    assert {"budget", "department_goals", "projects"} <= missing


@needs_corpus
def test_truncated_document_with_partial_is_imported(db_url: str, truncated: Path) -> None:
    result = run_cli("import", str(truncated), "--partial", "--json", db=db_url)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["saved"]["department"] == "邢台市归国华侨联合会"
    assert any(item["kind"] == "missing" for item in data["report"]["items"])


def test_a_100_mb_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = make_sparse(tmp_path / "big.txt", 100 * 1024 * 1024)
    started = time.perf_counter()
    with pytest.raises(SourceFileError, match="文件过大"):
        parse_file(big)
    assert time.perf_counter() - started < 1  # refused by its size, never read


def test_unknown_genre_names_the_known_genres_and_the_first_line(tmp_path: Path) -> None:
    news = tmp_path / "news.txt"
    news.write_text(NEWS, encoding="utf-8")
    with pytest.raises(GenreError) as refused:
        parse_file(news)
    message = refused.value.message
    assert "部门预算绩效文本" in message and "本报讯 记者从市气象台获悉" in message
