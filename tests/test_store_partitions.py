"""Partitions by fiscal year (migration 0004, ``jixiao.store.partitions``): on PostgreSQL the
tables that grow with the country are partitioned by year, a year's partitions appear when its
first rows are written, queries of one year read one partition, and an upgrade keeps every row
and id. On SQLite the tables stay plain and everything works as before."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from jixiao.domain.actuals import Actuals, IndicatorRef, SpendingRecord, YearEndActual
from jixiao.domain.model import PerformanceDocument
from jixiao.store import db
from jixiao.store.actuals import add_actuals, department_id_of
from jixiao.store.partitions import (
    PARTITIONED_TABLES,
    default_partition_name,
    ensure_year,
    partition_name,
    partitions,
)
from jixiao.store.tables import Base
from store_support import load_document, save_document

MakeDocument = Callable[..., PerformanceDocument]
DEPARTMENT = "某市教育局"  # conftest's sample documents


@pytest.fixture
def pg_engine(engine: Engine) -> Engine:
    """The migrated database, PostgreSQL only: SQLite has no partitions to look at."""
    if engine.dialect.name != "postgresql":
        pytest.skip("partitions exist on PostgreSQL only; on SQLite the tables are plain")
    return engine


def partitions_of(engine: Engine) -> dict[str, list[str]]:
    with engine.connect() as connection:
        return partitions(connection)


def homes(connection: Connection, table: str, fiscal_year: int) -> list[str]:
    """The partitions the table's rows of the year are stored in."""
    query = f"SELECT DISTINCT tableoid::regclass::text FROM {table} WHERE fiscal_year = :year"
    return sorted(connection.scalars(text(query), {"year": fiscal_year}))


def sample_actuals(fiscal_year: int) -> Actuals:
    return Actuals(
        spending=[
            SpendingRecord(date=date(fiscal_year, 3, 1), amount=Decimal("1.5"), project="某项目"),
            SpendingRecord(date=date(fiscal_year, 6, 1), amount=Decimal("2")),
        ],
        year_end=[
            YearEndActual(
                ref=IndicatorRef(project="某项目", indicator="培训人次"), value=Decimal("120")
            )
        ],
    )


def store_year(engine: Engine, document: PerformanceDocument) -> None:
    """The document and a few actuals of its year."""
    save_document(engine, document)
    with Session(engine) as session, session.begin():
        department = department_id_of(session, DEPARTMENT)
        add_actuals(session, department, document.fiscal_year, sample_actuals(document.fiscal_year))


# --- PostgreSQL: the partitions ------------------------------------------------------------------


def test_the_growing_tables_are_partitioned_by_fiscal_year_on_postgresql(
    pg_engine: Engine,
) -> None:
    query = text(
        "SELECT c.relname, p.partstrat, a.attname FROM pg_partitioned_table p"
        " JOIN pg_class c ON c.oid = p.partrelid"
        " JOIN pg_attribute a ON a.attrelid = p.partrelid AND a.attnum = p.partattrs[0]"
        " WHERE c.relnamespace = current_schema()::regnamespace ORDER BY c.relname"
    )
    with pg_engine.connect() as connection:
        found = connection.execute(query).all()
        assert sorted(found) == sorted((t, "l", "fiscal_year") for t in PARTITIONED_TABLES)
        keys = text(
            "SELECT array_agg(a.attname ORDER BY a.attname) FROM pg_index i"
            " JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)"
            " WHERE i.indrelid = to_regclass(:table) AND i.indisprimary"
        )
        for table in PARTITIONED_TABLES:
            assert connection.scalar(keys, {"table": table}) == ["fiscal_year", "id"]
    assert partitions_of(pg_engine) == {t: [default_partition_name(t)] for t in PARTITIONED_TABLES}


def test_saving_a_document_of_a_new_year_creates_its_partitions_and_its_rows_land_there(
    pg_engine: Engine, make_document: MakeDocument
) -> None:
    store_year(pg_engine, make_document(fiscal_year=2031))
    for table, names in partitions_of(pg_engine).items():
        assert names == sorted([default_partition_name(table), partition_name(table, 2031)])
    with pg_engine.connect() as connection:
        assert homes(connection, "indicators", 2031) == ["indicators_y2031"]
        assert homes(connection, "spending_records", 2031) == ["spending_records_y2031"]
        assert homes(connection, "year_end_actuals", 2031) == ["year_end_actuals_y2031"]
    assert load_document(pg_engine, DEPARTMENT, 2031) == make_document(fiscal_year=2031)


