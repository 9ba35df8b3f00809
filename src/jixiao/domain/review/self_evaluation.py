"""Self-evaluation (自评计分): a 自评表's own numbers against the arithmetic of its scoring.

A form states its 执行率, its 预算执行 得分, each indicator's 得分, the 总分 and the 评价等级;
these set the rating, so a reviewer checks them. The recomputation is ``jixiao.domain.scoring``'s
(the same functions ``jixiao evaluate`` uses, never a second copy of the arithmetic), under the
scoring profile named by the rule's ``scoring_profile`` parameter, with the form's own 分值.

What a finance reviewer accepts, so the rules accept it too:

* rounding: differences up to ``tolerance`` (0.5 points by default; 1 percentage point for a
  执行率), so a 执行率 rounded to a whole percent or a score to a whole point is not a finding;
* a budget score computed from the stated 执行率 or from 执行数 ÷ 全年预算数, whichever the
  form used;
* a qualitative indicator scored anywhere inside the band of its level (达成 80–100% of its
  points under the default profile): the evaluator's judgement, not arithmetic.

Severity: the rule's severity (错误 by default) when the stated figure gives a better 评价等级
than the arithmetic; one step milder (警告) when the difference does not change the rating or
lowers it. A row the scoring cannot recompute (no 分值, an actual it cannot read) is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Final

from jixiao.domain.model import (
    AchievementLevel,
    DepartmentGoal,
    FundingExecution,
    FundingSource,
    Indicator,
    PerformanceDocument,
    Project,
)
from jixiao.domain.review.finding import Finding, Location, Severity
from jixiao.domain.review.index import Container, ContainerKind, Statement, source_of
from jixiao.domain.review.rule import Family, Rule, RuleContext, register, settings
from jixiao.domain.review.vocabulary import amount
from jixiao.domain.scoring import ScoringProfile, present, scoring_profile
from jixiao.domain.scoring.indicators import score_indicator, year_end_reading
from jixiao.domain.scoring.project import budget_row
from jixiao.domain.target import TargetKind

_HUNDRED: Final = Decimal(100)
_POINTS = settings(tolerance=Decimal("0.5"), scoring_profile="default")
# 评价等级 as forms write them → the profile's labels
_RATING_WORDS: Final = {
    "优秀": "优",
    "优": "优",
    "良好": "良",
    "良": "良",
    "中等": "中",
    "中": "中",
    "合格": "中",
    "一般": "中",
    "较差": "差",
    "差": "差",
    "不合格": "差",
}


def _profile(context: RuleContext) -> ScoringProfile:
    name = context.params["scoring_profile"]
    return scoring_profile(name if isinstance(name, str) else "default")


def _milder(severity: Severity) -> Severity:
    """The finding's severity when the difference does not raise the rating."""
    return severity if severity.rank >= Severity.WARNING.rank else Severity.WARNING


def _rank(profile: ScoringProfile, total: Decimal) -> int:
    labels = [label for _, label in profile.ratings]
    return labels.index(profile.rating(present(total)))


def _better_rating(profile: ScoringProfile, stated: Decimal, arithmetic: Decimal) -> bool:
    """Whether ``stated`` gives a better 评价等级 than ``arithmetic``."""
    return _rank(profile, stated) < _rank(profile, arithmetic)


def _at(
    context: RuleContext, location: Location, message: str, suggestion: str, raise_it: bool
) -> Finding:
    finding = context.finding(location, message, suggestion)
    if raise_it:
        return finding
    return finding.model_copy(update={"severity": _milder(context.severity)})


def _with_line(location: Location, line: int | None, page: int | None) -> Location:
    return location.model_copy(
        update={"line": line or location.line, "page": page or location.page}
    )


# --- the 项目资金 row --------------------------------------------------------------------------


def _budget_line(project: Project) -> FundingExecution | None:
    """The row that carries the budget score: 年度资金总额, else the first row with a score."""
    for row in project.funding_execution:
        if row.source is FundingSource.TOTAL:
            return row
    return next((row for row in project.funding_execution if row.score is not None), None)


