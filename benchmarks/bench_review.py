"""Benchmark: reviewing synthetic declarations with every rule and the indicator library.

Generates realistic declarations (budget, 1–3 department goals with funding blocks, prose
sections restating part of them, 1–5 projects with spending plans; 15–40 indicators per
declaration (plus the prose restating three per goal) drawn from the library, names sometimes
written as aliases; about a third with a deliberate defect), then reviews them all, with
history and peer values in the context:

* in-process baseline: one process, one document after the other;
* a ``ProcessPoolExecutor`` with 2 workers (forked after the documents are built, so workers
  share them and only the finding counts travel back).

Prints the median of the runs, documents per second, and the ratio of the two.

    .venv/bin/python benchmarks/bench_review.py            # 10,000 declarations, 3 runs
    .venv/bin/python benchmarks/bench_review.py --documents 1000 --runs 5
"""

from __future__ import annotations

import argparse
import gc
import multiprocessing
import os
import random
import statistics
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from decimal import Decimal
from typing import Final, NamedTuple

from jixiao.domain.framework import Category, Subcategory
from jixiao.domain.library import LibraryIndicator, Scope, standard_library
from jixiao.domain.library.standard import standard_indicators
from jixiao.domain.model import (
    Department,
    DepartmentBudget,
    DepartmentGoal,
    ExpenditureBudget,
    FundingBlock,
    GoalSection,
    IncomeBudget,
    Indicator,
    PerformanceDocument,
    Project,
    SpendingCheckpoint,
    TargetBasis,
)
from jixiao.domain.review import ReferenceValue, ReviewContext, review
from jixiao.domain.target import Target, parse_target

YEAR: Final = 2024
CHUNK: Final = 250  # documents per task sent to a worker
DEFECT_SHARE: Final = 0.35

_TARGETS: dict[str, Target] = {}
_INDICATORS: dict[tuple[str, str, str, bool], Indicator] = {}
_ENTRIES: Final = standard_indicators()
DOCUMENTS: list[PerformanceDocument] = []  # built before the pool forks
CONTEXT = ReviewContext()


def _target(text: str) -> Target:
    """Parsed once per distinct text: generation is not what is measured."""
    if text not in _TARGETS:
        _TARGETS[text] = parse_target(text)
    return _TARGETS[text]


def _target_text(entry: LibraryIndicator, rng: random.Random) -> str:
    if entry.typical:
        return entry.typical
    if entry.unit == "万元":
        return f"≤{rng.choice(('0.5', '1', '1.2', '2', '3'))}万元"
    if entry.unit == "元/人":
        return f"≤{rng.randrange(200, 800, 50)}元/人"
    if entry.unit == "%":
        return f"≥{rng.choice((60, 80, 90, 95))}%"
    return f"≥{rng.randrange(2, 60)}{entry.unit or ''}"


def _indicator(entry: LibraryIndicator, rng: random.Random, detailed: bool) -> Indicator:
    name = rng.choice(entry.names) if rng.random() < 0.3 else entry.name
    key = (entry.code, name, _target_text(entry, rng), detailed)
    if key not in _INDICATORS:  # shared between documents: the review never changes them
        _INDICATORS[key] = Indicator(
            category=entry.category,
            subcategory=entry.subcategory,
            name=name,
            definition=entry.definition if detailed else None,
            target=_target(key[2]),
            target_basis=TargetBasis.PLAN if detailed else None,
        )
    return _INDICATORS[key]


_REQUIRED: Final = (
    (Category.OUTPUT, None),
    (Category.OUTCOME, None),
    (Category.SATISFACTION, None),
    (Category.OUTPUT, Subcategory.QUANTITY),
    (Category.OUTPUT, Subcategory.QUALITY),
    (Category.OUTPUT, Subcategory.TIMELINESS),
    (Category.OUTPUT, Subcategory.COST),
)


def _kinds(pool: tuple[LibraryIndicator, ...]) -> tuple[tuple[LibraryIndicator, ...], ...]:
    return tuple(
        tuple(e for e in pool if e.category is c and s in (None, e.subcategory))
        for c, s in _REQUIRED
    )


_POOLS: Final = {
    "goal": tuple(e for e in _ENTRIES if e.scope is not Scope.PROJECT),
    "project": tuple(e for e in _ENTRIES if e.scope is not Scope.DEPARTMENT),
}
_POOL_KINDS: Final = {name: _kinds(pool) for name, pool in _POOLS.items()}


