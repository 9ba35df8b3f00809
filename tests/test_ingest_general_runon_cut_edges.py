"""Edges of cutting a row run together: a name ending in 定性's glyphs, a reason's full stop
after the values, a name that only starts like a 绩效评价 label, and lines too long or too
wide for a row's wrapped end (found in review; each was read wrong or cost without bound)."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form, table_rows
from jixiao.ingest.general.eval_labels import is_evaluation_label
from jixiao.ingest.general.full_stop import explanation_then_values
from jixiao.ingest.general.stream import cut_runon_row
from jixiao.ingest.general.vocabulary import Role


def test_a_name_ending_in_xing_keeps_its_ding_xing_glyphs() -> None:
    # 稳定性, 确定性: the glyphs 定性 end the name's word, no 指标性质 cell
    assert cut_runon_row("供水系统运行稳定性≥98%") == ["供水系统运行稳定性", "≥98%"]
    assert cut_runon_row("检测结果确定性≥90%", (Role.NATURE,)) == ["检测结果确定性", "≥90%"]


def test_a_nature_glued_after_a_whole_name_is_still_cut() -> None:
    cells = cut_runon_row("乡村道路养护里程定量≥120公里10正向")
    assert cells == ["乡村道路养护里程", "定量", "≥120公里", "10", "正向"]
    assert cut_runon_row("群众出行满意度定性较上年提高") is not None
    # a name cut inside no word: 时限 | 定性, though 限定性 is a word as well
    cells = cut_runon_row("防汛检查完成时限定性2025年4月30日前")
    assert cells is not None and cells[:2] == ["防汛检查完成时限", "定性"]


def test_a_reason_sentence_after_the_values_stays_out_of_the_name() -> None:
    parted = explanation_then_values("帮扶人次反映困难职工帮扶人次。≥800人次760人次因年中调整。10")
    assert parted == ("帮扶人次反映困难职工帮扶人次。", "≥800人次760人次因年中调整。10")


def test_an_explanation_of_two_sentences_ends_at_the_one_a_target_follows() -> None:
    parted = explanation_then_values("巡查次数反映巡查工作量。按季度统计。≥12次")
    assert parted == ("巡查次数反映巡查工作量。按季度统计。", "≥12次")
    assert explanation_then_values("巡查次数反映巡查工作量。按季度统计。") is None


def test_a_name_that_only_starts_like_an_evaluation_label_is_no_label() -> None:
    for name in ("过程管理规范性", "效益发挥情况", "产出物验收合格率", "决策程序合规性"):
        assert not is_evaluation_label(name), name
    for label in ("产出", "过程(20分)", "产出质量", "产出经济", "效益社会效益", "资金管理"):
        assert is_evaluation_label(label), label


def test_a_long_run_on_line_is_cut_alike_in_each_repeat() -> None:
    # the values are cut one piece at a time (it once cut the whole rest of the line for
    # each piece): a line of many repeats is cut as a short one, each repeat alike
    after = (Role.DEFINITION, Role.TARGET, Role.ACTUAL)
    head = "培训人数反映培训工作量。≥500人次520人次1010"
    one = cut_runon_row(head, after)
    assert one == ["培训人数反映培训工作量。", "≥500人次", "520人次", "1010"]
    text = head + "2024年6月30日前520人次1010" * 300
    many = cut_runon_row(text, after)
    assert many is not None and "".join(many) == text
    assert many[:3] == one[:3]
    assert many[4:7] == many[7:10] == ["6月30日前", "520人次", "10102024年"]


def test_a_line_of_a_thousand_words_under_rows_is_no_wrapped_end(tmp_path: Path) -> None:
    # more pieces than the row has cells: no wrapped line; the rows read, nothing raises
    row = "产出指标 数量指标 培训人数 ≥500人次 520人次 10 10 "
    text = (
        "某县2024年度项目支出绩效自评表\n"
        + row
        + " ".join(["受天气影响"] * 1100)
        + "\n"
        + row
        + "\n"
        + " ".join(["工程延期"] * 1100)
        + "\n"
    )
    document = read_form(tmp_path, text)
    names = [indicator.name for _, indicator in document.all_indicators()]
    assert "培训人数" in names


def test_a_short_wrapped_line_still_ends_its_rows_cells() -> None:
    rows = table_rows(
        "一级指标 二级指标 三级指标 指标值 实际完成值 分值 得分\n"
        "产出指标 数量指标 农村公路养护 ≥120公里 126公里 10 10\n"
        "                  里程\n"
        "产出指标 质量指标 验收合格率 ≥95% 98% 10 10\n"
    )
    assert any(row.get(Role.NAME) == "农村公路养护里程" for row in rows)