def _row_budget(row: FundingExecution, project: Project) -> Decimal | None:
    return row.full_year_budget or row.initial_budget or project.budget


def _computed_rate(row: FundingExecution, project: Project) -> Decimal | None:
    budget = _row_budget(row, project)
    if budget is None or budget <= 0 or row.executed is None:
        return None
    return row.executed / budget * _HUNDRED


@dataclass(frozen=True)
class BudgetCheck:
    """The stated budget score and what the arithmetic gives from amounts and from the rate."""

    row: FundingExecution
    stated: Decimal
    weight: Decimal
    from_amounts: Decimal | None
    from_rate: Decimal | None

    @property
    def candidates(self) -> list[Decimal]:
        return [c for c in (self.from_amounts, self.from_rate) if c is not None]

    def accepted(self, tolerance: Decimal) -> Decimal:
        """The arithmetic's score nearest the stated one (the stated one when none)."""
        if not self.candidates:
            return self.stated
        nearest = min(self.candidates, key=lambda c: abs(c - self.stated))
        return self.stated if abs(nearest - self.stated) <= tolerance else nearest


def budget_check(project: Project, profile: ScoringProfile) -> BudgetCheck | None:
    row = _budget_line(project)
    if row is None or row.score is None:
        return None
    weight = row.weight if row.weight is not None else profile.budget_weight
    weighted = replace(profile, budget_weight=weight)
    subject = f"项目“{project.name}”"
    from_amounts = from_rate = None
    budget = _row_budget(row, project)
    if budget is not None and row.executed is not None:
        scored, _ = budget_row(budget, row.executed, weighted, subject)
        from_amounts = scored.score if scored.rate is not None else None
    if row.execution_rate is not None:
        scored, _ = budget_row(_HUNDRED, row.execution_rate, weighted, subject)
        from_rate = scored.score
    return BudgetCheck(row, row.score, weight, from_amounts, from_rate)


def _projects(context: RuleContext) -> list[tuple[Container, Project]]:
    return context.index.items(ContainerKind.PROJECT, Project)


def _funding_location(container: Container, project: Project, row: FundingExecution) -> Location:
    position = project.funding_execution.index(row)
    line, page = source_of(row.provenance, "score")
    return _with_line(container.location("funding_execution", path=(position,)), line, page)


@register
class ExecutionRate(Rule):
    """项目资金表中的执行率应等于全年执行数 ÷ 全年预算数(rate_tolerance:允许的百分点差,默认 1)。"""

    code = "SELFEVAL.EXECUTION_RATE"
    title = "执行率与执行数、预算数不符"
    family = Family.SELF_EVALUATION
    default_severity = Severity.WARNING
    params = settings(rate_tolerance=Decimal(1))

    def check(self, document: PerformanceDocument, context: RuleContext) -> Iterator[Finding]:
        tolerance = context.decimal("rate_tolerance")
        for container, project in _projects(context):
            for position, row in enumerate(project.funding_execution):
                computed = _computed_rate(row, project)
                if computed is None or row.execution_rate is None:
                    continue
                if abs(computed - row.execution_rate) <= tolerance:
                    continue
                label = row.label or "项目资金"
                line, page = source_of(row.provenance, "execution_rate")
                budget = _row_budget(row, project)
                assert budget is not None and row.executed is not None
                yield context.finding(
                    _with_line(
                        container.location("funding_execution", path=(position,)), line, page
                    ),
                    f"{container.label}“{label}”的执行率写作 {amount(row.execution_rate)}%,"
                    f"按全年执行数 {amount(row.executed)} 万元 ÷ 全年预算数 {amount(budget)} 万元"
                    f"应为 {amount(present(computed))}%",
                    "核对执行数、预算数和执行率;执行率 = 全年执行数 ÷ 全年预算数",
                )


def _stated_total(project: Project, check: BudgetCheck | None) -> Decimal | None:
    """The 总分 the form states, else the sum of its stated scores."""
    if project.total_score is not None:
        return project.total_score
    scores = [i.result.score for i in project.indicators if i.result and i.result.score is not None]
    if check is None and not scores:
        return None
    return (check.stated if check else Decimal(0)) + sum(scores, Decimal(0))


