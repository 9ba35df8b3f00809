"""Target quality (指标值质量): targets that cannot fail or cannot be reached, operators against
the indicator's direction, units that do not fit the name, duplicates, vague standards, and
targets laxer than the department's own history or far from its peers.

A problem stated in the same words in the prose and in a table is raised once, at its first
place, with the others as related locations."""

from __future__ import annotations

import statistics
from abc import abstractmethod
from collections.abc import Iterator
from decimal import Decimal
from typing import Final

from jixiao.domain.library import LibraryMatch
from jixiao.domain.model import PerformanceDocument
from jixiao.domain.review.context import ReferenceValue, in_library_unit
from jixiao.domain.review.finding import Finding, Severity
from jixiao.domain.review.index import Statement
from jixiao.domain.review.rule import Family, Rule, RuleContext, register, settings
from jixiao.domain.review.vocabulary import (
    CHANGE_RATE_WORDS,
    DOWNWARD,
    UNBOUNDED_RATE_WORDS,
    UPWARD,
    VAGUE_WORDS,
    amount,
    expected_unit,
    has_word,
    is_bounded_rate,
    is_rate,
    percent_value,
)
from jixiao.domain.target import Direction, Operator, Target, TargetKind

_HUNDRED: Final = Decimal(100)
_COUNT_LABELS: Final = frozenset({"次数", "人数", "户数", "天数", "人次"})
_SUBTRACTION: Final = ("-", "−", "减", "差")
REVERSE_WORDS: Final = ("成本", "费用", "事故", "投诉", "差错", "违规", "违纪", "超支", "案件")

Problem = tuple[str, str]  # message, suggestion


def _quantity(statement: Statement) -> Target | None:
    target = statement.indicator.target
    if target is None or target.kind is not TargetKind.QUANTITATIVE or target.value is None:
        return None
    return target


def _is_count(name: str) -> bool:
    expected = expected_unit(name)
    return expected is not None and expected[0] in _COUNT_LABELS


class _PerStatement(Rule):
    """A check of each indicator's own target; the same problem in linked places is folded."""

    @abstractmethod
    def problem(self, statement: Statement, context: RuleContext) -> Problem | None:
        """(message, suggestion) when the statement has the problem."""

    def check(self, document: PerformanceDocument, context: RuleContext) -> Iterator[Finding]:
        found: dict[int, Problem] = {}
        flagged = []
        for statement in context.index.statements:
            problem = self.problem(statement, context)
            if problem is not None:
                found[id(statement)] = problem
                flagged.append(statement)
        for statement, others in context.index.grouped(flagged):
            message, suggestion = found[id(statement)]
            yield context.finding(
                statement.location("target"),
                message,
                suggestion,
                tuple(o.location("target") for o in others),
            )


def _quoted(statement: Statement) -> str:
    target = statement.indicator.target
    text = target.text if target else ""
    return f"“{statement.indicator.name}”的指标值“{text}”"


@register
class Unreachable(_PerStatement):
    """指标值不可能达到:不超过 100% 的比率要求超过 100%,次数、人数要求小于 0。"""

    code = "TARGET.UNREACHABLE"
    title = "指标值无法达到"
    family = Family.TARGET_QUALITY
    default_severity = Severity.ERROR
    params = settings(unbounded_rate_words=UNBOUNDED_RATE_WORDS)

    def problem(self, statement: Statement, context: RuleContext) -> Problem | None:
        target = _quantity(statement)
        if target is None or target.value is None:
            return None
        name = statement.indicator.name
        bounded = is_bounded_rate(name, context.words("unbounded_rate_words"))
        share = percent_value(target)
        op = target.operator
        above = share is not None and (
            (op in (Operator.GE, Operator.EQ, None) and share > _HUNDRED)
            or (op is Operator.GT and share >= _HUNDRED)
        )
        if bounded and above:
            return (
                f"{_quoted(statement)}无法达到:该比率最高为 100%",
                "比率指标的目标值应在 100% 以内",
            )
        below_zero = (op is Operator.LT and target.value <= 0) or (
            op is Operator.LE and target.value < 0
        )
        if below_zero and (bounded or _is_count(name)):
            return (
                f"{_quoted(statement)}无法达到:数量和比率不会小于 0",
                "要求“不发生”时写“≤0”或“=0”",
            )
        return None


