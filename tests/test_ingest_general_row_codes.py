"""A score table whose levels carry codes one space before them (``B 过程 25``,
``B1 资金管理 B11 名称 …``): the codes are dropped and every row reads with its levels; a
text whose codes are not nested (a list of grades, model numbers) keeps them. Each text is
written for the test (other words, another department than the hold-out)."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form, text_source
from jixiao.ingest.general.row_codes import without_row_codes

_CODED = """某市民政局2021年度养老服务补贴资金绩效评价报告
绩效评价指标体系及评分表
编码 一级指标 二级指标 三级指标 分值 指标值 实际完成值 得分
A 产出 40
A1 产出数量 A11 居家养老服务补贴人数 10 ≥5200人 5360人 10
A1 产出数量 A12 新建社区养老服务站 10 ≥18个 18个 10
A2 产出质量 A21 服务对象回访合格率 10 ≥95% 96.5% 10
A3 产出时效 A31 补贴发放及时率 10 100% 100% 10
B 效益 30
B1 社会效益 B11 失能老人照护覆盖率 15 ≥80% 83% 15
B2 满意度 B21 受助老人满意度 15 ≥90% 92.4% 15
合计 70 70
"""


def test_a_score_tables_level_codes_are_dropped(tmp_path: Path) -> None:
    lines = without_row_codes(text_source(_CODED).lines)
    assert lines is not None
    assert lines[4].text.startswith("产出数量 居家养老服务补贴人数 10")
    read = {i.name: i for _, i in read_form(tmp_path, _CODED).all_indicators()}
    aided = read["居家养老服务补贴人数"]
    assert aided.target is not None and aided.target.canonical == "≥5200人"
    assert read["失能老人照护覆盖率"].target is not None
    assert read["受助老人满意度"].target is not None


def test_codes_not_nested_are_kept() -> None:
    text = (
        "某县交通局车辆清单\n"
        "A 类车辆 12 辆\nB 类车辆 8 辆\nC 类车辆 5 辆\n"
        "X5 型号 客车 2 辆 X6 型号 货车 1 辆\n"
    )
    assert without_row_codes(text_source(text).lines) is None
