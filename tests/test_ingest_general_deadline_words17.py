"""Deadlines and standards written in words the reader read wrong or not at all: a ceiling
on a date (``<=9月15日``) is a deadline, not a count of months; a run-on row keeps a date
whole; a subject finished by a date (``…于2024年8月31日前竣工``) names the act's time; a
limit counted from an event that recurs each cycle (``每月集中采样15日内``) is a standard as
written; two degrees before a verb (``及时有效处置``) are a standard."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form
from jixiao.domain.target import TargetKind, parse_target
from jixiao.domain.target.standards import is_time_limit_phrase
from jixiao.ingest.general.kinds import Kind, kind_of
from jixiao.ingest.general.stream import split_runon
from jixiao.ingest.name_target import split_name_target


def test_a_ceiling_on_a_day_is_a_deadline() -> None:
    for text, end in (("<=9月15日", "--09-15"), ("≤2024年11月30日", "2024-11-30")):
        target = parse_target(text)
        assert (target.kind, target.end) == (TargetKind.PERIOD, end)
        assert kind_of(text) is Kind.PERIOD


def test_a_ceiling_on_a_month_alone_stays_a_count_of_months() -> None:
    target = parse_target("≤10月")
    assert (target.kind, target.unit) == (TargetKind.QUANTITATIVE, "月")
    assert kind_of("<=10月") is Kind.QUANTITY


def test_a_run_on_row_keeps_its_dates_whole() -> None:
    row = (
        "时效指标设备安装完成时间<=9月15日已完成验收报告提交时间2024年10月底前未完成"
        "成本指标单价<=3万元/台"
    )
    cells = [cell for cell, _ in split_runon(row)]
    assert "<=9月15日" in cells
    assert "2024年10月底前" in cells
    assert "<=3万元/台" in cells


_REPORT = """三河镇人民政府关于2024年度农贸市场改造项目绩效评价报告
一、项目基本情况
项目预算资金86.00万元。二、绩效目标实现情况具体完成情况详见下表:一级指标二级指标三级指标指标值实际完成值产出指标数量指标改造摊位数量>=120个已完成质量指标改造验收合格率=100%已完成时效指标摊位改造完成时间<=9月15日已完成排污管网完成时间<=11月30日未完成成本指标摊位改造单价<=0.5万元/个已完成效益指标社会效益指标农贸市场环境改善程度明显改善已完成满意度指标服务对象满意度指标商户满意度>=90%已完成三、存在问题
"""


def test_an_inline_tables_ceiling_dates_are_deadlines(tmp_path: Path) -> None:
    document = read_form(tmp_path, _REPORT)
    targets = {i.name: i.target for _, i in document.all_indicators() if i.target}
    assert targets["摊位改造完成时间"].kind is TargetKind.PERIOD
    assert targets["排污管网完成时间"].end == "--11-30"
    assert targets["摊位改造单价"].unit == "万元/个"


def test_a_subject_finished_by_a_date_names_the_acts_time() -> None:
    read = split_name_target("办公楼维修工程于2024年8月31日前竣工")
    assert read is not None
    assert read[0] == "办公楼维修工程竣工时间"
    assert (read[2].kind, read[2].end) == (TargetKind.PERIOD, "2024-08-31")
    other = split_name_target("文化广场在2023年11月30日前建成")
    assert other is not None and other[0] == "文化广场建成时间"


def test_an_act_with_its_object_or_a_limit_in_days_keeps_the_name() -> None:
    read = split_name_target("设计方案于2024年5月底前完成审批")
    assert read is not None and read[0] == "设计方案"
    limit = split_name_target("不动产登记业务5个工作日内办结")
    assert limit is not None and limit[0] == "不动产登记业务"
    timed = split_name_target("验收时间于2024年6月30日前完成")
    assert timed is not None and timed[0] == "验收时间"


_PROSE = """石桥乡2024年度饮水安全巩固提升项目绩效运行监控报告
一、绩效目标设定情况
1.数量指标:新建蓄水池12座,铺设供水管网不少于8.5公里。
2.质量指标:工程验收合格率100%。
3.时效指标:工程於2024年10月31日前完工。
4.满意度指标:受益群众满意度达90%以上。
"""


def test_prose_deadline_of_a_subject_reads_as_its_finishing_time(tmp_path: Path) -> None:
    document = read_form(tmp_path, _PROSE)
    targets = {i.name: i.target for _, i in document.all_indicators() if i.target}
    assert targets["工程完工时间"].kind is TargetKind.PERIOD
    assert targets["工程完工时间"].end == "2024-10-31"
    assert "工程" not in targets


def test_a_limit_after_an_event_each_cycle_is_a_standard() -> None:
    assert is_time_limit_phrase("每月集中采样15日内")
    target = parse_target("每年集中检修20个工作日内")
    assert (target.kind, target.standard) == (TargetKind.QUALITATIVE, "每年集中检修20个工作日内")
    assert kind_of("每季度入户核查10日内") is Kind.PERIOD


def test_a_limit_with_no_cycle_or_no_limit_word_is_not_one() -> None:
    assert not is_time_limit_phrase("集中采样15日内")
    assert not is_time_limit_phrase("每年培训30天")
    assert parse_target("每年培训30天").kind is TargetKind.QUANTITATIVE


def test_two_degrees_before_a_verb_are_a_standard() -> None:
    assert kind_of("及时有效处置") is Kind.QUALITATIVE
    assert kind_of("持续稳定运行") is Kind.QUALITATIVE


def test_a_thing_before_the_verb_is_a_name() -> None:
    assert kind_of("安全事故处置") is Kind.NAME
    assert kind_of("设备稳定运行") is Kind.NAME


_KEPT = """白沙镇2023年度农村供水保障项目绩效运行监控报告
一、绩效目标设定情况
1.数量指标:改造供水管网12.6公里。
2.社会效益指标:农村供水工程平稳运行,不发生停水断供事故。
3.可持续影响指标:供水安全事故,不发生较大以上事故。
4.满意度指标:受益群众满意度≥92%。
"""


def test_a_state_then_the_event_it_is_kept_from_is_its_standard(tmp_path: Path) -> None:
    document = read_form(tmp_path, _KEPT)
    targets = {i.name: i.target for _, i in document.all_indicators() if i.target}
    kept = targets["农村供水工程平稳运行"]
    assert (kept.kind, kept.standard) == (TargetKind.QUALITATIVE, "不发生停水断供事故")
    assert "不发生停水断供事故" not in targets


def test_a_name_counting_the_event_is_no_state_kept(tmp_path: Path) -> None:
    document = read_form(tmp_path, _KEPT)
    targets = {i.name: i.target for _, i in document.all_indicators() if i.target}
    assert "供水安全事故" not in targets
    assert all(t.kind is TargetKind.QUANTITATIVE for n, t in targets.items() if "较大" in n)


def test_a_thing_done_as_the_facts_call_for_is_a_standard() -> None:
    for text in ("据实结算", "按需调配", "据实足额补助"):
        target = parse_target(text)
        assert (target.kind, target.standard) == (TargetKind.QUALITATIVE, text)
        assert kind_of(text) is Kind.QUALITATIVE


def test_a_rate_or_the_bare_words_are_no_standard_done_as_needed() -> None:
    assert kind_of("据实结算率") is Kind.NAME
    assert kind_of("据实") is not Kind.QUALITATIVE


_AS_NEEDED = """| 项目支出绩效自评表 | | | | |
|---|---|---|---|---|
| 项目名称 | 森林防火应急物资储备 | | | |
| 主管部门 | 平武县林业局 | 实施单位 | 平武县林业局 | |
| 一级指标 | 二级指标 | 三级指标 | 指标值 | 实际完成值 |
| 产出指标 | 数量指标 | 储备扑火机具数量 | ≥300台 | 312台 |
| | | 应急物资调运批次 | 按需调配 | 2批次 |
| | 质量指标 | 物资完好率 | ≥95% | 97% |
| 满意度指标 | 服务对象满意度指标 | 扑火队员满意度 | ≥90% | 94% |
"""


def test_a_rows_standard_done_as_needed_is_its_target(tmp_path: Path) -> None:
    document = read_form(tmp_path, _AS_NEEDED)
    targets = {i.name: i.target for _, i in document.all_indicators() if i.target}
    assert targets["应急物资调运批次"].standard == "按需调配"
    assert targets["物资完好率"].value == 95


_NUMBERED = """部门整体支出绩效自评表
(2022年度)
部门(单位)名称 宁化县档案馆
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
(60分)
数量
指标
 指标1  接收进馆档案卷数 全年接收各单位移交进馆的档案卷数 ≥3000卷 3260卷 10 10
 指标2  档案数字化页数 馆藏档案扫描、著录及挂接
的页数 ≥20万页 21.5万页 10 10
 指标3  档案查阅利用人次 全年到馆查阅利用档案人次 ≥1500人次 1620人次 10 10
质量
指标
 指标1  档案数字化合格率 抽检合格页数/抽检页数 ≥98% 99% 10 10
"""


def test_a_numbered_rows_explanation_wrapped_onto_the_next_line_is_its_own(
    tmp_path: Path,
) -> None:
    document = read_form(tmp_path, _NUMBERED)
    targets = {i.name: i.target for _, i in document.all_indicators() if i.target}
    assert targets["档案数字化页数"].value == 20
    assert "的页数" not in targets
    assert targets["档案查阅利用人次"].unit == "人次"
    assert targets["档案数字化合格率"].value == 98
