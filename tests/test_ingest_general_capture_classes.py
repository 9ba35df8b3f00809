"""Capture classes the relayout generator (tests/relayout) showed the reader missing, each
read here in a small text of its own: a Markdown table whose header is printed on two lines
(the alignment row between them), and a table one cell per line whose header is two lines."""

from __future__ import annotations

from general_support import table_rows
from jixiao.ingest.general.normalise import is_alignment_row
from jixiao.ingest.general.vocabulary import Role

_MARKDOWN = """| 一级指标 | 二级指标 | 三级指标 | 年度指标值 |  | 实际完成值 | 分值 | 得分 |
| --- | --- | --- | --- | --- | --- | --- | --- |
|  |  |  | 指标值 | 度量单位 |  |  |  |
| 产出指标 | 数量指标 | 新建供水管网长度 | ≥30 | 公里 | 32公里 | 20 | 20 |
| 产出指标 | 质量指标 | 供水水质达标率 | ≥95 | % | 97% | 20 | 20 |
"""


def test_a_markdown_alignment_row_is_no_row() -> None:
    assert is_alignment_row(("---", ":---:", "---:"))
    assert not is_alignment_row(("---",))  # a rule alone is another matter
    assert not is_alignment_row(("-", "2"))


def test_a_markdown_header_on_two_lines_names_the_split_target_columns() -> None:
    rows = table_rows(_MARKDOWN)
    assert [(row[Role.NAME], row[Role.TARGET], row[Role.UNIT]) for row in rows] == [
        ("新建供水管网长度", "≥30", "公里"),
        ("供水水质达标率", "≥95", "%"),
    ]
