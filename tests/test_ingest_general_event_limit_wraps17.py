"""A bar table's time limit wrapped in its cell under the event it is counted from
(``收到市级资金后`` / ``20日内``) is one target, now that a bare limit with 内 reads as a
value of its own; a whole limit over a row of its own stays apart."""

from __future__ import annotations

from general_support import table_rows, text_source
from jixiao.ingest.general.bar_wraps import join_bar_wraps
from jixiao.ingest.general.vocabulary import Role

_WRAPPED = """\
|一级指标  |二级指标    |三级指标        |指标值        |
|产出指标  |数量指标    |改造农村危房户数|≥320户        |
|          |时效指标    |补助资金拨付时限|收到市级资金后|
|          |            |                |20日内        |
|效益指标  |社会效益指标|住房安全保障率  |100%          |
"""


def test_a_limit_wrapped_under_its_event_is_one_target() -> None:
    found = {row[Role.NAME]: row.get(Role.TARGET) for row in table_rows(_WRAPPED)}
    assert found["补助资金拨付时限"] == "收到市级资金后20日内"
    assert found["住房安全保障率"] == "100%"


def test_a_limit_over_a_row_of_its_own_is_not_joined() -> None:
    text = """\
|一级指标  |二级指标    |三级指标        |指标值    |
|产出指标  |时效指标    |资金拨付时限    |20日内    |
|          |            |鉴定办结时限    |5个工作日内|
"""
    assert join_bar_wraps(text_source(text).lines) is None
