"""A self-evaluation form's row whose target is written inside its name cell (``…处理率100%``,
``…成本不超过5000元``, ``…时限24小时内``), the 实际完成值 left blank and the row's 分值 and
得分 standing as cells of their own: the name keeps its words, the glued target is the row's."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form

_HEAD = (
    "某县2023年度项目支出绩效自评表\n"
    "项目名称 乡村道路养护项目\n"
    "主管部门 某县交通运输局 实施单位 某县公路事务中心\n"
    "年度绩效指标完成情况 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分"
    " 偏差原因分析及改进措施\n"
    "产出指标 数量指标 指标1:道路巡查里程 ≥900公里 960公里 10 10\n"
)


def _read(tmp_path: Path, rows: str) -> dict[str, str]:
    document = read_form(tmp_path, _HEAD + rows)
    read: dict[str, str] = {}
    for _, indicator in document.all_indicators():
        target = indicator.target_in_force
        read[indicator.name] = target.text if target else ""
    return read


def test_a_target_glued_to_its_name_before_the_points_is_the_rows_target(
    tmp_path: Path,
) -> None:
    read = _read(
        tmp_path,
        "质量指标 指标1:桥梁病害整治合格率100% 10 9\n"
        "时效指标 指标1:塌方路段清障时限24小时内 10 10\n"
        "成本指标 指标1:每公里巡查成本不超过5000元 10 8 部分路段增加巡查频次\n",
    )
    assert read["桥梁病害整治合格率"] == "100%"
    assert read["塌方路段清障时限"] == "24小时内"
    assert read["每公里巡查成本"] == "不超过5000元"


def test_a_rate_after_a_manner_word_stays_in_the_name(tmp_path: Path) -> None:
    read = _read(tmp_path, "时效指标 指标1:冬季巡查按期完成率100% 10 10\n")
    assert read["冬季巡查按期完成率"] == "100%"


def test_a_name_with_its_own_target_cell_keeps_its_figures(tmp_path: Path) -> None:
    read = _read(tmp_path, "质量指标 指标1:三级以上道路占比 ≥60% 62% 10 10\n")
    assert read["三级以上道路占比"] == "≥60%"


def test_a_figure_after_the_points_leaves_the_name_whole(tmp_path: Path) -> None:
    # the cells after the name are no 分值 and 得分 (a 得分 over its 分值): not cut
    read = _read(tmp_path, "质量指标 指标1:桥梁病害整治合格率100% 5 9\n")
    assert "桥梁病害整治合格率" not in read


def test_an_actual_in_words_after_a_standard_is_not_cut_as_a_name(tmp_path: Path) -> None:
    # the row's name and standard come first: the words and figure after them are its actual
    read = _read(tmp_path, "效益指标 社会效益指标 指标1:交通事故起数 较上年下降 下降12% 10 10\n")
    assert read["交通事故起数"] == "较上年下降"
    assert "下降" not in read
