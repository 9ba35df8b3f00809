"""A department target table whose header a PDF's tab layer garbled past reading, found by
its first 一级 label: the rows above that label, each a name and a target, are the table's
even where a line holding only the last words of the merged funding cell beside them
(``万元)``) stands between them and the label (session 17)."""

from __future__ import annotations

from general_support import table_rows
from jixiao.ingest.general.vocabulary import Role

_HEADER = "\t项目名 称及金 额(万 元)\t一级指标\t指标 二级指标 指标值\t\t\t\t\t备注\t\n"
_ROWS_ABOVE = (
    "整体支出\t\t\t\t档案查阅办结率\t\t≥98%\t\t\t\n"
    "绩效指标\t公用经\t\t\t办公设备完好率\t\t≥90%\t\t\t\n"
    "\t费 (12.50\t\t\t会议按期召开率\t\t100%\t\t\t\n"
)
_LABELLED = "\t\t效益指标\t\t群众查档满意度\t\t≥95%\t\t\t\n"


def _targets(text: str) -> dict[str, str]:
    return {row[Role.NAME]: row[Role.TARGET] for row in table_rows(text) if Role.NAME in row}


def test_rows_above_a_merged_cells_last_words_are_the_tables() -> None:
    read = _targets(_HEADER + _ROWS_ABOVE + "\t万元)\t\t\t\t\t\t\t\t\n" + _LABELLED)
    assert read["档案查阅办结率"] == "≥98%"
    assert read["办公设备完好率"] == "≥90%"
    assert read["会议按期召开率"] == "100%"
    assert read["群众查档满意度"] == "≥95%"


def test_a_line_of_words_between_ends_the_rows_above() -> None:
    # a sentence on a line of its own is no piece of a merged cell: the rows above it are
    # another text's, not this table's
    between = "\t本单位年度整体支出绩效目标如下所列\t\t\t\t\t\t\t\t\n"
    read = _targets(_HEADER + _ROWS_ABOVE + between + _LABELLED)
    assert "档案查阅办结率" not in read
    assert read["群众查档满意度"] == "≥95%"
