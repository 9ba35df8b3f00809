"""Traits of published documents the general reader met first in the third blind hold-out
set (docs/holdout.md, h31–h58), each read here in a text of its own: a form served one cell
per line, its budget block with a 总额 row, a project printed after its budget-system code,
a label's note in a cell of its own."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from jixiao.domain.model import FundingSource, PerformanceDocument
from jixiao.ingest.general.reader import read_document
from jixiao.ingest.readers import read_source
from jixiao.ingest.report import ImportReport


def _read(tmp_path: Path, text: str) -> PerformanceDocument:
    """The general reader's reading alone (the pipeline may keep a specialised one)."""
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    source = read_source(path)
    return read_document(source, ImportReport(source=path.name, format="text"))


def _cells(*cells: str) -> str:
    """A form served one cell per line, each ending in `` |``."""
    return "\n".join(f"{cell} |" if cell else "|" for cell in cells) + "\n"


_ONE_CELL_PER_LINE = _cells(
    "项目支出绩效自评表(2024年度)",
    "项目名称",
    "33010224R000000001234-城区道路保洁经费",
    "主管部门",
    "某区城市管理局",
    "实施单位 (盖章)",
    "某区环境卫生所",
    "预算执行情况(10分)",
    "年度预算数(万元)",
    "年初预算",
    "调整后预算数",
    "预算执行数",
    "预算执行率",
    "权重",
    "得分",
    "原因",
    "总额",
    "800.00",
    "860.00",
    "817.00",
    "95.00%",
    "10",
    "9.5",
    "",
    "其中:财政资金",
    "800.00",
    "860.00",
    "817.00",
    "95.00%",
    "/",
    "/",
    "绩效指标(90分)",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标值",
    "完成值",
    "产出指标",
    "数量指标",
    "保洁道路面积",
    "≥120万平方米",
    "122万平方米",
)


def test_a_budget_block_served_one_cell_per_line_is_read_from_its_total_row(
    tmp_path: Path,
) -> None:
    document = _read(tmp_path, _ONE_CELL_PER_LINE)
    project = document.projects[0]
    total = project.funding_execution[0]
    assert total.source is FundingSource.TOTAL
    assert (total.initial_budget, total.full_year_budget, total.executed) == (
        Decimal("800"),
        Decimal("860"),
        Decimal("817"),
    )
    assert (total.execution_rate, total.weight, total.score) == (
        Decimal("95.00"),
        Decimal("10"),
        Decimal("9.5"),
    )


def test_the_fiscal_funds_are_the_fiscal_rows_years_budget_not_its_first_figure(
    tmp_path: Path,
) -> None:
    document = _read(tmp_path, _ONE_CELL_PER_LINE)
    assert document.projects[0].fiscal_funds == Decimal("860")


def test_a_project_printed_after_its_budget_system_code_is_named_without_it(
    tmp_path: Path,
) -> None:
    document = _read(tmp_path, _ONE_CELL_PER_LINE)
    assert document.projects[0].name == "城区道路保洁经费"


def test_a_labels_note_in_a_cell_of_its_own_is_not_the_labels_value(tmp_path: Path) -> None:
    document = _read(tmp_path, _ONE_CELL_PER_LINE)
    assert document.projects[0].implementing_unit == "某区环境卫生所"
    assert document.department is not None
    assert document.department.name == "某区环境卫生所"


_MONITORING = """某县教育局2024年项目支出绩效目标执行监控表(2024年1-6月)
| 项目名称 | 校舍维修改造资金 | | | |
| 主管部门 | 某县教育局 | 实施单位 | 某县教育局 | |
| 项目资金(万元) | 年度资金总额 | 1-6月执行数 | 执行率 | 全年预计执行数 |
| | 600.00 | 255.00 | 42.50% | 600.00 |
| | 其中:财政拨款 580.00 | 250.00 | 43.10% | 580.00 |
| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 1-6月执行情况 |
| 产出指标 | 数量指标 | 维修校舍面积 | ≥5000平方米 | 2600平方米 |
| | 成本指标 | 生均维修补助 | 300元/生·年 | 300元/生·年 |
| | 时效指标 | 资金拨付时间 | 资金下达后30日内 | 按时拨付 |
"""


