"""A text PDF's layer one cell a line: a name wrapped onto the next line where its last words
are the very standard its target states, printed three times over (session 16)."""

from __future__ import annotations

from general_support import table_rows
from jixiao.ingest.general.vocabulary import Role

_HEAD = """\
转移支付绩效自评表
一级指标
二级指标
三级指标
年度指标值
全年实际完成值
分值
得分
效益指标
可持续影响指标
"""


def _rows(body: str, head: str = _HEAD) -> dict[str, dict[Role, str]]:
    return {row[Role.NAME]: row for row in table_rows(head + body)}


def test_a_name_ending_in_its_own_standard_keeps_it() -> None:
    rows = _rows("农村饮水工程长效管护机制\n逐步完善\n逐步完善\n逐步完善\n10\n9\n")
    row = rows["农村饮水工程长效管护机制逐步完善"]
    assert (row[Role.TARGET], row[Role.ACTUAL], row[Role.SCORE]) == ("逐步完善", "逐步完善", "9")


def test_a_standard_printed_as_target_and_actual_stays_off_the_name() -> None:
    rows = _rows("供水保障水平\n稳步提升\n稳步提升\n10\n10\n")
    assert rows["供水保障水平"][Role.TARGET] == "稳步提升"


def test_three_columns_holding_the_same_standard_stay_off_the_name() -> None:
    # a monitoring table: 年度指标值, 全年预计完成值 and 实际完成值 all state the standard
    head = _HEAD.replace("全年实际完成值", "全年预计完成值\n全年实际完成值")
    rows = _rows("供水保障水平\n稳步提升\n稳步提升\n稳步提升\n10\n10\n", head)
    assert rows["供水保障水平"][Role.TARGET] == "稳步提升"
