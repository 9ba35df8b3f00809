"""A pipe row broken inside its first cell, in a table whose merged labels are printed once:
the row is a name and its target only, two cells (``| 综合应急`` / ``演练次数 | ≥4次 |``)."""

from __future__ import annotations

from general_support import table_rows
from jixiao.ingest.general.broken_rows import rejoin_broken_rows
from jixiao.ingest.general.vocabulary import Role
from jixiao.ingest.readers.text import split_cells
from jixiao.ingest.source import SourceLine

_NARROW_ROWS_BROKEN = """\
| 一级指标 | 二级指标 | 指标名称 | 年度指标值 |
| 产出指标 | 数量指标 | 安全生产执法检查
企业家次 | ≥1200家次 |
| 综合应急
演练次数 | ≥4次 |
| 应急物资储
备库 | 2个 |
| 质量指标 | 重大安全
隐患整改率 | 100% |
| 执法案卷评查
合格率 | ≥95% |
"""


def test_a_name_and_its_target_broken_over_lines_read_as_one_row() -> None:
    rows = table_rows(_NARROW_ROWS_BROKEN)
    assert [(row[Role.NAME], row[Role.TARGET]) for row in rows] == [
        ("安全生产执法检查企业家次", "≥1200家次"),
        ("综合应急演练次数", "≥4次"),
        ("应急物资储备库", "2个"),
        ("重大安全隐患整改率", "100%"),
        ("执法案卷评查合格率", "≥95%"),
    ]


def test_a_title_in_bars_before_a_line_of_text_closing_with_a_bar_is_not_joined() -> None:
    # two cells, but the second is no target: a heading and a remark, not a broken row
    texts = ["| 三级指标 | 指标值 |", "| 备注", "数据来源 | 统计年报 |"]
    lines = [
        SourceLine(number=n, text=text, cells=split_cells(text))
        for n, text in enumerate(texts, start=1)
    ]
    assert rejoin_broken_rows(lines) == lines
