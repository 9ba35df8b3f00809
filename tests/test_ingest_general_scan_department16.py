"""A scanned 部门整体支出绩效目标申报表 read by OCR into tab cells, its header damaged past
reading (``指标 二级指标 指标值`` in one cell): the rows above a goal's first label, each a
name and a target in figures or in words (``合格``), are the table's; a label printed down the side
(``整体支出`` / ``绩效指标``) wrapped onto the line under a row is no end of that row's name;
a target's sign OCR put in a cell of its own (``≥`` | ``98%``) is the target's."""

from __future__ import annotations

from pathlib import Path

from general_support import table_rows
from jixiao.ingest.general.vocabulary import Role
from jixiao.ingest.pipeline import parse_file

_SCAN = "\n".join(
    [
        "某县档案馆 2021年部门预算绩效文本",
        "",
        "第一部分 2021 年部门整体绩效目标",
        "",
        "一、总体绩效目标",
        "",
        "2021年县档案馆做好档案接收、保管和利用工作。",
        "",
        "某市部门整体支出绩效目标申报表",
        "",
        "(2021年度)",
        "",
        "部门名称\t某县档案馆\t\t\t\t\t\t\t\t",
        "年度整体支出目标\t2021 年收支预算内,确保完成以下整体目标: "
        "目标 1: 保障人员工资按时发放。 目标 2: 保障机关正常运转。\t\t\t\t\t\t\t\t",
        "1\t项目名称及金额(万元)\t一级指标\t指标 二级指标 指标值\t\t\t\t\t备注",
        "整体支出\t\t\t\t在编人员控制率\t\t≤100%\t\t\t",
        "绩效指标\t人员经\t\t\t工资按时发放率\t\t\t≥\t98%\t",
        "\t费 (96.5\t\t\t单位年度考核等次\t\t合格\t\t\t",
        "\t万元)\t产出指标\t\t\t\t\t\t\t",
        "",
        "年度整体 支出目标 2\t\t\t\t\t\t\t",
        "\t\t\t档案库房温湿度达标率\t≥90%\t\t\t",
        "\t\t产出指标\t档案安全事故次数\t≤0\t\t\t",
        "整体支出\t\t\t档案数字化扫描费用\t≤3.6万元\t\t\t",
        "绩效指标\t万元)\t\t\t\t\t\t",
        "",
        "经办人(签字): 电话: 项目责任人(签字):",
        "",
    ]
)


def _targets(tmp_path: Path) -> dict[str, str | None]:
    path = tmp_path / "dept.txt"
    path.write_text(_SCAN, encoding="utf-8")
    document, _ = parse_file(path)
    return {
        indicator.name: indicator.target.text if indicator.target else None
        for _, indicator in document.all_indicators()
    }


def test_rows_above_a_label_printed_below_them_are_read(tmp_path: Path) -> None:
    targets = _targets(tmp_path)
    assert targets["在编人员控制率"] == "≤100%"
    assert targets["单位年度考核等次"] == "合格"


def test_a_sign_in_a_cell_of_its_own_before_the_figure_is_the_targets(tmp_path: Path) -> None:
    assert _targets(tmp_path)["工资按时发放率"] == "≥98%"


def test_a_side_label_wrapped_under_a_row_is_no_end_of_its_name(tmp_path: Path) -> None:
    targets = _targets(tmp_path)
    assert targets["档案数字化扫描费用"] == "≤3.6万元"
    assert "档案数字化扫描费用绩效指标" not in targets


def test_a_sign_under_a_column_for_signs_is_read_there() -> None:
    rows = table_rows(
        "一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\n"
        "产出指标\t数量指标\t档案接收卷数\t≥\t1200\t卷\n"
        "\t质量指标\t档案著录差错率\t≤\t2\t%\n"
    )
    natures = [(row.get(Role.NATURE), row.get(Role.TARGET)) for row in rows]
    assert natures == [("≥", "1200"), ("≤", "2")]
