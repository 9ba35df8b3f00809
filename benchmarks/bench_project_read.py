"""Benchmark: reading one project for the server (GET …/projects/{name}).

The Xingtai 2020 document (110 indicators; its project has 28) is stored once; one project
is read ``RUNS`` times as the server reads it for a caller in scope
(``jixiao.app.resources.project``: the project's rows alone, with the workflow version) and,
as the baseline in the same process, by reading the whole document (``resources.read``, what
the route did first) and picking the project. Medians of CPU and wall time, and their ratio.

    .venv/bin/python benchmarks/bench_project_read.py [--runs N] [--db URL]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from jixiao.app import resources
from jixiao.domain.access import Actor, Role
from jixiao.domain.model import Project
from jixiao.interchange import load_document_file
from jixiao.workspace import Workspace

XINGTAI = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "xingtai-2020.json"
PROJECT = "侨务工作经费"


def medians(work: Callable[[], object], runs: int) -> tuple[float, float]:
    work()  # warm-up
    cpu, wall = [], []
    for _ in range(runs):
        start_cpu, start_wall = time.process_time(), time.perf_counter()
        work()
        cpu.append(time.process_time() - start_cpu)
        wall.append(time.perf_counter() - start_wall)
    return statistics.median(cpu) * 1000, statistics.median(wall) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--db", help="database URL (default: SQLite in a temporary folder)")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = options.db or f"sqlite:///{folder}/bench.sqlite3"
        workspace = Workspace(url)
        workspace.init()
        document = load_document_file(XINGTAI)
        workspace.save(document)
        ref = resources.DocumentRef(document.department.name, document.fiscal_year)
        editor = Actor("bench-editor", Role.EDITOR, departments=frozenset({ref.department}))

        def alone() -> Project:
            # Read from the database each time, not from the worker's memo of read projects.
            resources.PROJECTS.clear()
            return resources.project(workspace, editor, ref, PROJECT).project

        def whole() -> Project:
            stored = resources.read(workspace, editor, ref)
            return next(p for p in stored.document.projects if p.name == PROJECT)

        assert alone() == whole()  # the same project either way
        base_cpu, base_wall = medians(whole, options.runs)
        cpu, wall = medians(alone, options.runs)
        workspace.close()
    print("| what | CPU median | wall median |")
    print("|---|---|---|")
    baseline = "baseline: the whole document read, the project picked"
    print(f"| {baseline} | {base_cpu:.1f} ms | {base_wall:.1f} ms |")
    print(f"| `resources.project`: the project's rows alone | {cpu:.1f} ms | {wall:.1f} ms |")
    print(f"| ratio (baseline / alone) | {base_cpu / cpu:.2f}x | {base_wall / wall:.2f}x |")


if __name__ == "__main__":
    main()
