"""A .doc 区域绩效目标表 converted column by column onto one line: every 三级 name (the
一级/二级 labels and spaced side glyphs between them), then 指标值 and the targets in a run
in the names' order, often cut before the last ones. The k-th target is the k-th name's."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form

_TOP = (
    "林业改革发展资金区域绩效目标表.doc\n"
    "附件 3 林业改革发展资金区域绩效目标表 ( 2021 年度) 专项名称 林业改革发展资金 "
    "主管部门 省林业局 资金额度 9450 万 年 度 总 体 目 标 目标 1:完成森林抚育和退化林修复。 "
    "目标 2:做好森林防火和有害生物防治。 一级 指标 二级指标 三级指标 "
)
_NAMES = (
    "森林抚育面积 退化林修复面积 绩 效 指 标 产 出 指 标 数量指标 林业有害生物防治 "
    "作业面积 护林员补助人数 苗木成活率 质量指标 防火设施完好率 时效指标 "
    "补助资金下达及时率 效果指 标 生态效益 指标 森林覆盖率 满意度 指标 服务对象 "
    "满意度指标 林农满意度 "
)
_FIRST = "指标值 ≥ 36 万亩 ≥ 12 万亩 ≥ 50 万亩 ≥ 2800 人 ≥ 85%"
_WHOLE = _TOP + _NAMES + _FIRST + " ≥ 90% 100% 稳步提高 ≥ 90%\n"


def _targets(tmp_path: Path, text: str) -> dict[str, str | None]:
    document = read_form(tmp_path, text)
    return {
        indicator.name: None if indicator.target is None else indicator.target.text
        for _, indicator in document.all_indicators()
    }


def test_each_name_gets_the_target_of_its_place_in_the_run(tmp_path: Path) -> None:
    read = _targets(tmp_path, _WHOLE)
    assert read["森林抚育面积"] == "≥36万亩"
    assert read["退化林修复面积"] == "≥12万亩"
    assert read["苗木成活率"] == "≥85%"
    assert read["森林覆盖率"] == "稳步提高"
    assert read["林农满意度"] == "≥90%"


def test_a_name_broken_by_a_space_counts_once(tmp_path: Path) -> None:
    read = _targets(tmp_path, _WHOLE)
    assert read["林业有害生物防治作业面积"] == "≥50万亩"
    assert read["护林员补助人数"] == "≥2800人"


def test_a_cut_run_gives_the_first_names_their_targets_only(tmp_path: Path) -> None:
    read = _targets(tmp_path, _TOP + _NAMES + _FIRST + "\n")
    assert read["苗木成活率"] == "≥85%"
    assert read.get("防火设施完好率") is None
    assert read.get("林农满意度") is None


def test_a_bare_figure_ending_the_capture_is_no_rates_target(tmp_path: Path) -> None:
    # cut inside the value: ``≥9`` of ``≥90%`` is not the rate's target
    read = _targets(tmp_path, _TOP + _NAMES + _FIRST + " ≥9\n")
    assert read["苗木成活率"] == "≥85%"
    assert read.get("防火设施完好率") is None


def test_a_run_whose_kinds_do_not_fit_is_not_paired(tmp_path: Path) -> None:
    # a count where a rate's percentage stands: the order is not the names' order
    text = _TOP + _NAMES + "指标值 ≥ 36 万亩 ≥ 12 万亩 ≥ 50 万亩 ≥ 85% ≥ 2800 人 ≥ 90%\n"
    read = _targets(tmp_path, text)
    assert read.get("苗木成活率") != "≥2800人"
    assert read.get("森林抚育面积") != "≥36万亩"


def test_targets_beside_their_names_keep_their_rows(tmp_path: Path) -> None:
    text = _TOP + (
        "指标值 森林抚育面积 ≥ 36 万亩 退化林修复面积 ≥ 12 万亩 绩 效 指 标 产 出 指 标 "
        "数量指标 护林员补助人数 ≥ 2800 人 质量指标 苗木成活率 ≥ 85% 满意度 指标 服务对象 "
        "满意度指标 林农满意度 ≥ 90%\n"
    )
    read = _targets(tmp_path, text)
    assert read["森林抚育面积"] == "≥36万亩"
    assert read["护林员补助人数"] == "≥2800人"
    assert read["林农满意度"] == "≥90%"
