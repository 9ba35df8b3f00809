"""Storage adapter: documents in SQLite or PostgreSQL (SQLAlchemy 2, Alembic migrations).

Every function takes a session and joins its transaction; the application layer
(:mod:`jixiao.app`) opens and commits it, one unit of work per use case::

    with transaction(engine) as session:   # jixiao.app.uow
        result = save_document(session, doc)   # replaces the stored version, revision + 1
        doc = load_document(session, "某某局", 2024)
        form = load_document(session, "某某局", 2024, kind=DocumentKind.PROJECT_MONITORING,
                             project="某某项目")  # one form per project and kind

A document is identified by department, fiscal year, kind and subject (the project's name for
a project-level form).
"""

from jixiao.errors import AmbiguousNameError, NotFoundError, SchemaRevisionError, StoreError

# The accounts tables join the schema (Base.metadata) whenever the store is imported.
from jixiao.store import user_tables  # noqa: F401
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
