"""The key (department, project) in the layouts of the genre met by the fourteenth session: a
unit printed with its code in brackets, a unit glued to the 填报时间 after it, a label and its
value parted by a single rule, a Markdown alignment row of short dashes with colons, the writer
naming itself (我局) in prose, a form's subtitle in brackets, a title whose months follow its
year."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form
from jixiao.ingest.general.normalise import is_alignment_row


def _key(tmp_path: Path, text: str) -> tuple[str | None, str | None]:
    document = read_form(tmp_path, text)
    department = document.department.name if document.department is not None else None
    project = document.projects[0].name if document.projects else None
    return department, project


_TABLE = """\
一级指标 | 二级指标 | 三级指标 | 指标值
产出指标 | 数量指标 | 培训基层农技人员 | ≥320人次
满意度指标 | 服务对象满意度指标 | 参训人员满意度 | ≥90%
"""


def test_a_units_code_in_brackets_after_its_name_is_no_part_of_it(tmp_path: Path) -> None:
    text = (
        "2024年度项目支出绩效目标申报表\n"
        "| 项目名称 | 基层农技推广体系改革补助 | | |\n"
        "|---|---|---|---|\n"
        "| 主管部门及代码 | 岷县农业农村局（302017） | | |\n"
    ) + _TABLE
    assert _key(tmp_path, text)[0] == "岷县农业农村局"


def test_a_units_words_in_brackets_stay_in_its_name(tmp_path: Path) -> None:
    # near miss: brackets holding words, not a code
    text = (
        "2024年度项目支出绩效目标申报表\n单位名称：岷县农业技术推广中心（站）\n项目名称：基层农技推广体系改革补助\n"
        + _TABLE
    )
    assert _key(tmp_path, text)[0] == "岷县农业技术推广中心（站）"


def test_a_unit_glued_to_the_time_of_filling_ends_before_it(tmp_path: Path) -> None:
    text = (
        "2023年项目绩效运行监控表\n项目名称：乡镇污水处理设施运维\n" + _TABLE
    ) + "填报单位：荣昌区生态环境局　　　填报时间：2023年8月15日\n"
    assert _key(tmp_path, text)[0] == "荣昌区生态环境局"


def test_a_label_and_its_value_parted_by_one_rule(tmp_path: Path) -> None:
    text = "2022年度项目支出绩效自评表\n项目名称 ｜ 2022年小型农田水利设施维修项目\n" + _TABLE
    assert _key(tmp_path, text)[1] == "2022年小型农田水利设施维修项目"


def test_short_dashes_with_colons_align_a_markdown_table() -> None:
    assert is_alignment_row((":--", "--:", ":-:", "---"))


def test_bare_short_dashes_are_cells_not_an_alignment_row() -> None:
    # near miss: ``--`` alone is how a table writes an empty cell
    assert not is_alignment_row(("--", "--", "--"))


def test_a_markdown_tables_first_project_after_short_alignment_dashes(tmp_path: Path) -> None:
    text = (
        "单位名称：宁化县文化体育和旅游局\n\n"
        "| 项目名称 | 预算金额 | 一级指标 | 二级指标 | 三级指标 | 指标值 |\n"
        "| :-- | --: | :-- | :-- | :-- | :-- |\n"
        "| 乡村文化活动补助 | 86.00 | 产出指标 | 数量指标 | 送戏下乡场次 | ≥40场 |\n"
        "|  |  | 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% |\n"
    )
    assert _key(tmp_path, text)[1] == "乡村文化活动补助"


_REPORT = """\
宁洱县农业农村局
2021年度耕地地力保护补贴项目绩效自评报告
一、项目基本情况
为保护耕地地力，2021年我局实施耕地地力保护补贴项目，全县发放补贴1.2万户。
二、绩效目标完成情况
一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值
产出指标 | 数量指标 | 补贴发放户数 | ≥1.1万户 | 1.2万户
"""


def test_the_writer_naming_itself_in_prose_is_no_unit(tmp_path: Path) -> None:
    assert _key(tmp_path, _REPORT)[0] == "宁洱县农业农村局"


def test_a_unit_named_in_prose_before_its_work_is_still_read(tmp_path: Path) -> None:
    # near miss: a unit of its own name before 实施, where no other names the department
    text = _REPORT.replace("宁洱县农业农村局\n", "").replace("我局", "宁洱县农业农村局")
    assert _key(tmp_path, text)[0] == "宁洱县农业农村局"


def test_a_forms_subtitle_in_brackets_names_its_project(tmp_path: Path) -> None:
    text = (
        "2019年度项目支出绩效自评表\n\n（项目名称：2019年农村公路安保工程）\n\n"
        "主管部门：石柱县交通局\n\n" + _TABLE
    )
    assert _key(tmp_path, text)[1] == "2019年农村公路安保工程"


def test_a_bracketed_note_without_a_label_names_no_project(tmp_path: Path) -> None:
    # near miss: a bracketed line whose words before the colon are no label
    text = (
        "2019年度项目支出绩效自评表\n（此表由实施单位填写：一式两份）\n项目名称：农村公路安保工程\n"
        + _TABLE
    )
    assert _key(tmp_path, text)[1] == "农村公路安保工程"


def test_a_titles_months_after_its_year_are_no_part_of_the_project(tmp_path: Path) -> None:
    text = (
        "黎平县水务局\n关于2023年1-9月农村饮水安全巩固提升项目绩效运行监控情况的报告\n"
        "县财政局：\n现将有关情况报告如下。\n" + _TABLE
    )
    assert _key(tmp_path, text)[1] == "农村饮水安全巩固提升项目"
