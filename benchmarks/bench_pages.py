"""Benchmark: server time of the main pages on the demo data (issue 14's bound: p95 under
150 ms for the document page, the editor and the region dashboard).

The demo database of ``jixiao serve --demo`` (the Xingtai document imported through the
importer with its actuals, the synthetic departments, one account per role) is built in a
temporary SQLite file; the application of ``jixiao serve`` answers in this process through
Starlette's TestClient (no network: the time is the server's, its routing, application calls,
database and templates). Each page is requested ``RUNS`` times after a warm-up, signed in as
the administrator; the baseline is the REST API's read of the same document
(``GET /api/v1/documents/{department}/{year}``) in the same process.

Each request is timed twice: wall time (``time.perf_counter``) and the CPU time of this process
(``time.process_time``, every thread: the TestClient's server thread answers in this process
too). On a machine shared with other work, the wall time counts the waits for a core; the CPU
time is the server's own work, what the bound is about.

Each page is timed as a running server answers it (the worker's memos of read results kept:
the region's figures under the data's version, the document's working copy under its stored
version) and "computed", those memos emptied before each request, as the first request after
a write is answered.

    .venv/bin/python benchmarks/bench_pages.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from fastapi.testclient import TestClient

from jixiao.app import demo, documents, region
from jixiao.domain.access import Role
from jixiao.web.app import create_app
from jixiao.workspace import Workspace

BOUND_MS = 150.0


@dataclass(frozen=True)
class Timings:
    wall: list[float]  # ms
    cpu: list[float]  # ms of this process's CPU time


def forget() -> None:
    """Empty the worker's memos of read results: the next request computes what a request
    after a write computes (the region's figures, the document's working copy)."""
    region.FIGURES.clear()
    documents.WORKING_COPIES.clear()


def timings(
    client: TestClient, path: str, runs: int, before: Callable[[], None] | None = None
) -> Timings:
    for _ in range(3):  # warm-up: templates compiled, caches filled
        assert client.get(path).status_code == 200, path
    wall, cpu = [], []
    for _ in range(runs):
        if before is not None:
            before()
        start, start_cpu = time.perf_counter(), time.process_time()
        response = client.get(path)
        cpu.append((time.process_time() - start_cpu) * 1000)
        wall.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, path
    return Timings(wall, cpu)


def p95(times: list[float]) -> float:
    return statistics.quantiles(times, n=20)[-1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=60)
    args = parser.parse_args()
    print(f"load average before the runs: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    with tempfile.TemporaryDirectory(prefix="jixiao-bench-pages-") as directory:
        url = f"sqlite:///{Path(directory) / 'demo.sqlite3'}"
        workspace = Workspace(url)
        built = demo.build(workspace)
        workspace.close()
        admin = next(a for a in built.accounts if a.role is Role.ADMIN)
        document = f"/documents/{quote(built.department)}/{built.fiscal_year}"
        pages = {
            "document page": document,
            "editor": document + "/edit",
            "region dashboard": f"/region?year={built.fiscal_year}",
        }
        with TestClient(create_app(url)) as client:
            signed_in = client.post(
                "/login", data={"login": admin.login, "password": admin.password}
            )
            assert signed_in.status_code == 200, signed_in.text
            base = timings(client, "/api/v1" + document, args.runs)
            baseline = statistics.median(base.wall)
            print(
                f"baseline API read of the document: median {baseline:.1f} ms "
                f"(CPU {statistics.median(base.cpu):.1f} ms)"
            )
            worst = worst_cpu = 0.0
            runs = [(name, path, None) for name, path in pages.items()] + [
                (f"{name}, computed", path, forget) for name, path in pages.items()
            ]
            for name, path, before in runs:
                times = timings(client, path, args.runs, before)
                median, high = statistics.median(times.wall), p95(times.wall)
                worst, worst_cpu = max(worst, high), max(worst_cpu, p95(times.cpu))
                print(
                    f"{name:28s} wall median {median:6.1f} ms  p95 {high:6.1f} ms  "
                    f"CPU median {statistics.median(times.cpu):6.1f} ms  "
                    f"p95 {p95(times.cpu):6.1f} ms  "
                    f"({median / baseline:.1f}x the API read)  runs {len(times.wall)}"
                )
    print(f"load average after the runs: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    for what, high in (("wall", worst), ("CPU", worst_cpu)):
        verdict = "met" if high < BOUND_MS else "NOT met"
        print(f"bound p95 < {BOUND_MS:.0f} ms, {what}: {verdict} (worst p95 {high:.1f} ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
