"""A form that writes its year on no line of its own: the year its project code or its
month dates name, UNCERTAIN; none where they disagree."""

from __future__ import annotations

from pathlib import Path

from jixiao.ingest.general.fields import read_unstated_year
from jixiao.ingest.pipeline import parse_file
from jixiao.ingest.report import ItemKind

_FORM = """某县县级部门预算项目绩效目标表
填报单位(盖公章):某县农业农村局
项目编码\t{code}\t项目名称\t高标准农田建设
一级指标\t二级指标\t三级指标\t指标值
产出指标\t数量指标\t新建高标准农田面积\t≥5000亩
产出指标\t时效指标\t项目完工时间\t{deadline}
满意度指标\t服务对象满意度指标\t受益农户满意度\t≥90%
"""


def _read(tmp_path: Path, code: str, deadline: str) -> tuple[int | None, list[str]]:
    path = tmp_path / "form.txt"
    path.write_text(_FORM.format(code=code, deadline=deadline), encoding="utf-8")
    document, report = parse_file(path)
    doubts = [item.reason for item in report.items if item.kind is ItemKind.UNCERTAIN]
    return document.fiscal_year, [reason for reason in doubts if "预算年度" in reason]


def test_a_project_codes_year_is_the_forms(tmp_path: Path) -> None:
    year, doubts = _read(tmp_path, "410522230000000004518", "按期完工")
    assert year == 2023
    assert doubts and "项目编码" in doubts[0]


def test_a_deadlines_year_is_the_forms_where_nothing_else_names_one(tmp_path: Path) -> None:
    year, doubts = _read(tmp_path, "XM-0042", "2022年10月底前")
    assert year == 2022
    assert doubts and "日期" in doubts[0]


def test_dates_of_two_years_name_none() -> None:
    lines = ["项目期", "2022年3月-2023年6月", "完工时间", "2023年6月底前"]
    assert read_unstated_year(lines) is None


def test_a_year_without_its_month_is_no_date() -> None:
    assert read_unstated_year(["较2020年增长", "≥5%"]) is None


def test_a_code_too_short_or_of_no_region_names_no_year() -> None:
    assert read_unstated_year(["项目编码 5226240210000001"]) is None  # 16 digits
    assert read_unstated_year(["项目编码 991127240000000012307"]) is None  # no province 99
