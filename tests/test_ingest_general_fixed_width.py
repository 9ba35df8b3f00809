"""A table run together cell by cell and cut into lines of one fixed width (a document-sharing
site's preview) is joined back before it is read; ordinary text keeps its lines."""

from __future__ import annotations

import itertools
import unicodedata
from decimal import Decimal
from pathlib import Path

from general_support import read_form, text_source
from jixiao.ingest.general.fixed_width import rejoin_fixed_width
from jixiao.ingest.general.normalise import normalise_source

# a 项目支出绩效目标表 (no actual column) with its fields, run together cell by cell
_CELLS = [
    "2025年度项目支出绩效目标表",
    "项目名称",
    "农村饮水安全巩固提升工程",
    "主管部门",
    "某县水利局",
    "实施单位",
    "某县农村供水管理站",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标值",
    "产出指标",
    "数量指标",
    "新建改造集中供水工程处数",
    "≥14处",
    "更新改造供水管网长度",
    "≥63.5公里",
    "质量指标",
    "农村集中供水水质达标率",
    "≥92%",
    "成本指标",
    "每处工程平均建设成本",
    "≤85万元",
    "效益指标",
    "社会效益指标",
    "受益农村人口数量",
    "≥2.4万人",
    "满意度指标",
    "服务对象满意度指标",
    "受益群众满意度",
    "≥90%",
]
_HEAD = "农村饮水安全巩固提升工程绩效目标表.pdf\n页数：2 | 格式：PDF | 下载：5积分\n\n"
_TAIL = "\n\n此处隐藏：1342字，全部文档内容请下载后查看。\n"
_WANT = {
    "新建改造集中供水工程处数": ("≥", Decimal("14"), "处"),
    "更新改造供水管网长度": ("≥", Decimal("63.5"), "公里"),
    "农村集中供水水质达标率": ("≥", Decimal("92"), "%"),
    "每处工程平均建设成本": ("≤", Decimal("85"), "万元"),
    "受益农村人口数量": ("≥", Decimal("2.4"), "万人"),
    "受益群众满意度": ("≥", Decimal("90"), "%"),
}


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _cut(text: str, width: int) -> list[str]:
    return [text[start : start + width] for start in range(0, len(text), width)]


def _cut_columns(text: str, columns: int) -> list[str]:
    """Cut at a display width: a wide character that does not fit opens the next line."""
    lines, line, used = [], "", 0
    for char in text:
        wide = _width(char)
        if used + wide > columns:
            lines.append(line)
            line, used = "", 0
        line += char
        used += wide
    return [*lines, line]


def _capture(lines: list[str]) -> str:
    return _HEAD + "\n".join(lines) + _TAIL


def _targets(tmp_path: Path, text: str) -> dict[str, tuple[str | None, Decimal | None, str | None]]:
    document = read_form(tmp_path, text)
    indicators = [i for project in document.projects for i in project.indicators]
    found: dict[str, tuple[str | None, Decimal | None, str | None]] = {}
    for i in indicators:
        target = i.target
        operator = target.operator.value if target and target.operator else None
        found[i.name] = (operator, target.value, target.unit) if target else (None, None, None)
    return found


def test_a_table_cut_into_lines_of_one_length_is_read_as_joined(tmp_path: Path) -> None:
    lines = _cut(" ".join(_CELLS), 37)
    # the cut falls inside names and numbers, as a fixed width does
    assert any(not a.endswith(" ") and not b.startswith(" ") for a, b in itertools.pairwise(lines))
    read = _targets(tmp_path, _capture(lines))
    assert {name: read.get(name) for name in _WANT} == _WANT


def test_a_space_dropped_at_a_break_is_given_back(tmp_path: Path) -> None:
    lines = [line.rstrip() for line in _cut(" ".join(_CELLS), 41)]
    assert any(len(line) == 40 for line in lines)  # one lost its trailing space
    read = _targets(tmp_path, _capture(lines))
    assert {name: read.get(name) for name in _WANT} == _WANT


def test_a_cut_at_a_display_width_is_joined_too(tmp_path: Path) -> None:
    lines = _cut_columns(" ".join(_CELLS), 70)
    assert len({len(line) for line in lines[:-1]}) > 2  # lengths differ in characters
    read = _targets(tmp_path, _capture(lines))
    assert {name: read.get(name) for name in _WANT} == _WANT


