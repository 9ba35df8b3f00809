"""A table run together on one line with single spaces, a space lost here and there: the
next row's 一级 or 二级 label glued after a row's last figures (``8质量指标``, ``≤500元/亩8效益
指标``) is cut off them; a formula in the 指标解释 column (``合格面积/种植面积``) explains its
row, no name of its own."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form
from jixiao.ingest.general.stream import label_off_value

_RUNON = (
    "某县2024年项目支出绩效目标申报表 项目名称 高标准农田建设补助 主管部门 某县农业农村局 "
    "绩效指标 一级指标 二级指标 三级指标 指标解释 指标值 分值 "
    "产出指标 数量指标 新建高标准农田面积 反映本年度新建高标准农田的面积 ≥1.5万亩 8"
    "质量指标 项目验收合格率 合格面积/建设面积 ≥95%8 "
    "成本指标 亩均财政补助标准 反映每亩建设的财政补助 ≤1500元/亩8效益指标 "
    "经济效益指标 项目区粮食亩均增产 反映建成后粮食单产的变化 ≥50公斤 8 "
    "满意度指标 服务对象满意度指标 项目区农户满意度 反映农户对项目的满意程度 ≥90% 8\n"
)


def test_a_label_glued_after_a_rows_figures_is_cut_off() -> None:
    assert label_off_value("8质量指标") == ("8", "质量指标")
    assert label_off_value("≤1500元/亩8效益指标") == ("≤1500元/亩8", "效益指标")


def test_a_name_or_a_bare_label_is_not_cut() -> None:
    assert label_off_value("质量指标") is None
    assert label_off_value("项目验收合格率") is None
    assert label_off_value("2024年度效益指标") is None


def test_every_row_of_the_line_is_read(tmp_path: Path) -> None:
    document = read_form(tmp_path, _RUNON)
    read = {
        i.name: i.target.text if i.target else None
        for project in document.projects
        for i in project.indicators
    }
    assert read == {
        "新建高标准农田面积": "≥1.5万亩",
        "项目验收合格率": "≥95%",
        "亩均财政补助标准": "≤1500元/亩",
        "项目区粮食亩均增产": "≥50公斤",
        "项目区农户满意度": "≥90%",
    }
