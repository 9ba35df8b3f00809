"""What a department's 填报人 changes in a draft with the declaration editor, as pure functions:
a goal's text and money, a project's fields, an indicator's name, category, points, direction
and basis; a goal, a project or an indicator added or deleted.

Each function takes the document and the fields typed (a :data:`Patch`: field name → text; a
field left out stays as it is, a blank one is emptied) and returns a changed copy; a value it
cannot take is refused with :class:`FieldRefused`, whose message is in Chinese and names the
field, and nothing is changed. The model's own validators (names, bounded amounts) decide what
a value may be; this module only reads the text typed into the model's types.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Final, TypeVar

from pydantic import ValidationError

from jixiao.domain.actuals import Actuals
from jixiao.domain.framework import Category, Subcategory
from jixiao.domain.model import (
    DepartmentGoal,
    FundingBlock,
    Indicator,
    Model,
    PerformanceDocument,
    Project,
    ProjectAttribute,
    TargetBasis,
)
from jixiao.domain.target import Direction
from jixiao.errors import InputError, NotFoundError

# field name → the text typed; None or blank empties the field.
Patch = Mapping[str, str | None]
E = TypeVar("E", bound=StrEnum)

GOAL_FIELDS: Final = {
    "text": "目标内容",
    "funding_name": "资金项目名称",
    "funding_amount": "资金金额(万元)",
}
PROJECT_TEXT_FIELDS: Final = {
    "code": "项目编码",
    "implementing_unit": "实施单位",
    "supervising_department": "主管部门",
    "manager": "项目负责人",
    "period": "实施期",
    "project_type": "项目类型",
    "purpose": "资金用途",
    "overall_goal": "总体目标",
    "annual_goal": "年度绩效目标",
}
PROJECT_AMOUNT_FIELDS: Final = {
    "budget": "预算数(万元)",
    "fiscal_funds": "财政资金(万元)",
    "other_funds": "其他资金(万元)",
}
PROJECT_FIELDS: Final = {
    "name": "项目名称",
    **PROJECT_TEXT_FIELDS,
    **PROJECT_AMOUNT_FIELDS,
    "attribute": "项目属性",
}
INDICATOR_FIELDS: Final = {
    "name": "指标名称",
    "category": "一级指标",
    "subcategory": "二级指标",
    "weight": "分值",
    "direction": "指标方向",
    "target_basis": "指标值确定依据",
    "definition": "指标解释",
    "remark": "备注",
}

ATTRIBUTE_LABELS: Final = {
    ProjectAttribute.CONTINUING: "持续性项目",
    ProjectAttribute.NEW: "新增性项目",
}
BASIS_LABELS: Final = {
    TargetBasis.PLAN: "计划标准",
    TargetBasis.HISTORICAL: "历史标准",
    TargetBasis.INDUSTRY: "行业标准",
    TargetBasis.EXPENDITURE_STANDARD: "预算支出标准",
    TargetBasis.OTHER: "其他",
}


class FieldRefused(InputError):
    """A value typed into one field is refused; ``field`` names it (``loc`` as the API's
    problem documents list it)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.loc = ("body", field)


# --- reading what was typed ------------------------------------------------------------------


def text_of(value: str | None) -> str | None:
    stripped = (value or "").strip()
    return stripped or None


def _amount(field: str, label: str, value: str | None) -> Decimal | None:
    text = text_of(value)
    if text is None:
        return None
    try:
        amount = Decimal(text.replace(",", "").replace(",", ""))
    except InvalidOperation:
        raise FieldRefused(field, f"{label}:“{text[:40]}”不是数字") from None
    if not amount.is_finite():
        raise FieldRefused(field, f"{label}:“{text[:40]}”不是数字")
    return amount


def _choice(
    field: str, label: str, kind: type[E], value: str | None, labels: dict[E, str]
) -> E | None:
    """An enumerated value by its code (``output``) or its Chinese label (``产出指标``)."""
    text = text_of(value)
    if text is None:
        return None
    for member in kind:
        if text in (member.value, labels.get(member)):
            return member
    allowed = "、".join(labels[m] for m in kind if m in labels)
    raise FieldRefused(field, f"{label}:“{text[:40]}”不是可选的取值(可选:{allowed})")


