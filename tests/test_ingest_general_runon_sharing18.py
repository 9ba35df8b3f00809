"""A 项目绩效目标表 re-served by a document-sharing site, run together on one line: the site's
ellipsis glued between a label and the next words (``成本指标…每吨…``) is no glyph of the name;
a material's strength grade as a row's target (``…强度等级C30``) is one qualitative cell, not
a letter of the name and a count; a 备注 naming the data a target is checked by
(``以系统统计为准``) glued before the next name is no part of it."""

from __future__ import annotations

from pathlib import Path

from general_support import kinds_and_standards, read_form
from jixiao.domain.target import TargetKind
from jixiao.ingest.general.kinds import Kind, kind_of
from jixiao.ingest.general.stream import split_runon

_FORM = (
    "项目绩效目标表(2023年度)填报单位(盖章):某县交通运输局项目名称农村公路桥梁加固项目"
    "主管部门某县交通运输局项目单位某县交通运输局项目起止时间2023年4月-2023年10月"
    "年度绩效指标一级指标二级指标指标内容指标值备注产出指标数量指标加固危桥座数7座"
    "桥面铺装面积≥2600平方米以竣工图为准质量指标桥面铺装混凝土强度等级C30"
    "验收合格率100%以监理报告为准时效指标…成本指标…单座桥梁加固成本≤38万元"
    "效益指标社会效益指标通行安全隐患消除率100%社会公众或服务对象满意度指标"
    "沿线群众满意度≥92%\n"
)


def _targets(tmp_path: Path) -> dict[str, tuple[TargetKind, str]]:
    return kinds_and_standards(read_form(tmp_path, _FORM))


def test_an_ellipsis_glued_before_a_name_is_no_glyph_of_it(tmp_path: Path) -> None:
    read = _targets(tmp_path)
    assert read["单座桥梁加固成本"][0] is TargetKind.QUANTITATIVE
    assert not [name for name in read if "…" in name]


def test_a_strength_grade_after_a_name_is_its_standard(tmp_path: Path) -> None:
    read = _targets(tmp_path)
    assert read["桥面铺装混凝土强度等级"] == (TargetKind.QUALITATIVE, "C30")


def test_a_note_on_the_data_checked_by_is_no_part_of_the_next_name(tmp_path: Path) -> None:
    read = _targets(tmp_path)
    assert "桥面铺装混凝土强度等级" in read
    assert "验收合格率" in read
    assert not [name for name in read if "为准" in name]


def test_a_grade_before_the_next_label_is_one_cell() -> None:
    cells = [cell for cell, _ in split_runon("质量指标砌筑砂浆M10时效指标完工时间")]
    assert cells[1:3] == ["砌筑砂浆", "M10"]
    cells = [cell for cell, _ in split_runon("质量指标沥青路面压实等级A90时效指标完工时间")]
    assert "A90" not in cells  # A is no material's grade letter


def test_a_grade_inside_a_names_words_is_left_in_the_name() -> None:
    cells = [cell for cell, _ in split_runon("质量指标浇筑C30混凝土路面长度3公里时效指标")]
    assert "C30" not in cells


def test_an_ellipsis_inside_a_cells_words_is_kept() -> None:
    cells = [cell for cell, _ in split_runon("数量指标培训课程…等内容覆盖人数≥200人质量指标")]
    assert any("…" in cell for cell in cells)


def test_an_indicators_code_is_no_grade() -> None:
    assert kind_of("C2") is not Kind.QUALITATIVE  # a tree's code: 产出质量 under C
    assert kind_of("C21") is not Kind.QUALITATIVE
    assert kind_of("C30") is Kind.QUALITATIVE
