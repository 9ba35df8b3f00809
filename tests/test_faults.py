"""Faults of the environment: each is one Chinese line on stderr and a non-zero exit, never a
traceback, and leaves nothing partial behind (the command can simply be run again).

Read-only mounts and full disks are small tmpfs mounts, made when the tests run as root
(as in CI's container); elsewhere those tests are skipped. A file size limit (``ulimit -f``)
needs no privilege.
"""

from __future__ import annotations

import contextlib
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from jixiao.ingest.readers import SourceFileError
from jixiao.ingest.readers.pdf import read_pdf

FIXTURES = Path(__file__).parent / "fixtures"
XINGTAI = FIXTURES / "xingtai-2020.json"
DEPARTMENT = "邢台市归国华侨联合会"
PDF = (
    FIXTURES
    / "department_performance"
    / "pdf"
    / "hubei-qinglan-2022-department-performance-pipes.pdf"
)


def jixiao(
    *args: str,
    home: Path,
    db: str | None = None,
    preexec: Callable[[], None] | None = None,
    stdout: int | None = subprocess.PIPE,
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("JIXIAO_")}
    env.update({"HOME": str(home), "XDG_DATA_HOME": str(home / "data"), "COLUMNS": "80"})
    if db is not None:
        env["JIXIAO_DATABASE_URL"] = db
    return subprocess.run(
        [sys.executable, "-m", "jixiao", *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        timeout=120,
        check=False,
        preexec_fn=preexec,
    )


def one_line_failure(result: subprocess.CompletedProcess[str], *expected: str) -> str:
    """The run failed with exactly one Chinese line on stderr (containing ``expected``)."""
    assert result.returncode != 0, result
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("错误:"), lines
    for text in expected:
        assert text in lines[0], lines[0]
    return lines[0]


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


@pytest.fixture
def home(tmp_path: Path) -> Path:
    path = tmp_path / "home"
    path.mkdir()
    return path


@pytest.fixture
def loaded(tmp_path: Path, home: Path) -> Path:
    """A SQLite file holding the Xingtai document."""
    path = tmp_path / "loaded.sqlite3"
    assert jixiao("load", str(XINGTAI), home=home, db=sqlite_url(path)).returncode == 0
    return path


def _can_mount() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("mount") is not None


needs_mount = pytest.mark.skipif(not _can_mount(), reason="tmpfs mounts need root")


@contextlib.contextmanager
def tmpfs(where: Path, size: str) -> Iterator[Path]:
    where.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)], check=True)
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def read_only(where: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(where)], check=True)


def stored_documents(path: Path) -> int:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return int(connection.execute("SELECT count(*) FROM performance_documents").fetchone()[0])


# --- files the user names --------------------------------------------------------------------


def test_export_to_a_missing_directory(home: Path, loaded: Path, tmp_path: Path) -> None:
    target = tmp_path / "missing" / "out.json"
    result = jixiao("export", DEPARTMENT, "-o", str(target), home=home, db=sqlite_url(loaded))
    one_line_failure(result, "不存在")
    assert not target.parent.exists()


@needs_mount
def test_export_onto_a_full_disk_leaves_no_truncated_file(
    home: Path, loaded: Path, tmp_path: Path
) -> None:
    with tmpfs(tmp_path / "small", "8k") as small:
        target = small / "out.json"
        target.write_text("旧内容", encoding="utf-8")
        result = jixiao("export", DEPARTMENT, "-o", str(target), home=home, db=sqlite_url(loaded))
        one_line_failure(result, "磁盘空间已满", "未留下不完整的文件")
        assert target.read_text(encoding="utf-8") == "旧内容"  # the old file, whole
        assert sorted(p.name for p in small.iterdir()) == ["out.json"]  # no temporary left


def test_export_under_a_file_size_limit_leaves_no_truncated_file(
    home: Path, loaded: Path, tmp_path: Path
) -> None:
    target = tmp_path / "out.json"

    def limit() -> None:
        # Above the database's own files (-shm is 32 KB), below the exported document.
        resource.setrlimit(resource.RLIMIT_FSIZE, (40_000, 40_000))

    assert len(jixiao("export", DEPARTMENT, home=home, db=sqlite_url(loaded)).stdout) > 60_000
    result = jixiao(
        "export", DEPARTMENT, "-o", str(target), home=home, db=sqlite_url(loaded), preexec=limit
    )
    one_line_failure(result, "ulimit -f")
    assert not target.exists()
    assert not list(tmp_path.glob(".out.json.*"))