@register
class BudgetScore(Rule):
    """预算执行得分应等于执行率 × 分值(超过 100% 按 100% 计;按所填执行率或执行数÷预算数均可)。"""

    code = "SELFEVAL.BUDGET_SCORE"
    title = "预算执行得分与执行率不符"
    family = Family.SELF_EVALUATION
    default_severity = Severity.ERROR
    params = _POINTS

    def check(self, document: PerformanceDocument, context: RuleContext) -> Iterator[Finding]:
        profile, tolerance = _profile(context), context.decimal("tolerance")
        for container, project in _projects(context):
            check = budget_check(project, profile)
            if check is None or not check.candidates:
                continue
            accepted = check.accepted(tolerance)
            if accepted == check.stated:
                continue
            total = _stated_total(project, check)
            raised = total is not None and _better_rating(
                profile, total, total - check.stated + accepted
            )
            ways = []
            if check.from_rate is not None:
                ways.append(
                    f"按执行率 {amount(check.row.execution_rate or Decimal(0))}% 为 "
                    f"{amount(present(check.from_rate))} 分"
                )
            if check.from_amounts is not None:
                ways.append(f"按执行数 ÷ 全年预算数为 {amount(present(check.from_amounts))} 分")
            yield _at(
                context,
                _funding_location(container, project, check.row),
                f"{container.label}的预算执行得分写作 {amount(check.stated)} 分(分值 "
                f"{amount(check.weight)}),{'、'.join(ways)}",
                "预算执行得分 = 执行率 × 分值(执行率超过 100% 的按 100% 计),请更正得分"
                + (",该差异使评价等级偏高" if raised else ""),
                raised,
            )


# --- indicator rows ------------------------------------------------------------------------------


@dataclass(frozen=True)
class RowCheck:
    """A stated indicator score and the range the arithmetic accepts (one point or a band)."""

    statement: Statement
    stated: Decimal
    low: Decimal
    high: Decimal
    basis: str  # how the range was found, in words

    def accepted(self, tolerance: Decimal) -> Decimal:
        if self.low - tolerance <= self.stated <= self.high + tolerance:
            return self.stated
        return self.low if self.stated < self.low else self.high


def _level(indicator: Indicator, met: bool | None) -> AchievementLevel | None:
    result = indicator.result
    if result is not None and result.level is not None:
        return result.level
    return AchievementLevel.ACHIEVED if met else None


def row_check(statement: Statement, profile: ScoringProfile) -> RowCheck | None:
    """What the scoring gives for a row stating its 分值 and 得分; None when it cannot say."""
    indicator = statement.indicator
    result, weight, target = indicator.result, indicator.weight, indicator.target
    if result is None or result.score is None or weight is None or target is None:
        return None
    reading = year_end_reading(indicator, None, ())
    if reading is None:
        return None
    scored = score_indicator(indicator, reading, weight, profile, statement.container.label)
    if any(f.code == "bad_actual" for f in scored.findings):
        return None  # an actual the grammar cannot read: a misread, not arithmetic
    qualitative = target.kind is TargetKind.QUALITATIVE or (
        reading.level is not None and reading.value is None and not reading.text
    )
    if qualitative:
        level = _level(indicator, scored.met)
        if level is None:
            return None  # no level stated: the evaluator's band is unknown
        band = profile.qualitative[level]
        return RowCheck(
            statement,
            result.score,
            weight * band.low,
            weight * band.high,
            f"定性指标按“{_LEVEL_WORDS[level]}”档应在 {amount(present(weight * band.low))}–"
            f"{amount(present(weight * band.high))} 分之间",
        )
    how = "达到指标值应得满分" if scored.met else "按完成比例计"
    return RowCheck(
        statement,
        result.score,
        scored.score,
        scored.score,
        f"完成值“{reading.shown}”对指标值“{target.text}”{how},应为 "
        f"{amount(present(scored.score))} 分",
    )


_LEVEL_WORDS: Final = {
    AchievementLevel.ACHIEVED: "达成年度指标",
    AchievementLevel.PARTIAL: "部分达成",
    AchievementLevel.NOT_ACHIEVED: "未达成",
}


