"""Benchmark: every corpus document parsed, per document and per kilobyte, against the
Xingtai 2020 text parsed in the same process (the figure the importer was first measured by:
40 ms for its 13.4 KB).

Each document is parsed ``RUNS`` times after a warm-up; the median per document is printed
with its milliseconds per KB, and the median over the corpus of those per-KB figures is
compared with the Xingtai text's (the issue's bound: no more than 2x slower per KB).

    .venv/bin/python benchmarks/bench_corpus.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from jixiao.ingest.pipeline import parse_file

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
XINGTAI = CORPUS / "xingtai-qiaolian-2020-department-performance.txt"


def median_ms(path: Path, runs: int) -> float:
    parse_file(path)  # warm-up: imports, compiled patterns
    times = []
    for _ in range(runs):
        start = time.process_time()
        parse_file(path)
        times.append(time.process_time() - start)
    return statistics.median(times) * 1000


def per_kb_table(median_of: Callable[[Path], float]) -> None:
    """Print the Xingtai text's median, each other corpus text's and the corpus median per
    KB against the Xingtai text's; ``median_of`` times one file (ms)."""
    size = XINGTAI.stat().st_size / 1024
    baseline = median_of(XINGTAI)
    baseline_kb = baseline / size
    print(f"Xingtai {size:.1f} KB: {baseline:.1f} ms CPU ({baseline_kb:.2f} ms/KB)")
    per_kb = []
    for path in sorted(CORPUS.glob("*.txt")):
        if path == XINGTAI:
            continue
        ms = median_of(path)
        kb = path.stat().st_size / 1024
        per_kb.append(ms / kb)
        print(f"  {path.name[:48]:48} {kb:5.1f} KB {ms:6.1f} ms {ms / kb:6.2f} ms/KB")
    median = statistics.median(per_kb)
    print(f"corpus median: {median:.2f} ms/KB, {median / baseline_kb:.2f}x the Xingtai text per KB")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    per_kb_table(lambda path: median_ms(path, args.runs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
