"""The fiscal year is not the year a form was filled in: a self-evaluation is filed the year
after (``填报日期:2023年2月14日`` above ``…2022年…资金``); that date's year counts only where
no other year is written."""

from __future__ import annotations

from jixiao.ingest.general.fields import read_year


def test_the_filing_dates_year_gives_way_to_the_projects() -> None:
    lines = [
        "农机购置补贴资金绩效自评表填报日期:2023年2月14日总分:92.5分",
        "项目名称宁远县2022年农机购置补贴资金主管部门宁远县农业农村局",
    ]
    assert read_year(lines) == (2022, 2)


def test_a_filing_date_alone_still_gives_its_year() -> None:
    # near miss: with no other year written, the date's year is the best there is
    assert read_year(["项目支出绩效自评表", "填表日期:2024年1月8日"]) == (2024, 2)


def test_a_year_of_the_form_before_the_date_is_read_first() -> None:
    lines = ["2021年度项目支出绩效自评表 填报日期:2022年3月1日"]
    assert read_year(lines) == (2021, 1)
