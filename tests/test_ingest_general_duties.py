"""A 部门预算's 整体绩效目标 whose indicators stand under the department's duties and
activities (部门职责 → 工作活动 → 绩效指标 → 指标值): the duty and activity printed once over
their rows (a merged cell), or on a line of their own (``职责：…``); neither is an indicator
nor a 一级/二级 label, the indicators under them are."""

from __future__ import annotations

from general_support import table_rows
from jixiao.ingest.general.kinds import Kind, kind_of
from jixiao.ingest.general.vocabulary import Role

_PIPE = """\
| 部门职责 | 工作活动 | 绩效指标 | 指标值 |
|---|---|---|---|
| 城乡低保 | 低保金发放 | 城市低保保障人数 | ≥1200人 |
| | | 农村低保保障人数 | ≥3400人 |
| | 动态管理 | 低保对象复核率 | 100% |
| 养老服务 | 居家养老 | 居家养老服务人次 | ≥5000人次 |
"""

_SPACED = """\
职责名称        活动名称          绩效指标                   指标值
城乡低保        低保金发放        城市低保保障人数           ≥1200人
                                  农村低保保障人数           ≥3400人
                动态管理          低保对象复核率             100%
                                  低保对象死亡率             低于全市平均水平
养老服务        居家养老          居家养老服务人次           ≥5000人次
"""

_LINES = """\
部门职责 工作活动 绩效指标 指标值
职责：城乡低保
活动：低保金发放
城市低保保障人数 ≥1200人
农村低保保障人数 ≥3400人
活动：动态管理
低保对象复核率 100%
"""

_WANT = [
    ("城市低保保障人数", "≥1200人"),
    ("农村低保保障人数", "≥3400人"),
    ("低保对象复核率", "100%"),
]


def _indicators(text: str) -> list[tuple[str, str]]:
    return [(row[Role.NAME], row.get(Role.TARGET, "")) for row in table_rows(text)]


def test_duties_and_activities_merged_down_a_pipe_table_are_no_indicators() -> None:
    rows = table_rows(_PIPE)
    assert _indicators(_PIPE) == [*_WANT, ("居家养老服务人次", "≥5000人次")]
    assert [row.get(Role.ACTIVITY) for row in rows] == ["低保金发放", None, "动态管理", "居家养老"]
    assert all(Role.CATEGORY not in row and Role.SUBCATEGORY not in row for row in rows)


def test_a_space_aligned_table_under_duties_reads_its_two_cell_rows() -> None:
    assert _indicators(_SPACED) == [
        *_WANT,
        ("低保对象死亡率", "低于全市平均水平"),
        ("居家养老服务人次", "≥5000人次"),
    ]


def test_lines_naming_the_duty_and_activity_are_no_rows() -> None:
    assert _indicators(_LINES) == _WANT


def test_a_standard_compared_with_a_level_elsewhere_is_a_target() -> None:
    assert kind_of("低于全省平均水平") is Kind.QUALITATIVE
    assert kind_of("高于上年同期") is Kind.QUALITATIVE
    assert kind_of("全省平均水平测算") is not Kind.QUALITATIVE


def test_the_block_label_heads_no_column_beside_a_name_column() -> None:
    text = (
        "绩效指标\n一级指标 二级指标 三级指标 指标值\n产出指标 数量指标 城市低保保障人数 ≥1200人\n"
    )
    assert _indicators(text) == [("城市低保保障人数", "≥1200人")]


def test_a_names_wrapped_last_word_activity_stays_the_names() -> None:
    text = (
        "| 一级指标 | 二级指标 | 三级指标 | 指标值 |\n"
        "| 产出指标 | 数量指标 | 旅游宣传推介 | ≥12场 |\n"
        "| | | 活动 | |\n"
    )
    assert _indicators(text) == [("旅游宣传推介活动", "≥12场")]


_ONE_A_LINE = "\n".join(
    [
        "部门职责",
        "工作活动",
        "绩效指标",
        "指标值",
        "城乡低保",
        "低保金发放",
        "城市低保保障人数",
        "≥1200人",
        "农村低保保障人数",
        "≥3400人",
        "动态管理",
        "低保对象复核率",
        "100%",
        "养老服务",
        "居家养老",
        "居家养老服务人次",
        "≥5000人次",
    ]
)


def test_duties_and_activities_one_cell_a_line_head_their_first_row() -> None:
    rows = table_rows(_ONE_A_LINE + "\n")
    assert _indicators(_ONE_A_LINE + "\n") == [*_WANT, ("居家养老服务人次", "≥5000人次")]
    assert [(row.get(Role.DUTY), row.get(Role.ACTIVITY)) for row in rows] == [
        ("城乡低保", "低保金发放"),
        (None, None),
        (None, "动态管理"),
        ("养老服务", "居家养老"),
    ]


# a text PDF's layer with its layout kept: each header word stacked over two lines (部 门 /
# 职 责), cells wrapped around their row's line, a value cut at its cell's edge (以 / 上)
_PDF = """\
部 门       工 作       绩 效 指 标   指 标 值
职 责       活 动
城乡低保    低保金发    城市低保保障  1200人(含)以
            放          人数          上
                        农村低保保障  达到3400人以
                        人数          上
            动态管理    低保对象复核  100%
                        率
养老服务    居家养老    居家养老服务  ≥5000人次
                        人次
                        老年人服务满  90%以上
                        意度
"""


def test_a_pdf_duty_table_with_its_header_words_stacked_is_relaid_by_its_places() -> None:
    rows = table_rows(_PDF)
    assert _indicators(_PDF) == [
        ("城市低保保障人数", "1200人(含)以上"),
        ("农村低保保障人数", "达到3400人以上"),
        ("低保对象复核率", "100%"),
        ("居家养老服务人次", "≥5000人次"),
        ("老年人服务满意度", "90%以上"),
    ]
    assert rows[0][Role.ACTIVITY] == "低保金发放"
