"""Benchmark: reading target strings with the target grammar.

Prints the median time to parse a batch of real target strings, against a baseline in the same
process: a bare regular-expression split of the same strings into operator / number / rest
(what a naive importer would do, without prose forms, units or OCR repair).

    .venv/bin/python benchmarks/bench_target_grammar.py
"""

from __future__ import annotations

import re
import statistics
import time
from collections.abc import Callable

from jixiao.domain.target import parse_target

STRINGS = [
    "≥95%", ">95%", "≥ 36 平米", "≤1.1万元", "=100%", "≥100%", "<100%", "≤0", "10辆", "≥80M",
    "250万", "优良", "良好", "良好及以上", "2023.07-2024.01", "按时完成", "不低于95%",
    "不少于 5次", "不高于1.1万元", "小于100%", "达到良好及以上等次", "不发生安全事故",
    "≥300 册", "280人次", "220", "€0", "≪0.4万元", "≥20度", "≥24 期", "≥90%",
]  # fmt: skip
BATCH = 200  # batches of len(STRINGS) strings
RUNS = 15

_NAIVE = re.compile(r"([<>=≤≥]*)\s*([0-9.]+)(.*)")


def _naive(text: str) -> object:
    return _NAIVE.fullmatch(text)


def _median_seconds(parse: Callable[[str], object]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        for _ in range(BATCH):
            for text in STRINGS:
                parse(text)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    count = BATCH * len(STRINGS)
    grammar = _median_seconds(parse_target)
    baseline = _median_seconds(_naive)
    print(f"strings per run: {count}, runs: {RUNS}")
    print(f"target grammar : median {grammar * 1000:.1f} ms, {count / grammar:,.0f} strings/s")
    print(f"naive regex    : median {baseline * 1000:.1f} ms, {count / baseline:,.0f} strings/s")
    print(f"ratio grammar / naive: {grammar / baseline:.1f}x")


if __name__ == "__main__":
    main()
