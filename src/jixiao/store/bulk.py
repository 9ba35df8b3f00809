"""Loading many department-years at once (a province, an archive): the rows ``save_document``
and the actuals repository would write, written by the database's fastest path.

A batch is one transaction, in the caller's session:

1. the years' partitions (PostgreSQL), and the registry rows (regions, departments) found or
   created, as ``save_document`` does;
2. the stored versions of the batch's documents deleted (their rows cascade), and, for the
   units that bring actuals, the actuals of their department-years: a unit replaces what it
   names, like ``save_document`` and ``replace_actuals``;
3. the parents' ids reserved (:mod:`jixiao.store.ids`) and every row built by the same
   encoders (:mod:`jixiao.store.rows`, :func:`jixiao.store.actuals.actuals_rows`);
4. each table's rows written in one go: ``COPY ... FROM STDIN`` on PostgreSQL, one
   ``executemany`` on SQLite (whose inserts are in-process already).

Failing anywhere rolls the whole batch back with the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final

from sqlalchemy import Connection, delete, select, tuple_
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from jixiao.domain.actuals import Actuals
from jixiao.domain.model import PerformanceDocument
from jixiao.store import ids
from jixiao.store.actuals import ACTUALS_TABLES, actuals_rows
from jixiao.store.partitions import ensure_year
from jixiao.store.registry import department_id, region_id
from jixiao.store.rows import TableRows, document_rows, merge, parent_counts
from jixiao.store.tables import Base, DocumentRow, table_of
from jixiao.store.writer import insert_into, insert_rows

DocumentKey = tuple[int, int, str, str]  # department id, fiscal year, kind, subject
# The tables a bulk load grows, whose planner statistics :func:`analyze` refreshes.
GROWING_TABLES: Final = (
    "performance_documents", "projects", "funding_executions", "indicators",
    "spending_records", "year_end_actuals",
)  # fmt: skip


@dataclass(frozen=True)
class Unit:
    """A department-year to store: its document and, if given, all its actuals."""

    document: PerformanceDocument
    actuals: Actuals | None = None


def analyze(session: Session) -> None:
    """Refresh the planner's statistics after a bulk load, in the session's transaction:
    without them PostgreSQL plans the set-based evaluation's joins as if the tables were empty
    (nested loops over millions), and SQLite picks its join order blind."""
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(f"ANALYZE {', '.join(GROWING_TABLES)}")
    else:
        for table in GROWING_TABLES:
            connection.exec_driver_sql(f"ANALYZE {table}")


def save_units(session: Session, units: Sequence[Unit]) -> int:
    """Store the units in the session's transaction; the number of rows written."""
    for year in sorted({unit.document.fiscal_year for unit in units}):
        ensure_year(session.connection(), year)
    departments = [department_id(session, unit.document.department) for unit in units]
    revisions = _delete_documents(session, units, departments)
    _delete_actuals(session, units, departments)
    rows = _rows(session, units, departments, revisions)
    write(session, rows)
    return sum(len(table_rows) for table_rows in rows.values())


def _key(unit: Unit, department: int) -> DocumentKey:
    doc = unit.document
    return (department, doc.fiscal_year, doc.kind.value, doc.subject)


def _delete_documents(
    session: Session, units: Sequence[Unit], departments: Sequence[int]
) -> dict[DocumentKey, int]:
    """Delete the stored versions of the batch's documents; their revisions by key."""
    keys = [_key(unit, department) for unit, department in zip(units, departments, strict=True)]
    columns = (DocumentRow.department_id, DocumentRow.fiscal_year, DocumentRow.kind)
    query = (
        select(*columns, DocumentRow.subject, DocumentRow.id, DocumentRow.revision)
        .where(tuple_(*columns).in_(sorted({key[:3] for key in keys})))
        .with_for_update()
    )
    wanted = set(keys)
    found = [row for row in session.execute(query) if tuple(row[:4]) in wanted]
    if found:
        statement = delete(DocumentRow).where(DocumentRow.id.in_([row.id for row in found]))
        session.execute(statement.execution_options(synchronize_session=False))
    return {(row[0], row[1], row[2], row[3]): int(row.revision) for row in found}


def _delete_actuals(session: Session, units: Sequence[Unit], departments: Sequence[int]) -> None:
    """The actuals of the department-years whose units bring actuals (they replace them)."""
    years = {
        (department, unit.document.fiscal_year)
        for unit, department in zip(units, departments, strict=True)
        if unit.actuals is not None
    }
    if not years:
        return
    for row_class in ACTUALS_TABLES:
        table = table_of(row_class)
        session.execute(
            delete(table).where(
                tuple_(table.c.department_id, table.c.fiscal_year).in_(sorted(years))
            )
        )


def _rows(
    session: Session,
    units: Sequence[Unit],
    departments: Sequence[int],
    revisions: dict[DocumentKey, int],
) -> TableRows:
    counts: dict[str, int] = {}
    for unit in units:
        for table, n in parent_counts(unit.document).items():
            counts[table] = counts.get(table, 0) + n
    reserved = ids.reserve(session.connection(), counts)
    saved_at = datetime.now(UTC)
    rows: TableRows = {}
    for unit, department in zip(units, departments, strict=True):
        doc = unit.document
        bureau = doc.finance_bureau
        merge(
            rows,
            document_rows(
                doc,
                reserved,
                department_id=department,
                finance_bureau_region_id=region_id(session, bureau.region) if bureau else None,
                revision=revisions.get(_key(unit, department), 0) + 1,
                saved_at=saved_at,
            ),
        )
        if unit.actuals is not None:
            merge(rows, actuals_rows(unit.actuals, department, doc.fiscal_year))
    return rows


def write(session: Session, rows: TableRows) -> None:
    """Write each table's rows (parents first): COPY on PostgreSQL, executemany elsewhere."""
    connection = session.connection()
    if connection.dialect.name != "postgresql":
        insert_rows(session, rows)
        return
    for name, table_rows in rows.items():
        if table_rows:
            _copy(connection, name, table_rows)


def _copy(connection: Connection, name: str, rows: list[dict[str, Any]]) -> None:
    """COPY the rows into the table, each value as its column type would bind it."""
    insert_into(name, rows)  # refuses a value without a column, as the INSERT path does
    table, dialect = Base.metadata.tables[name], connection.dialect
    columns = list(rows[0])
    processors = [table.c[c].type.dialect_impl(dialect).bind_processor(dialect) for c in columns]
    quoted = ", ".join(f'"{column}"' for column in columns)
    statement = f"COPY {name} ({quoted}) FROM STDIN"
    driver: Any = connection.connection.driver_connection  # psycopg's own connection
    try:
        with driver.cursor() as cursor, cursor.copy(statement) as copy:
            for row in rows:
                copy.write_row(
                    [
                        value if process is None or value is None else process(value)
                        for value, process in zip(row.values(), processors, strict=True)
                    ]
                )
    except dialect.loaded_dbapi.Error as error:
        # The driver's own error, wrapped as SQLAlchemy wraps it on every other path
        # (IntegrityError for a violated constraint, and so on).
        raise DBAPIError.instance(
            statement, None, error, dialect.loaded_dbapi.Error, dialect=dialect
        ) from error
