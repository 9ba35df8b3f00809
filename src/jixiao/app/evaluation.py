"""Use case: the year-end self-evaluation (自评) of a stored department-year: a score sheet
per project and one for the department as a whole, against the actuals of a table or of the
database."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from jixiao.app import actuals, documents
from jixiao.app.uow import Database
from jixiao.domain.access import Actor
from jixiao.domain.scoring import ScoreSheet, evaluate_department, evaluate_project, scoring_profile


@dataclass(frozen=True)
class Evaluation:
    profile: str
    sheets: tuple[ScoreSheet, ...]  # the projects' in document order, then the department's


def evaluate(
    database: Database,
    department: str,
    fiscal_year: int | None = None,
    profile: str = "default",
    actuals_file: Path | None = None,
    *,
    actor: Actor | None = None,
) -> Evaluation:
    """Score the department-year (``fiscal_year`` None: the latest) with the named profile."""
    chosen = scoring_profile(profile)
    document = documents.document(database, department, fiscal_year, actor=actor)
    records = actuals.for_document(database, document, actuals_file, actor=actor)
    sheets = [evaluate_project(p, records, chosen) for p in document.projects]
    sheets.append(evaluate_department(document, records, chosen))
    return Evaluation(chosen.name, tuple(sheets))
