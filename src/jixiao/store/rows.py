"""A document's rows, every table's, with their ids: one encoding for every write path.

``save_document`` (one department-year) and the bulk loader (a province) both store a document
as the rows built here. Parent rows (the document, its goals, goal sections and projects) get
ids reserved in advance (:mod:`jixiao.store.ids`), so children can name their parent without a
round trip per level, and the rows of a table can go in one statement (or one COPY).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from jixiao.domain.model import Indicator, PerformanceDocument, Project, Traced
from jixiao.store import codec
from jixiao.store.tables import OWNER_COLUMNS

# The tables a document writes, parents before children (the order rows must go in).
DOCUMENT_TABLES = (
    "performance_documents",
    "department_goals",
    "goal_sections",
    "prose_sections",
    "projects",
    "spending_checkpoints",
    "funding_executions",
    "indicators",
)
# The tables whose ids children refer to: reserved before the rows are built.
PARENT_TABLES = ("performance_documents", "department_goals", "goal_sections", "projects")

TableRows = dict[str, list[codec.Values]]
Ids = Mapping[str, Iterator[int]]


def parent_counts(doc: PerformanceDocument) -> dict[str, int]:
    """How many ids of each parent table the document's rows need."""
    return {
        "performance_documents": 1,
        "department_goals": len(doc.department_goals),
        "goal_sections": len(doc.goal_sections),
        "projects": len(doc.projects),
    }


def document_rows(doc: PerformanceDocument, ids: Ids, **document_keys: Any) -> TableRows:
    """Every row of the document, by table, ids taken from ``ids``.

    ``document_keys`` go on the document row: department_id, finance_bureau_region_id,
    revision, saved_at.
    """
    document_id = next(ids["performance_documents"])
    rows: TableRows = {name: [] for name in DOCUMENT_TABLES}
    rows["performance_documents"].append(
        codec.document_values(doc, id=document_id, **document_keys)
    )
    indicators = _IndicatorRows(document_id, doc.fiscal_year)
    keys = {"document_id": document_id}
    goals = _positioned([codec.department_goal_values(g, **keys) for g in doc.department_goals])
    for goal, row in zip(doc.department_goals, goals, strict=True):
        row["id"] = next(ids["department_goals"])
        indicators.add(goal.indicators, "department_goal_id", row["id"])
    rows["department_goals"] = goals
    sections = _rows(doc.goal_sections, codec.GOAL_SECTION_FIELDS, **keys)
    for section, row in zip(doc.goal_sections, sections, strict=True):
        row["id"] = next(ids["goal_sections"])
        indicators.add(section.indicators, "goal_section_id", row["id"])
    rows["goal_sections"] = sections
    rows["prose_sections"] = _rows(doc.safeguards, codec.PROSE_SECTION_FIELDS, **keys)
    _project_rows(doc.projects, ids, indicators, keys, rows)
    rows["indicators"] = indicators.rows
    return rows


def _project_rows(
    projects: Sequence[Project],
    ids: Ids,
    indicators: _IndicatorRows,
    keys: codec.Values,
    rows: TableRows,
) -> None:
    """The projects', checkpoints' and funding rows; the indicators go to ``indicators``."""
    project_rows = _rows(projects, codec.PROJECT_FIELDS, **keys)
    for project, row in zip(projects, project_rows, strict=True):
        row["id"] = project_id = next(ids["projects"])
        indicators.add(project.indicators, "project_id", project_id)
        owner = {"project_id": project_id}
        rows["spending_checkpoints"] += _rows(
            project.spending_plan, codec.CHECKPOINT_FIELDS, **owner
        )
        rows["funding_executions"] += _rows(
            project.funding_execution, codec.FUNDING_EXECUTION_FIELDS, **owner
        )
    rows["projects"] = project_rows


class _IndicatorRows:
    """Collects indicator rows of every owner, all with the same keys (one bulk insert)."""

    def __init__(self, document_id: int, fiscal_year: int) -> None:
        self.keys = {"document_id": document_id, "fiscal_year": fiscal_year}
        self.rows: list[codec.Values] = []

    def add(self, indicators: Sequence[Indicator], owner_column: str, owner_id: int) -> None:
        owner = {column: owner_id if column == owner_column else None for column in OWNER_COLUMNS}
        rows = [codec.indicator_values(indicator, **self.keys, **owner) for indicator in indicators]
        self.rows.extend(_positioned(rows))


def _rows(items: Sequence[Traced], fields: Iterable[str], **keys: Any) -> list[codec.Values]:
    """The rows of a list of items with the same ``keys`` (its owner), in list order."""
    return _positioned([codec.fields_values(item, fields, **keys) for item in items])


def _positioned(rows: list[codec.Values]) -> list[codec.Values]:
    """The rows with their list position (lists keep their order)."""
    for position, row in enumerate(rows):
        row["position"] = position
    return rows


def merge(into: TableRows, rows: TableRows) -> None:
    """Append ``rows`` table by table (a batch of documents written together)."""
    for name, table_rows in rows.items():
        into.setdefault(name, []).extend(table_rows)
