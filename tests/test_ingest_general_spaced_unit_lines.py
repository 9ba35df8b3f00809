"""A text PDF's layer with one cell a line that spaces a value's unit off its number
(``≥4200 户`` then ``4356 户``): the line is one value, not a number and a unit's cell."""

from __future__ import annotations

from general_support import table_rows, text_source
from jixiao.ingest.general.normalise import normalise_source
from jixiao.ingest.general.stream import cells_of
from jixiao.ingest.general.vocabulary import Role

_FORM = (
    "三级指标\n年度指标值\n实际完成值\n分值\n得分\n"
    "数量指标\n"
    "危房改造户数\n≥4200 户\n4356 户\n10\n10\n"
    "农村公路养护里程\n≥86.5 公里\n88 公里\n10\n9\n"
    "质量指标\n"
    "竣工验收合格率\n100%\n100%\n10\n10\n"
)


def _texts(text: str) -> list[str]:
    source, _ = normalise_source(text_source(text))
    return [cell.text for cell in cells_of(list(source.lines))]


def test_a_value_and_its_unit_one_space_apart_alone_on_a_line_are_one_target() -> None:
    rows = {row[Role.NAME]: row for row in table_rows(_FORM)}
    assert rows["危房改造户数"][Role.TARGET] == "≥4200户"
    assert rows["危房改造户数"][Role.ACTUAL] == "4356户"
    assert rows["农村公路养护里程"][Role.TARGET] == "≥86.5公里"


def test_two_numbers_or_a_number_and_a_longer_word_stay_apart() -> None:
    texts = _texts("危房改造户数\n10 10\n5 项目资金\n")
    assert "1010" not in texts
    assert "5项目资金" not in texts
