"""Messy captures of the genre's tables: full-width and OCR bars, a CSV export shown as
text, bullets before list lines, and letters an OCR reads inside numbers."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from general_support import table_rows as _rows
from general_support import text_source as _source
from jixiao.domain.framework import Category
from jixiao.domain.model import Department, DocumentKind, Indicator, PerformanceDocument, Project
from jixiao.domain.target import Operator, parse_target
from jixiao.ingest.cells import range_floor, read_target_cell
from jixiao.ingest.general.genres import genre_of
from jixiao.ingest.general.kinds import Kind, kind_of
from jixiao.ingest.general.listed import listed_as_rows
from jixiao.ingest.general.normalise import (
    bar_cells,
    csv_cells,
    ocr_digits,
    strip_bullet,
)
from jixiao.ingest.general.prose import read_prose_targets
from jixiao.ingest.general.stream import cells_of, value_pair
from jixiao.ingest.general.vocabulary import Role
from jixiao.ingest.pipeline import _reading_quality, parse_file
from jixiao.ingest.readers.text import split_cells
from jixiao.ingest.source import SourceLine


def _line(text: str) -> SourceLine:
    return SourceLine(number=1, text=text, cells=split_cells(text))


def test_a_row_typed_with_full_width_bars_is_cut_at_them_keeping_empty_merged_cells() -> None:
    assert bar_cells(_line("\u3000\u3000｜\u3000\u3000｜光荣牌悬挂率｜≥９８％｜９９．２％｜")) == (
        "",
        "",
        "光荣牌悬挂率",
        "≥９８％",
        "９９．２％",
    )


def test_a_table_rule_read_as_a_stroke_or_a_letter_is_a_bar() -> None:
    assert bar_cells(_line("丨        丨质量指标丨补贴资金兑付准确率丨=100%丨100%丨丨")) == (
        "",
        "质量指标",
        "补贴资金兑付准确率",
        "=100%",
        "100%",
    )
    assert bar_cells(_line("I             丨地方资金丨 0 丨 0 丨")) == ("地方资金", "0", "0")
    assert bar_cells(_line("丨转移支付区域绩效自评表丨")) == ("转移支付区域绩效自评表",)


def test_a_line_with_one_bar_or_already_in_cells_is_left_alone() -> None:
    assert bar_cells(_line("一丨二")) is None
    assert bar_cells(SourceLine(number=1, text="a\tb｜c｜d", cells=("a", "b｜c｜d"))) is None


def test_a_csv_export_is_cut_at_its_commas_with_quoted_fields_whole() -> None:
    text = (
        "文件名:绩效目标表.csv\n"
        "一级指标,二级指标,三级指标,指标值,备注\n"
        '产出指标,数量指标,森林抚育面积,"1,200亩以上",\n'
        ",,退化林修复面积,2万亩,\n"
        ",质量指标,苗木成活率,85%以上,\n"
        "效益指标,生态效益指标,森林覆盖率,较上年提高,\n"
    )
    cut = csv_cells(_source(text).lines)
    assert 1 not in cut
    assert cut[3] == ("产出指标", "数量指标", "森林抚育面积", "1,200亩以上")
    assert cut[4] == ("", "", "退化林修复面积", "2万亩")
    rows = _rows(text)
    assert [row[Role.NAME] for row in rows] == [
        "森林抚育面积",
        "退化林修复面积",
        "苗木成活率",
        "森林覆盖率",
    ]
    assert rows[0][Role.TARGET] == "1,200亩以上"


def test_prose_with_a_few_ascii_commas_is_no_csv() -> None:
    text = "完成造林1.5万亩, 修复2万亩, 成活率85%以上, 覆盖率提高。\n" * 2 + "其余各项,推进。\n"
    assert csv_cells(_source(text).lines) == {}


def test_letters_an_ocr_reads_inside_numbers_are_digits() -> None:
    assert ocr_digits("年度资金总额 4l86.OO 丨 99.2O%") == "年度资金总额 4186.00 丨 99.20%"
    assert ocr_digits("昌图县2O21年度 ≧9l% ≧2l00户") == "昌图县2021年度 ≧91% ≧2100户"


def test_letters_in_words_and_codes_stay_letters() -> None:
    text = "ISO9001 认证 PDF I 类 No.1 CO2 (B/A)"
    assert ocr_digits(text) == text


def test_a_bullet_before_a_list_line_is_dropped_but_a_check_box_is_kept() -> None:
    assert strip_bullet("◆县域就诊率:较上年提高") == "县域就诊率:较上年提高"
    assert strip_bullet("📌主管部门:都兰县卫生健康局") == "主管部门:都兰县卫生健康局"
    assert strip_bullet("▍绩效指标") == "绩效指标"
    assert strip_bullet("■持续性 □新增性") == "■持续性 □新增性"
    assert strip_bullet("□是 ☑否") == "□是 ☑否"


def test_a_bound_after_the_unit_or_a_range_is_a_target_cell() -> None:
    assert kind_of("1,200亩以上") is Kind.QUANTITY
    assert kind_of("1000元/亩以内") is Kind.QUANTITY
    assert kind_of("3-5期") is Kind.QUANTITY
    assert kind_of("90%-95%") is Kind.QUANTITY
    assert kind_of("2023-2024") is not Kind.QUANTITY


def test_a_range_cell_is_read_as_at_least_its_floor_keeping_the_range_as_written() -> None:
    cell = read_target_cell("3-5期")
    assert cell.target is not None
    assert (cell.target.operator, cell.target.value, cell.target.unit, cell.target.text) == (
        Operator.GE,
        Decimal(3),
        "期",
        "3-5期",
    )
    assert [reason for _, _, reason in cell.repairs] == ["区间按下限读出(原文保留)"]
    floor = range_floor("90%-95%")
    assert floor is not None
    assert (floor.operator, floor.value, floor.unit) == (Operator.GE, Decimal(90), "%")


def test_a_range_from_nothing_is_read_as_at_most_its_ceiling() -> None:
    ceiling = range_floor("0-5%")
    assert ceiling is not None
    assert (ceiling.operator, ceiling.value, ceiling.unit) == (Operator.LE, Decimal(5), "%")


def test_years_months_and_a_falling_pair_are_no_range() -> None:
    assert range_floor("2023-2024") is None
    assert range_floor("1-7月") is None
    assert range_floor("5-3人") is None
    assert read_target_cell("2023-2024").target is None


_ARTICLE = """某县卫健
点击上方蓝字 关注我们
【财政公开】2024年某补助资金区域绩效目标公示
📌资金名称:某补助资金(转移支付)
📌主管部门:某县卫生健康局
📌年度资金总额:86.00万元
▍绩效指标
一、产出指标
◇数量指标
◆培训人数:不低于120人
◆会诊覆盖率:100%
◇时效指标
◆资金下达时限:2024年9月30日前
二、效益指标
◇社会效益指标
◆县域就诊率:较上年提高
------
来源:某县卫生健康局
阅读原文  阅读 356  在看 4
"""


def test_indicators_listed_one_a_line_as_name_colon_target_are_read_as_rows(
    tmp_path: Path,
) -> None:
    path = tmp_path / "article.txt"
    path.write_text(_ARTICLE, encoding="utf-8")
    document, report = parse_file(path)
    assert report.genre == DocumentKind.TRANSFER_TARGET
    assert {
        indicator.name: indicator.target.canonical if indicator.target else None
        for _, indicator in document.all_indicators()
    } == {
        "培训人数": "≥120人",
        "会诊覆盖率": "100%",
        "资金下达时限": "2024年9月30日前",
        "县域就诊率": "较上年提高",
    }
    assert document.projects[0].name == "某补助资金"


def test_field_lines_are_no_listed_indicators_and_two_lines_are_no_list() -> None:
    text = "主管部门:某局\n年度资金总额:86万元\n培训人数:≥120人\n覆盖率:100%\n"
    lines = _source(text).lines
    assert listed_as_rows(lines) == lines
    lines = _source(text + "下达时限:2024年9月底前\n").lines
    assert [line.cells for line in listed_as_rows(lines)] == [
        ("主管部门:某局",),
        ("年度资金总额:86万元",),
        ("培训人数", "≥120人"),
        ("覆盖率", "100%"),
        ("下达时限", "2024年9月底前"),
    ]


def test_a_unit_column_headed_only_unit_gives_each_target_its_unit() -> None:
    rows = _rows(
        "一级指标 二级指标 三级指标 指标值 单位 备注\n"
        "产出指标 数量指标 监督抽检批次 ≥1850 批次\n"
        "产出指标 数量指标 每千人抽检量 5 批次/千人\n"
        "产出指标 质量指标 抽检信息公开率 ≥95.00 %\n"
    )
    assert [(row[Role.TARGET], row[Role.UNIT]) for row in rows] == [
        ("≥1850", "批次"),
        ("5", "批次/千人"),
        ("≥95.00", "%"),
    ]


def test_an_operator_spaced_from_its_number_is_one_cell_but_a_breadcrumb_arrow_is_not() -> None:
    text = "平均费用 ≤ 800 元\n验收合格率 = 100 其他\n首页 > 部门预算 > 2020年\n"
    cells = cells_of(_source(text).lines)
    assert [cell.text for cell in cells] == [
        "平均费用",
        "≤800元",
        "验收合格率",
        "=100",
        "其他",
        "首页",
        ">",
        "部门预算",
        ">",
        "2020年",
    ]


def test_a_form_with_a_link_to_another_genre_at_its_foot_is_one_form(tmp_path: Path) -> None:
    path = tmp_path / "preview.txt"
    path.write_text(
        "某局2025年抽检经费项目支出绩效目标表\n"
        "项目名称:抽检经费\n"
        "一级指标 二级指标 三级指标 指标值\n"
        "产出指标 数量指标 抽检批次 ≥1850批次\n"
        "相关推荐:市场监管局部门整体支出绩效目标表.xls\n",
        encoding="utf-8",
    )
    document, report = parse_file(path)
    assert report.genre == DocumentKind.PROJECT_TARGET
    assert [indicator.name for _, indicator in document.all_indicators()] == ["抽检批次"]


def test_a_target_and_its_actual_run_together_in_one_cell_are_cut_apart() -> None:
    assert value_pair("≥3000人次1865人次") == ("≥3000人次", "1865人次")
    assert value_pair("≥95.00%96.10%") == ("≥95.00%", "96.10%")
    assert value_pair("=100%—") == ("=100%", "—")
    assert value_pair("90%-95%92%") == ("90%-95%", "92%")
    assert value_pair("逐步完善逐步完善") == ("逐步完善", "逐步完善")
    assert value_pair("按月发放按月发放") == ("按月发放", "按月发放")


def test_names_numbers_and_single_values_are_no_pair() -> None:
    for text in ("2024年度项目", "3个乡镇5个村建设", "≥1850", "100%", "11", "项目名称"):
        assert value_pair(text) is None


def test_a_row_copied_from_a_sheet_with_two_columns_run_together_reads_both() -> None:
    rows = _rows(
        "一级指标 二级指标 三级指标 年度指标值 1-7月完成值 全年预计完成值\n"
        "产出指标 数量指标 上门服务人次 ≥3000人次1865人次 3100人次\n"
        "产出指标 质量指标 服务站验收合格率 =100%— 100%\n"
    )
    assert [(row[Role.TARGET], row[Role.ACTUAL]) for row in rows] == [
        ("≥3000人次", "1865人次"),
        ("=100%", "—"),
    ]


def test_a_monitoring_table_with_a_serial_number_and_a_warning_light_reads_row_by_row() -> None:
    rows = _rows(
        "序号 指标名称 年度目标值 1-7月完成值 预警\n"
        "(一)产出指标\n"
        "1 新增节水灌溉面积 不少于3.2万亩 1.86万亩 黄\n"
        "2 配套机电井眼数 ≥40眼 24眼 黄\n"
        "3 更新改造管网长度 ≥ 150 公里 101公里 绿\n"
    )
    named = [row for row in rows if Role.TARGET in row]
    assert [(row[Role.NAME], row[Role.TARGET], row[Role.REMARK]) for row in named] == [
        ("新增节水灌溉面积", "不少于3.2万亩", "黄"),
        ("配套机电井眼数", "≥40眼", "黄"),
        ("更新改造管网长度", "≥150公里", "绿"),
    ]


def test_a_report_title_opened_by_guanyu_names_its_unit(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(
        "关于某旗水利局2024年牧区节水灌溉项目绩效运行监控情况的报告\n"
        "项目2024年年初预算安排资金1260万元。\n",
        encoding="utf-8",
    )
    document, _ = parse_file(path)
    assert document.department.name == "某旗水利局"


def test_a_line_without_a_bullet_keeps_its_indentation() -> None:
    assert strip_bullet("        强制免疫病种应免") == "        强制免疫病种应免"
    assert strip_bullet("  ◆ 县域就诊率:较上年提高") == "  县域就诊率:较上年提高"


def test_a_side_label_glyph_on_a_line_of_its_own_is_no_names_tail() -> None:
    lines = _source(
        "一级指标 二级指标 三级指标 指标值 全年实际完成值\n"
        "绩 质量指标\n"
        "无害化处理率 100% 100%\n"
        "效\n"
        "指 时效指标 按时完成\n"
    ).lines
    texts = [cell.text for cell in cells_of(lines)]
    assert "效" not in texts and "绩" not in texts and "指" not in texts
    wrapped = _source("一级指标 二级指标 三级指标 指标值\n产出指标 质量指标 验收合格\n率\n").lines
    assert "率" in [cell.text for cell in cells_of(wrapped)]


def test_a_prose_list_of_indicators_naming_their_column_is_read_across_a_page_break() -> None:
    lines = _source(
        "绩效指标:在职人员控制率,指标值:≤100%;“三公”经费变动率,指标值:≤0%。\n"
        "绩效指标:开展文化活动,指标值:≥60场次;设备故障修复时限,指标值:\n"
        "－ 18 －\n"
        "72小时以内;文体活动参与度,指标值:显著提升。\n"
    ).lines
    assert [(found.name, found.target.canonical) for found in read_prose_targets(lines)] == [
        ("在职人员控制率", "≤100%"),
        ("“三公”经费变动率", "≤0%"),
        ("开展文化活动", "≥60场次"),
        ("设备故障修复时限", "≤72小时"),
        ("文体活动参与度", "显著提升"),
    ]


def test_a_department_budgets_performance_part_is_a_departments_text() -> None:
    lines = ["某局2026年部门预算", "第三部分 2026年度部门预算绩效目标", "(略,见项目支出绩效目标表)"]
    assert genre_of(lines, []) is DocumentKind.DEPARTMENT_PERFORMANCE


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("部门(单位)整体支出绩效目标申报表 | |||", DocumentKind.DEPARTMENT_PERFORMANCE),
        ("部门（单位）整体绩效目标表（2024年度）", DocumentKind.DEPARTMENT_PERFORMANCE),
        ("部门(单位)整体支出绩效自评表", DocumentKind.DEPARTMENT_SELF_EVALUATION),
        # the aside after another word is not the department's: a project's form stays one
        ("实施单位(单位)项目支出绩效目标表", DocumentKind.PROJECT_TARGET),
    ],
)
def test_a_department_form_titled_with_its_unit_aside_is_a_departments(
    title: str, kind: DocumentKind
) -> None:
    assert genre_of(["某县某局", title], []) is kind


_SPLIT_COLUMNS = """某局2026年某项目绩效目标批复表
项目名称:某项目
| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 |
| --- | --- | --- | --- | --- | --- |
| 产出指标 | 数量指标 | 监测覆盖数 | ≥ | 42 | 处 |
|  |  | 培训场次 | 区间 | 3-5 | 场 |

