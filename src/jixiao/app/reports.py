"""Use case: the official forms out (`jixiao report`): a stored department-year (or a region)
as the forms the bureaus print, in xlsx, docx, pdf or html.

The figures come from the use cases that compute them (monitoring, evaluation, review, the
region's set-based evaluation); `jixiao.report`'s builders lay them out and its renderers
write the file. A file is written whole or not at all (`files.write_bytes_atomic`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Final

from jixiao.app import documents, evaluation, monitoring, region
from jixiao.app import review as review_use_cases
from jixiao.app.files import write_bytes_atomic
from jixiao.app.report_names import FORMATS as FORMATS
from jixiao.app.report_names import FORMS as FORMS
from jixiao.app.uow import Database
from jixiao.domain.model import DocumentKind, PerformanceDocument, Project
from jixiao.domain.review import ReviewProfile, review
from jixiao.errors import InputError, NotFoundError
from jixiao.report import formats
from jixiao.report.builders.document import document_forms
from jixiao.report.builders.evaluation import self_evaluation_form
from jixiao.report.builders.monitoring import monitoring_form
from jixiao.report.builders.region import (
    DepartmentLine,
    ProjectLine,
    RegionSummary,
    region_evaluation_form,
)
from jixiao.report.builders.review import review_form
from jixiao.report.builders.targets import department_target_form, project_target_form
from jixiao.report.layout import Form
from jixiao.report.templates import Template, load_template
from jixiao.store import lookup

_LOWEST: Final = 20
_TARGET_FORMS: Final = frozenset({"project-target", "project-approval"})
_PROJECT_FORMS: Final = frozenset(
    {"project-target", "project-approval", "project-monitoring", "project-self-evaluation"}
)  # projects listed by name in a region's summary


@dataclass(frozen=True)
class ReportOptions:
    fiscal_year: int | None = None
    region: str | None = None  # the department's region, when its name is not unique
    project: str | None = None  # one project (project forms); None: every project
    template: str | None = None  # a shipped template's name or a .toml file
    as_of: date | None = None  # monitoring: the date (None: today, or the year's end)
    profile: str = "default"  # scoring / monitoring profile
    comments: tuple[str, ...] = field(default_factory=tuple)  # the reviewer's (审核意见)


@dataclass(frozen=True)
class Written:
    path: Path
    forms: int  # forms (worksheets, sections) in the file
    size: int  # bytes


def check_form(form: str) -> str:
    if form not in FORMS:
        raise InputError(f"未知的表单“{form}”:可用 {'、'.join(FORMS)}")
    return form


def check_format(fmt: str) -> str:
    if fmt not in formats.FORMATS:
        raise InputError(f"未知的输出格式“{fmt}”:可用 {'、'.join(formats.FORMATS)}")
    return fmt


def department_forms(
    database: Database, form: str, department: str, options: ReportOptions
) -> list[Form]:
    """The forms of one department-year (a project form: one per project, or the one asked)."""
    check_form(form)
    template = load_template(options.template)
    if form == "region-evaluation":
        raise InputError("region-evaluation 是一个地区的汇总表:请用 --region 代码 --year 年度")
    try:
        document = documents.document(database, department, options.fiscal_year, options.region)
    except NotFoundError:
        if form not in _TARGET_FORMS:
            raise
        # no 部门预算绩效文本: a 项目支出绩效目标表 stored on its own (imported as published)
        document = documents.document(
            database,
            department,
            options.fiscal_year,
            options.region,
            kind=DocumentKind.PROJECT_TARGET,
            project=options.project,
        )
    return _forms_of(database, form, document, options, template)


def _forms_of(
    database: Database,
    form: str,
    document: PerformanceDocument,
    options: ReportOptions,
    template: Template,
) -> list[Form]:
    if form == "document":
        return document_forms(document, template)
    if form == "department-target":
        return [department_target_form(document, template)]
    if form in ("project-target", "project-approval"):
        approval = form == "project-approval"
        return [
            project_target_form(document, p, template, approval=approval)
            for p in _projects(document, options.project)
        ]
    if form == "project-monitoring":
        return _monitoring(database, document, options)
    if form in ("project-self-evaluation", "department-self-evaluation"):
        return _self_evaluation(database, form, document, options, template)
    return [_review(database, document, options)]


def _has_project(document: PerformanceDocument, name: str | None) -> bool:
    return any(name is None or p.name == name for p in document.projects)


def _projects(document: PerformanceDocument, name: str | None) -> list[Project]:
    if name is None:
        if not document.projects:
            raise NotFoundError(f"部门“{document.department.name}”{document.fiscal_year}年没有项目")
        return list(document.projects)
    chosen = [p for p in document.projects if p.name == name]
    if not chosen:
        known = "、".join(p.name for p in document.projects) or "无"
        raise NotFoundError(f"没有项目“{name}”(该部门的项目:{known})")
    return chosen


def as_of_date(fiscal_year: int, given: date | None, today: date | None = None) -> date:
    """The monitoring date: as given, else today within the year, else the year's last day."""
    if given is not None:
        return given
    today = today or date.today()
    if today.year == fiscal_year:
        return today
    return date(fiscal_year, 12, 31) if today.year > fiscal_year else date(fiscal_year, 1, 31)


def _monitoring(
    database: Database, document: PerformanceDocument, options: ReportOptions
) -> list[Form]:
    when = as_of_date(document.fiscal_year, options.as_of)
    name = document.department.name
    result = monitoring.monitor_department(
        database, name, when, document.fiscal_year, options.profile
    )
    wanted = {p.name for p in _projects(document, options.project)}
    return [
        monitoring_form(document, project.form, when)
        for project in result.projects
        if project.name in wanted
    ]


