"""A .doc 区域绩效目标表 on one line: its names and targets in runs (every name, then
指标值 and the targets; or the first rows' names before their targets, the later rows a name
and its target each), and names broken at a space where their cells wrapped. A run is paired
with the names before it only when their counts agree."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form

_TOP = (
    "就业补助资金区域绩效目标表.doc\n"
    "附件 2 就业补助资金区域绩效目标表 ( 2022 年度) 专项名称 就业补助资金 "
    "主管部门 省人力资源和社会保障厅 资金额度 12600 万 年 度 总 体 目 标 "
    "目标 1:落实就业创业扶持政策。 目标 2:开展职业技能培训。 "
)
# every 三级 name, the 一级/二级 labels among them, then the targets in a run
_NAMES = (
    "一级 指标 二级指标 三级指标 城镇新增就业人数 职业技能培训人次 绩 效 指 标 产 出 指 标 "
    "数量指标 培训合格率 质量指标 补贴资金发放时间 时效指标 补贴标准执行 成本指标 "
    "效果指 标 社会效益 指标 就业局势 满意度 指标 服务对象 满意度指标 参训人员满意度 "
)
_RUN = "指标值 ≥ 5 万人 ≥ 2 万人次 ≥ 85% 每月 10 日前 按国家标准 保持稳定 ≥ 90%\n"


def _targets(tmp_path: Path, text: str) -> dict[str, str | None]:
    document = read_form(tmp_path, text)
    return {
        indicator.name: None if indicator.target is None else indicator.target.text
        for _, indicator in document.all_indicators()
    }


def test_a_run_with_a_recurring_deadline_and_standards_pairs_every_name(
    tmp_path: Path,
) -> None:
    read = _targets(tmp_path, _TOP + _NAMES + _RUN)
    assert read["城镇新增就业人数"] == "≥5万人"
    assert read["培训合格率"] == "≥85%"
    assert read["补贴资金发放时间"] == "每月10日前"
    assert read["补贴标准执行"] == "按国家标准"
    assert read["就业局势"] == "保持稳定"
    assert read["参训人员满意度"] == "≥90%"


def test_a_short_run_with_more_text_after_it_is_left_alone(tmp_path: Path) -> None:
    # the run stops at a cell no target reads as: its length does not say whose targets
    # its first ones are
    run = "指标值 ≥ 5 万人 ≥ 2 万人次 ≥ 85% 见附表 按国家标准 保持稳定 ≥ 90%\n"
    read = _targets(tmp_path, _TOP + _NAMES + run)
    assert read.get("城镇新增就业人数") != "≥5万人"
    assert read.get("培训合格率") != "≥85%"


_FIRST_NAMES = (
    "一级 指标 二级指标 三级指标 指标值 城镇新增就业人数 职业技能培训人次 绩 效 指 标 "
    "产 出 指 标 数量指标 创业担保贷款发放笔数 "
)
_LATER_ROWS = (
    " 公益性岗位安置人数 ≥ 3000 人 质量指标 培训合格率 ≥ 85% 满意度 指标 服务对象 "
    "满意度指标 参训人员满意度 ≥ 90%\n"
)


def test_the_first_names_take_a_run_of_as_many_targets(tmp_path: Path) -> None:
    text = _TOP + _FIRST_NAMES + "≥ 5 万人 ≥ 2 万人次 ≥ 800 笔" + _LATER_ROWS
    read = _targets(tmp_path, text)
    assert read["城镇新增就业人数"] == "≥5万人"
    assert read["职业技能培训人次"] == "≥2万人次"
    assert read["创业担保贷款发放笔数"] == "≥800笔"
    assert read["公益性岗位安置人数"] == "≥3000人"
    assert read["参训人员满意度"] == "≥90%"


def test_a_run_shorter_than_the_first_names_is_not_paired(tmp_path: Path) -> None:
    # two targets after three names: which name has none is not said
    text = _TOP + _FIRST_NAMES + "≥ 5 万人 ≥ 2 万人次" + _LATER_ROWS
    read = _targets(tmp_path, text)
    assert read.get("城镇新增就业人数") != "≥5万人"
    assert read["公益性岗位安置人数"] == "≥3000人"


def _rows(text: str) -> str:
    return _TOP + "一级 指标 二级指标 三级指标 指标值 " + text + "\n"


def test_a_name_broken_at_a_space_before_its_short_end_is_one_name(tmp_path: Path) -> None:
    read = _targets(
        tmp_path,
        _rows(
            "城镇新增就业人数 ≥ 5 万人 时效指标 培训任务 完成时间 2022 年 11 月底前 "
            "可持续影响 指标 就业服务长效 工作机制 逐步健全 满意度 指标 服务对象 "
            "满意度指标 参训人员 满意度 ≥ 90%"
        ),
    )
    assert read["培训任务完成时间"] == "2022年11月底前"
    assert read["就业服务长效工作机制"] == "逐步健全"
    assert read["参训人员满意度"] == "≥90%"
    assert "完成时间" not in read


def test_a_whole_name_before_a_short_name_stays_apart(tmp_path: Path) -> None:
    # a name ending as a name does (率) is a row of its own with no target; the label's
    # words (服务对象) before a name are no head of it
    read = _targets(
        tmp_path,
        _rows(
            "城镇新增就业人数 ≥ 5 万人 时效指标 培训任务完成率 完成时间 2022 年 11 月底前 "
            "满意度 指标 服务对象 参训人员满意度 ≥ 90%"
        ),
    )
    assert read["完成时间"] == "2022年11月底前"
    assert "培训任务完成率完成时间" not in read
    assert read["参训人员满意度"] == "≥90%"
