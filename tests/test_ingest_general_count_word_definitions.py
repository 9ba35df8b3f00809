"""A 指标解释 cell holding only what the row's figure counts (``人数``, ``人次``, ``个数``),
printed on the name's line between the name and the target (an .xls flattened one row a
line): the explanation's cell, not the name's last word; where no column explains, the
same word beside a name stays the name's."""

from __future__ import annotations

from general_support import table_rows
from jixiao.ingest.general.vocabulary import Role

_EXPLAINED = """\
部门整体支出绩效自评表
一级指标 二级指标 三级指标 指标解释 绩效目标值 实际完成值 指标分值 得分
产出指标
数量指标
 指标1  发放残疾人两项补贴 人数 ≥300人 312人 10 10
 指标2  开展康复技能培训 人次 ≥150人次 160人次 10 9
 指标3  改造残疾人家庭无障碍设施 户数 ≥20户 22户 10 10
 指标4  组织助残志愿服务活动 场次 ≥6场 7场 10 10
 指标5  残疾人辅助器具适配及 时率 ≥95% 97% 10 10
"""

_UNEXPLAINED = """\
部门整体支出绩效自评表
一级指标 二级指标 三级指标 绩效目标值 实际完成值 指标分值 得分
产出指标
数量指标
 指标1  开展康复技能培训 人次 ≥150人次 160人次 10 9
 指标2  残疾人辅助器具适配 个数 ≥80个 85个 10 10
"""


def _rows(text: str) -> dict[str, dict[Role, str]]:
    return {row[Role.NAME]: row for row in table_rows(text) if Role.NAME in row}


def test_a_count_word_in_the_explanation_column_is_no_part_of_the_name() -> None:
    rows = _rows(_EXPLAINED)
    assert rows["发放残疾人两项补贴"][Role.TARGET] == "≥300人"
    assert rows["改造残疾人家庭无障碍设施"][Role.TARGET] == "≥20户"


def test_a_unit_word_in_the_explanation_column_is_no_part_of_the_name() -> None:
    rows = _rows(_EXPLAINED)
    assert rows["开展康复技能培训"][Role.TARGET] == "≥150人次"
    assert rows["组织助残志愿服务活动"][Role.TARGET] == "≥6场"


def test_a_names_wrapped_last_glyphs_still_join_under_an_explanation_column() -> None:
    assert _rows(_EXPLAINED)["残疾人辅助器具适配及时率"][Role.TARGET] == "≥95%"


def test_without_an_explanation_column_the_word_stays_the_names() -> None:
    rows = _rows(_UNEXPLAINED)
    assert rows["开展康复技能培训人次"][Role.TARGET] == "≥150人次"
    assert rows["残疾人辅助器具适配个数"][Role.TARGET] == "≥80个"
