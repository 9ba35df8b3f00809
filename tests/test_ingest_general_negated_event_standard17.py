"""An event kept from happening as a target cell's standard (session 17): ``无安全事故``,
``运行无事故`` under a name that is a state kept (园区设施运行), read as the standard written,
also where an .xls export prints the row's cells on one line between spaces; under a name
that is the event itself (游乐设施安全事故 | 不发生游乐设施安全事故) still the ``≤0次`` the
grammar reads."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from general_support import read_form
from jixiao.domain.model import Indicator
from jixiao.domain.target import Operator, TargetKind
from jixiao.ingest.general.kinds import Kind, kind_of

# a department self-evaluation from a workbook export: header words one a line, each
# indicator row's cells on one line between spaces (指标N, name, 指标解释, target, actual,
# 分值, 得分)
_EXPORT = """\
部门整体支出绩效自评表
(2021年度)
部门(单位)名称 兴安县城市公园管理处
年度
绩效
指标
完成
情况
一级
指标
二级
指标
三级指标 指标解释 绩效目标值 实际完成值 指标分值 得分
产出
指标
数量
指标
 指标1  公园绿地养护面积 年度养护绿地面积 ≥85公顷 86公顷 20 20
质量
指标
 指标1  游乐设施运行 反映园内游乐设施运行安全情况 运行无事故 运行无事故 20 20
 指标2  游客人身安全 反映游客安全保障情况 零安全事故 零安全事故 20 20
 指标3  游乐设施安全事故 反映设施事故发生情况 不发生游乐设施安全事故 未发生 10 10
效益
指标
社会
效益
指标
 指标1  游园人次 反映公园开放服务情况 ≥60万人次 63万人次 20 20
"""


def _read(tmp_path: Path) -> dict[str, Indicator]:
    document = read_form(tmp_path, _EXPORT)
    return {indicator.name: indicator for _, indicator in document.all_indicators()}


def test_a_negated_event_under_a_state_is_the_rows_standard(tmp_path: Path) -> None:
    read = _read(tmp_path)
    for name, standard in (("游乐设施运行", "运行无事故"), ("游客人身安全", "零安全事故")):
        target = read[name].target
        assert target is not None and target.kind is TargetKind.QUALITATIVE, name
        assert target.standard == standard


def test_the_rows_around_it_keep_their_cells(tmp_path: Path) -> None:
    read = _read(tmp_path)
    assert list(read) == [
        "公园绿地养护面积",
        "游乐设施运行",
        "游客人身安全",
        "游乐设施安全事故",
        "游园人次",
    ]
    kept = read["游乐设施运行"]
    assert kept.result is not None and kept.result.actual_text == "运行无事故"
    assert kept.weight == Decimal(20)


def test_a_negated_event_under_the_events_own_name_stays_a_ceiling(tmp_path: Path) -> None:
    target = _read(tmp_path)["游乐设施安全事故"].target
    assert target is not None and target.kind is TargetKind.QUANTITATIVE
    assert (target.operator, target.value, target.unit) == (Operator.LE, Decimal(0), "次")


def test_a_negated_event_is_a_target_cell_and_a_question_or_a_count_a_name() -> None:
    assert kind_of("运行无事故") is Kind.QUALITATIVE
    assert kind_of("无重大责任事故") is Kind.QUALITATIVE
    assert kind_of("杜绝食品安全事件") is Kind.QUALITATIVE
    assert kind_of("反映有无安全事故") is Kind.NAME  # 有无 asks whether, states nothing
    assert kind_of("安全事故发生次数") is Kind.NAME
    assert kind_of("档案无损毁丢失") is Kind.NAME  # no event noun: an explanation's words
