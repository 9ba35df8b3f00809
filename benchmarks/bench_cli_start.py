"""Benchmark: start-up of the ``jixiao`` command, as a user (and the test suite) runs it.

Median wall and CPU (user + system, of the child process) of ``jixiao --help``, ``jixiao parse``
of the Xingtai 2020 text and ``jixiao list`` on an empty SQLite database, each a fresh
``python -m jixiao`` process, against ``python -c pass`` run the same way in the same process
(the interpreter's own start). ``--src`` runs another tree's sources (e.g. a copy of main), to
compare before and after on the same machine at the same time.

    .venv/bin/python benchmarks/bench_cli_start.py [--runs N] [--src DIR]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
XINGTAI = ROOT.parent / "shared" / "corpus" / "xingtai-qiaolian-2020-department-performance.txt"


def run_once(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one child process (its rusage, not this process's)."""
    start = time.perf_counter()
    child = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed: exit code {child.returncode}")
    return wall, usage.ru_utime + usage.ru_stime


def medians(argv: list[str], env: dict[str, str], runs: int) -> tuple[float, float]:
    run_once(argv, env)  # warm-up: the page cache, .pyc files
    samples = [run_once(argv, env) for _ in range(runs)]
    return (
        statistics.median(s[0] for s in samples) * 1000,
        statistics.median(s[1] for s in samples) * 1000,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--src", type=Path, default=ROOT / "src", help="sources to run")
    args = parser.parse_args()
    env = dict(os.environ, PYTHONPATH=str(args.src.resolve()))
    jixiao = [sys.executable, "-m", "jixiao"]
    with tempfile.TemporaryDirectory() as tmp:
        db = f"sqlite:///{Path(tmp) / 'empty.sqlite3'}"
        run_once([*jixiao, "init", "--db", db], env)  # the schema; no document
        commands = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "jixiao --help": [*jixiao, "--help"],
            f"jixiao parse {XINGTAI.name[:16]}…": [*jixiao, "parse", str(XINGTAI)],
            "jixiao list (empty SQLite)": [*jixiao, "list", "--db", db],
        }
        print(f"load average {os.getloadavg()[0]:.1f}; {args.runs} runs; sources {args.src}")
        _, base_cpu = medians(commands["python -c pass"], env, args.runs)
        for name, argv in commands.items():
            wall, cpu = medians(argv, env, args.runs)
            extra = cpu - base_cpu
            print(
                f"{name:34} wall {wall:7.0f} ms  CPU {cpu:7.0f} ms  (CPU - python: {extra:6.0f} ms)"
            )
    print(f"load average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
