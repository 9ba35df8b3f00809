"""Use case: a synthetic province (:mod:`jixiao.tools.synth`) generated and stored.

The tool only generates; here the department-years go through the store's bulk path
(:mod:`jixiao.store.bulk`: the rows ``save_document`` and the actuals repository write, by
``COPY`` on PostgreSQL), ``batch`` department-years per transaction, and the planner's
statistics are refreshed at the end.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from jixiao.app.uow import Journal, audited, local_actor, write
from jixiao.domain.access import Actor
from jixiao.store.bulk import Unit, analyze, save_units
from jixiao.tools.synth import LoadStats, ProvinceSpec, SynthUnit, province


def store_units(session: Session, units: Sequence[SynthUnit]) -> None:
    """Store department-years in the session's transaction (the bulk path: COPY on
    PostgreSQL), each replacing what was stored of its department-year."""
    save_units(session, [Unit(unit.document, unit.actuals) for unit in units])


def load_province(
    engine: Engine,
    spec: ProvinceSpec,
    batch: int = 100,
    progress: Callable[[LoadStats], None] | None = None,
    actor: Actor | None = None,
) -> LoadStats:
    """Generate and store the province, ``batch`` department-years per transaction (each
    with its audit entry: the department-years it stored)."""
    actor = actor or local_actor()
    stats = LoadStats()
    pending: list[SynthUnit] = []
    for unit in province(spec):
        pending.append(unit)
        stats.add(unit)
        if len(pending) == batch:
            _commit(engine, actor, pending)
            pending = []
            if progress is not None:
                progress(stats)
    if pending:
        _commit(engine, actor, pending)
    write(engine, analyze)
    return stats


def _commit(engine: Engine, actor: Actor, units: Sequence[SynthUnit]) -> None:
    def work(session: Session, journal: Journal) -> None:
        store_units(session, units)
        keys = [
            [
                unit.document.department.region_name,
                unit.document.department.name,
                unit.document.fiscal_year,
            ]
            for unit in units
        ]
        journal.record("生成合成数据", f"{len(units)} 个部门年度", None, keys)

    audited(engine, actor, work)
