"""Numbered lines naming the levels: ``2.产出指标－质量指标－验收合格率:目标值≥98%,实际完成
99%,分值10分,得分10分``. The 一级 and 二级 labels joined by a dash (—, －, -, ——, /) stand
before the name; after its colon the values are labelled in prose: the target first, then
what was achieved, the weight (分值) and the score (得分). Levels that are no labels of the
framework, or a colon before no labelled target, make no indicator of the line."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from general_support import read_form
from jixiao.domain.framework import Category, Subcategory
from jixiao.domain.model import Indicator

_REPORT = """某县农业农村局
2023年度高标准农田建设项目绩效自评报告
一、项目基本情况
项目由某县农业农村局组织实施，建设内容包括土地平整、灌溉排水和田间道路。
二、绩效指标完成情况
各项指标完成情况如下：
1.产出指标－数量指标－新建高标准农田面积：目标值≥2.5万亩，实际完成2.62万亩，分值15分，得分15分。
2.产出指标——质量指标——工程验收合格率：指标值100%，实际完成100%，分值10分，得分10分。
3.效益指标/经济效益指标/亩均粮食产能提高：年度目标值≥50公斤，实际值55公斤，分值10分，得分9.5分。
4.满意度指标-服务对象满意度指标-受益农户满意度：年度指标值≥90%，实际完成92%，分值10分，得分10分。
三、存在的问题
"""

_NEAR_MISSES = """某县农业农村局2023年度工作总结
一、主要工作
1.基础设施—农田水利—渠道维修：目标值3处，实际完成3处。
2.产出指标—数量指标—说明：本年度各项工作稳步推进，群众反映良好。
"""


def _read(tmp_path: Path, text: str) -> dict[str, Indicator]:
    document = read_form(tmp_path, text)
    return {indicator.name: indicator for _, indicator in document.all_indicators()}


def test_the_levels_before_the_name_are_the_indicators_levels(tmp_path: Path) -> None:
    read = _read(tmp_path, _REPORT)
    area = read["新建高标准农田面积"]
    assert area.category is Category.OUTPUT
    assert area.subcategory is Subcategory.QUANTITY
    assert read["亩均粮食产能提高"].category is Category.OUTCOME
    assert read["受益农户满意度"].category is Category.SATISFACTION


def test_each_dash_joins_levels(tmp_path: Path) -> None:
    read = _read(tmp_path, _REPORT)
    assert set(read) == {
        "新建高标准农田面积",
        "工程验收合格率",
        "亩均粮食产能提高",
        "受益农户满意度",
    }


def test_the_labelled_values_are_target_actual_weight_and_score(tmp_path: Path) -> None:
    read = _read(tmp_path, _REPORT)
    grain = read["亩均粮食产能提高"]
    assert grain.target is not None
    assert grain.target.text == "≥50公斤"
    assert grain.weight == Decimal("10")
    assert grain.result is not None
    assert grain.result.actual_text == "55公斤"
    assert grain.result.score == Decimal("9.5")
    assert read["工程验收合格率"].target is not None
    assert read["工程验收合格率"].target.text == "100%"


def test_levels_that_are_no_labels_or_no_target_make_no_indicator(tmp_path: Path) -> None:
    read = _read(tmp_path, _NEAR_MISSES)
    assert "说明" not in read
    assert "渠道维修" not in read  # its levels are no labels: the line is not split
    assert all(indicator.category is None for indicator in read.values())


_LEVELS_ONLY = """某区林业局2022年度项目绩效自评报告
1.产出指标—数量指标：年度指标值≥1000亩，实际完成1200亩。
"""


def test_a_line_naming_only_its_levels_leaves_its_clauses_to_the_item(tmp_path: Path) -> None:
    read = _read(tmp_path, _LEVELS_ONLY)
    assert "数量指标" not in read