def test_a_funding_header_led_by_the_total_reads_the_unlabelled_row_under_it(
    tmp_path: Path,
) -> None:
    project = _read(tmp_path, _MONITORING).projects[0]
    total, fiscal = project.funding_execution[:2]
    assert (total.source, total.full_year_budget, total.executed, total.execution_rate) == (
        FundingSource.TOTAL,
        Decimal("600"),
        Decimal("255"),
        Decimal("42.50"),
    )
    assert (fiscal.source, fiscal.full_year_budget, fiscal.executed) == (
        FundingSource.FISCAL,
        Decimal("580"),
        Decimal("250"),
    )
    assert (project.budget, project.fiscal_funds) == (Decimal("600"), Decimal("580"))


def test_money_per_student_and_a_time_limit_after_an_event_are_read_as_targets(
    tmp_path: Path,
) -> None:
    indicators = {item.name: item for _, item in _read(tmp_path, _MONITORING).all_indicators()}
    cost = indicators["生均维修补助"]
    assert cost.subcategory is not None and cost.subcategory.value == "cost"
    assert cost.target is not None and cost.target.unit == "元/生·年"
    timing = indicators["资金拨付时间"].target
    assert timing is not None and timing.standard == "资金下达后30日内"


_FUNDS_UNDER_THEIR_COLUMNS = """项目支出绩效运行监控表
(2023年1-6月)
项目名称
乡村道路保洁经费
实施单位
某县环境卫生服务中心
资金情况(万元)
年度预算数
1-6月执行数
执行率

320.00
150.40
47.00%
年度绩效目标
保洁道路80公里。
一级指标
二级指标
三级指标
年度指标值
1-6月执行情况
产出指标
数量指标
保洁道路长度
≥80公里
80公里
"""


def test_a_funding_blocks_label_then_its_columns_then_unlabelled_figures_is_the_total(
    tmp_path: Path,
) -> None:
    project = _read(tmp_path, _FUNDS_UNDER_THEIR_COLUMNS).projects[0]
    total = project.funding_execution[0]
    assert (total.full_year_budget, total.executed, total.execution_rate) == (
        Decimal("320"),
        Decimal("150.40"),
        Decimal("47.00"),
    )
    assert project.budget == Decimal("320")


_APPROVAL = """2023年部门项目支出绩效目标批复表
单位名称:某县水利局    金额单位:万元
| 项目名称 | 项目金额 | 一级指标 | 二级指标 | 三级指标 | 指标值 |
| 河道清淤经费 | 45.00 | 产出指标 | 数量指标 | 清淤河道长度 | ≥12公里 |
| | | 满意度指标 | 服务对象满意度指标 | 沿河群众满意度 | ≥90% |
| 水库巡查经费 | 12.50 | 产出指标 | 数量指标 | 巡查水库座数 | =9座 |
"""


def test_a_project_amount_column_of_a_table_of_projects_is_each_projects_budget(
    tmp_path: Path,
) -> None:
    projects = _read(tmp_path, _APPROVAL).projects
    assert [(project.name, project.budget) for project in projects] == [
        ("河道清淤经费", Decimal("45.00")),
        ("水库巡查经费", Decimal("12.50")),
    ]


_RUN_TOGETHER = """项目支出绩效目标表
(2023年度)
项目名称农村劳动力转移培训经费
主管部门某县人力资源和社会保障局实施单位某县就业服务中心
项目资金(万元)年度资金总额:360.00
其中:财政拨款340.00
其他资金20.00
绩效指标一级指标二级指标三级指标指标值
产出指标数量指标培训人次≥1200人次
满意度指标服务对象满意度指标学员满意度≥90%
"""


