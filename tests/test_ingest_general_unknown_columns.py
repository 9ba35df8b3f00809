"""Header words: the genre's column words the vocabulary knows (完善措施, 计算方法, 数据来源 …),
and a word no list will ever hold (a site's own ``经办人意见``, ``复核科室``), which is a column
all the same: it keeps its place, its cells are read as nothing, and no other column is read
one place off. In pipe tables, space-separated text and text captured one cell a line, the
unknown word among the header's words and at its end."""

from __future__ import annotations

import pytest

from general_support import table_rows
from jixiao.ingest.general.vocabulary import Role, header_role

_NAMES = ["病媒生物监测点数", "监测报告按时报送率", "辖区居民满意度"]
_TARGETS = ["≥48个", "100%", "≥85%"]

_HEADER = ["一级指标", "二级指标", "三级指标", "指标值"]
_ROWS = [
    ["产出指标", "数量指标", "病媒生物监测点数", "≥48个"],
    ["", "时效指标", "监测报告按时报送率", "100%"],
    ["满意度指标", "服务对象满意度指标", "辖区居民满意度", "≥85%"],
]
_OPINIONS = ["同意上报", "已复核无误", "同意"]


def _with_column(word: str, at: int) -> tuple[list[str], list[list[str]]]:
    header = [*_HEADER[:at], word, *_HEADER[at:]]
    rows = [[*row[:at], opinion, *row[at:]] for row, opinion in zip(_ROWS, _OPINIONS, strict=True)]
    return header, rows


def _pipes(header: list[str], rows: list[list[str]]) -> str:
    lines = [f"| {' | '.join(line)} |" for line in [header, ["---"] * len(header), *rows]]
    return "某区疾控中心2025年病媒生物防制项目绩效目标表\n" + "\n".join(lines) + "\n"


def _spaces(header: list[str], rows: list[list[str]]) -> str:
    lines = ["    ".join(cell or "  " for cell in line) for line in [header, *rows]]
    return "某区疾控中心2025年病媒生物防制项目绩效目标表\n" + "\n".join(lines) + "\n"


def _one_a_line(header: list[str], rows: list[list[str]]) -> str:
    cells = [cell for line in [header, *rows] for cell in line if cell]
    return "某区疾控中心2025年病媒生物防制项目绩效目标表\n" + "\n".join(cells) + "\n"


_LAYOUTS = {"pipes": _pipes, "spaces": _spaces, "one_a_line": _one_a_line}


@pytest.mark.parametrize("layout", sorted(_LAYOUTS))
@pytest.mark.parametrize("word", ["经办人意见", "复核科室"])
@pytest.mark.parametrize("at", [3, 4], ids=["among", "last"])
def test_a_column_word_no_list_knows_shifts_no_column(layout: str, word: str, at: int) -> None:
    rows = table_rows(_LAYOUTS[layout](*_with_column(word, at)))
    assert [row[Role.NAME] for row in rows] == _NAMES
    assert [row[Role.TARGET] for row in rows] == _TARGETS
    # the unknown column's cells are its own, never a remark nor a part of a name
    assert not any(set(row) & {Role.REMARK, Role.REASON, Role.DEFINITION} for row in rows)


@pytest.mark.parametrize(
    ("word", "role"),
    [
        ("完善措施", Role.RECTIFICATION),
        ("整改措施", Role.RECTIFICATION),
        ("计算方法", Role.DEFINITION),
        ("计分方法", Role.DEFINITION),
        ("评分细则", Role.DEFINITION),
        ("评分要点", Role.DEFINITION),
        ("评价依据", Role.BASIS),
        ("数据来源", Role.OTHER),
        ("佐证材料", Role.OTHER),
        ("未完成原因", Role.REASON),
        ("备注", Role.REMARK),
        ("权重", Role.WEIGHT),
    ],
)
def test_the_genres_column_words_are_known(word: str, role: Role) -> None:
    assert header_role(word) is role


def test_a_known_text_column_after_the_target_one_a_line_holds_its_rows_text() -> None:
    lines = [
        "某区疾控中心2025年病媒生物防制项目1-6月绩效运行监控表",
        *["一级指标", "二级指标", "三级指标", "年度指标值", "1-6月执行情况", "完善措施"],
        *["产出指标", "数量指标", "病媒生物监测点数", "≥48个", "30个"],
        *["时效指标", "监测报告按时报送率", "100%", "100%"],
        *["满意度指标", "服务对象满意度指标", "辖区居民满意度", "≥85%", "年底调查"],
    ]
    rows = table_rows("\n".join(lines) + "\n")
    assert [row[Role.NAME] for row in rows] == _NAMES
    assert [row[Role.TARGET] for row in rows] == _TARGETS


