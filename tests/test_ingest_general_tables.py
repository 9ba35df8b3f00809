"""Table traits the general reader reads by itself (without the specialised parsers beside
it in ``parse_source``): labels printed where a merged cell's middle falls, 二级 labels in a
form with no 二级 column, a template's numbering before a name, a 项目资金 header whose words
wrap over lines."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from general_support import read_form as _read
from jixiao.domain.framework import Category, Subcategory
from jixiao.domain.model import FundingSource
from jixiao.ingest.general.fields import read_fields
from jixiao.ingest.general.stream import Cell
from jixiao.ingest.general.vocabulary import Field

_APPROVAL = """项目支出绩效目标批复表
(2022年度)
项目名称 | 某某培训 | 项目负责人 |
项目金额 | 100万元 | 其中:当年财政资金 | 100万元 |
实施单位 | 某县某某中心 |
绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值 |
数量指标 | 培训人次 | 300人次 |
开设课程数 | 40门 |
产出指标 | 外出考察批次 | 5次 |
质量指标 | 培训完成率 | 100% |
"""


def test_a_first_level_label_printed_inside_its_second_levels_rows_keeps_that_label(
    tmp_path: Path,
) -> None:
    indicators = _read(tmp_path, _APPROVAL).projects[0].indicators
    third = indicators[2]
    assert third.name == "外出考察批次"
    assert (third.category, third.subcategory) == (Category.OUTPUT, Subcategory.QUANTITY)
    assert indicators[3].subcategory is Subcategory.QUALITY


_MONITORING = """项目支出绩效监控表
(2021年度)
项目名称 | 某某经费 |
项目执行单位 | 某市某某馆 |
绩效指标 | 一级指标 | 指标名称 | 指标值 | 1-6月指标执行情况 | 完成目标可能性 |
产出指标 |
质量 | ||||
成本 | 年度预算150万元 | 按进度执行,已支付约40% | 确定能 |
"""


def test_a_second_level_label_in_the_name_column_heads_the_name_written_with_its_target(
    tmp_path: Path,
) -> None:
    indicators = _read(tmp_path, _MONITORING).projects[0].indicators
    assert [indicator.name for indicator in indicators] == ["年度预算"]
    cost = indicators[0]
    assert cost.subcategory is Subcategory.COST
    assert cost.target is not None and cost.target.canonical == "150万元"


_SELF_EVALUATION = """项目支出绩效自评表
(2020年度)
项目名称
某某改造经费
实施单位
某市某某学校
项目资金
(万元)
年初
预算数
全年
预算数
全年
执行数
分值
执行率
得分
年度资金总额
50
50
41.5
10
83%
8
一级指标
二级指标
三级指标
年度
指标值
实际
完成值
分值
得分
偏差原因分析及改进措施
产出指标
数量指标
指标1丙类工程数
5
4
10
8
一处未开工,已督促
质量指标
指标1甲类完工率
100
100
10
10
指标2乙类合格率
100
95
10
9
个别批次返工
时效指标
指标1完成及时率
100
100
10
10
"""


def test_a_funding_header_wrapped_over_lines_names_its_columns(tmp_path: Path) -> None:
    project = _read(tmp_path, _SELF_EVALUATION).projects[0]
    total = project.funding_execution[0]
    assert total.source is FundingSource.TOTAL
    assert (total.initial_budget, total.full_year_budget, total.executed) == (
        Decimal(50),
        Decimal(50),
        Decimal("41.5"),
    )
    assert (total.weight, total.score) == (Decimal(10), Decimal(8))


def test_a_numbered_name_after_a_short_row_starts_a_row_of_its_own(tmp_path: Path) -> None:
    indicators = _read(tmp_path, _SELF_EVALUATION).projects[0].indicators
    assert [indicator.name for indicator in indicators] == [
        "丙类工程数",
        "甲类完工率",
        "乙类合格率",
        "完成及时率",
    ]
    second = indicators[2]
    assert second.result is not None and second.result.score == Decimal(9)


_GLUED_WEIGHT = """项目支出绩效自评表
(2017年度)
项目名称    某某提升项目
实施单位    某县某某站
项目资金(元)    年初预算数    全年预算数    全年执行数    分值    执行率    得分
年度资金总额      3200000        3465000        3389100        10      97.81%    9.78
其中:财政拨款     3200000        3465000        3389100        -       97.81%    -
一级指标   二级指标   三级指标           年度指标值         分值   实际完成值     得分
产出指标   数量指标   甲类改造面积       ≥3000亩            8      3120亩         8
                      乙类培训人次       达到预计值210010          2236人次       10
           质量指标   验收合格率         ≥95%               8      97.2%          8
