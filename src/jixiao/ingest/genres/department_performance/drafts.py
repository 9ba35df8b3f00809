"""Indicators and paragraphs as read, before the document is assembled.

A draft keeps what the canonical model has no room for while parsing goes on: every line
the item was read from, a damaged target text awaiting confirmation from another table,
and the fixes to report. :meth:`IndicatorDraft.build` turns it into a model
:class:`~jixiao.domain.model.Indicator` with its provenance once its place is known.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from jixiao.domain.framework import Category, Subcategory
from jixiao.domain.model import Indicator, TargetBasis
from jixiao.domain.target import Target
from jixiao.ingest.cells import join_cjk
from jixiao.ingest.genres.department_performance.context import ROW, Context, Fix
from jixiao.ingest.source import SourceLine


@dataclass
class IndicatorDraft:
    """One indicator (三级指标) being read."""

    name: str
    line: SourceLine
    lines: list[SourceLine] = field(default_factory=list)
    category: Category | None = None
    subcategory: Subcategory | None = None
    definition: str | None = None
    target: Target | None = None
    target_text: str | None = None  # the target as the source writes it
    target_line: SourceLine | None = None
    damaged: str | None = None  # target text that cannot be read without confirmation
    ge_candidate: Target | None = None  # the ≥ reading of a leading 2 (25 项 → ≥5 项)
    basis: TargetBasis | None = None
    remark: str | None = None
    fixes: list[Fix] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.lines:
            self.lines = [self.line]

    @property
    def last_line(self) -> SourceLine:
        return self.lines[-1]

    def build(self, ctx: Context, path: str) -> Indicator:
        end = self.last_line if self.last_line is not self.line else None
        indicator = Indicator(
            category=self.category,
            subcategory=self.subcategory,
            name=self.name,
            definition=self.definition or None,
            target=self.target,
            target_basis=self.basis,
            remark=self.remark,
            provenance={ROW: ctx.provenance(self.line, end)},
        )
        if self.target_line is not None and self.target_line is not self.line:
            indicator.provenance["target"] = ctx.provenance(self.target_line)
        ctx.apply(path, indicator.provenance, self.fixes)
        return indicator


@dataclass
class Paragraph:
    """Prose read from one or more lines; ``pieces`` keeps each line's part in order."""

    pieces: list[tuple[SourceLine, str]] = field(default_factory=list)

    @property
    def raw(self) -> str:
        return "".join(text for _, text in self.pieces)

    @property
    def lines(self) -> list[SourceLine]:
        return [line for line, _ in self.pieces]

    @property
    def first(self) -> SourceLine:
        return self.pieces[0][0]

    @property
    def last(self) -> SourceLine:
        return self.pieces[-1][0]

    def line_at(self, offset: int) -> SourceLine:
        """The line holding the character at ``offset`` of :attr:`raw`."""
        position = 0
        for line, text in self.pieces:
            position += len(text)
            if offset < position:
                return line
        return self.last

    def clean(self) -> tuple[str, list[str]]:
        """The text with OCR spaces between Chinese characters removed, and the places."""
        return join_cjk(self.raw)

    def without_prefix(self, length: int) -> Paragraph:
        """The paragraph less its first ``length`` characters (a label such as ``绩效目标:``)."""
        pieces: list[tuple[SourceLine, str]] = []
        for line, text in self.pieces:
            cut = min(length, len(text))
            length -= cut
            if text[cut:]:
                pieces.append((line, text[cut:]))
        return Paragraph(pieces or [(self.first, "")])
