"""In a table run together, the first glyph of a name's opening word (村 of 村庄, of 村容)
taken into the unit of the target before it (``8个村`` | ``庄道路…``) goes back to the
name; a unit before a name that opens a word of its own stays the unit's."""

from __future__ import annotations

from jixiao.ingest.general.glued_words import unit_glyphs_to_names


def test_a_village_glyph_opening_the_next_names_word_goes_back_to_it() -> None:
    assert unit_glyphs_to_names([("≥8个村", True), ("庄道路硬化里程", True)]) == [
        ("≥8个", True),
        ("村庄道路硬化里程", True),
    ]


def test_a_village_glyph_of_village_looks_goes_back_to_the_name() -> None:
    assert unit_glyphs_to_names([("≥15个村", True), ("容村貌整治合格率", True)]) == [
        ("≥15个", True),
        ("村容村貌整治合格率", True),
    ]


def test_a_unit_before_a_name_of_its_own_words_stays_the_units() -> None:
    pieces = [("12个村", True), ("道路硬化里程", True)]
    assert unit_glyphs_to_names(pieces) == pieces
