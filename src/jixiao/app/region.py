"""Use case: region-wide reports, every project of a year and region scored or monitored set-based.

The calls behind ``jixiao region evaluate`` and ``jixiao region monitor``: they run the
set-based statements (:mod:`jixiao.store.evaluation_sql`, :mod:`jixiao.store.monitoring_sql`)
in units of work of a :class:`~jixiao.app.uow.Database`, attach the departments' names and
summarise (ratings and mean score, per-department rollups, colours, the projects most behind
their spending plan). Profiles are named as in the per-department commands; an unknown name, or
a year and region without department documents, is a :class:`~jixiao.errors.JixiaoError`.
The region dashboard's page asks for both at once (:func:`figures`), kept per worker under
the version of the data (the audit chain's head).
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from jixiao.app import guard
from jixiao.app.memo import Memo
from jixiao.app.uow import Database, local_actor, transaction
from jixiao.domain.access import Actor
from jixiao.domain.monitoring import Colour, monitoring_profile
from jixiao.domain.scoring import ScoringProfile, evaluate_project, present, scoring_profile
from jixiao.errors import InputError, NotFoundError
from jixiao.store import audit
from jixiao.store.actuals import load_actuals
from jixiao.store.evaluation_sql import ProjectScore, evaluate_projects
from jixiao.store.lookup import department_names, documents_in_year, region_name_of
from jixiao.store.monitoring_sql import ProjectMonitoringRow, monitor_projects
from jixiao.store.repository import load_document
from jixiao.store.sql_terms import cost_category_pairs

RATINGS = ("优", "良", "中", "差")
COLOURS = (Colour.RED, Colour.YELLOW, Colour.BLUE, Colour.GREEN)


def _where(fiscal_year: int, region_code: str | None) -> str:
    place = f"行政区划代码以“{region_code}”开头的地区" if region_code else "数据库"
    return f"{place}没有 {fiscal_year} 年度的部门预算绩效文本(项目)"


def _mean(values: Sequence[Decimal]) -> Decimal | None:
    return sum(values, Decimal(0)) / len(values) if values else None


# --- evaluation --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ScoredProject:
    department: str
    score: ProjectScore
    by_project_rules: bool = False  # SQL could not score all of it: the per-project code did

    @property
    def total(self) -> Decimal:
        """The total as presented (0.01)."""
        return present(self.score.total)


@dataclass(frozen=True)
class DepartmentScores:
    """A department's projects: how many, mean and lowest total, ratings."""

    department: str
    projects: int
    mean: Decimal
    lowest: Decimal
    ratings: Counter[str]


@dataclass(frozen=True)
class RegionEvaluation:
    fiscal_year: int
    profile: str
    region_code: str | None
    projects: tuple[ScoredProject, ...]

    @property
    def ratings(self) -> dict[str, int]:
        counts = Counter(p.score.rating for p in self.projects)
        return {rating: counts[rating] for rating in RATINGS}

    @property
    def mean(self) -> Decimal:
        mean = _mean([p.score.total for p in self.projects])
        assert mean is not None  # a region evaluation has projects
        return present(mean)

    @property
    def by_project_rules(self) -> int:
        """Projects SQL could not score entirely, scored by the per-project rules instead."""
        return sum(1 for p in self.projects if p.by_project_rules)

    def lowest(self, count: int) -> list[ScoredProject]:
        ordered = sorted(
            self.projects, key=lambda p: (p.score.total, p.department, p.score.project)
        )
        return ordered[:count]

    def departments(self) -> list[DepartmentScores]:
        """Per department, lowest mean first."""
        grouped: dict[str, list[ScoredProject]] = {}
        for project in self.projects:
            grouped.setdefault(project.department, []).append(project)
        rollups = []
        for department, projects in grouped.items():
            totals = [p.score.total for p in projects]
            mean = _mean(totals)
            assert mean is not None
            rollups.append(
                DepartmentScores(
                    department=department,
                    projects=len(projects),
                    mean=present(mean),
                    lowest=present(min(totals)),
                    ratings=Counter(p.score.rating for p in projects),
                )
            )
        return sorted(rollups, key=lambda d: (d.mean, d.department))


