"""A bound sign before a baseline told in words (≤上年支出, ≤省定补助标准): a standard, the
sign kept in it, in a row whose actual is told against the same baseline (session 17)."""

from __future__ import annotations

from general_support import table_rows
from jixiao.ingest.general.kinds import Kind, kind_of
from jixiao.ingest.general.vocabulary import Role


def test_a_bound_against_a_baseline_in_words_is_a_standard() -> None:
    assert kind_of("≤上年同期") is Kind.QUALITATIVE
    assert kind_of("≥上年水平") is Kind.QUALITATIVE
    assert kind_of("≤市定补助标准") is Kind.QUALITATIVE


def test_the_baseline_without_a_sign_or_with_a_figure_is_no_such_standard() -> None:
    assert kind_of("上年结转资金") is Kind.NAME  # words alone: a name
    assert kind_of("≤120元") is Kind.QUANTITY  # a figure: a quantity as before


def test_a_row_with_a_bound_against_words_reads_it_as_its_standard() -> None:
    text = """\
一级指标 二级指标 三级指标 目标值 实际值 分值 得分
5 5 产出成本(10 分) 公务接待费支出 ≤上年同期 达到
10 9 产出数量(10 分) 举办培训班期数 ≥12期 13期
10 10 总分
"""
    rows = {row[Role.NAME]: row for row in table_rows(text) if Role.NAME in row}
    assert rows["公务接待费支出"][Role.TARGET] == "≤上年同期"
    assert rows["举办培训班期数"][Role.TARGET] == "≥12期"
