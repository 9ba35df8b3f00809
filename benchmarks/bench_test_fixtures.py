"""Benchmark: what the test fixtures' per-test work costs, before and after helper `suitespeed`.

Each pair in the same process, medians of wall time over ``--runs``:

- a migrated SQLite database: the migrations run on an empty file (before) / a copy of a file
  migrated once (after, ``tests/db_templates.py``);
- with ``--pg URL``, a migrated PostgreSQL schema: the migrations run in an empty schema
  (before) / the pg_dump script of a schema migrated once, run in it (after); the schema's
  CREATE and DROP, the same on both sides, apart;
- a fresh web server's first write (``POST /api/v1/tokens``) on a copy of the seeded database:
  on a new app (before: FastAPI builds the router's routes on an app's first request) / on an
  idle app given a new workspace (after, ``tests/web/conftest.py``).

    .venv/bin/python benchmarks/bench_test_fixtures.py [--runs N] [--pg URL]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from argon2 import PasswordHasher, profiles
from fastapi.testclient import TestClient
from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from db_templates import (
    copy_sqlite,
    migrate,
    migrated_sqlite,
    postgres_schema_script,
    psycopg_url,
    schema_url,
)
from jixiao.app import users
from jixiao.domain.access import Role, system_actor
from jixiao.web.app import create_app
from jixiao.workspace import Workspace


def median_ms(work: Callable[[int], object], runs: int) -> float:
    work(-1)  # warm-up
    times = []
    for run in range(runs):
        start = time.perf_counter()
        work(run)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def report(name: str, before: float, after: float) -> None:
    print(f"{name}: before {before:.0f} ms, after {after:.0f} ms, {before / after:.1f}x")


def sqlite_pair(folder: Path, runs: int) -> None:
    template = migrated_sqlite(folder / "template.sqlite3")
    before = median_ms(lambda i: migrate(f"sqlite:///{folder / f'm{i}.sqlite3'}"), runs)
    after = median_ms(lambda i: copy_sqlite(template, folder / f"c{i}.sqlite3"), runs)
    report("migrated SQLite database", before, after)


def postgres_pair(base: str, runs: int) -> None:
    script = postgres_schema_script(base)
    if script is None:
        print("PostgreSQL: pg_dump not found")
        return
    url = psycopg_url(base)
    admin = create_engine(url, poolclass=NullPool)

    @contextmanager
    def schema() -> Iterator[str]:
        name = f"bench_{uuid.uuid4().hex[:16]}"
        with admin.begin() as connection:
            connection.exec_driver_sql(f'CREATE SCHEMA "{name}"')
        try:
            yield name
        finally:
            with admin.begin() as connection:
                connection.exec_driver_sql(f'DROP SCHEMA "{name}" CASCADE')

    def migrated(_: int) -> None:
        with schema() as name:
            start = time.perf_counter()
            migrate(schema_url(url, name).render_as_string(hide_password=False))
            spent.append(time.perf_counter() - start)

    def built(_: int) -> None:
        with schema() as name:
            start = time.perf_counter()
            script.build(schema_url(url, name), name)
            spent.append(time.perf_counter() - start)

    medians = []
    for work in (migrated, built):
        spent: list[float] = []
        for run in range(runs):
            work(run)
        medians.append(statistics.median(spent) * 1000)
    admin.dispose()
    report("migrated PostgreSQL schema (CREATE/DROP SCHEMA apart)", *medians)


def server_pair(folder: Path, runs: int) -> None:
    users._hasher = PasswordHasher.from_parameters(profiles.CHEAPEST)
    seeded = folder / "seeded.sqlite3"
    workspace = Workspace(f"sqlite:///{seeded}")
    workspace.init()
    workspace.users.create(
        system_actor("bench"),
        users.UserSpec("editor", "editor", Role.EDITOR, "bench-password", ("某部门",), ()),
    )
    workspace.close()
    idle = create_app(f"sqlite:///{seeded}")

    def first_write(i: int, reuse: bool) -> None:
        url = f"sqlite:///{folder / f's{reuse}{i}.sqlite3'}"
        copy_sqlite(seeded, Path(url.removeprefix("sqlite:///")))
        app = idle if reuse else create_app(url)
        served = Workspace(url)
        app.state.workspace = served
        with TestClient(app) as client:
            login = {"login": "editor", "password": "bench-password"}
            csrf = client.post("/api/v1/auth/login", json=login).json()["csrf_token"]
            answer = client.post(
                "/api/v1/tokens", json={"name": "t"}, headers={"X-CSRF-Token": csrf}
            )
            assert answer.status_code == 201, answer.text
        served.close()

    before = median_ms(lambda i: first_write(i, reuse=False), runs)
    after = median_ms(lambda i: first_write(i, reuse=True), runs)
    report("fresh web server, sign-in and first write", before, after)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--pg", default=None, help="PostgreSQL URL (JIXIAO_TEST_PG_URL)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        sqlite_pair(Path(folder), args.runs)
        if args.pg:
            postgres_pair(args.pg, args.runs)
        server_pair(Path(folder), args.runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
