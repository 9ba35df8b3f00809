"""A 目标表 with 指标性质 | 指标值 | 度量单位 | 指标解释 columns: a 定性 row one label short
and padded at its end (``可持续影响指标 | 水源地保护 | 定性 | 安全可控 | 反映…。 | |``) is
aligned a column right; its standard is the target, the explanation the definition."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form

_HEAD = (
    "项目支出绩效目标表\n"
    "一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 指标解释 | 备注 |\n"
    "成本指标 | 经济成本指标 | 水质监测经费 | ≤ | 16.8 | 万元 | 反映成本控制情况。 | |\n"
    "社会成本指标 | 对群众生活的不利影响 | 定性 | 无 | 反映不利影响。 | ||\n"
    "产出指标 | 数量指标 | 水质监测点位数 | ≥ | 12 | 个 | 反映监测覆盖情况。 | |\n"
    "数量指标 | 监测报告份数 | ≥ | 4 | 份 | 反映报告编制情况。 | ||\n"
    "效益指标 | 社会效益指标 | 饮用水安全事件 | 定性 | 有效防范 | 反映防范成效。 | |\n"
)


def _targets(tmp_path: Path, row: str) -> dict[str, str | None]:
    document = read_form(tmp_path, _HEAD + row)
    return {
        indicator.name: (indicator.target_in_force.standard if indicator.target_in_force else None)
        for _, indicator in document.all_indicators()
    }


def test_a_standard_in_the_explanations_column_is_the_target(tmp_path: Path) -> None:
    row = "可持续影响指标 | 水源地保护 | 定性 | 安全可控 | 反映水源地保护的持续情况。 | ||\n"
    assert _targets(tmp_path, row)["水源地保护"] == "安全可控"


def test_an_explanation_in_its_own_column_is_not_moved(tmp_path: Path) -> None:
    # the 指标解释 column holds an explanation: no standard there to take
    row = "可持续影响指标 | 水源地保护 | 定性 | 反映水源地保护情况。 | 反映持续情况。 | ||\n"
    assert _targets(tmp_path, row).get("水源地保护") != "反映水源地保护情况。"
