"""Storage adapter: documents in SQLite or PostgreSQL (SQLAlchemy 2, Alembic migrations).

Typical use::

    engine = init_db()                     # or open_db() to refuse an outdated schema
    result = save_document(engine, doc)    # replaces the stored version, revision + 1
    doc = load_document(engine, "某某局", 2024)
    form = load_document(engine, "某某局", 2024, kind=DocumentKind.PROJECT_MONITORING,
                         project="某某项目")  # one form per project and kind

A document is identified by department, fiscal year, kind and subject (the project's name for
a project-level form).
"""

from jixiao.errors import AmbiguousNameError, NotFoundError, SchemaRevisionError, StoreError
from jixiao.store.db import (
    create_engine_for,
    current_revision,
    downgrade,
    ensure_current,
    head_revision,
    init_db,
    open_db,
    resolve_url,
    upgrade,
)
from jixiao.store.repository import (
    DocumentCounts,
    DocumentSummary,
    SaveResult,
    delete_document,
    list_documents,
    load_document,
    save_document,
)

__all__ = [
    "AmbiguousNameError",
    "DocumentCounts",
    "DocumentSummary",
    "NotFoundError",
    "SaveResult",
    "SchemaRevisionError",
    "StoreError",
    "create_engine_for",
    "current_revision",
    "delete_document",
    "downgrade",
    "ensure_current",
    "head_revision",
    "init_db",
    "list_documents",
    "load_document",
    "open_db",
    "resolve_url",
    "save_document",
    "upgrade",
]
