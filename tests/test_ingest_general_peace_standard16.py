"""A standard saying a field is kept in peace (和谐稳定, 和谐有序), a 社会效益 target in words
of the 部门整体支出绩效目标表, read as a standard (session 16)."""

from __future__ import annotations

from general_support import table_rows
from jixiao.ingest.general.kinds import Kind, kind_of
from jixiao.ingest.general.vocabulary import Role

_PIPES = """\
一级指标 | 二级指标 | 三级指标 | 指标值 | |
效益指标 | 社会效益指标 | 信访积案化解率 | ≥90% | ||
边境村寨社会秩序 | 和谐有序 | |||
劳资关系 | 保持和谐稳定 | |||
满意度指标 | 服务对象满意度指标 | 来访群众满意度 | ≥85% | ||
"""


def test_a_field_kept_in_peace_is_the_rows_standard() -> None:
    read = {row[Role.NAME]: row.get(Role.TARGET) for row in table_rows(_PIPES)}
    assert read["边境村寨社会秩序"] == "和谐有序"
    assert read["劳资关系"] == "保持和谐稳定"
    assert read["来访群众满意度"] == "≥85%"


def test_a_name_holding_the_word_stays_a_name() -> None:
    assert kind_of("和谐社区创建数") is Kind.NAME
    assert kind_of("和谐稳定率") is Kind.NAME
