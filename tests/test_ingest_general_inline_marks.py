"""Marks inside a line that a reader of the page never sees: zero-width characters a site
leaves inside names and figures, and ``<br>`` tags left in the cells of a pipe table (a cell
wrapped in the page it was copied from). Both are read as the page shows them."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form
from jixiao.ingest.general.inline_marks import strip_inline_marks

_ZERO_WIDTH = (
    "项目支出绩效自评表\n"
    "项目名称\t农村饮水安全巩固提升工程\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\n"
    "产出指标\t数量指标\t新建集中\u200b供水站\t≥6座\t6座\n"
    "\t质量指标\t水质检测\u200c合格率\t≥9\u200b5%\t96%\n"
    "效益指标\t社会效益指标\t受益\u2060人口\t≥1.2万人\t1.3万人\n"
    "满意度指标\t服务对象满意度指标\t\ufeff用水户满意度\t≥90%\t93%\n"
)

_BROKEN_CELLS = """项目支出绩效目标表
| 项目名称 | 乡村文化站设备购置 | | |
|---|---|---|---|
| 一级指标 | 二级指标 | 三级指标 | 指标值 |
| 产出指标 | 数量指标 | 配发文化站<br>音响设备套数 | ≥14套 |
| | 质量指标 | 设备验收<br/>合格率 | ≥98% |
| | 时效指标 | 设备配发<BR />完成时间 | 2025年6月底前 |
| 效益指标 | 社会效益指标 | 群众文化活动<br>场次 | ≥120场 |
| 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% |
"""


def _targets(tmp_path: Path, text: str) -> dict[str, str | None]:
    document = read_form(tmp_path, text)
    indicators = document.projects[0].indicators
    return {i.name: i.target.text if i.target else None for i in indicators}


def test_zero_width_characters_inside_names_and_figures_are_dropped(tmp_path: Path) -> None:
    assert _targets(tmp_path, _ZERO_WIDTH) == {
        "新建集中供水站": "≥6座",
        "水质检测合格率": "≥95%",
        "受益人口": "≥1.2万人",
        "用水户满意度": "≥90%",
    }


def test_a_br_tag_inside_a_pipe_cell_joins_the_wrapped_name(tmp_path: Path) -> None:
    assert _targets(tmp_path, _BROKEN_CELLS) == {
        "配发文化站音响设备套数": "≥14套",
        "设备验收合格率": "≥98%",
        "设备配发完成时间": "2025年6月底前",
        "群众文化活动场次": "≥120场",
        "群众满意度": "≥90%",
    }


def test_a_br_tag_between_latin_words_or_figures_reads_as_a_space() -> None:
    assert strip_inline_marks("总额：300.00<br>其中：财政拨款") == "总额：300.00 其中：财政拨款"
    assert strip_inline_marks("PM2.5<br/>浓度") == "PM2.5 浓度"


def test_direction_marks_copied_from_a_browser_are_dropped() -> None:
    assert strip_inline_marks("\u200e≥\u202a98%\u202c") == "≥98%"


def test_angle_brackets_that_are_no_line_break_stay() -> None:
    assert strip_inline_marks("误差<5%") == "误差<5%"
    assert strip_inline_marks("<bronze>奖牌") == "<bronze>奖牌"
    assert strip_inline_marks("客户满意度") == "客户满意度"
