"""Consistency (一致性): the same indicator stated in the prose, the department table and a
project table must say the same; a name must agree with its definition and its category;
one table should write one kind of measure in one unit."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal
from functools import lru_cache
from typing import Final

from jixiao.domain.framework import Category, Subcategory
from jixiao.domain.library import EXPENSE_ITEMS, normalise_name
from jixiao.domain.model import PerformanceDocument
from jixiao.domain.money import MONEY_EXPONENTS
from jixiao.domain.review.finding import Finding, Severity
from jixiao.domain.review.index import ContainerKind, Statement
from jixiao.domain.review.rule import Family, Rule, RuleContext, register
from jixiao.domain.review.vocabulary import is_bounded_rate, is_rate
from jixiao.domain.target import Operator, Target, TargetKind
from jixiao.domain.units import convert_quantity, units_compatible

_RATIO_MARKS: Final = ("/", "÷", "比", "占", "率", "百分", "除以", "%", "%")
_ELLIPSES: Final = ("…", "...", "。。。")


def _values_equal(first: Target, second: Target) -> bool:
    """Same number, converting units when both have one (a missing unit matches any)."""
    if first.value is None or second.value is None:
        return False
    if first.unit is None or second.unit is None or first.unit == second.unit:
        return first.value == second.value
    if not units_compatible(first.unit, second.unit):
        return False
    return convert_quantity(second.value, second.unit, first.unit) == first.value


def _operators_agree(first: Target, second: Target, name: str) -> bool:
    """Operators that admit the same values: ≥ and a bare value (a floor); ≥ and = at 100% of a
    rate that cannot pass 100%; ≤ and = at 0 of a count."""
    ops = {first.operator, second.operator}
    if len(ops) == 1 or ops == {Operator.GE, None}:
        return True
    value = first.value
    if ops == {Operator.GE, Operator.EQ} and first.unit == "%" and value == Decimal(100):
        return is_bounded_rate(name)
    return ops == {Operator.LE, Operator.EQ} and value == 0


def same_meaning(first: Target, second: Target, name: str) -> bool:
    """Whether two targets of one indicator admit the same results (their wording may differ).

    A grade with and without 及以上 is the same floor (the target grammar reads a grade as a
    floor), so 良好 and 良好及以上 differ only in wording."""
    if first.kind is not second.kind:
        return False
    if first.kind is TargetKind.QUANTITATIVE:
        return _values_equal(first, second) and _operators_agree(first, second, name)
    if first.kind is TargetKind.QUALITATIVE:
        return first.standard == second.standard
    return (first.start, first.end) == (second.start, second.end)


def _with_targets(cluster: Sequence[Statement]) -> list[Statement]:
    return [s for s in cluster if s.indicator.target is not None]


def _stated(statements: Sequence[Statement]) -> str:
    return ",".join(
        f"{s.container.label}写作“{s.indicator.target.text if s.indicator.target else ''}”"
        for s in statements
    )


def _all_same_meaning(statements: Sequence[Statement]) -> bool:
    first = statements[0].indicator.target
    assert first is not None
    return all(
        same_meaning(first, s.indicator.target, statements[0].indicator.name)
        for s in statements[1:]
        if s.indicator.target is not None
    )


def _wording_differs(statements: Sequence[Statement]) -> bool:
    return len({s.target_text for s in statements}) > 1


@register
class TargetConflict(Rule):
    """同一指标在文字说明、部门整体表和项目表中指标值不同(数值、标准或比较方向不一致)。"""

    code = "CONSIST.TARGET_CONFLICT"
    title = "同一指标指标值矛盾"
    family = Family.CONSISTENCY
    default_severity = Severity.ERROR

    def check(self, document: PerformanceDocument, context: RuleContext) -> Iterator[Finding]:
        for cluster in context.index.clusters():
            statements = _with_targets(cluster)
            if len(statements) < 2 or _all_same_meaning(statements):
                continue
            yield context.finding(
                statements[0].location("target"),
                f"指标“{statements[0].indicator.name}”的指标值前后矛盾:{_stated(statements)}",
                "同一指标在文字说明和各表中应是同一个指标值,确认后统一",
                tuple(s.location("target") for s in statements[1:]),
            )


@register
class TargetWording(Rule):
    """同一指标在不同位置的指标值含义相同但写法不同(如“良好”与“良好及以上”、“=100%”与“≥100%”)。"""

    code = "CONSIST.TARGET_WORDING"
    title = "同一指标指标值写法不一"
    family = Family.CONSISTENCY
    default_severity = Severity.WARNING

    def check(self, document: PerformanceDocument, context: RuleContext) -> Iterator[Finding]:
        for cluster in context.index.clusters():
            statements = _with_targets(cluster)
            if len(statements) < 2 or not _all_same_meaning(statements):
                continue
            if not _wording_differs(statements):
                continue
            yield context.finding(
                statements[0].location("target"),
                f"指标“{statements[0].indicator.name}”的指标值写法不一:{_stated(statements)}",
                "含义虽相同,申报表与文字说明应采用同一写法,避免监控和评价时理解不同",
                tuple(s.location("target") for s in statements[1:]),
            )


def _money_unit(statement: Statement) -> str | None:
    target = statement.indicator.target
    if target is None or target.kind is not TargetKind.QUANTITATIVE or target.unit is None:
        return None
    unit = target.unit.split("/")[0]
    return target.unit if unit in MONEY_EXPONENTS else None


@register
class UnitMix(Rule):
    """同一张表中的金额指标混用不同单位(如有的以“元”计、有的以“万元”计)。"""

    code = "CONSIST.UNIT"
    title = "同表金额单位不统一"
    family = Family.CONSISTENCY
    default_severity = Severity.WARNING

    def check(self, document: PerformanceDocument, context: RuleContext) -> Iterator[Finding]:
        for container in context.index.containers:
            by_unit: dict[str, list[Statement]] = {}
            for statement in context.index.in_container(container):
                unit = _money_unit(statement)
                if unit is not None and "/" not in unit:  # 元/人 is a different measure
                    by_unit.setdefault(unit, []).append(statement)
            if len(by_unit) < 2:
                continue
            described = ";".join(
                f"以“{unit}”计:" + "、".join(f"“{s.indicator.name}”" for s in group)
                for unit, group in by_unit.items()
            )
            statements = [s for group in by_unit.values() for s in group]
            yield context.finding(
                statements[0].location("target"),
                f"{container.label}的金额指标单位不统一({described})",
                "同一张表中的金额统一以一种单位(一般为万元)填写,避免汇总和比较时出错",
                tuple(s.location("target") for s in statements[1:]),
            )


@lru_cache(maxsize=16384)
def expense_items(text: str) -> frozenset[str]:
    """The items of expenditure a text names (接待费, 会议费, …), as canonical items."""
    rest = normalise_name(text)
    found: set[str] = set()
    for spelling, item in EXPENSE_ITEMS.items():  # longest first: 车辆运行维护费 before 维护费
        if spelling in rest:
            found.add(item)
            rest = rest.replace(spelling, "|")
    return frozenset(found)


@register
class NameDefinition(Rule):
    """指标名称与指标解释说的不是同一项支出(如名称为某项费用成本,解释却是另一项费用)。"""

    code = "CONSIST.NAME_DEFINITION"
    title = "指标名称与解释不符"
    family = Family.CONSISTENCY
    default_severity = Severity.WARNING

    def check(self, document: PerformanceDocument, context: RuleContext) -> Iterator[Finding]:
        for statement in context.index.statements:
            definition = statement.indicator.definition or ""
            in_name = expense_items(statement.indicator.name)
            in_definition = expense_items(definition)
            if not in_name or not in_definition or in_name & in_definition:
                continue
            yield context.finding(
                statement.location("definition"),
                f"指标名称“{statement.indicator.name}”说的是{'、'.join(sorted(in_name))},"
                f"指标解释“{definition}”说的却是{'、'.join(sorted(in_definition))}",
                _definition_hint(statement, definition, context),
            )


def _definition_hint(statement: Statement, definition: str, context: RuleContext) -> str:
    """Points at indicators elsewhere named as this one's definition reads."""
    key = normalise_name(definition)
    named = [s for s in context.index.statements if s is not statement and s.key == key]
    hint = "核对该指标究竟是哪一项支出,统一名称和解释"
    if named:
        places = "、".join(dict.fromkeys(s.container.label for s in named))
        hint += f";{places}中有名为“{named[0].indicator.name}”的指标"
    return hint


