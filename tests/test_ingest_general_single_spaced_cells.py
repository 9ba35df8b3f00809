"""A table flattened to one line by a document-sharing site: its cells parted by single
spaces, the glyphs of merged labels spaced out (``绩 效 指 标``). The single spaces part the
cells as well: the glyph runs are joined, the words stay apart, a unit spaced off its value
stays the value's, a time limit counted from an event is one target."""

from __future__ import annotations

from general_support import table_rows, text_source
from jixiao.ingest.general.normalise import normalise_source
from jixiao.ingest.general.stream import cells_of
from jixiao.ingest.general.vocabulary import Role

_LINE = (
    "附件 2 农田建设补助资金区域绩效目标表 ( 2021 年度) 专项名称 农田建设补助资金 "
    "主管部门 省农业农村厅 资金额度 52400 万 一级 指标 二级指标 三级指标 指标值 "
    "绩 效 指 标 产 出 指 标 数量指标 新建高标准农田面积 ≥86 万亩 新建田间泵站 ≥30 座 "
    "质 量 指 标 项目验收合格率 ≥98% 时效指标 资金分配下达时间 收到省级资金后 15 日内 "
    "效益指 标 经济效益 指标 项目区粮食单产 较建设前提高 社会效益 指标 农业生产条件 "
    "明显改善 可持续影响 指标 农田管护机制 持续 完善 满意度 指标 服务对象 满意度指标 "
    "受益农户满意度 ≥90%"
)


def _targets(text: str) -> dict[str, str]:
    return {
        row[Role.NAME]: row.get(Role.TARGET, "") for row in table_rows(text) if Role.NAME in row
    }


def _cells(text: str) -> list[str]:
    source, _ = normalise_source(text_source(text))
    return [cell.text for cell in cells_of(source.lines)]


def test_a_standard_in_words_stays_apart_from_the_next_name() -> None:
    targets = _targets(_LINE)
    assert targets["项目区粮食单产"] == "较建设前提高"
    assert targets["农业生产条件"] == "明显改善"


def test_a_limit_counted_from_an_event_is_one_target() -> None:
    assert _targets(_LINE)["资金分配下达时间"] == "收到省级资金后 15 日内"


def test_a_unit_spaced_off_its_value_before_a_spaced_label_is_the_values() -> None:
    targets = _targets(_LINE)
    assert targets["新建田间泵站"] == "≥30座"
    assert targets["项目验收合格率"] == "≥98%"


def test_a_title_spaced_out_glyph_by_glyph_is_still_one_word() -> None:
    # near miss: few words among the spaced glyphs: a title, its glyphs joined as before
    assert _cells("2 0 2 1 年 度 中 小 河 流 治 理 项 目 绩 效 目 标 表") == [
        "2021年度中小河流治理项目绩效目标表"
    ]


def test_cells_parted_by_wide_gaps_keep_their_spaced_glyphs_joined() -> None:
    # near miss: with gaps of two spaces the gaps part the cells, single spaces are glyphs'
    assert _cells("产 出 指 标  数 量 指 标  新建田间泵站  ≥30座") == [
        "产出指标",
        "数量指标",
        "新建田间泵站",
        "≥30座",
    ]


def test_a_degree_and_what_it_says_spaced_apart_are_one_standard() -> None:
    assert _targets(_LINE)["农田管护机制"] == "持续完善"


def test_a_standard_and_its_equal_actual_spaced_apart_stay_two_cells() -> None:
    # near miss: the same word twice is a target and its actual, not one standard
    line = _LINE.replace("持续 完善", "明显 明显")
    assert "明显明显" not in _cells(line)
