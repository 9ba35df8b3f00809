"""Writers that coexist: parallel imports into one database, on SQLite and PostgreSQL.

Eight processes start at one barrier and each stores a document (eight different ones, or
eight times the same one) into a database none of them has created yet, as eight
``jixiao load`` / ``jixiao import`` runs at once would. Every one must land or end in a
clear :class:`JixiaoError`; afterwards the database holds each document exactly once.
"""

from __future__ import annotations

import multiprocessing
import traceback
from pathlib import Path
from typing import Any

import pytest

from conftest import build_document
from jixiao.domain.model import PerformanceDocument
from jixiao.errors import JixiaoError
from jixiao.interchange import dump_document
from jixiao.workspace import Workspace

WRITERS = 8


def _store(url: str, path: str, barrier: Any, results: Any) -> None:
    try:
        workspace = Workspace(url)
        barrier.wait(timeout=60)
        if path.endswith(".json"):
            workspace.init()
            workspace.load_file(Path(path))
        else:  # a published document, as `jixiao import` reads and stores it
            workspace.import_file(Path(path), upgrade=True)
        workspace.close()
        results.put(("ok", path))
    except JixiaoError as error:
        results.put(("clear", error.message))
    except BaseException:
        results.put(("traceback", traceback.format_exc()))


# What a writer imports (this module, the workspace, the reader of a published text), loaded
# once in the fork server: each writer is a fresh process forked from it, with no state of the
# test process (no engine, no thread), but without importing the application again.
_WRITER_IMPORTS = [
    __name__,
    "jixiao.workspace",
    "jixiao.app.documents",
    "jixiao.ingest.pipeline",
    "jixiao.ingest.readers",
    "jixiao.ingest.readers.text",
    "jixiao.ingest.general.reader",
    "jixiao.ingest.genres.budget_disclosure",
]


def _run_writers(url: str, paths: list[Path]) -> list[tuple[str, str]]:
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(_WRITER_IMPORTS)
    barrier = context.Barrier(len(paths))
    results = context.Queue()
    processes = [
        context.Process(target=_store, args=(url, str(path), barrier, results)) for path in paths
    ]
    for process in processes:
        process.start()
    outcomes = [results.get(timeout=180) for _ in processes]
    for process in processes:
        process.join(timeout=60)
    return outcomes


def _write(tmp_path: Path, document: PerformanceDocument, name: str) -> Path:
    path = tmp_path / f"{name}.json"
    path.write_text(dump_document(document), encoding="utf-8")
    return path


def _different(tmp_path: Path) -> list[Path]:
    # Same region and finance bureau for all (the registry rows they race to create), and
    # two regions in opposite orders so that no lock order is given by the input.
    documents = [
        build_document(department=f"并发测试部门{n}", region="某市" if n % 2 else "某县")
        for n in range(WRITERS)
    ]
    return [_write(tmp_path, document, f"doc{n}") for n, document in enumerate(documents)]


def _assert_clean(outcomes: list[tuple[str, str]]) -> None:
    tracebacks = [detail for status, detail in outcomes if status == "traceback"]
    assert not tracebacks, tracebacks[0]


@pytest.mark.slow
def test_parallel_imports_of_different_documents_all_land(db_url: str, tmp_path: Path) -> None:
    paths = _different(tmp_path)
    outcomes = _run_writers(db_url, paths)
    _assert_clean(outcomes)
    assert [status for status, _ in outcomes] == ["ok"] * WRITERS, outcomes
    workspace = Workspace(db_url)
    try:
        stored = sorted(summary.department for summary in workspace.documents())
    finally:
        workspace.close()
    assert stored == sorted(f"并发测试部门{n}" for n in range(WRITERS))


@pytest.mark.slow
def test_parallel_imports_of_one_document_store_it_once(db_url: str, tmp_path: Path) -> None:
    path = _write(tmp_path, build_document(department="同一部门"), "same")
    outcomes = _run_writers(db_url, [path] * WRITERS)
    _assert_clean(outcomes)
    landed = [status for status, _ in outcomes if status == "ok"]
    assert landed, outcomes  # a conflict message is allowed, but one of them must land
    workspace = Workspace(db_url)
    try:
        summaries = workspace.documents()
    finally:
        workspace.close()
    assert [(s.department, s.fiscal_year) for s in summaries] == [("同一部门", 2024)]
    assert summaries[0].revision == len(landed)


PUBLISHED = sorted(
    path
    for folder in ("documents", "department_performance")
    for path in (Path(__file__).parent / "fixtures" / folder).glob("*.txt")
    if not path.name.startswith("news")
)[:WRITERS]


@pytest.mark.slow
def test_parallel_imports_of_published_documents(db_url: str) -> None:
    assert len(PUBLISHED) == WRITERS
    outcomes = _run_writers(db_url, PUBLISHED)
    _assert_clean(outcomes)
    assert [status for status, _ in outcomes] == ["ok"] * WRITERS, outcomes
    workspace = Workspace(db_url)
    try:
        assert len(workspace.documents()) == WRITERS
    finally:
        workspace.close()
