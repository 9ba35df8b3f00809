"""Benchmark: a synthetic province in the database, loaded and evaluated set-based.

Measures, on one database (PostgreSQL or SQLite, a fresh schema or file each run):

* loading ``jixiao synth``'s province through the store's code paths, in rows per second (every
  row of every table), against the floor: PostgreSQL ``COPY ... FROM STDIN`` of the same rows
  into empty copies of the tables (indexes included); on SQLite ``INSERT INTO copy SELECT *``;
* evaluating every project set-based (:func:`jixiao.store.evaluation_sql.evaluate_projects`:
  one statement; and ``evaluate_projects_in_parallel``: two shards of the departments at once),
  median of ``--runs``, against a bare SQL aggregate over the same rows (indicators joined to
  their year-end actuals, spending summed per project, COUNT/SUM grouped by project; PostgreSQL
  may run it with parallel workers); and monitoring every project at 30 June
  (:func:`jixiao.store.monitoring_sql.monitor_projects`);
* the naive way as the baseline: per department, load the document and actuals through the
  repository and score each project in Python; run on ``--sample`` departments and
  extrapolated to all of them (stated in the output).

    .venv/bin/python benchmarks/bench_province.py --url postgresql://jixiao:jixiao@127.0.0.1/jixiao_bench
    .venv/bin/python benchmarks/bench_province.py --url sqlite:////tmp/province.sqlite3 --units 1000
"""

from __future__ import annotations

import argparse
import io
import statistics
import time
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, make_url, text
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from jixiao.app.region import evaluate_projects_in_parallel
from jixiao.app.synth import load_province
from jixiao.domain.monitoring import monitoring_profile
from jixiao.domain.scoring import evaluate_project, scoring_profile
from jixiao.store.actuals import load_actuals
from jixiao.store.db import init_db
from jixiao.store.evaluation_sql import evaluate_projects
from jixiao.store.monitoring_sql import monitor_projects
from jixiao.store.repository import load_document
from jixiao.store.tables import Base, DepartmentRow, RegionRow
from jixiao.tools.synth import ProvinceSpec, province

PROFILE = scoring_profile("default")


def _fresh_url(url: str) -> tuple[str, Callable[[], None]]:
    """A URL of an empty database: a new schema on PostgreSQL, a new file on SQLite."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        path = Path(parsed.database or "province.sqlite3")
        path.unlink(missing_ok=True)
        return url, lambda: None
    schema = f"bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(parsed.set(drivername="postgresql+psycopg"), poolclass=NullPool)
    with admin.begin() as connection:
        connection.exec_driver_sql(f'CREATE SCHEMA "{schema}"')

    def drop() -> None:
        with admin.begin() as connection:
            connection.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        admin.dispose()

    scoped = parsed.set(drivername="postgresql+psycopg").update_query_dict(
        {"options": f"-csearch_path={schema}"}
    )
    return scoped.render_as_string(hide_password=False), drop


def _row_counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as connection:
        return {
            name: int(connection.scalar(text(f"SELECT count(*) FROM {name}")) or 0)
            for name in Base.metadata.tables
        }


def _floor_seconds(engine: Engine, tables: list[str]) -> float:
    """Writing the same rows by the fastest path the database has (copies of the tables)."""
    total = 0.0
    with engine.begin() as connection:
        for name in tables:
            connection.exec_driver_sql(f"DROP TABLE IF EXISTS floor_{name}")
            if engine.dialect.name == "postgresql":
                connection.exec_driver_sql(
                    f"CREATE TABLE floor_{name} (LIKE {name} INCLUDING DEFAULTS INCLUDING INDEXES)"
                )
                total += _copy(connection, name)
            else:
                connection.exec_driver_sql(
                    f"CREATE TABLE floor_{name} AS SELECT * FROM {name} LIMIT 0"
                )
                started = time.perf_counter()
                connection.exec_driver_sql(f"INSERT INTO floor_{name} SELECT * FROM {name}")
                total += time.perf_counter() - started
            connection.exec_driver_sql(f"DROP TABLE floor_{name}")
    return total


def _copy(connection: Any, name: str) -> float:
    """COPY the table's rows out (untimed), then into its copy (timed)."""
    raw = connection.connection.dbapi_connection
    buffer = io.BytesIO()
    # A partitioned table copies out through a query (COPY of the parent itself is refused).
    with raw.cursor() as cursor, cursor.copy(f"COPY (SELECT * FROM {name}) TO STDOUT") as out:
        for chunk in out:
            buffer.write(chunk)
    data = buffer.getvalue()
    started = time.perf_counter()
    with raw.cursor() as cursor, cursor.copy(f"COPY floor_{name} FROM STDIN") as into:
        for offset in range(0, len(data), 1 << 20):
            into.write(data[offset : offset + (1 << 20)])
    return time.perf_counter() - started


