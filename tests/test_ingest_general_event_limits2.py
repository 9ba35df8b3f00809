"""A time limit counted from an event, or a deadline in words, wherever a layout puts its
pieces: the deadline with what is done by it (``每半年末月拨付``), its period wrapped onto the
line under the event in a text PDF's layout-kept row, and the target in words glued to the
分值 after it (and the next row's label) in a table run together with single spaces."""

from __future__ import annotations

from pathlib import Path

import pytest

from general_support import read_form, table_rows
from jixiao.domain.target import TargetKind, parse_target
from jixiao.ingest.general.glued_words import word_target_parts
from jixiao.ingest.general.kinds import Kind, kind_of
from jixiao.ingest.general.vocabulary import Role


@pytest.mark.parametrize(
    "text", ["每半年末月拨付", "每月5日前兑付", "项目验收后20个工作日内拨付", "每季度首月上报"]
)
def test_a_deadline_with_what_is_done_by_it_is_a_period(text: str) -> None:
    assert kind_of(text) is Kind.PERIOD
    target = parse_target(text)
    assert target.kind is TargetKind.QUALITATIVE and target.standard == text


def test_a_dated_deadline_with_its_verb_keeps_its_date() -> None:
    target = parse_target("2024年9月底前下达")
    assert target.kind is TargetKind.PERIOD and target.end == "2024-09"


@pytest.mark.parametrize("text", ["资金发放", "首月拨付", "每月发放"])
def test_a_verb_without_a_deadline_is_no_period(text: str) -> None:
    assert kind_of(text) is not Kind.PERIOD


# a text PDF's layout kept: the event on the row's line, its period on the line under, beside
# the actual; the reason of the row above wrapped too
_EVENT_OVER_PERIOD = """\
                                        某县2024年度就业补助资金绩效自评表
 一级指标   二级指标    三级指标                  年度指标值        实际完成值      偏差原因
 产出指标   数量指标    公益性岗位安置人数        ≥150人            162人
                        创业担保贷款发放笔数      ≥80笔             76笔            部分申请人
                                                                                    征信不符
            时效指标    岗位补贴拨付时限          审核公示结束后
                                                  15个工作日内      12个工作日
 效益指标   社会效益    城镇登记失业率            ≤4%               3.6%
            指标
 满意度     服务对象    补贴对象满意度            ≥90%              94%
 指标       满意度指标
"""


def test_an_event_over_its_period_in_a_layout_kept_row_is_one_target() -> None:
    rows = {row[Role.NAME]: row for row in table_rows(_EVENT_OVER_PERIOD)}
    assert rows["岗位补贴拨付时限"][Role.TARGET] == "审核公示结束后15个工作日内"
    assert rows["岗位补贴拨付时限"][Role.ACTUAL] == "12个工作日"
    assert rows["城镇登记失业率"][Role.TARGET] == "≤4%"
    assert rows["城镇登记失业率"][Role.ACTUAL] == "3.6%"


_RUN_TOGETHER = (
    "# 某省直单位项目支出绩效目标表\n"
    "项目支出绩效目标表 (2024年度) 项目名称 农村危房改造补助资金 主管部门 某省住房和城乡建设厅 "
    "实施单位 某省住房和城乡建设厅 项目资金(万元) 资金总额: 5200.00 其中:财政拨款 5200.00 "
    "年度总体目标 完成农村低收入群体危房改造任务,保障住房安全。 "
    "绩效指标 一级指标 二级指标 三级指标 指标值 分值 产出指标 数量指标 危房改造户数 ≥1300户15 "
    "质量指标 竣工验收合格率 100%15 时效指标 补助资金拨付时限 竣工验收合格后15个工作日内10"
    "成本指标 户均补助标准 ≤4万元10 效益指标 社会效益指标 住房安全保障水平 持续改善10 "
    "可持续影响指标 危房动态监测机制 逐步完善5满意度指标 服务对象满意度指标 改造户满意度 ≥92%10\n"
)


def _targets(tmp_path: Path, text: str) -> dict[str, tuple[str | None, str | None]]:
    document = read_form(tmp_path, text)
    return {
        item.name: (
            item.target.text if item.target else None,
            None if item.weight is None else str(item.weight),
        )
        for _, item in document.all_indicators()
    }


def test_targets_in_words_glued_to_their_weights_are_cut_apart(tmp_path: Path) -> None:
    read = _targets(tmp_path, _RUN_TOGETHER)
    assert read["补助资金拨付时限"] == ("竣工验收合格后15个工作日内", "10")
    assert read["住房安全保障水平"] == ("持续改善", "10")
    assert read["危房动态监测机制"][0] == "逐步完善"
    assert read["户均补助标准"][0] == "≤4万元"
    assert read["改造户满意度"][0] == "≥92%"


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("竣工验收合格后15个工作日内10成本指标", ["竣工验收合格后15个工作日内", "10", "成本指标"]),
        ("持续改善10", ["持续改善", "10"]),
        ("每月10日前5", ["每月10日前", "5"]),
    ],
)
def test_a_word_target_and_its_glued_figure(text: str, parts: list[str]) -> None:
    assert word_target_parts(text) == parts


@pytest.mark.parametrize(
    "text",
    [
        "2024年12月31",
        "较上年提高10",
        "增长5",
        "提高5个百分点",
        "每月10",
        "持续改善10户",
        "群众满意10",
    ],
)
def test_figures_that_belong_to_the_words_are_left_alone(text: str) -> None:
    assert word_target_parts(text) is None
