"""Standards in their own column the grammar did not read: a grade in letters with
``及以上`` (``定性 | B级及以上``), a service's response limit after a call (``接警后30分钟内
出动``), and a run-on score row whose standard and actual in words are glued to the name
(``…机制逐步健全基本健全12``) (session 19)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from general_support import table_rows
from jixiao.domain.target import Operator, TargetKind, TargetSyntaxError, parse_target
from jixiao.ingest.general.vocabulary import Role


def test_a_letter_grade_or_better_is_the_grade() -> None:
    target = parse_target("C级及以上")
    assert (target.kind, target.standard, target.or_better) == (
        TargetKind.QUALITATIVE,
        "C级",
        True,
    )
    assert parse_target("AA级").standard == "AA级"


def test_a_letter_alone_or_a_name_with_a_grade_is_no_grade() -> None:
    for text in ("B", "A级景区数量"):
        with pytest.raises(TargetSyntaxError):
            parse_target(text)


def test_a_response_within_a_limit_after_a_call_is_a_standard_as_written() -> None:
    target = parse_target("接到报修后2小时内到场")
    assert (target.kind, target.standard) == (TargetKind.QUALITATIVE, "接到报修后2小时内到场")


def test_a_bare_limit_with_no_event_stays_a_quantity() -> None:
    target = parse_target("30分钟内")
    assert (target.operator, target.value, target.unit) == (Operator.LE, Decimal(30), "分钟")


_SCORES = (
    "一级指标二级指标三级指标年初目标值(A)实际完成值(B)得分"
    "产出指标(50分)数量指标培训农民人数≥200人216人10"
    "效益指标(30分)可持续影响指标合作社带农机制逐步完善基本完善12"
    "生态效益指标田间道路环境持续改善10"
    "服务对象满意度指标(10分)农户满意度≥90%93%5"
)


def _rows(text: str) -> dict[str, dict[Role, str]]:
    return {row[Role.NAME]: row for row in table_rows(text) if Role.NAME in row}


def test_a_standard_and_its_actual_glued_to_the_name_are_both_cut_off() -> None:
    row = _rows(_SCORES)["合作社带农机制"]
    assert (row[Role.TARGET], row[Role.SCORE]) == ("逐步完善", "12")
    assert row.get(Role.ACTUAL) == "基本完善"


def test_a_standard_alone_before_the_score_is_the_target() -> None:
    row = _rows(_SCORES)["田间道路环境"]
    assert (row[Role.TARGET], row[Role.SCORE]) == ("持续改善", "10")


# a target table exported as indented paragraphs: each name on a line, its target under it
_TREE = """\
   产出指标

    数量指标

     新建高标准农田面积

≥1.2万亩

   效益指标

    生态效益指标

     耕地质量等级

逐步提升

     耕地保有量

不减少

    社会效益指标

     村级集体经济收入

较上年不降低

     不增加农户负担的项目占比

≥95%
"""


def test_a_change_kept_from_happening_is_a_standard() -> None:
    rows = _rows(_TREE)
    assert rows["耕地保有量"][Role.TARGET] == "不减少"
    assert rows["村级集体经济收入"][Role.TARGET] == "较上年不降低"
    assert rows["耕地质量等级"][Role.TARGET] == "逐步提升"


def test_a_name_opening_with_a_change_kept_from_happening_is_left_whole() -> None:
    assert _rows(_TREE)["不增加农户负担的项目占比"][Role.TARGET] == "≥95%"
