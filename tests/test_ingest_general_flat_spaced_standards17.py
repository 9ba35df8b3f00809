"""A form flattened to one line, its cells parted by single spaces, a standard's words
spaced apart too: a standard opening with the base of a change or a degree that is none
alone (``比上年 提高``, ``稳步 提升``) is one standard; a time limit counted from an event
named without 后 (``收到省级资金 15 日内``) is one target; a bare limit's figure spaced off
its unit (``30 日内``) is one target. The names before them stay whole."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form

_FORM = (
    "农田水利设施建设补助资金区域绩效目标表.doc\n"
    "附件 2 农田水利设施建设补助资金区域绩效目标表 ( 2022 年度) 专项名称 农田水利设施建设补助资金"
    " 主管部门 市农业农村局 资金额度 3260 万 年 度 总 体 目 标 目标 1:新建高标准农田,改善灌溉条件。"
    " 一级 指标 二级指标 三级指标 指标值 绩 效 指 标 产 出 指 标 数量指标 新建高标准农田面积"
    " ≥ 3.5 万亩 新增节水灌溉面积 ≥ 1.2 万亩 质量指标 工程验收合格率 ≥ 98% 时效指标 资金分配时限"
    " 收到省级资金 15"
    " 日内 项目完工时限 30 日内 效果指 标 经济效益 指标 亩均粮食产量 比上年 提高 生态效益 指标"
    " 农田灌溉水利用系数 稳步 提升 满意度 指标 服务对象 满意度指标 受益农户满意度 ≥ 90%\n"
)


def _targets(tmp_path: Path) -> dict[str, str]:
    document = read_form(tmp_path, _FORM)
    return {
        indicator.name: indicator.target.text if indicator.target else ""
        for _, indicator in document.all_indicators()
    }


def test_a_standard_spaced_after_its_base_or_degree_is_one_standard(tmp_path: Path) -> None:
    targets = _targets(tmp_path)
    assert targets["亩均粮食产量"] == "比上年提高"
    assert targets["农田灌溉水利用系数"] == "稳步提升"


def test_a_limit_from_an_event_named_without_hou_is_one_target(tmp_path: Path) -> None:
    assert _targets(tmp_path)["资金分配时限"].replace(" ", "") == "收到省级资金15日内"


def test_a_bare_limit_spaced_off_its_unit_is_one_target(tmp_path: Path) -> None:
    document = read_form(tmp_path, _FORM)
    found = {indicator.name: indicator for _, indicator in document.all_indicators()}
    target = found["项目完工时限"].target
    assert target is not None and target.canonical == "≤30日"


def test_no_piece_of_a_standard_or_a_limit_is_read_as_a_name(tmp_path: Path) -> None:
    names = set(_targets(tmp_path))
    assert not names & {"比上年", "稳步", "日内", "收到省级资金"}
    assert {"新建高标准农田面积", "工程验收合格率", "受益农户满意度"} <= names
