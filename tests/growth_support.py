"""Timing how work grows with its input, for the tests that hold parsing and reading linear.

Another process's load only ever adds time, so the fastest of several runs is the least
disturbed one. The two sizes are timed in turn (both meet the same machine), MIN_RUNS of
each, then more while the ratio is over the test's bound, up to MAX_RUNS: work that really
grows faster than its input stays over the bound however often it is timed, while a ratio
pushed over by a busy machine (seen in CI: 2.86 and 3.34 for texts that read 1.9 to 2.2 on a
quiet one) comes down as an undisturbed run of each is found.
"""

from __future__ import annotations

import gc
from collections.abc import Callable

MIN_RUNS = 3
MAX_RUNS = 12


def fastest_ratio(small: Callable[[], float], large: Callable[[], float], bound: float) -> float:
    """The fastest time of ``large`` over the fastest of ``small`` (each callable returns the
    seconds of one run), timed as the module says."""
    times: tuple[list[float], list[float]] = ([], [])
    ratio = float("inf")
    # The collector off for the whole measurement, after one collection: its pauses would fall
    # on one run and not another, and a collection before each run costs a busy test process
    # (thousands of objects held) more than the runs themselves.
    gc.collect()
    gc.disable()
    try:
        for run in range(MAX_RUNS):
            for measure, taken in zip((small, large), times, strict=True):
                taken.append(measure())
            ratio = min(times[1]) / min(times[0])
            if run + 1 >= MIN_RUNS and ratio < bound:
                break
    finally:
        gc.enable()
    return ratio