def _draw(pool: str, count: int, rng: random.Random) -> list[LibraryIndicator]:
    """An indicator of each kind the forms ask for (as many as ``count`` allows: a small
    table leaves some out), then others at random; no indicator twice."""
    chosen: dict[str, LibraryIndicator] = {}
    for kind in _POOL_KINDS[pool][: max(count, 3)]:
        entry = rng.choice(kind)
        chosen.setdefault(entry.code, entry)
    extra = rng.sample(_POOLS[pool], min(count, len(_POOLS[pool])))
    for entry in extra:
        if len(chosen) >= count:
            break
        chosen.setdefault(entry.code, entry)
    return list(chosen.values())


def _plan() -> list[SpendingCheckpoint]:
    return [
        SpendingCheckpoint(month=m, cumulative_percent=Decimal(p), label=f"{m}月底")
        for m, p in ((3, 25), (6, 50), (9, 75), (12, 100))
    ]


def _sizes(total: int, parts: int, rng: random.Random) -> list[int]:
    cuts = sorted(rng.sample(range(1, total), parts - 1)) if parts > 1 else []
    return [b - a for a, b in zip([0, *cuts], [*cuts, total], strict=True)]


def _split_amount(total: Decimal, parts: int) -> list[Decimal]:
    """``total`` in ``parts`` funding blocks that add up exactly."""
    each = (total / parts).quantize(Decimal("0.01"))
    return [each] * (parts - 1) + [total - each * (parts - 1)]


def _defect(document: PerformanceDocument, rng: random.Random) -> None:
    """One deliberate mistake a reviewer should catch."""
    kind = rng.randrange(6)
    project = document.projects[0]
    if kind == 0:
        income = document.budget.income
        income.total = (income.total or Decimal(0)) + Decimal(2)
    elif kind == 1:  # a copy: indicators are shared between documents
        project.indicators[0] = project.indicators[0].model_copy(update={"target": None})
    elif kind == 2:
        project.indicators.append(project.indicators[0].model_copy())
    elif kind == 3:
        project.spending_plan[1].cumulative_percent = Decimal(10)
    elif kind == 4:
        project.indicators.append(Indicator(name="服务水平", target=_target("有效提升")))
    else:
        project.indicators.append(Indicator(name="资料归档率", target=_target("≥100%")))


def make_document(number: int, seed: int) -> PerformanceDocument:
    rng = random.Random(seed * 1_000_003 + number)
    goals_n, projects_n = rng.randint(1, 3), rng.randint(1, 5)
    sizes = _sizes(rng.randint(15, 40), goals_n + projects_n, rng)
    budgets = [Decimal(rng.randrange(5, 300)) for _ in range(projects_n)]
    personnel, operating = Decimal(rng.randrange(50, 900)), Decimal(rng.randrange(10, 200))
    project_total = sum(budgets, Decimal(0))
    total = personnel + operating + project_total
    shares = _split_amount(total, goals_n)
    goals = []
    for g in range(goals_n):
        chosen = _draw("goal", sizes[g], rng)
        goals.append(
            DepartmentGoal(
                number=g + 1,
                text=f"年度整体支出目标{g + 1}",
                funding_block=FundingBlock(name=f"支出块{g + 1}", amount=shares[g]),
                indicators=[_indicator(e, rng, detailed=False) for e in chosen],
            )
        )
    projects = []
    for p in range(projects_n):
        chosen = _draw("project", sizes[goals_n + p], rng)
        projects.append(
            Project(
                code=f"{YEAR}-{number:05d}-{p + 1}",
                name=f"项目{number}-{p + 1}",
                budget=budgets[p],
                fiscal_funds=budgets[p],
                annual_goal="完成年度任务",
                spending_plan=_plan(),
                indicators=[_indicator(e, rng, detailed=True) for e in chosen],
            )
        )
    sections = [
        GoalSection(title=f"分项目标{g.number}", indicators=g.indicators[:3]) for g in goals
    ]
    budget = DepartmentBudget(
        income=IncomeBudget(total=total, general_public_budget=total),
        expenditure=ExpenditureBudget(
            total=total, personnel=personnel, operating=operating, project=project_total
        ),
    )
    document = PerformanceDocument(
        fiscal_year=YEAR,
        department=Department(name=f"单位{number:05d}"),
        budget=budget,
        overall_goal="保障运转,完成年度重点工作",
        goal_sections=sections,
        department_goals=goals,
        projects=projects,
    )
    if rng.random() < DEFECT_SHARE:
        _defect(document, rng)
    return document


