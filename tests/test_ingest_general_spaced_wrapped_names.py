"""A name wrapped in its cell of a .doc or PDF table copied as text, its cells one space
apart: the wrap prints as a space inside the name (``…卫生院、 村卫生室数量``, ``乡镇卫生院
标准化建设数量``); the two texts before the row's target are one name."""

from __future__ import annotations

from general_support import table_rows
from jixiao.ingest.general.vocabulary import Role

_TITLE = "2023年基层医疗卫生机构能力建设补助资金区域绩效目标表\n一级指标 二级指标 三级指标 指标值\n"
# a .doc table copied as text: the whole table one line, its cells one space apart
_SPACED = _TITLE + (
    "产出指标 数量指标 支持改造乡镇卫生院、 村卫生室数量 ≥120 个 支持配备基层医疗设备 台数 "
    "≥800 台 中心卫生院标准化建设 数量 ≥15 个 质量指标 设备验收合格率 100%\n"
)

_NEAR_MISS = _TITLE + (
    "产出指标 数量指标 家庭医生签约服务覆盖率 ≥75% 慢性病患者健康管理人数 ≥3万人 "
    "满意度指标 服务对象 群众就医满意度 ≥90%\n"
)


def _rows(text: str) -> dict[str, dict[Role, str]]:
    return {row[Role.NAME]: row for row in table_rows(text) if Role.NAME in row}


def test_a_name_wrapped_after_an_enumeration_comma_is_read_whole() -> None:
    assert _rows(_SPACED)["支持改造乡镇卫生院、村卫生室数量"][Role.TARGET].startswith("≥120")


def test_a_names_measure_word_after_the_wrap_is_read_with_it() -> None:
    rows = _rows(_SPACED)
    assert rows["支持配备基层医疗设备台数"][Role.TARGET].startswith("≥800")
    assert rows["中心卫生院标准化建设数量"][Role.TARGET].startswith("≥15")


def test_whole_names_and_a_labels_first_words_stay_apart() -> None:
    rows = _rows(_NEAR_MISS)
    assert rows["家庭医生签约服务覆盖率"][Role.TARGET] == "≥75%"
    assert rows["慢性病患者健康管理人数"][Role.TARGET] == "≥3万人"
    assert rows["群众就医满意度"][Role.TARGET] == "≥90%"
