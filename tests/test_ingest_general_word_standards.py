"""Standards and deadlines in words as whole cells of an indicator table: rights upheld
(``有效维护``, ``得到有效保障``, ``有效保护``) and a festival's deadline (``中秋节前完成``) are a
row's target, not the name of a row of their own."""

from __future__ import annotations

import pytest

from general_support import table_rows
from jixiao.ingest.general.kinds import Kind, kind_of
from jixiao.ingest.general.prose import read_prose_targets
from jixiao.ingest.general.vocabulary import Role
from jixiao.ingest.source import SourceLine

_ONE_CELL_A_LINE = """一级指标

二级指标

三级指标

年度目标值

实际完成值

产出指标

时效指标

困难群众走访慰问完成时间

中秋节前完成

2024年9月12日前完成

效益指标

社会效益指标

残疾人合法权益

得到有效维护

得到有效维护

古树名木资源

有效保护

未发生损毁

服务对象满意度

≥92%

94%
"""


def test_standards_and_a_festival_deadline_in_cells_are_their_rows_targets() -> None:
    rows = table_rows(_ONE_CELL_A_LINE)
    named = {row[Role.NAME]: row.get(Role.TARGET) for row in rows if Role.NAME in row}
    assert named == {
        "困难群众走访慰问完成时间": "中秋节前完成",
        "残疾人合法权益": "得到有效维护",
        "古树名木资源": "有效保护",
        "服务对象满意度": "≥92%",
    }


@pytest.mark.parametrize("text", ["有效维护", "得到有效保障", "有效保护", "得到明显改善"])
def test_an_upheld_or_protected_standard_is_qualitative(text: str) -> None:
    assert kind_of(text) is Kind.QUALITATIVE


@pytest.mark.parametrize("text", ["权益维护", "设备维护", "生态保护", "得到", "社会保障"])
def test_what_is_upheld_or_protected_is_a_name(text: str) -> None:
    assert kind_of(text) is Kind.NAME


def test_a_standard_glued_to_its_name_in_prose_takes_its_de_dao() -> None:
    text = "2.社会效益指标：农民工合法权益得到有效维护；欠薪案件结案率不低于95%。"
    found = read_prose_targets([SourceLine(1, text, (text,))])
    assert (found[0].name, found[0].target.standard) == ("农民工合法权益", "得到有效维护")


def test_a_standard_glued_without_de_dao_is_cut_as_before() -> None:
    text = "2.可持续影响指标：基层医疗服务能力持续提升。"
    found = read_prose_targets([SourceLine(1, text, (text,))])
    assert [(item.name, item.target.standard) for item in found] == [
        ("基层医疗服务能力", "持续提升")
    ]
