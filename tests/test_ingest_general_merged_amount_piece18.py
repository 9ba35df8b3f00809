"""An OCR'd 部门整体支出绩效目标申报表 whose header the OCR broke past reading: the table is
found by its first 一级 label and reaches up over the rows above it that hold a name and a
target; a line holding only the middle of the goal's merged money cell (``费 (88.50``, the
cell 人员经费(88.50万元) wrapped down its column) is passed over, not the table's top."""

from __future__ import annotations

from pathlib import Path

from jixiao.ingest.pipeline import parse_file

_HEAD = [
    "某县文化馆 2020年部门预算绩效文本",
    "",
    "某市部门整体支出绩效目标申报表",
    "",
    "(2020年度)",
    "",
    "部门名称\t某县文化馆\t\t\t\t\t\t",
    "年度整体支出目标\t2020 年收支预算内,确保完成以下整体目标: 目标 1: 保障工资发放。\t\t",
    "1\t项目名 称及金 额(万 元)\t一级指标\t指标 二级指标 指标值\t\t\t\t备注\t",
    "整体支出\t\t\t人员工资发放及时率\t\t=100%\t\t\t",
    "绩效指标\t人员经\t\t编制内人员控制率\t\t\t≤100%\t\t",
]


def _targets(tmp_path: Path, rest: list[str]) -> dict[str, str | None]:
    path = tmp_path / "dept.txt"
    path.write_text("\n".join([*_HEAD, *rest, ""]), encoding="utf-8")
    document, _ = parse_file(path)
    return {
        indicator.name: indicator.target.text if indicator.target else None
        for _, indicator in document.all_indicators()
    }


def test_rows_above_a_lone_piece_of_the_money_cell_are_the_tables(tmp_path: Path) -> None:
    targets = _targets(
        tmp_path,
        [
            "\t费 (88.50\t\t\t\t\t\t\t",
            "\t万元)\t效益指标\t\t群众文化活动满意度\t\t≥90%\t\t",
        ],
    )
    assert targets["人员工资发放及时率"] == "=100%"
    assert targets["编制内人员控制率"] == "≤100%"
    assert targets["群众文化活动满意度"] == "≥90%"


def test_a_lone_line_of_words_above_the_label_still_ends_the_table_upwards(
    tmp_path: Path,
) -> None:
    # a line of text (no money's piece) between: the rows above it are no part of the table
    targets = _targets(
        tmp_path,
        [
            "\t本表由单位财务科统一汇总填报\t\t\t\t\t\t\t",
            "\t万元)\t效益指标\t\t群众文化活动满意度\t\t≥90%\t\t",
        ],
    )
    assert targets["群众文化活动满意度"] == "≥90%"
    assert "人员工资发放及时率" not in targets
