"""Benchmark: parsing one document repeated to 1 MB and to 4 MB (issue 12: "a text file of one
document repeated: 1 MB takes 8 s, 4 MB hangs").

For each document, ``parse_file`` on the document repeated to each size, CPU time of one run
(the 4 MB run is long) and the ratio 4 MB / 1 MB: about 4 when parsing time grows linearly
with the input, 16 when it grows with its square. The baseline in the same process is
reading, decoding and splitting the same bytes. Exits non-zero when a ratio reaches 6.

    .venv/bin/python benchmarks/bench_repeated_text.py [FILE ...]
"""

from __future__ import annotations

import gc
import sys
import tempfile
import time
from pathlib import Path

from jixiao.ingest.pipeline import parse_file

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = [
    # the document of the hostile-input suite's "repeated" bombs (tests/hostile_inputs.py)
    ROOT
    / "tests/fixtures/department_performance/hubei-qinglan-2022-department-performance-pipes.txt",
    ROOT.parent / "shared/corpus/xingtai-qiaolian-2020-department-performance.txt",
    ROOT / "tests/fixtures/documents/zhejiang-donghu-2022-project-selfeval-tabs.txt",
]
SIZES = (1_000_000, 4_000_000)
MAX_RATIO = 6.0


def _cpu_seconds(run: object, path: Path) -> float:
    gc.collect()
    start = time.process_time()
    try:
        run(path)  # type: ignore[operator]
    except Exception as exc:  # a refused document is timed as well: the work was done
        print(f"    ({type(exc).__name__})")
    return time.process_time() - start


def _read_and_split(path: Path) -> object:
    return [line.split("\t") for line in path.read_bytes().decode("utf-8").split("\n")]


def main() -> int:
    documents = [Path(arg) for arg in sys.argv[1:]] or DOCUMENTS
    worst = 0.0
    with tempfile.TemporaryDirectory() as directory:
        for document in documents:
            text = document.read_bytes()
            print(f"{document.name} ({len(text):,} bytes)")
            seconds = []
            for size in SIZES:
                path = Path(directory) / f"repeated-{size}.txt"
                path.write_bytes(text * (size // len(text) + 1))
                parse = _cpu_seconds(parse_file, path)
                baseline = _cpu_seconds(_read_and_split, path)
                seconds.append(parse)
                print(
                    f"  {size / 1e6:g} MB: parse_file {parse:7.2f} s CPU"
                    f" (baseline read + split {baseline:.3f} s)"
                )
            ratio = seconds[1] / seconds[0]
            worst = max(worst, ratio)
            print(f"  ratio 4 MB / 1 MB: {ratio:.2f} (linear 4, quadratic 16)")
    return 0 if worst < MAX_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
