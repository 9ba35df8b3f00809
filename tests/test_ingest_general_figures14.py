"""Budget figures in the layouts of the genre met by the fourteenth session: the budget's 分值
and 得分 a sentence or a note states in words (the score first with its weight in brackets,
the weight with an aside before the score, a labelled line without 分), and a project's table
scoring its 预算执行率 as a row."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from general_support import read_form, text_source
from jixiao.ingest.general.fields import read_prose_funding, with_points_in_prose
from jixiao.ingest.general.normalise import normalise_source
from jixiao.ingest.general.vocabulary import Role


def _prose_points(text: str) -> tuple[Decimal | None, Decimal | None]:
    funding = read_prose_funding(normalise_source(text_source(text))[0].lines)
    assert funding is not None
    return funding.figures.get(Role.WEIGHT), funding.figures.get(Role.SCORE)


def test_a_score_reckoned_from_the_rate_with_its_weight_in_brackets() -> None:
    text = (
        "全年预算数326.40万元，实际支出318.75万元，预算执行率97.66%，"
        "按执行率折算得分9.77分（分值10分）。\n"
    )
    assert _prose_points(text) == (Decimal("10"), Decimal("9.77"))


def test_the_rate_alone_names_the_score_before_its_weight() -> None:
    text = (
        "年初预算54.00万元，全年支出52.90万元，预算执行率97.96%，执行率得分19.59分（分值20分）。\n"
    )
    assert _prose_points(text) == (Decimal("20"), Decimal("19.59"))


def test_a_weight_with_an_aside_before_its_score() -> None:
    text = (
        "全年预算数420.00万元，全年执行数410.55万元，预算执行率97.75%。\n"
        "预算执行率分值20分单列，得分19.55分。\n"
    )
    assert _prose_points(text) == (Decimal("20"), Decimal("19.55"))


def test_a_labelled_line_states_weight_and_score_without_their_unit() -> None:
    text = (
        "资金情况：年初预算数 75.00 全年预算数 80.00 全年执行数 78.40 "
        "执行率 98.00% 分值 10 得分 9.80\n"
    )
    assert _prose_points(text) == (Decimal("10"), Decimal("9.80"))


def test_the_texts_total_score_after_a_weight_is_no_score_of_it() -> None:
    # near miss: the aside is the report's 总得分, more than the weight
    text = (
        "全年预算数420.00万元，全年执行数410.55万元，预算执行率97.75%，分值10分，项目总得分91分。\n"
    )
    assert _prose_points(text) == (None, None)


def test_a_score_over_its_weight_is_no_budget_score() -> None:
    # near miss: the figures read in the same order, the score larger than the weight
    text = (
        "全年预算数420.00万元，全年执行数410.55万元，预算执行率97.75%。\n"
        "资金执行率分值10分另计，得分95分。\n"
    )
    assert _prose_points(text) == (None, None)


_TABLE_AND_NOTE = """\
2019年度专项资金绩效自评表
项目名称 | 乡村道路养护补助资金
项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 执行率
年度资金总额 | 500.00 | 512.00 | 498.30 | 97.32%
一级指标 | 二级指标 | 三级指标 | 指标值 | 实际完成值 | 分值 | 得分
产出指标 | 数量指标 | 养护道路里程 | ≥180公里 | 186公里 | 30 | 30
满意度指标 | 服务对象满意度指标 | 沿线群众满意度 | ≥85% | 90% | 60 | 58
注：资金执行率分值10分另行计算，得分9.73分。
"""


def test_a_note_under_the_table_gives_the_totals_weight_and_score(tmp_path: Path) -> None:
    total = read_form(tmp_path, _TABLE_AND_NOTE).projects[0].funding_execution[0]
    assert (total.weight, total.score) == (Decimal("10"), Decimal("9.73"))


def test_a_note_about_another_figure_gives_no_weight() -> None:
    # near miss: the note scores an indicator, not the budget's execution
    text = "养护道路里程分值30分，得分30分。\n"
    source, _ = normalise_source(text_source(text))
    assert with_points_in_prose([], source.lines) == []
    assert _prose_points("全年预算数512.00万元，全年执行数498.30万元。\n" + text) == (None, None)


_SCORED_RATE_ROW = """\
2023年度项目支出绩效自评表
项目名称：城区路灯维护经费
全年预算数468.00万元，全年实际支出455.20万元，预算执行率97.26%。
一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分
预算执行率 | | | 100% | 97.26% | 10 | 9.73
产出指标 | 数量指标 | 维护路灯数量 | ≥3200盏 | 3260盏 | 40 | 40
满意度指标 | 服务对象满意度指标 | 市民满意度 | ≥90% | 92% | 50 | 50
"""


def test_a_projects_scored_rate_row_is_its_budgets_weight_and_score(tmp_path: Path) -> None:
    project = read_form(tmp_path, _SCORED_RATE_ROW).projects[0]
    total = project.funding_execution[0]
    assert (total.weight, total.score) == (Decimal("10"), Decimal("9.73"))
    assert [indicator.name for indicator in project.indicators] == ["维护路灯数量", "市民满意度"]


def test_a_projects_rate_indicator_with_a_target_of_its_own_stays(tmp_path: Path) -> None:
    # near miss: 预算执行率 as an indicator whose target (≥95%) is no figure of the funding
    text = _SCORED_RATE_ROW.replace("| 100% | 97.26% | 10 | 9.73", "| ≥95% | 97.26% | 10 | 10")
    project = read_form(tmp_path, text).projects[0]
    assert "预算执行率" in [indicator.name for indicator in project.indicators]
    assert project.funding_execution[0].weight is None


_EVALUATION = """\
城区路灯维护经费项目绩效评价报告
一、项目概况
2023年全年预算数468.00万元，全年实际支出455.20万元，预算执行率97.26%。
二、评价结论
一级指标 | 二级指标 | 三级指标 | 分值 | 目标值 | 实际完成值 | 得分
过程 | 资金管理 | 预算执行率 | 10 | 100% | 97.26% | 9.73
产出 | 数量指标 | 维护路灯数量 | 40 | ≥3200盏 | 3260盏 | 40
"""


def test_an_evaluations_rate_row_stays_an_indicator_of_its_process(tmp_path: Path) -> None:
    # near miss: the same figures in a third party's evaluation, where 预算执行率 is scored as
    # an indicator of 过程/资金管理, not as the funding's execution
    document = read_form(tmp_path, _EVALUATION)
    assert "预算执行率" in [indicator.name for _, indicator in document.all_indicators()]