def _set(item: Model, field: str, label: str, value: object, form_field: str = "") -> None:
    """Assign through the model's validators; a refusal names the field (``form_field`` when
    the form calls it otherwise)."""
    try:
        setattr(item, field, value)
    except ValidationError as error:
        reason = str(error.errors()[0]["msg"]).removeprefix("Value error, ")
        raise FieldRefused(form_field or field, f"{label}:{_chinese(reason)}") from None


def _chinese(reason: str) -> str:
    if reason.startswith("Input should be greater than or equal to 0"):
        return "不能为负数"
    if reason.startswith("String should have at least 1 character"):
        return "不能为空"
    return reason


def _name(field: str, label: str, value: str | None, taken: list[str], where: str) -> str:
    name = text_of(value)
    if name is None:
        raise FieldRefused(field, f"{label}不能为空")
    if name in taken:
        raise FieldRefused(field, f"{where}已有“{name[:60]}”,{label}不能重复")
    return name


# --- goals -------------------------------------------------------------------------------------


def goal_of(document: PerformanceDocument, number: int) -> DepartmentGoal:
    for goal in document.department_goals:
        if goal.number == number:
            return goal
    numbers = "、".join(str(g.number) for g in document.department_goals) or "无"
    raise NotFoundError(f"文档中没有整体支出目标{number}(已有目标:{numbers})")


def _apply_goal(goal: DepartmentGoal, patch: Patch) -> None:
    _refuse_unknown(patch, GOAL_FIELDS)
    if "text" in patch:
        _set(goal, "text", GOAL_FIELDS["text"], text_of(patch["text"]))
    if "funding_name" not in patch and "funding_amount" not in patch:
        return
    block = (goal.funding_block or FundingBlock()).model_copy()
    if "funding_name" in patch:
        label = GOAL_FIELDS["funding_name"]
        _set(block, "name", label, text_of(patch["funding_name"]), "funding_name")
    if "funding_amount" in patch:
        label = GOAL_FIELDS["funding_amount"]
        amount = _amount("funding_amount", label, patch["funding_amount"])
        _set(block, "amount", label, amount, "funding_amount")
    empty = block.name is None and block.amount is None and not block.provenance
    goal.funding_block = None if empty else block


def edit_goal(document: PerformanceDocument, number: int, patch: Patch) -> PerformanceDocument:
    """年度整体支出目标 ``number``: its text (目标内容) and the money it is tied to."""
    new = document.model_copy(deep=True)
    _apply_goal(goal_of(new, number), patch)
    return new


def add_goal(document: PerformanceDocument, patch: Patch) -> tuple[PerformanceDocument, int]:
    """A new 年度整体支出目标 numbered after the last; its text is required."""
    if text_of(patch.get("text")) is None:
        raise FieldRefused("text", "新整体支出目标的目标内容不能为空")
    new = document.model_copy(deep=True)
    number = max((g.number for g in new.department_goals), default=0) + 1
    goal = DepartmentGoal(number=number)
    _apply_goal(goal, patch)
    new.department_goals.append(goal)
    return new, number


# --- projects ----------------------------------------------------------------------------------


def project_of(document: PerformanceDocument, name: str) -> Project:
    for project in document.projects:
        if project.name == name:
            return project
    listed = "、".join(p.name for p in document.projects[:20]) or "无"
    raise NotFoundError(f"文档中没有项目“{name[:60]}”(已有项目:{listed})")


def _apply_project(document: PerformanceDocument, project: Project, patch: Patch) -> None:
    _refuse_unknown(patch, PROJECT_FIELDS)
    if "name" in patch:
        others = [p.name for p in document.projects if p is not project]
        name = _name("name", "项目名称", patch["name"], others, "文档中")
        if name != project.name and document.kind.is_project_level:
            raise FieldRefused("name", "项目表单以项目名称保存,不能在此改名(请新建一份表单)")
        _set(project, "name", "项目名称", name)
    for field, label in PROJECT_TEXT_FIELDS.items():
        if field in patch:
            _set(project, field, label, text_of(patch[field]))
    for field, label in PROJECT_AMOUNT_FIELDS.items():
        if field in patch:
            _set(project, field, label, _amount(field, label, patch[field]))
    if "attribute" in patch:
        attribute = _choice(
            "attribute", "项目属性", ProjectAttribute, patch["attribute"], ATTRIBUTE_LABELS
        )
        _set(project, "attribute", "项目属性", attribute)


