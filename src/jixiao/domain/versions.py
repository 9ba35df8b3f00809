"""Two versions of a document compared indicator by indicator (pure), in Chinese.

Indicators are matched by where they sit (the department goal's number or the project's
name, then the indicator's 一级/二级/三级 names), so a reordered table is no change and a
renamed indicator is one removed and one added. Budgets, spending plans, projects' amounts
and the indicators' targets, weights, bases and figures are compared field by field; the
document's provenance (where each value was read) is not content and is ignored.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from jixiao.domain.model import (
    DepartmentGoal,
    Indicator,
    IndicatorResult,
    PerformanceDocument,
    Project,
)


class ChangeKind(StrEnum):
    ADDED = "新增"
    REMOVED = "删除"
    CHANGED = "修改"


@dataclass(frozen=True)
class Change:
    """One difference: where (a Chinese path), what kind, which field, before and after."""

    where: str
    kind: ChangeKind
    field: str = ""
    before: str = ""
    after: str = ""

    @property
    def description(self) -> str:
        if self.kind is ChangeKind.CHANGED:
            return f"{self.where}:{self.field}由“{self.before}”改为“{self.after}”"
        return f"{self.kind.value}{self.where}"


_INDICATOR_FIELDS = {
    "target": "指标值",
    "weight": "分值",
    "target_basis": "指标值确定依据",
    "direction": "指标方向",
    "definition": "指标解释",
    "adjusted_target": "调整后指标值",
}
_RESULT_FIELDS = {
    "actual_text": "实际完成值",
    "actual": "完成值",
    "level": "完成档次",
    "projected_text": "全年预计完成值",
    "likelihood": "完成目标可能性",
    "score": "得分",
    "deviation_explanation": "偏差原因分析及改进措施",
}
_PROJECT_FIELDS = {
    "budget": "预算数",
    "fiscal_funds": "财政资金",
    "other_funds": "其他资金",
    "period": "实施期",
    "annual_goal": "年度绩效目标",
    "overall_goal": "总体目标",
    "code": "项目编码",
    "implementing_unit": "实施单位",
    "supervising_department": "主管部门",
    "manager": "项目负责人",
    "purpose": "资金用途",
    "attribute": "项目属性",
}
_INCOME_FIELDS = {
    "total": "收入合计",
    "general_public_budget": "一般公共预算拨入",
    "government_fund_budget": "政府性基金预算拨入",
    "advance_transfer": "提前告知转移支付",
    "carry_over": "上年结转",
    "own_income": "单位自有收入",
    "fiscal_appropriation": "财政拨款收入",
}
_EXPENDITURE_FIELDS = {
    "total": "支出合计",
    "personnel": "人员经费",
    "operating": "正常公用支出",
    "project": "项目支出",
    "other": "其它支出",
}


def _shown(value: Any) -> str:
    if value is None:
        return "(空)"
    if hasattr(value, "text") and hasattr(value, "kind"):  # a Target: as written
        return str(value.text)
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return str(value)


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, Decimal) and isinstance(b, Decimal):
        return a == b  # 0.80 and 0.8 are the same amount
    return _shown(a) == _shown(b)


def _fields(where: str, old: Any, new: Any, labels: dict[str, str]) -> list[Change]:
    changes = []
    for name, label in labels.items():
        before, after = getattr(old, name, None), getattr(new, name, None)
        if not _same(before, after):
            changes.append(Change(where, ChangeKind.CHANGED, label, _shown(before), _shown(after)))
    return changes


def _indicator_key(indicator: Indicator) -> tuple[str, str, str]:
    return (
        indicator.category.value if indicator.category else "",
        indicator.subcategory.value if indicator.subcategory else "",
        indicator.name,
    )


def _indicator_label(owner: str, indicator: Indicator) -> str:
    return f"{owner}指标“{indicator.name}”"


def _result_changes(
    where: str, old: IndicatorResult | None, new: IndicatorResult | None
) -> list[Change]:
    empty = IndicatorResult()
    return _fields(where, old or empty, new or empty, _RESULT_FIELDS)


def _indicators(owner: str, old: Iterable[Indicator], new: Iterable[Indicator]) -> list[Change]:
    before = {_indicator_key(i): i for i in old}
    after = {_indicator_key(i): i for i in new}
    changes = []
    for key, indicator in before.items():
        if key not in after:
            changes.append(Change(_indicator_label(owner, indicator), ChangeKind.REMOVED))
    for key, indicator in after.items():
        where = _indicator_label(owner, indicator)
        if key not in before:
            changes.append(Change(where, ChangeKind.ADDED))
            continue
        changes += _fields(where, before[key], indicator, _INDICATOR_FIELDS)
        changes += _result_changes(where, before[key].result, indicator.result)
    return changes


def _checkpoints(where: str, old: Project, new: Project) -> list[Change]:
    def plan(project: Project) -> dict[tuple[int, int | None], Decimal]:
        return {(c.month, c.day): c.cumulative_percent for c in project.spending_plan}

    before, after = plan(old), plan(new)
    changes = []
    for point in sorted({*before, *after}, key=lambda p: (p[0], p[1] or 31)):
        label = f"{point[0]}月{point[1]}日" if point[1] else f"{point[0]}月底"
        a, b = before.get(point), after.get(point)
        if a is None or b is None or a != b:
            changes.append(
                Change(
                    f"{where}资金支出计划",
                    ChangeKind.CHANGED,
                    label,
                    "(无)" if a is None else f"{_shown(a)}%",
                    "(无)" if b is None else f"{_shown(b)}%",
                )
            )
    return changes


def _projects(old: list[Project], new: list[Project]) -> list[Change]:
    before = {p.name: p for p in old}
    after = {p.name: p for p in new}
    changes = [Change(f"项目“{n}”", ChangeKind.REMOVED) for n in before if n not in after]
    for name, project in after.items():
        where = f"项目“{name}”"
        if name not in before:
            changes.append(Change(where, ChangeKind.ADDED))
            continue
        changes += _fields(where, before[name], project, _PROJECT_FIELDS)
        changes += _checkpoints(where, before[name], project)
        changes += _indicators(where, before[name].indicators, project.indicators)
    return changes


def _goals(old: list[DepartmentGoal], new: list[DepartmentGoal]) -> list[Change]:
    before = {g.number: g for g in old}
    after = {g.number: g for g in new}
    changes = [Change(f"整体支出目标{n}", ChangeKind.REMOVED) for n in before if n not in after]
    for number, goal in after.items():
        where = f"整体支出目标{number}"
        if number not in before:
            changes.append(Change(where, ChangeKind.ADDED))
            continue
        if (before[number].text or "") != (goal.text or ""):
            old_text, new_text = _brief(before[number].text), _brief(goal.text)
            changes.append(Change(where, ChangeKind.CHANGED, "目标内容", old_text, new_text))
        old_block, new_block = before[number].funding_block, goal.funding_block
        old_amount = old_block.amount if old_block else None
        new_amount = new_block.amount if new_block else None
        if not _same(old_amount, new_amount):
            changes.append(
                Change(where, ChangeKind.CHANGED, "资金", _shown(old_amount), _shown(new_amount))
            )
        changes += _indicators(where, before[number].indicators, goal.indicators)
    return changes


def _brief(text: str | None, shown: int = 30) -> str:
    """A goal's text in a change's line: its start (goal texts run to paragraphs)."""
    if not text:
        return "(空)"
    return text if len(text) <= shown else f"{text[:shown]}…"


def compare(old: PerformanceDocument, new: PerformanceDocument) -> list[Change]:
    """What changed from ``old`` to ``new``: budget, department goals, projects, indicators."""
    changes = _fields("年度收入预算", old.budget.income, new.budget.income, _INCOME_FIELDS)
    changes += _fields(
        "年度支出预算", old.budget.expenditure, new.budget.expenditure, _EXPENDITURE_FIELDS
    )
    if (old.overall_goal or "") != (new.overall_goal or ""):
        changes.append(Change("文档", ChangeKind.CHANGED, "总体绩效目标", "…", "…"))
    changes += _goals(old.department_goals, new.department_goals)
    changes += _projects(old.projects, new.projects)
    return changes


def describe(changes: Iterable[Change]) -> list[str]:
    return [change.description for change in changes]
