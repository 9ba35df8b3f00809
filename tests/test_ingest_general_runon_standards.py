"""A table run together with no spaces, its 分值 after the target: a row whose target is a
standard of words glued to its name (``管护机制持续健全10``) is cut into the name, the
standard and the 分值, as a row whose target is a figure is."""

from __future__ import annotations

from general_support import table_rows
from jixiao.ingest.general.glued_words import standards_off_names
from jixiao.ingest.general.vocabulary import Role

_RUNON = (
    "绩效指标一级指标二级指标三级指标指标值分值产出指标数量指标新建村级光伏电站数量≥12座20"
    "质量指标电站验收合格率100%20效益指标经济效益指标村集体年均增收≥5万元20"
    "可持续影响指标电站运维管护机制持续健全20满意度指标服务对象满意度指标受益村民满意度≥90%20"
    "合计100\n"
)


def test_a_standard_glued_to_its_name_before_the_weight_is_the_target() -> None:
    rows = {row[Role.NAME]: row for row in table_rows(_RUNON) if Role.NAME in row}
    kept = rows["电站运维管护机制"]
    assert (kept.get(Role.TARGET), kept.get(Role.WEIGHT)) == ("持续健全", "20")
    assert rows["受益村民满意度"][Role.TARGET] == "≥90%"


def test_a_name_before_its_weight_is_cut_only_at_a_standard_of_three_characters_or_more() -> None:
    pieces = [("档案库房安全", True), ("10", True)]
    assert standards_off_names(pieces) == pieces  # 安全 alone may be the name's own word


def test_a_name_before_a_target_is_left_as_it_is() -> None:
    pieces = [("生态环境持续改善", True), ("≥80%", True)]
    assert standards_off_names(pieces) == pieces


def test_a_standard_before_the_weight_is_cut_off_the_name() -> None:
    cut = standards_off_names([("电站运维管护机制持续健全", True), ("20", True)])
    assert cut == [("电站运维管护机制", True), ("持续健全", True), ("20", True)]


def test_a_name_before_its_weight_and_then_its_target_is_left_whole() -> None:
    pieces = [("低保对象基本生活保障水平", True), ("15", True), ("稳步提高", True)]
    assert standards_off_names(pieces) == pieces  # a header that puts the 分值 first


def test_a_name_before_its_weight_and_a_target_glued_to_its_actual_is_left_whole() -> None:
    pieces = [("低保对象基本生活保障水平", True), ("15", True), ("稳步提高稳步提高14", True)]
    assert standards_off_names(pieces) == pieces
