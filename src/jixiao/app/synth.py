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

from jixiao.app.uow import write
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
) -> LoadStats:
    """Generate and store the province, ``batch`` department-years per transaction."""
    stats = LoadStats()
    pending: list[SynthUnit] = []
    for unit in province(spec):
        pending.append(unit)
        stats.add(unit)
        if len(pending) == batch:
            _commit(engine, pending)
            pending = []
            if progress is not None:
                progress(stats)
    if pending:
        _commit(engine, pending)
    write(engine, analyze)
    return stats


def _commit(engine: Engine, units: Sequence[SynthUnit]) -> None:
    write(engine, lambda session: store_units(session, units))
