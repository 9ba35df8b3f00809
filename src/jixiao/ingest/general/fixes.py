"""Changes to what was read, kept until the value's field path is known.

A part of a document records a :class:`Fix` where it reads a value (an amount the OCR split
over two cells, a checkpoint whose header was lost); only when the document is put together
is the value's path known (``budget.expenditure``, ``projects[0].spending_plan[0]``), and
then :func:`apply_fixes` writes each fix into the value's provenance and into the import
report at once, so the two always agree.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from jixiao.domain.model import Provenance, ProvenanceMap, Repair
from jixiao.ingest.report import ImportReport, ItemKind
from jixiao.ingest.source import SourceLine

ROW = "row"  # the provenance key of a whole item


@dataclass(frozen=True)
class Fix:
    """One change to what was read, a cross-fill, or a value that could not be read.

    ``key`` is the field within its item (``target``, ``label``, ``row`` …); ``line`` is where
    the evidence stands (for a cross-fill: the line the value was taken from).
    """

    key: str
    kind: ItemKind
    reason: str  # Chinese
    line: SourceLine | None = None
    original: str | None = None
    value: str | None = None


def provenance_of(source: str, line: SourceLine, end: SourceLine | None = None) -> Provenance:
    """Where a value was read: the file, the line's page and number, its raw text."""
    line_end = end.number if end is not None and end.number != line.number else None
    return Provenance(
        source=source, page=line.page, line=line.number, line_end=line_end, text=line.text
    )


def field_path(path: str, key: str) -> str:
    if not path:
        return key
    return path if key == ROW else f"{path}.{key}"


def apply_fixes(
    report: ImportReport,
    source: str,
    path: str,
    provenance: ProvenanceMap,
    fixes: Iterable[Fix],
) -> None:
    """Write each fix into the item's provenance and the import report; ``path`` is the
    item's JSON path, a fix on ``row`` reports the item itself."""
    for fix in fixes:
        where = provenance.get(fix.key)
        if where is None:
            where = _anchor(source, provenance, fix.line)
            provenance[fix.key] = where
        where.repairs.append(Repair(original=fix.original, value=fix.value, reason=fix.reason))
        report.add(
            fix.kind,
            fix.reason,
            field=field_path(path, fix.key),
            page=fix.line.page if fix.line else where.page,
            line=fix.line.number if fix.line else where.line,
            original=fix.original,
            value=fix.value,
        )


def _anchor(source: str, provenance: ProvenanceMap, line: SourceLine | None) -> Provenance:
    """Provenance for a field that had none: its evidence line, else the item's row."""
    if line is not None:
        return provenance_of(source, line)
    row = provenance.get(ROW)
    return row.model_copy(update={"repairs": []}) if row is not None else Provenance()
