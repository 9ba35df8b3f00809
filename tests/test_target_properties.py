"""Properties of the target grammar that must hold for every input, not just the listed forms."""

from __future__ import annotations

import calendar
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.domain.target import (
    Operator,
    Target,
    TargetKind,
    TargetSyntaxError,
    achievement_ratio,
    format_target,
    meets,
    parse_target,
)
from jixiao.domain.units import known_units

UNITS = [None, *known_units(), "元/人", "次/年", "万元/公里", "万人次", "万平方米", "元/人·天"]

STANDARDS = [
    "优",
    "优秀",
    "优良",
    "良好",
    "良",
    "中",
    "中等",
    "合格",
    "及格",
    "差",
    "不合格",
    "满意",
    "基本满意",
    "按时完成",
    "按期完成",
    "如期完成",
    "达标",
    "有效提升",
    "明显改善",
    "逐步提高",
    "符合国家标准",
    "不低于上年水平",
    "是",
    "否",
]

values = st.integers(min_value=0, max_value=12).flatmap(
    lambda places: st.decimals(
        min_value=-(10**12),
        max_value=10**12,
        places=places,
        allow_nan=False,
        allow_infinity=False,
    )
)

quantitative_targets = st.builds(
    lambda operator, value, unit: Target(
        kind=TargetKind.QUANTITATIVE, text="", operator=operator, value=value, unit=unit
    ),
    st.sampled_from([None, *Operator]),
    st.one_of(st.just(Decimal(0)), values),
    st.sampled_from(UNITS),
)

qualitative_targets = st.builds(
    lambda phrase, or_better: Target(
        kind=TargetKind.QUALITATIVE, text="", standard=phrase, or_better=or_better
    ),
    st.sampled_from(STANDARDS),
    st.booleans(),
)


@st.composite
def dates(draw: st.DrawFn, with_year: bool = True) -> str:
    """An ISO-like bound: YYYY-MM or YYYY-MM-DD, or without a year --MM / --MM-DD."""
    year = draw(st.integers(min_value=1990, max_value=2090)) if with_year else None
    month = draw(st.integers(min_value=1, max_value=12))
    head = f"{year:04d}-{month:02d}" if year is not None else f"--{month:02d}"
    if not draw(st.booleans()):
        return head
    last = calendar.monthrange(year if year is not None else 2000, month)[1]
    return f"{head}-{draw(st.integers(min_value=1, max_value=last)):02d}"


def _sort_key(bound: str, is_end: bool) -> tuple[int, int, int]:
    parts = [int(p) for p in bound.lstrip("-").split("-")]
    if bound.startswith("--"):
        parts = [0, *parts]
    return parts[0], parts[1], parts[2] if len(parts) > 2 else (31 if is_end else 1)


@st.composite
def period_targets(draw: st.DrawFn) -> Target:
    shape = draw(st.sampled_from(["range", "yearless range", "deadline", "since", "single"]))
    with_year = shape != "yearless range" and (shape != "deadline" or draw(st.booleans()))
    first, second = draw(dates(with_year)), draw(dates(with_year))
    if _sort_key(first, False) > _sort_key(second, True):
        first, second = second, first
    start, end = {
        "range": (first, second),
        "yearless range": (first, second),
        "deadline": (None, second),
        "since": (first, None),
        "single": (first, first),
    }[shape]
    return Target(kind=TargetKind.PERIOD, text="", start=start, end=end)


any_target = st.one_of(quantitative_targets, qualitative_targets, period_targets())


@settings(max_examples=400, deadline=None)
@given(any_target)
def test_format_then_parse_keeps_the_meaning(target: Target) -> None:
    canonical = format_target(target)
    assert parse_target(canonical) == target.model_copy(update={"text": canonical})


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_text_only_ever_raises_target_syntax_error(text: str) -> None:
    try:
        target = parse_target(text)
    except TargetSyntaxError as error:
        assert error.text == text
    else:
        assert target.text == text


def _words(text: str) -> list[str]:
    return text.split()


GRAMMAR_TOKENS = [
    *"≥>=<≤≧≦≪€＞＝＜％%.．-~至 　\t0123456789０９↑",
    *_words("不低于 不少于 不高于 不超过 不多于 大于 高于 多于 超过 小于 低于 少于"),
    *_words("达到 达 等于 控制在 以上 及以上 以下 以内 内 底 前 起 年 月 日 年度 等次"),
    *_words("万元 元 亿元 千元 万 人次 人 次 个 项 条 平米 ㎡ 度 ℃ 天 M / 元/人 ‰ 永"),
    *_words("优 优秀 优良 良好 合格 中 差 按时完成 达标 有效提升 不发生 安全事故 无 零 投诉"),
]

grammar_text = st.lists(st.sampled_from(GRAMMAR_TOKENS), max_size=10).map("".join)


@settings(max_examples=800, deadline=None)
@given(grammar_text)
def test_text_built_from_the_grammar_only_ever_raises_target_syntax_error(text: str) -> None:
    try:
        parse_target(text)
    except TargetSyntaxError as error:
        assert f"“{text}”" in str(error)


@settings(max_examples=800, deadline=None)
@given(grammar_text)
def test_whatever_parses_has_a_canonical_form_with_the_same_meaning(text: str) -> None:
    try:
        target = parse_target(text)
    except TargetSyntaxError:
        return
    canonical = format_target(target)
    assert parse_target(canonical) == target.model_copy(update={"text": canonical})


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(list(Operator)), values)
def test_the_target_value_itself_meets_exactly_the_inclusive_operators(
    operator: Operator, value: Decimal
) -> None:
    target = Target(kind=TargetKind.QUANTITATIVE, text="", operator=operator, value=value)
    inclusive = operator in (Operator.GE, Operator.EQ, Operator.LE)
    assert meets(target, value) is inclusive


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from([Operator.GE, Operator.LE, None]),
    values.filter(lambda v: v > 0),
)
def test_reaching_the_target_value_exactly_is_full_achievement(
    operator: Operator | None, value: Decimal
) -> None:
    target = Target(kind=TargetKind.QUANTITATIVE, text="", operator=operator, value=value)
    assert achievement_ratio(target, value) == 1
