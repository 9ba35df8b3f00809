"""A self-evaluation form served one cell a paragraph, a name wrapped onto a second
paragraph that ends with its unit in brackets (``培训农民`` / ``人数(万人)``, ``年参观量`` /
``(万人次)``), its target a bare figure: the bracket's paragraph ends the name above."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from general_support import read_form

_HEAD = (
    "项目支出绩效自评表\n\n(2022年度)\n\n项目名称\n\n新型职业农民培育\n\n"
    "一级指标\n\n二级指标\n\n三级指标\n\n年度指标值\n\n实际完成值\n\n分值\n\n得分\n\n"
    "产出指标\n\n数量指标\n\n"
)


def _names(tmp_path: Path, rows: str) -> dict[str, Decimal | None]:
    document = read_form(tmp_path, _HEAD + rows)
    read: dict[str, Decimal | None] = {}
    for _, indicator in document.all_indicators():
        target = indicator.target_in_force
        read[indicator.name] = target.value if target else None
    return read


def test_a_paragraph_ending_in_a_bracketed_unit_ends_the_name_above(tmp_path: Path) -> None:
    rows = (
        "培训高素质农民\n\n人数(万人)\n\n1.2\n\n1.3\n\n20\n\n20\n\n"
        "示范基地年参观量\n\n(万人次)\n\n6\n\n6.4\n\n20\n\n20\n"
    )
    read = _names(tmp_path, rows)
    assert read["培训高素质农民人数(万人)"] == Decimal("1.2")
    assert read["示范基地年参观量(万人次)"] == Decimal("6")


def test_a_bracketed_unit_before_words_is_not_joined(tmp_path: Path) -> None:
    # the bracket's paragraph followed by a target in words: no bare figure, no wrap
    rows = "培训高素质农民人数\n\n(万人)\n\n按计划完成\n\n完成\n\n20\n\n20\n"
    read = _names(tmp_path, rows)
    assert "培训高素质农民人数(万人)" not in read
