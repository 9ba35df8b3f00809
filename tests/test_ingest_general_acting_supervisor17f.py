"""A report's prose naming the supervising unit as acting for the project (某局作为项目主管
部门,…) (session 17)."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form

_TABLE = "三级指标 指标值 实际完成值 分值 得分\n新建冷库数量 ≥4座 4座 10 10\n"


def test_a_unit_acting_as_the_projects_supervisor_is_the_department(tmp_path: Path) -> None:
    text = (
        "二、项目实施情况.项目进展顺利.临湘县农业农村局作为项目主管部门,制定了资金管理办法.\n"
        "2021 年冷链物流建设项目绩效评价得分表 " + _TABLE
    )
    document = read_form(tmp_path, text)
    assert document.department is not None
    assert document.department.name == "临湘县农业农村局"


def test_a_unit_acting_as_the_implementer_is_no_supervisor(tmp_path: Path) -> None:
    text = (
        "二、项目实施情况.临湘县冷链服务中心作为项目实施单位,按期完成建设.\n"
        "2021 年冷链物流建设项目绩效评价得分表 " + _TABLE
    )
    document = read_form(tmp_path, text)
    department = document.department
    assert department is None or department.supervising_department is None
