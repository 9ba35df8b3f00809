"""A deadline target cut apart by the text it was printed in is read as one date: an equality
sign before it (a 指标性质 column of signs in a table run together, ``=2022年10月31日前``) is
folded away; a date whose numbers a Word file spaced off their words (``2021 年 11 月 20 日前``)
is joined. A quantity counted in years (``=5年``) and a year alone (``2021 年度``) stay. A
cause helped on by its degree (有效促进) is a standard as 有效防范 is."""

from __future__ import annotations

from pathlib import Path

from jixiao.domain.model import Indicator
from jixiao.domain.target import TargetKind
from jixiao.ingest.general.kinds import Kind, kind_of
from jixiao.ingest.general.stream import _split_spaces
from jixiao.ingest.pipeline import parse_file

_SIGNED = (
    "二、评价结论根据评价情况,农机购置补贴项目绩效目标完成情况详见下表:"
    "一级指标二级指标三级指标指标性质指标值实际完成值"
    "产出指标数量指标补贴机具数量>=1300台已完成"
    "时效指标补贴资金结算时间=2022年10月31日前已完成"
    "成本指标农机使用年限=5年已完成"
    "满意度指标服务对象满意度指标购机农户满意度>=92.00%已完成"
    "三、存在问题补贴机具核查不够及时。\n"
)

_SPACED = (
    "附件 2 农机深松整地作业补助区域绩效目标表 ( 2021 年度) 专项名称 农业相关转移支付资金"
    "(深松整地) 主管部门 省农业厅 资金额度 4200 万元 一级 指标 二级指标 三级指标 指标值 "
    "产 出 指 标 数量指标 深松作业面积 ≥ 120 万亩 时效指标 作业补助发放时间 "
    "2021 年 11 月 20 日前 成本指标 亩均补助标准 30 元/亩 满意度 指标 服务对象 满意度指标 "
    "作业农户满意度 ≥ 88% \n"
)


def _indicators(tmp_path: Path, text: str) -> dict[str, Indicator]:
    path = tmp_path / "form.txt"
    path.write_text(text, encoding="utf-8")
    document, _ = parse_file(path)
    return {indicator.name: indicator for _, indicator in document.all_indicators()}


def test_equality_sign_before_a_date_is_folded_into_one_deadline(tmp_path: Path) -> None:
    read = _indicators(tmp_path, _SIGNED)
    target = read["补贴资金结算时间"].target_in_force
    assert target is not None
    assert target.kind is TargetKind.PERIOD
    assert target.text == "2022年10月31日前"


def test_equality_sign_before_years_counted_stays_a_quantity(tmp_path: Path) -> None:
    target = _indicators(tmp_path, _SIGNED)["农机使用年限"].target_in_force
    assert target is not None
    assert target.kind is TargetKind.QUANTITATIVE
    assert target.value == 5


def test_date_spaced_off_its_words_reads_as_one_deadline(tmp_path: Path) -> None:
    read = _indicators(tmp_path, _SPACED)
    target = read["作业补助发放时间"].target_in_force
    assert target is not None
    assert target.kind is TargetKind.PERIOD
    assert target.text == "2021年11月20日前"
    standard = read["亩均补助标准"].target_in_force
    assert standard is not None and standard.value == 30


def test_spaced_date_leaves_the_actual_after_it_apart() -> None:
    parts = _split_spaces("时效指标 审核办结时间 2023 年 5 月底前 已完成")
    assert parts == ["时效指标", "审核办结时间", "2023年5月底前", "已完成"]


def test_spaced_year_without_month_is_not_joined() -> None:
    parts = _split_spaces("绩效目标表 ( 2021 年度) 项目名称 某项目 成立于 2019 年 建成 3 个")
    assert "2021" in parts
    assert "2019" in parts and "年" in parts


def test_degree_before_a_helping_verb_is_a_standard() -> None:
    # 有效促进, 持续推动: a cause helped on, stated by its degree as 有效防范 is
    assert kind_of("有效促进") is Kind.QUALITATIVE
    assert kind_of("持续推动") is Kind.QUALITATIVE


def test_helping_verb_alone_or_with_its_object_stays_a_name() -> None:
    assert kind_of("促进") is Kind.NAME
    assert kind_of("推动乡村产业发展") is Kind.NAME
    assert kind_of("有效促进就业") is Kind.NAME