def _self_evaluation(
    database: Database,
    form: str,
    document: PerformanceDocument,
    options: ReportOptions,
    template: Template,
) -> list[Form]:
    name = document.department.name
    sheets = evaluation.evaluate(database, name, document.fiscal_year, options.profile).sheets
    if form == "department-self-evaluation":
        return [self_evaluation_form(document, sheets[-1], template)]
    wanted = {p.name for p in _projects(document, options.project)}
    return [
        self_evaluation_form(document, sheet, template, project=project)
        for project, sheet in zip(document.projects, sheets[:-1], strict=True)
        if project.name in wanted
    ]


def _review(database: Database, document: PerformanceDocument, options: ReportOptions) -> Form:
    """The latest stored review of the document, else a review made now (not stored)."""
    stored = review_use_cases.findings(
        database, document.department.name, document.fiscal_year, options.region
    )
    if stored:
        return review_form(document, stored, options.comments)
    settings = ReviewProfile()
    library = review_use_cases.indicator_library(None)
    with database.session() as session:
        context = review_use_cases.context_in(session, document, library, settings.match_threshold)
    report = review(document, settings, context, library)
    return review_form(document, report.findings, options.comments)


def region_summary(
    database: Database, fiscal_year: int, region_code: str | None, profile: str
) -> RegionSummary:
    """The region's evaluation (set-based) as the rows of its summary form."""
    result = region.evaluate_region(database, fiscal_year, profile, region_code)
    departments = [
        DepartmentLine(d.department, d.projects, d.mean, d.lowest, dict(d.ratings))
        for d in result.departments()
    ]
    lowest = [
        ProjectLine(p.department, p.score.project, p.total, p.score.rating)
        for p in result.lowest(_LOWEST)
    ]
    return RegionSummary(
        fiscal_year=fiscal_year,
        profile=result.profile,
        region=region_code or "",
        projects=len(result.projects),
        mean=result.mean,
        ratings=result.ratings,
        departments=departments,
        lowest=lowest,
    )


def render(forms: Sequence[Form], fmt: str) -> bytes:
    return formats.render(check_format(fmt), forms)


def write(forms: Sequence[Form], fmt: str, path: Path) -> Written:
    """The forms rendered into ``path``, whole or not at all."""
    data = render(forms, fmt)
    write_bytes_atomic(path, data)
    return Written(path, len(forms), len(data))


def report(
    database: Database,
    form: str,
    department: str,
    fmt: str,
    path: Path,
    options: ReportOptions,
) -> Written:
    """One department-year's form(s) written to ``path``."""
    check_format(fmt)
    return write(department_forms(database, form, department, options), fmt, path)


def region_report(
    database: Database,
    fiscal_year: int,
    region_code: str | None,
    fmt: str,
    path: Path,
    profile: str = "default",
) -> Written:
    """A region's evaluation summary written to ``path``."""
    check_format(fmt)
    code = region.region_code_of(region_code)
    summary = region_summary(database, fiscal_year, code, profile)
    return write([region_evaluation_form(summary)], fmt, path)


def region_departments(
    database: Database, fiscal_year: int, region_code: str | None
) -> list[tuple[str, str | None]]:
    """(department, region) of the region's department-years of the year."""
    code = region.region_code_of(region_code)
    with database.session() as session:
        return lookup.department_documents_in_region(session, fiscal_year, code)


def file_name(form: str, department: str, region_name: str | None, fmt: str) -> str:
    """``<region>-<department>-<form>.<fmt>``, safe on every file system."""
    parts = [region_name, department, FORMS[form]]
    stem = "-".join(p for p in parts if p)
    safe = "".join("_" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in stem)
    return f"{safe[:150]}{formats.FORMATS[fmt].suffix}"


def region_batch(
    database: Database,
    form: str,
    fiscal_year: int,
    region_code: str | None,
    fmt: str,
    directory: Path,
    options: ReportOptions,
    progress: Callable[[int, int, str], None] | None = None,
) -> list[Written]:
    """Every department-year of the region: one file each in ``directory`` (each atomic)."""
    check_form(form)
    check_format(fmt)
    if not directory.is_dir():
        raise InputError(f"{directory}:目录不存在(--region 需要 -o 给出一个已有的目录)")
    if form == "region-evaluation":
        path = directory / file_name(form, region_code or "全部地区", None, fmt)
        return [region_report(database, fiscal_year, region_code, fmt, path, options.profile)]
    template = load_template(options.template)
    departments = region_departments(database, fiscal_year, region_code)
    if not departments:
        raise NotFoundError(
            f"行政区划 {region_code or '(全部)'} 没有 {fiscal_year} 年的部门预算绩效文本"
        )
    written = []
    for done, (name, region_name) in enumerate(departments, start=1):
        document = documents.document(database, name, fiscal_year, region_name)
        if form in _PROJECT_FORMS and not _has_project(document, options.project):
            if progress is not None:
                progress(done, len(departments), name)
            continue  # no project (or not the one asked for): no project form
        scoped = replace(options, fiscal_year=fiscal_year, region=region_name)
        forms = _forms_of(database, form, document, scoped, template)
        path = directory / file_name(form, name, region_name, fmt)
        written.append(write(forms, fmt, path))
        if progress is not None:
            progress(done, len(departments), name)
    return written
