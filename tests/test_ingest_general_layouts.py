"""Layouts whose table text must first become cells: box-drawn tables, one cell per
paragraph, cards of ``label:value`` lines, rows run together."""

from __future__ import annotations

from jixiao.ingest.general.normalise import box_cells, normalise_source
from jixiao.ingest.general.stream import cells_of
from jixiao.ingest.general.table import find_tables, read_rows
from jixiao.ingest.general.vocabulary import Role
from jixiao.ingest.readers.text import split_cells
from jixiao.ingest.source import SourceDocument, SourceFormat, SourceLine


def _source(text: str) -> SourceDocument:
    lines = [
        SourceLine(number=n, text=raw, cells=split_cells(raw))
        for n, raw in enumerate(text.splitlines(), start=1)
    ]
    return SourceDocument(name="t.txt", format=SourceFormat.TEXT, lines=lines)


def _rows(text: str) -> list[dict[Role, str]]:
    source, _ = normalise_source(_source(text))
    cells = cells_of(source.lines)
    return [
        {role: cell.text for role, cell in row.cells.items()}
        for table in find_tables(cells)
        for row in read_rows(cells, table)
    ]


def test_a_box_drawn_row_is_cut_at_its_vertical_bars() -> None:
    assert box_cells(("│产出指标│数量指标│新建里程│≥85公里│",)) == (
        "产出指标",
        "数量指标",
        "新建里程",
        "≥85公里",
    )
    assert box_cells(("│      │        │路面达标率│≥96%│",)) == ("", "", "路面达标率", "≥96%")


def test_a_box_rule_line_holds_no_cell_and_other_lines_are_left_alone() -> None:
    assert box_cells(("├──────┼────┼────┤",)) == ()
    assert box_cells(("└──┴──┘",)) == ()
    assert box_cells(("项目名称:农村公路建设项目",)) is None
    assert box_cells(("——————",)) is None


def test_a_box_drawn_table_is_read_row_by_row() -> None:
    rows = _rows(
        "┌────┬────┬────┬────┐\n"
        "│一级指标│二级指标│三级指标│年度目标值│\n"
        "├────┼────┼────┼────┤\n"
        "│产出指标│数量指标│新改建农村公路里程│≥85公里│\n"
        "│    │    │自然村通硬化路│≥42个│\n"
        "└────┴────┴────┴────┘\n"
    )
    assert [(row[Role.NAME], row[Role.TARGET]) for row in rows] == [
        ("新改建农村公路里程", "≥85公里"),
        ("自然村通硬化路", "≥42个"),
    ]
