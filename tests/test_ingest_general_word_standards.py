"""Standards and deadlines in words as whole cells of an indicator table: rights upheld
(``有效维护``, ``得到有效保障``, ``有效保护``) and a festival's deadline (``中秋节前完成``) are a
row's target, not the name of a row of their own."""

from __future__ import annotations

import pytest

from general_support import table_rows
from jixiao.ingest.general.kinds import Kind, kind_of
from jixiao.ingest.general.vocabulary import Role

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
