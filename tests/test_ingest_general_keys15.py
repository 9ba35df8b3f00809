"""The key's project in the layouts of the genre met by the fifteenth session: a run-on
form's name ended by a 中央主管部门, a sentence's 项目名称 holding a year, and a report
title's fund as the report's own sentences name it (without the 项目 the title adds)."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form


def _project(tmp_path: Path, text: str) -> str | None:
    document = read_form(tmp_path, text)
    return document.projects[0].name if document.projects else None


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
