"""A PDF's raw text layer (no layout kept) of a table whose 一级 label is printed down its
merged cell one glyph a line: the glyphs come between the rows' lines (产 / a row / 出 / a
row …). They spell the label and end no row's name."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form
from jixiao.ingest.general.raw_wraps import join_raw_wraps
from jixiao.ingest.source import SourceLine

_FORM = """2024年度项目支出绩效自评表
项目名称 城区道路路灯维护
主管部门 某市城市管理局
一级 指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因
数量指标 维护路灯数量 ≥5200 盏 5260 盏 10 10
产
更换老旧灯杆 ≥300 根 312 根 10 10
出
质量指标 路灯完好亮灯率 ≥98% 98.6% 10 10
指
时效指标 故障修复及时率 ≥95% 96% 10 10
标
成本指标 单灯年维护成本 ≤120 元 118 元 10 10
社会效益指标 夜间出行安全保障 持续提升 持续提升 10 10
效
益
生态效益指标 节能灯具替换比例 ≥60% 58% 10 9 部分路段施工
指
延后
标
满意度 指标 服务对象满意度指标 市民满意度 ≥90% 93% 10 10
总分 100 99
"""


def _names(tmp_path: Path) -> dict[str, str | None]:
    document = read_form(tmp_path, _FORM)
    return {
        i.name: i.target.text if i.target else None
        for project in document.projects
        for i in project.indicators
    }


def test_a_side_label_glyph_between_rows_ends_no_name(tmp_path: Path) -> None:
    read = _names(tmp_path)
    assert read["路灯完好亮灯率"] == "≥98%"
    assert read["单灯年维护成本"] == "≤120元"
    assert read["夜间出行安全保障"] == "持续提升"
    assert read["节能灯具替换比例"] == "≥60%"


def _lines(texts: list[str]) -> list[SourceLine]:
    return [SourceLine(number=at + 1, text=text, cells=(text,)) for at, text in enumerate(texts)]


def test_the_side_label_lines_are_left_empty() -> None:
    texts = [
        "数量指标 维护路灯数量 ≥5200 盏 5260 盏 10 10",
        "效",
        "质量指标 亮灯率 ≥98% 98.6% 10 10",
    ]
    texts += ["益", "满意度 市民满意度 ≥90% 93% 10 10", "指", "标"]
    joined = join_raw_wraps(_lines(texts))
    assert joined is not None
    assert [line.text for line in joined][1::2] == ["", "", ""]


def test_a_wrapped_names_last_glyph_spells_no_label() -> None:
    # 率 under a row is that name's end: no label of its own, still joined to its row
    texts = ["数量指标 完成维护路灯的比 ≥98% 98.6% 10 10", "率", "质量指标 亮灯率 ≥98% 98.6% 10 10"]
    joined = join_raw_wraps(_lines(texts))
    assert joined is not None
    assert joined[0].text.split(" ")[1] == "完成维护路灯的比率"
