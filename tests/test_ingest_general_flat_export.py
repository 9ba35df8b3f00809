"""A budget system's flat export (预算管理一体化 → CSV): one indicator a row, the unit's and
the project's columns (their codes among them) repeated on every row, several projects one
after the other, no title. Its rows name the unit and their projects, with their money."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from general_support import read_form, table_rows
from jixiao.ingest.general.vocabulary import Role

_HEAD = (
    "单位编码,单位名称,项目代码,项目名称,项目总金额,其中财政资金,"
    "一级指标,二级指标,三级指标,指标值\n"
)
_FIRST = "612401,汉滨区农业农村局,61240125K000000018822,茶园提质增效项目,"
_SECOND = "612401,汉滨区农业农村局,61240125K000000019105,农机购置补贴配套,"
_EXPORT = (
    _HEAD
    + _FIRST
    + "415.50,400.00,产出指标,数量指标,改造低产茶园面积,≥3000亩\n"
    + _FIRST
    + "415.50,400.00,产出指标,质量指标,茶园改造验收合格率,≥95%\n"
    + _FIRST
    + "415.50,400.00,效益指标,经济效益指标,亩均茶叶增收,≥600元\n"
    + _SECOND
    + "96.00,96.00,产出指标,数量指标,补贴农机具台套数,≥180台\n"
    + _SECOND
    + "96.00,96.00,满意度指标,服务对象满意度指标,购机农户满意度,≥90%\n"
)


def test_the_code_columns_keep_the_unit_and_the_project_in_their_places() -> None:
    row = table_rows(_EXPORT)[0]
    assert (row[Role.UNIT_NAME], row[Role.PROJECT]) == ("汉滨区农业农村局", "茶园提质增效项目")
    assert (row[Role.BUDGET], row[Role.FISCAL]) == ("415.50", "400.00")
    assert (row[Role.NAME], row[Role.TARGET]) == ("改造低产茶园面积", "≥3000亩")


def test_a_flat_export_is_read_as_its_projects_with_their_money(tmp_path: Path) -> None:
    document = read_form(tmp_path, _EXPORT)
    assert document.department is not None
    assert document.department.name == "汉滨区农业农村局"
    projects = [(p.name, p.budget, p.fiscal_funds, len(p.indicators)) for p in document.projects]
    assert projects == [
        ("茶园提质增效项目", Decimal("415.50"), Decimal("400.00"), 3),
        ("农机购置补贴配套", Decimal("96.00"), Decimal("96.00"), 2),
    ]


def test_a_table_without_project_names_stays_a_departments_goal(tmp_path: Path) -> None:
    # near miss: a unit's column, no project's: the indicators are the department's own
    text = (
        "单位编码,单位名称,一级指标,二级指标,三级指标,指标值\n"
        "612401,汉滨区农业农村局,产出指标,数量指标,改造低产茶园面积,≥3000亩\n"
        "612401,汉滨区农业农村局,产出指标,质量指标,茶园改造验收合格率,≥95%\n"
        "612401,汉滨区农业农村局,效益指标,经济效益指标,亩均茶叶增收,≥600元\n"
    )
    document = read_form(tmp_path, text)
    assert document.projects == []
    assert [len(goal.indicators) for goal in document.department_goals] == [3]
