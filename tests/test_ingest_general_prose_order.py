"""Prose that writes an indicator's parts in another order than name, target (issue 11): the
figure achieved before the target (``名称+实际,目标值X,分值N分,得M分``), a monitoring
report's ``名称:目标 → 进度`` lines, and a target with thousands parted by a comma. Each text
is written for the test, with other words and figures than the hold-outs of the class."""

from __future__ import annotations

from decimal import Decimal

from jixiao.ingest.general.prose import ProseTarget, read_prose_targets
from jixiao.ingest.source import SourceLine


def _read(*lines: str) -> dict[str, ProseTarget]:
    source = [SourceLine(number=n, text=text, cells=(text,)) for n, text in enumerate(lines, 1)]
    return {item.name: item for item in read_prose_targets(source)}


def test_the_figure_achieved_before_the_target_is_the_actual_not_the_name() -> None:
    read = _read(
        "1.数量指标：完成危房改造户数36户，目标值≥30户，分值10分，得10分；"
        "新建村级卫生室5个，目标值5个，分值8分，得8分。",
        "2.时效指标：工程竣工时间2023年10月，目标值2023年11月底前，分值5分，得5分。",
        "3.社会效益指标：群众就医等待时间缩短至20分钟，目标值≤30分钟，分值10分，得10分。",
        "4.可持续影响指标：村医培训机制基本形成，目标值长期有效，分值10分，得9分。",
    )
    assert read["危房改造户数"].target.canonical == "≥30户"
    assert read["危房改造户数"].actual == "36户"
    assert (read["危房改造户数"].weight, read["危房改造户数"].score) == (Decimal(10), Decimal(10))
    assert read["新建村级卫生室"].actual == "5个"
    assert read["工程竣工时间"].actual == "2023年10月"
    assert read["群众就医等待时间"].target.canonical == "≤30分钟"
    assert read["村医培训机制"].actual == "基本形成"
    assert read["村医培训机制"].score == Decimal(9)


def test_a_name_ending_in_a_measure_word_keeps_it_before_its_target() -> None:
    read = _read("1.质量指标：道路养护合格率，目标值≥98%；桥梁检测覆盖率，目标值100%。")
    assert set(read) == {"道路养护合格率", "桥梁检测覆盖率"}
    assert read["道路养护合格率"].actual is None


def test_a_monitoring_reports_arrow_lines_give_target_then_progress() -> None:
    read = _read(
        "（一）产出指标",
        "1.数量指标",
        "发放助学金人数：≥650人 → 402人（完成61.8%）",
        "资助家庭经济困难学生覆盖率：=100% → 100%",
        "2.时效指标",
        "资金拨付时间：每学期开学后1个月内 → 已按时拨付",
        "（二）满意度指标",
        "受助学生满意度：≥92% → 年底统一调查",
    )
    assert read["发放助学金人数"].target.canonical == "≥650人"
    assert read["发放助学金人数"].actual == "402人(完成61.8%)"
    assert read["资助家庭经济困难学生覆盖率"].subcategory is read["发放助学金人数"].subcategory
    assert read["资金拨付时间"].subcategory is not read["发放助学金人数"].subcategory
    assert read["受助学生满意度"].target.canonical == "≥92%"


def test_an_arrow_between_words_that_hold_no_target_is_no_indicator() -> None:
    assert _read("办理流程：线上申请 → 审核公示后发放补助资金到户到人并张榜公示") == {}
    assert _read("二、绩效目标完成情况（年度目标 → 1-9月完成值）") == {}


def test_a_comma_parting_thousands_stays_in_the_target() -> None:
    read = _read("产出指标：农村低保保障人数不少于3,150人；临时救助人次≥420人次。")
    assert read["农村低保保障人数"].target.canonical == "≥3150人"
    assert read["临时救助人次"].target.canonical == "≥420人次"


def test_a_comma_between_two_figures_still_parts_the_clauses() -> None:
    read = _read("产出指标：培训期数≥5期,培训人次≥300人次。")
    assert read["培训期数"].target.canonical == "≥5期"
    assert read["培训人次"].target.canonical == "≥300人次"


def test_a_comparison_with_last_year_after_a_name_is_its_standard() -> None:
    read = _read("产出指标：“三公”经费支出较上年下降；办公用房面积比上年有所减少。")
    assert read["“三公”经费支出"].target.standard == "较上年下降"
    assert read["办公用房面积"].target.standard == "比上年有所减少"


def test_a_comparison_with_a_figure_stays_a_quantity() -> None:
    read = _read("效益指标：就业培训人次较上年增长≥5%。")
    assert [item.target.canonical for item in read.values()] == ["≥5%"]


def test_arrow_lines_after_a_number_or_a_dash_or_with_ascii_arrows() -> None:
    read = _read(
        "1.数量指标",
        "（1）开展义诊活动场次：≥24场 -> 11场",
        "- 免费体检人数：≥3000人 ⟶ 1260人（进度42%）",
    )
    assert read["开展义诊活动场次"].target.canonical == "≥24场"
    assert read["开展义诊活动场次"].actual == "11场"
    assert read["免费体检人数"].actual == "1260人(进度42%)"


def test_a_name_then_the_actual_named_then_the_target_named() -> None:
    read = _read("2.质量指标：设备完好率：实际97%，目标值≥95%；巡检覆盖率：已完成88%，目标值100%。")
    assert read["设备完好率"].target.canonical == "≥95%"
    assert read["设备完好率"].actual == "97%"
    assert read["巡检覆盖率"].actual == "88%"
