"""A third party's 绩效评价报告 names the unit it evaluated in prose, before the year and the
project, with no quotes (受某财政局委托，某公司对某局2023年度某项目开展了绩效评价): that unit is
the document's, not the 财政局 that commissioned the report."""

from __future__ import annotations

from general_support import text_source
from jixiao.ingest.general.fields import read_prose_fields
from jixiao.ingest.general.vocabulary import Field


def _units(text: str) -> list[str]:
    found = read_prose_fields(text_source(text).lines)
    return [value.value for value in found if value.field is Field.UNIT_NAME]


def test_the_unit_named_before_the_year_is_the_evaluated_one() -> None:
    text = (
        "受某县财政局委托，某工程咨询有限公司对某县农业农村局2023年度高标准农田建设项目"
        "开展了绩效评价，现将评价情况报告如下。"
    )
    assert _units(text) == ["某县农业农村局"]


def test_an_evaluation_of_the_year_with_no_unit_names_none() -> None:
    assert _units("评价组对2023年度高标准农田建设项目开展了绩效评价。") == []


def test_a_unit_evaluating_its_own_spending_stays_the_reporting_unit() -> None:
    text = "某县卫生健康局对2023年度基本公共卫生服务项目开展了绩效自评。"
    assert _units(text) == ["某县卫生健康局"]
