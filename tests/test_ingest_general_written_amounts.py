"""A target cell listing amounts each named by the group it is for (``一类村5万元,二类村3万元``,
``城市800元/人·月;农村600元/人·月``): one standard a group and no one value, read as the
standard as written (reported UNCERTAIN), not as a name nor as one of its amounts; so is an
amount said to be about so much (``85%左右``, ``约1200人``), which has no bound to compare an
actual with. A quantity with a remark (``≥70%,高于国家标准``) and a single amount stay
quantities; a bound with 左右 (``≥85%左右``) is no standard."""

from __future__ import annotations

from pathlib import Path

import pytest

from general_support import read_form
from jixiao.domain.target import TargetKind
from jixiao.ingest.cells import labelled_amounts, written_standard
from jixiao.ingest.general.kinds import Kind, kind_of

_FORM = """\
2023年度项目支出绩效自评表
项目名称 | 某县2023年村级组织运转经费 | |||
一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 得分
产出指标 | 数量指标 | 保障运转村数 | ≥126个 | 126个 | 10
| 质量指标 | 村级运转经费补助标准 | 一类村5万元,二类村3万元 | 已落实 | 10
| 时效指标 | 资金拨付及时率 | 100% | 100% | 10
"""


def test_amounts_named_by_their_groups_are_the_standard_as_written(tmp_path: Path) -> None:
    document = read_form(tmp_path, _FORM)
    read = {indicator.name: indicator.target for _, indicator in document.all_indicators()}
    target = read["村级运转经费补助标准"]
    assert target is not None
    assert (target.kind, target.standard) == (TargetKind.QUALITATIVE, "一类村5万元,二类村3万元")
    assert read["资金拨付及时率"] is not None
    assert read["资金拨付及时率"].canonical == "100%"


@pytest.mark.parametrize(
    "text", ["一类村5万元,二类村3万元", "城市800元/人·月;农村600元/人·月", "小学1000元、初中1250元"]
)
def test_a_list_of_labelled_amounts_is_a_standard(text: str) -> None:
    assert labelled_amounts(text)
    assert kind_of(text) is Kind.QUALITATIVE


@pytest.mark.parametrize(
    "text",
    [
        "≥70%,高于国家标准",  # a quantity and its remark
        "1000元/生·年",  # one amount
        "项目1、2号楼维修",  # a name with numbers
        "小学1000元/生·年,初中按实际",  # one part no amount
    ],
)
def test_a_remarked_quantity_or_a_single_amount_is_no_list(text: str) -> None:
    assert not labelled_amounts(text)


@pytest.mark.parametrize("text", ["合理得4分;部分合理得2分", "达标得5分,每缺一项扣1分"])
def test_a_scoring_rule_by_grade_is_no_list_of_amounts(text: str) -> None:
    assert not labelled_amounts(text)


_ABOUT = """\
2019年度中央对地方转移支付项目绩效自评表
转移支付(项目)名称 | 城乡居民基本医疗保险补助 | |||
一级指标 | 二级指标 | 三级指标 | 指标值 | 全年实际完成值 | 未完成原因
产出指标 | 质量指标 | 门诊统筹报销比例 | 55%左右 | 56.1% |
| 数量指标 | 参保人数 | ≥2.8万人 | 2.9万人 |
"""


def test_an_amount_said_to_be_about_so_much_is_the_standard_as_written(tmp_path: Path) -> None:
    read = {
        indicator.name: indicator.target
        for _, indicator in read_form(tmp_path, _ABOUT).all_indicators()
    }
    target = read["门诊统筹报销比例"]
    assert target is not None
    assert (target.kind, target.standard) == (TargetKind.QUALITATIVE, "55%左右")
    assert read["参保人数"] is not None
    assert read["参保人数"].canonical == "≥2.8万人"


@pytest.mark.parametrize(("text", "read"), [("约1200人", True), ("≥85%左右", False)])
def test_only_an_amount_without_a_bound_is_about_so_much(text: str, read: bool) -> None:
    assert (written_standard(text) is not None) is read


_CHANGES = """\
2024年度中央对地方转移支付绩效自评表
转移支付(项目)名称 | 黑土地保护利用补助 | |||
一级指标 | 二级指标 | 三级指标 | 指标值 | 全年实际完成值 | 未完成原因
效益指标 | 经济效益指标 | 示范区玉米单产 | 亩均增加40公斤 | 亩均增加42公斤 |
| 生态效益指标 | 土壤有机质含量 | 提升0.3个等级 | 提升0.3个等级 |
| 社会效益指标 | 化肥施用量 | 较上年减少5%以上 | 减少6% |
"""


def test_a_changes_size_alone_is_the_standard_as_written(tmp_path: Path) -> None:
    read = {
        indicator.name: indicator.target
        for _, indicator in read_form(tmp_path, _CHANGES).all_indicators()
    }
    for name, words in (("示范区玉米单产", "亩均增加40公斤"), ("土壤有机质含量", "提升0.3个等级")):
        target = read[name]
        assert target is not None
        assert (target.kind, target.standard) == (TargetKind.QUALITATIVE, words)
    bounded = read["化肥施用量"]  # a base and a bound: the change is the figure to reach
    assert bounded is not None
    assert (bounded.kind, bounded.canonical) == (TargetKind.QUANTITATIVE, "≥5%")
