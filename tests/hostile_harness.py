"""Run hostile inputs through the ``jixiao`` command and count what happens (issue 12).

Each input runs as the command line runs it (``jixiao import FILE``, ``jixiao load FILE``
or ``jixiao record import FILE 部门``) against a scratch SQLite database that already holds
the Xingtai document, in a child process forked from a warmed-up parent (so a thousand runs
do not pay a thousand interpreter start-ups) with its stdout and stderr captured. Counted:

* ``ok``: exit 0; ``clean``: a non-zero exit with exactly one line ``错误:…`` on stderr;
* ``traceback``: anything else on a failure (a traceback, several lines, no message);
* ``timeout``: still running after the time budget (killed);
* ``partial``: the database changed although the command failed (its documents and actuals
  are compared before and after), or is damaged;
* the peak memory (maximum resident set) of any run, and the slowest run.

Usage (the large run, from the repository root)::

    bash scripts/hostile                       # 1,000 inputs, report in hostile-report.json
    .venv/bin/python tests/hostile_harness.py --count 2000 --seed 7 --report out.json
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import os
import shutil
import signal
import sqlite3
import sys
import tempfile
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

import jixiao.cli.app
from hostile_inputs import XINGTAI, Hostile, generate

# What the three commands import when they run (the command line imports its use cases
# lazily), loaded once here so that each forked child starts warm. The OCR engine itself
# (its models) is still made in the child that needs it.
_WARM = (
    "jixiao.app.documents",
    "jixiao.cli.render",
    "jixiao.workspace",
    "jixiao.ingest.pipeline",
    "jixiao.ingest.readers.docx",
    "jixiao.ingest.readers.pdf",
    "jixiao.ingest.readers.text",
    "jixiao.ingest.readers.xlsx",
    "jixiao.ingest.readers.ocr",
)

DEPARTMENT = "邢台市归国华侨联合会"


@dataclass
class Outcome:
    name: str
    family: str
    command: str
    status: str  # ok | clean | traceback | timeout | partial
    seconds: float
    peak_mb: float
    stderr: str = ""


@dataclass
class Report:
    inputs: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    by_family: dict[str, dict[str, int]] = field(default_factory=dict)
    peak_mb: float = 0.0
    peak_input: str = ""
    slowest_seconds: float = 0.0
    slowest_input: str = ""
    time_budget_seconds: float = 0.0
    failures: list[dict[str, Any]] = field(default_factory=list)


def _state(database: Path) -> tuple[Any, ...]:
    """What a failed command must leave unchanged (and the file must stay sound)."""
    with contextlib.closing(sqlite3.connect(database)) as connection:
        if connection.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            return ("damaged",)
        tables = ("performance_documents", "indicators", "spending_records", "progress_records")
        counts = tuple(
            connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables
        )
        revisions = tuple(connection.execute("SELECT id, revision FROM performance_documents"))
        return counts, revisions


def _argv(item: Hostile, path: Path, database: Path) -> list[str]:
    url = f"sqlite:///{database}"
    if item.command == "load":
        return ["load", str(path), "--db", url]
    if item.command == "record":
        return ["record", "import", str(path), DEPARTMENT, "--year", "2020", "--db", url]
    return ["import", str(path), "--db", url]


def _child(argv: list[str], out: Path, err: Path) -> None:
    """In the forked child: run the command as the console script does, then exit."""
    code = 0
    with out.open("wb") as stdout, err.open("wb") as stderr:
        os.dup2(stdout.fileno(), 1)
        os.dup2(stderr.fileno(), 2)
    sys.stdout = open(1, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
    sys.stderr = open(2, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
    sys.argv = ["jixiao", *argv]
    try:
        jixiao.cli.app.main()
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
    except BaseException:
        import traceback

        traceback.print_exc()
        code = 99
    with contextlib.suppress(Exception):
        sys.stdout.flush()
        sys.stderr.flush()
    os._exit(code)


def run_one(item: Hostile, workdir: Path, template: Path, budget: float) -> Outcome:
    path = workdir / item.name
    path.write_bytes(item.data)
    database = workdir / "jixiao.sqlite3"
    shutil.copy(template, database)
    before = _state(database)
    out, err = workdir / "stdout", workdir / "stderr"
    started = time.monotonic()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        _child(_argv(item, path, database), out, err)
    status_code, usage, timed_out = _wait(pid, budget)
    seconds = time.monotonic() - started
    peak_mb = usage.ru_maxrss / 1024 if usage is not None else 0.0
    stderr = err.read_text(encoding="utf-8", errors="replace")
    if timed_out:
        status = "timeout"
    elif status_code == 0:
        status = "ok"
    else:
        # A Chinese message line (``import`` shows its report above it; a document that does
        # not validate lists each bad field on a line of its own below it), no traceback.
        lines = stderr.strip().splitlines()
        clean = any(line.startswith("错误:") for line in lines) and "Traceback" not in stderr
        status = "clean" if clean else "traceback"
        if status == "clean" and _state(database) != before:
            status = "partial"
    for leftover in (path, database, out, err):
        leftover.unlink(missing_ok=True)
    for wal in workdir.glob("jixiao.sqlite3-*"):
        wal.unlink(missing_ok=True)
    return Outcome(item.name, item.family, item.command, status, seconds, peak_mb, stderr[-2000:])


def _wait(pid: int, budget: float) -> tuple[int, Any, bool]:
    deadline = time.monotonic() + budget
    while True:
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status), usage, False
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            _, status, usage = os.wait4(pid, 0)
            return -9, usage, True
        time.sleep(0.02)


def _template(workdir: Path) -> Path:
    """A database holding the Xingtai document: the state failed commands must not touch."""
    template = workdir / "template.sqlite3"
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        _child(
            ["load", str(XINGTAI), "--db", f"sqlite:///{template}"], workdir / "o", workdir / "e"
        )
    _, status = os.waitpid(pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit((workdir / "e").read_text(encoding="utf-8"))
    with contextlib.closing(sqlite3.connect(template)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return template


def run(count: int, seed: int, budget: float, large: bool, progress: bool = True) -> Report:
    """The run, in an environment of its own (restored afterwards: pytest calls this)."""
    saved = dict(os.environ)
    try:
        return _run(count, seed, budget, large, progress)
    finally:
        os.environ.clear()
        os.environ.update(saved)


def _run(count: int, seed: int, budget: float, large: bool, progress: bool) -> Report:
    # The reading budget of jixiao itself is set below the harness's, so a slow input is
    # stopped by jixiao (a clean error) and a hang is what the harness counts as a time-out.
    # Half the budget for reading leaves the other half for storing what was read.
    os.environ["JIXIAO_MAX_SECONDS"] = str(max(1.0, budget / 2))
    os.environ.pop("JIXIAO_DATABASE_URL", None)
    report = Report(time_budget_seconds=budget)
    families: dict[str, Counter[str]] = {}
    for module in _WARM:
        importlib.import_module(module)
    with tempfile.TemporaryDirectory(prefix="jixiao-hostile-") as scratch:
        workdir = Path(scratch)
        os.environ["HOME"] = str(workdir)
        template = _template(workdir)
        for item in generate(count, seed, large):
            outcome = run_one(item, workdir, template, budget)
            report.inputs += 1
            families.setdefault(item.family, Counter())[outcome.status] += 1
            if outcome.peak_mb > report.peak_mb:
                report.peak_mb, report.peak_input = outcome.peak_mb, item.name
            if outcome.seconds > report.slowest_seconds:
                report.slowest_seconds, report.slowest_input = outcome.seconds, item.name
            if outcome.status in ("traceback", "timeout", "partial"):
                report.failures.append(asdict(outcome))
            if progress:
                print(
                    f"{report.inputs:5d} {outcome.status:9s} {outcome.seconds:6.1f}s "
                    f"{outcome.peak_mb:7.0f}MB {item.name}",
                    file=sys.stderr,
                    flush=True,
                )
    total: Counter[str] = Counter()
    for counter in families.values():
        total.update(counter)
    report.counts = {
        key: total.get(key, 0) for key in ("ok", "clean", "traceback", "timeout", "partial")
    }
    report.by_family = {family: dict(counter) for family, counter in sorted(families.items())}
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--budget", type=float, default=60.0, help="seconds per input")
    parser.add_argument("--small", action="store_true", help="leave out the slow-to-make bombs")
    parser.add_argument("--report", type=Path, default=Path("hostile-report.json"))
    args = parser.parse_args()
    report = run(args.count, args.seed, args.budget, not args.small)
    args.report.write_text(json.dumps(asdict(report), ensure_ascii=False, indent=2) + "\n")
    print(
        json.dumps(
            {k: v for k, v in asdict(report).items() if k != "failures"},
            ensure_ascii=False,
            indent=2,
        )
    )
    bad = report.counts["traceback"] + report.counts["timeout"] + report.counts["partial"]
    sys.exit(1 if bad or report.peak_mb > 1024 else 0)


if __name__ == "__main__":
    main()
