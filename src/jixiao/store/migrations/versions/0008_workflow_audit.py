"""The workflow of documents, their approved versions and the hash-chained audit log.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05

``workflow_records``: one row per subject of a document (its declaration 申报, a monitoring
round 监控 "1-6月", its self-evaluation 自评), keyed by the document's names like
``review_findings``: state, version (optimistic concurrency), whether an adjustment (调整申请)
is open, the last editor (separation of duties). ``workflow_events``: every transition with
the reasons of a return. ``finding_notes``: submitters' explanations of findings and
reviewers' comments. ``approved_versions``: every approved version, whole, as canonical JSON.
``audit_log`` and ``audit_head``: the hash chain of every write and its head (one row,
created here with the genesis hash, locked by each appender).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from jixiao.store.types import UtcDateTime

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")
_NO_ID_REUSE = {"sqlite_autoincrement": True}
GENESIS = "0" * 64  # frozen copy of jixiao.domain.audit.GENESIS


def _workflow_fk(table: str) -> sa.Column[int]:
    return sa.Column(
        "workflow_id",
        sa.Integer(),
        sa.ForeignKey(
            "workflow_records.id",
            name=f"fk_{table}_workflow_id_workflow_records",
            ondelete="CASCADE",
        ),
        nullable=False,
    )


def upgrade() -> None:
    op.create_table(
        "workflow_records",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "department_id",
            sa.Integer(),
            sa.ForeignKey(
                "departments.id",
                name="fk_workflow_records_department_id_departments",
                ondelete="CASCADE",
            ),
            nullable=False,
        ),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(50), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("stage", sa.String(20), nullable=False),
        sa.Column("round", sa.Text(), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("adjusting", sa.Boolean(), nullable=False),
        sa.Column("last_editor", sa.Text(), nullable=True),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_workflow_records"),
        sa.UniqueConstraint(
            "department_id",
            "fiscal_year",
            "kind",
            "subject",
            "stage",
            "round",
            name="uq_workflow_records_key",
        ),
        **_NO_ID_REUSE,
    )
    op.create_table(
        "workflow_events",
        sa.Column("id", sa.Integer(), primary_key=True),
        _workflow_fk("workflow_events"),
        sa.Column("at", UtcDateTime(), nullable=False),
        sa.Column("actor", sa.Text(), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("action", sa.String(30), nullable=False),
        sa.Column("from_state", sa.String(20), nullable=False),
        sa.Column("to_state", sa.String(20), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("reasons", _JSON, nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_workflow_events"),
        **_NO_ID_REUSE,
    )
    op.create_index("ix_workflow_events_workflow_id", "workflow_events", ["workflow_id"])
    op.create_table(
        "finding_notes",
        sa.Column("id", sa.Integer(), primary_key=True),
        _workflow_fk("finding_notes"),
        sa.Column("finding_key", sa.Text(), nullable=False),
        sa.Column("note_kind", sa.String(20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("author", sa.Text(), nullable=False),
        sa.Column("at", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_finding_notes"),
        sa.UniqueConstraint(
            "workflow_id",
            "finding_key",
            "note_kind",
            name="uq_finding_notes_workflow_id_finding_key_note_kind",
        ),
        **_NO_ID_REUSE,
    )
    op.create_table(
        "approved_versions",
        sa.Column("id", sa.Integer(), primary_key=True),
        _workflow_fk("approved_versions"),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("approved_at", UtcDateTime(), nullable=False),
        sa.Column("approved_by", sa.Text(), nullable=False),
        sa.Column("published_at", UtcDateTime(), nullable=True),
        sa.Column("published_by", sa.Text(), nullable=True),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.Column("digest", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_approved_versions"),
        sa.UniqueConstraint(
            "workflow_id", "number", name="uq_approved_versions_workflow_id_number"
        ),
        **_NO_ID_REUSE,
    )
    op.create_table(
        "audit_log",
        sa.Column("number", sa.Integer(), autoincrement=False),
        sa.Column("at", UtcDateTime(), nullable=False),
        sa.Column("actor", sa.Text(), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("before_digest", sa.String(64), nullable=True),
        sa.Column("after_digest", sa.String(64), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("number", name="pk_audit_log"),
    )
    head = op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), autoincrement=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_audit_head"),
    )
    op.bulk_insert(head, [{"id": 1, "number": 0, "hash": GENESIS}])


def downgrade() -> None:
    op.drop_table("audit_head")
    op.drop_table("audit_log")
    op.drop_table("approved_versions")
    op.drop_table("finding_notes")
    op.drop_index("ix_workflow_events_workflow_id", table_name="workflow_events")
    op.drop_table("workflow_events")
    op.drop_table("workflow_records")
