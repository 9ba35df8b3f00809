"""资金支出计划: checkpoints (``3月底``, ``6月底`` …) over cumulative percentages (``25%`` …).

Checkpoints and percentages are matched by column, so a header the OCR lost leaves a gap
rather than shifting every value. A header cut in two (``10`` | ``D 月底``) is rejoined. A lost
header is read from its percentage only where that is unambiguous: the percentage is the
even pace of a standard checkpoint month (25% at 3月底, 50% at 6月底) that fits between the
checkpoints around it; anything else is reported and left out. A quarter or a half names
the month it ends with (上半年: 6).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Final

from jixiao.domain.model import SpendingCheckpoint
from jixiao.domain.money import format_decimal
from jixiao.ingest.cells import squashed
from jixiao.ingest.general.fixes import ROW, Fix, apply_fixes, provenance_of
from jixiao.ingest.report import ImportReport, ItemKind
from jixiao.ingest.source import SourceLine

# a month may follow words of its own (截至3月底)
_MONTH_RE: Final = re.compile(r"[^0-9]{0,4}?([0-9]{1,2})月(?:底|末|份)?")
_BARE_MONTH_RE: Final = re.compile(r"[0-9]{1,2}")
_PERIOD_WORDS: Final = {
    "一季度": 3,
    "上半年": 6,
    "二季度": 6,
    "三季度": 9,
    "四季度": 12,
    "全年": 12,
}
_PERCENT_RE: Final = re.compile(r"([0-9]+(?:\.[0-9]+)?)[%%]")
# Checkpoint months of the forms seen (quarters, and 10月底 of the Hebei forms).
STANDARD_MONTHS: Final = frozenset({3, 6, 9, 10, 12})
_MAX_VALUE_ROW_DISTANCE: Final = 2


@dataclass
class CheckpointDraft:
    month: int
    percent: Decimal
    label: str
    label_line: SourceLine
    value_line: SourceLine
    fixes: list[Fix] = field(default_factory=list)


@dataclass
class SpendingPlanRead:
    checkpoints: list[CheckpointDraft]
    lines: list[SourceLine]


@dataclass
class _Mark:
    """A checkpoint header: its columns, month (None when lost) and repairs."""

    first: int
    last: int
    month: int | None
    fixes: list[Fix] = field(default_factory=list)


def read_checkpoints(lines: list[SourceLine], fixes: list[Fix]) -> SpendingPlanRead | None:
    """The spending plan among ``lines``; unreadable checkpoints are added to ``fixes``."""
    for index, line in enumerate(lines):
        marks = _marks(line)
        if len([mark for mark in marks if mark.month is not None]) < 2:
            continue
        for value_line in [line, *lines[index + 1 : index + 1 + _MAX_VALUE_ROW_DISTANCE]]:
            percents = _percents(value_line)
            if len(percents) >= 2:
                checkpoints = _match(marks, percents, line, value_line, fixes)
                return SpendingPlanRead(checkpoints, list(dict.fromkeys([line, value_line])))
    return None


def _marks(line: SourceLine) -> list[_Mark]:
    cells = [(i, squashed(cell)) for i, cell in enumerate(line.cells) if cell.strip()]
    marks: list[_Mark] = []
    skip: set[int] = set()
    for k, (i, cell) in enumerate(cells):
        if i in skip:
            continue
        following = cells[k + 1] if k + 1 < len(cells) else None
        if match := _MONTH_RE.fullmatch(cell):
            marks.append(_Mark(i, i, int(match[1])))
        elif cell in _PERIOD_WORDS:
            marks.append(_Mark(i, i, _PERIOD_WORDS[cell]))
        elif _BARE_MONTH_RE.fullmatch(cell) and following and "月" in following[1]:
            marks.append(_cut_header(line, i, cell, following))
            skip.add(following[0])
        elif "月" in cell and len(cell) <= 4:
            marks.append(_Mark(i, i, None))
    return [mark for mark in marks if mark.month is None or 1 <= mark.month <= 12]


def _cut_header(line: SourceLine, index: int, cell: str, following: tuple[int, str]) -> _Mark:
    """``10`` | ``D 月底``: a header cut in two; the month is the number before the cut."""
    month = int(cell)
    label = f"{month}月底"
    original = f"{line.cells[index].strip()}\t{line.cells[following[0]].strip()}"
    reason = f"表头“{label}”被OCR拆成两栏(“{cell}”“{following[1]}”),按“{label}”读取"
    fix = Fix("label", ItemKind.REPAIRED, reason, line, original, label)
    return _Mark(index, following[0], month, [fix])


def _percents(line: SourceLine) -> list[tuple[int, Decimal]]:
    found = [(i, _PERCENT_RE.fullmatch(squashed(cell))) for i, cell in enumerate(line.cells)]
    return [(i, Decimal(match[1])) for i, match in found if match]


def _match(
    marks: list[_Mark],
    percents: list[tuple[int, Decimal]],
    label_line: SourceLine,
    value_line: SourceLine,
    fixes: list[Fix],
) -> list[CheckpointDraft]:
    by_column = [next((m for m in marks if m.first <= i <= m.last), None) for i, _ in percents]
    if sum(m is not None for m in by_column) * 2 < len(percents) and len(marks) == len(percents):
        by_column = list(marks)  # rows not aligned by column (a pipe table): match in order
    pairs = list(zip(by_column, (p for _, p in percents), strict=True))
    checkpoints: list[CheckpointDraft] = []
    for position, (mark, percent) in enumerate(pairs):
        if mark is not None and mark.month is not None:
            label = f"{mark.month}月底"
            checkpoints.append(
                CheckpointDraft(
                    mark.month, percent, label, label_line, value_line, list(mark.fixes)
                )
            )
            continue
        month = _lost_month(pairs, position, percent)
        if month is None:
            shown = format_decimal(percent)
            reason = f"资金支出计划中累计比例“{shown}%”的表头未识别出,无法判断其月份,未读取"
            fixes.append(
                Fix("spending_plan", ItemKind.UNREADABLE, reason, label_line, f"{percent}%")
            )
            continue
        label = f"{month}月底"
        reason = (
            f"表头未识别出;累计比例{format_decimal(percent)}%恰为均衡支出到{month}月底的进度,"
            f"{month}月底也是资金支出计划的常用节点,且在前后节点之间,判读为“{label}”"
        )
        fix = Fix("label", ItemKind.UNCERTAIN, reason, label_line, None, label)
        checkpoints.append(CheckpointDraft(month, percent, label, label_line, value_line, [fix]))
    return checkpoints


def _lost_month(
    pairs: list[tuple[_Mark | None, Decimal]], position: int, percent: Decimal
) -> int | None:
    months = percent * 12 / 100
    if months != months.to_integral_value() or int(months) not in STANDARD_MONTHS:
        return None
    month = int(months)
    before = [m.month for m, _ in pairs[:position] if m is not None and m.month is not None]
    after = [m.month for m, _ in pairs[position + 1 :] if m is not None and m.month is not None]
    if (before and before[-1] >= month) or (after and after[0] <= month):
        return None
    return month


def read_spending_plan(
    source: str, lines: list[SourceLine], report: ImportReport, path: str
) -> list[SpendingCheckpoint]:
    """The plan among a project's lines, each checkpoint with where it was read; its repairs
    and doubts reported on ``path`` (``projects[0]``)."""
    fixes: list[Fix] = []
    read = read_checkpoints(lines, fixes)
    plan: list[SpendingCheckpoint] = []
    for index, draft in enumerate(read.checkpoints if read is not None else []):
        checkpoint = SpendingCheckpoint(
            month=draft.month,
            cumulative_percent=draft.percent,
            label=draft.label,
            provenance={
                ROW: provenance_of(source, draft.value_line),
                "label": provenance_of(source, draft.label_line),
            },
        )
        where = f"{path}.spending_plan[{index}]"
        apply_fixes(report, source, where, checkpoint.provenance, draft.fixes)
        plan.append(checkpoint)
    for fix in fixes:
        report.add(
            fix.kind,
            fix.reason,
            field=f"{path}.{fix.key}",
            line=fix.line.number if fix.line else None,
            original=fix.original,
        )
    return plan