def test_stdout_closed(home: Path, loaded: Path) -> None:
    result = jixiao(
        "export", DEPARTMENT, home=home, db=sqlite_url(loaded), stdout=subprocess.DEVNULL
    )
    assert result.returncode == 0  # to /dev/null: fine
    closed = subprocess.run(
        [sys.executable, "-m", "jixiao", "export", DEPARTMENT],
        stdin=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "JIXIAO_DATABASE_URL": sqlite_url(loaded)},
        preexec_fn=lambda: os.close(1),
        check=False,
        timeout=120,
    )
    one_line_failure(closed, "标准输出已关闭")


# --- the database ------------------------------------------------------------------------------


def test_home_that_is_a_file(tmp_path: Path) -> None:
    home = tmp_path / "home-file"
    home.write_text("not a directory", encoding="utf-8")
    result = jixiao("list", home=home)
    one_line_failure(result, "无法创建数据目录")


@pytest.mark.parametrize("url", ["foo://x", "mysql://user@host/db", "postgresql+asyncpg://h/d"])
def test_a_database_url_of_another_kind(home: Path, url: str) -> None:
    one_line_failure(jixiao("list", home=home, db=url), "不支持")


@pytest.mark.parametrize("damage", ["garbage", "truncated", "zeroed-header"])
def test_a_damaged_database_file(home: Path, loaded: Path, tmp_path: Path, damage: str) -> None:
    data = loaded.read_bytes()
    damaged = tmp_path / "damaged.sqlite3"
    if damage == "garbage":
        damaged.write_bytes(os.urandom(len(data)))
    elif damage == "truncated":
        damaged.write_bytes(data[: len(data) // 3])
    else:
        damaged.write_bytes(bytes(100) + data[100:])
    for command in (["list"], ["load", str(XINGTAI)], ["show", DEPARTMENT]):
        one_line_failure(jixiao(*command, home=home, db=sqlite_url(damaged)), "数据库")


def test_import_under_a_file_size_limit_writes_nothing_and_can_be_repeated(
    home: Path, tmp_path: Path
) -> None:
    path = tmp_path / "limited.sqlite3"
    assert jixiao("init", home=home, db=sqlite_url(path)).returncode == 0
    # A limit the load's writes must pass, whatever the schema's size: in WAL mode they go to the
    # -wal file first, which starts empty (a limit of the database's size plus a margin let
    # the whole load fit in the WAL once the schema had grown).
    size = 32 * 1024

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))

    result = jixiao("load", str(XINGTAI), home=home, db=sqlite_url(path), preexec=limit)
    one_line_failure(result, "数据库")
    assert stored_documents(path) == 0
    assert jixiao("load", str(XINGTAI), home=home, db=sqlite_url(path)).returncode == 0
    assert stored_documents(path) == 1


@needs_mount
def test_import_onto_a_full_disk_writes_nothing_and_can_be_repeated(
    home: Path, tmp_path: Path
) -> None:
    with tmpfs(tmp_path / "full", "4m") as full:
        path = full / "jixiao.sqlite3"
        assert jixiao("init", home=home, db=sqlite_url(path)).returncode == 0
        filler = full / "filler"
        with contextlib.suppress(OSError), filler.open("wb") as handle:
            while True:
                handle.write(b"\0" * 4096)
                handle.flush()
        result = jixiao("load", str(XINGTAI), home=home, db=sqlite_url(path))
        one_line_failure(result, "磁盘空间已满")
        filler.unlink()
        assert stored_documents(path) == 0
        assert jixiao("load", str(XINGTAI), home=home, db=sqlite_url(path)).returncode == 0
        assert stored_documents(path) == 1


@needs_mount
def test_a_read_only_mount(home: Path, loaded: Path, tmp_path: Path) -> None:
    with tmpfs(tmp_path / "ro", "16m") as mounted:
        copy = mounted / "jixiao.sqlite3"
        shutil.copy(loaded, copy)
        before = copy.read_bytes()
        read_only(mounted)
        for command in (["load", str(XINGTAI)], ["record", "spend", DEPARTMENT]):
            args = [*command] if command[0] == "load" else [*command, "--date", "2020-06-30"]
            if command[0] == "record":
                args += ["--amount", "1"]
            one_line_failure(jixiao(*args, home=home, db=sqlite_url(copy)), "只读")
        assert copy.read_bytes() == before


# --- readers ---------------------------------------------------------------------------------


def test_a_pdf_that_fails_to_close_keeps_its_message(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import pdfplumber.pdf

    def broken_close(self: object) -> None:
        raise ValueError("close failed")

    monkeypatch.setattr(pdfplumber.pdf.PDF, "close", broken_close)
    assert read_pdf(PDF).lines  # a good file still reads
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(PDF.read_bytes()[:300] + b"\0" * 2000)
    with pytest.raises(SourceFileError, match="PDF"):
        read_pdf(damaged)
