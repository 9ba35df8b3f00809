"""A Markdown table whose long name wraps onto an extra pipe row, every other cell of it
empty: the row is the end of the name above it, also when a 指标解释 column stands between
the name and its target and when the end is a word that could be a standard (提升)."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form

_WRAPPED = """项目支出绩效目标表
项目名称：城乡供水一体化工程
| 一级指标 | 二级指标 | 三级指标 | 指标解释 | 指标值 | 备注 |
|---|---|---|---|---|---|
| 产出指标 | 数量指标 | 新铺设供水主管 | 新铺设的DN300以上供水管道 | ≥18公里 | |
| | | 网长度 | | | |
| | | 新建加压泵站 | 建成投运的泵站 | ≥3座 | |
| | 质量指标 | 管网水质达标率 | 抽检合格比例 | ≥98% | |
| 效益指标 | 经济效益指标 | 农户年均用水支出 | 与实施前相比 | ≤260元 | |
| | | 降低 | | | |
| | 社会效益指标 | 受益农村人口覆盖 | 与实施前相比 | ≥2.6万人 | |
| | | 范围扩大 | | | |
| 满意度指标 | 服务对象满意度指标 | 受益群众满意度 | 问卷调查 | ≥92% | |
"""

# the target printed a line low, alone in its own column: no name's end
_TARGET_LOW = """项目支出绩效目标表
项目名称：城乡供水一体化工程
| 一级指标 | 二级指标 | 三级指标 | 指标解释 | 指标值 | 备注 |
|---|---|---|---|---|---|
| 产出指标 | 数量指标 | 新建加压泵站 | 建成投运的泵站 | ≥3座 | |
| 效益指标 | 可持续影响指标 | 供水设施运维机制 | 运维责任落实 | | |
| | | | | 长效运行 | |
| 满意度指标 | 服务对象满意度指标 | 受益群众满意度 | 问卷调查 | ≥92% | |
"""


def test_a_name_wrapped_onto_a_pipe_row_of_its_own_ends_the_name_above(tmp_path: Path) -> None:
    document = read_form(tmp_path, _WRAPPED)
    read = {i.name: i.target.text if i.target else None for i in document.projects[0].indicators}
    assert read == {
        "新铺设供水主管网长度": "≥18公里",
        "新建加压泵站": "≥3座",
        "管网水质达标率": "≥98%",
        "农户年均用水支出降低": "≤260元",
        "受益农村人口覆盖范围扩大": "≥2.6万人",
        "受益群众满意度": "≥92%",
    }


def test_a_standard_alone_in_the_target_column_is_no_name_end(tmp_path: Path) -> None:
    document = read_form(tmp_path, _TARGET_LOW)
    names = [i.name for i in document.projects[0].indicators]
    assert "供水设施运维机制" in names
    assert not any(name.endswith("长效运行") for name in names)