def test_the_joined_block_keeps_the_line_numbers_and_says_so() -> None:
    lines = _cut(" ".join(_CELLS), 37)
    source = text_source(_capture(lines))
    normalised, notes = normalise_source(source)
    first = 4  # after the file name, the site's line and a blank line
    assert normalised.lines[first - 1].text.startswith("2025年度项目支出绩效目标表 项目名称")
    assert "新建改造集中供水工程处数 ≥14处" in normalised.lines[first - 1].text
    assert all(not line.text for line in normalised.lines[first : first + len(lines) - 1])
    assert len(normalised.lines) == len(source.lines)
    assert any("固定字数" in note for note in notes)


# --- ordinary text keeps its lines -------------------------------------------------------

_PROSE = (
    "本年度项目资金按照预算批复及时下达，项目单位严格执行资金管理办法，"
    "做到专款专用，未发现截留挪用情况。全年共完成管网改造任务，群众用水条件明显改善，"
    "供水保证率进一步提高，项目整体实施情况良好，达到了预期的绩效目标。"
)


def test_a_prose_paragraph_cut_at_one_width_keeps_its_lines() -> None:
    assert rejoin_fixed_width(text_source("\n".join(_cut(_PROSE, 30))).lines) is None


def test_prose_with_spaced_numbers_cut_at_one_width_keeps_its_lines() -> None:
    spaced = (
        "全县 2025 年共完成 新建 改造 供水工程 14 处，更新 管网 63.5 公里，受益 人口 2.4 万人，"
        "工程 平均 成本 控制 在 85 万元 以内，群众 满意度 达到 93% 以上。"
    )
    assert rejoin_fixed_width(text_source("\n".join(_cut(spaced, 28))).lines) is None


def test_a_pipe_table_keeps_its_lines() -> None:
    rows = [
        "| 一级指标 | 二级指标 | 三级指标 | 指标值 |",
        "| 产出指标 | 数量指标 | 新建供水工程 | ≥14处 |",
        "| 产出指标 | 质量指标 | 水质达标比率 | ≥92%  |",
        "| 效益指标 | 社会效益 | 受益人口数量 | ≥2.4万 |",
    ]
    assert rejoin_fixed_width(text_source("\n".join(rows)).lines) is None


def test_one_cell_a_line_keeps_its_lines() -> None:
    assert rejoin_fixed_width(text_source("\n".join(_CELLS)).lines) is None


def test_a_space_aligned_table_of_one_width_keeps_its_rows() -> None:
    table = [
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "新建改造集中供水工程处数", "≥14处"],
        ["产出指标", "质量指标", "农村集中供水水质达标率", "≥92%"],
        ["效益指标", "社会效益", "受益农村人口数量", "≥2.4万人"],
    ]
    widths = [max(_width(row[k]) for row in table) + 2 for k in range(4)]
    rows = [
        "".join(cell + " " * (w - _width(cell)) for cell, w in zip(row, widths, strict=True))
        for row in table
    ]
    assert len({_width(row) for row in rows}) == 1
    assert rejoin_fixed_width(text_source("\n".join(rows)).lines) is None


def test_a_table_run_together_without_spaces_and_cut_is_joined(tmp_path: Path) -> None:
    lines = _cut("".join(_CELLS), 33)
    read = _targets(tmp_path, _capture(lines))
    assert {name: read.get(name) for name in _WANT} == _WANT


def test_a_prose_paragraph_without_spaces_mentioning_the_headers_keeps_its_lines() -> None:
    prose = (
        "本项目绩效目标设置一级指标3个，二级指标6个，三级指标12个，指标值均依据行业标准、"
        "计划标准和历史标准确定，经专家论证，目标设置合理，指标细化量化，符合要求，"
        "评价组认为项目决策程序规范，资金管理制度健全，产出和效益目标基本实现。"
    )
    assert rejoin_fixed_width(text_source("\n".join(_cut(prose, 24))).lines) is None


def test_a_table_wrapped_between_its_cells_keeps_its_lines() -> None:
    """Lines broken only between cells (a word wrap) may have one length now and then, but
    not most of many lines."""
    lines, line = [], ""
    for cell in _CELLS:
        if line and len(line) + 1 + len(cell) > 36:
            lines.append(line)
            line = cell
        else:
            line = f"{line} {cell}" if line else cell
    lines.append(line)
    assert len({len(text) for text in lines[:-1]}) > 1
    assert rejoin_fixed_width(text_source("\n".join(lines)).lines) is None