def evaluate_projects_in_parallel(
    engine: Engine,
    fiscal_year: int,
    profile: ScoringProfile,
    region_code: str | None = None,
    workers: int = 2,
) -> list[ProjectScore]:
    """The set-based scores, the documents split into ``workers`` shards (by id) scored at
    once, one statement and session each: a statement runs on one core, so a machine with more
    cores scores a province that many times faster. Ordered by project id."""
    with transaction(engine) as session:
        if workers < 2:
            return evaluate_projects(session, fiscal_year, profile, region_code)
        pairs = cost_category_pairs(session, fiscal_year)

    def shard(index: int) -> list[ProjectScore]:
        with transaction(engine) as session:
            part = (index, workers)
            return evaluate_projects(session, fiscal_year, profile, region_code, part, pairs)

    with ThreadPoolExecutor(max_workers=workers) as pool:
        parts = list(pool.map(shard, range(workers)))
    return sorted((score for part in parts for score in part), key=lambda s: s.project_id)


_MAX_CODE_DIGITS = 12  # 行政区划代码 6 digits, 乡镇 9, 村 12


def region_code_of(code: str | None) -> str | None:
    """A 行政区划 code prefix as the user typed it: digits only, never a pattern (``%``,
    ``_`` and ``*`` are refused, not matched); None or blank for every region."""
    if code is None or not code.strip():
        return None
    code = code.strip()
    if not (code.isascii() and code.isdigit()) or len(code) > _MAX_CODE_DIGITS:
        raise InputError(
            f"行政区划代码“{code[:40]}”无效:应为 1 至 {_MAX_CODE_DIGITS} 位数字"
            "(代码的前几位,如 13 表示河北省、1305 表示邢台市),不能含通配符或其他字符"
        )
    return code


# Fewer documents than this a shard, and a shard's own session and statement cost more than the
# work they split (the demo's seven departments: 119 ms in one statement, 272 ms in two shards
# on SQLite), while a province's thousands of documents are scored cores times faster.
SHARD_MIN_DOCUMENTS = 250


