"""Writing a document's rows: replace the stored version, then insert the new rows.

Inserts go through Core ``executemany`` with plain dicts, not through ORM objects: there will
be millions of indicators. The rows are built by :mod:`jixiao.store.rows` with ids reserved
in advance (:mod:`jixiao.store.ids`), so every table's rows go in one statement.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Insert, delete, insert, select
from sqlalchemy.orm import Session

from jixiao.domain.model import PerformanceDocument
from jixiao.store import codec, ids
from jixiao.store.partitions import ensure_year
from jixiao.store.registry import department_id, region_id, register_regions
from jixiao.store.rows import TableRows, document_rows, parent_counts
from jixiao.store.tables import Base, DocumentRow


def replace_document(session: Session, doc: PerformanceDocument) -> tuple[int, int | None]:
    """Store the document in place of the stored one of its department-year, kind and subject.

    Returns (new id, replaced revision or None).
    """
    # First, before any row lock: creating a new year's partitions locks the parent tables.
    ensure_year(session.connection(), doc.fiscal_year)
    bureau = doc.finance_bureau.region if doc.finance_bureau else None
    register_regions(session, [doc.department.region, bureau])
    department = department_id(session, doc.department)
    bureau_region = region_id(session, bureau)
    previous = _delete_previous(session, department, doc)
    rows = document_rows(
        doc,
        ids.reserve(session.connection(), parent_counts(doc)),
        department_id=department,
        finance_bureau_region_id=bureau_region,
        revision=1 if previous is None else previous + 1,
        saved_at=datetime.now(UTC),
    )
    insert_rows(session, rows)
    return rows["performance_documents"][0]["id"], previous


def _delete_previous(session: Session, department: int, doc: PerformanceDocument) -> int | None:
    """Delete the stored version of the document (children cascade); its revision."""
    query = (
        select(DocumentRow.id, DocumentRow.revision)
        .where(
            DocumentRow.department_id == department,
            DocumentRow.fiscal_year == doc.fiscal_year,
            DocumentRow.kind == doc.kind.value,
            DocumentRow.subject == doc.subject,
        )
        .with_for_update()  # PostgreSQL: concurrent saves of one document queue here
    )
    found = session.execute(query).one_or_none()
    if found is None:
        return None
    delete_document_row(session, found.id)
    return int(found.revision)


def delete_document_row(session: Session, document_id: int) -> None:
    """Delete a document; the database cascades to all its parts."""
    statement = delete(DocumentRow).where(DocumentRow.id == document_id)
    session.execute(statement.execution_options(synchronize_session=False))


def insert_rows(session: Session, rows: TableRows) -> None:
    """Insert rows table by table, in the order given (parents first)."""
    for name, table_rows in rows.items():
        if table_rows:
            session.execute(insert_into(name, table_rows), table_rows)


def insert_into(name: str, rows: list[codec.Values]) -> Insert:
    """The INSERT of the rows, which all have the same keys (one codec function made them).

    A value without a column is refused: the executor would drop it silently, and a model
    field the schema lacks would be lost on every save.
    """
    table = Base.metadata.tables[name]
    missing = rows[0].keys() - table.c.keys()
    if missing:
        raise RuntimeError(f"table {table.name} has no column for {sorted(missing)}")
    return insert(table)
