"""A self-evaluation row run together whose standard is an "all who are due it" phrase
(应保尽保, 应退尽退): written twice after the name, as standard and actual, before the row's
分值, it is cut off the name, though the vocabulary alone reads the phrase as a name's word
(a name may end with it: ``特困人员应养尽养`` then ``应养尽养应养尽养``)."""

from __future__ import annotations

from general_support import table_rows
from jixiao.ingest.general.glued_words import standards_off_names
from jixiao.ingest.general.vocabulary import Role

_RUNON = (
    "一级指标二级指标三级指标年度指标值实际完成值分值得分产出指标(40分)数量指标"
    "城乡低保对象保障人数≥3200人3315人20质量指标低保金按时足额发放率100%100%20"
    "效益指标(30分)社会效益指标符合条件困难群众应保尽保应保尽保应保尽保15"
    "低保对象动态调整及时率≥95%97%15满意度指标服务对象满意度指标低保对象满意度≥90%93%10\n"
)


def test_a_name_ending_with_its_all_due_standard_keeps_it_and_gives_the_pair_off() -> None:
    rows = {row[Role.NAME]: row for row in table_rows(_RUNON) if Role.NAME in row}
    kept = rows["符合条件困难群众应保尽保"]
    assert kept.get(Role.TARGET) == "应保尽保"
    assert rows["低保对象动态调整及时率"][Role.TARGET] == "≥95%"


def test_an_all_due_standard_twice_before_the_weight_is_cut_off() -> None:
    cut = standards_off_names([("临时救助对象应救尽救应救尽救", True), ("10", True)])
    assert cut == [("临时救助对象", True), ("应救尽救", True), ("应救尽救", True), ("10", True)]


def test_an_all_due_phrase_written_once_stays_in_the_name() -> None:
    pieces = [("参保群众应保尽保", True), ("10", True)]
    assert standards_off_names(pieces) == pieces


def test_a_word_written_twice_that_is_no_all_due_phrase_stays() -> None:
    pieces = [("困难家庭帮扶帮扶", True), ("10", True)]
    assert standards_off_names(pieces) == pieces
