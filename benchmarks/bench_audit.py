"""Benchmark: what the workflow and the audit trail add to a write.

The Xingtai 2020 document (110 indicators) is saved ``RUNS`` times through
``Workspace.save`` (access check, workflow lock and version, the stored version read back and
compared, the history event, an audit entry with SHA-256 digests of before and after) and,
as the baseline in the same process, through the store's ``save_document`` alone in a plain
writing unit of work (what a save was before issue 13). Medians of CPU and wall time, and
their ratio; then ``verify`` over the chain written.

    .venv/bin/python benchmarks/bench_audit.py [--runs N] [--db URL]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from jixiao.app.uow import write
from jixiao.interchange import load_document_file
from jixiao.store.repository import save_document
from jixiao.workspace import Workspace

XINGTAI = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "xingtai-2020.json"


def medians(work: Callable[[], object], runs: int) -> tuple[float, float]:
    work()  # warm-up
    cpu, wall = [], []
    for _ in range(runs):
        start_cpu, start_wall = time.process_time(), time.perf_counter()
        work()
        cpu.append(time.process_time() - start_cpu)
        wall.append(time.perf_counter() - start_wall)
    return statistics.median(cpu) * 1000, statistics.median(wall) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--db", default=None, help="database URL (default: a temporary SQLite)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = args.db or f"sqlite:///{Path(folder) / 'bench.sqlite3'}"
        workspace = Workspace(url)
        workspace.init()
        document = load_document_file(XINGTAI)
        base_cpu, base_wall = medians(
            lambda: write(workspace.engine, lambda s: save_document(s, document)), args.runs
        )
        full_cpu, full_wall = medians(lambda: workspace.save(document), args.runs)
        print(f"baseline save_document: {base_cpu:.1f} ms CPU, {base_wall:.1f} ms wall")
        print(f"Workspace.save (workflow + audit): {full_cpu:.1f} ms CPU, {full_wall:.1f} ms wall")
        print(f"ratio: {full_cpu / base_cpu:.2f}x CPU, {full_wall / base_wall:.2f}x wall")
        start = time.perf_counter()
        result = workspace.verify_audit()
        print(f"verify: {result.message} in {(time.perf_counter() - start) * 1000:.1f} ms")
        workspace.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
