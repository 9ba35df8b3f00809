"""A Markdown pipe table whose rows wrap onto continuation rows of empty leading cells (a
name's last glyph, a standard's second clause): a standard in words the vocabulary lacks,
joined back in the target's column beside its name (``低保金发放 | 按月核定、按季发放``),
is that row's target, not a row of its own; the rows around it read as before."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form

_FORM = """宁强县民政局2025年项目支出绩效目标表

| 项目支出绩效目标表 | | | | |
|---|---|---|---|---|
| (2025年度) | | | | |
| 项目名称 | 城乡低保资金 | | | |
| 主管部门 | 宁强县民政局 | 实施单位 | 宁强县民政局 | |
| 项目资金(万元) | 年度资金总额 | 2,460.00 | | |
| 年度目标 | 保障城乡低保对象基本生活,按时足额发放低保金。 | | | |
| 一级指标 | 二级指标 | 三级指标 | 指标值 | |
| 产出指标 | 数量指标 | 城乡低保保障人数 | ≥5200人 | |
| | | 特困人员集中供养机构入住 | ≥60% | |
| | | 率 | | |
| | 质量指标 | 低保对象认定准确率 | ≥98% | |
| | 时效指标 | 低保金发放 | 按月核定、 | |
| | | | 按季发放 | |
| | | 动态管理 | 应保尽保、 | |
| | | | 应退尽退 | |
| 效益指标 | 社会效益指标 | 困难群众基本生活 | 有效保障 | |
| 满意度指标 | 服务对象满意度指标 | 低保对象满意度 | ≥90% | |
"""


def _targets(tmp_path: Path) -> dict[str, str]:
    document = read_form(tmp_path, _FORM)
    return {
        indicator.name: indicator.target.text if indicator.target else ""
        for _, indicator in document.all_indicators()
    }


def test_a_worded_target_beside_its_name_is_the_rows_target(tmp_path: Path) -> None:
    targets = _targets(tmp_path)
    assert targets["低保金发放"] == "按月核定、按季发放"
    assert targets["动态管理"] == "应保尽保、应退尽退"
    assert "按月核定、按季发放" not in targets


def test_the_rows_around_it_read_as_before(tmp_path: Path) -> None:
    targets = _targets(tmp_path)
    assert targets["特困人员集中供养机构入住率"] == "≥60%"
    assert targets["困难群众基本生活"] == "有效保障"
    assert len(targets) == 7
