"""The target grammar reads every target form seen in published documents.

The tables below copy target strings literally from the real documents in the shared corpus
(table cells, including OCR damage, and prose clauses) and every form listed in the domain
reference; each row states what the string must mean.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from jixiao.domain.target import (
    Operator,
    Target,
    TargetKind,
    TargetSyntaxError,
    format_target,
    ocr_ge_candidates,
    parse_target,
    parse_target_parts,
)

GE, GT, EQ, LT, LE = Operator.GE, Operator.GT, Operator.EQ, Operator.LT, Operator.LE


def quantity(text: str, operator: Operator | None, value: str, unit: str | None) -> Any:
    expected = {"kind": TargetKind.QUANTITATIVE, "operator": operator, "value": Decimal(value)}
    return pytest.param(text, {**expected, "unit": unit}, id=text)


def standard(text: str, phrase: str, or_better: bool = False) -> Any:
    expected = {"kind": TargetKind.QUALITATIVE, "standard": phrase, "or_better": or_better}
    return pytest.param(text, expected, id=text)


def period(text: str, start: str | None, end: str | None) -> Any:
    return pytest.param(text, {"kind": TargetKind.PERIOD, "start": start, "end": end}, id=text)


# Cells of the target tables in the corpus, copied literally (OCR damage included).
CORPUS_TABLE_CELLS = [
    quantity("≥95%", GE, "95", "%"),
    quantity(">9", GT, "9", None),  # one cell OCR split in two (">9" | "95%"): each read as written
    quantity("95%", None, "95", "%"),
    quantity("≥90%", GE, "90", "%"),
    standard("良好", "良好"),
    quantity("<100%", LT, "100", "%"),
    quantity("€0", LE, "0", None),  # OCR: € for ≤
    quantity("≥36 平米", GE, "36", "平方米"),
    quantity("≥20度", GE, "20", "度"),
    quantity("≥5 次", GE, "5", "次"),
    quantity("≥20 人", GE, "20", "人"),
    quantity("≥60 户", GE, "60", "户"),
    quantity("≥2 次", GE, "2", "次"),
    quantity("≥300 册", GE, "300", "册"),
    quantity("≥4 次", GE, "4", "次"),
    quantity("≥24 期", GE, "24", "期"),
    quantity("=100%", EQ, "100", "%"),
    quantity("≥100%", GE, "100", "%"),
    quantity("≤1.1万元", LE, "1.1", "万元"),
    quantity("≤2 万元", LE, "2", "万元"),
    quantity("≤1 万元", LE, "1", "万元"),
    quantity("≤0.8万元", LE, "0.8", "万元"),
    quantity("≤0.4万元", LE, "0.4", "万元"),
    quantity("≤0.9万元", LE, "0.9", "万元"),
    quantity("≪0.4万元", LE, "0.4", "万元"),  # OCR: ≪ for ≤
    quantity("≪0.9万元", LE, "0.9", "万元"),
    quantity("≥5 项", GE, "5", "项"),
    quantity("≥2 个", GE, "2", "个"),
    quantity("≥10 条", GE, "10", "条"),
    quantity("≥10 件", GE, "10", "件"),
    quantity(" ≥2 ↑", GE, "2", "个"),  # OCR: ↑ for 个
    quantity(" ≥10 条", GE, "10", "条"),
    quantity(" ≥10 件", GE, "10", "件"),
    quantity("=10", EQ, "10", None),
    quantity("25 项", None, "25", "项"),  # maybe ≥5 项 misread: only ocr_ge_candidates says so
    quantity("8 万元", None, "8", "万元"),
    quantity("25%", None, "25", "%"),
    quantity("50%", None, "50", "%"),
    quantity("75%", None, "75", "%"),
    quantity("100%", None, "100", "%"),
    quantity("88. 29", None, "88.29", None),  # OCR: a space after the decimal point
    quantity("64. 18", None, "64.18", None),
    quantity("164万元", None, "164", "万元"),
    quantity("132万元", None, "132", "万元"),
    quantity("280人次", None, "280", "人次"),
    quantity("25人次", None, "25", "人次"),
    quantity("6次", None, "6", "次"),
    quantity("70%", None, "70", "%"),
    quantity("220", None, "220", None),
    quantity("87.57", None, "87.57", None),
    quantity("43.2", None, "43.2", None),
    quantity("37.24", None, "37.24", None),
    quantity("100", None, "100", None),
    quantity("10", None, "10", None),
    quantity("9", None, "9", None),
    quantity("86%", None, "86", "%"),
    quantity("0", None, "0", None),
    period("2022年", "2022-01", "2022-12"),
]

# Prose clauses of the corpus, copied literally: the bare comparison and the whole clause.
CORPUS_PROSE = [
    quantity("不低于95%", GE, "95", "%"),
    quantity("不低于90%", GE, "90", "%"),
    quantity("不低于 95%", GE, "95", "%"),
    quantity("不低于 90%", GE, "90", "%"),
    quantity("小于100%", LT, "100", "%"),
    quantity("不低于36平米", GE, "36", "平方米"),
    quantity("不低于20度", GE, "20", "度"),
    quantity("不少于 5次", GE, "5", "次"),
    quantity("不少于 20 人", GE, "20", "人"),
    quantity("不少于 60 户", GE, "60", "户"),
    quantity("不少于 2次", GE, "2", "次"),
    quantity("不少于 300 册", GE, "300", "册"),
    quantity("不少于 4次", GE, "4", "次"),
    quantity("不少于 24期", GE, "24", "期"),
    quantity("达不低于 90%", GE, "90", "%"),
    quantity("达 100%", GE, "100", "%"),
    quantity("不高于 1.1 万元", LE, "1.1", "万元"),
    quantity("不高于 2 万元", LE, "2", "万元"),
    quantity("不高于1万元", LE, "1", "万元"),
    quantity("不高于0.8万元", LE, "0.8", "万元"),
    quantity("不高于0.4万元", LE, "0.4", "万元"),
    quantity("不高于0.9万元", LE, "0.9", "万元"),
    quantity("不低于5项", GE, "5", "项"),
    quantity("不低于2个", GE, "2", "个"),
    quantity("不低于10件", GE, "10", "件"),
    quantity("不少于10条", GE, "10", "条"),
    quantity("不少于2个", GE, "2", "个"),
    quantity("职工年度考核通过率不低于95%", GE, "95", "%"),
    quantity("机关运行经费变动率小于100%", LT, "100", "%"),
    quantity("取暖面积不低于36平米", GE, "36", "平方米"),
    quantity("全年举办联谊活动次数不少于 5次", GE, "5", "次"),
    quantity("侨联干部委员参会率达不低于 90%", GE, "90", "%"),
    quantity("侨群来电来访咨询问题及时办结率达 100%", GE, "100", "%"),
    quantity("接待费成本不高于 1.1 万元", LE, "1.1", "万元"),
    quantity("不发生安全事故", LE, "0", "次"),
    quantity("机关不发生安全事故", LE, "0", "次"),
    quantity("主体班培训280人次", None, "280", "人次"),
    quantity("情景教学或外训批次6批次", None, "6", "批次"),
    quantity("开设课程数量220门", None, "220", "门"),
    quantity("年度预算220万元", None, "220", "万元"),
    standard("达到良好及以上等次", "良好", or_better=True),
    standard("单位年终考核成绩达到良好及以上等次", "良好", or_better=True),
    standard("确保如期完成", "确保如期完成"),
]

# Every form the domain reference lists, and the operator words and symbols it names.
REFERENCE_FORMS = [
    quantity(">95%", GT, "95", "%"),
    quantity("≥ 36 平米", GE, "36", "平方米"),
    quantity("≤0", LE, "0", None),
    quantity("10辆", None, "10", "辆"),
    quantity("≥80M", GE, "80", "M"),
    quantity("250万", None, "250", "万"),  # 万 alone is not taken for money
    standard("优良", "优良"),
    standard("良好及以上", "良好", or_better=True),
    period("2023.07-2024.01", "2023-07", "2024-01"),
    standard("按时完成", "按时完成"),
    quantity("不少于 5次", GE, "5", "次"),
    quantity("不高于1.1万元", LE, "1.1", "万元"),
    quantity("≥300 册", GE, "300", "册"),
    quantity("≥９５％", GE, "95", "%"),
    quantity("＞95%", GT, "95", "%"),
    quantity("＝100%", EQ, "100", "%"),
    quantity("＜100%", LT, "100", "%"),
    quantity(">=95%", GE, "95", "%"),
    quantity("<=5次", LE, "5", "次"),
    quantity("≧5", GE, "5", None),
    quantity("≦5", LE, "5", None),
    quantity("大于5次", GT, "5", "次"),
    quantity("高于80%", GT, "80", "%"),
    quantity("多于3场", GT, "3", "场"),
    quantity("超过1000人次", GT, "1000", "人次"),
    quantity("低于5%", LT, "5", "%"),
    quantity("少于3天", LT, "3", "天"),
    quantity("不超过10万元", LE, "10", "万元"),
    quantity("不多于2次", LE, "2", "次"),
    quantity("达到95%", GE, "95", "%"),
    quantity("等于100%", EQ, "100", "%"),
    quantity("大于等于90%", GE, "90", "%"),
    quantity("小于等于0.5万元", LE, "0.5", "万元"),
    quantity("9 5%", None, "95", "%"),  # OCR: a space between digits, with a unit after
    quantity("≥1.5‰", GE, "1.5", "‰"),
    quantity("≤200元/人", LE, "200", "元/人"),
    quantity("≥36㎡", GE, "36", "平方米"),
    quantity("≥36m²", GE, "36", "平方米"),
    quantity("≥18℃", GE, "18", "℃"),
    quantity("≥3批次", GE, "3", "批次"),
    quantity("≥4门", GE, "4", "门"),
    quantity("≥32课时", GE, "32", "课时"),
    quantity("≤10公里", LE, "10", "公里"),
    quantity("≤10km", LE, "10", "公里"),
    quantity("≥5台", GE, "5", "台"),
    quantity("≥2套", GE, "2", "套"),
    quantity("≥3所", GE, "3", "所"),
    quantity("≥3家", GE, "3", "家"),
    quantity("≤24小时", LE, "24", "小时"),
    quantity("≤1亿元", LE, "1", "亿元"),
    quantity("≤500千元", LE, "500", "千元"),
    quantity("≤12000元", LE, "12000", "元"),
    quantity("≥12个月", GE, "12", "个月"),
    quantity("≥1.5万人次", GE, "1.5", "万人次"),
    quantity("5项以上", GE, "5", "项"),
    quantity("30个工作日内", LE, "30", "工作日"),
    quantity("控制在1.1万元以内", LE, "1.1", "万元"),
    quantity("≤-5%", LE, "-5", "%"),
    quantity("1,000元", None, "1000", "元"),
    quantity("零投诉", LE, "0", "次"),
    quantity("无安全责任事故", LE, "0", "次"),
    standard("优", "优"),
    standard("优秀", "优秀"),
    standard("合格及以上", "合格", or_better=True),
    standard("良好以上", "良好", or_better=True),
    standard("中", "中"),
    standard("按期完成", "按期完成"),
    standard("如期完成", "如期完成"),
    standard("达标", "达标"),
    standard("有效提升", "有效提升"),
    standard("明显改善", "明显改善"),
    standard("不低于上年水平", "不低于上年水平"),
    standard("3年内完成建设", "3年内完成建设"),
    period("2023年7月-2024年1月", "2023-07", "2024-01"),
    period("2023年12月底前", None, "2023-12"),
    period("6月底前", None, "--06"),
    period("2023年12月31日前完成", None, "2023-12-31"),
    period("2023.07.01-2024.01.31", "2023-07-01", "2024-01-31"),
    period("2023-07至2024-01", "2023-07", "2024-01"),
    period("2023年7月-12月", "2023-07", "2023-12"),
    period("2023年7月", "2023-07", "2023-07"),
    period("2023年7月起", "2023-07", None),
]

ALL_FORMS = CORPUS_TABLE_CELLS + CORPUS_PROSE + REFERENCE_FORMS


@pytest.mark.parametrize(("text", "expected"), ALL_FORMS)
def test_reads_target_form(text: str, expected: dict[str, Any]) -> None:
    target = parse_target(text)
    assert target.text == text
    for field, value in expected.items():
        assert getattr(target, field) == value, field


@pytest.mark.parametrize(("text", "expected"), ALL_FORMS)
def test_canonical_form_reads_back_to_the_same_meaning(text: str, expected: dict[str, Any]) -> None:
    target = parse_target(text)
    canonical = format_target(target)
    assert parse_target(canonical) == target.model_copy(update={"text": canonical})


def test_table_covers_more_than_eighty_distinct_strings() -> None:
    assert len({param.values[0] for param in ALL_FORMS}) >= 80


def _corpus_text() -> str | None:
    for parent in Path(__file__).resolve().parents:
        folder = parent / "shared" / "corpus"
        if folder.is_dir():
            return "\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt")))
    return None


def test_corpus_strings_are_copied_literally_from_the_documents() -> None:
    corpus = _corpus_text()
    if corpus is None:
        pytest.skip("shared corpus not found beside the project")
    missing = [
        param.values[0]
        for param in CORPUS_TABLE_CELLS + CORPUS_PROSE
        if param.values[0] not in corpus
    ]
    assert missing == []


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("≥ 36 平米", "≥36平方米"),
        ("不高于 1.1 万元", "≤1.1万元"),
        ("≤1.10万元", "≤1.1万元"),
        ("=100.00%", "=100%"),
        ("10辆", "10辆"),
        ("良好及以上", "良好及以上"),
        ("达到良好及以上等次", "良好及以上"),
        ("2023年7月-2024年1月", "2023.07-2024.01"),
        ("2023年12月底前", "2023年12月底前"),
        ("6月30日前", "6月30日前"),
        ("不发生安全事故", "≤0次"),
        ("2022年度", "2022年"),
    ],
)
def test_formats_canonical_spelling(text: str, canonical: str) -> None:
    assert format_target(parse_target(text)) == canonical
    assert parse_target(text).canonical == canonical


def test_calendar_year_and_a_number_of_years_are_told_apart_by_the_space() -> None:
    assert parse_target("2023年").kind is TargetKind.PERIOD
    years = parse_target("2023 年")
    assert (years.kind, years.value, years.unit) == (TargetKind.QUANTITATIVE, Decimal(2023), "年")
    assert parse_target(format_target(years)) == years.model_copy(
        update={"text": format_target(years)}
    )


def test_two_digit_reading_is_kept_and_not_silently_repaired_to_greater_or_equal() -> None:
    target = parse_target("25 项")
    assert (target.operator, target.value) == (None, Decimal(25))


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [("25 项", "5", "项"), ("210 条", "10", "条"), ("22 个", "2", "个"), ("20.5%", "0.5", "%")],
)
def test_ocr_candidate_reads_leading_two_as_greater_or_equal(
    text: str, value: str, unit: str
) -> None:
    candidate = ocr_ge_candidates(text)
    assert candidate is not None
    assert (candidate.operator, candidate.value, candidate.unit) == (GE, Decimal(value), unit)
    assert candidate.text == text


@pytest.mark.parametrize("text", ["≥25 项", "35 项", "2%", "20 项", "22 1", "210 永", "2", "良好"])
def test_ocr_candidate_is_none_when_no_leading_two_can_be_an_operator(text: str) -> None:
    assert ocr_ge_candidates(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "≥",
        "≥abc",
        "abc",
        "不低于",
        "%%",
        "沙米长 仁",  # OCR debris from a scanned table
        "四四十二日 日 四十八八",
        "22 1",  # two cells run together, or ≥2 个: no single reading
        "210 永",  # 永 is no unit
        ">9\t95%",  # a value and its OCR duplicate in one string
        "2023.13-2024.01",
        "2024.01-2023.07",
        "2023年2月30日前",
        "约100人",
        "100人左右",
        "5-10天",
        "95.",
        "≥5 ↓",
        "x" * 300,
    ],
)
def test_unreadable_text_raises_error_quoting_it(text: str) -> None:
    with pytest.raises(TargetSyntaxError) as caught:
        parse_target(text)
    assert f"“{text}”" in str(caught.value)
    assert caught.value.text == text
    assert caught.value.reason


def test_non_text_input_raises_target_syntax_error() -> None:
    with pytest.raises(TargetSyntaxError):
        parse_target(95)  # type: ignore[arg-type]


def test_error_reason_for_comparison_without_value_is_in_chinese() -> None:
    with pytest.raises(TargetSyntaxError, match="缺少数值"):
        parse_target("不低于")


def test_error_reason_names_the_unknown_unit() -> None:
    with pytest.raises(TargetSyntaxError, match="“永”不是可识别的度量单位"):
        parse_target("210 永")


# --- split columns: 指标性质 | 指标值 | 度量单位 ------------------------------------------------


@pytest.mark.parametrize(
    ("operator", "value", "unit", "expected"),
    [
        ("=", "100", "%", (EQ, "100", "%")),
        ("≥", "95", "%", (GE, "95", "%")),
        ("大于等于", "95", "%", (GE, "95", "%")),
        ("小于等于", "1.1", "万元", (LE, "1.1", "万元")),
        ("≤", "≤1.1", "万元", (LE, "1.1", "万元")),
        ("≥", "95%", None, (GE, "95", "%")),
        ("≥", "95%", "%", (GE, "95", "%")),
        ("≥", "36", "平米", (GE, "36", "平方米")),
        (None, "10", "辆", (None, "10", "辆")),
        ("定量", "220", "", (None, "220", None)),
        ("", "≥20", "度", (GE, "20", "度")),
        ("≥", "５", "次", (GE, "5", "次")),
    ],
)
def test_reads_split_columns(
    operator: str | None, value: str, unit: str | None, expected: tuple[Any, str, str | None]
) -> None:
    target = parse_target_parts(operator, value, unit)
    assert target.kind is TargetKind.QUANTITATIVE
    assert (target.operator, target.value, target.unit) == (
        expected[0],
        Decimal(expected[1]),
        expected[2],
    )


def test_split_columns_keep_the_written_text_joined() -> None:
    assert parse_target_parts("=", "100", "%").text == "=100%"
    assert parse_target_parts("定量", "10", "辆").text == "10辆"


def test_split_columns_error_quotes_all_columns() -> None:
    with pytest.raises(TargetSyntaxError, match="“≥abc%”"):
        parse_target_parts("≥", "abc", "%")


def test_split_columns_read_qualitative_and_period_values() -> None:
    assert parse_target_parts("定性", "良好及以上", None) == Target(
        kind=TargetKind.QUALITATIVE, text="良好及以上", standard="良好", or_better=True
    )
    period_target = parse_target_parts(None, "2023.07-2024.01", None)
    assert (period_target.start, period_target.end) == ("2023-07", "2024-01")


@pytest.mark.parametrize(
    ("operator", "value", "unit"),
    [
        ("≥", "≤5", None),  # the columns contradict each other
        ("≥", "95%", "个"),
        ("定性", "100%", None),
        ("差不多", "5", None),
        ("≥", "良好", None),
        ("=", "5", "永"),
        ("≥", "", "%"),
    ],
)
def test_split_columns_that_disagree_raise_error(
    operator: str, value: str, unit: str | None
) -> None:
    with pytest.raises(TargetSyntaxError):
        parse_target_parts(operator, value, unit)


@pytest.mark.parametrize("text", ["不断缩小", "基本杜绝", "有效遏制", "每季度首月底前"])
def test_a_standard_that_narrows_or_ends_something_or_recurs_each_quarter_is_qualitative(
    text: str,
) -> None:
    target = parse_target(text)
    assert target.kind is TargetKind.QUALITATIVE
    assert target.standard == text


def test_a_grade_on_a_graded_scale_is_a_unit() -> None:
    target = parse_target("≥0.2个等级")
    assert (target.value, target.unit) == (Decimal("0.2"), "个等级")


@pytest.mark.parametrize(
    "text", ["每学期开学后30日内", "资金下达后2个月内", "收到申请后5个工作日内"]
)
def test_a_time_limit_counted_from_an_event_is_a_standard_as_written(text: str) -> None:
    target = parse_target(text)
    assert target.kind is TargetKind.QUALITATIVE
    assert target.standard == text


def test_a_time_limit_with_no_event_before_it_is_still_a_quantity() -> None:
    target = parse_target("30个工作日内")
    assert (target.operator, target.value, target.unit) == (Operator.LE, Decimal("30"), "工作日")


def test_money_per_student_and_year_is_a_unit() -> None:
    target = parse_target("1000元/生·年")
    assert (target.value, target.unit) == (Decimal("1000"), "元/生·年")


def test_zero_occurrence_is_a_standard() -> None:
    target = parse_target("零发生")
    assert (target.kind, target.standard) == (TargetKind.QUALITATIVE, "零发生")


def test_a_rate_per_thousand_people_is_a_unit() -> None:
    target = parse_target_parts("≥", "4.2", "批次/千人")
    assert (target.value, target.unit) == (Decimal("4.2"), "批次/千人")


def test_several_deadlines_in_one_target_are_a_standard_as_written() -> None:
    target = parse_target("2022年5月底、10月底前")
    assert (target.kind, target.standard) == (TargetKind.QUALITATIVE, "2022年5月底、10月底前")


def test_a_rate_per_thousand_people_with_its_value_is_a_unit() -> None:
    target = parse_target("5批次/千人")
    assert (target.value, target.unit) == (Decimal(5), "批次/千人")


def test_a_cadence_of_payment_is_a_standard() -> None:
    target = parse_target("按月发放")
    assert (target.kind, target.standard) == (TargetKind.QUALITATIVE, "按月发放")


def test_a_lasting_mechanism_is_a_standard() -> None:
    target = parse_target("长效")
    assert (target.kind, target.standard) == (TargetKind.QUALITATIVE, "长效")
