"""What the storage API returns besides documents: save results and list summaries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from jixiao.domain.model import DocumentKind, PerformanceDocument


@dataclass(frozen=True)
class DocumentCounts:
    """How many rows of each kind a document has."""

    department_goals: int
    goal_sections: int
    safeguards: int
    projects: int
    spending_checkpoints: int
    funding_executions: int
    indicators: int

    @classmethod
    def of(cls, doc: PerformanceDocument) -> DocumentCounts:
        return cls(
            department_goals=len(doc.department_goals),
            goal_sections=len(doc.goal_sections),
            safeguards=len(doc.safeguards),
            projects=len(doc.projects),
            spending_checkpoints=sum(len(project.spending_plan) for project in doc.projects),
            funding_executions=sum(len(project.funding_execution) for project in doc.projects),
            indicators=sum(1 for _ in doc.all_indicators()),
        )


@dataclass(frozen=True)
class SaveResult:
    document_id: int
    department: str
    region: str | None
    fiscal_year: int
    kind: DocumentKind
    subject: str  # the project of a project-level form, else ""
    revision: int  # 1 for the first save of the document, +1 for each replacement
    replaced: bool  # an earlier version of the document was replaced
    counts: DocumentCounts
    version: int = 0  # the workflow version after the save (optimistic concurrency)

    @property
    def indicators(self) -> int:
        return self.counts.indicators


@dataclass(frozen=True)
class DocumentSummary:
    department: str
    region: str | None
    fiscal_year: int
    kind: DocumentKind
    subject: str  # the project of a project-level form, else ""
    revision: int
    goals: int  # department goals (年度整体支出目标)
    goal_sections: int
    projects: int
    indicators: int
    saved_at: datetime