@register
class RateDefinition(Rule):
    """比率类指标(名称以“率”结尾)的指标解释没有写明分子和分母。"""

    code = "CONSIST.RATE_DEFINITION"
    title = "比率指标解释不是比率"
    family = Family.CONSISTENCY
    default_severity = Severity.INFO

    def check(self, document: PerformanceDocument, context: RuleContext) -> Iterator[Finding]:
        for statement in context.index.statements:
            definition = (statement.indicator.definition or "").strip()
            if not definition or not is_rate(statement.indicator.name):
                continue
            if any(mark in definition for mark in _ELLIPSES):
                continue  # the text is incomplete: nothing to judge
            if any(mark in definition for mark in _RATIO_MARKS):
                continue
            yield context.finding(
                statement.location("definition"),
                f"指标“{statement.indicator.name}”是比率,指标解释“{definition}”却没有写明"
                "分子和分母",
                "比率指标的解释写成“××数/××总数×100%”,说明如何计算",
            )


def _misfiled(statement: Statement) -> str | None:
    """Which category the name asks for, when the indicator is filed elsewhere."""
    indicator = statement.indicator
    name = normalise_name(indicator.name)
    if indicator.category is None:
        return None
    if name.endswith("满意度") and indicator.category is not Category.SATISFACTION:
        return Category.SATISFACTION.label
    filed_as_cost = indicator.category is Category.COST or (
        indicator.category is Category.OUTPUT and indicator.subcategory in (Subcategory.COST, None)
    )
    if name.endswith("成本") and not filed_as_cost:
        return "产出指标下的成本指标"
    return None


@register
class NameCategory(Rule):
    """指标名称与所列的一级/二级指标不符(如“××满意度”列在效益指标下,“××成本”列在数量指标下)。"""

    code = "CONSIST.NAME_CATEGORY"
    title = "指标归类与名称不符"
    family = Family.CONSISTENCY
    default_severity = Severity.WARNING

    def check(self, document: PerformanceDocument, context: RuleContext) -> Iterator[Finding]:
        for statement in context.index.statements:
            if statement.container.kind is ContainerKind.SECTION:
                continue
            wanted = _misfiled(statement)
            if wanted is None:
                continue
            indicator = statement.indicator
            filed = indicator.category.label if indicator.category else ""
            if indicator.subcategory is not None:
                filed += f"/{indicator.subcategory.label}"
            yield context.finding(
                statement.location("category"),
                f"指标“{indicator.name}”列在{filed}下,按名称应属于{wanted}",
                f"将“{indicator.name}”归入{wanted}",
            )
