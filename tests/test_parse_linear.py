"""Parsing time grows linearly with the input (issue 12: "a text file of one document
repeated: 1 MB takes 8 s, 4 MB hangs").

For one text of every fixture family (budget disclosures, department performance texts in
their layouts, project forms, the corpus's approvals, monitoring reports and self-evaluations,
prose that is no document), ``parse_file`` on the text repeated to ``SIZE`` and to twice that:
the CPU time (not wall-clock time, which other processes on a busy machine inflate) of the
larger over the smaller is about 2 when parsing is linear and about 4 when it is quadratic.
The fastest runs of each, taken in turn, the garbage collector off, more runs while the ratio
is over the bound (tests/growth_support.py). The absolute speed is a benchmark's
(benchmarks/bench_repeated_text.py), not a test's.
"""

from __future__ import annotations

import contextlib
import cProfile
import os
import pstats
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from growth_support import fastest_ratio
from jixiao.errors import JixiaoError
from jixiao.ingest.pipeline import parse_file

FIXTURES = Path(__file__).parent / "fixtures"
CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
SIZE = 60_000  # bytes: large enough for a quadratic term to show, small enough to be quick
MAX_RATIO = 2.6  # linear: 2 (quadratic: 4)
MIN_CALLS = 2_000  # on 2n bytes: fewer calls are not worth the question

TEXTS = [
    FIXTURES / "budget_disclosure" / "county-agriculture-2024-budget.txt",
    FIXTURES / "department_performance" / "hubei-qinglan-2022-department-performance-pipes.txt",
    FIXTURES / "department_performance" / "shanxi-fenhe-2021-department-performance-ocr.txt",
    FIXTURES / "documents" / "zhejiang-donghu-2022-project-selfeval-tabs.txt",
    FIXTURES / "documents" / "jiangxi-ganchuan-2024-project-target-keyvalue.txt",
    FIXTURES / "documents" / "guangdong-zhuling-2024-project-monitoring-markdown.txt",
    FIXTURES / "documents" / "news-budget-reform-paragraph.txt",
    FIXTURES / "documents" / "corpus" / "huangshi-approval.txt",
    CORPUS / "xingtai-qiaolian-2020-department-performance.txt",
    CORPUS / "12_langfang-shipingongchengxuexiao-2019-project-selfeval.txt",
]


def _cpu_seconds(path: Path) -> float:
    """The CPU time of parsing ``path`` once (a refused document counts: the work was done)."""
    started = time.process_time()
    with contextlib.suppress(JixiaoError):  # prose that is no document: refused
        parse_file(path)
    return time.process_time() - started


def _ratio(single: Path, double: Path) -> float:
    """The fastest parse of ``double`` over the fastest of ``single``'s."""
    return fastest_ratio(lambda: _cpu_seconds(single), lambda: _cpu_seconds(double), MAX_RATIO)


@pytest.mark.slow
@pytest.mark.parametrize("text", TEXTS, ids=lambda path: path.stem[:40])
def test_parsing_a_repeated_document_grows_linearly(tmp_path: Path, text: Path) -> None:
    if not text.is_file():
        pytest.skip(f"{text} is absent")
    content = text.read_bytes()
    single, double = tmp_path / "single.txt", tmp_path / "double.txt"
    single.write_bytes(content * (SIZE // len(content) + 1))
    double.write_bytes(content * (2 * SIZE // len(content) + 2))
    with contextlib.suppress(JixiaoError):  # warm: imports, expressions, the parsers' caches
        parse_file(single)
    ratio = _ratio(single, double)
    assert ratio < MAX_RATIO, f"{text.name}: twice the input took {ratio:.2f} times as long"


def test_the_measure_tells_quadratic_work_from_linear(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """More runs only find a less disturbed one: work that grows with the square of the input
    stays over the bound, and linear work comes under it."""
    single, double = tmp_path / "single.txt", tmp_path / "double.txt"
    single.write_bytes(b"x" * 600)
    double.write_bytes(b"x" * 1200)

    def quadratic(path: Path) -> None:
        size = path.stat().st_size
        sum(i * j for i in range(size) for j in range(size // 4))

    def linear(path: Path) -> None:
        size = path.stat().st_size
        sum(i * j for i in range(size) for j in range(150))

    monkeypatch.setattr(sys.modules[__name__], "parse_file", quadratic)
    assert _ratio(single, double) > 3.2
    monkeypatch.setattr(sys.modules[__name__], "parse_file", linear)
    assert _ratio(single, double) < MAX_RATIO


def _clear_line_caches() -> None:
    """Empty the readers' memo caches (``functools.lru_cache``: a line's text, its cells …), so
    that each counted parse starts from the same state: a bounded cache that the smaller text
    fits and the larger one overflows would count its misses on 2n against none on n, which is
    the cache's size showing, not work growing faster than the input."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("jixiao.ingest") or module is None:
            continue
        for value in list(vars(module).values()):
            clear = getattr(value, "cache_clear", None)
            if callable(clear):
                clear()


def _calls(path: Path) -> Counter[str]:
    """How many times each function ran while parsing ``path`` (deterministic, unlike time),
    from cold memo caches (:func:`_clear_line_caches`)."""
    _clear_line_caches()
    profile = cProfile.Profile()
    profile.enable()
    with contextlib.suppress(JixiaoError):
        parse_file(path)
    profile.disable()
    calls: Counter[str] = Counter()
    for (file, line, name), (_, total, *_rest) in pstats.Stats(profile).stats.items():  # type: ignore[attr-defined]
        calls[f"{file}:{line}({name})"] += total
    return calls


@pytest.mark.slow
@pytest.mark.parametrize("text", TEXTS, ids=lambda path: path.stem[:40])
def test_no_function_runs_more_than_linearly_often(tmp_path: Path, text: Path) -> None:
    """The same question asked of the work instead of the clock: no function runs more than
    2.6 times as often on twice the input. Counting calls is exact, so a quadratic loop
    (every indicator compared with every other) shows at sizes where its time still hides
    among the linear work."""
    if not text.is_file():
        pytest.skip(f"{text} is absent")
    content = text.read_bytes()
    single, double = tmp_path / "single.txt", tmp_path / "double.txt"
    single.write_bytes(content * (SIZE // len(content) + 1))
    double.write_bytes(content * (2 * SIZE // len(content) + 2))
    with contextlib.suppress(JixiaoError):  # the parsers' caches warm, as for the larger text
        parse_file(single)
    once, twice = _calls(single), _calls(double)
    superlinear = {
        name: (once[name], count)
        for name, count in twice.items()
        if count >= MIN_CALLS and count > MAX_RATIO * max(once[name], 1)
    }
    assert not superlinear, f"{text.name}: calls on n and 2n bytes: {superlinear}"


def test_the_time_budget_still_stops_a_document_too_big(tmp_path: Path) -> None:
    """Linear is not instant: 4 MB of a repeated document takes many seconds, and the reading
    budget (``JIXIAO_MAX_SECONDS``) still ends it with one Chinese line, nothing written."""
    content = TEXTS[1].read_bytes()
    big = tmp_path / "repeated-4mb.txt"
    big.write_bytes(content * (4_000_000 // len(content) + 1))
    env = {k: v for k, v in os.environ.items() if not k.startswith("JIXIAO_")}
    env["JIXIAO_MAX_SECONDS"] = "1"
    result = subprocess.run(
        [sys.executable, "-m", "jixiao", "parse", str(big), "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert "超过 1 秒的时间上限" in result.stderr and "JIXIAO_MAX_SECONDS" in result.stderr
