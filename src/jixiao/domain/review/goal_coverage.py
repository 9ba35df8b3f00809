"""Goal coverage (目标与指标对应): what the 年度绩效目标 commits to should be measured by an
indicator, and a quantity indicator should measure something the goal states.

Explainable and offline: the goal is cut into clauses at punctuation; a clause is a commitment
when it states a number with a unit (``维修3所学校``) or one of the ``commitment_words``
(举办, 培训, 覆盖 …). Its terms are its character bigrams, less those made only of
``generic_words`` (完成, 全年 …) or function characters. An indicator measures the clause
when its name, definition, target or the names of its indicator-library entry share a term
with it, or its target states the clause's number and unit. Every finding lists the terms.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from decimal import Decimal, InvalidOperation
from typing import Final

from jixiao.domain.framework import Subcategory
from jixiao.domain.model import DepartmentGoal, PerformanceDocument, Project
from jixiao.domain.review.finding import Finding, Severity
from jixiao.domain.review.index import Container, ContainerKind, Statement
from jixiao.domain.review.rule import Family, Rule, RuleContext, register, settings
from jixiao.domain.units import canonical_unit

COMMITMENT_WORDS: Final = (
    "举办", "开展", "组织", "培训", "建设", "建成", "新建", "改造", "维修", "修缮", "购置",
    "采购", "发放", "资助", "补助", "补贴", "救助", "慰问", "覆盖", "服务", "提供", "完成",
    "实现", "新增", "召开", "印制", "出版", "编制", "整治", "治理", "检测", "监测", "检查",
)  # fmt: skip
GENERIC_WORDS: Final = (
    "全年", "年度", "本年", "完成", "开展", "实现", "确保", "进一步", "工作", "提高", "提升",
    "加强", "推进", "做好", "有效", "全面", "保障", "相关", "各项", "任务", "目标", "计划",
    "群众", "社会", "服务",
)  # fmt: skip
_FUNCTION_CHARS: Final = frozenset("的和及与等了在对为于并以其各全共约个次项年月日")
_CLAUSE_RE: Final = re.compile(r"[,，;；。!！?？\n]+")
_CJK_RE: Final = re.compile(r"[\u4e00-\u9fff]+")
_QUANTITY_RE: Final = re.compile(
    r"(?P<value>[0-9]+(?:\.[0-9]+)?)\s*(?P<unit>%|万人次|人次|万元|元|平方米|[\u4e00-\u9fff])"
)
_SHOWN: Final = 6
_BRIEF: Final = 30


def clauses(text: str | None) -> list[str]:
    return [part.strip() for part in _CLAUSE_RE.split(text or "") if part.strip()]


def terms(text: str, generic: Sequence[str]) -> list[str]:
    """The clause's content bigrams, in order, without duplicates."""
    found: dict[str, None] = {}
    for run in _CJK_RE.findall(text):
        for i in range(len(run) - 1):
            pair = run[i : i + 2]
            if any(ch in _FUNCTION_CHARS for ch in pair):
                continue
            if any(pair in word for word in generic):
                continue
            found.setdefault(pair)
    return list(found)


def _quantities(text: str) -> set[tuple[Decimal, str]]:
    found = set()
    for match in _QUANTITY_RE.finditer(text):
        try:
            value = Decimal(match["value"])
        except InvalidOperation:
            continue
        found.add((value.normalize(), canonical_unit(match["unit"]) or match["unit"]))
    return found


def _goal_of(container: Container) -> str | None:
    item = container.item
    if isinstance(item, Project):
        return item.annual_goal
    if isinstance(item, DepartmentGoal):
        return item.text
    return None


def _indicator_text(statement: Statement, context: RuleContext) -> str:
    indicator = statement.indicator
    parts = [indicator.name, indicator.definition or ""]
    if indicator.target is not None:
        parts.append(indicator.target.text)
    match = context.index.match(statement)
    if match is not None:
        parts.extend(match.entry.names)
    return " ".join(parts)