| 三级指标 | 指标性质 | 指标值(万元) |
| --- | --- | --- |
| 单处治理平均成本 | ≤ | 68 |
"""


def test_a_range_nature_reads_the_floor_and_a_headers_unit_is_its_columns(
    tmp_path: Path,
) -> None:
    path = tmp_path / "form.txt"
    path.write_text(_SPLIT_COLUMNS, encoding="utf-8")
    document, report = parse_file(path)
    targets = {
        indicator.name: indicator.target.canonical if indicator.target else None
        for _, indicator in document.all_indicators()
    }
    assert targets == {"监测覆盖数": "≥42处", "培训场次": "≥3场", "单处治理平均成本": "≤68万元"}
    assert any("区间按下限读出" in item.reason for item in report.items)


def test_a_standard_of_steady_running_or_a_lasting_mechanism_is_a_value_cell() -> None:
    assert kind_of("持续稳定运行") is Kind.QUALITATIVE
    assert kind_of("正常运转") is Kind.QUALITATIVE
    assert kind_of("长效") is Kind.QUALITATIVE
    assert kind_of("公共法律服务平台运行") is Kind.NAME


def test_a_tables_total_row_counts_for_no_reading_when_the_pipeline_chooses() -> None:
    indicators = [
        Indicator(category=Category.OUTPUT, name=name, target=parse_target("100"))
        for name in ("甲", "合计")
    ]
    document = PerformanceDocument(
        kind=DocumentKind.PROJECT_TARGET,
        department=Department(name="某局"),
        fiscal_year=2024,
        projects=[Project(name="某项目", indicators=indicators)],
    )
    assert _reading_quality(document)[0] == 1


def test_an_ocr_double_bar_equals_spaced_from_its_number_is_one_cell_with_it() -> None:
    cells = cells_of(_source("抗震改造户数 ═ 40户\n").lines)
    assert [cell.text for cell in cells] == ["抗震改造户数", "═40户"]
