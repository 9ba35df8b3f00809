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

from jixiao.domain.model import Provenance, ProvenanceMap
from jixiao.ingest.cells import join_cjk, squashed
from jixiao.ingest.general.fixes import ROW as ROW
from jixiao.ingest.general.fixes import Fix as Fix
from jixiao.ingest.general.fixes import apply_fixes, provenance_of
from jixiao.ingest.report import ImportReport, ItemKind
from jixiao.ingest.source import SourceDocument, SourceLine


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
        return provenance_of(self.source.name, line, end)

    def apply(self, path: str, provenance: ProvenanceMap, fixes: Iterable[Fix]) -> None:
        """Write each fix into the item's provenance and the import report."""
        apply_fixes(self.report, self.source.name, path, provenance, fixes)

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
