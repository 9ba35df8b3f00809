"""Reading a published document without a database: the use case of ``jixiao parse``.

Apart from :mod:`jixiao.app.documents` (which re-exports it), whose other use cases store
documents: reading one loads neither SQLAlchemy nor the store.
"""

from __future__ import annotations

from pathlib import Path

from jixiao.app.deadline import within_budget
from jixiao.domain.model import PerformanceDocument
from jixiao.ingest.pipeline import parse_file
from jixiao.ingest.report import ImportReport
from jixiao.ingest.report import ItemKind as ItemKind  # the kinds of the report's items
from jixiao.interchange import dump_document as dump_document  # the document's canonical JSON


def parse(path: Path) -> tuple[PerformanceDocument, ImportReport]:
    """Read and parse a published document (text, PDF, scan, Excel) without storing it,
    within the wall-clock budget (:mod:`jixiao.app.deadline`)."""
    return within_budget(path, parse_file)
