"""Indicators printed as records of labelled fields (``一级指标：…`` / ``指标值：…`` …), one
record per indicator: the labels are the table's header words, each record a row. A budget
system prints the operator in a field of its own named 指标方向 (``≥``, ``=``, ``定性``): it
joins the value as a 指标性质 column does; a 方向 that says 正向/反向 stays the sense."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form
from jixiao.domain.framework import Category, Subcategory
from jixiao.domain.model import Indicator

_HEAD = """某市文化广电旅游局2025年项目支出绩效目标
项目名称：公共文化服务体系建设补助
主管部门：某市文化广电旅游局
【绩效指标】
"""


def _record(
    serial: int, levels: tuple[str, str], name: str, sense: str, value: str, unit: str
) -> str:
    return (
        f"序号：{serial}\n一级指标：{levels[0]}\n二级指标：{levels[1]}\n三级指标：{name}\n"
        f"指标方向：{sense}\n指标值：{value}\n计量单位：{unit}\n指标值设定依据：计划标准\n\n"
    )


_OPERATOR_RECORDS = (
    _record(1, ("产出指标", "数量指标"), "送戏下乡演出场次", "≥", "80", "场")
    + _record(2, ("产出指标", "质量指标"), "文化设施开放达标率", "=", "100", "%")
    + _record(3, ("产出指标", "成本指标"), "每场演出补助", "≤", "1.2", "万元/场")
    + _record(4, ("效益指标", "社会效益指标"), "群众文化活动参与度", "定性", "明显提升", "")
)

_SENSE_RECORDS = _record(
    1, ("产出指标", "数量指标"), "图书借阅人次", "正向", "≥12000人次", ""
) + _record(2, ("产出指标", "成本指标"), "单场活动成本", "反向", "≤0.8万元", "")


def _targets(tmp_path: Path, text: str) -> dict[str, str | None]:
    document = read_form(tmp_path, text)
    return {
        i.name: i.target.text if i.target else None
        for project in document.projects
        for i in project.indicators
    }


def test_an_operator_in_a_direction_field_joins_the_value(tmp_path: Path) -> None:
    read = _targets(tmp_path, _HEAD + _OPERATOR_RECORDS)
    assert read["送戏下乡演出场次"] == "≥80场"
    assert read["文化设施开放达标率"] == "=100%"
    assert read["每场演出补助"] == "≤1.2万元/场"


def test_a_qualitative_direction_leaves_the_standard(tmp_path: Path) -> None:
    read = _targets(tmp_path, _HEAD + _OPERATOR_RECORDS)
    assert read["群众文化活动参与度"] == "明显提升"


def test_a_direction_saying_the_sense_stays_the_sense(tmp_path: Path) -> None:
    document = read_form(tmp_path, _HEAD + _SENSE_RECORDS)
    read = {i.name: i for project in document.projects for i in project.indicators}
    assert read["图书借阅人次"].target is not None
    assert read["图书借阅人次"].target.text == "≥12000人次"
    assert read["单场活动成本"].direction is not None
    assert read["单场活动成本"].direction.value == "reverse"


_ONE_LINE_EACH = """某县民政局2024年项目支出绩效目标表
项目名称：困难群众救助补助资金
主管部门：某县民政局；实施单位：某县社会救助服务中心
绩效指标
● 一级指标：产出指标；二级指标：数量指标；三级指标：城乡低保保障人数；指标值：≥3200人
● 一级指标：产出指标；二级指标：时效指标；三级指标：救助资金按月发放率；指标值：100%
● 一级指标：满意度指标；二级指标：服务对象满意度指标；三级指标：救助对象满意度；指标值：≥92%
说明：本表指标值由县民政局根据上年度执行情况测算。
"""

_OUTLINE = """某镇人民政府2022年村级道路养护项目绩效目标
一、基本情况
项目名称：村级道路日常养护经费
二、绩效指标
一、产出指标
（一）数量指标
1.指标名称：养护村级道路里程
目标值：≥86公里
2.指标名称：修补坑槽面积
目标值：≥1500平方米
（二）质量指标
1.指标名称：路面完好率
目标值：≥90%
二、效益指标
（一）社会效益指标
1.指标名称：群众出行条件
目标值：持续改善
"""


def _indicators(tmp_path: Path, text: str) -> dict[str, Indicator]:
    document = read_form(tmp_path, text)
    return {indicator.name: indicator for _, indicator in document.all_indicators()}


def test_fields_on_one_line_are_one_record(tmp_path: Path) -> None:
    read = _indicators(tmp_path, _ONE_LINE_EACH)
    assert set(read) == {"城乡低保保障人数", "救助资金按月发放率", "救助对象满意度"}
    people = read["城乡低保保障人数"]
    assert people.target is not None
    assert people.target.text == "≥3200人"
    assert people.subcategory is Subcategory.QUANTITY
    assert read["救助对象满意度"].category is Category.SATISFACTION


def test_a_projects_fields_on_one_line_are_no_record(tmp_path: Path) -> None:
    document = read_form(tmp_path, _ONE_LINE_EACH)
    names = {indicator.name for _, indicator in document.all_indicators()}
    assert not names & {"主管部门", "某县民政局", "某县社会救助服务中心"}
    assert not any("说明" in name or "测算" in name for name in names)


def test_an_outlines_headings_set_the_levels_of_the_records_under_them(tmp_path: Path) -> None:
    read = _indicators(tmp_path, _OUTLINE)
    assert set(read) == {"养护村级道路里程", "修补坑槽面积", "路面完好率", "群众出行条件"}
    assert read["修补坑槽面积"].subcategory is Subcategory.QUANTITY
    assert read["路面完好率"].subcategory is Subcategory.QUALITY
    assert read["群众出行条件"].category is Category.OUTCOME
    target = read["养护村级道路里程"].target
    assert target is not None
    assert target.text == "≥86公里"
