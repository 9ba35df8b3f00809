"""A monitoring table printed by ``pdftotext -layout`` whose row's target, forecast and
actual are a standard said with 有 (有保障, 有改善) (session 16)."""

from __future__ import annotations

from general_support import table_rows
from jixiao.ingest.general.kinds import Kind, kind_of
from jixiao.ingest.general.vocabulary import Role

_MONITORING = """\
  一级指标  二级指标   三级指标                 年度指标值     1-6月完成值    全年预计完成值
  效益指标  社会效益   困难群众基本医疗         有保障         有保障         有保障
                       参保群众就医环境         有改善         有改善         有改善
"""


def test_a_standard_said_with_you_is_the_target_not_a_name() -> None:
    rows = {row[Role.NAME]: row for row in table_rows(_MONITORING)}
    assert rows["困难群众基本医疗"][Role.TARGET] == "有保障"
    assert rows["参保群众就医环境"][Role.TARGET] == "有改善"


def test_words_opening_with_you_stay_names() -> None:
    assert kind_of("有保障") is Kind.QUALITATIVE
    assert kind_of("有机肥使用量") is Kind.NAME
    assert kind_of("有保障措施的村数") is Kind.NAME
