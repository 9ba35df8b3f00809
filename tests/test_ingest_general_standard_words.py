"""Standards in the genre's words that name no quantity: a design standard as a return period
(达到20-50年一遇), data's quality (准确可靠), an emergency handled (及时处置), and frames as an
archive's unit (万画幅)."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form
from jixiao.domain.target import TargetKind, parse_target
from jixiao.ingest.general.kinds import Kind, kind_of

_FORM = """项目支出绩效目标表
项目名称：城区排涝及档案数字化项目
| 一级指标 | 二级指标 | 三级指标 | 指标值 |
|---|---|---|---|
| 产出指标 | 数量指标 | 馆藏档案影像扫描 | ≥85万画幅 |
| | 质量指标 | 档案目录数据 | 准确可靠 |
| 效益指标 | 社会效益指标 | 城区排涝能力 | 达到20-50年一遇 |
| | | 内涝险情 | 及时处置 |
| 满意度指标 | 服务对象满意度指标 | 市民满意度 | ≥91% |
"""


def test_standards_in_the_genres_words_are_read_as_written(tmp_path: Path) -> None:
    document = read_form(tmp_path, _FORM)
    read = {i.name: i.target for i in document.projects[0].indicators}
    scans = read["馆藏档案影像扫描"]
    assert scans is not None and scans.kind is TargetKind.QUANTITATIVE
    assert scans.unit is not None and scans.unit.endswith("画幅")
    for name, standard in (
        ("档案目录数据", "准确可靠"),
        ("城区排涝能力", "达到20-50年一遇"),
        ("内涝险情", "及时处置"),
    ):
        target = read[name]
        assert target is not None and target.kind is TargetKind.QUALITATIVE
        assert target.standard == standard


def test_a_return_period_is_a_standard_not_a_count_of_years() -> None:
    target = parse_target("不低于30年一遇标准")
    assert target.kind is TargetKind.QUALITATIVE
    assert kind_of("10年一遇") is Kind.QUALITATIVE


def test_names_holding_the_standards_words_stay_names() -> None:
    assert kind_of("数据准确率") is Kind.NAME
    assert kind_of("百年一遇洪水防御预案编制") is Kind.NAME
    assert kind_of("处置") is not Kind.QUALITATIVE
    assert kind_of("真实") is not Kind.QUALITATIVE