def _default_shards(database: Database, fiscal_year: int) -> int:
    """One shard per CPU for a year big enough to split, else one statement."""
    cores = os.cpu_count() or 1
    with database.session() as session:
        documents = documents_in_year(session, fiscal_year)
    return max(1, min(cores, documents // SHARD_MIN_DOCUMENTS))


def evaluate_region(
    database: Database,
    fiscal_year: int,
    profile: str = "default",
    region_code: str | None = None,
    workers: int | None = None,
    *,
    actor: Actor | None = None,
) -> RegionEvaluation:
    """Every project of the year (of regions whose 行政区划 code starts ``region_code``) scored:
    set-based, ``workers`` shards of the documents at once (default: one per CPU, one per
    ``SHARD_MIN_DOCUMENTS`` documents at most); the few
    projects SQL cannot score entirely (see :mod:`jixiao.store.evaluation_sql`) are scored by
    the per-project rules instead, so every total is the per-project code's."""
    region_code = region_code_of(region_code)
    guard.require_region(actor or local_actor(), region_code)
    chosen = scoring_profile(profile)
    database.ensure_current()
    shards = workers if workers is not None else _default_shards(database, fiscal_year)
    scores = evaluate_projects_in_parallel(
        database.engine, fiscal_year, chosen, region_code, workers=shards
    )
    if not scores:
        raise NotFoundError(_where(fiscal_year, region_code))
    with database.session() as session:
        names = department_names(session, (s.department_id for s in scores))
        rescored = _rescored(session, fiscal_year, chosen, scores, names)
    projects = tuple(
        ScoredProject(
            names.get(s.department_id, ""), rescored.get(s.project_id, s), s.project_id in rescored
        )
        for s in scores
    )
    return RegionEvaluation(fiscal_year, chosen.name, region_code, projects)


def _rescored(
    session: Session,
    fiscal_year: int,
    profile: ScoringProfile,
    scores: Sequence[ProjectScore],
    names: dict[int, str],
) -> dict[int, ProjectScore]:
    """The projects with readings SQL did not score, scored by :func:`evaluate_project`."""
    pending: dict[int, list[ProjectScore]] = {}
    for score in scores:
        if score.unsupported:
            pending.setdefault(score.department_id, []).append(score)
    rescored: dict[int, ProjectScore] = {}
    for department_id, department_scores in pending.items():
        region = region_name_of(session, department_id)
        document = load_document(session, names[department_id], fiscal_year, region)
        actuals = load_actuals(session, department_id, fiscal_year, names[department_id])
        projects = {project.name: project for project in document.projects}
        for score in department_scores:
            sheet = evaluate_project(projects[score.project], actuals, profile)
            rescored[score.project_id] = replace(
                score, total=sheet.total, rating=sheet.rating, unsupported=0
            )
    return rescored


# --- monitoring --------------------------------------------------------------------------------


@dataclass(frozen=True)
class WatchedProject:
    department: str
    status: ProjectMonitoringRow


@dataclass(frozen=True)
class RegionMonitoring:
    fiscal_year: int
    as_of: date
    profile: str
    region_code: str | None
    projects: tuple[WatchedProject, ...]

    @property
    def colours(self) -> dict[Colour | None, int]:
        """Projects per colour (their worst warning; green: graded, nothing to warn of;
        None: nothing to grade yet)."""
        counts = Counter(p.status.colour for p in self.projects)
        return {colour: counts[colour] for colour in (*COLOURS, None)}

    @property
    def warnings(self) -> dict[Colour, int]:
        total: Counter[Colour] = Counter()
        for project in self.projects:
            total.update(project.status.warnings)
        return {colour: total[colour] for colour in COLOURS if colour is not Colour.GREEN}

    @property
    def unsupported(self) -> int:
        """Indicators SQL could not grade (see :mod:`jixiao.store.monitoring_sql`)."""
        return sum(p.status.unsupported for p in self.projects)

    def most_behind(self, count: int) -> list[WatchedProject]:
        """The projects furthest below their spending plan at the date (behind ones only)."""
        behind = [
            p
            for p in self.projects
            if p.status.behind_plan is not None and p.status.behind_plan > 0
        ]
        behind.sort(key=lambda p: (-(p.status.behind_plan or 0), p.department, p.status.project))
        return behind[:count]


def monitor_region(
    database: Database,
    fiscal_year: int,
    as_of: date,
    profile: str = "default",
    region_code: str | None = None,
    *,
    actor: Actor | None = None,
) -> RegionMonitoring:
    """Every project of the year (of regions whose code starts ``region_code``) at ``as_of``."""
    region_code = region_code_of(region_code)
    guard.require_region(actor or local_actor(), region_code)
    chosen = monitoring_profile(profile)
    with database.session() as session:
        rows = monitor_projects(session, fiscal_year, as_of, chosen, region_code)
        names = department_names(session, (row.department_id for row in rows))
    if not rows:
        raise NotFoundError(_where(fiscal_year, region_code))
    projects = tuple(WatchedProject(names.get(row.department_id, ""), row) for row in rows)
    return RegionMonitoring(fiscal_year, as_of, chosen.name, region_code, projects)


# --- the region dashboard: both figures, kept per worker under the data's version ------------


@dataclass(frozen=True)
class RegionFigures:
    """What the region dashboard shows: the year's evaluation and its monitoring at a date."""

    evaluation: RegionEvaluation
    monitoring: RegionMonitoring


# (database URL, year, date, scoring and monitoring profiles, region code, the audit chain's
# head: number and hash)
FiguresKey = tuple[str, int, date, str, str, str | None, int, str]
FIGURES: Memo[FiguresKey, RegionFigures] = Memo(16)


def figures(
    database: Database,
    actor: Actor,
    fiscal_year: int,
    as_of: date,
    region_code: str | None = None,
    *,
    scoring: str = "default",
    monitoring: str = "default",
) -> RegionFigures:
    """The region's evaluation and monitoring (:func:`evaluate_region` with the ``scoring``
    profile, :func:`monitor_region` with the ``monitoring`` one), kept in this worker for as
    long as the data stay as they are: every write appends to the audit chain in its own
    transaction, so the chain's head (number and hash) names the data's version, and a write
    makes the next call compute them again. A chain without entries names nothing (a database
    written without the application's use cases): then they are computed every time."""
    region_code = region_code_of(region_code)
    guard.require_region(actor, region_code)

    def compute() -> RegionFigures:
        return RegionFigures(
            evaluate_region(database, fiscal_year, scoring, region_code, actor=actor),
            monitor_region(database, fiscal_year, as_of, monitoring, region_code, actor=actor),
        )

    with database.session() as session:
        number, digest = audit.head(session)
    if number == 0:
        return compute()
    key = (database.url, fiscal_year, as_of, scoring, monitoring, region_code, number, digest)
    found = FIGURES.get(key, compute)
    assert found is not None  # compute() never returns None
    return found
