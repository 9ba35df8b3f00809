"""Where a row's name ends and its qualitative standard begins: a template's hint after the
name filled in with the row's standard (``…差距(不断缩小)`` over ``不断缩小``), a name's last
words wrapped onto a cell of their own before the standard. Texts written for the class."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form, table_rows
from jixiao.ingest.general.vocabulary import Role


def _cell_lines(rows: list[list[str]]) -> str:
    """A self-evaluation captured one cell a line, each ending ``|`` (a web page's table)."""
    head = [
        "2021年农村饮水安全工程项目绩效自评表 |",
        "项目名称 |",
        "2021年农村饮水安全工程 |",
        "主管部门 |",
        "平利县水利局 |",
        "实施单位 |",
        "平利县水利局 |",
        "一级指标 |",
        "二级指标 |",
        "三级指标 |",
        "分值 |",
        "年度指标值 |",
        "全年实际值 |",
        "得分 |",
        "|",
    ]
    body = [f"{cell} |" if cell else "|" for row in rows for cell in [*row, ""]]
    return "\n".join([*head, *body]) + "\n"


_FIRST = ["产出指标(50分)", "数量指标", "★★新建集中供水工程(≥**处)", "20", ">=6处", "7处", "20"]
_LAST = [
    "满意度指标(10分)",
    "服务对象满意度指标",
    "★受益群众满意度(≥**%)",
    "10",
    ">=90%",
    "94%",
    "10",
]


def _targets(tmp_path: Path, row: list[str]) -> dict[str, str]:
    document = read_form(tmp_path, _cell_lines([_FIRST, row, _LAST]))
    return {
        indicator.name: indicator.target.canonical
        for _, indicator in document.all_indicators()
        if indicator.target is not None
    }


def test_a_hint_after_the_name_repeating_its_standard_is_dropped(tmp_path: Path) -> None:
    row = [
        "效益指标(30分)",
        "社会效益指标",
        "★★农村饮水保障水平(稳步提升)",
        "30",
        "稳步提升",
        "稳步提升",
        "30",
    ]
    targets = _targets(tmp_path, row)
    assert targets.get("农村饮水保障水平") == "稳步提升"
    assert "新建集中供水工程" in targets  # the template's figure hint, as before


def test_a_bracket_saying_something_else_than_the_standard_stays(tmp_path: Path) -> None:
    # near miss: a bracket that is no copy of the target (a scope) is the name's own words
    row = [
        "效益指标(30分)",
        "社会效益指标",
        "供水保证率(农村千人以上工程)",
        "30",
        "≥95%",
        "96%",
        "30",
    ]
    targets = _targets(tmp_path, row)
    assert "供水保证率(农村千人以上工程)" in targets


def test_a_bracketed_standard_other_than_the_target_stays(tmp_path: Path) -> None:
    # near miss: the bracket reads as a standard but the target says another one
    row = [
        "效益指标(30分)",
        "可持续影响指标",
        "管护机制运行(长期)",
        "30",
        "持续运行",
        "持续运行",
        "30",
    ]
    targets = _targets(tmp_path, row)
    assert targets.get("管护机制运行(长期)") == "持续运行"


_SPACED = (
    "附件 2 农业生产发展资金区域绩效目标表 ( 2022 年度) 专项名称 农业生产发展资金 主管部门 "
    "市农业农村局 资金额度 5600 万 年 度 总 体 目 标 目标 1:提升农业社会化服务水平。 "
    "一级 指标 二级指标 三级指标 指标值 绩 效 指 标 产 出 指 标 数量指标 "
    "农业生产托管服务面积 ≥20万亩 质量指标 托管服务合同规范签订 率 ≥95% "
    "效 果 指 标 社会效益 指标 {row} 满意度 指标 服务对象 满意度指标 托管农户满意度 ≥90%"
)


def _spaced_rows(row: str) -> list[tuple[str, str]]:
    return [
        (found[Role.NAME], found.get(Role.TARGET, ""))
        for found in table_rows(_SPACED.format(row=row))
        if Role.NAME in found
    ]


def test_a_wide_names_last_word_wrapped_before_its_standard_ends_the_name() -> None:
    rows = _spaced_rows("农业生产社会化服务组织服务能力 建设 持续加强")
    assert ("农业生产社会化服务组织服务能力建设", "持续加强") in rows


def test_a_short_name_after_a_narrow_name_is_a_row_of_its_own() -> None:
    # near miss: the first name is short (it filled no cell's width): the two-glyph text
    # after it is not its wrapped end
    rows = _spaced_rows("服务能力 建设 持续加强")
    assert ("服务能力建设", "持续加强") not in rows


def _one_a_line(tail: list[str]) -> str:
    """A transfer self-evaluation captured one cell a line, its empty 原因 cells a line
    holding a space, its 一级 and 二级 labels printed once a group."""
    lines = [
        "2022年度城乡义务教育补助经费区域绩效自评表",
        "绩效指标",
        "一级指标",
        "二级指标",
        "三级指标",
        "指标值",
        "全年实际完成值",
        "未完成原因和改进措施",
        "产出指标",
        "数量指标",
        "营养改善计划受益学生人数",
        "≥5200人",
        "5316人",
        " ",
        "免除学杂费学生人数",
        "≥18000人",
        "18240人",
        " ",
        "效益指标",
        "社会效益指标",
        "适龄儿童入学率",
        "≥99%",
        "99.6%",
        " ",
        *tail,
        "满意度指标",
        "服务对象满意度指标",
        "学生家长满意度",
        "≥90%",
        "95%",
        " ",
    ]
    return "\n".join(lines) + "\n"


def _grid_rows(tail: list[str]) -> list[tuple[str, str, str]]:
    return [
        (found[Role.NAME], found.get(Role.TARGET, ""), found.get(Role.ACTUAL, ""))
        for found in table_rows(_one_a_line(tail))
        if Role.NAME in found
    ]


def test_a_names_end_on_a_line_of_its_own_before_its_standard_ends_the_name() -> None:
    rows = _grid_rows(["农村留守儿童关爱", "服务覆盖率", "全面覆盖", "全面覆盖", " "])
    assert ("农村留守儿童关爱服务覆盖率", "全面覆盖", "全面覆盖") in rows
    assert ("学生家长满意度", "≥90%", "95%") in rows


def test_a_name_then_a_text_that_is_no_end_of_it_is_left_by_position() -> None:
    # near miss: a whole name (it ends as one) and a standard in unknown words after it
    rows = _grid_rows(["控辍保学工作机制", "动态清零", "动态清零", " "])
    assert ("控辍保学工作机制", "动态清零", "动态清零") in rows