def _change_rate_is_difference(statement: Statement) -> bool:
    """Whether the change rate is (this year − last year) ÷ last year: stated so, or not
    stated at all (the usual reading); a definition such as 本年/上年 is a ratio."""
    definition = statement.indicator.definition or ""
    return not definition.strip() or any(mark in definition for mark in _SUBTRACTION)


@register
class CannotFail(_PerStatement):
    """指标值无论结果如何都能达到:比率“≤100%”、数量“≥0”、变动率“<100%”(变动率按增减幅度计)。"""

    code = "TARGET.CANNOT_FAIL"
    title = "指标值形同虚设"
    family = Family.TARGET_QUALITY
    default_severity = Severity.WARNING
    params = settings(
        unbounded_rate_words=UNBOUNDED_RATE_WORDS,
        change_rate_words=CHANGE_RATE_WORDS,
        change_rate_ceiling=_HUNDRED,
    )

    def problem(self, statement: Statement, context: RuleContext) -> Problem | None:
        target = _quantity(statement)
        if target is None or target.value is None:
            return None
        name = statement.indicator.name
        share, op = percent_value(target), target.operator
        change = has_word(name, context.words("change_rate_words"))
        if change and share is not None and op in DOWNWARD:
            ceiling = context.decimal("change_rate_ceiling")
            if share >= ceiling and _change_rate_is_difference(statement):
                return (
                    f"{_quoted(statement)}几乎不可能达不到:变动率按(本年-上年)÷上年计算时,"
                    f"小于 {amount(ceiling)}% 只要求增幅不到一倍",
                    "写明要控制的幅度(如“≤0%”表示不增长);若变动率按本年÷上年计算,"
                    "请在指标解释中写明公式",
                )
            return None
        bounded = is_bounded_rate(name, context.words("unbounded_rate_words"))
        ceiling_at_full = share is not None and (
            share > _HUNDRED or (share == _HUNDRED and op is Operator.LE)
        )
        if bounded and op in DOWNWARD and ceiling_at_full:
            return (
                f"{_quoted(statement)}无论结果如何都能达到:该比率不会超过 100%",
                "设定实际要求达到的水平(正向比率用“≥”设下限)",
            )
        floor = (op is Operator.GE and target.value <= 0) or (
            op is Operator.GT and target.value < 0
        )
        if floor and not change and (bounded or _is_count(name)):
            return (
                f"{_quoted(statement)}无论结果如何都能达到:数量和比率不会小于 0",
                "设定实际要求达到的数量或水平",
            )
        return None


@register
class RateCeiling(_PerStatement):
    """不超过 100% 的比率写成“≥100%”:只有恰好 100% 才能达到,应写“=100%”。"""

    code = "TARGET.RATE_CEILING"
    title = "比率指标值写成≥100%"
    family = Family.TARGET_QUALITY
    default_severity = Severity.WARNING
    params = settings(unbounded_rate_words=UNBOUNDED_RATE_WORDS)

    def problem(self, statement: Statement, context: RuleContext) -> Problem | None:
        target = _quantity(statement)
        if target is None or target.operator is not Operator.GE:
            return None
        if percent_value(target) != _HUNDRED or target.text.strip().startswith("达"):
            return None  # “达到100%” reads as “reaches 100%”: nothing to correct
        if not is_bounded_rate(statement.indicator.name, context.words("unbounded_rate_words")):
            return None
        return (
            f"{_quoted(statement)}:该比率最高为 100%,“≥100%”实际只能是恰好 100%",
            "写成“=100%”;如允许少量未完成,写明下限(如“≥95%”)",
        )


def _expected_direction(statement: Statement, context: RuleContext) -> tuple[Direction, str] | None:
    """The direction the indicator should have, and why, from the library or the name."""
    match: LibraryMatch | None = context.index.match(statement)
    if match is not None and match.score >= float(context.decimal("min_score")):
        entry = match.entry
        why = f"库指标“{entry.name}”({entry.definition})为{entry.direction.label}指标"
        return entry.direction, why
    name = statement.indicator.name
    if has_word(name, context.words("reverse_words")) and not is_rate(name):
        return Direction.REVERSE, "名称表明是越低越好的反向指标"
    return None


