"""The REST API under load: uvicorn workers on loopback against PostgreSQL, an async driver.

Starts ``jixiao serve --workers N`` on a fresh PostgreSQL schema holding the Xingtai 2020
document (its project given 30 indicators), then drives it open-loop: requests are sent on a
fixed schedule whatever the answers' speed, and each latency is measured from the request's
scheduled time (so a stalled server shows as latency, not as a slower schedule).

1. reads: ``GET /api/v1/documents/{部门}/{年度}/projects/{项目}`` (the project and its 30
   indicators) at ``--read-rate`` requests/s (default 200);
2. writes: ``POST /api/v1/actuals/{部门}/{年度}/progress`` (one progress record each) at
   ``--write-rate`` writes/s (default 50).

Each phase is bounded by ``--seconds`` and a count; prints p50/p95/p99, errors and the rate
achieved, and compares with the targets (read p99 < 100 ms, write p99 < 200 ms). The driver
runs on the same machine as the server: its CPU is part of the figures.

    JIXIAO_TEST_PG_URL=postgresql://jixiao:jixiao@127.0.0.1:5432/jixiao_test \\
        .venv/bin/python benchmarks/bench_http.py --workers 4 --seconds 30
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import aiohttp
import httpx
from sqlalchemy import create_engine, make_url
from sqlalchemy.pool import NullPool

from jixiao.app.users import UserSpec
from jixiao.domain.access import Role, system_actor
from jixiao.domain.model import Indicator, PerformanceDocument
from jixiao.workspace import Workspace

ROOT = Path(__file__).resolve().parent.parent
XINGTAI = ROOT / "tests" / "fixtures" / "xingtai-2020.json"
DEPARTMENT = "邢台市归国华侨联合会"
YEAR = 2020
PROJECT = "侨务工作经费"
INDICATORS = 30
LOGIN, PASSWORD = "bench-editor", "bench-password"
READ_P99_MS, WRITE_P99_MS = 100.0, 200.0


# --- the database and the server -----------------------------------------------------------


def _document() -> PerformanceDocument:
    """The Xingtai document, its project completed to 30 indicators (copies, renamed)."""
    data = json.loads(XINGTAI.read_text(encoding="utf-8"))
    data["department"] = {"name": DEPARTMENT, "region": {"name": "邢台市", "code": "130500"}}
    document = PerformanceDocument.model_validate(data)
    project = document.projects[0]
    indicators: list[Indicator] = list(project.indicators)
    for n in range(INDICATORS - len(indicators)):
        source = indicators[n]
        indicators.append(source.model_copy(update={"name": f"{source.name}(补充{n + 1})"}))
    return document.model_copy(
        update={"projects": [project.model_copy(update={"indicators": indicators})]}
    )


@contextmanager
def pg_schema(base: str) -> Iterator[str]:
    """A fresh schema for the run, dropped after it."""
    url = make_url(base).set(drivername="postgresql+psycopg")
    schema = f"bench_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url, poolclass=NullPool)
    with admin.begin() as connection:
        connection.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    try:
        yield url.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(
            hide_password=False
        )
    finally:
        with admin.begin() as connection:
            connection.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        admin.dispose()


def seed(url: str) -> None:
    workspace = Workspace(url)
    workspace.init()
    workspace.save(_document())
    spec = UserSpec(LOGIN, LOGIN, Role.EDITOR, PASSWORD, departments=(DEPARTMENT,))
    workspace.users.create(system_actor("bench"), spec)
    workspace.close()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def server(url: str, workers: int) -> Iterator[tuple[str, int]]:
    port = _free_port()
    log = Path(tempfile.mkstemp(prefix="bench-http-", suffix=".log")[1])
    command = [sys.executable, "-m", "jixiao", "serve", "--db", url, "--port", str(port)]
    command.append("--no-access-log")  # a line per request would be the log file's load
    env = dict(os.environ)
    with log.open("w") as output:
        process = subprocess.Popen(
            [*command, "--workers", str(workers)], stdout=output, stderr=subprocess.STDOUT, env=env
        )
        base = f"http://127.0.0.1:{port}"
        try:
            _wait(process, base, workers, log)
            yield base, process.pid
        finally:
            process.terminate()
            process.wait(timeout=30)


def _wait(process: subprocess.Popen[bytes], base: str, workers: int, log: Path) -> None:
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"jixiao serve exited:\n{log.read_text()}")
        if log.read_text().count("Application startup complete") >= workers:
            try:
                httpx.get(base + "/api/v1/auth/me", timeout=5).raise_for_status()
                return
            except httpx.HTTPError:
                pass
        time.sleep(0.5)
    raise SystemExit(f"jixiao serve did not start:\n{log.read_text()}")


def token(base: str) -> str:
    with httpx.Client(base_url=base, timeout=60) as client:
        signed_in = client.post("/api/v1/auth/login", json={"login": LOGIN, "password": PASSWORD})
        signed_in.raise_for_status()
        headers = {"X-CSRF-Token": signed_in.json()["csrf_token"]}
        created = client.post("/api/v1/tokens", json={"name": "bench"}, headers=headers)
        created.raise_for_status()
        return str(created.json()["secret"])


def cpu_seconds(pid: int) -> float:
    """CPU (user + system) used so far by a process and its descendants still running (the
    server and its uvicorn workers), from /proc; NaN where there is no /proc."""
    tick = os.sysconf("SC_CLK_TCK")
    total, pending = 0.0, [pid]
    while pending:
        current = pending.pop()
        try:
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            if current == pid:
                return float("nan")
            continue
        total += (int(fields[11]) + int(fields[12])) / tick  # utime, stime
        pending += [int(child) for child in children]
    return total


# --- the open-loop driver ------------------------------------------------------------------


@dataclass
class Phase:
    name: str
    rate: float
    latencies_ms: list[float]
    errors: dict[str, int]
    sent: int
    elapsed: float
    server_cpu: float = float("nan")  # seconds of the server's processes during the phase
    driver_cpu: float = float("nan")  # seconds of this process (the driver) during the phase

    def percentile(self, q: float) -> float:
        ordered = sorted(self.latencies_ms)
        if not ordered:
            return float("nan")
        return ordered[min(len(ordered) - 1, int(q / 100 * len(ordered)))]

    def line(self) -> str:
        errors = sum(self.errors.values())
        return (
            f"{self.name}: {self.sent} requests at {self.rate:g}/s "
            f"(achieved {self.sent / self.elapsed:.1f}/s), "
            f"p50 {self.percentile(50):.1f} ms, p95 {self.percentile(95):.1f} ms, "
            f"p99 {self.percentile(99):.1f} ms, max {max(self.latencies_ms, default=0):.1f} ms, "
            f"errors {errors} {dict(self.errors) if errors else ''}; CPU a request: "
            f"server {self.server_cpu / self.sent * 1000:.2f} ms, "
            f"driver {self.driver_cpu / self.sent * 1000:.2f} ms"
        )


Send = Callable[[int], Awaitable[tuple[int, str]]]  # request number → status, body
Request = tuple[str, str, Callable[[int], dict[str, object] | None]]  # method, path, body


@asynccontextmanager
async def sender(base: str, secret: str, request: Request, driver: str) -> AsyncIterator[Send]:
    """A function sending the ``n``-th request over a pool of up to 200 keep-alive
    connections. ``aiohttp`` by default: httpx's async client cost the driver 2.4 ms of CPU a
    request at 50/s and 9.5 ms at 200/s (its pool grows costly with many connections), on the
    same two cores as the server."""
    method, path, body = request
    headers = {"Authorization": f"Bearer {secret}"}
    if driver == "httpx":
        limits = httpx.Limits(max_connections=200, max_keepalive_connections=200)
        async with httpx.AsyncClient(
            base_url=base, headers=headers, timeout=30, limits=limits
        ) as client:

            async def send_httpx(n: int) -> tuple[int, str]:
                response = await client.request(method, path, json=body(n))
                return response.status_code, response.text

            yield send_httpx
        return
    connector = aiohttp.TCPConnector(limit=200)
    timeout = aiohttp.ClientTimeout(total=30)
    async with aiohttp.ClientSession(
        base, headers=headers, connector=connector, timeout=timeout
    ) as session:

        async def send_aiohttp(n: int) -> tuple[int, str]:
            async with session.request(method, path, json=body(n)) as response:
                text = (await response.read()).decode("utf-8", "replace")
                return response.status, text

        yield send_aiohttp


async def open_loop(
    base: str,
    secret: str,
    name: str,
    rate: float,
    seconds: float,
    request: Request,
    ok: int,
    driver: str = "aiohttp",
) -> Phase:
    count = int(rate * seconds)
    latencies: list[float] = []
    errors: dict[str, int] = {}
    examples: dict[str, str] = {}
    async with sender(base, secret, request, driver) as send:

        async def one(n: int, scheduled: float) -> None:
            try:
                code, text = await send(n)
                status = str(code) if code != ok else ""
                if status and status not in examples:
                    examples[status] = text[:300]  # what the first such answer said
            except (httpx.HTTPError, aiohttp.ClientError, TimeoutError) as exc:
                status = type(exc).__name__
            latencies.append((time.perf_counter() - scheduled) * 1000)
            if status:
                errors[status] = errors.get(status, 0) + 1

        start = time.perf_counter()
        tasks = []
        for n in range(count):
            scheduled = start + n / rate
            delay = scheduled - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.create_task(one(n, scheduled)))
        await asyncio.gather(*tasks)
        elapsed = time.perf_counter() - start
    for status, text in examples.items():
        print(f"{name}: first {status}: {text}", file=sys.stderr)
    return Phase(name, rate, latencies, errors, count, elapsed)


def service_times(base: str, secret: str, count: int = 50) -> tuple[float, float]:
    """Median time of one read and of one write with nothing else in flight (one client,
    one request at a time): the cost of a request, apart from queueing."""
    headers = {"Authorization": f"Bearer {secret}"}
    reads: list[float] = []
    writes: list[float] = []
    with httpx.Client(base_url=base, headers=headers, timeout=60) as client:
        for n in range(count):
            start = time.perf_counter()
            client.get(PROJECT_URL).raise_for_status()
            reads.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            client.post(PROGRESS_URL, json=_progress(n)).raise_for_status()
            writes.append((time.perf_counter() - start) * 1000)
    return statistics.median(reads), statistics.median(writes)


DOC = f"/api/v1/documents/{quote(DEPARTMENT)}/{YEAR}"
PROJECT_URL = f"{DOC}/projects/{quote(PROJECT)}"
PROGRESS_URL = f"/api/v1/actuals/{quote(DEPARTMENT)}/{YEAR}/progress"


READ: Request = ("GET", PROJECT_URL, lambda _n: None)


def _progress(n: int) -> dict[str, object]:
    return {
        "ref": {"project": PROJECT, "indicator": "举办联谊活动次数"},
        "date": f"2020-{n % 12 + 1:02d}-15",
        "value": str(n % 50 + 1),
        "unit": "次",
    }


WRITE: Request = ("POST", PROGRESS_URL, _progress)


def measured(pid: int, phase: Coroutine[None, None, Phase]) -> Phase:
    """Run a phase, with the CPU the server and the driver used during it."""
    server_before, driver_before = cpu_seconds(pid), time.process_time()
    result = asyncio.run(phase)
    result.server_cpu = cpu_seconds(pid) - server_before
    result.driver_cpu = time.process_time() - driver_before
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--read-rate", type=float, default=200.0)
    parser.add_argument("--write-rate", type=float, default=50.0)
    parser.add_argument("--db", default=os.environ.get("JIXIAO_TEST_PG_URL"))
    parser.add_argument(
        "--driver",
        choices=("aiohttp", "httpx"),
        default="aiohttp",
        help="the load driver's HTTP client (httpx: as the runs before the perf branch)",
    )
    args = parser.parse_args()
    if not args.db:
        raise SystemExit("需要 PostgreSQL:--db 或 JIXIAO_TEST_PG_URL")
    load_before = os.getloadavg()[0]  # the machine is shared: say how busy it was
    with pg_schema(args.db) as url:
        seed(url)
        print(f"seeded; starting {args.workers} workers …", file=sys.stderr, flush=True)
        with server(url, args.workers) as (base, pid):
            print("server ready", file=sys.stderr, flush=True)
            secret = token(base)
            # Warm up every worker's connections and caches, outside the measurement.
            asyncio.run(open_loop(base, secret, "warm-up", 10, 4, READ, 200, args.driver))
            single_read, single_write = service_times(base, secret)
            reads = measured(
                pid,
                open_loop(
                    base,
                    secret,
                    "read project (30 indicators)",
                    args.read_rate,
                    args.seconds,
                    READ,
                    200,
                    args.driver,
                ),
            )
            writes = measured(
                pid,
                open_loop(
                    base,
                    secret,
                    "record progress",
                    args.write_rate,
                    args.seconds,
                    WRITE,
                    201,
                    args.driver,
                ),
            )
        load_after = os.getloadavg()[0]
    print(
        f"driver {args.driver}, workers {args.workers}, {args.seconds:g} s per phase, "
        f"cores {os.cpu_count()}, "
        f"load average at start {load_before:.1f}, at the end {load_after:.1f}"
    )
    print(
        f"one request at a time: read median {single_read:.1f} ms, "
        f"write median {single_write:.1f} ms"
    )
    for phase in (reads, writes):
        print(phase.line())
    read_ok = reads.percentile(99) < READ_P99_MS and not reads.errors
    write_ok = writes.percentile(99) < WRITE_P99_MS and not writes.errors
    print(f"read p99 < {READ_P99_MS:g} ms, no errors: {'met' if read_ok else 'NOT met'}")
    print(f"write p99 < {WRITE_P99_MS:g} ms, no errors: {'met' if write_ok else 'NOT met'}")
    print(f"median read {statistics.median(reads.latencies_ms):.1f} ms")


if __name__ == "__main__":
    main()