def edit_project(document: PerformanceDocument, name: str, patch: Patch) -> PerformanceDocument:
    """The project named ``name``: its name, units, money, period and goal texts."""
    new = document.model_copy(deep=True)
    _apply_project(new, project_of(new, name), patch)
    return new


def add_project(document: PerformanceDocument, patch: Patch) -> tuple[PerformanceDocument, str]:
    """A new project (its name required, unique in the document) with the fields given."""
    new = document.model_copy(deep=True)
    taken = [p.name for p in new.projects]
    name = _name("name", "项目名称", patch.get("name"), taken, "文档中")
    try:
        project = Project(name=name)
    except ValidationError as error:
        raise FieldRefused("name", f"项目名称:{error.errors()[0]['msg']}") from None
    if document.kind.is_project_level and new.projects:
        raise FieldRefused("name", "项目表单只有一个项目,不能再添加项目")
    _apply_project(new, project, {k: v for k, v in patch.items() if k != "name"})
    new.projects.append(project)
    return new, name


# --- indicators -------------------------------------------------------------------------------


def indicators_of(
    document: PerformanceDocument, project: str | None, goal: int | None
) -> list[Indicator]:
    """The indicators of a project (by name) or else of a department goal (by number)."""
    if project is not None:
        return project_of(document, project).indicators
    if goal is None:
        raise InputError("请指明指标所属的项目或整体支出目标")
    return goal_of(document, goal).indicators


def _owner_label(project: str | None, goal: int | None) -> str:
    return f"项目“{project}”" if project is not None else f"整体支出目标{goal}"


def _indicator(indicators: list[Indicator], name: str, owner: str) -> Indicator:
    found = [i for i in indicators if i.name == name]
    if not found:
        raise NotFoundError(f"{owner}没有指标“{name[:60]}”")
    if len(found) > 1:
        raise InputError(f"{owner}有 {len(found)} 个名为“{name[:60]}”的指标,无法确定修改哪一个")
    return found[0]


def _apply_indicator(
    indicator: Indicator, siblings: list[Indicator], owner: str, patch: Patch
) -> None:
    _refuse_unknown(patch, {**INDICATOR_FIELDS, "target": "指标值"})
    labels = INDICATOR_FIELDS
    if "name" in patch:
        taken = [i.name for i in siblings if i is not indicator]
        _set(
            indicator,
            "name",
            labels["name"],
            _name("name", "指标名称", patch["name"], taken, owner),
        )
    if "category" in patch:
        category = _choice("category", labels["category"], Category, patch["category"], _CATEGORIES)
        _set(indicator, "category", labels["category"], category)
    if "subcategory" in patch:
        sub = _choice(
            "subcategory", labels["subcategory"], Subcategory, patch["subcategory"], _SUBCATEGORIES
        )
        _set(indicator, "subcategory", labels["subcategory"], sub)
    _check_framework(indicator)
    if "weight" in patch:
        _set(indicator, "weight", labels["weight"], _amount("weight", "分值", patch["weight"]))
    if "direction" in patch:
        direction = _choice(
            "direction", labels["direction"], Direction, patch["direction"], _DIRECTIONS
        )
        _set(indicator, "direction", labels["direction"], direction)
    if "target_basis" in patch:
        basis = _choice(
            "target_basis", labels["target_basis"], TargetBasis, patch["target_basis"], BASIS_LABELS
        )
        _set(indicator, "target_basis", labels["target_basis"], basis)
    for field in ("definition", "remark"):
        if field in patch:
            _set(indicator, field, labels[field], text_of(patch[field]))
    if "target" in patch:
        _set(indicator, "target", "指标值", text_of(patch["target"]))


def _check_framework(indicator: Indicator) -> None:
    """A 二级指标 belongs to one 一级指标 of the framework (docs/domain.md §4)."""
    sub, category = indicator.subcategory, indicator.category
    if sub is not None and category is not None and sub.category is not category:
        raise FieldRefused(
            "subcategory",
            f"二级指标“{sub.label}”不属于一级指标“{category.label}”(它属于“{sub.category.label}”)",
        )


