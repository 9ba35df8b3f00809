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


# One cell a line, empty cells kept as blank lines: the header's target word spans two
# columns whose names (指标值, 度量单位) stand on the header's second line.
_CELL_LINES_TWO_HEADER_LINES = "\n".join(
    [
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "",
        "实际完成值",
        "",
        "",
        "",
        "指标值",
        "度量单位",
        "",
        "产出指标",
        "数量指标",
        "新建供水管网长度",
        "≥30",
        "公里",
        "32公里",
        "",
        "质量指标",
        "供水水质达标率",
        "≥95",
        "%",
        "97%",
        "效益指标",
        "社会效益指标",
        "受益人口数量",
        "≥1.2",
        "万人",
        "1.3万人",
    ]
)


def test_one_cell_a_line_under_a_header_of_two_lines_reads_by_position() -> None:
    rows = table_rows(_CELL_LINES_TWO_HEADER_LINES)
    assert [
        (row[Role.NAME], row[Role.TARGET], row[Role.UNIT], row[Role.ACTUAL]) for row in rows
    ] == [
        ("新建供水管网长度", "≥30", "公里", "32公里"),
        ("供水水质达标率", "≥95", "%", "97%"),
        ("受益人口数量", "≥1.2", "万人", "1.3万人"),
    ]


# The block's label (绩效指标) over a column of its own, repeated on every row.
_CELL_LINES_LEAD = "\n\n".join(
    [
        "绩效指标",
        "一级指标",
        "二级指标",
        "三级指标",
        "指标值",
        *("绩效指标", "产出指标", "数量指标", "新建供水管网长度", "≥30公里"),
        *("绩效指标", "产出指标", "质量指标", "供水水质达标率", "≥95%"),
        *("绩效指标", "满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
    ]
)


def test_the_blocks_label_over_its_own_column_holds_nothing_of_a_row() -> None:
    rows = table_rows(_CELL_LINES_LEAD)
    assert [(row[Role.CATEGORY], row[Role.NAME], row[Role.TARGET]) for row in rows] == [
        ("产出指标", "新建供水管网长度", "≥30公里"),
        ("产出指标", "供水水质达标率", "≥95%"),
        ("满意度指标", "受益群众满意度", "≥90%"),
    ]


# Columns parted by spaces, one name wrapped onto a second line (so the layout's relay reads
# the table), and a row whose target is in words (优良) under a row of figures.
_SPACED_WITH_A_WORD_TARGET = """\
一级指标    二级指标            指标内容                  分值  指标值                评分标准                               实际完成情况  得分
产出指标    数量指标            农村公路日常养护里程      15    大于等于1320公里      达到目标值得满分,否则不得分            1320          15
                                生命安全防护工程实施      5     大于等于85公里        每低于目标值1个百分点扣0.5分,扣完为止  86.4          5
                                里程
            质量指标            养护路段优良路率          10    达到80%               完成目标得满分,未完成按比例扣分        82.6          10
                                养护工程质量              5     优良                  每低于目标值1个百分点扣0.5分,扣完为止  优良          5
            时效指标            养护资金拨付及时率        10    =100%                 每低于目标值1个百分点扣0.5分,扣完为止  100           10
"""  # noqa: E501


def test_a_spaced_row_with_its_target_in_words_is_a_row_of_its_own() -> None:
    rows = table_rows(_SPACED_WITH_A_WORD_TARGET)
    assert [(row[Role.NAME], row[Role.TARGET]) for row in rows] == [
        ("农村公路日常养护里程", "大于等于1320公里"),
        ("生命安全防护工程实施里程", "大于等于85公里"),
        ("养护路段优良路率", "达到80%"),
        ("养护工程质量", "优良"),
        ("养护资金拨付及时率", "=100%"),
    ]
