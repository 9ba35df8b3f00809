"""The readers' quick paths read as the long ones did: a text with nothing to mend is left
as it is, a mend still made where it is due, places still counted in printed columns."""

from __future__ import annotations

from decimal import Decimal

from jixiao.ingest.general.fields import read_prose_funding
from jixiao.ingest.general.layout_grid import _pieces
from jixiao.ingest.general.normalise import is_traditional, ocr_digits
from jixiao.ingest.general.stream import _offsets, split_runon
from jixiao.ingest.general.vocabulary import Role
from jixiao.ingest.source import SourceLine


def test_text_with_no_letter_read_for_a_digit_is_left_as_it_is() -> None:
    text = "水利站2021年度养护经费36.50万元,完成率100%"
    assert ocr_digits(text) == text


def test_letters_inside_a_number_are_still_read_as_digits() -> None:
    assert ocr_digits("养护经费3l.5O万元,共l2处") == "养护经费31.50万元,共12处"
    # a word's letters stay letters, and plain numbers beside them are untouched
    assert ocr_digits("Office 2016 版,共20台") == "Office 2016 版,共20台"


def test_traditional_text_is_told_from_simplified() -> None:
    assert is_traditional("農業農村局項目績效目標表,資金來源為縣級財政")
    assert not is_traditional("农业农村局项目绩效目标表,资金来源为县级财政 ABC 123")


def test_pieces_of_a_layout_line_keep_their_printed_places_after_wide_glyphs() -> None:
    text = "产出指标  数量指标    养护里程  ≥120 km"
    places = [(piece.start, piece.end) for piece in _pieces(SourceLine(1, text, (text,)))]
    # a CJK glyph takes two places, ≥ (of ambiguous width) and ASCII one
    assert places == [(0, 8), (10, 18), (22, 30), (32, 39)]


def test_cells_parted_by_spaces_start_at_their_printed_columns() -> None:
    text = "AB  养护里程  120 km"
    places, starts = _offsets(text, ["AB", "养护里程", "120 km"])
    assert places == [0, 4, 14]  # a CJK glyph takes two places
    assert starts == [0, 4, 10]


def test_a_statement_wrapped_after_a_line_without_figures_is_still_read() -> None:
    lines = [
        "本年度我站围绕农村公路日常养护与安全隐患排查统筹推进各项工作,年初预算",
        "为645.20万元,全年执行612.80万元。",
    ]
    source = [SourceLine(n, text, (text,)) for n, text in enumerate(lines, start=1)]
    funding = read_prose_funding(source)
    assert funding is not None
    assert funding.figures[Role.PRIOR] == Decimal("645.20")
    assert funding.figures[Role.ACTUAL] == Decimal("612.80")


def test_prose_without_any_figure_states_no_money() -> None:
    lines = ["年初预算安排到位,资金执行按计划推进", "全年执行情况良好,无偏差"]
    assert read_prose_funding([SourceLine(n, t, (t,)) for n, t in enumerate(lines, 1)]) is None


def test_long_prose_with_no_label_is_one_cell() -> None:
    text = "全年共完成农村公路养护里程120公里,群众出行条件明显改善,满意率达到96%"
    assert split_runon(text) == [(text, False)]


def test_labels_run_together_with_their_cells_are_still_cut() -> None:
    text = "产出指标数量指标养护农村公路里程≥120公里质量指标路面完好率≥90%"
    cells = [cell for cell, _ in split_runon(text)]
    assert cells[:2] == ["产出指标", "数量指标"]
    assert "质量指标" in cells and "≥90%" in cells