"""


def test_a_weight_glued_to_its_target_is_cut_where_only_one_weight_fits(tmp_path: Path) -> None:
    indicators = _read(tmp_path, _GLUED_WEIGHT).projects[0].indicators
    second = indicators[1]
    assert second.name == "乙类培训人次"
    assert second.target is not None and second.target.canonical == "≥2100"
    assert second.weight == Decimal(10)


def test_a_full_width_unit_states_the_money_unit(
    tmp_path: Path,
) -> None:
    project = _read(tmp_path, _GLUED_WEIGHT.replace("(元)", "（元）")).projects[0]
    assert project.funding_execution[0].full_year_budget == Decimal("346.5")


_BOX_TABLE = """某县2021年度某某建设项目绩效评价报告
(一)项目概况。项目名称:某某建设项目;主管部门:某县某某局。该项目由某县某某局组织实施。
┌──────┬────────┬──────────┬──────────┬────┐
│一级指标│二级指标│三级指标│年度目标值│实际完成值│
├──────┼────────┼──────────┼──────────┼────┤
│产出指标│数量指标│新建道路里程│≥85公里│87.3公里│
│      │质量指标│验收合格率│100%│100%│
└──────┴────────┴──────────┴──────────┴────┘
"""


def test_a_table_drawn_with_box_characters_and_fields_in_clauses(tmp_path: Path) -> None:
    document = _read(tmp_path, _BOX_TABLE)
    indicators = document.projects[0].indicators
    assert [(i.name, i.target.canonical if i.target else None) for i in indicators] == [
        ("新建道路里程", "≥85公里"),
        ("验收合格率", "100%"),
    ]
    assert document.projects[0].name == "某某建设项目"
    assert document.projects[0].supervising_department == "某县某某局"


_RUN_TOGETHER = """项目支出绩效目标表
(2023年度)
项目名称某某补助资金
绩效指标一级指标二级指标三级指标指标值
产出指标数量指标新增就业人数≥4500人
技能培训人次≥3000人次
时效指标补贴发放时间2023年12月底前
"""


def test_a_table_run_together_is_cut_however_short_its_rows(tmp_path: Path) -> None:
    indicators = _read(tmp_path, _RUN_TOGETHER).projects[0].indicators
    assert [(i.name, i.target.canonical if i.target else None) for i in indicators] == [
        ("新增就业人数", "≥4500人"),
        ("技能培训人次", "≥3000人次"),
        ("补贴发放时间", "2023年12月底前"),
    ]


_CARDS = """项目支出绩效自评表(2022年度)
项目名称:某某补助资金
实施单位:某市某某局
——————
一级指标:产出指标
二级指标:数量指标
三级指标:甲类管护面积
年度指标值:≥168.5万亩
实际完成值:168.5万亩
分值:15
得分:15
——————
一级指标:满意度指标
二级指标:服务对象满意度指标
三级指标:管护人员满意度
年度指标值:≥90%
实际完成值:93%
分值:10
得分:10
"""


def test_one_card_per_indicator_of_key_colon_value_lines_is_a_table(tmp_path: Path) -> None:
    indicators = _read(tmp_path, _CARDS).projects[0].indicators
    assert [(i.name, i.target.canonical if i.target else None) for i in indicators] == [
        ("甲类管护面积", "≥168.5万亩"),
        ("管护人员满意度", "≥90%"),
    ]
    assert indicators[1].result is not None and indicators[1].result.score == Decimal(10)


_LONG_TERM = """项目支出绩效目标申报表
(2024年度)
项目名称\t某某除险加固项目
绩效指标\t一级指标\t二级指标\t三级指标\t长期指标值\t年度指标值\t备注
\t产出指标\t数量指标\t除险加固甲类座数\t≥36座\t≥12座
\t\t质量指标\t验收合格率\t100%\t100%
"""


def test_a_long_term_target_beside_the_years_goes_to_the_remark(tmp_path: Path) -> None:
    first = _read(tmp_path, _LONG_TERM).projects[0].indicators[0]
    assert first.target is not None and first.target.canonical == "≥12座"
    assert first.remark == "长期指标值:≥36座"


def test_a_units_field_stops_at_the_signers_label_after_it() -> None:
    cell = Cell("填报单位:某县某某局 填报人:[已隐去] 填报日期:2022年3月25日", 1)
    assert [(item.field, item.value) for item in read_fields([cell])] == [
        (Field.UNIT_NAME, "某县某某局")
    ]