def test_a_query_of_one_year_reads_only_that_years_partition(
    pg_engine: Engine, make_document: MakeDocument
) -> None:
    for year in (2024, 2025):
        store_year(pg_engine, make_document(fiscal_year=year))
    with pg_engine.connect() as connection:
        plan = "\n".join(
            connection.scalars(text("EXPLAIN SELECT * FROM indicators WHERE fiscal_year = 2024"))
        )
    assert "indicators_y2024" in plan
    assert "indicators_y2025" not in plan and "indicators_default" not in plan


def test_rows_in_the_default_partition_move_when_their_years_partition_is_ensured(
    pg_engine: Engine,
) -> None:
    with pg_engine.begin() as connection:
        connection.execute(text("INSERT INTO departments (name) VALUES ('某局')"))
        connection.execute(
            text(
                "INSERT INTO spending_records (department_id, fiscal_year, date, amount)"
                " SELECT id, 2040, DATE '2040-01-02', '1.00' FROM departments"
            )
        )
        ids = connection.scalars(text("SELECT id FROM spending_records")).all()
        assert homes(connection, "spending_records", 2040) == ["spending_records_default"]
    with pg_engine.begin() as connection:
        ensure_year(connection, 2040)
        assert homes(connection, "spending_records", 2040) == ["spending_records_y2040"]
        assert connection.scalars(text("SELECT id FROM spending_records")).all() == ids
        assert connection.scalar(text("SELECT count(*) FROM spending_records_default")) == 0
    # The attached partition has the parent's keys: the department's deletion cascades to it.
    with pg_engine.begin() as connection:
        connection.execute(text("DELETE FROM departments"))
        assert connection.scalar(text("SELECT count(*) FROM spending_records_y2040")) == 0


def test_ensuring_a_year_twice_is_a_no_op_that_takes_no_lock(pg_engine: Engine) -> None:
    with pg_engine.begin() as connection:
        ensure_year(connection, 2050)
        ensure_year(connection, 2050)
    made = partitions_of(pg_engine)
    advisory = text(
        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()"
    )
    with pg_engine.begin() as connection:
        ensure_year(connection, 2050)
        assert connection.scalar(advisory) == 0
    assert partitions_of(pg_engine) == made
    assert all(partition_name(table, 2050) in made[table] for table in PARTITIONED_TABLES)


def test_two_connections_ensuring_the_same_new_year_at_once_both_succeed(
    pg_engine: Engine,
) -> None:
    failures: list[BaseException] = []

    def second_writer() -> None:
        try:
            with pg_engine.begin() as connection:
                ensure_year(connection, 2060)
        except BaseException as exc:  # reported by the main thread
            failures.append(exc)

    with pg_engine.begin() as first:
        ensure_year(first, 2060)  # holds the year's lock until commit
        second = threading.Thread(target=second_writer)
        second.start()
        time.sleep(0.5)
        assert second.is_alive()  # waiting for the first writer's lock
    second.join(timeout=30)
    assert not second.is_alive() and failures == []
    assert partition_name("indicators", 2060) in partitions_of(pg_engine)["indicators"]


def test_a_failed_write_takes_the_new_years_partitions_with_it(pg_engine: Engine) -> None:
    with pytest.raises(RuntimeError), pg_engine.begin() as connection:
        ensure_year(connection, 2070)
        raise RuntimeError("the writer fails after ensuring the year")
    assert all(
        partition_name(table, 2070) not in names
        for table, names in partitions_of(pg_engine).items()
    )


# --- both databases ------------------------------------------------------------------------------


# Columns later revisions add to the tables of revision 0003 (0006: each indicator's cost stem).
ADDED_AFTER_0003 = {
    ("indicators", "cost_stem"),
    ("indicators", "target_placeholder"),  # 0007
    ("performance_documents", "performance_disclosure"),  # 0007
    ("performance_documents", "department_evaluation"),  # 0010
    ("performance_documents", "income_fiscal_appropriation"),  # 0011
}