def test_a_first_name_right_under_a_header_one_a_line_stays_the_first_row() -> None:
    # no 一级 column: the body opens with a name, which reads as no column's word
    lines = [
        "某区疾控中心2025年病媒生物防制项目绩效目标表",
        *["指标名称", "指标值", "分值"],
        *["病媒生物监测点数", "≥48个", "40"],
        *["辖区居民满意度", "≥85%", "60"],
    ]
    rows = table_rows("\n".join(lines) + "\n")
    assert [row[Role.NAME] for row in rows] == ["病媒生物监测点数", "辖区居民满意度"]
    assert [row[Role.WEIGHT] for row in rows] == ["40", "60"]


def test_a_header_word_wrapped_over_two_lines_is_one_column_not_an_unknown_one() -> None:
    lines = [
        "某区疾控中心2025年病媒生物防制项目绩效目标表",
        *["一级指标", "二级指标", "三级指标", "年度", "指标值"],
        *["产出指标", "数量指标", "病媒生物监测点数", "≥48个"],
        *["满意度指标", "服务对象满意度指标", "辖区居民满意度", "≥85%"],
    ]
    rows = table_rows("\n".join(lines) + "\n")
    assert [row[Role.NAME] for row in rows] == ["病媒生物监测点数", "辖区居民满意度"]
    assert [row[Role.TARGET] for row in rows] == ["≥48个", "≥85%"]


@pytest.mark.parametrize("layout", sorted(_LAYOUTS))
def test_two_column_words_no_list_knows_shift_no_column(layout: str) -> None:
    header = ["一级指标", "二级指标", "三级指标", "经办人意见", "指标值", "复核科室"]
    rows = [[*row[:3], note, row[3], "办公室"] for row, note in zip(_ROWS, _OPINIONS, strict=True)]
    read = table_rows(_LAYOUTS[layout](header, rows))
    assert [row[Role.NAME] for row in read] == _NAMES
    assert [row[Role.TARGET] for row in read] == _TARGETS


_SCORED_HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "初评分"]
_SCORED_ROWS = [
    ["产出指标", "数量指标", "病媒生物监测点数", "≥48个", "50个", "30", "28"],
    ["", "时效指标", "监测报告按时报送率", "100%", "100%", "30", "27"],
    ["满意度指标", "服务对象满意度指标", "辖区居民满意度", "≥85%", "88%", "40", "36"],
]


@pytest.mark.parametrize("layout", sorted(_LAYOUTS))
def test_figures_in_a_column_no_list_knows_are_no_score(layout: str) -> None:
    header = [*_SCORED_HEADER, "得分"]
    rows = [[*row, score] for row, score in zip(_SCORED_ROWS, ["30", "28", "38"], strict=True)]
    read = table_rows(_LAYOUTS[layout](header, rows))
    assert [row[Role.NAME] for row in read] == _NAMES
    assert [row[Role.WEIGHT] for row in read] == ["30", "30", "40"]
    assert [row[Role.SCORE] for row in read] == ["30", "28", "38"]


def test_an_unknown_last_column_of_a_monitoring_table_each_cell_a_line_ending_in_a_pipe() -> None:
    # a web table copied cell by cell, each cell ending its line with a pipe, empty cells
    # a bare pipe; the header's last word is a site's own, the rows' cells under it empty
    cells = [
        *["一级指标", "二级指标", "三级指标", "年度指标值", "1-6月执行情况"],
        *["完成目标可能性", "督办意见"],
        *["产出指标", "数量指标", "病媒生物监测点数", "≥48个", "30个", "确定能", ""],
        *["时效指标", "监测报告按时报送率", "100%", "100%", "确定能", ""],
        *["满意度指标", "服务对象满意度指标", "辖区居民满意度", "≥85%", "年底调查", "有可能", ""],
    ]
    text = "某区疾控中心2025年项目支出绩效运行监控表\n" + "".join(f"{c} |\n" for c in cells)
    rows = table_rows(text)
    assert [row[Role.NAME] for row in rows] == _NAMES
    assert [row[Role.TARGET] for row in rows] == _TARGETS
    assert [row[Role.LIKELIHOOD] for row in rows] == ["确定能", "确定能", "有可能"]
