"""A template's hint at a name's end asking for a target's kind (``…生活质量(定性)``,
``…覆盖率(定量指标)``) is no word of the name; a bracket saying more (``(定性评价)``) stays."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form

_FORM = (
    "2021年度困难群众救助补助资金绩效目标自评表\n"
    "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
    "产出指标 | 数量指标 | 低保对象覆盖率(定量指标) | ≥98% | 99% | 20 | 20 |\n"
    "效益指标 | 社会效益指标 | 困难群众基本生活质量(定性) | 改善 | 改善 | 20 | 20 |\n"
    "满意度指标 | 服务对象满意度指标 | 救助对象满意度(定性评价) | ≥90% | 93% | 10 | 10 |\n"
)


def test_a_kind_hint_at_a_names_end_is_dropped(tmp_path: Path) -> None:
    names = {indicator.name for _, indicator in read_form(tmp_path, _FORM).all_indicators()}
    assert "困难群众基本生活质量" in names
    assert "低保对象覆盖率" in names
    assert "救助对象满意度(定性评价)" in names
