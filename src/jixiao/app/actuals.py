"""Use case: actuals (实际数) of a department-year: read a table, record, load; each call that
touches the database is one unit of work, so an import lands whole or not at all."""

from __future__ import annotations

from collections.abc import Sequence
from difflib import get_close_matches
from pathlib import Path

from sqlalchemy.orm import Session

from jixiao.app import guard
from jixiao.app.uow import Database, Journal, local_actor
from jixiao.domain.access import Actor
from jixiao.domain.actuals import Actuals, Owner
from jixiao.domain.model import DocumentKind, PerformanceDocument
from jixiao.domain.workflow import Stage, State
from jixiao.errors import InputError, WorkflowError
from jixiao.interchange.actuals_table import level_of, load_actuals_file
from jixiao.store import actuals as stored_actuals
from jixiao.store import workflow as stored_workflow

__all__ = ["for_document", "import_file", "level_of", "read_file", "record", "stored"]


def read_file(path: Path, department: str, fiscal_year: int) -> Actuals:
    """A CSV/Excel table of actuals, read only (nothing stored)."""
    return load_actuals_file(path, department, fiscal_year)


def stored(
    database: Database,
    department: str,
    fiscal_year: int,
    region: str | None = None,
    *,
    actor: Actor | None = None,
) -> Actuals:
    """The stored actuals of the department-year (empty when none were recorded)."""
    with database.session() as session:
        found = stored_actuals.department_id_of(session, department, region)
        scope = stored_workflow.department_scope(session, found)
        guard.require_read(actor or local_actor(), scope, f"部门“{department}”的实际数")
        return stored_actuals.load_actuals(session, found, fiscal_year, department)


def record(
    database: Database,
    department: str,
    fiscal_year: int,
    actuals: Actuals,
    *,
    replace: bool = False,
    allow_empty: bool = False,
    actor: Actor | None = None,
) -> None:
    """Add the records to the department-year's actuals (or replace them), one transaction.

    Every project, goal and indicator the records name must be one of the department-year's
    stored documents (else an :class:`InputError` listing the near names); replacing with
    no records at all is refused unless ``allow_empty`` (it would wipe the year silently).
    """
    if replace and _empty(actuals) and not allow_empty:
        raise InputError(
            f"没有任何实际数记录:--replace 将删除部门“{department}”{fiscal_year} 年度已有的"
            "全部实际数;确需清空请加 --allow-empty"
        )

    def work(session: Session, journal: Journal) -> None:
        found = stored_actuals.department_id_of(session, department)
        what = f"部门“{department}”{fiscal_year} 年度的实际数"
        guard.require_write(journal.actor, stored_workflow.department_scope(session, found), what)
        if actuals.year_end or replace:
            _require_self_evaluation_open(session, found, fiscal_year)
        owners = stored_actuals.named_owners(session, department, fiscal_year)
        check_names(owners, actuals, fiscal_year)
        before = None
        if replace:
            before = stored_actuals.load_actuals(session, found, fiscal_year, department)
            stored_actuals.delete_actuals(session, found, fiscal_year)
        stored_actuals.add_actuals(session, found, fiscal_year, actuals)
        counts = (
            f"支出 {len(actuals.spending)} 条,进度 {len(actuals.progress)} 条,"
            f"年末 {len(actuals.year_end)} 条"
        )
        action = "替换实际数" if replace else "记录实际数"
        journal.record(action, what, before, actuals, counts)

    database.audited(actor or local_actor(), work)


def import_file(
    database: Database,
    path: Path,
    department: str,
    fiscal_year: int,
    *,
    replace: bool = False,
    allow_empty: bool = False,
    actor: Actor | None = None,
) -> Actuals:
    """Read a CSV/Excel table of actuals and store all of it, or nothing on an error."""
    actuals = read_file(path, department, fiscal_year)
    if replace and _empty(actuals) and not allow_empty:
        raise InputError(
            f"{path}:表中没有任何实际数记录;--replace 将删除部门“{department}”{fiscal_year} "
            "年度已有的全部实际数,确需清空请加 --allow-empty"
        )
    record(
        database,
        department,
        fiscal_year,
        actuals,
        replace=replace,
        allow_empty=allow_empty,
        actor=actor,
    )
    return actuals


