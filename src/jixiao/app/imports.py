"""Use case: importing a published document from the import page, in two steps.

First the file is read without storing anything (:func:`preview`): the user sees the parsed
document beside the import report and fixes what the source lacks or states wrongly (the
department, the year, the region the department belongs to). Then :func:`confirm` reads it
again with those fixes and stores it as a new draft through the same use case as the API
(:func:`jixiao.app.resources.create`: the actor must write for the department), one
transaction, nothing stored on any error.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from jixiao.app import documents, resources
from jixiao.app.uow import Database
from jixiao.domain.access import Actor
from jixiao.domain.model import PerformanceDocument, Region
from jixiao.errors import InputError
from jixiao.ingest.pipeline import KeyParts, complete_key, missing_key, missing_parts
from jixiao.ingest.report import ImportReport


@dataclass(frozen=True)
class Preview:
    document: PerformanceDocument
    report: ImportReport
    missing_key: list[str]  # 部门, 年度 … the source does not state
    incomplete: list[str]  # parts of the document the source lacks (cut-off pages)


def preview(path: Path) -> Preview:
    document, report = documents.parse(path)
    return Preview(
        document,
        report,
        [name for name, _option in missing_key(document)],
        [f"{item.field}:{item.reason}" for item in missing_parts(report)],
    )


@dataclass(frozen=True)
class Fixes:
    """What the user set on the import page."""

    department: str | None = None
    fiscal_year: int | None = None
    region_name: str | None = None
    region_code: str | None = None
    partial: bool = False


def confirm(database: Database, actor: Actor, path: Path, fixes: Fixes) -> resources.DocumentRef:
    """Read the file again with the user's fixes and store it as a new draft; which one."""
    document, report = documents.parse(path)
    key = KeyParts(fixes.department or None, fixes.fiscal_year)
    document = complete_key(document, report, key)
    if not fixes.partial and missing_parts(report):
        raise documents.IncompleteDocumentError.of(report)
    if fixes.region_name or fixes.region_code:
        region = _region(fixes.region_name, fixes.region_code)
        department = document.department.model_copy(update={"region": region})
        document = document.model_copy(update={"department": department})
    resources.create(database, actor, document)
    return resources.DocumentRef.of(document)


def _region(name: str | None, code: str | None) -> Region:
    if not name:
        raise _at("region_name", "地区名称:填写了行政区划代码,也请填写地区名称")
    if code and not code.isdigit():
        raise _at("region_code", f"行政区划代码:“{code}”应只含数字(如 130500)")
    return Region(name=name, code=code or None)


def _at(field: str, message: str) -> InputError:
    """An input error that names its form field (``loc``, as the API's problems show it)."""
    error = InputError(message)
    error.loc = (field,)  # type: ignore[attr-defined]
    return error
