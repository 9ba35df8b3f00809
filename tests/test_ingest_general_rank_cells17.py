"""A target cell that is a rank among the first few (``全省前5名``): the words as written are
the standard, as in prose (the grammar alone reads the count, 5名, and loses the rank)."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form
from jixiao.domain.target import TargetKind

_HEAD = (
    "某市2025年度营商环境优化项目绩效目标表\n"
    "项目名称\t营商环境优化\n"
    "一级指标\t二级指标\t三级指标\t指标值\n"
    "产出指标\t数量指标\t开展政策宣讲场次\t≥12场\n"
)


def _read(tmp_path: Path, row: str) -> dict[str, tuple[TargetKind, str]]:
    document = read_form(tmp_path, _HEAD + row + "\n")
    return {
        i.name: (i.target.kind, i.target.canonical)
        for _, i in document.all_indicators()
        if i.target is not None
    }


def test_a_rank_among_the_first_few_is_the_standard_as_written(tmp_path: Path) -> None:
    read = _read(tmp_path, "效益指标\t社会效益指标\t营商环境考评名次\t全省前5名")
    assert read["营商环境考评名次"] == (TargetKind.QUALITATIVE, "全省前5名")
    assert read["开展政策宣讲场次"] == (TargetKind.QUANTITATIVE, "≥12场")


def test_a_rank_bounded_in_words_keeps_the_grammars_bound(tmp_path: Path) -> None:
    # near miss: 以内 makes the place a ceiling the grammar reads
    read = _read(tmp_path, "效益指标\t社会效益指标\t营商环境考评名次\t前10名以内")
    assert read["营商环境考评名次"] == (TargetKind.QUANTITATIVE, "≤10名")
