"""A 绩效评价 score table run together on one line: a 一级 label's points are put back on
it (产出(40分), not 产出( / 40分 / )), and the framework's labels that open a name (产出数量,
满意度) are cut off it; a name that starts like a label keeps its words."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from general_support import read_form
from jixiao.domain.framework import Category, Subcategory

_LINE = (
    "2024年度农村改厕奖补资金绩效评价得分表项目名称农村改厕奖补资金主管部门某县农业农村局"
    "一级指标二级指标指标内容分值年度指标值实际完成值得分"
    "决策(20分)项目立项立项依据充分性10——10绩效目标绩效目标合理性10——9"
    "产出(40分)产出数量新建改造户用卫生厕所10≥1800户1826户10"
    "产出质量改厕验收合格率10≥95%96.5%10产出时效奖补资金兑付及时率10≥95%92%8"
    "产出成本户均奖补标准10≤1500元1500元10"
    "效益(30分)社会效益农村卫生厕所普及率15≥85%86%15可持续影响改厕后续管护机制15逐步健全逐步健全14"
    "满意度(10分)服务对象满意度改厕农户满意度10≥90%93%10合计10096\n"
)


def test_each_name_is_read_without_the_labels_before_it(tmp_path: Path) -> None:
    document = read_form(tmp_path, _LINE)
    read = {
        i.name: i.target.text if i.target else None
        for project in document.projects
        for i in project.indicators
    }
    assert {name: read.get(name) for name in _WANT} == _WANT
    assert not any(name.startswith(("产出", ")", "服务对象", "社会效益")) for name in read)


def test_the_labels_set_the_rows_levels_and_are_no_rows(tmp_path: Path) -> None:
    document = read_form(tmp_path, _LINE)
    levels = {
        i.name: (i.category, i.subcategory)
        for project in document.projects
        for i in project.indicators
    }
    assert levels["农村卫生厕所普及率"] == (Category.OUTCOME, Subcategory.SOCIAL)
    assert levels["改厕农户满意度"][0] is Category.SATISFACTION
    assert not {"项目立项", "产出数量", "决策(20分)", "绩效目标"} & set(levels)


_WANT = {
    "新建改造户用卫生厕所": "≥1800户",
    "改厕验收合格率": "≥95%",
    "奖补资金兑付及时率": "≥95%",
    "户均奖补标准": "≤1500元",
    "农村卫生厕所普及率": "≥85%",
    "改厕后续管护机制": "逐步健全",
    "改厕农户满意度": "≥90%",
}


_WEIGHT_GLUED = (
    "2024年度乡村道路养护资金绩效评价得分表项目名称乡村道路养护资金"
    "一级指标二级指标指标内容分值年度指标值实际完成值得分"
    "产出(30分)产出数量养护村道里程9320公里以上338公里9"
    "产出质量路面完好率8≥90%93%8"
    "效益(20分)社会效益群众出行时间缩短率125%以上6%12\n"
)


def test_a_weight_glued_before_its_target_is_the_shortest_lead_that_fits(tmp_path: Path) -> None:
    document = read_form(tmp_path, _WEIGHT_GLUED)
    read = {
        i.name: (i.target.text if i.target else None, i.weight)
        for project in document.projects
        for i in project.indicators
    }
    assert read["养护村道里程"] == ("320公里以上", Decimal(9))
    assert read["路面完好率"] == ("≥90%", Decimal(8))
    assert read["群众出行时间缩短率"] == ("5%以上", Decimal(12))  # 1 is below its 得分 12