def test_amounts_run_into_their_labels_are_the_projects_money(tmp_path: Path) -> None:
    project = _read(tmp_path, _RUN_TOGETHER).projects[0]
    assert (project.budget, project.fiscal_funds, project.other_funds) == (
        Decimal("360"),
        Decimal("340"),
        Decimal("20"),
    )


_SELF_EVALUATION = """项目支出绩效自评表
(2023年度)
| 项目名称 | 蔬菜产业发展资金 | | | | | |
| 实施单位 | 某县农业技术推广中心 | | | | | |
| 项目资金(万元) | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
| | 年度资金总额 | 300.00 | 340.00 | 330.00 | 10 | 97.06% | 9.71 |
| | 其中:当年财政拨款 | 300.00 | 340.00 | 330.00 | — | — | — |
| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
| 产出指标 | 数量指标 | 蔬菜种植面积 | ≥2万亩 | 2.1万亩 | 10 | 10 |
"""


def test_the_budget_and_fiscal_funds_are_the_years_budget_not_the_initial_one(
    tmp_path: Path,
) -> None:
    project = _read(tmp_path, _SELF_EVALUATION).projects[0]
    assert (project.budget, project.fiscal_funds) == (Decimal("340"), Decimal("340"))


_LABEL_VALUE_LINES = """项目支出绩效自评表(2022年度)
项目名称:退耕还林补助资金
实施单位:某县林业局
年初预算数:300.00万元
全年预算数:320.00万元
全年执行数:316.80万元
执行率:99.00%
分值:10
得分:9.9
——————
一级指标:产出指标
二级指标:数量指标
三级指标:退耕还林面积
年度指标值:≥1.2万亩
实际完成值:1.2万亩
分值:20
得分:20
"""


def test_the_points_after_a_budgets_rate_on_label_value_lines_are_the_budgets(
    tmp_path: Path,
) -> None:
    total = _read(tmp_path, _LABEL_VALUE_LINES).projects[0].funding_execution[0]
    assert (total.full_year_budget, total.execution_rate) == (Decimal("320.00"), Decimal("99.00"))
    assert (total.weight, total.score) == (Decimal("10"), Decimal("9.9"))


_REPORT = """某县自然资源局2023年度部门整体支出绩效自评报告
一、部门基本情况
某县自然资源局负责全县自然资源管理工作。
二、部门预算执行情况
2023年部门预算总额1200.50万元(年初预算1100.00万元,年中追加100.50万元),全年支出1180.20万元,预算执行率98.31%。
三、绩效指标完成情况
1.数量指标。不动产登记办件量:目标≥5000件,实际5230件。
2.成本指标。办公经费支出:目标≤20万元,实际支出18.5万元。
"""


def test_a_reports_total_budget_and_year_spending_in_prose_are_its_money(
    tmp_path: Path,
) -> None:
    document = _read(tmp_path, _REPORT)
    assert document.department_evaluation is not None
    total = document.department_evaluation.funding_execution[0]
    assert (total.initial_budget, total.full_year_budget, total.executed) == (
        Decimal("1100.00"),
        Decimal("1200.50"),
        Decimal("1180.20"),
    )


_TWO_ROW_HEADER = """中央对地方转移支付区域绩效自评表
(2021年度)
转移支付名称      农村综合改革转移支付
资金使用单位      某县财政局
一级      二级          三级指标                  年度            全年实际          未完成原因
指标      指标                                    指标值          完成值
产出      数量指标      村级公益事业奖补项目数    ≥12个           12个
指标      质量指标      项目验收合格率            100%            100%
满意度    服务对象      受益群众满意度            ≥90%            95%
指标      满意度指标
"""


def test_header_words_wrapped_over_two_rows_keep_their_upper_halfs_place(
    tmp_path: Path,
) -> None:
    document = _read(tmp_path, _TWO_ROW_HEADER)
    read = {
        item.name: (item.target.canonical if item.target else None, item.result)
        for _, item in document.all_indicators()
    }
    assert {name: target for name, (target, _) in read.items()} == {
        "村级公益事业奖补项目数": "≥12个",
        "项目验收合格率": "100%",
        "受益群众满意度": "≥90%",
    }
    result = read["受益群众满意度"][1]
    assert result is not None and result.actual_text == "95%"


