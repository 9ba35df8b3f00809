"""A row's numbering printed with a space inside it (``指标 1:``, ``指标 2 :``), as a text PDF's
layer spaces a form's glyphs, is dropped from the name as ``指标1:`` is; a name that merely
begins with 指标 and a figure of its own is left whole."""

from __future__ import annotations

from pathlib import Path

from jixiao.ingest.pipeline import parse_file

_FORM = """2023年度项目支出绩效目标表
项目名称    农村饮水安全工程维修养护
主管部门    某县水利局
一级指标    二级指标    三级指标    指标值
产出指标    数量指标    指标 1:维修供水管网长度    ≥35公里
                        指标 2 :更换入户水表    ≥1200块
            质量指标    指标 1:水质检测合格率    ≥95%
效益指标    社会效益指标    指标 1:受益人口    ≥2.6万人
满意度指标    服务对象满意度指标    指标 1:受益群众满意度    ≥90%
"""


def _names(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "form.txt"
    path.write_text(text, encoding="utf-8")
    document, _ = parse_file(path)
    return [indicator.name for _, indicator in document.all_indicators()]


def test_a_spaced_row_number_is_no_part_of_the_name(tmp_path: Path) -> None:
    assert _names(tmp_path, _FORM) == [
        "维修供水管网长度",
        "更换入户水表",
        "水质检测合格率",
        "受益人口",
        "受益群众满意度",
    ]


def test_a_name_opening_with_the_word_指标_keeps_it(tmp_path: Path) -> None:
    text = _FORM.replace("指标 1:水质检测合格率", "指标达标率")
    assert "指标达标率" in _names(tmp_path, text)
