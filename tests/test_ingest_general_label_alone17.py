"""A row whose only words are a measure a 二级 label may be named by (``社会公众满意度``),
standing in the 二级 column with its target beside it (a scan's cells shifted a column left,
or the name left blank under its label): the words are the row's name."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form

_HEAD = (
    "某县2024年度乡村文化站免费开放项目绩效目标表\n"
    "项目名称\t乡村文化站免费开放\n"
    "一级指标\t二级指标\t三级指标\t指标值\n"
    "产出指标\t数量指标\t开放文化站数量\t≥18个\n"
    "\t质量指标\t设施完好率\t≥95%\n"
    "效益指标\t社会效益指标\t群众文化参与度\t逐步提高\n"
)


def _read(tmp_path: Path, last: str) -> dict[str, str]:
    document = read_form(tmp_path, _HEAD + last + "\n")
    return {i.name: i.target.canonical for _, i in document.all_indicators() if i.target}


def test_a_measure_in_the_label_column_with_a_target_and_no_name_is_the_name(
    tmp_path: Path,
) -> None:
    read = _read(tmp_path, "满意度指标\t社会公众满意度\t≥88%")
    assert read.get("社会公众满意度") == "≥88%"
    assert read.get("开放文化站数量") == "≥18个"


def test_a_label_proper_with_a_target_and_no_name_is_no_name(tmp_path: Path) -> None:
    # near miss: 数量指标 names a level, never a measure: no indicator is named so
    read = _read(tmp_path, "\t数量指标\t≥6场")
    assert "数量指标" not in read


def test_a_measure_in_the_label_column_under_a_merged_level_is_the_name(tmp_path: Path) -> None:
    read = _read(tmp_path, "\t社会公众满意度\t≥92%")
    assert read.get("社会公众满意度") == "≥92%"
