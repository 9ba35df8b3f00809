"""A report whose unit names itself (本部门对…, 我单位对…) before the project it evaluated:
the project is the one its sentence names, never the unit's own budget."""

from __future__ import annotations

from jixiao.ingest.general.fields import _self_reported_project


def test_the_project_after_a_self_named_unit_is_the_reports() -> None:
    text = "2.项目支出绩效自评情况.我单位对2021年城乡环卫保洁经费开展绩效自评,自评得分93分"
    assert _self_reported_project(text) == "城乡环卫保洁经费"
    text = "本局对2023年度实施的乡村道路养护项目进行了绩效自评"
    assert _self_reported_project(text) == "乡村道路养护项目"


def test_the_units_own_budget_is_no_project() -> None:
    assert _self_reported_project("本部门对2022年部门预算项目开展绩效自评") is None
    assert _self_reported_project("本部门对2022年整体支出开展绩效自评") is None


def test_a_sentence_of_no_self_named_unit_names_none_here() -> None:
    assert _self_reported_project("评价组对2021年城乡环卫保洁经费开展绩效评价") is None