@register
class DirectionMismatch(_PerStatement):
    """比较符号与指标方向相反:反向指标(成本、事故、控制率等)设了下限,或正向指标设了上限。"""

    code = "TARGET.DIRECTION"
    title = "指标值方向与指标相反"
    family = Family.TARGET_QUALITY
    default_severity = Severity.WARNING
    params = settings(min_score=Decimal("0.8"), reverse_words=REVERSE_WORDS)

    def problem(self, statement: Statement, context: RuleContext) -> Problem | None:
        target = _quantity(statement)
        if target is None or target.operator not in UPWARD | DOWNWARD:
            return None
        expected = _expected_direction(statement, context)
        if expected is None:
            return None
        direction, why = expected
        stated = Direction.POSITIVE if target.operator in UPWARD else Direction.REVERSE
        if stated is direction:
            return None
        bound = "下限" if stated is Direction.POSITIVE else "上限"
        match = context.index.match(statement)
        typical = match.entry.typical if match is not None and match.entry.typical else None
        suggestion = (
            "反向指标应设上限(≤)" if direction is Direction.REVERSE else "正向指标应设下限(≥)"
        )
        if typical:
            suggestion += f",指标库典型值为 {typical}"
        return f"{_quoted(statement)}设了{bound},而{why}", suggestion


@register
class UnitName(_PerStatement):
    """指标值的单位与名称不符(如比率以“次”计、次数以“%”计、成本不以金额计)。"""

    code = "TARGET.UNIT_NAME"
    title = "单位与指标名称不符"
    family = Family.TARGET_QUALITY
    default_severity = Severity.WARNING

    def problem(self, statement: Statement, context: RuleContext) -> Problem | None:
        target = _quantity(statement)
        if target is None or target.unit is None:
            return None
        expected = expected_unit(statement.indicator.name)
        if expected is None or expected[1](target.unit):
            return None
        label = expected[0]
        return (
            f"{_quoted(statement)}以“{target.unit}”计,而按名称这是{label}",
            f"核对指标名称和单位:{label}应使用相应的单位",
        )


@register
class UnitMissing(_PerStatement):
    """定量指标值没有度量单位(0 除外:0 次与 0 人都是 0)。"""

    code = "TARGET.UNIT_MISSING"
    title = "指标值缺少单位"
    family = Family.TARGET_QUALITY
    default_severity = Severity.INFO

    def problem(self, statement: Statement, context: RuleContext) -> Problem | None:
        target = _quantity(statement)
        if target is None or target.unit is not None or target.value == 0:
            return None
        expected = expected_unit(statement.indicator.name)
        hint = f"(按名称这是{expected[0]})" if expected else ""
        return f"{_quoted(statement)}没有度量单位{hint}", "在数值后写明单位,如 %、次、人、万元"


@register
class Duplicate(Rule):
    """同一张表(或同一段说明)中同一指标出现两次以上。"""

    code = "TARGET.DUPLICATE"
    title = "指标重复"
    family = Family.TARGET_QUALITY
    default_severity = Severity.WARNING

    def check(self, document: PerformanceDocument, context: RuleContext) -> Iterator[Finding]:
        for container in context.index.containers:
            by_key: dict[str, list[Statement]] = {}
            for statement in context.index.in_container(container):
                by_key.setdefault(statement.key, []).append(statement)
            for group in by_key.values():
                if len(group) < 2:
                    continue
                targets = "、".join(f"“{s.target_text or '无'}”" for s in group)
                yield context.finding(
                    group[0].location("name"),
                    f"{container.label}中指标“{group[0].indicator.name}”出现 {len(group)} 次"
                    f"(指标值 {targets})",
                    "删除重复的指标;如确是不同内容,用名称区分",
                    tuple(s.location("name") for s in group[1:]),
                )


@register
class Vague(_PerStatement):
    """定性指标值含糊(如“有效提升”“进一步完善”),无法判断是否达到。"""

    code = "TARGET.VAGUE"
    title = "定性指标值含糊"
    family = Family.TARGET_QUALITY
    default_severity = Severity.WARNING
    params = settings(vague_words=VAGUE_WORDS)

    def problem(self, statement: Statement, context: RuleContext) -> Problem | None:
        target = statement.indicator.target
        if target is None or target.kind is not TargetKind.QUALITATIVE:
            return None
        words = [w for w in context.words("vague_words") if w in (target.standard or "")]
        if not words:
            return None
        return (
            f"{_quoted(statement)}含糊(“{'”“'.join(words)}”),无法判断是否达到",
            "改为可衡量的指标值(数值、等级或明确的完成标准)",
        )


def _compared(
    statement: Statement, context: RuleContext
) -> tuple[Target, LibraryMatch, Decimal] | None:
    """Target, library match and value in the library's unit, for history and peer checks
    (worked out once per statement: both rules ask)."""
    key = ("compared", id(statement))
    if key not in context.index.memo:
        target = _quantity(statement)
        match = context.index.match(statement)
        value = in_library_unit(statement.indicator, match.entry) if target and match else None
        found = None if target is None or match is None or value is None else (target, match, value)
        context.index.memo[key] = found
    return context.index.memo[key]  # type: ignore[return-value]