def _target_quantity(statement: Statement) -> tuple[Decimal, str] | None:
    target = statement.indicator.target
    if target is None or target.value is None or target.unit is None:
        return None
    return target.value.normalize(), canonical_unit(target.unit) or target.unit


def _shown(words: Sequence[str]) -> str:
    listed = "、".join(words[:_SHOWN])
    return listed + ("等" if len(words) > _SHOWN else "")


def _brief(text: str) -> str:
    compact = "".join(text.split())
    return compact if len(compact) <= _BRIEF else compact[:_BRIEF] + "…"


def _is_commitment(clause: str, words: Sequence[str]) -> bool:
    return bool(_quantities(clause)) or any(word in clause for word in words)


_PARAMS = settings(commitment_words=COMMITMENT_WORDS, generic_words=GENERIC_WORDS)


def _goal_containers(context: RuleContext) -> list[tuple[Container, str]]:
    found = []
    for container in context.index.containers:
        if container.kind is ContainerKind.SECTION:
            continue
        goal = _goal_of(container)
        if (goal or "").strip() and context.index.in_container(container):
            found.append((container, goal or ""))
    return found


@register
class GoalUnmeasured(Rule):
    """年度绩效目标中的承诺(数量、覆盖范围、服务)应有绩效指标衡量:没有任何指标与其共用词语或数值。"""

    code = "GOAL.UNMEASURED"
    title = "目标内容没有对应指标"
    family = Family.CONSISTENCY
    default_severity = Severity.WARNING
    params = _PARAMS

    def check(self, document: PerformanceDocument, context: RuleContext) -> Iterator[Finding]:
        commitment, generic = context.words("commitment_words"), context.words("generic_words")
        for container, goal in _goal_containers(context):
            statements = context.index.in_container(container)
            texts = [_indicator_text(s, context) for s in statements]
            quantities = {_target_quantity(s) for s in statements} - {None}
            field = "annual_goal" if container.kind is ContainerKind.PROJECT else "text"
            for clause in clauses(goal):
                if not _is_commitment(clause, commitment):
                    continue
                words = terms(clause, generic)
                if not words:
                    continue
                if _quantities(clause) & quantities:
                    continue
                if any(word in text for word in words for text in texts):
                    continue
                yield context.finding(
                    container.location(field),
                    f"{container.label}的目标“{clause}”没有绩效指标衡量(查找的词:"
                    f"{_shown(words)},{len(statements)} 个指标中均未出现)",
                    "为这项承诺设置数量、质量或时效指标,或在目标中删去不打算考核的内容",
                )


@register
class IndicatorUnrelated(Rule):
    """数量指标应衡量年度绩效目标所述内容:指标名称、解释与目标没有共同词语的列为提示(默认不启用)。

    Off by default: a goal is a summary, so sharing no word with it is weak evidence (on the
    Xingtai reference document it raises three publicity and liaison counts a reviewer would
    accept). A bureau that writes its goals in full switches it on (``enable``).
    """

    code = "GOAL.INDICATOR_UNRELATED"
    title = "数量指标与目标无关"
    family = Family.CONSISTENCY
    default_severity = Severity.INFO
    enabled_by_default = False
    params = settings(generic_words=GENERIC_WORDS)

    def check(self, document: PerformanceDocument, context: RuleContext) -> Iterator[Finding]:
        generic = context.words("generic_words")
        for container, goal in _goal_containers(context):
            goal_words = set(terms(goal, generic))
            goal_quantities = _quantities(goal)
            for statement in context.index.in_container(container):
                if statement.indicator.subcategory is not Subcategory.QUANTITY:
                    continue
                words = terms(_indicator_text(statement, context), generic)
                if not words or set(words) & goal_words:
                    continue
                if _target_quantity(statement) in goal_quantities:
                    continue
                named = terms(statement.indicator.name, generic) or words
                yield context.finding(
                    statement.location("name"),
                    f"{container.label}的数量指标“{statement.indicator.name}”与年度目标“"
                    f"{_brief(goal)}”没有共同的词(指标的词:{_shown(named)})",
                    "核对该指标是否衡量年度目标中的产出;目标未写明的产出请补入目标",
                )
