"""A table row stating a project's money is no prose statement of it: the general reader's
prose funding looks inside a cell, never across a row's cells (a workbook's row is its cells
joined by a tab, which squashing the text would remove)."""

from __future__ import annotations

from decimal import Decimal

from jixiao.ingest.general.fields import read_prose_funding
from jixiao.ingest.general.vocabulary import Role
from jixiao.ingest.source import SourceLine


def test_a_workbook_rows_label_and_amount_cells_are_no_prose_funding() -> None:
    cells = ("预算数", "1400万元", "其中:财政资金", "1300万元", "其他资金", "100万元")
    assert read_prose_funding([SourceLine(5, "\t".join(cells), cells)]) is None


def test_the_same_words_in_one_cell_are_still_read_as_prose_funding() -> None:
    text = "项目全年预算数1400万元,全年执行数1300万元。"
    row = read_prose_funding([SourceLine(5, text, (text,))])
    assert row is not None
    assert (row.figures[Role.BUDGET], row.figures[Role.ACTUAL]) == (
        Decimal("1400"),
        Decimal("1300"),
    )
