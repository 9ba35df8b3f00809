"""The library API: everything the CLI (and later the web app) does, callable from Python.

Like sqlite-utils, the command line is a thin skin over this class::

    from jixiao.workspace import Workspace
    ws = Workspace()                      # the embedded SQLite default, or Workspace(url)
    ws.load_file(Path("dept-2020.json"))  # validate and store, one transaction
    doc = ws.document("某某部门", 2020)

Each method is a use case of the application layer (:mod:`jixiao.app`), one unit of work.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from jixiao.app import actuals as actuals_use_cases
from jixiao.app import documents, evaluation, monitoring, region, reports, review, synth
from jixiao.app.documents import DocumentSummary, ImportReport, SaveResult
from jixiao.app.uow import Database
from jixiao.domain.actuals import Actuals
from jixiao.domain.model import DocumentKind, PerformanceDocument
from jixiao.domain.monitoring import MonitoringReport
from jixiao.domain.review import Finding
from jixiao.report.layout import Form
from jixiao.tools.synth import LoadStats, ProvinceSpec

_DEPARTMENT_PERFORMANCE = DocumentKind.DEPARTMENT_PERFORMANCE


class Workspace(Database):
    """A jixiao database: the default SQLite file, or any URL (PostgreSQL in production)."""

    # --- documents ---------------------------------------------------------------------------

    def save(self, document: PerformanceDocument) -> SaveResult:
        return documents.save(self, document)

    def load_file(self, path: Path) -> SaveResult:
        return documents.load_file(self, path)

    def import_file(
        self,
        path: Path,
        partial: bool = False,
        *,
        upgrade: bool = False,
        key: documents.KeyParts | None = None,
    ) -> tuple[SaveResult, ImportReport]:
        """Read a published document (text, PDF, scan, Excel), store it, and say how it was
        read; nothing is stored when it cannot be read, is incomplete unless ``partial``, or
        lacks its department, year or project name unless ``key`` gives them."""
        return documents.import_file(self, path, partial, upgrade=upgrade, key=key)

    def documents(self) -> list[DocumentSummary]:
        return documents.documents(self)

    def document(
        self,
        department: str,
        fiscal_year: int | None = None,
        region: str | None = None,
        *,
        kind: DocumentKind = _DEPARTMENT_PERFORMANCE,
        project: str | None = None,
    ) -> PerformanceDocument:
        """A stored document; project-level forms (``kind``) are told apart by ``project``."""
        return documents.document(self, department, fiscal_year, region, kind=kind, project=project)

    def export_json(
        self,
        department: str,
        fiscal_year: int | None = None,
        *,
        kind: DocumentKind = _DEPARTMENT_PERFORMANCE,
        project: str | None = None,
    ) -> str:
        return documents.export_json(self, department, fiscal_year, kind=kind, project=project)

    def delete(
        self,
        department: str,
        fiscal_year: int,
        region: str | None = None,
        *,
        kind: DocumentKind = _DEPARTMENT_PERFORMANCE,
        project: str | None = None,
    ) -> None:
        documents.delete(self, department, fiscal_year, region, kind=kind, project=project)

    # --- actuals -----------------------------------------------------------------------------

    def actuals(self, department: str, fiscal_year: int, region: str | None = None) -> Actuals:
        """The stored actuals of the department-year (empty when none were recorded)."""
        return actuals_use_cases.stored(self, department, fiscal_year, region)

    def record(
        self,
        department: str,
        fiscal_year: int,
        actuals: Actuals,
        *,
        replace: bool = False,
        allow_empty: bool = False,
    ) -> None:
        """Add the records to the department-year's actuals (or replace them), one transaction;
        the projects, goals and indicators they name must be in the stored documents."""
        actuals_use_cases.record(
            self, department, fiscal_year, actuals, replace=replace, allow_empty=allow_empty
        )

    def import_actuals(
        self,
        path: Path,
        department: str,
        fiscal_year: int,
        *,
        replace: bool = False,
        allow_empty: bool = False,
    ) -> Actuals:
        """Read a CSV/Excel table of actuals and store all of it, or nothing on an error;
        ``replace`` with an empty table is refused unless ``allow_empty``."""
        return actuals_use_cases.import_file(
            self, path, department, fiscal_year, replace=replace, allow_empty=allow_empty
        )

    # --- evaluation and monitoring -----------------------------------------------------------

    def evaluate(
        self,
        department: str,
        fiscal_year: int | None = None,
        profile: str = "default",
        actuals_file: Path | None = None,
    ) -> evaluation.Evaluation:
        """The self-evaluation's score sheets (projects, then the department)."""
        return evaluation.evaluate(self, department, fiscal_year, profile, actuals_file)

    def monitor(
        self,
        department: str,
        as_of: date,
        fiscal_year: int | None = None,
        profile: str = "default",
        actuals_file: Path | None = None,
    ) -> MonitoringReport:
        """In-year monitoring of the department-year at ``as_of``."""
        return monitoring.monitor_department(
            self, department, as_of, fiscal_year, profile, actuals_file
        )

    def evaluate_region(
        self,
        fiscal_year: int,
        profile: str = "default",
        region_code: str | None = None,
        workers: int | None = None,
    ) -> region.RegionEvaluation:
        return region.evaluate_region(self, fiscal_year, profile, region_code, workers)

    def monitor_region(
        self,
        fiscal_year: int,
        as_of: date,
        profile: str = "default",
        region_code: str | None = None,
    ) -> region.RegionMonitoring:
        return region.monitor_region(self, fiscal_year, as_of, profile, region_code)

    # --- review ------------------------------------------------------------------------------

    def save_findings(
        self, document: PerformanceDocument, findings: Sequence[Finding]
    ) -> int | None:
        """Store a review's findings in place of the document's previous review, one
        transaction; how many were stored, or None (nothing stored) when the document is not
        in the database as it is (a file never loaded, or changed since)."""
        return review.save_findings(self, document, findings)

    def findings(
        self,
        department: str,
        fiscal_year: int | None = None,
        region: str | None = None,
        *,
        kind: DocumentKind = _DEPARTMENT_PERFORMANCE,
        project: str | None = None,
    ) -> list[Finding]:
        """The findings of the latest stored review of a stored document (empty when it has
        not been reviewed); the document is found as :meth:`document` finds it."""
        return review.findings(self, department, fiscal_year, region, kind=kind, project=project)

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

    # --- a synthetic province ----------------------------------------------------------------

    def synthesize(
        self, spec: ProvinceSpec, progress: Callable[[LoadStats], None] | None = None
    ) -> LoadStats:
        """Generate a synthetic province and store it (a batch of department-years per
        transaction)."""
        self.ensure_current()
        return synth.load_province(self.engine, spec, progress=progress)
