"""The library API: everything the CLI (and later the web app) does, callable from Python.

Like sqlite-utils, the command line is a thin skin over this class::

    from jixiao.workspace import Workspace
    ws = Workspace()                      # the embedded SQLite default, or Workspace(url)
    ws.load_file(Path("dept-2020.json"))  # validate and store, one transaction
    doc = ws.document("某某部门", 2020)

Each method is a use case of the application layer (:mod:`jixiao.app`), one unit of work.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from pathlib import Path

from jixiao.app import actuals as actuals_use_cases
from jixiao.app import (
    audit,
    documents,
    evaluation,
    monitoring,
    region,
    reports,
    review,
    synth,
    workflow,
)
from jixiao.app import users as accounts
from jixiao.app.documents import DocumentSummary, ImportReport, SaveResult
from jixiao.app.uow import Database
from jixiao.domain.access import Actor
from jixiao.domain.actuals import Actuals
from jixiao.domain.model import DocumentKind, PerformanceDocument
from jixiao.domain.monitoring import MonitoringReport
from jixiao.domain.review import Finding
from jixiao.domain.versions import Change
from jixiao.report.layout import Form
from jixiao.tools.synth import LoadStats, ProvinceSpec

_DEPARTMENT_PERFORMANCE = DocumentKind.DEPARTMENT_PERFORMANCE


class Workspace(Database):
    """A jixiao database: the default SQLite file, or any URL (PostgreSQL in production)."""

    @property
    def users(self) -> accounts.Accounts:
        """The server's accounts: users, sessions, API tokens (:mod:`jixiao.app.users`)."""
        return accounts.Accounts(self)

    # --- documents ---------------------------------------------------------------------------

    def save(
        self,
        document: PerformanceDocument,
        *,
        actor: Actor | None = None,
        expected_version: int | None = None,
    ) -> SaveResult:
        """Store the document (草稿/退回 only; StaleVersion unless ``expected_version`` is
        current when given), audited; ``actor`` defaults to the local user (an admin)."""
        return documents.save(self, document, actor=actor, expected_version=expected_version)

    def load_file(self, path: Path, *, actor: Actor | None = None) -> SaveResult:
        return documents.load_file(self, path, actor=actor)

    def import_file(
        self,
        path: Path,
        partial: bool = False,
        *,
        upgrade: bool = False,
        key: documents.KeyParts | None = None,
        actor: Actor | None = None,
    ) -> tuple[SaveResult, ImportReport]:
        """Read a published document (text, PDF, scan, Excel), store it, and say how it was
        read; nothing is stored when it cannot be read, is incomplete unless ``partial``, or
        lacks its department, year or project name unless ``key`` gives them."""
        return documents.import_file(self, path, partial, upgrade=upgrade, key=key, actor=actor)

    def documents(self, *, actor: Actor | None = None) -> list[DocumentSummary]:
        """The stored documents the actor may read."""
        return documents.documents(self, actor=actor)

    def document(
        self,
        department: str,
        fiscal_year: int | None = None,
        region: str | None = None,
        *,
        kind: DocumentKind = _DEPARTMENT_PERFORMANCE,
        project: str | None = None,
        actor: Actor | None = None,
    ) -> PerformanceDocument:
        """A stored document; project-level forms (``kind``) are told apart by ``project``;
        outside the actor's scope, its published version (AccessDenied when none)."""
        return documents.document(
            self, department, fiscal_year, region, kind=kind, project=project, actor=actor
        )

    def export_json(
        self,
        department: str,
        fiscal_year: int | None = None,
        *,
        kind: DocumentKind = _DEPARTMENT_PERFORMANCE,
        project: str | None = None,
        actor: Actor | None = None,
    ) -> str:
        return documents.export_json(
            self, department, fiscal_year, kind=kind, project=project, actor=actor
        )

    def delete(
        self,
        department: str,
        fiscal_year: int,
        region: str | None = None,
        *,
        kind: DocumentKind = _DEPARTMENT_PERFORMANCE,
        project: str | None = None,
        actor: Actor | None = None,
        expected_version: int | None = None,
    ) -> None:
        documents.delete(
            self,
            department,
            fiscal_year,
            region,
            kind=kind,
            project=project,
            actor=actor,
            expected_version=expected_version,
        )

    # --- actuals -----------------------------------------------------------------------------

    def actuals(
        self,
        department: str,
        fiscal_year: int,
        region: str | None = None,
        *,
        actor: Actor | None = None,
    ) -> Actuals:
        """The stored actuals of the department-year (empty when none were recorded)."""
        return actuals_use_cases.stored(self, department, fiscal_year, region, actor=actor)

    def record(
        self,
        department: str,
        fiscal_year: int,
        actuals: Actuals,
        *,
        replace: bool = False,
        allow_empty: bool = False,
        actor: Actor | None = None,
    ) -> None:
        """Add the records to the department-year's actuals (or replace them), one transaction;
        the projects, goals and indicators they name must be in the stored documents."""
        actuals_use_cases.record(
            self,
            department,
            fiscal_year,
            actuals,
            replace=replace,
            allow_empty=allow_empty,
            actor=actor,
        )

    def import_actuals(
        self,
        path: Path,
        department: str,
        fiscal_year: int,
        *,
        replace: bool = False,
        allow_empty: bool = False,
        actor: Actor | None = None,
    ) -> Actuals:
        """Read a CSV/Excel table of actuals and store all of it, or nothing on an error;
        ``replace`` with an empty table is refused unless ``allow_empty``."""
        return actuals_use_cases.import_file(
            self,
            path,
            department,
            fiscal_year,
            replace=replace,
            allow_empty=allow_empty,
            actor=actor,
        )

    # --- evaluation and monitoring -----------------------------------------------------------

    def evaluate(
        self,
        department: str,
        fiscal_year: int | None = None,
        profile: str = "default",
        actuals_file: Path | None = None,
        *,
        actor: Actor | None = None,
    ) -> evaluation.Evaluation:
        """The self-evaluation's score sheets (projects, then the department)."""
        return evaluation.evaluate(
            self, department, fiscal_year, profile, actuals_file, actor=actor
        )

    def monitor(
        self,
        department: str,
        as_of: date,
        fiscal_year: int | None = None,
        profile: str = "default",
        actuals_file: Path | None = None,
        *,
        actor: Actor | None = None,
    ) -> MonitoringReport:
        """In-year monitoring of the department-year at ``as_of``."""
        return monitoring.monitor_department(
            self, department, as_of, fiscal_year, profile, actuals_file, actor=actor
        )

    def evaluate_region(
        self,
        fiscal_year: int,
        profile: str = "default",
        region_code: str | None = None,
        workers: int | None = None,
        *,
        actor: Actor | None = None,
    ) -> region.RegionEvaluation:
        return region.evaluate_region(self, fiscal_year, profile, region_code, workers, actor=actor)

    def monitor_region(
        self,
        fiscal_year: int,
        as_of: date,
        profile: str = "default",
        region_code: str | None = None,
        *,
        actor: Actor | None = None,
    ) -> region.RegionMonitoring:
        return region.monitor_region(self, fiscal_year, as_of, profile, region_code, actor=actor)

    # --- review ------------------------------------------------------------------------------

    def save_findings(
        self,
        document: PerformanceDocument,
        findings: Sequence[Finding],
        *,
        actor: Actor | None = None,
    ) -> int | None:
        """Store a review's findings in place of the document's previous review, one
        transaction; how many were stored, or None (nothing stored) when the document is not
        in the database as it is (a file never loaded, or changed since)."""
        return review.save_findings(self, document, findings, actor=actor)

    def findings(
        self,
        department: str,
        fiscal_year: int | None = None,
        region: str | None = None,
        *,
        kind: DocumentKind = _DEPARTMENT_PERFORMANCE,
        project: str | None = None,
        actor: Actor | None = None,
    ) -> list[Finding]:
        """The findings of the latest stored review of a stored document (empty when it has
        not been reviewed); the document is found as :meth:`document` finds it."""
        return review.findings(
            self, department, fiscal_year, region, kind=kind, project=project, actor=actor
        )

    # --- the official forms out -------------------------------------------------------------

    def report_forms(
        self, form: str, department: str, options: reports.ReportOptions | None = None
    ) -> list[Form]:
        """The forms of a stored department-year, format-neutral (``jixiao.report.layout``)."""
        return reports.department_forms(self, form, department, options or reports.ReportOptions())

    def report(
        self,
        form: str,
        department: str,
        fmt: str,
        path: Path,
        options: reports.ReportOptions | None = None,
    ) -> reports.Written:
        """Write a stored department-year's form(s) (FORM, see ``reports.FORMS``) to ``path``
        as xlsx, docx, pdf or html; the file is written whole or not at all."""
        return reports.report(self, form, department, fmt, path, options or reports.ReportOptions())

    def report_region(
        self,
        form: str,
        fiscal_year: int,
        region_code: str | None,
        fmt: str,
        directory: Path,
        options: reports.ReportOptions | None = None,
        progress: Callable[[int, int, str], None] | None = None,
    ) -> list[reports.Written]:
        """The form of every department-year of a region, one file each in ``directory``
        (``region-evaluation``: the region's summary, one file)."""
        chosen = options or reports.ReportOptions()
        return reports.region_batch(
            self, form, fiscal_year, region_code, fmt, directory, chosen, progress
        )

    def report_region_summary(
        self, fiscal_year: int, region_code: str | None, fmt: str, path: Path, profile: str
    ) -> reports.Written:
        """A region's evaluation summary (区域自评结果汇总表) written to ``path``."""
        return reports.region_report(self, fiscal_year, region_code, fmt, path, profile)

    # --- the workflow (declaration, monitoring rounds, self-evaluation) ---------------------

    def workflow_status(
        self, ref: workflow.SubjectRef, *, actor: Actor | None = None
    ) -> workflow.WorkflowView:
        """State, version, history, notes on findings, and what the actor may do now."""
        return workflow.status(self, ref, actor=actor)

    def submit(
        self,
        ref: workflow.SubjectRef,
        *,
        explanations: Mapping[str, str] | None = None,
        actor: Actor | None = None,
        expected_version: int | None = None,
    ) -> workflow.Outcome:
        """Submit (the review runs; unexplained errors block: SubmissionBlocked)."""
        return workflow.submit(
            self, ref, explanations=explanations, actor=actor, expected_version=expected_version
        )

    def withdraw(
        self,
        ref: workflow.SubjectRef,
        *,
        actor: Actor | None = None,
        expected_version: int | None = None,
    ) -> workflow.Outcome:
        return workflow.withdraw(self, ref, actor=actor, expected_version=expected_version)

    def start_review(
        self,
        ref: workflow.SubjectRef,
        *,
        actor: Actor | None = None,
        expected_version: int | None = None,
    ) -> workflow.Outcome:
        return workflow.start_review(self, ref, actor=actor, expected_version=expected_version)

    def return_with_reasons(
        self,
        ref: workflow.SubjectRef,
        reasons: Sequence[workflow.ReturnReason],
        *,
        actor: Actor | None = None,
        expected_version: int | None = None,
    ) -> workflow.Outcome:
        return workflow.return_with_reasons(
            self, ref, reasons, actor=actor, expected_version=expected_version
        )

    def approve(
        self,
        ref: workflow.SubjectRef,
        *,
        actor: Actor | None = None,
        expected_version: int | None = None,
    ) -> workflow.Outcome:
        return workflow.approve(self, ref, actor=actor, expected_version=expected_version)

    def publish(
        self,
        ref: workflow.SubjectRef,
        *,
        actor: Actor | None = None,
        expected_version: int | None = None,
    ) -> workflow.Outcome:
        return workflow.publish(self, ref, actor=actor, expected_version=expected_version)

    def request_adjustment(
        self,
        ref: workflow.SubjectRef,
        reason: str,
        *,
        actor: Actor | None = None,
        expected_version: int | None = None,
    ) -> workflow.Outcome:
        return workflow.request_adjustment(
            self, ref, reason, actor=actor, expected_version=expected_version
        )

    def explain_finding(
        self, ref: workflow.SubjectRef, finding: str, text: str, *, actor: Actor | None = None
    ) -> None:
        """The submitter's explanation of a finding (key: ``code@location``)."""
        workflow.explain(self, ref, finding, text, actor=actor)

    def comment_finding(
        self, ref: workflow.SubjectRef, finding: str, text: str, *, actor: Actor | None = None
    ) -> None:
        """A reviewer's comment on a finding."""
        workflow.comment(self, ref, finding, text, actor=actor)

    def versions(
        self, ref: workflow.SubjectRef, *, actor: Actor | None = None
    ) -> list[workflow.ApprovedVersion]:
        return workflow.versions_of(self, ref, actor=actor)

    def compare_versions(
        self,
        ref: workflow.SubjectRef,
        old: int | None,
        new: int | None = None,
        *,
        actor: Actor | None = None,
    ) -> list[Change]:
        """Indicator by indicator; a version is an approved number or None (working copy)."""
        return workflow.compare(self, ref, old, new, actor=actor)

    # --- the audit log -----------------------------------------------------------------------

    def verify_audit(self, *, actor: Actor | None = None) -> audit.Verification:
        return audit.verify(self, actor=actor)

    def audit_entries(
        self, *, start: int = 1, limit: int = 100, actor: Actor | None = None
    ) -> list[audit.AuditEntry]:
        return audit.entries(self, start=start, limit=limit, actor=actor)

    # --- a synthetic province ----------------------------------------------------------------

    def synthesize(
        self,
        spec: ProvinceSpec,
        progress: Callable[[LoadStats], None] | None = None,
        *,
        actor: Actor | None = None,
    ) -> LoadStats:
        """Generate a synthetic province and store it (a batch of department-years per
        transaction)."""
        self.ensure_current()
        return synth.load_province(self.engine, spec, progress=progress, actor=actor)
