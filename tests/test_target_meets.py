"""Whether an actual value meets a target, how far it achieves it, and money conversion."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.domain.money import convert, format_decimal, to_wanyuan
from jixiao.domain.target import (
    Direction,
    achievement_ratio,
    infer_direction,
    meets,
    parse_target,
)
from jixiao.domain.units import canonical_unit, convert_quantity, units_compatible

# --- direction ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("≥95%", Direction.POSITIVE),
        (">95%", Direction.POSITIVE),
        ("=100%", Direction.POSITIVE),
        ("≤1.1万元", Direction.REVERSE),
        ("<100%", Direction.REVERSE),
        ("不发生安全事故", Direction.REVERSE),
        ("10辆", Direction.POSITIVE),
        ("0起", Direction.REVERSE),
        ("0次", Direction.REVERSE),
        ("良好及以上", Direction.POSITIVE),
        ("按时完成", Direction.POSITIVE),
        ("2023年12月底前", Direction.REVERSE),
    ],
)
def test_infers_direction_from_the_operator(text: str, direction: Direction) -> None:
    assert infer_direction(parse_target(text)) is direction


def test_direction_values_and_chinese_labels() -> None:
    assert (Direction.POSITIVE.value, Direction.POSITIVE.label) == ("positive", "正向")
    assert (Direction.REVERSE.value, Direction.REVERSE.label) == ("reverse", "反向")


# --- meets: quantitative ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actual", "expected"),
    [
        ("≥95%", Decimal("95"), True),
        ("≥95%", Decimal("94.99"), False),
        (">95%", Decimal("95"), False),
        (">95%", "95.1%", True),
        ("=100%", "100%", True),
        ("=100%", "99%", False),
        ("<100%", "100%", False),
        ("<100%", "99.9%", True),
        ("≤1.1万元", "1.1万元", True),
        ("≤1.1万元", "1.2万元", False),
        ("≤0", "0", True),
        ("≤0", "1", False),
    ],
)
def test_stated_operator_decides_whether_actual_meets(
    text: str, actual: Decimal | str, expected: bool
) -> None:
    assert meets(parse_target(text), actual) is expected


def test_actual_in_another_money_unit_is_converted_before_comparing() -> None:
    target = parse_target("≤12000元")
    assert meets(target, "1.2万元") is True
    assert meets(target, "1.21万元") is False
    assert meets(parse_target("≤1.1万元"), "11000元") is True


def test_actual_in_permille_is_converted_to_percent() -> None:
    assert meets(parse_target("≥95%"), "950‰") is True
    assert meets(parse_target("≥95%"), "949‰") is False


def test_actual_in_a_multiplied_count_unit_is_converted() -> None:
    assert meets(parse_target("≥1.5万人次"), "16000人次") is True
    assert meets(parse_target("≥1.5万人次"), "14999人次") is False


def test_actual_without_unit_is_taken_in_the_target_unit() -> None:
    assert meets(parse_target("≤1.1万元"), Decimal("1.1")) is True
    assert meets(parse_target("≤1.1万元"), "1.2") is False


def test_incompatible_units_raise_value_error_in_chinese() -> None:
    with pytest.raises(ValueError, match="无法换算"):
        meets(parse_target("≥95%"), "1.2万元")
    with pytest.raises(ValueError, match="无法换算"):
        meets(parse_target("≥10辆"), "12人")


def test_bare_value_is_a_floor_for_positive_and_a_ceiling_for_reverse() -> None:
    bare = parse_target("220")
    assert meets(bare, "230") is True
    assert meets(bare, "210") is False
    assert meets(bare, "210", Direction.REVERSE) is True
    assert meets(bare, "230", Direction.REVERSE) is False


def test_a_bare_zero_count_is_a_ceiling_that_any_incident_breaks() -> None:
    zero = parse_target("0起")
    assert meets(zero, "0起") is True
    assert meets(zero, "未发生安全事故") is True
    assert meets(zero, "2起") is False


def test_stated_operator_wins_over_a_given_direction() -> None:
    assert meets(parse_target("≥95%"), "96%", Direction.REVERSE) is True


def test_negated_event_is_met_by_zero_occurrences_in_any_wording() -> None:
    target = parse_target("不发生安全事故")
    assert meets(target, "0") is True
    assert meets(target, "0次") is True
    assert meets(target, "未发生安全事故") is True
    assert meets(target, "1次") is False
    assert meets(parse_target("≤0起"), "未发生安全事故") is True


def test_actual_that_is_not_a_value_raises_value_error() -> None:
    with pytest.raises(ValueError, match="实际完成值"):
        meets(parse_target("≥95%"), "良好")
    with pytest.raises(ValueError, match="实际完成值"):
        meets(parse_target("≥95%"), "≥96%")
    with pytest.raises(ValueError, match="实际完成值"):
        meets(parse_target("≥95%"), "说不清")


# --- meets: qualitative and periods -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actual", "expected"),
    [
        ("良好及以上", "优秀", True),
        ("良好及以上", "良好", True),
        ("良好及以上", "合格", False),
        ("良好", "优", True),  # a grade is a floor: nobody misses 良好 by scoring 优
        ("良好", "中", False),
        ("优良", "良", True),
        ("优良", "合格", False),
        ("合格", "中", True),
        ("合格", "差", False),
        ("达到良好及以上等次", "优秀", True),
        ("满意", "非常满意", True),
        ("满意", "基本满意", False),
    ],
)
def test_grades_compare_on_their_ladder(text: str, actual: str, expected: bool) -> None:
    assert meets(parse_target(text), actual) is expected


def test_standards_off_the_ladder_must_say_the_same_thing() -> None:
    target = parse_target("按时完成")
    assert meets(target, "按时完成") is True
    assert meets(target, "已按期完成") is True  # same meaning, other wording
    assert meets(target, "未按时完成") is False
    assert meets(parse_target("有效提升"), "明显改善") is False


def test_number_given_for_a_standard_raises_value_error() -> None:
    with pytest.raises(ValueError, match="定性指标"):
        meets(parse_target("良好"), Decimal(90))


def test_deadline_is_met_by_a_completion_date_no_later_than_it() -> None:
    deadline = parse_target("2023年12月底前")
    assert meets(deadline, "2023-12-31") is True
    assert meets(deadline, "2023年11月") is True
    assert meets(deadline, "2024年1月") is False


def test_yearless_deadline_compares_month_and_day() -> None:
    deadline = parse_target("6月底前")
    assert meets(deadline, "2023年6月15日") is True
    assert meets(deadline, "2023年7月1日") is False


def test_period_range_is_met_by_finishing_within_its_end() -> None:
    assert meets(parse_target("2023.07-2024.01"), "2024-01-20") is True
    assert meets(parse_target("2023.07-2024.01"), "2024-02") is False


def test_period_with_an_actual_that_is_no_date_raises_value_error() -> None:
    with pytest.raises(ValueError, match="日期"):
        meets(parse_target("2023年12月底前"), "按时完成")


# --- achievement ratio --------------------------------------------------------------------------


def test_positive_ratio_is_actual_over_target_and_not_capped() -> None:
    assert achievement_ratio(parse_target("≥80%"), "60%") == Decimal("0.75")
    assert achievement_ratio(parse_target("≥80%"), "100%") == Decimal("1.25")


def test_reverse_ratio_is_target_over_actual() -> None:
    assert achievement_ratio(parse_target("≤1.1万元"), "1.1万元") == 1
    assert achievement_ratio(parse_target("≤1万元"), "1.25万元") == Decimal("0.8")
    assert achievement_ratio(parse_target("≤1万元"), "0.8万元") == Decimal("1.25")


def test_reverse_ratio_converts_the_actual_unit_first() -> None:
    assert achievement_ratio(parse_target("≤1万元"), "12500元") == Decimal("0.8")


def test_zero_actual_within_a_ceiling_is_full_achievement() -> None:
    assert achievement_ratio(parse_target("≤1.1万元"), "0") == 1
    assert achievement_ratio(parse_target("≤0"), "0") == 1


def test_any_occurrence_above_a_zero_ceiling_achieves_nothing() -> None:
    assert achievement_ratio(parse_target("≤0"), "2") == 0
    assert achievement_ratio(parse_target("不发生安全事故"), "1次") == 0


def test_bare_value_ratio_follows_the_given_direction() -> None:
    bare = parse_target("220")
    assert achievement_ratio(bare, "110") == Decimal("0.5")
    assert achievement_ratio(bare, "110", Direction.REVERSE) == 2


def test_ratio_without_meaningful_division_is_all_or_nothing() -> None:
    assert achievement_ratio(parse_target("≥0"), "0") == 1
    assert achievement_ratio(parse_target("≤-5%"), "-6%") == 1
    assert achievement_ratio(parse_target("≤-5%"), "-4%") == 0


def test_qualitative_and_period_targets_have_no_ratio() -> None:
    with pytest.raises(ValueError, match="档次"):
        achievement_ratio(parse_target("良好"), "优")
    with pytest.raises(ValueError, match="时间指标"):
        achievement_ratio(parse_target("2023年12月底前"), "2023-12")


# --- money and units ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "from_unit", "to_unit", "expected"),
    [
        ("12000", "元", "万元", "1.2"),
        ("1.2", "万元", "元", "12000"),
        ("1.5", "亿元", "万元", "15000"),
        ("500", "千元", "万元", "50"),
        ("0.01", "元", "亿元", "0.0000000001"),
        ("64.18", "万元", "万元", "64.18"),
    ],
)
def test_converts_money_exactly(value: str, from_unit: str, to_unit: str, expected: str) -> None:
    result = convert(Decimal(value), from_unit, to_unit)
    assert result == Decimal(expected)
    assert format_decimal(result) == expected


def test_money_round_trip_keeps_every_digit() -> None:
    amount = Decimal("123456789012345678901234567890.123456789")
    assert convert(convert(amount, "元", "亿元"), "亿元", "元") == amount


def test_to_wanyuan_converts_into_the_budget_table_unit() -> None:
    assert to_wanyuan(Decimal("881200"), "元") == Decimal("88.12")
    assert to_wanyuan(Decimal("2"), "亿元") == Decimal("20000")


def test_unknown_money_unit_raises_value_error_in_chinese() -> None:
    with pytest.raises(ValueError, match="不是金额单位"):
        convert(Decimal(1), "万", "元")
    with pytest.raises(ValueError, match="不是金额单位"):
        to_wanyuan(Decimal(1), "美元")


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("1.10", "1.1"),
        ("100", "100"),
        ("1E+2", "100"),
        ("0.000", "0"),
        ("-0", "0"),
        ("1E-7", "0.0000001"),
        ("-2.50", "-2.5"),
        ("12345678901234567890.10", "12345678901234567890.1"),
    ],
)
def test_format_decimal_is_exact_without_exponent_or_trailing_zeros(value: str, text: str) -> None:
    assert format_decimal(Decimal(value)) == text


def test_format_decimal_refuses_non_finite_values() -> None:
    with pytest.raises(ValueError):
        format_decimal(Decimal("NaN"))


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        ("平米", "平方米"),
        ("㎡", "平方米"),
        ("m²", "平方米"),
        ("km", "公里"),
        ("°C", "℃"),
        ("度", "度"),
        ("万", "万"),
        ("元/人", "元/人"),
        ("元/人·天", "元/人·天"),
        ("万人次", "万人次"),
        ("个工作日", "工作日"),
        ("↑", "个"),
        ("永", None),
        ("", None),
        ("元/人/天", None),
    ],
)
def test_unit_table_reads_aliases_into_one_canonical_unit(raw: str, canonical: str | None) -> None:
    assert canonical_unit(raw) == canonical


def test_units_of_one_kind_convert_and_others_do_not() -> None:
    assert convert_quantity(Decimal("2"), "公顷", "平方米") == Decimal("20000")
    assert convert_quantity(Decimal("200"), "元/人", "万元/人") == Decimal("0.02")
    assert units_compatible("万元", "元") is True
    assert units_compatible("万", "个") is False
    assert units_compatible("天", "小时") is False  # no power-of-ten ratio: never rounded
