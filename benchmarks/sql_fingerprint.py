"""A fingerprint of the set-based SQL: the evaluation and monitoring statements compiled with
literal parameters for PostgreSQL and SQLite, hashed.

Two commits with the same fingerprint run the same statements, so a refactoring around them
cannot have changed their cost; run it on both (the other one from ``git archive`` on
``PYTHONPATH``)::

    .venv/bin/python benchmarks/sql_fingerprint.py
"""

from __future__ import annotations

import hashlib
from datetime import date

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Dialect

from jixiao.domain.monitoring import monitoring_profile
from jixiao.domain.scoring import scoring_profile
from jixiao.store.evaluation_sql import evaluation_statement
from jixiao.store.monitoring_sql import monitoring_statement

PAIRS = [("接待费", "接待费"), ("会议费", "会议")]


def statements() -> list[str]:
    dialects: list[tuple[str, Dialect]] = [
        ("postgresql", postgresql.dialect()),  # type: ignore[no-untyped-call]
        ("sqlite", sqlite.dialect()),
    ]
    compiled = []
    literal = {"literal_binds": True}
    for name, dialect in dialects:
        for profile in ("default", "hebei", "sichuan"):
            for shard in (None, (1, 2)):
                query = evaluation_statement(2024, scoring_profile(profile), "99", shard, PAIRS)
                compiled.append(str(query.compile(dialect=dialect, compile_kwargs=literal)))
        for profile in ("default", "strict"):
            as_of = date(2024, 6, 30)
            query = monitoring_statement(
                name, 2024, as_of, monitoring_profile(profile), "99", PAIRS
            )
            compiled.append(str(query.compile(dialect=dialect, compile_kwargs=literal)))
    return compiled


def main() -> None:
    compiled = statements()
    digest = hashlib.sha256("\n".join(compiled).encode()).hexdigest()
    print(f"{len(compiled)} statements, sha256 {digest}")


if __name__ == "__main__":
    main()