def _score_location(statement: Statement) -> Location:
    result = statement.indicator.result
    line, page = source_of(result.provenance if result else {}, "score")
    return _with_line(statement.location("result.score"), line, page)


def _scored_containers(context: RuleContext) -> list[Container]:
    return [c for c in context.index.containers if c.kind is not ContainerKind.SECTION]


def _container_total(container: Container, profile: ScoringProfile) -> Decimal | None:
    item = container.item
    if isinstance(item, Project):
        return _stated_total(item, budget_check(item, profile))
    if isinstance(item, DepartmentGoal):
        scores = [
            i.result.score for i in item.indicators if i.result and i.result.score is not None
        ]
        return sum(scores, Decimal(0)) if scores else None
    return None


@register
class IndicatorScore(Rule):
    """指标得分应与分值、指标值和实际完成值相符:达到指标值得满分,未达到按完成比例计,定性指标在其档次范围内。"""

    code = "SELFEVAL.INDICATOR_SCORE"
    title = "指标得分与完成情况不符"
    family = Family.SELF_EVALUATION
    default_severity = Severity.ERROR
    params = _POINTS

    def check(self, document: PerformanceDocument, context: RuleContext) -> Iterator[Finding]:
        profile, tolerance = _profile(context), context.decimal("tolerance")
        for container in _scored_containers(context):
            total = _container_total(container, profile)
            for statement in context.index.in_container(container):
                check = row_check(statement, profile)
                if check is None:
                    continue
                accepted = check.accepted(tolerance)
                if accepted == check.stated:
                    continue
                raised = total is not None and _better_rating(
                    profile, total, total - check.stated + accepted
                )
                weight = statement.indicator.weight or Decimal(0)
                yield _at(
                    context,
                    _score_location(statement),
                    f"{container.label}的指标“{statement.indicator.name}”得分写作 "
                    f"{amount(check.stated)} 分(分值 {amount(weight)}),{check.basis}",
                    "按评分规则更正得分;未达到指标值的应在偏差原因分析中说明"
                    + (",该差异使评价等级偏高" if raised else ""),
                    raised,
                )


# --- 总分 and 评价等级 ----------------------------------------------------------------------------


def _stated_rows(project: Project, check: BudgetCheck | None) -> tuple[Decimal, int] | None:
    """The sum of the stated scores (budget + indicators) and the number of rows; None when an
    indicator with a result states no score (the row may be lost in a flattened table)."""
    rows = [i for i in project.indicators if i.result is not None]
    if any(i.result is not None and i.result.score is None for i in rows):
        return None
    scores = [i.result.score for i in rows if i.result is not None and i.result.score is not None]
    budget = check.stated if check is not None else None
    if budget is None and not scores:
        return None
    return (budget or Decimal(0)) + sum(scores, Decimal(0)), len(scores)


def _total_location(container: Container, project: Project) -> Location:
    line, page = source_of(project.provenance, "total_score")
    return _with_line(container.location("total_score"), line, page)


@register
class TotalSum(Rule):
    """总分应等于预算执行得分与各指标得分之和。"""

    code = "SELFEVAL.TOTAL_SUM"
    title = "总分与各项得分之和不符"
    family = Family.SELF_EVALUATION
    default_severity = Severity.ERROR
    params = _POINTS

    def check(self, document: PerformanceDocument, context: RuleContext) -> Iterator[Finding]:
        profile, tolerance = _profile(context), context.decimal("tolerance")
        for container, project in _projects(context):
            stated = project.total_score
            check = budget_check(project, profile)
            rows = _stated_rows(project, check)
            if stated is None or rows is None or abs(rows[0] - stated) <= tolerance:
                continue
            raised = _better_rating(profile, stated, rows[0])
            budget = f"预算执行得分 {amount(check.stated)} 分与" if check else ""
            yield _at(
                context,
                _total_location(container, project),
                f"{container.label}的总分写作 {amount(stated)} 分,{budget}{rows[1]} 个指标得分之和"
                f"为 {amount(rows[0])} 分,相差 {amount(abs(stated - rows[0]))} 分",
                "总分应为各项得分之和,请核对" + (";所填总分使评价等级偏高" if raised else ""),
                raised,
            )