def _direction(target: Target, match: LibraryMatch) -> Direction:
    if target.operator in UPWARD:
        return Direction.POSITIVE
    if target.operator in DOWNWARD:
        return Direction.REVERSE
    return match.entry.direction


def _listed(values: tuple[ReferenceValue, ...]) -> str:
    return "、".join(f"“{v.text}”" for v in values)


def _last_year(code: str, context: RuleContext) -> tuple[ReferenceValue, ...]:
    """The department's values of the most recent earlier year (once per code and review)."""
    key = ("history", code)
    if key not in context.index.memo:
        document = context.index.document
        earlier = [
            v
            for v in context.review.history_of(document.department.name, code)
            if v.fiscal_year < document.fiscal_year
        ]
        year = max((v.fiscal_year for v in earlier), default=None)
        context.index.memo[key] = tuple(v for v in earlier if v.fiscal_year == year)
    return context.index.memo[key]  # type: ignore[return-value]


@register
class BelowHistory(_PerStatement):
    """指标值比本部门上一年度同一库指标的指标值更宽松(正向更低、反向更高)。"""

    code = "TARGET.BELOW_HISTORY"
    title = "指标值低于本部门往年"
    family = Family.TARGET_QUALITY
    default_severity = Severity.WARNING
    params = settings(history_tolerance=Decimal(0))

    def problem(self, statement: Statement, context: RuleContext) -> Problem | None:
        compared = _compared(statement, context)
        if compared is None:
            return None
        target, match, value = compared
        last = _last_year(match.entry.code, context)
        if not last:
            return None
        year = last[0].fiscal_year
        reference = Decimal(statistics.median(v.value for v in last))
        margin = abs(reference) * context.decimal("history_tolerance")
        positive = _direction(target, match) is Direction.POSITIVE
        laxer = value < reference - margin if positive else value > reference + margin
        if not laxer:
            return None
        word = "低于" if positive else "高于"
        return (
            f"{_quoted(statement)}{word}本部门 {year} 年同一指标(库指标“{match.entry.name}”)"
            f"的 {amount(reference)}{match.entry.unit or ''}(当年写作 {_listed(last)})",
            "指标值一般不应低于往年水平;确需调低的,在指标值确定依据中说明原因",
        )


def _peer_median(code: str, context: RuleContext) -> tuple[Decimal, int] | None:
    """Median of other departments' values of the same year, and how many departments (None
    when fewer than ``min_peers`` or the median is 0); once per library code and review."""
    key = ("peers", code)
    if key not in context.index.memo:
        document = context.index.document
        peers = context.review.peers_of(code, document.fiscal_year, document.department.name)
        departments = len({p.department for p in peers})
        min_peers = context.params["min_peers"]
        enough = isinstance(min_peers, int) and departments >= min_peers
        median = Decimal(statistics.median(p.value for p in peers)) if enough else Decimal(0)
        context.index.memo[key] = (median, departments) if median != 0 else None
    return context.index.memo[key]  # type: ignore[return-value]


@register
class PeerOutlier(_PerStatement):
    """指标值与同年度其他部门同一库指标的中位数相差过大(max_deviation,至少 min_peers 个部门)。"""

    code = "TARGET.PEER_OUTLIER"
    title = "指标值偏离同类部门"
    family = Family.TARGET_QUALITY
    default_severity = Severity.INFO
    params = settings(min_peers=3, max_deviation=Decimal("0.5"))

    def problem(self, statement: Statement, context: RuleContext) -> Problem | None:
        compared = _compared(statement, context)
        if compared is None:
            return None
        _, match, value = compared
        peer = _peer_median(match.entry.code, context)
        if peer is None:
            return None
        median, departments = peer
        deviation = abs(value - median) / abs(median)
        if deviation <= context.decimal("max_deviation"):
            return None
        word = "低于" if value < median else "高于"
        unit = match.entry.unit or ""
        return (
            f"{_quoted(statement)}明显{word}同年度 {departments} 个部门同一指标"
            f"(库指标“{match.entry.name}”)的中位数 {amount(median)}{unit},"
            f"相差 {deviation * 100:.0f}%",
            "核对指标值是否合理;与同类部门差异较大的,在指标值确定依据中说明",
        )
