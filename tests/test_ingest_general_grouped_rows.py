"""Rows a table groups under numbered titles: ``一、某类工作`` printed as a row of the table
with no value, the rows under it numbered as its items (``1、…率 | ≥90% | …``). The title
is no heading of the text that ends the table, no first line of the name below, and no
indicator; the items' numbers (also ``2、65岁…``, a name opening with a digit) are no part
of their names. A numbered row with values of its own (``三、…率 | ≥95%``) stays a row, a
heading in prose after the table still ends it."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form

_FORM = """\
2024年度项目支出绩效自评表
单位名称:某市民政局
项目名称 | 某市2024年养老服务体系建设补助资金 | |||||
主管部门 | 某市民政局 | 项目实施单位 | 某市民政局 | ||
年度绩效目标 | 一级指标 | 二级指标 | 三级指标 | 年初目标值 | 实际完成值 | 得分
产出指标 | 数量指标 | 一、居家养老服务 | ||||
1、居家养老服务对象覆盖人数 | ≥1200人 | 1260人 | 8.0 | ||
2、助餐点建成数量 | ≥15个 | 16个 | 8.0 | ||
二、机构养老服务 | ||||||
1、80岁以上老人入住率 | ≥35% | 37.2% | 8.0 | ||
2、护理型床位占比 | ≥55% | 58% | 8.0 | ||
三、养老护理员培训人次 | ≥300人次 | 320人次 | 8.0 | ||
质量指标 | 养老机构消防检查合格率 | 100% | 100% | 10.0 | |
满意度指标 | 服务对象满意度 | 入住老人满意度 | ≥90% | 93% | 10.0 |
合计 | 96.50 | |||||
"""


def _targets(tmp_path: Path, text: str) -> dict[str, str | None]:
    document = read_form(tmp_path, text)
    return {
        indicator.name: indicator.target.canonical if indicator.target else None
        for _, indicator in document.all_indicators()
    }


def test_rows_under_numbered_group_titles_are_read_each_with_its_target(tmp_path: Path) -> None:
    read = _targets(tmp_path, _FORM)
    assert read["居家养老服务对象覆盖人数"] == "≥1200人"
    assert read["助餐点建成数量"] == "≥15个"
    assert read["80岁以上老人入住率"] == "≥35%"
    assert read["护理型床位占比"] == "≥55%"
    assert read["养老机构消防检查合格率"] == "100%"
    assert read["入住老人满意度"] == "≥90%"


def test_a_group_title_is_no_indicator_nor_part_of_a_name(tmp_path: Path) -> None:
    assert sorted(_targets(tmp_path, _FORM)) == sorted(
        [
            "居家养老服务对象覆盖人数",
            "助餐点建成数量",
            "80岁以上老人入住率",
            "护理型床位占比",
            "养老护理员培训人次",
            "养老机构消防检查合格率",
            "入住老人满意度",
        ]
    )


def test_a_numbered_title_row_with_values_of_its_own_stays_an_indicator(tmp_path: Path) -> None:
    assert _targets(tmp_path, _FORM)["养老护理员培训人次"] == "≥300人次"


_HEADING_AFTER = """\
2024年度项目支出绩效自评表
项目名称 | 某县2024年农村公路养护资金 | ||||
年度绩效目标 | 一级指标 | 二级指标 | 三级指标 | 年初目标值 | 实际完成值 | 得分
产出指标 | 数量指标 | 养护农村公路里程 | ≥420公里 | 436公里 | 20.0
满意度指标 | 服务对象满意度 | 沿线群众满意度 | ≥85% | 90% | 10.0
二、偏差原因分析
1、部分路段因汛期延误,养护进度滞后两周,已于四季度补齐。
"""


def test_a_numbered_heading_of_the_text_after_the_table_still_ends_it(tmp_path: Path) -> None:
    read = _targets(tmp_path, _HEADING_AFTER)
    assert read == {"养护农村公路里程": "≥420公里", "沿线群众满意度": "≥85%"}


_BRACKETED = """\
2024年度项目支出绩效自评表
项目名称 | 某区2024年中小学校舍维修资金 | |||||
年度绩效目标 | 一级指标 | 二级指标 | 三级指标 | 年初目标值 | 实际完成值 | 得分
产出指标 | 数量指标 | (一)校舍维修 | ||||
1.维修改造学校数量 | ≥12所 | 12所 | 10.0 | ||
2.维修改造面积 | ≥8000平方米 | 8260平方米 | 10.0 | ||
(二)安全设施 | ||||||
1.消防设施更新学校数 | ≥6所 | 6所 | 10.0 | ||
质量指标 | 维修工程验收合格率 | 100% | 100% | 10.0 | |
"""


def test_groups_titled_in_brackets_over_items_numbered_with_points(tmp_path: Path) -> None:
    assert _targets(tmp_path, _BRACKETED) == {
        "维修改造学校数量": "≥12所",
        "维修改造面积": "≥8000平方米",
        "消防设施更新学校数": "≥6所",
        "维修工程验收合格率": "100%",
    }
