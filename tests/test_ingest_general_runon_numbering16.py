"""A table run together with no spaces, each row numbered ``指标1``, ``指标2`` …: OCR that
read a label and the row's number (``经济效益指标指标1``) as one ``指标`` leaves a digit glued
to the label (``经济效益指标1村集体…``), and a figure's unit glyph may open the next label
(``10生态效益指标``); both are read as the label, the row's number and the whole name."""

from __future__ import annotations

from general_support import table_rows
from jixiao.ingest.general.stream import split_runon
from jixiao.ingest.general.vocabulary import Role

_HEADER = "绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分"


def _rows(text: str) -> dict[str, dict[Role, str]]:
    return {row[Role.NAME]: row for row in table_rows(text) if Role.NAME in row}


def test_a_numbered_row_whose_number_lost_its_word_keeps_its_whole_name() -> None:
    text = (
        f"{_HEADER}产出指标(40分)数量指标指标1新建温室大棚10≥40座41座10"
        "效益指标(40分)经济效益指标1村集体经济年增收10≥8万元8.6万元10"
        "满意度指标(20分)服务对象满意度指标指标1种植户满意度20≥90%94%20\n"
    )
    row = _rows(text)["村集体经济年增收"]
    assert (row[Role.TARGET], row[Role.ACTUAL]) == ("≥8万元", "8.6万元")


def test_a_unit_glyph_opening_the_next_label_is_the_labels() -> None:
    text = "社会效益指标指标1受益农户10≥300户320户10生态效益指标指标1造林面积10"
    pieces = [p for p, _ in split_runon(text)]
    assert "生态效益指标" in pieces
    assert "10生" not in pieces


def test_a_label_before_a_figure_in_rows_not_numbered_is_left_as_it_is() -> None:
    pieces = [p for p, _ in split_runon("产出指标数量指标3座泵站质量指标验收合格率100%")]
    assert "指标3" not in pieces  # no row numbered 指标N: the digit is no row number


def test_a_name_opening_with_a_deadline_in_a_year_said_in_words_is_read_whole() -> None:
    text = (
        f"{_HEADER}产出指标(40分)数量指标指标1新建温室大棚10≥40座41座10"
        "时效指标指标1本年度6月底前完成大棚覆膜10按时完成按时完成10"
        "满意度指标(20分)服务对象满意度指标指标1种植户满意度20≥90%94%20\n"
    )
    row = _rows(text)["本年度6月底前完成大棚覆膜"]
    assert (row[Role.TARGET], row[Role.ACTUAL]) == ("按时完成", "按时完成")


def test_a_year_in_words_not_after_a_row_number_stays_apart() -> None:
    text = (
        f"{_HEADER}产出指标(40分)时效指标大棚覆膜完成时间10当年10月底前2023年9月底10"
        "满意度指标(20分)服务对象满意度指标指标1种植户满意度20≥90%94%20\n"
    )
    assert "大棚覆膜完成时间" in _rows(text)