# Tables later revisions add (0004: the stored reviews; 0008: workflow, versions, audit log;
# 0009: users).
TABLES_AFTER_0003 = {
    "review_findings",
    "workflow_records",
    "workflow_events",
    "finding_notes",
    "approved_versions",
    "audit_log",
    "audit_head",
    "users",  # 0009: accounts, sessions, API tokens, failed logins
    "user_sessions",
    "api_tokens",
    "login_failures",
}


def snapshot(engine: Engine) -> dict[str, list[Any]]:
    """Every row of every table of revision 0003, by id, in the columns it had."""
    tables = [t for t in Base.metadata.sorted_tables if t.name not in TABLES_AFTER_0003]
    with engine.connect() as connection:
        return {
            table.name: [
                tuple(row)
                for row in connection.execute(
                    select(*(c for c in table.c if (table.name, c.name) not in ADDED_AFTER_0003))
                    .select_from(table)
                    .order_by(table.c.id)
                )
            ]
            for table in tables
        }


def test_upgrading_a_0003_database_keeps_every_row_and_id_and_so_does_downgrading(
    bare_engine: Engine, make_document: MakeDocument
) -> None:
    # A database at 0003 with two years of documents and actuals: written by today's code,
    # which writes columns 0003 does not have, then carried down.
    db.upgrade(bare_engine)
    for year in (2023, 2024):
        store_year(bare_engine, make_document(fiscal_year=year))
    db.downgrade(bare_engine, "0003")
    assert db.current_revision(bare_engine) == "0003"
    before = snapshot(bare_engine)
    assert len(before["indicators"]) > 0 and len(before["spending_records"]) == 4
    db.upgrade(bare_engine)
    assert snapshot(bare_engine) == before
    if bare_engine.dialect.name == "postgresql":
        assert partitions_of(bare_engine)["indicators"] == [
            "indicators_default",
            "indicators_y2023",
            "indicators_y2024",
        ]
        with bare_engine.connect() as connection:
            assert homes(connection, "indicators", 2023) == ["indicators_y2023"]
    db.downgrade(bare_engine, "0003")
    assert partitions_of(bare_engine) == {}
    assert snapshot(bare_engine) == before
    db.upgrade(bare_engine)
    assert snapshot(bare_engine) == before
    # Ids go on from where they were: the sequences (SQLite: the high-water marks) survived.
    save_document(bare_engine, make_document(fiscal_year=2025))
    after = snapshot(bare_engine)
    for table in ("performance_documents", "indicators"):
        old_ids = {row[0] for row in before[table]}
        new_ids = {row[0] for row in after[table]} - old_ids
        assert new_ids and min(new_ids) > max(old_ids)
    # what 0007 added (placeholders, the disclosure) and 0011 (the stated 财政拨款 sum) did not
    # survive the trip below them
    expected = make_document(fiscal_year=2023).model_copy(update={"performance_disclosure": None})
    expected.budget.income.fiscal_appropriation = None
    for _, indicator in expected.all_indicators():
        indicator.target_placeholder = None
    assert load_document(bare_engine, DEPARTMENT, 2023) == expected


def test_an_indicator_position_is_still_unique_per_project_and_year(
    engine: Engine, make_document: MakeDocument
) -> None:
    save_document(engine, make_document())
    duplicate = text(
        "INSERT INTO indicators (document_id, fiscal_year, project_id, position, name, provenance)"
        " SELECT document_id, fiscal_year, project_id, position, '重复', provenance"
        " FROM indicators WHERE project_id IS NOT NULL AND position = 0"
    )
    with pytest.raises(IntegrityError) as caught, engine.begin() as connection:
        connection.execute(duplicate)
    # SQLite names the columns, PostgreSQL the partition's copy of the constraint.
    assert "project_id" in str(caught.value) and "fiscal_year" in str(caught.value)


def test_on_sqlite_ensure_year_does_nothing_and_the_store_works_as_before(
    engine: Engine, make_document: MakeDocument
) -> None:
    if engine.dialect.name != "sqlite":
        pytest.skip("the SQLite behaviour; PostgreSQL's is tested above")
    with engine.begin() as connection:
        tables = set(connection.scalars(text("SELECT name FROM sqlite_master")))
        ensure_year(connection, 2031)
        assert set(connection.scalars(text("SELECT name FROM sqlite_master"))) == tables
        assert partitions(connection) == {}
    for year in (2023, 2031):
        store_year(engine, make_document(fiscal_year=year))
    assert load_document(engine, DEPARTMENT, 2031) == make_document(fiscal_year=2031)