def make_context(count: int, seed: int) -> ReviewContext:
    """Last year's values of three department-wide indicators, and peers for each library
    indicator with a typical value (a province's worth of departments)."""
    rng = random.Random(seed)
    history: dict[tuple[str, str], tuple[ReferenceValue, ...]] = {}
    for number in range(count):
        department = f"单位{number:05d}"
        for code in ("D01", "D11", "P01"):
            value = Decimal(rng.choice((85, 90, 90, 95, 95, 95, 98)) - (5 if code == "P01" else 0))
            history[(department, code)] = (
                ReferenceValue(department, YEAR - 1, code, value, "%", f"≥{value}%"),
            )
    peers: dict[str, tuple[ReferenceValue, ...]] = {}
    for entry in standard_library().entries:
        target = entry.typical_target
        if target is None or target.value is None:
            continue
        peers[entry.code] = tuple(
            ReferenceValue(
                f"同类{i}", YEAR, entry.name, target.value, entry.unit, entry.typical or ""
            )
            for i in range(20)
        )
    return ReviewContext(history=history, peers=peers)


class Run(NamedTuple):
    wall: float  # seconds, as a user waits
    cpu: float  # CPU seconds of the processes that reviewed (robust to other load)
    counts: Counter[str]  # findings by severity


def review_range(start: int, stop: int) -> tuple[Counter[str], float]:
    """Review DOCUMENTS[start:stop]; finding counts by severity and the CPU time it took."""
    cpu = time.process_time()
    counts: Counter[str] = Counter()
    for document in DOCUMENTS[start:stop]:
        counts.update(review(document, context=CONTEXT).counts)
    return counts, time.process_time() - cpu


def _in_process() -> Run:
    start = time.perf_counter()
    counts, cpu = review_range(0, len(DOCUMENTS))
    return Run(time.perf_counter() - start, cpu, counts)


def _pooled(pool: ProcessPoolExecutor) -> Run:
    start = time.perf_counter()
    ranges = [(i, min(i + CHUNK, len(DOCUMENTS))) for i in range(0, len(DOCUMENTS), CHUNK)]
    counts: Counter[str] = Counter()
    cpu = 0.0
    for partial, seconds in pool.map(review_range, *zip(*ranges, strict=True)):
        counts.update(partial)
        cpu += seconds
    return Run(time.perf_counter() - start, cpu, counts)


def _report(label: str, runs: list[Run], documents: int) -> float:
    wall = statistics.median(r.wall for r in runs)
    cpu = statistics.median(r.cpu for r in runs)
    print(
        f"{label}: median {wall:.2f} s wall ({documents / wall:,.0f} docs/s), "
        f"{cpu:.2f} CPU-s ({cpu / documents * 1000:.2f} ms CPU per declaration) "
        f"over {len(runs)} runs"
    )
    return wall


def _load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args()

    global CONTEXT
    started = time.perf_counter()
    DOCUMENTS.extend(make_document(n, args.seed) for n in range(args.documents))
    CONTEXT = make_context(args.documents, args.seed)
    indicators = sum(1 for d in DOCUMENTS for _ in d.all_indicators())
    per = indicators / len(DOCUMENTS)
    took = time.perf_counter() - started
    print(f"generated {len(DOCUMENTS):,} declarations, {indicators:,} indicators ({per:.1f} each)")
    print(f"generation (not timed below): {took:.1f} s; load average before: {_load()}")
    review_range(0, min(200, len(DOCUMENTS)))  # warm the library's match cache before forking
    # The documents stay alive to the end: keep the collector off them, and keep forked
    # workers from copying their pages by touching the collector's headers.
    gc.freeze()

    single = [_in_process() for _ in range(args.runs)]
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=args.workers, mp_context=context) as pool:
        list(pool.map(review_range, [0] * args.workers, [1] * args.workers))  # start workers
        pooled = [_pooled(pool) for _ in range(args.runs)]

    assert single[0].counts == pooled[0].counts, "the pool and the baseline must find the same"
    print(f"findings: {dict(single[0].counts)}")
    n = len(DOCUMENTS)
    base = _report("in-process baseline", single, n)
    para = _report(f"{args.workers} workers (ProcessPoolExecutor)", pooled, n)
    print(f"ratio (baseline wall / pool wall): {base / para:.2f}x; load average after: {_load()}")


if __name__ == "__main__":
    main()
