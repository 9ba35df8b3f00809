"""A row run together (an OCR'd form on a document-sharing site) whose 未完成原因 is glued
after the score and opens with 部分 (``…5座4部分村庄选址未落实``): 部 there is no unit of
the score, the reason keeps its first word."""

from __future__ import annotations

from jixiao.ingest.general.stream import split_runon

_ROW = "数量指标指标2新建村级文化广场105座4座6部分村庄选址未落实质量指标指标1验收合格率"


def _cells(text: str) -> list[str]:
    return [piece for piece, _ in split_runon(text)]


def test_a_reason_opening_with_bufen_after_the_score_keeps_its_first_word() -> None:
    cells = _cells(_ROW)
    assert "6" in cells
    assert any(cell.startswith("部分村庄") for cell in cells)
    assert "6部" not in cells


def test_a_count_in_bu_before_other_words_is_still_a_quantity() -> None:
    cells = _cells("数量指标指标1放映公益电影≥120部126部10质量指标指标1放映合格率")
    assert "≥120部" in cells
    assert "126部" in cells
