"""What every part of the 部门预算绩效文本 parser shares: the source, the lines it has taken, and
the fixes (repairs, cross-fills, doubts) that become provenance and import-report items.

A part of the parser records a :class:`Fix` where it reads a value; only when the document is
assembled is the fix's field path known (``projects[0].indicators[3].target``), and then
:meth:`Context.apply` writes it into the item's provenance and into the report at once, so
the two always agree.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from jixiao.domain.model import Provenance, ProvenanceMap, Repair
from jixiao.ingest.cells import join_cjk, squashed
from jixiao.ingest.report import ImportReport, ItemKind
from jixiao.ingest.source import SourceDocument, SourceLine

ROW = "row"  # the provenance key of a whole item


@dataclass(frozen=True)
class Fix:
    """One change to what was read, a cross-fill, or a value that could not be read.

    ``key`` is the field within its item (``target``, ``name``, ``row`` …); ``line`` is where
    the evidence stands (for a cross-fill: the line the value was taken from).
    """

    key: str
    kind: ItemKind
    reason: str  # Chinese
    line: SourceLine | None = None
    original: str | None = None
    value: str | None = None


@dataclass(frozen=True)
class Located:
    """A piece of text and the source line(s) it was read from."""

    text: str
    line: SourceLine
    end: SourceLine | None = None


_MARKUP_RE: Final = re.compile(r"^(?:#+|>+|\*+|-\s)\s*")  # Markdown heading, quote, list marks


@functools.lru_cache(maxsize=8192)  # every rule asks for the text of the same lines
def text_of(line: SourceLine) -> str:
    """The line's text without table separators: its cells joined by a space, less leading
    Markdown marks (a web page saved as Markdown writes ``## 一、总体绩效目标``)."""
    text = " ".join(cell.strip() for cell in line.cells if cell.strip())
    return _MARKUP_RE.sub("", text)


@functools.lru_cache(maxsize=8192)
def plain(line: SourceLine) -> str:
    """:func:`text_of` without any space: how headings and titles are compared."""
    return squashed(text_of(line))


def spaces_removed(key: str, line: SourceLine, places: list[str]) -> list[Fix]:
    """The repair of OCR spaces removed between Chinese characters (one fix per field)."""
    if not places:
        return []
    count = f"({len(places)}处)" if len(places) > 1 else ""
    reason = f"删去OCR换行产生的多余空格{count}"
    return [Fix(key, ItemKind.REPAIRED, reason, line, places[0], join_cjk(places[0])[0])]


def line_span(lines: Sequence[SourceLine]) -> str:
    """``第159、160行`` / ``第36行与第38行``: how a reason names the lines a value spans."""
    numbers = sorted({line.number for line in lines})
    if len(numbers) == 1:
        return f"第{numbers[0]}行"
    if numbers == list(range(numbers[0], numbers[-1] + 1)):
        return "第" + "、".join(str(n) for n in numbers) + "行"
    return "与".join(f"第{n}行" for n in numbers)


def _field_path(path: str, key: str) -> str:
    if not path:
        return key
    return path if key == ROW else f"{path}.{key}"


class Context:
    """The source being parsed, the lines parts have taken, and the report being written."""

    def __init__(self, source: SourceDocument, report: ImportReport) -> None:
        self.source = source
        self.report = report
        self.lines = source.lines
        self._taken: set[int] = set()

    # --- lines ---------------------------------------------------------------------------------

    def take(self, lines: Iterable[SourceLine]) -> None:
        """Mark lines as read by some rule (the rest is reported as unrecognised)."""
        self._taken.update(id(line) for line in lines)

    def is_taken(self, line: SourceLine) -> bool:
        return id(line) in self._taken

    # --- provenance ----------------------------------------------------------------------------

    def provenance(self, line: SourceLine, end: SourceLine | None = None) -> Provenance:
        """Where a value was read: this file, the line's page and number, its raw text."""
        line_end = end.number if end is not None and end.number != line.number else None
        return Provenance(
            source=self.source.name,
            page=line.page,
            line=line.number,
            line_end=line_end,
            text=line.text,
        )

    def apply(self, path: str, provenance: ProvenanceMap, fixes: Iterable[Fix]) -> None:
        """Write each fix into the item's provenance and the import report.

        ``path`` is the item's JSON path; a fix on ``row`` reports the item itself.
        """
        for fix in fixes:
            where = provenance.get(fix.key)
            if where is None:
                where = self._anchor(provenance, fix.line)
                provenance[fix.key] = where
            where.repairs.append(Repair(original=fix.original, value=fix.value, reason=fix.reason))
            self.report.add(
                fix.kind,
                fix.reason,
                field=_field_path(path, fix.key),
                page=fix.line.page if fix.line else where.page,
                line=fix.line.number if fix.line else where.line,
                original=fix.original,
                value=fix.value,
            )

    def _anchor(self, provenance: ProvenanceMap, line: SourceLine | None) -> Provenance:
        """Provenance for a field that had none: its evidence line, else the item's row."""
        if line is not None:
            return self.provenance(line)
        row = provenance.get(ROW)
        return row.model_copy(update={"repairs": []}) if row is not None else Provenance()

    # --- report --------------------------------------------------------------------------------

    def note(
        self,
        kind: ItemKind,
        reason: str,
        line: SourceLine | None = None,
        field: str | None = None,
        original: str | None = None,
    ) -> None:
        """A report item that belongs to no field's provenance (missing or unrecognised text)."""
        self.report.add(
            kind,
            reason,
            field=field,
            page=line.page if line else None,
            line=line.number if line else None,
            original=original,
        )