def edit_indicator(
    document: PerformanceDocument, project: str | None, goal: int | None, name: str, patch: Patch
) -> tuple[PerformanceDocument, Indicator]:
    """The indicator ``name`` of a project or goal: renamed, recategorised, re-weighted …"""
    new = document.model_copy(deep=True)
    siblings = indicators_of(new, project, goal)
    owner = _owner_label(project, goal)
    found = _indicator(siblings, name, owner)
    _apply_indicator(found, siblings, owner, patch)
    return new, found


def add_indicator(
    document: PerformanceDocument, project: str | None, goal: int | None, patch: Patch
) -> tuple[PerformanceDocument, Indicator]:
    """A new indicator of a project or goal (its name required and unique there)."""
    new = document.model_copy(deep=True)
    siblings = indicators_of(new, project, goal)
    owner = _owner_label(project, goal)
    name = _name("name", "指标名称", patch.get("name"), [i.name for i in siblings], owner)
    try:
        indicator = Indicator(name=name)
    except ValidationError as error:
        raise FieldRefused("name", f"指标名称:{error.errors()[0]['msg']}") from None
    _apply_indicator(indicator, siblings, owner, {k: v for k, v in patch.items() if k != "name"})
    siblings.append(indicator)
    return new, indicator


def delete_indicator(
    document: PerformanceDocument, project: str | None, goal: int | None, name: str
) -> PerformanceDocument:
    """The document without the indicator ``name`` of a project or goal."""
    new = document.model_copy(deep=True)
    siblings = indicators_of(new, project, goal)
    found = _indicator(siblings, name, _owner_label(project, goal))
    siblings.remove(found)
    return new


def delete_goal(document: PerformanceDocument, number: int) -> PerformanceDocument:
    """The document without 年度整体支出目标 ``number`` (the others keep their numbers)."""
    new = document.model_copy(deep=True)
    new.department_goals.remove(goal_of(new, number))
    return new


def delete_project(document: PerformanceDocument, name: str) -> PerformanceDocument:
    """The document without the project ``name``; a project form keeps its one project."""
    if document.kind.is_project_level:
        raise InputError("项目表单以其项目保存,不能删除这个项目(请删除整份表单)")
    new = document.model_copy(deep=True)
    new.projects.remove(project_of(new, name))
    return new


def goal_uses(number: int) -> Callable[[Actuals], int]:
    """How many recorded actuals name the goal: spending booked to it, readings of its
    indicators."""

    def count(recorded: Actuals) -> int:
        readings = [*recorded.progress, *recorded.year_end]
        booked = sum(1 for r in recorded.spending if r.same_owner(None, number))
        return booked + sum(1 for r in readings if r.ref.same_owner(None, number))

    return count


def project_uses(name: str) -> Callable[[Actuals], int]:
    """How many recorded actuals name the project: spending booked to it, readings of its
    indicators (they find the project by its name)."""

    def count(recorded: Actuals) -> int:
        readings = [*recorded.progress, *recorded.year_end]
        booked = sum(1 for r in recorded.spending if r.same_owner(name, None))
        return booked + sum(1 for r in readings if r.ref.same_owner(name, None))

    return count


def indicator_uses(project: str | None, goal: int | None, name: str) -> Callable[[Actuals], int]:
    """How many recorded readings (progress, year-end) name the indicator."""

    def count(recorded: Actuals) -> int:
        readings = [*recorded.progress, *recorded.year_end]
        return sum(1 for r in readings if r.ref.matches(project, goal, name))

    return count


def _refuse_unknown(patch: Patch, known: Mapping[str, str]) -> None:
    unknown = sorted(set(patch) - set(known))
    if unknown:
        raise FieldRefused(
            unknown[0], f"不能修改字段“{unknown[0]}”(可修改:{'、'.join(known.values())})"
        )


_CATEGORIES: Final = {c: c.label for c in Category}
_SUBCATEGORIES: Final = {s: s.label for s in Subcategory}
_DIRECTIONS: Final = {d: d.label for d in Direction}
