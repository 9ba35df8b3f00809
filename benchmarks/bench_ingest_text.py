"""Benchmark: parsing the Xingtai 2020 OCR text into the canonical document (target < 100 ms).

Prints the median of ``RUNS`` runs of ``parse_file`` (read, decode, split into cells, detect
the genre, parse, cross-fill, build the model and the import report), against a baseline in
the same process: only reading the file, decoding it and splitting it into lines and cells.
The first run (imports, compiled regular expressions) is not counted. The parser remembers
labels and target cells it has read (``functools`` caches); the "cold" figure empties those
caches before each run, as for a document whose cells were never seen.

    .venv/bin/python benchmarks/bench_ingest_text.py [FILE]
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from jixiao.ingest.pipeline import parse_file

ROOT = Path(__file__).resolve().parent.parent
XINGTAI = ROOT.parent / "shared" / "corpus" / "xingtai-qiaolian-2020-department-performance.txt"
RUNS = 30
TARGET_MS = 100


def _read_and_split(path: Path) -> object:
    text = path.read_bytes().decode("utf-8")
    return [line.split("\t") for line in text.split("\n")]


def _clear_caches() -> None:
    for name, module in list(sys.modules.items()):
        if name.startswith("jixiao.ingest"):
            for value in vars(module).values():
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()


def _median_ms(
    run: Callable[[Path], object], path: Path, cold: bool = False
) -> tuple[float, float]:
    """Median wall-clock and CPU milliseconds of ``RUNS`` runs (CPU time does not count the
    time other processes take the core away on a busy machine)."""
    run(path)  # warm-up
    wall, cpu = [], []
    for _ in range(RUNS):
        if cold:
            _clear_caches()
        start, start_cpu = time.perf_counter(), time.process_time()
        run(path)
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return statistics.median(wall) * 1000, statistics.median(cpu) * 1000


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else XINGTAI
    document, report = parse_file(path)
    indicators = sum(1 for _ in document.all_indicators())
    warm = _median_ms(parse_file, path)
    cold = _median_ms(parse_file, path, cold=True)
    baseline = _median_ms(_read_and_split, path)
    print(f"file: {path.name} ({path.stat().st_size:,} bytes), runs: {RUNS}")
    print(f"read: {indicators} indicators, {len(report.items)} report items")
    print("median ms (wall / CPU):")
    for label, (wall, cpu) in (
        ("parse_file", warm),
        ("parse_file, cold caches", cold),
        ("baseline: read + split", baseline),
    ):
        print(f"  {label:<24} {wall:8.3f} / {cpu:8.3f}")
    ratio, ratio_cold = warm[1] / baseline[1], cold[1] / baseline[1]
    print(f"ratio parse / baseline (CPU): {ratio:.0f}x (cold {ratio_cold:.0f}x)")
    print(f"target: < {TARGET_MS} ms")
    return 0 if max(warm[1], cold[1]) < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
