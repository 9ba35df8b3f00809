"""A level's label written before an indicator's name with a colon (issue 11): in a form's
name cell with no 二级 column (``数量:…``, short or long spelling), in prose lists numbered
``(1)`` or ``①``, or as a clause's lead. The label is the row's 二级 (or 一级), not a part
of its name. Each text here is written for the test (other words, other departments than
the hold-outs of the class)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.domain.framework import Category, Subcategory
from jixiao.domain.model import Indicator
from jixiao.ingest.general.label_prefix import split_label_prefix
from jixiao.ingest.pipeline import parse_file


def _read(tmp_path: Path, text: str) -> dict[str, Indicator]:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    document, _ = parse_file(path)
    return {indicator.name: indicator for _, indicator in document.all_indicators()}


@pytest.mark.parametrize(
    ("text", "subcategory", "name"),
    [
        ("数量:改造农村公厕座数", Subcategory.QUANTITY, "改造农村公厕座数"),
        ("时效：补贴发放时间", Subcategory.TIMELINESS, "补贴发放时间"),
        ("社会效益指标：带动就业人数", Subcategory.SOCIAL, "带动就业人数"),
        ("产出指标:质量指标:验收合格率", Subcategory.QUALITY, "验收合格率"),
        ("可持续影响 : 管护机制", Subcategory.SUSTAINABILITY, "管护机制"),
    ],
)
def test_a_second_level_label_and_its_colon_open_a_name(
    text: str, subcategory: Subcategory, name: str
) -> None:
    prefix = split_label_prefix(text)
    assert prefix is not None
    assert (prefix.subcategory, prefix.name) == (subcategory, name)
    assert prefix.category is subcategory.category


def test_a_first_level_label_alone_before_the_name_sets_only_the_category() -> None:
    prefix = split_label_prefix("满意度：参训学员满意度")
    assert prefix is not None
    assert (prefix.category, prefix.subcategory, prefix.name) == (
        Category.SATISFACTION,
        None,
        "参训学员满意度",
    )


@pytest.mark.parametrize(
    "text",
    [
        "其中：财政拨款",  # a lead that is no label
        "教学楼：改造面积",  # a part of the project, not a level
        "数量指标：",  # the label alone, no name after it
        "质量指标：数量指标",  # two labels, no name
        "数量达标率",  # a name opening with a label's word, no colon
        "服务质量:较上年提升",  # a name and its standard
    ],
)
def test_a_colon_after_other_words_is_no_label_prefix(text: str) -> None:
    assert split_label_prefix(text) is None


_FORM = """\
附件：农机购置补贴项目支出绩效自评表
| 项目名称 | 农机购置补贴 |||||
| 主管部门 | 某县农业农村局 | 实施单位 | 某县农机服务中心 |||
| 指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因 |
| 产出指标（40分） ||||||
| 数量：补贴机具台数 | ≥260台 | 275台 | 15 | 15 | |
| 质量：机具抽检合格率 | 100% | 100% | 10 | 10 | |
| 时效:补贴资金兑付时间 | 2022年12月底前 | 2022年12月 | 15 | 15 | |
| 效益指标（40分） ||||||
| 社会效益指标：农作物耕种收综合机械化率 | ≥78% | 79% | 20 | 20 | |
| 可持续影响：农机作业服务能力 | 稳步提升 | 稳步提升 | 20 | 18 | |
| 满意度指标（20分） ||||||
| 满意度：购机农户满意度 | ≥92% | 95% | 20 | 20 | |
| 总分 | | | 100 | 98 | |
"""


def test_a_forms_name_cells_give_up_their_level_labels(tmp_path: Path) -> None:
    read = _read(tmp_path, _FORM)
    assert set(read) == {
        "补贴机具台数",
        "机具抽检合格率",
        "补贴资金兑付时间",
        "农作物耕种收综合机械化率",
        "农机作业服务能力",
        "购机农户满意度",
    }
    assert read["补贴机具台数"].subcategory is Subcategory.QUANTITY
    assert read["补贴资金兑付时间"].subcategory is Subcategory.TIMELINESS
    assert read["农作物耕种收综合机械化率"].category is Category.OUTCOME
    assert read["购机农户满意度"].category is Category.SATISFACTION
    assert read["补贴机具台数"].target is not None
    assert read["补贴机具台数"].target.canonical == "≥260台"


def test_a_name_cell_with_a_colon_after_other_words_keeps_them(tmp_path: Path) -> None:
    form = _FORM.replace("数量：补贴机具台数", "大中型：补贴机具台数")
    assert "大中型：补贴机具台数".replace("：", ":") in {
        name.replace("：", ":") for name in _read(tmp_path, form)
    }


_PROSE = """\
某县文化广电旅游局2023年部门预算公开说明
七、项目绩效目标情况
（一）公共文化服务体系建设经费
绩效指标：
1.产出指标：（1）数量指标：送戏下乡演出场次≥60场；农家书屋更新图书≥1.2万册。（2）质量指标：演出节目审查通过率100%。（3）时效指标：演出任务完成时间2023年11月底前。
2.效益指标：（1）社会效益指标：群众文化生活明显丰富。
3.满意度指标：观演群众满意度≥88%。
"""


def test_prose_items_numbered_in_brackets_set_the_level_of_their_clauses(
    tmp_path: Path,
) -> None:
    read = _read(tmp_path, _PROSE)
    assert {"送戏下乡演出场次", "农家书屋更新图书", "演出节目审查通过率"} <= set(read)
    assert read["送戏下乡演出场次"].subcategory is Subcategory.QUANTITY
    assert read["农家书屋更新图书"].subcategory is Subcategory.QUANTITY
    assert read["演出节目审查通过率"].subcategory is Subcategory.QUALITY
    assert read["演出任务完成时间"].subcategory is Subcategory.TIMELINESS
    assert read["群众文化生活"].subcategory is Subcategory.SOCIAL


_CIRCLED = """\
某县林业局2019年部门预算绩效文本
三、项目绩效目标
1.森林防火项目
绩效指标：
（1）产出指标
①数量指标：巡护里程，指标值：≥1500公里，确定依据：计划标准。
（2）效果指标
①社会效益指标：森林火灾受害率，指标值：≤0.8‰，确定依据：行业标准。
②社会公众或服务对象满意度指标：林区群众满意度，指标值：≥88%，确定依据：历史标准。
"""


def test_the_longest_label_after_a_circled_number_heads_its_item(tmp_path: Path) -> None:
    read = _read(tmp_path, _CIRCLED)
    assert "林区群众满意度" in read
    assert read["林区群众满意度"].category is Category.SATISFACTION
    assert read["巡护里程"].subcategory is Subcategory.QUANTITY


def test_a_label_leading_a_clause_of_a_list_sets_the_level_not_a_part(tmp_path: Path) -> None:
    text = (
        "某镇人民政府2024年项目绩效目标\n"
        "主要绩效指标：数量：新打机井30眼；质量指标：机井验收合格率100%；满意度：灌区农户满意度≥90%。\n"
    )
    read = _read(tmp_path, text)
    assert read["新打机井"].subcategory is Subcategory.QUANTITY
    assert read["新打机井"].remark is None  # the label is no part of the project
    assert read["灌区农户满意度"].category is Category.SATISFACTION


def test_a_short_label_after_a_lists_number_sets_the_level_of_its_clause(tmp_path: Path) -> None:
    text = (
        "某县人社局2021年就业补助资金绩效目标\n"
        "产出指标：\n"
        "（1）数量：职业技能培训人数≥800人；（2）质量：培训后就业率≥60%。\n"
    )
    read = _read(tmp_path, text)
    assert read["职业技能培训人数"].subcategory is Subcategory.QUANTITY
    assert read["培训后就业率"].subcategory is Subcategory.QUALITY
    assert "数量" not in read and "质量" not in read


def test_a_records_name_field_gives_up_its_level_label(tmp_path: Path) -> None:
    text = (
        "某区卫健局2023年项目绩效目标\n"
        "一级指标：产出指标\n"
        "指标名称：数量指标：家庭医生签约人数\n"
        "指标值：≥6000人\n"
        "\n"
        "一级指标：满意度指标\n"
        "指标名称：满意度：签约居民满意度\n"
        "指标值：≥85%\n"
    )
    read = _read(tmp_path, text)
    assert read["家庭医生签约人数"].subcategory is Subcategory.QUANTITY
    assert read["签约居民满意度"].category is Category.SATISFACTION


def test_a_cost_item_under_an_output_item_is_its_second_level(tmp_path: Path) -> None:
    text = (
        "某县交通运输局2022年部门预算公开说明\n"
        "绩效指标：\n"
        "1.产出指标：（1）数量指标：养护农村公路≥320公里。（2）成本指标：每公里养护费用≤0.8万元。\n"
        "2.成本指标：（1）经济成本指标：养护总成本≤256万元。\n"
    )
    read = _read(tmp_path, text)
    assert read["每公里养护费用"].category is Category.OUTPUT
    assert read["每公里养护费用"].subcategory is Subcategory.COST
    assert read["养护总成本"].category is Category.COST


@pytest.mark.parametrize(
    ("text", "subcategory", "name"),
    [
        ("时效指标——维修工单响应时间", Subcategory.TIMELINESS, "维修工单响应时间"),
        ("质量指标—校舍改造验收合格率", Subcategory.QUALITY, "校舍改造验收合格率"),
        ("数量指标－新建村级卫生室", Subcategory.QUANTITY, "新建村级卫生室"),
        ("生态效益指标 - 河道保洁长度", Subcategory.ECOLOGICAL, "河道保洁长度"),
    ],
)
def test_a_dash_after_a_level_label_bounds_it_as_a_colon_does(
    text: str, subcategory: Subcategory, name: str
) -> None:
    prefix = split_label_prefix(text)
    assert prefix is not None
    assert (prefix.subcategory, prefix.name) == (subcategory, name)


@pytest.mark.parametrize(
    "text",
    [
        "成本-效益比",  # a short spelling and a hyphen: a word of the name
        "质量－安全追溯覆盖率",
        "数量指标——",  # the label alone
        "城乡——供水一体化率",  # no level before the dash
    ],
)
def test_a_dash_after_other_words_or_a_short_spelling_is_no_label_prefix(text: str) -> None:
    assert split_label_prefix(text) is None


def test_a_reports_paragraphs_leading_with_a_label_and_a_dash_give_it_up(
    tmp_path: Path,
) -> None:
    text = (
        "某县水利局关于2024年度农村饮水安全项目绩效运行监控情况的报告\n"
        "三、绩效目标完成情况\n"
        "（一）产出指标\n"
        "1.数量指标——维修供水管网长度。年度目标值：≥45公里；1-6月完成值：21公里；"
        "偏差情况：无偏差。\n"
        "2.时效指标——工程完工时间。年度目标值：2024年10月底前；1-6月完成值：进行中；"
        "偏差情况：无偏差。\n"
        "（二）满意度指标\n"
        "1.服务对象满意度指标——受益群众满意度。年度目标值：≥90%；1-6月完成值：91%；"
        "偏差情况：无偏差。\n"
    )
    read = _read(tmp_path, text)
    assert read["维修供水管网长度"].subcategory is Subcategory.QUANTITY
    assert read["维修供水管网长度"].target is not None
    assert read["维修供水管网长度"].target.canonical == "≥45公里"
    assert read["受益群众满意度"].category is Category.SATISFACTION
