"""Validation at the boundary: hostile JSON, unknown names in actuals, absurd amounts, region
codes that are patterns. Each is refused with a Chinese message naming the place, before
anything is written."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from jixiao.app.region import region_code_of
from jixiao.domain.actuals import Actuals, IndicatorRef, ProgressRecord, SpendingRecord
from jixiao.domain.model import AchievementLevel, Department
from jixiao.errors import InputError, JixiaoError
from jixiao.interchange.json_document import DocumentFileError, parse_document_json
from jixiao.workspace import Workspace

FIXTURE = Path(__file__).parent / "fixtures" / "xingtai-2020.json"
DEPARTMENT = "邢台市归国华侨联合会"
BASE: dict[str, Any] = json.loads(FIXTURE.read_text(encoding="utf-8"))


def _changed(change: Any) -> str:
    data = copy.deepcopy(BASE)
    change(data)
    return json.dumps(data, ensure_ascii=False)


def _set(path: list[Any], value: Any) -> Any:
    def change(data: Any) -> None:
        for part in path[:-1]:
            data = data[part]
        data[path[-1]] = value

    return change


HOSTILE = {
    "nesting 3000 deep": ("[" * 3000 + "]" * 3000, "嵌套超过"),
    "a 5000-digit integer": ('{"schema_version": ' + "9" * 5000 + "}", "超过上限"),
    "a 5-million-character name": (
        _changed(_set(["department", "name"], "部" * 5_000_000)),
        "department.name:名称过长",
    ),
    "a blank name": (_changed(_set(["department", "name"], "   ")), "名称不能为空白"),
    "a NUL in a name": (_changed(_set(["department", "name"], "侨联\x00")), "控制字符 U+0000"),
    "a negative budget total": (
        _changed(_set(["budget", "income", "total"], "-88.29")),
        "budget.income.total:金额不能为负数",
    ),
    "1e999999999": (_changed(_set(["budget", "income", "total"], "1e999999999")), "超出范围"),
    "a tiny number of 5000 places": (
        _changed(_set(["budget", "income", "total"], "1e-5000")),
        "小数位过多",
    ),
    "NaN": (_changed(_set(["budget", "income", "total"], "NaN")), "budget.income.total"),
    "the same project four times": (
        _changed(lambda d: d.__setitem__("projects", [d["projects"][0]] * 4)),
        "projects[1].name:项目“侨务工作经费”与 projects[0] 重复",
    ),
}


@pytest.mark.parametrize("case", HOSTILE)
def test_hostile_json_is_refused_with_the_place(case: str) -> None:
    text, expected = HOSTILE[case]
    with pytest.raises(DocumentFileError) as refused:
        parse_document_json(text, source="hostile.json")
    assert "hostile.json" in refused.value.message
    assert expected in refused.value.message
    assert len(refused.value.message) < 2000  # never the 5 MB input echoed back


def test_the_fixture_still_validates() -> None:
    assert parse_document_json(FIXTURE.read_text(encoding="utf-8")).department.name == DEPARTMENT


def test_names_keep_tabs_and_newlines_but_not_other_controls() -> None:
    assert Department(name="邢台市\n侨联").name == "邢台市\n侨联"
    with pytest.raises(ValidationError, match="控制字符"):
        Department(name="侨联\x1b[31m")


@pytest.mark.parametrize("amount", ["1e400", "-1e13", "1e-40"])
def test_absurd_amounts_are_refused(amount: str) -> None:
    with pytest.raises(ValidationError):
        SpendingRecord(date=dt.date(2020, 3, 1), amount=amount)


@pytest.mark.parametrize("code", ["%", "9_01", "13*", "13 05", "1305%", "一三", "1" * 13])
def test_region_codes_are_codes_not_patterns(code: str) -> None:
    with pytest.raises(InputError, match="行政区划代码"):
        region_code_of(code)


def test_region_code_digits_pass() -> None:
    assert region_code_of(" 1305 ") == "1305"
    assert region_code_of(None) is None


# --- actuals against the stored document ---------------------------------------------------


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    workspace = Workspace(f"sqlite:///{tmp_path / 'j.sqlite3'}")
    workspace.init()
    workspace.load_file(FIXTURE)
    return workspace


def _spend(project: str | None = None, goal: int | None = None) -> Actuals:
    record = SpendingRecord(date=dt.date(2020, 3, 1), amount="1", project=project, goal=goal)
    return Actuals(spending=[record])


def test_record_refuses_a_project_the_document_lacks(workspace: Workspace) -> None:
    for name in ("%", "侨务工作"):
        with pytest.raises(InputError, match="没有项目"):
            workspace.record(DEPARTMENT, 2020, _spend(project=name))
    with pytest.raises(InputError, match="相近的有:“侨务工作经费”"):
        workspace.record(DEPARTMENT, 2020, _spend(project="侨务工作"))
    assert workspace.actuals(DEPARTMENT, 2020).spending == []
    workspace.record(DEPARTMENT, 2020, _spend(project="侨务工作经费"))
    workspace.record(DEPARTMENT, 2020, _spend())  # the department itself
    assert len(workspace.actuals(DEPARTMENT, 2020).spending) == 2


def test_record_refuses_a_goal_or_indicator_the_document_lacks(workspace: Workspace) -> None:
    with pytest.raises(InputError, match="没有整体支出目标9"):
        workspace.record(DEPARTMENT, 2020, _spend(goal=9))
    ref = IndicatorRef(indicator="接待人次", project="侨务工作经费")
    reading = ProgressRecord(ref=ref, date=dt.date(2020, 6, 30), level=AchievementLevel.ACHIEVED)
    with pytest.raises(InputError, match="没有指标“接待人次”;相近的有:“接待海外侨胞人数”"):
        workspace.record(DEPARTMENT, 2020, Actuals(progress=[reading]))


def test_record_in_a_year_without_a_document(workspace: Workspace) -> None:
    with pytest.raises(InputError, match="2019 年度没有该部门已导入的绩效文档"):
        workspace.record(DEPARTMENT, 2019, _spend(project="侨务工作经费"))


def test_replace_with_no_rows_needs_allow_empty(workspace: Workspace, tmp_path: Path) -> None:
    workspace.record(DEPARTMENT, 2020, _spend(project="侨务工作经费"))
    header_only = tmp_path / "empty.csv"
    header_only.write_text("类型,日期,项目,金额\n", encoding="utf-8")
    with pytest.raises(JixiaoError, match="--allow-empty"):
        workspace.import_actuals(header_only, DEPARTMENT, 2020, replace=True)
    assert len(workspace.actuals(DEPARTMENT, 2020).spending) == 1
    workspace.import_actuals(header_only, DEPARTMENT, 2020, replace=True, allow_empty=True)
    assert workspace.actuals(DEPARTMENT, 2020).spending == []