def _bare_aggregate(engine: Engine, year: int) -> None:
    """COUNT/SUM per project over the rows the evaluation reads (no rules)."""
    number = "CAST({} AS REAL)" if engine.dialect.name == "sqlite" else "{}"
    sql = f"""
        WITH s AS (
            SELECT department_id, project, SUM({number.format("amount")}) AS spent
            FROM spending_records WHERE fiscal_year = :year GROUP BY department_id, project
        )
        SELECT p.id, COUNT(*), SUM({number.format("i.target_value")}),
               SUM({number.format("y.value")}), MAX(s.spent)
        FROM projects p
        JOIN performance_documents d ON d.id = p.document_id AND d.fiscal_year = :year
        JOIN indicators i ON i.project_id = p.id
        LEFT JOIN year_end_actuals y ON y.department_id = d.department_id
             AND y.fiscal_year = :year AND y.project = p.name AND y.indicator = i.name
        LEFT JOIN s ON s.department_id = d.department_id AND s.project = p.name
        GROUP BY p.id
    """
    with engine.connect() as connection:
        connection.execute(text(sql), {"year": year}).all()


def _naive(engine: Engine, year: int, sample: int) -> tuple[float, int]:
    """Seconds and projects for ``sample`` departments evaluated one object at a time."""
    with Session(engine) as session:
        query = session.query(DepartmentRow.id, DepartmentRow.name, RegionRow.name).join(
            RegionRow, DepartmentRow.region_id == RegionRow.id
        )
        departments = query.order_by(DepartmentRow.id).limit(sample).all()
    projects = 0
    started = time.perf_counter()
    with Session(engine) as session:
        for department_id, name, region in departments:
            document = load_document(session, name, year, region)
            actuals = load_actuals(session, department_id, year, name)
            for project in document.projects:
                evaluate_project(project, actuals, PROFILE)
                projects += 1
    return time.perf_counter() - started, projects


def _timed(action: Callable[[], Any], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True, help="database (a fresh schema/file is used)")
    parser.add_argument("--units", type=int, default=10_000)
    parser.add_argument("--projects-per-unit", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sample", type=int, default=100, help="departments for the naive loop")
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="the database already holds this province: skip loading and the floor",
    )
    args = parser.parse_args()
    spec = ProvinceSpec(units=args.units, projects_per_unit=args.projects_per_unit, seed=args.seed)
    url, drop = (args.url, _nothing) if args.reuse else _fresh_url(args.url)
    engine = init_db(url)
    try:
        if not args.reuse:
            _load(engine, spec)
        _evaluate(engine, spec, args)
    finally:
        engine.dispose()
        drop()


def _nothing() -> None:
    """Nothing to drop: a reused database is the caller's."""


def _load(engine: Engine, spec: ProvinceSpec) -> None:
    backend = engine.dialect.name
    started = time.perf_counter()
    for _ in province(spec):  # generating alone, to tell the store's share of the load
        pass
    generate = time.perf_counter() - started
    started, cpu = time.perf_counter(), time.process_time()
    stats = load_province(engine, spec, batch=100)
    load, load_cpu = time.perf_counter() - started, time.process_time() - cpu
    counts = {name: n for name, n in _row_counts(engine).items() if n}
    rows = sum(counts.values())
    floor = _floor_seconds(engine, list(counts))
    print(
        f"[{backend}] {spec.units} units, {stats.projects} projects, {stats.indicators} indicators"
    )
    print(f"  rows: {rows} ({', '.join(f'{k} {v}' for k, v in counts.items())})")
    print(
        f"  load (generate + store): {load:.1f} s = {rows / load:,.0f} rows/s "
        f"(this process's CPU: {load_cpu:.1f} s); generating alone: {generate:.1f} s, "
        f"so storing: {load - generate:.1f} s = {rows / (load - generate):,.0f} rows/s"
    )
    floor_name = "COPY FROM STDIN" if backend == "postgresql" else "INSERT ... SELECT"
    print(
        f"  floor ({floor_name}): {floor:.1f} s = {rows / floor:,.0f} rows/s; "
        f"load/floor {load / floor:.1f}x"
    )


def _evaluate(engine: Engine, spec: ProvinceSpec, args: argparse.Namespace) -> None:
    with Session(engine) as session:
        evaluate = _timed(lambda: evaluate_projects(session, spec.year, PROFILE), args.runs)
        scored = evaluate_projects(session, spec.year, PROFILE)
    sharded = _timed(
        lambda: evaluate_projects_in_parallel(engine, spec.year, PROFILE, workers=2), args.runs
    )
    with Session(engine) as session:
        as_of = date(spec.year, 6, 30)
        watch = monitoring_profile("default")
        monitor = _timed(lambda: monitor_projects(session, spec.year, as_of, watch), args.runs)
    bare = _timed(lambda: _bare_aggregate(engine, spec.year), args.runs)
    naive, sampled = _naive(engine, spec.year, args.sample)
    naive_all = naive / sampled * len(scored)
    print(
        f"  evaluate set-based: {evaluate:.2f} s for {len(scored)} projects (median of {args.runs})"
    )
    print(f"  evaluate in 2 shards at once: {sharded:.2f} s")
    print(
        f"  bare aggregate:     {bare:.2f} s; one statement/bare {evaluate / bare:.2f}x, "
        f"2 shards/bare {sharded / bare:.2f}x"
    )
    print(f"  monitor set-based at {as_of}: {monitor:.2f} s")
    print(
        f"  naive per-project ORM loop: {naive:.1f} s for {sampled} projects, "
        f"extrapolated {naive_all:.0f} s for all; naive/set-based {naive_all / evaluate:.0f}x"
    )


if __name__ == "__main__":
    main()
