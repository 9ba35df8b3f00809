"""Target-quality rules: targets that cannot fail or be reached, wrong direction or unit,
duplicates, vague standards, laxer than history or far from peers; each silent on the clean
declaration."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.domain.framework import Category, Subcategory
from jixiao.domain.library import standard_library
from jixiao.domain.model import PerformanceDocument
from jixiao.domain.review import (
    Family,
    ReferenceValue,
    ReviewContext,
    Rule,
    Severity,
    all_rules,
)
from review_helpers import changed, clean_declaration, findings, indicator

CLEAN = clean_declaration()


@pytest.mark.parametrize(
    "rule", [r for r in all_rules() if r.family is Family.TARGET_QUALITY], ids=lambda r: r.code
)
def test_rule_is_silent_on_the_clean_declaration(rule: Rule) -> None:
    assert findings(CLEAN, rule.code) == []


def _with(name: str, target: str, definition: str | None = None) -> PerformanceDocument:
    """The clean declaration with one more output indicator in the project."""
    extra = indicator(name, target, Category.OUTPUT, Subcategory.QUALITY, definition)
    return changed(CLEAN, "projects.0.indicators", [*CLEAN.projects[0].indicators, extra])


@pytest.mark.parametrize("target", ["≥105%", ">100%", "<0%"])
def test_a_share_beyond_its_range_cannot_be_reached(target: str) -> None:
    found = findings(_with("资料归档率", target, "归档数/应归档数"), "TARGET.UNREACHABLE")
    assert len(found) == 1 and found[0].severity is Severity.ERROR
    assert target in found[0].message


def test_a_growth_rate_above_100_percent_is_reachable() -> None:
    assert findings(_with("观众人次增长率", "≥120%"), "TARGET.UNREACHABLE") == []


@pytest.mark.parametrize("target", ["≤100%", "≥0%", "≥0次"])
def test_targets_every_result_meets_cannot_fail(target: str) -> None:
    name = "培训次数" if target.endswith("次") else "资料归档率"
    found = findings(_with(name, target, "归档数/应归档数"), "TARGET.CANNOT_FAIL")
    assert len(found) == 1 and "都能达到" in found[0].message


def test_a_change_rate_below_100_percent_cannot_fail() -> None:
    found = findings(_with("办公经费变动率", "<100%"), "TARGET.CANNOT_FAIL")
    assert len(found) == 1
    assert "增幅不到一倍" in found[0].message


def test_a_change_rate_defined_as_a_ratio_of_years_may_be_below_100_percent() -> None:
    document = _with("办公经费变动率", "<100%", "本年办公经费/上年办公经费×100%")
    assert findings(document, "TARGET.CANNOT_FAIL") == []


def test_a_control_rate_at_most_100_percent_can_fail() -> None:
    assert findings(_with("编制内人员控制率", "≤100%"), "TARGET.CANNOT_FAIL") == []


def test_a_share_of_at_least_100_percent_should_be_written_equal() -> None:
    found = findings(_with("资料归档率", "≥100%"), "TARGET.RATE_CEILING")
    assert len(found) == 1 and "=100%" in (found[0].suggestion or "")


def test_reaching_100_percent_in_words_is_not_corrected() -> None:
    assert findings(_with("资料归档率", "达到100%"), "TARGET.RATE_CEILING") == []


def test_a_floor_on_a_reverse_library_indicator_is_reported_with_the_library_reason() -> None:
    found = findings(_with("在职人员控制率", "≥90%"), "TARGET.DIRECTION")
    assert len(found) == 1
    assert "设了下限" in found[0].message and "反向指标" in found[0].message
    assert "≤100%" in (found[0].suggestion or "")


def test_a_ceiling_on_a_positive_library_indicator_is_reported() -> None:
    found = findings(_with("政府采购执行率", "≤90%"), "TARGET.DIRECTION")
    assert len(found) == 1 and "设了上限" in found[0].message


def test_a_floor_on_a_cost_is_reported_from_its_name() -> None:
    found = findings(_with("场馆运维成本", "≥10万元"), "TARGET.DIRECTION")
    assert len(found) == 1 and "名称表明" in found[0].message


@pytest.mark.parametrize(
    ("name", "target"), [("资料归档率", "≥5次"), ("培训次数", "≥90%"), ("场馆运维成本", "≤10次")]
)
def test_a_unit_that_does_not_fit_the_name_is_reported(name: str, target: str) -> None:
    found = findings(_with(name, target), "TARGET.UNIT_NAME")
    assert len(found) == 1 and found[0].location.indicator == name


def test_a_number_without_unit_is_an_info_but_zero_is_fine() -> None:
    found = findings(_with("资料归档率", "≥95"), "TARGET.UNIT_MISSING")
    assert len(found) == 1 and found[0].severity is Severity.INFO
    assert "比率" in found[0].message
    assert findings(_with("安全事故发生次数", "≤0"), "TARGET.UNIT_MISSING") == []


def test_the_same_indicator_twice_in_one_table_is_a_duplicate() -> None:
    found = findings(_with("举办展览场次", "≥10场"), "TARGET.DUPLICATE")
    assert len(found) == 1
    assert "出现 2 次" in found[0].message and "≥12场" in found[0].message
    assert len(found[0].related) == 1


def test_a_vague_standard_is_reported_with_its_words() -> None:
    found = findings(_with("服务水平", "有效提升"), "TARGET.VAGUE")
    assert len(found) == 1 and "有效" in found[0].message


def _value(department: str, year: int, value: str, text: str) -> ReferenceValue:
    return ReferenceValue(department, year, "预算执行率", Decimal(value), "%", text)


def test_a_target_below_last_year_is_reported() -> None:
    history = {
        ("某市文化馆", "D01"): (
            _value("某市文化馆", 2022, "90", "≥90%"),
            _value("某市文化馆", 2023, "98", "≥98%"),
        )
    }
    found = findings(CLEAN, "TARGET.BELOW_HISTORY", ReviewContext(history=history))
    assert len(found) == 1
    assert "2023 年" in found[0].message and "98%" in found[0].message


def test_a_target_at_last_years_level_is_accepted() -> None:
    history = {("某市文化馆", "D01"): (_value("某市文化馆", 2023, "95", "≥95%"),)}
    assert findings(CLEAN, "TARGET.BELOW_HISTORY", ReviewContext(history=history)) == []


def test_a_target_far_from_peer_departments_is_an_info() -> None:
    peers = {"D01": tuple(_value(f"部门{i}", 2024, "40", "≥40%") for i in range(4))}
    found = findings(CLEAN, "TARGET.PEER_OUTLIER", ReviewContext(peers=peers))
    assert len(found) == 1 and found[0].severity is Severity.INFO
    assert "4 个部门" in found[0].message and "中位数 40%" in found[0].message


def test_peers_of_another_year_or_too_few_peers_say_nothing() -> None:
    other_year = {"D01": tuple(_value(f"部门{i}", 2023, "40", "≥40%") for i in range(4))}
    too_few = {"D01": tuple(_value(f"部门{i}", 2024, "40", "≥40%") for i in range(2))}
    for peers in (other_year, too_few):
        assert findings(CLEAN, "TARGET.PEER_OUTLIER", ReviewContext(peers=peers)) == []


def test_context_is_built_from_earlier_years_and_same_year_peers() -> None:
    earlier = clean_declaration(fiscal_year=2023)
    peer = clean_declaration(department="某市图书馆")
    unrelated = clean_declaration(department="某市图书馆", fiscal_year=2022)
    context = ReviewContext.from_documents(CLEAN, [earlier, peer, unrelated], standard_library())
    assert [v.fiscal_year for v in context.history_of("某市文化馆", "D01")] == [2023]
    assert {v.department for v in context.peers_of("D01", 2024, "某市文化馆")} == {"某市图书馆"}
