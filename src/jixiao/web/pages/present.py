"""How values read on a page: money, a target in words, a finding's place."""

from __future__ import annotations

from decimal import Decimal

from jixiao.domain.model import Indicator
from jixiao.domain.review import Finding
from jixiao.domain.target import Target, TargetKind, format_target, infer_direction

_AREA_WORDS = {
    "document": "文档",
    "budget": "部门预算",
    "section": "分项绩效目标",
    "goal": "整体支出目标",
    "project": "项目",
}
_OPERATOR_WORDS = {"≥": "不低于", ">": "高于", "=": "等于", "<": "低于", "≤": "不高于"}


def money(value: Decimal | None) -> str:
    """万元 with two decimals and thousands separators; empty when unknown."""
    return "" if value is None else f"{value:,.2f}"


def reading(indicator: Indicator) -> str:
    """How the target is read, in words (what the target grammar made of the text)."""
    if indicator.target is None:
        return "未填写指标值" if indicator.target_placeholder else ""
    return target_reading(indicator.target)


def target_reading(target: Target) -> str:
    direction = "正向" if infer_direction(target).value == "positive" else "反向"
    if target.kind is TargetKind.QUANTITATIVE:
        words = _OPERATOR_WORDS.get(str(target.operator), "") if target.operator else "数值"
        value = f"{target.value}" if target.value is not None else "?"
        return f"定量:{words} {value}{target.unit or ''}({direction})"
    if target.kind is TargetKind.QUALITATIVE:
        better = "及以上" if target.or_better else ""
        return f"定性:{target.standard or ''}{better}({direction})"
    span = (
        f"{target.start or '?'} 至 {target.end or '?'}"
        if target.start != target.end
        else target.end
    )
    return f"时限:{span}(规范写法 {format_target(target)})"


def where(finding: Finding) -> str:
    """The place of a finding in words: goal, section or project, then indicator and field."""
    at = finding.location
    parts = []
    if at.goal is not None:
        parts.append(f"整体支出目标{at.goal}")
    if at.section:
        parts.append(f"分项绩效目标“{at.section}”")
    if at.project:
        parts.append(f"项目“{at.project}”")
    if at.indicator:
        parts.append(f"指标“{at.indicator}”")
    if not parts:
        parts.append(_AREA_WORDS.get(at.area.value, at.area.value))
    return " › ".join(parts)


def owner_key(finding: Finding) -> str | None:
    """Which indicator table a finding belongs to on the document page."""
    at = finding.location
    if at.project:
        return f"project:{at.project}"
    if at.goal is not None:
        return f"goal:{at.goal}"
    return None