def test_a_row_whose_target_is_zero_occurrence_ends_before_the_next_name(tmp_path: Path) -> None:
    text = """部门整体支出绩效目标表
| 部门(单位)名称 | 某县教育局 | |
| 一级指标 | 二级指标 | 三级指标 | 指标值 |
| 效益指标 | 社会效益指标 | 适龄儿童失学辍学 | 零发生 |
| | | 校园安全状况 | 持续改善 |
"""
    read = {
        item.name: item.target.standard if item.target else None
        for _, item in _read(tmp_path, text).all_indicators()
    }
    assert read == {"适龄儿童失学辍学": "零发生", "校园安全状况": "持续改善"}


_INTERLEAVED = """项目支出绩效自评表
(2022年度)
项目名称      农作物病虫害防控经费
实施单位      某县植保站
一 级 指 标   二 级 指 标   三 级 指 标   指 标 值   全年实际完成值
                                      重大病虫害统防统治
                        数 量 指 标                                      ≥60%              64.2%
                                      覆盖率
                                      病虫害监测点数量                   ≥12个             12个
          产 出 指 标
                                      春秋两季防控                       2022年4月底、
                        时 效 指 标                                                        按时完成
                                      完成时间                           9月底前
"""


def test_a_rows_cells_wrapped_above_and_below_its_values_line_are_one_row(
    tmp_path: Path,
) -> None:
    read = {
        item.name: item.target.standard or item.target.canonical if item.target else None
        for _, item in _read(tmp_path, _INTERLEAVED).all_indicators()
    }
    assert read == {
        "重大病虫害统防统治覆盖率": "≥60%",
        "病虫害监测点数量": "≥12个",
        "春秋两季防控完成时间": "2022年4月底、9月底前",
    }


_GLUED_TABLE = (
    "部门整体支出绩效自评表(2021年度)部门(单位)名称某县卫生健康局年度预算资金(万元)"
    "年初预算数全年预算数全年执行数分值执行率得分年度资金总额1200.501350.801320.4010"
    "97.75%9.78其中:财政拨款1200.501350.801320.40—97.75%—年度总体目标保障基本公共卫生服务。"
    "绩效指标一级指标二级指标三级指标分值年度指标值全年完成值得分"
    "产出指标数量指标家庭医生签约人数10≥3万人3.1万人10\n"
)


def test_a_budget_rows_figures_run_together_are_cut_by_each_columns_grammar(
    tmp_path: Path,
) -> None:
    document = _read(tmp_path, _GLUED_TABLE)
    assert document.department_evaluation is not None
    total = document.department_evaluation.funding_execution[0]
    assert (total.initial_budget, total.full_year_budget, total.executed) == (
        Decimal("1200.50"),
        Decimal("1350.80"),
        Decimal("1320.40"),
    )
    assert (total.weight, total.execution_rate, total.score) == (
        Decimal("10"),
        Decimal("97.75"),
        Decimal("9.78"),
    )


def test_amounts_after_their_columns_letter_are_read_in_run_together_text(
    tmp_path: Path,
) -> None:
    text = (
        "某县2022年茶产业发展项目绩效自评表(2022年度)项目名称茶产业发展补助实施单位某县茶叶站"
        "资金情况(万元)年度资金总额全年预算数(A)300全年执行数(B)291.5执行率(B/A)97.17%"
        "绩效指标一级指标二级指标三级指标年度指标值全年实际值产出指标数量指标新建茶园面积≥2000亩2100亩\n"
    )
    total = _read(tmp_path, text).projects[0].funding_execution[0]
    assert (total.full_year_budget, total.executed, total.execution_rate) == (
        Decimal("300"),
        Decimal("291.5"),
        Decimal("97.17"),
    )


