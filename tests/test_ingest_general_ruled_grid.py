"""A plain-text grid (pandoc, psql, an office suite's "text with borders") ruled between its
rows: the lines between two rules are one row, each column's pieces one cell; a grid ruled
only between groups of rows keeps every line a row of its own."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from general_support import read_form, table_rows, text_source
from jixiao.domain.framework import Subcategory
from jixiao.ingest.general.normalise import normalise_source
from jixiao.ingest.general.ruled_grid import is_grid_rule, join_ruled_rows
from jixiao.ingest.general.vocabulary import Role

_RULE = "+--------+----------+--------------+------------+------+--------------+"

_RULED_BETWEEN_ROWS = f"""项目支出绩效自评表
项目名称：乡村道路养护
{_RULE}
| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 分值 | 偏差原因分析 |
|        |          |              |            |      | 及改进措施   |
{_RULE}
| 产出指标 | 数量指标 | 村道日常养护 | ≥320公里   | 20   |              |
|        |          | 里程         |            |      |              |
{_RULE}
|        | 时效指标 | 水毁路段修复 | 2025年9月30 | 10   | 汛期延长；下 |
|        |          | 完成时间     | 日前       |      | 年提前备料   |
{_RULE}
|        | 成本指标 | 每公里养护单 | ≤1.2万元   | 10   |              |
|        |          | 位成本       |            |      |              |
{_RULE}
| 效益指标 | 社会效益指 | 群众出行满意 | ≥92%       | 10   |              |
|        | 标       | 度           |            |      |              |
{_RULE}
"""

_RULED_BETWEEN_GROUPS = f"""项目支出绩效目标表
{_RULE}
| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 分值 | 备注 |
{_RULE}
| 产出指标 | 数量指标 | 村道日常养护里程 | ≥320公里 | 20 | |
|        | 质量指标 | 养护路段优良率 | ≥85% | 20 | |
{_RULE}
| 效益指标 | 社会效益指标 | 群众出行条件 | 明显改善 | 10 | |
|        |          | 群众出行满意度 | ≥92% | 10 | |
{_RULE}
"""


def test_a_grid_rule_is_told_from_a_row_and_a_figure() -> None:
    assert is_grid_rule(_RULE)
    assert is_grid_rule("+======+=====+====+")
    assert not is_grid_rule("+5%")
    assert not is_grid_rule("| 一级指标 | 二级指标 |")


def test_rows_wrapped_between_rules_are_read_whole(tmp_path: Path) -> None:
    document = read_form(tmp_path, _RULED_BETWEEN_ROWS)
    read = {i.name: i for p in document.projects for i in p.indicators}
    assert list(read) == [
        "村道日常养护里程",
        "水毁路段修复完成时间",
        "每公里养护单位成本",
        "群众出行满意度",
    ]
    cost = read["每公里养护单位成本"].target
    assert cost is not None
    assert (cost.operator, cost.value, cost.unit) == ("≤", Decimal("1.2"), "万元")
    assert read["群众出行满意度"].subcategory is Subcategory.SOCIAL


def test_a_wrapped_date_and_reason_are_joined_in_their_columns() -> None:
    rows = table_rows(_RULED_BETWEEN_ROWS)
    repair = next(row for row in rows if row.get(Role.NAME) == "水毁路段修复完成时间")
    assert repair[Role.TARGET] == "2025年9月30日前"
    assert "汛期延长;下年提前备料" in repair.values()  # the reader reads punctuation half-width


def test_the_joined_lines_keep_their_numbers_and_stand_empty() -> None:
    source = text_source(_RULED_BETWEEN_ROWS)
    joined = join_ruled_rows(source.lines)
    assert joined is not None
    assert [line.number for line in joined] == [line.number for line in source.lines]
    assert joined[6].cells[:4] == ("产出指标", "数量指标", "村道日常养护里程", "≥320公里")
    assert joined[7].cells == ()
    assert joined[7].text == ""


def test_a_grid_ruled_between_groups_keeps_each_line_a_row() -> None:
    assert join_ruled_rows(text_source(_RULED_BETWEEN_GROUPS).lines) is None
    names = [row.get(Role.NAME) for row in table_rows(_RULED_BETWEEN_GROUPS)]
    assert names == ["村道日常养护里程", "养护路段优良率", "群众出行条件", "群众出行满意度"]


def test_a_grid_without_wrapped_rows_is_left_as_it_is() -> None:
    text = _RULED_BETWEEN_GROUPS.replace(
        "|        | 质量指标 | 养护路段优良率 | ≥85% | 20 | |\n", ""
    )
    source, _ = normalise_source(text_source(text))
    assert [line.text for line in source.lines if line.text.startswith("| 产出")] == [
        "| 产出指标 | 数量指标 | 村道日常养护里程 | ≥320公里 | 20 | |"
    ]


def test_the_report_says_the_grid_rows_were_joined() -> None:
    _, notes = normalise_source(text_source(_RULED_BETWEEN_ROWS))
    assert "纯文本网格表(+---+ 边框)中折成多行的单元格已按列合并为一行" in notes
    _, untouched = normalise_source(text_source(_RULED_BETWEEN_GROUPS))
    assert not any("网格表" in note for note in untouched)


# a page's tables saved as text with w3m: drawn with box glyphs, a rule under every row,
# long cells wrapped inside their boxes
_BOX_FORM = """\
某县交通运输局2024年项目支出绩效目标表
┌────────────┬──────────────────────┐
│项目名称    │乡村道路安全生命防护工│
│            │程补助项目            │
├────────────┼──────────────────────┤
│主管部门    │某县交通运输局        │
├────────────┼──────────────────────┤
│项目资金    │年度资金总额：640.00  │
│（万元）    │其中：财政拨款：600.00│
└────────────┴──────────────────────┘
┌────────┬────────┬──────────────┬────────┐
│一级指标│二级指标│三级指标      │指标值  │
├────────┼────────┼──────────────┼────────┤
│产出指标│数量指标│新增波形护栏长│≥85公里 │
│        │        │度            │        │
├────────┼────────┼──────────────┼────────┤
│        │质量指标│工程验收合格率│100%    │
└────────┴────────┴──────────────┴────────┘
"""


def test_a_box_drawn_grids_wrapped_cells_are_one_row(tmp_path: Path) -> None:
    document = read_form(tmp_path, _BOX_FORM)
    assert document.projects[0].name == "乡村道路安全生命防护工程补助项目"
    names = [indicator.name for indicator in document.projects[0].indicators]
    assert names == ["新增波形护栏长度", "工程验收合格率"]


def test_a_box_drawn_funds_cell_of_two_lines_keeps_both_figures(tmp_path: Path) -> None:
    project = read_form(tmp_path, _BOX_FORM).projects[0]
    assert (project.budget, project.fiscal_funds) == (Decimal("640.00"), Decimal("600.00"))


def test_a_box_grid_ruled_between_groups_keeps_a_row_of_figures_its_own() -> None:
    # near miss: two indicators in one box, the second with its own target, are two rows
    text = (
        "┌────────┬──────────────┬────────┐\n"
        "│数量指标│新增护栏长度  │≥85公里 │\n"
        "│        │新增标志标牌数│≥240块  │\n"
        "└────────┴──────────────┴────────┘\n"
    )
    assert join_ruled_rows(text_source(text).lines) is None
