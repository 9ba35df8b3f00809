"""A goal's 项目名称及金额 cell spread down its column (the money the goal is tied to).

A goals table prints the funding block once, in a cell merged over the goal's rows; an OCR
reads it as fragments in that column, one per row (``人员经`` / ``费 (64.18`` / ``万元)``).
The fragments of a goal's rows, in the column the header's 项目名称及金额 cell stands in,
are read as one cell: its name and amount, each that could not be read said so, the name
merged from several rows reported. A name the OCR cut (``侨务工``) is completed from the one
project whose name starts so (:func:`complete_name`). A rule of the 部门预算绩效文本, a step
of the assembly on the goals part's lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

from jixiao.domain.model import FundingBlock
from jixiao.ingest.cells import read_amount, squashed
from jixiao.ingest.general.fixes import ROW, Fix, provenance_of
from jixiao.ingest.general.kinds import VALUE_KINDS, Kind, kind_of
from jixiao.ingest.general.places import line_span
from jixiao.ingest.report import ItemKind
from jixiao.ingest.source import SourceLine

_HEADER_WORDS: Final = ("项目名称", "金额")
_FUNDING_RE: Final = re.compile(
    r"(?P<name>[^((0-9]*?)\s*[((]?\s*(?P<amount>[0-9]+(?:\s?\.\s?[0-9]+)?)?\s*(?:万元|万)?\s*[))]?\s*"
)
_NOT_FRAGMENTS: Final = frozenset({Kind.CATEGORY, Kind.SUBCATEGORY, Kind.HEADER, Kind.QUANTITY})
_CJK_RE: Final = re.compile(r"[\u3400-\u9fff]")
_MIN_CUT_NAME: Final = 2


@dataclass
class SpreadBlock:
    """A funding block read from fragments, and what its reading changed or could not read."""

    block: FundingBlock
    fixes: list[Fix] = field(default_factory=list)


def funding_column(lines: Sequence[SourceLine]) -> tuple[int, int] | None:
    """(the header line's number, the column) of the 项目名称及金额 header cell, if any."""
    for line in lines:
        for column, cell in enumerate(line.cells):
            if all(word in squashed(cell) for word in _HEADER_WORDS):
                return line.number, column
    return None


def spread_block(
    source: str,
    lines: Sequence[SourceLine],
    column: tuple[int, int] | None,
    skipped: frozenset[int],
) -> SpreadBlock | None:
    """The funding block of a goal's rows (``lines``), from its fragments in the column;
    None when the column holds none. ``skipped``: lines holding no row (the goal's label)."""
    if column is None:
        return None
    header, at = column
    fragments = [
        (line.cells[at].strip(), line)
        for line in _table_lines(lines)
        if line.number != header
        and line.number not in skipped
        and len(line.cells) > at
        and line.cells[at].strip()
        and kind_of(line.cells[at].strip()) not in _NOT_FRAGMENTS
    ]
    return _read(source, fragments) if fragments else None


def _table_lines(lines: Sequence[SourceLine]) -> Sequence[SourceLine]:
    """The goal's lines down to its last row holding a value: the lines under the table
    (the signatures: ``单位负责人(签字): | 财务负责人(签字):``, a page's footer) are none of
    its rows."""
    rows = [
        k
        for k, line in enumerate(lines)
        if any(kind_of(cell.strip()) in VALUE_KINDS for cell in line.cells[1:])
    ]
    return lines[: rows[-1] + 1] if rows else lines


def _read(source: str, fragments: list[tuple[str, SourceLine]]) -> SpreadBlock:
    text = _read_once(squashed("".join(part for part, _ in fragments)))
    first = fragments[0][1]
    provenance = {ROW: provenance_of(source, first, fragments[-1][1])}
    match = _FUNDING_RE.fullmatch(text)
    if match is None:
        reason = f"“项目名称及金额”单元格“{text}”无法识别,不作推测"
        block = FundingBlock(provenance=provenance)
        return SpreadBlock(block, [Fix(ROW, ItemKind.UNREADABLE, reason, first, text)])
    name = match["name"] or None
    read = read_amount(match["amount"]) if match["amount"] else None
    if name is not None:
        provenance["name"] = provenance_of(source, first)
    if read is not None:
        with_amount = next(line for part, line in fragments if any(c.isdigit() for c in part))
        provenance["amount"] = provenance_of(source, with_amount)
    block = FundingBlock(name=name, amount=read.value if read else None, provenance=provenance)
    fixes: list[Fix] = []
    if len(fragments) > 1 and name:
        original = "\n".join(part for part, _ in fragments)
        span = line_span([line.number for _, line in fragments])
        reason = f"“项目名称及金额”单元格被OCR拆在{span},合并读取"
        fixes.append(Fix("name", ItemKind.REPAIRED, reason, first, original, text))
    if name is None:
        reason = f"“项目名称及金额”单元格只识别出“{text}”,名称已丢失,不作推测"
        fixes.append(Fix(ROW, ItemKind.UNREADABLE, reason, first, text))
    if read is None:
        reason = f"“项目名称及金额”单元格只识别出“{text}”,金额未识别出,不作推测"
        fixes.append(Fix("amount", ItemKind.UNREADABLE, reason, first, text))
    return SpreadBlock(block, fixes)


def complete_name(spread: SpreadBlock, projects: Sequence[str | None]) -> SpreadBlock:
    """The block with a name the OCR cut completed from the one project whose name starts
    with it (``侨务工`` → ``侨务工作经费``), the completion recorded."""
    name = spread.block.name
    names = [project for project in projects if project]
    if name is None or len(name) < _MIN_CUT_NAME or name in names:
        return spread
    matches = [project for project in names if project.startswith(name)]
    if len(matches) != 1:
        return spread
    where = spread.block.provenance.get("name") or spread.block.provenance.get(ROW)
    line = SourceLine(where.line or 0, where.text or "", (), where.page) if where else None
    reason = f"单元格只识别出“{name}”;第二部分唯一以此开头的预算项目为“{matches[0]}”,据此补全名称"
    fix = Fix("name", ItemKind.CROSS_FILLED, reason, line, name, matches[0])
    block = spread.block.model_copy(update={"name": matches[0]})
    return SpreadBlock(block, [*spread.fixes, fix])


def _read_once(text: str) -> str:
    """A merged cell cut at a page break and printed again at the top of the next page
    (``侨务工作经费侨务工作经费``) is read once."""
    for size in range(2, len(text) // 2 + 1):
        times, rest = divmod(len(text), size)
        unit = text[:size]
        if not rest and unit * times == text and _CJK_RE.search(unit):
            return unit
    return text
