"""The key's project in the layouts of the genre met by the fifteenth session: a run-on
form's name cut at the year it holds or ended by a 中央主管部门, a sentence's 项目名称 holding
a year, and a report title's fund as the report's own sentences name it (without the 项目 the
title adds)."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form


def _project(tmp_path: Path, text: str) -> str | None:
    document = read_form(tmp_path, text)
    return document.projects[0].name if document.projects else None


_RUNON_ROWS = (
    "一级指标二级指标三级指标年初目标值(A)实际完成值(B)得分产出指标数量指标"
    "培训农村实用人才≥600人次652人次10质量指标培训合格率≥95%97%10"
)


def test_a_run_on_forms_name_holding_its_year_after_its_label(tmp_path: Path) -> None:
    text = (
        "1/1某市2019年新型职业农民培育项目绩效目标自评表填报日期:2020年2月20日总分:96分"
        "项目名称2019年新型职业农民培育项目主管部门某市农业农村局项目实施单位某市农业广播"
        "电视学校项目类别、部门预算项目☑、省直专项□" + _RUNON_ROWS + "\n"
    )
    assert _project(tmp_path, text) == "2019年新型职业农民培育项目"


def test_a_run_on_forms_name_with_its_year_inside(tmp_path: Path) -> None:
    text = (
        "1/1 2021年实训基地建设专项资金项目绩效目标自评表填报日期:2022年3月2日总分:93分"
        "项目名称某职业技术学院2021年实训基地建设专项资金主管部门某省教育厅项目实施单位"
        "某职业技术学院项目类别、部门预算项目☑、省直专项□" + _RUNON_ROWS + "\n"
    )
    assert _project(tmp_path, text) == "某职业技术学院2021年实训基地建设专项资金"


def test_a_sentences_project_name_holding_a_year(tmp_path: Path) -> None:
    text = (
        "某乡2022年农村饮水巩固提升项目绩效运行监控报告\n"
        "2022年4月县水利局下达项目计划,项目名称某乡2022年农村饮水巩固提升项目,项目总投资"
        "96万元。\n"
        "1.数量指标:新建供水管网≥12公里。\n"
        "2.质量指标:工程验收合格率100%。\n"
    )
    assert _project(tmp_path, text) == "某乡2022年农村饮水巩固提升项目"


_REPORT = """某县林业局2024年{title}绩效运行监控报告
根据县财政局的通知要求,{sentence}
一、绩效目标完成情况
1.数量指标:完成人工造林面积≥3000亩。
2.质量指标:造林成活率≥85%。
"""


def test_a_titles_fund_without_the_project_word_its_sentences_drop(tmp_path: Path) -> None:
    text = _REPORT.format(
        title="森林生态效益补偿资金项目",
        sentence="2024年省级下达我县森林生态效益补偿资金420万元,已拨付210万元。",
    )
    assert _project(tmp_path, text) == "森林生态效益补偿资金"


def test_a_titles_project_its_sentences_name_otherwise_stays_as_titled(tmp_path: Path) -> None:
    text = _REPORT.format(
        title="森林生态效益补偿资金项目", sentence="我局对该项目1-6月绩效开展监控。"
    )
    assert _project(tmp_path, text) == "森林生态效益补偿资金项目"


def test_a_run_on_transfer_forms_name_ends_at_its_central_supervisor(tmp_path: Path) -> None:
    text = (
        "附件 2 林业改革发展资金区域绩效目标表 ( 2021 年度) 专项名称 林业改革发展资金 "
        "中央主管部门 国家林业和草原局 地方主管部门 某省林业和草原局 资金情况 (万元) "
        "年度资金总额: 12400 其中:中央补助 11000 地方资金 1400 绩 效 指 标 一级指标 二级指标 "
        "三级指标 指标值 产出指标 数量指标 完成营造林面积 ≥40万亩 质量指标 造林成活率 ≥85%\n"
    )
    assert _project(tmp_path, text) == "林业改革发展资金"
