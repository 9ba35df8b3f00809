"""Year-end actuals looked up by indicator.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26

The set-based evaluation reads each project indicator's year-end actual by department, year,
project and indicator. On SQLite, whose joins are index look-ups, an index on (department,
year) alone made that a scan of the department-year's actuals for every indicator (1.6 million
times 126 rows for a province). The new index leads with the same two columns, so it serves the
department-year look-ups too, and replaces that one. On PostgreSQL it is made on every partition.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TABLE = "year_end_actuals"
_BY_INDICATOR = ("department_id", "fiscal_year", "project", "indicator")


def upgrade() -> None:
    op.create_index(f"ix_{_TABLE}_indicator", _TABLE, list(_BY_INDICATOR))
    op.drop_index(f"ix_{_TABLE}_department_year", table_name=_TABLE)


def downgrade() -> None:
    op.create_index(f"ix_{_TABLE}_department_year", _TABLE, ["department_id", "fiscal_year"])
    op.drop_index(f"ix_{_TABLE}_indicator", table_name=_TABLE)
