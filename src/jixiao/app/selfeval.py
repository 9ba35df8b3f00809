"""Use cases of the self-evaluation page: the score sheets with values being entered (not yet
stored, so the scores follow the typing), storing them, and the official forms to download.

Access: the department's readers see the sheets and forms (the check of ``app.resources``),
its editors store values (``resources.record``: year-end actuals, one transaction).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from pydantic import ValidationError

from jixiao.app import documents, reports, resources, workflow
from jixiao.app.uow import Database
from jixiao.domain.access import Actor
from jixiao.domain.actuals import Actuals, IndicatorRef, YearEndActual
from jixiao.domain.model import AchievementLevel
from jixiao.domain.scoring import ScoreSheet, evaluate_department, evaluate_project, scoring_profile
from jixiao.domain.workflow import Stage, State
from jixiao.errors import InputError

_NUMBER = re.compile(r"^\s*([+-]?\d+(?:\.\d+)?)\s*(\S*)\s*$")
_LEVELS = {
    "达成": AchievementLevel.ACHIEVED,
    "部分达成": AchievementLevel.PARTIAL,
    "未达成": AchievementLevel.NOT_ACHIEVED,
}

Entered = Mapping[tuple[str, str], str]  # (project, indicator) → the value as typed


@dataclass(frozen=True)
class SelfEvaluation:
    sheets: tuple[ScoreSheet, ...]  # the projects' in document order, then the department's
    problems: dict[tuple[str, str], str]  # values that could not be read, by place
    projects: tuple[str, ...] = ()  # the projects' names, in the order of their sheets
    stored: dict[tuple[str, str], str] = field(default_factory=dict)  # year-end values stored

    @property
    def project_sheets(self) -> list[tuple[str, ScoreSheet]]:
        return list(zip(self.projects, self.sheets, strict=False))


def sheets(
    database: Database,
    actor: Actor,
    department: str,
    fiscal_year: int,
    entered: Entered,
    profile: str = "default",
) -> SelfEvaluation:
    """The score sheets against the stored actuals and the values entered on the page."""
    document = documents.document(database, department, fiscal_year, actor=actor)
    stored = resources.stored_actuals(database, actor, department, fiscal_year)
    typed, problems = _year_end(entered)
    records = stored.model_copy(update={"year_end": [*_others(stored, typed), *typed]})
    chosen = scoring_profile(profile)
    result = [evaluate_project(p, records, chosen) for p in document.projects]
    result.append(evaluate_department(document, records, chosen))
    shown = {(y.ref.project or "", y.ref.indicator): y.shown for y in stored.year_end}
    names = tuple(p.name for p in document.projects)
    return SelfEvaluation(tuple(result), problems, names, shown)


def store(
    database: Database, actor: Actor, department: str, fiscal_year: int, entered: Entered
) -> int:
    """Store the entered values as year-end actuals (all or nothing); how many. Only while
    the self-evaluation may be edited (a draft, or returned): once submitted, the values
    the reviewer sees stay as they were submitted (:mod:`jixiao.app.actuals` refuses them,
    whoever writes)."""
    typed, problems = _year_end(entered)
    if problems:
        (project, indicator), reason = next(iter(problems.items()))
        raise InputError(f"项目“{project}”指标“{indicator}”:{reason}")
    resources.record(database, actor, department, fiscal_year, Actuals(year_end=typed))
    return len(typed)


def editable(database: Database, actor: Actor, department: str, fiscal_year: int) -> bool:
    """Whether the self-evaluation is a draft or returned (its values may change)."""
    ref = workflow.SubjectRef(department, fiscal_year, stage=Stage.SELF_EVALUATION)
    state = workflow.status(database, ref, actor=actor).status.state
    return state in (State.DRAFT, State.RETURNED)


def form_file(
    database: Database, actor: Actor, department: str, fiscal_year: int, form: str, fmt: str
) -> bytes:
    """An official form of the department-year (``reports.FORMS``), rendered as ``fmt``."""
    resources.read(database, actor, resources.DocumentRef(department, fiscal_year))
    options = reports.ReportOptions(fiscal_year=fiscal_year)
    return reports.render(reports.department_forms(database, form, department, options), fmt)


def _others(stored: Actuals, typed: list[YearEndActual]) -> list[YearEndActual]:
    """The stored year-end values the page does not replace."""
    replaced = {(t.ref.project, t.ref.indicator) for t in typed}
    return [y for y in stored.year_end if (y.ref.project, y.ref.indicator) not in replaced]


def _year_end(entered: Entered) -> tuple[list[YearEndActual], dict[tuple[str, str], str]]:
    typed: list[YearEndActual] = []
    problems: dict[tuple[str, str], str] = {}
    for (project, indicator), text in entered.items():
        if not text.strip():
            continue
        try:
            typed.append(_reading(project, indicator, text.strip()))
        except (ValidationError, ValueError) as error:
            problems[project, indicator] = _reason(error)
    return typed, problems


def _reading(project: str, indicator: str, text: str) -> YearEndActual:
    ref = IndicatorRef(project=project, indicator=indicator)
    if text in _LEVELS:
        return YearEndActual(ref=ref, level=_LEVELS[text])
    number = _NUMBER.match(text)
    if number:
        value, unit = Decimal(number.group(1)), number.group(2) or None
        return YearEndActual(ref=ref, value=value, unit=unit)
    return YearEndActual(ref=ref, text=text)


def _reason(error: Exception) -> str:
    if isinstance(error, ValidationError):
        return str(error.errors()[0].get("msg", "无法读取")).removeprefix("Value error, ")
    return str(error)
