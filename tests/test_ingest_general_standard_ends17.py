"""Standards a name is left holding: a duty carried out in full (落实到位, 兑现到位) on the
line under a numbered name, and, in a 转移支付 自评表 run together with no 分值 column, a
change against its base and the actual saying the same change (较上年下降已下降) before the
next level's label."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form
from jixiao.ingest.general.glued_words import reasons_after_actuals, standards_off_names
from jixiao.ingest.general.kinds import Kind, kind_of

_TARGETS = """项目支出绩效目标表
(2020年度)
项目名称
退役军人优抚金发放
主管部门
某县退役军人事务局
一级指标
二级指标
三级指标
指标值
产出指标
数量指标
指标1优抚对象人数
≥1250人
指标2

效益指标
社会效益
指标
指标1优抚对象抚恤补助政策
兑现到位
指标2

满意度
指标
服务对象满意度指标
指标1优抚对象满意度
≥95%
"""

_RUNON = (
    "转移支付区域(项目)绩效目标自评表(2022年度)转移支付(项目)名称大气污染防治资金"
    "一级指标二级指标三级指标指标值全年实际完成值未完成原因和改进措施产出指标数量指标"
    "淘汰燃煤小锅炉数量≥45台47台质量指标改造工程验收合格率≥95%100%效益指标生态效益指标"
    "城区细颗粒物平均浓度较上年下降已下降可持续影响指标清洁取暖长效机制逐步完善基本完善"
    "满意度指标服务对象满意度指标改造户满意度≥90%94%"
)


def _targets(tmp_path: Path, text: str) -> dict[str, str | None]:
    document = read_form(tmp_path, text)
    return {
        i.name: i.target.text if i.target else None
        for project in document.projects
        for i in project.indicators
    }


def test_a_duty_carried_out_in_full_is_the_rows_standard(tmp_path: Path) -> None:
    read = _targets(tmp_path, _TARGETS)
    assert read["优抚对象抚恤补助政策"] == "兑现到位"


def test_a_rate_of_a_duty_done_is_still_a_name() -> None:
    assert kind_of("兑现到位") is Kind.QUALITATIVE
    assert kind_of("政策兑现到位率") is Kind.NAME
    assert kind_of("资金到位") is Kind.NAME  # money arrived: a name's words, no duty's standard


def test_a_change_and_its_actual_glued_before_a_label_are_cut(tmp_path: Path) -> None:
    read = _targets(tmp_path, _RUNON)
    assert read["城区细颗粒物平均浓度"] == "较上年下降"
    assert read["清洁取暖长效机制"] == "逐步完善"


def test_a_name_ending_in_a_standard_alone_before_a_label_is_left() -> None:
    # no actual glued after it (a 目标表): nothing cut here
    pieces = [("城区空气质量较上年改善", True), ("满意度指标", True)]
    assert standards_off_names(pieces) == pieces


def test_a_change_against_the_state_before_the_works_is_a_standard() -> None:
    assert kind_of("较治理前改善") is Kind.QUALITATIVE
    assert kind_of("较改造前提升") is Kind.QUALITATIVE
    assert kind_of("改造前后对比情况") is Kind.NAME


def test_a_change_against_the_works_and_its_actual_stay_one_value() -> None:
    # an OCR run-on row: 分值, the standard and its actual glued, 得分
    pieces = [("河道沿岸生态环境", True), ("6", True), ("较治理前改善改善", True), ("6", True)]
    assert standards_off_names(pieces) == pieces


_WEIGHTED = (
    "项目支出绩效自评表项目名称某镇河道综合治理绩效指标一级指标二级指标三级指标分值年度指标值"
    "全年实际值得分未完成原因及改进措施产出指标(50分)数量指标指标1清理河道长度10≥12公里12.5公里10"
    "质量指标指标1护岸工程验收合格率10100%100%10效益指标(40分)生态效益指标1河道沿岸生态环境10"
    "较治理前改善改善10社会效益指标指标1沿岸群众出行条件10明显改善明显改善10满意度指标(10分)"
    "服务对象满意度指标指标1沿岸群众满意度10≥90%95%10"
)


def test_a_change_against_the_works_is_read_whole_as_the_target(tmp_path: Path) -> None:
    read = _targets(tmp_path, _WEIGHTED)
    assert read["河道沿岸生态环境"] == "较治理前改善"


_REASON = (
    "转移支付区域(项目)绩效目标自评表(2023年度)转移支付(项目)名称农村饮水安全巩固提升资金"
    "一级指标二级指标三级指标指标值全年实际完成值未完成原因和改进措施产出指标数量指标"
    "新建集中供水工程数量≥6处6处效益指标社会效益指标农村供水保障水平明显提高明显提高"
    "可持续影响指标供水工程运行管护机制逐步健全基本健全个别村管护员未落实,2024年全部配齐"
    "满意度指标服务对象满意度指标受益群众满意度≥90%95%"
)


def test_a_reason_glued_after_a_standard_and_its_actual_is_cut_off(tmp_path: Path) -> None:
    read = _targets(tmp_path, _REASON)
    assert read["供水工程运行管护机制"] == "逐步健全"
    assert read["受益群众满意度"] == "≥90%"


def test_words_after_an_actual_with_no_sentence_stay_as_they_are() -> None:
    # no clause mark after it: no reason to cut off
    pieces = [("供水工程运行管护机制逐步健全初步健全管护员", True), ("满意度指标", True)]
    assert reasons_after_actuals(pieces) == pieces
