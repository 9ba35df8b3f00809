"""What an OCR left in a goals table's 一级 column that is no label: listed, not guessed.

A goals table prints its 一级 labels (产出指标, 效益指标) in one column; where the OCR could
not read a label's glyphs it leaves marks (``** ** ***``) or other characters (``沙米长 仁``)
in that column of an indicator's row. They are no part of the indicator and no label of
its own: each is listed UNRECOGNISED on the indicator of its row, with what was printed,
so a reader can look. A rule of the 部门预算绩效文本, a step of the assembly on one goal's
rows.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import Final

from jixiao.domain.model import Indicator
from jixiao.ingest.cells import squashed
from jixiao.ingest.general.kinds import Kind, kind_of
from jixiao.ingest.report import ItemKind, ReportItem
from jixiao.ingest.source import SourceLine

Note = Callable[[ReportItem, Indicator], None]
_LABEL_KINDS: Final = frozenset({Kind.CATEGORY, Kind.SUBCATEGORY, Kind.HEADER})


def label_column(lines: Sequence[SourceLine]) -> int | None:
    """The column most of the part's 一级 labels stand in."""
    columns = Counter(
        at for line in lines for at, cell in enumerate(line.cells) if kind_of(cell) is Kind.CATEGORY
    )
    return columns.most_common(1)[0][0] if columns else None


def list_stray_marks(
    indicators: Sequence[Indicator],
    line_of: Callable[[Indicator], SourceLine | None],
    column: int | None,
    note: Note,
) -> None:
    """Note, on its indicator, each cell of the label column that is no label."""
    if column is None:
        return
    for indicator in indicators:
        line = line_of(indicator)
        if line is None or len(line.cells) <= column:
            continue
        cell = line.cells[column].strip()
        if not cell or kind_of(cell) in _LABEL_KINDS or squashed(cell) == squashed(indicator.name):
            continue
        note(
            ReportItem(
                kind=ItemKind.UNRECOGNISED,
                reason="一级指标栏中未识别的内容(不是指标名称,也不是可识别的指标类别),未读取",
                page=line.page,
                line=line.number,
                original=cell,
            ),
            indicator,
        )