def test_a_rate_column_named_for_the_months_covered_holds_the_rate(tmp_path: Path) -> None:
    text = """项目支出绩效运行监控表(2024年1-6月)
| 项目名称 | 河道管护经费 | | | |
| 项目资金(万元) | 年初预算数 | 1-6月执行数 | 1-6月执行率 | 全年预计执行数 |
| 年度资金总额 | 120.00 | 50.40 | 42.00% | 120.00 |
| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 1-6月执行情况 |
| 产出指标 | 数量指标 | 管护河道长度 | ≥80公里 | 80公里 |
"""
    total = _read(tmp_path, text).projects[0].funding_execution[0]
    assert (total.initial_budget, total.executed, total.execution_rate) == (
        Decimal("120.00"),
        Decimal("50.40"),
        Decimal("42.00"),
    )


_PROJECTS_ON_ROWS_OF_THEIR_OWN = """2025年项目支出绩效目标批复表
预算单位:某区卫生健康局          金额单位:万元
项目名称    项目金额    年度绩效目标    一级指标    二级指标    三级指标    指标值
合计        90.00
妇幼保健经费    60.00    完成孕产妇产前筛查任务
                        产出指标    数量指标    产前筛查人数    ≥3000人
疫苗冷链经费    30.00    保障冷链设备正常运转
                        产出指标    质量指标    冷链设备完好率    ≥95%
"""


def test_a_projects_amount_on_its_own_row_above_its_indicators_is_its_budget(
    tmp_path: Path,
) -> None:
    projects = _read(tmp_path, _PROJECTS_ON_ROWS_OF_THEIR_OWN).projects
    assert [(project.name, project.budget) for project in projects] == [
        ("妇幼保健经费", Decimal("60.00")),
        ("疫苗冷链经费", Decimal("30.00")),
    ]


def test_a_departments_name_run_into_its_budget_blocks_label_ends_there(tmp_path: Path) -> None:
    text = (
        "部门整体支出绩效自评表(2021年度)部门(单位)名称某县水利局年度预算资金(万元)"
        "年初预算数全年预算数全年执行数分值执行率得分年度资金总额500.00520.00510.0010"
        "98.08%9.81绩效指标一级指标二级指标三级指标年度指标值全年完成值"
        "产出指标数量指标新建堤防长度≥5公里5.2公里\n"
    )
    document = _read(tmp_path, text)
    assert document.department is not None
    assert document.department.name == "某县水利局"


def test_a_project_name_ending_in_its_word_project_keeps_it_before_the_unit_label(
    tmp_path: Path,
) -> None:
    text = (
        "某县2021年项目绩效自评表(2021年度)项目名称中药材种植补助项目实施单位某县农业技术推广站"
        "主管部门某县农业农村局绩效指标一级指标二级指标三级指标年度指标值全年实际值"
        "产出指标数量指标中药材种植面积≥500亩520亩\n"
    )
    document = _read(tmp_path, text)
    assert document.projects[0].name == "中药材种植补助项目"
    assert document.projects[0].implementing_unit == "某县农业技术推广站"


_ONE_CELL_PER_LINE_NO_BLANKS = """社区养老服务补助项目支出绩效目标表
绩效指标
一级指标
二级指标
三级指标
指标值
产出指标
数量指标
日间照料中心数量
≥12个
助餐服务人次
≥3万人次
质量指标
服务投诉处理率
100%
成本指标
每个中心运营补助
≤5万元
满意度指标
服务对象满意度指标
老年人满意度
≥90%
"""


def test_a_table_one_cell_per_line_with_its_empty_cells_dropped_is_not_read_by_position(
    tmp_path: Path,
) -> None:
    read = {
        item.name: item.target.canonical if item.target else None
        for _, item in _read(tmp_path, _ONE_CELL_PER_LINE_NO_BLANKS).all_indicators()
    }
    assert read == {
        "日间照料中心数量": "≥12个",
        "助餐服务人次": "≥3万人次",
        "服务投诉处理率": "100%",
        "每个中心运营补助": "≤5万元",
        "老年人满意度": "≥90%",
    }
