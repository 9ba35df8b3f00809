"""Ids reserved in advance for the rows that other rows name (documents, goals, projects).

With the ids known before the rows are written, a document's rows are built in one go and
each table's rows go in one statement, or one ``COPY`` when loading in bulk.

* PostgreSQL: the table's own sequence, ``nextval`` n times in one statement, so concurrent
  writers never collide (what a serial column's default would have done, row by row).
* SQLite: one writer at a time. A write statement first takes the database's write lock, held
  to the end of the transaction; then the next ids are those after the highest ever given
  (``sqlite_sequence``, kept by AUTOINCREMENT, or the highest id present).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from sqlalchemy import Connection, text


def reserve(connection: Connection, counts: Mapping[str, int]) -> dict[str, Iterator[int]]:
    """``counts[table]`` new ids of each table, as iterators, in ascending order."""
    reserve_in = _postgresql if connection.dialect.name == "postgresql" else _sqlite
    return {table: iter(reserve_in(connection, table, n)) for table, n in counts.items()}


def _postgresql(connection: Connection, table: str, count: int) -> list[int]:
    if count == 0:
        return []
    statement = text(
        "SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :count)"
    )
    return sorted(connection.scalars(statement, {"table": table, "count": count}))


def _sqlite(connection: Connection, table: str, count: int) -> list[int]:
    if count == 0:
        return []
    # Any write statement takes the write lock (even one that changes nothing), so no other
    # connection can insert between reading the highest id and inserting ours.
    connection.execute(text("UPDATE sqlite_sequence SET seq = seq WHERE name = :t"), {"t": table})
    highest = connection.scalar(
        text(
            "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = :t), 0),"
            f" coalesce((SELECT max(id) FROM {table}), 0))"  # table: one of ours, not input
        ),
        {"t": table},
    )
    start = int(highest or 0) + 1
    return list(range(start, start + count))
