"""The declaration editor's changes of a draft as pure functions: what they change, what they
leave alone, and each refusal's Chinese message at its field (the document unchanged)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from jixiao.domain import edits
from jixiao.domain.actuals import Actuals, IndicatorRef, ProgressRecord, SpendingRecord
from jixiao.domain.framework import Category, Subcategory
from jixiao.domain.model import (
    Department,
    DepartmentGoal,
    DocumentKind,
    FundingBlock,
    Indicator,
    PerformanceDocument,
    Project,
    TargetBasis,
)
from jixiao.domain.target import Direction
from jixiao.errors import InputError, NotFoundError


def _document(kind: DocumentKind = DocumentKind.DEPARTMENT_PERFORMANCE) -> PerformanceDocument:
    return PerformanceDocument(
        kind=kind,
        fiscal_year=2024,
        department=Department(name="某局"),
        department_goals=[
            DepartmentGoal(
                number=1,
                text="保障运转",
                funding_block=FundingBlock(name="人员经费", amount=Decimal("64.18")),
                indicators=[Indicator(name="出勤率", target="≥95%")],
            )
        ],
        projects=[
            Project(
                name="宣传经费",
                budget=Decimal("10"),
                indicators=[
                    Indicator(name="宣传次数", category=Category.OUTPUT, target="≥4次"),
                    Indicator(name="满意度", category=Category.SATISFACTION),
                ],
            )
        ],
    )


def _refused(call: object, field: str) -> str:
    assert callable(call)
    with pytest.raises(edits.FieldRefused) as refused:
        call()
    assert refused.value.field == field and refused.value.loc == ("body", field)
    return refused.value.message


def test_a_goal_s_text_and_money_change_and_the_rest_stays() -> None:
    document = _document()
    edited = edits.edit_goal(document, 1, {"text": "  保障机关运转  ", "funding_amount": "70"})
    goal = edited.department_goals[0]
    assert goal.text == "保障机关运转" and goal.funding_block is not None
    assert goal.funding_block.amount == Decimal("70") and goal.funding_block.name == "人员经费"
    assert document.department_goals[0].text == "保障运转"  # a copy: the original unchanged
    emptied = edits.edit_goal(edited, 1, {"funding_name": "", "funding_amount": None})
    assert emptied.department_goals[0].funding_block is None


def test_a_goal_is_numbered_after_the_last_and_needs_its_text() -> None:
    added, number = edits.add_goal(_document(), {"text": "新目标"})
    assert number == 2 and [g.number for g in added.department_goals] == [1, 2]
    assert "不能为空" in _refused(lambda: edits.add_goal(_document(), {"text": " "}), "text")


def test_amounts_are_read_exactly_and_refused_in_chinese() -> None:
    document = _document()
    edited = edits.edit_project(document, "宣传经费", {"budget": "1,234.50", "other_funds": ""})
    assert edited.projects[0].budget == Decimal("1234.50")
    message = _refused(
        lambda: edits.edit_project(document, "宣传经费", {"budget": "一百"}), "budget"
    )
    assert message == "预算数(万元):“一百”不是数字"
    negative = _refused(
        lambda: edits.edit_project(document, "宣传经费", {"budget": "-1"}), "budget"
    )
    assert "不能为负数" in negative
    huge = _refused(lambda: edits.edit_project(document, "宣传经费", {"budget": "1e99"}), "budget")
    assert "超出范围" in huge
    assert _refused(lambda: edits.edit_project(document, "宣传经费", {"budget": "NaN"}), "budget")


def test_a_project_is_renamed_unless_the_name_is_taken_or_blank() -> None:
    document, _ = edits.add_project(
        _document(), {"name": "培训经费", "implementing_unit": "某中心"}
    )
    assert document.projects[1].implementing_unit == "某中心"
    renamed = edits.edit_project(document, "宣传经费", {"name": "宣传专项经费", "period": "全年"})
    assert [p.name for p in renamed.projects] == ["宣传专项经费", "培训经费"]
    taken = _refused(lambda: edits.edit_project(document, "宣传经费", {"name": "培训经费"}), "name")
    assert taken == "文档中已有“培训经费”,项目名称不能重复"
    assert _refused(lambda: edits.edit_project(document, "宣传经费", {"name": ""}), "name")
    assert _refused(lambda: edits.add_project(document, {"name": "培训经费"}), "name")


def test_a_project_level_form_keeps_its_project_s_name() -> None:
    form = _document(DocumentKind.PROJECT_TARGET)
    assert "不能在此改名" in _refused(
        lambda: edits.edit_project(form, "宣传经费", {"name": "新名"}), "name"
    )
    assert _refused(lambda: edits.add_project(form, {"name": "另一个"}), "name")


def test_an_indicator_is_renamed_and_recategorised_within_the_framework() -> None:
    document = _document()
    patch = {
        "name": "宣传活动次数",
        "category": "产出指标",
        "subcategory": "quantity",
        "weight": "10",
        "direction": "反向",
        "target_basis": "计划标准",
        "definition": "全年开展宣传活动的次数",
    }
    edited, indicator = edits.edit_indicator(document, "宣传经费", None, "宣传次数", patch)
    assert indicator.name == "宣传活动次数" and indicator.subcategory is Subcategory.QUANTITY
    assert indicator.weight == Decimal("10") and indicator.direction is Direction.REVERSE
    assert indicator.target_basis is TargetBasis.PLAN
    assert indicator.target is not None and indicator.target.text == "≥4次"  # untouched
    assert [i.name for i in edited.projects[0].indicators] == ["宣传活动次数", "满意度"]


def test_indicator_refusals_name_their_field() -> None:
    document = _document()

    def edit(patch: dict[str, str | None]) -> object:
        return lambda: edits.edit_indicator(document, "宣传经费", None, "宣传次数", patch)

    assert "已有“满意度”" in _refused(edit({"name": "满意度"}), "name")
    mismatch = _refused(edit({"subcategory": "social"}), "subcategory")
    assert mismatch == "二级指标“社会效益指标”不属于一级指标“产出指标”(它属于“效益指标”)"
    assert "可选:产出指标" in _refused(edit({"category": "效果"}), "category")
    assert "不是数字" in _refused(edit({"weight": "十"}), "weight")
    assert "不能为负数" in _refused(edit({"weight": "-2"}), "weight")
    assert "无法识别指标值" in _refused(edit({"target": "≥≥"}), "target")
    assert "不能修改字段" in _refused(edit({"result": "x"}), "result")


def test_indicators_are_added_and_deleted_by_owner() -> None:
    document = _document()
    added, indicator = edits.add_indicator(
        document, None, 1, {"name": "加班时长", "target": "≤10小时"}
    )
    assert indicator.target is not None and [
        i.name for i in added.department_goals[0].indicators
    ] == [
        "出勤率",
        "加班时长",
    ]
    assert _refused(lambda: edits.add_indicator(document, None, 1, {"name": "出勤率"}), "name")
    removed = edits.delete_indicator(added, None, 1, "出勤率")
    assert [i.name for i in removed.department_goals[0].indicators] == ["加班时长"]
    with pytest.raises(NotFoundError):
        edits.delete_indicator(removed, None, 1, "出勤率")
    with pytest.raises(NotFoundError):
        edits.edit_goal(document, 9, {"text": "无"})


def test_recorded_actuals_that_name_a_project_or_indicator_are_counted() -> None:
    recorded = Actuals(
        spending=[SpendingRecord(project="宣传经费", date=date(2024, 3, 1), amount=Decimal("1"))],
        progress=[
            ProgressRecord(
                ref=IndicatorRef(project="宣传经费", indicator="宣传次数"),
                date=date(2024, 6, 30),
                value=Decimal("2"),
                unit="次",
            )
        ],
    )
    assert edits.project_uses("宣传经费")(recorded) == 2
    assert edits.project_uses("培训经费")(recorded) == 0
    assert edits.indicator_uses("宣传经费", None, "宣传次数")(recorded) == 1
    assert edits.indicator_uses("宣传经费", None, "满意度")(recorded) == 0


def test_goals_and_projects_are_deleted_and_a_project_form_keeps_its_project() -> None:
    document, _ = edits.add_goal(_document(), {"text": "二"})
    assert [g.number for g in edits.delete_goal(document, 1).department_goals] == [2]
    assert edits.delete_project(document, "宣传经费").projects == []
    with pytest.raises(InputError):
        edits.delete_project(_document(DocumentKind.PROJECT_TARGET), "宣传经费")
    recorded = Actuals(
        spending=[SpendingRecord(goal=1, date=date(2024, 3, 1), amount=Decimal("1"))]
    )
    assert edits.goal_uses(1)(recorded) == 1 and edits.goal_uses(2)(recorded) == 0