def _require_self_evaluation_open(session: Session, department_id: int, fiscal_year: int) -> None:
    """Year-end values change only while the self-evaluation is a draft or returned: once
    submitted, the reviewer decides on the values as they were submitted (read in the
    writing transaction, after the record is locked, so a submit cannot slip between)."""
    key = stored_workflow.WorkflowKey(
        department_id,
        fiscal_year,
        DocumentKind.DEPARTMENT_PERFORMANCE.value,
        "",
        Stage.SELF_EVALUATION,
    )
    state = stored_workflow.status(session, key, lock=True).state
    if state not in (State.DRAFT, State.RETURNED):
        raise WorkflowError(
            f"{fiscal_year} 年度自评{state.value},年末实际值不能再修改;"
            "如需修改,请单位负责人先撤回自评,或待审核人退回"
        )


def _empty(actuals: Actuals) -> bool:
    return not (actuals.spending or actuals.progress or actuals.year_end)


def check_names(owners: stored_actuals.NamedOwners, actuals: Actuals, fiscal_year: int) -> None:
    """Refuse records naming a project, goal or indicator the department-year's stored
    documents (``owners``) do not have."""
    projects: dict[str, set[str]] = {}
    for name, indicators in owners.projects.items():
        projects.setdefault(_compact(name), set()).update(indicators)
    goals = {number: set(indicators) for number, indicators in owners.goals.items()}
    project_names = sorted(owners.projects)
    records: list[tuple[Owner, str | None]] = [(record, None) for record in actuals.spending]
    records += [(reading.ref, reading.ref.indicator) for reading in actuals.progress]
    records += [(reading.ref, reading.ref.indicator) for reading in actuals.year_end]
    for owner, indicator in records:
        if owner.project is None and owner.goal is None:
            continue
        if not owners.has_documents:
            raise InputError(
                f"{fiscal_year} 年度没有该部门已导入的绩效文档,无法核对{owner.owner_label};"
                "请先导入文档(jixiao import / jixiao load)"
            )
        if owner.project is not None:
            names = projects.get(_compact(owner.project))
            if names is None:
                raise InputError(
                    f"{fiscal_year} 年度的文档中没有项目“{owner.project[:60]}”"
                    f"{_near(owner.project, project_names)}"
                )
        else:
            assert owner.goal is not None
            names = goals.get(owner.goal)
            if names is None:
                numbers = "、".join(str(n) for n in sorted(goals)) or "无"
                raise InputError(
                    f"{fiscal_year} 年度的文档中没有整体支出目标{owner.goal}(已有目标:{numbers})"
                )
        if indicator is not None and _compact(indicator) not in {_compact(n) for n in names}:
            raise InputError(
                f"{owner.owner_label}没有指标“{indicator[:60]}”{_near(indicator, sorted(names))}"
            )


def _compact(name: str) -> str:
    return "".join(name.split())


def _near(name: str, candidates: Sequence[str]) -> str:
    close = get_close_matches(name, list(candidates), n=3, cutoff=0.3)
    if close:
        return ";相近的有:" + "、".join(f"“{c}”" for c in close)
    if candidates and len(candidates) <= 8:
        return ";已有:" + "、".join(f"“{c}”" for c in candidates)
    return ""


def for_document(
    database: Database,
    document: PerformanceDocument,
    path: Path | None,
    *,
    actor: Actor | None = None,
) -> Actuals:
    """The actuals to read a stored document against: the table at ``path`` when one is
    given (read only), else those recorded in the database (``jixiao record``), which only
    those whose scope covers the department may read."""
    name, fiscal_year = document.department.name, document.fiscal_year
    if path is None:
        region = document.department.region_name
        return stored(database, name, fiscal_year, region, actor=actor)
    return read_file(path, name, fiscal_year)
