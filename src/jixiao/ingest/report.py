"""The import report: what was recovered, repaired, cross-filled or could not be read.

The user must be able to trust or fix each item, so every item names the field (a JSON
path into the canonical document, e.g. ``projects[0].indicators[3].target``), the place in
the source (page, line) and, for a change, the text before and after and the reason.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, Field


class ItemKind(StrEnum):
    REPAIRED = "repaired"  # OCR or layout damage undone (≪ → ≤, a split row rejoined)
    CROSS_FILLED = "cross_filled"  # a value missing here, taken from another table or the prose
    UNCERTAIN = "uncertain"  # read, but the reader is not sure (low OCR score, ambiguous)
    UNREADABLE = "unreadable"  # present in the source but could not be read: left empty
    MISSING = "missing"  # expected by the form, absent from the source (cut-off page)
    UNRECOGNISED = "unrecognised"  # source text that no part of the parser took

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    ItemKind.REPAIRED: "已修复",
    ItemKind.CROSS_FILLED: "已补全",
    ItemKind.UNCERTAIN: "待确认",
    ItemKind.UNREADABLE: "无法识别",
    ItemKind.MISSING: "缺失",
    ItemKind.UNRECOGNISED: "未识别文本",
}


class ReportItem(BaseModel):
    kind: ItemKind
    field: str | None = None  # JSON path in the canonical document
    page: int | None = None
    line: int | None = None
    original: str | None = None
    value: str | None = None
    reason: str  # Chinese


class ImportReport(BaseModel):
    """Counts per section and every item a user should look at."""

    source: str
    format: str
    genre: str | None = None
    counts: dict[str, int] = Field(default_factory=dict)
    items: list[ReportItem] = Field(default_factory=list)

    def add(self, kind: ItemKind, reason: str, **where: str | int | None) -> ReportItem:
        item = ReportItem.model_validate({"kind": kind, "reason": reason, **where})
        self.items.append(item)
        return item

    def of_kind(self, kind: ItemKind) -> list[ReportItem]:
        return [item for item in self.items if item.kind is kind]
