"""Column types that keep values exact on both SQLite and PostgreSQL.

Money and percentages are ``Decimal`` and must come back with the same digits and scale
(``0.80`` stays ``0.80``). PostgreSQL's unconstrained ``NUMERIC`` does that. SQLite has no
decimal type: a ``NUMERIC`` column there has numeric affinity and turns ``88.29`` into a
float, so on SQLite the exact decimal text is stored instead (``str(Decimal)``, which
``Decimal()`` reads back identically). Consequence: on SQLite, compare or sum such columns
in SQL only after ``CAST``; the application does its arithmetic in Python anyway.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, DateTime, Dialect, Numeric, String
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.types import TypeDecorator, TypeEngine


class ExactDecimal(TypeDecorator[Decimal]):
    """An exact decimal: ``NUMERIC`` on PostgreSQL, decimal text on SQLite."""

    impl = Numeric
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(String())
        # Unconstrained NUMERIC (no precision, no scale) keeps the scale of each value.
        return dialect.type_descriptor(Numeric(asdecimal=True))

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if not isinstance(value, Decimal):
            raise TypeError(f"ExactDecimal expects Decimal, got {type(value).__name__}")
        return str(value) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return value if isinstance(value, Decimal) else Decimal(str(value))


class UtcDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC timestamp on both databases (SQLite stores it naive)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("UtcDateTime expects a timezone-aware datetime")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)  # type: ignore[no-any-return]
        return value.astimezone(UTC)  # type: ignore[no-any-return]


# JSON everywhere; JSONB on PostgreSQL so the documents can be queried and indexed there.
JsonData = JSON().with_variant(JSONB(), "postgresql")
