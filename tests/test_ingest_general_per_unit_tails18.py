"""A per-unit measure broken by a space right after its 单位 (``…建设单位 面积造价``) in a
run-on .doc table: 单位 ends a name as a unit does, but before a measure's word it opens
the measure, and the two cells are one name (session 18)."""

from __future__ import annotations

from general_support import table_rows
from jixiao.ingest.general.vocabulary import Role

_ROW = (
    "农村公路建设资金区域绩效目标表 ( 2023 年度) 一级 指标 二级指标 三级指标 指标值 "
    "绩 效 指 标 产 出 指 标 数量指标 新改建农村公路里程 ≥ 850 公里 质量指标 "
    "交工验收合格率 ≥ 98% 成本指标 通村公路硬化单位 {tail} ≤ 95 万元/公里 "
    "时效指标 年度任务完成率 ≥ 90%\n"
)


def _names(tail: str) -> dict[str, str]:
    rows = table_rows(_ROW.format(tail=tail))
    return {row[Role.NAME]: row.get(Role.TARGET, "") for row in rows if Role.NAME in row}


def test_a_measure_word_after_a_name_ending_in_per_unit_ends_that_name() -> None:
    names = _names("里程造价")
    assert names["通村公路硬化单位里程造价"] == "≤95万元/公里"
    assert "里程造价" not in names


def test_the_cost_after_per_unit_joins_as_well() -> None:
    assert _names("长度投资")["通村公路硬化单位长度投资"] == "≤95万元/公里"


def test_a_word_no_measure_opens_stays_a_name_of_its_own() -> None:
    names = _names("补助标准")
    assert "通村公路硬化单位补助标准" not in names