@dataclass(frozen=True)
class Recomputed:
    total: Decimal
    recomputed: int  # rows the arithmetic gave a value for
    taken: int  # rows taken as stated (the arithmetic cannot say)


def recompute(
    project: Project, statements: Sequence[Statement], profile: ScoringProfile, tolerance: Decimal
) -> Recomputed | None:
    """The 总分 the arithmetic gives, taking what it cannot recompute as stated."""
    check = budget_check(project, profile)
    total, done, taken = Decimal(0), 0, 0
    if check is not None:
        total += check.accepted(tolerance)
        done, taken = (1, 0) if check.candidates else (0, 1)
    for statement in statements:
        result = statement.indicator.result
        if result is None or result.score is None:
            continue
        row = row_check(statement, profile)
        if row is None:
            total, taken = total + result.score, taken + 1
        else:
            total, done = total + row.accepted(tolerance), done + 1
    return Recomputed(total, done, taken) if done else None


@register
class TotalRecomputed(Rule):
    """总分应与按评分规则重新计算的结果相符(预算执行得分和各指标得分逐项重算;无法重算的项按所填得分计)。"""

    code = "SELFEVAL.TOTAL_RECOMPUTED"
    title = "总分与重新计算的结果不符"
    family = Family.SELF_EVALUATION
    default_severity = Severity.ERROR
    params = _POINTS

    def check(self, document: PerformanceDocument, context: RuleContext) -> Iterator[Finding]:
        profile, tolerance = _profile(context), context.decimal("tolerance")
        for container, project in _projects(context):
            stated = project.total_score
            if stated is None:
                continue
            found = recompute(project, context.index.in_container(container), profile, tolerance)
            if found is None or abs(found.total - stated) <= tolerance:
                continue
            raised = _better_rating(profile, stated, found.total)
            as_stated = f",其中 {found.taken} 项无法重算、按所填得分计" if found.taken else ""
            rating = profile.rating(present(found.total))
            yield _at(
                context,
                _total_location(container, project),
                f"{container.label}的总分写作 {amount(stated)} 分(评价等级"
                f"“{profile.rating(present(stated))}”),按评分规则重新计算为 "
                f"{amount(present(found.total))} 分(“{rating}”){as_stated}",
                "逐项核对预算执行得分和指标得分后更正总分和评价等级"
                + (";所填总分使评价等级偏高" if raised else ""),
                raised,
            )


def _bands(profile: ScoringProfile) -> str:
    return "、".join(f"{label} {amount(floor)} 分及以上" for floor, label in profile.ratings)


def rating_label(text: str) -> str | None:
    """优/良/中/差 as a form writes its 评价等级 (``优秀``, ``良好`` …); None when unknown."""
    word = "".join(text.split()).rstrip("。")
    return _RATING_WORDS.get(word)


@register
class RatingMatchesTotal(Rule):
    """评价等级应与总分相符(按评分方案的等级分数线:优 90、良 80、中 60)。"""

    code = "SELFEVAL.RATING"
    title = "评价等级与总分不符"
    family = Family.SELF_EVALUATION
    default_severity = Severity.ERROR
    params = settings(scoring_profile="default")

    def check(self, document: PerformanceDocument, context: RuleContext) -> Iterator[Finding]:
        profile = _profile(context)
        labels = [label for _, label in profile.ratings]
        for container, project in _projects(context):
            if project.total_score is None or project.rating is None:
                continue
            stated = rating_label(project.rating)
            expected = profile.rating(present(project.total_score))
            if stated is None or stated not in labels or stated == expected:
                continue
            raised = labels.index(stated) < labels.index(expected)
            line, page = source_of(project.provenance, "rating")
            yield _at(
                context,
                _with_line(container.location("rating"), line, page),
                f"{container.label}的评价等级写作“{project.rating}”,总分 "
                f"{amount(project.total_score)} 分对应“{expected}”",
                f"按总分确定评价等级({_bands(profile)})" + (";所填等级偏高" if raised else ""),
                raised,
            )
