"""A compact table printing two indicators a row (``三级指标 | 指标值`` twice in its header)."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form
from general_support import table_rows as _rows
from jixiao.ingest.general.twin_pairs import twin_block
from jixiao.ingest.general.vocabulary import Role

_LAYOUT = (
    "某县教育局2024年项目支出绩效目标表\n"
    "项目名称    农村学校营养改善计划        资金总额    560.00\n"
    "一级指标    二级指标      三级指标              指标值        三级指标            指标值\n"
    "产出指标    数量指标      受益学生人数          ≥4200人       供餐学校数量        =36所\n"
    "产出指标    质量指标      食品抽检合格率        100%          配餐营养达标率      ≥95%\n"
    "效益指标    社会效益指标  学生体质达标率提高    ≥2个百分点    家长知晓率          ≥90%\n"
    "满意度指标  服务对象满意度指标  学生满意度      ≥92%\n"
)


def _pairs(rows: list[dict[Role, str]]) -> list[tuple[str, str, str]]:
    return [(row[Role.SUBCATEGORY], row[Role.NAME], row[Role.TARGET]) for row in rows]


def test_each_line_of_a_twin_table_gives_both_its_indicators_under_its_levels() -> None:
    assert _pairs(_rows(_LAYOUT)) == [
        ("数量指标", "受益学生人数", "≥4200人"),
        ("数量指标", "供餐学校数量", "=36所"),
        ("质量指标", "食品抽检合格率", "100%"),
        ("质量指标", "配餐营养达标率", "≥95%"),
        ("社会效益指标", "学生体质达标率提高", "≥2个百分点"),
        ("社会效益指标", "家长知晓率", "≥90%"),
        ("服务对象满意度指标", "学生满意度", "≥92%"),
    ]


def test_a_twin_pipe_table_is_read_as_two_indicators_a_row() -> None:
    text = (
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 三级指标 | 年度指标值 |\n"
        "| --- | --- | --- | --- | --- | --- |\n"
        "| 产出指标 | 时效指标 | 设备采购时间 | 2025年6月底前 | 验收完成时间 | 2025年9月底前 |\n"
        "| 产出指标 | 成本指标 | 单台设备成本 | ≤12万元 | 运维费用 | ≤3万元 |\n"
    )
    assert [(row[Role.NAME], row[Role.TARGET]) for row in _rows(text)] == [
        ("设备采购时间", "2025年6月底前"),
        ("验收完成时间", "2025年9月底前"),
        ("单台设备成本", "≤12万元"),
        ("运维费用", "≤3万元"),
    ]


def test_the_second_indicator_of_a_line_is_read_whole_into_the_document(tmp_path: Path) -> None:
    document = read_form(tmp_path, _LAYOUT)
    names = [indicator.name for _, indicator in document.all_indicators()]
    assert names == [
        "受益学生人数",
        "供餐学校数量",
        "食品抽检合格率",
        "配餐营养达标率",
        "学生体质达标率提高",
        "家长知晓率",
        "学生满意度",
    ]


def test_a_header_naming_its_columns_once_reads_one_indicator_a_row() -> None:
    # a row's cell past the name's columns (a remark) is no second indicator
    text = (
        "一级指标    二级指标      三级指标              指标值        备注\n"
        "产出指标    数量指标      新建停车泊位          ≥300个        分两期建设\n"
        "产出指标    质量指标      泊位验收合格率        100%          由住建部门验收\n"
    )
    assert _pairs(_rows(text)) == [
        ("数量指标", "新建停车泊位", "≥300个"),
        ("质量指标", "泊位验收合格率", "100%"),
    ]


def test_a_line_of_one_pair_under_a_twin_header_gives_one_indicator() -> None:
    rows = _rows(_LAYOUT)
    assert [row[Role.NAME] for row in rows].count("学生满意度") == 1
    assert all(row.get(Role.TARGET) for row in rows)


def test_a_header_repeating_other_columns_after_its_name_is_no_twin() -> None:
    name, target, weight = Role.NAME, Role.TARGET, Role.WEIGHT
    assert twin_block([Role.CATEGORY, name, target, name, target]) == (name, target)
    assert twin_block([Role.CATEGORY, name, target, name, weight]) == ()
    assert twin_block([Role.CATEGORY, name, target, weight]) == ()
    assert twin_block([name, target, name, target, name, target]) == ()
