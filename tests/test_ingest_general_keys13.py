"""Key parts the genre states in further ways (session 13): a unit's name followed by the
place of its stamp (``(盖章)``, ``公章``); a title naming its year, then its unit and project;
a 重点 evaluation's title; a people's organisation (协会, 联合会) as a unit; 评价对象 naming a
unit and its project on one line; 评价单位; a project named after its unit's region."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form, text_source
from jixiao.ingest.general.fields import read_fields, read_prose_fields
from jixiao.ingest.general.normalise import normalise_source
from jixiao.ingest.general.stream import cells_of
from jixiao.ingest.general.vocabulary import Field

_TABLE = (
    "一级指标 | 二级指标 | 三级指标 | 指标值\n"
    "产出指标 | 数量指标 | 巡查河道长度 | ≥120公里\n"
    "产出指标 | 质量指标 | 问题整改率 | ≥90%\n"
)


def _department(tmp_path: Path, head: str) -> str | None:
    document = read_form(tmp_path, "2026年河湖管护专项资金绩效目标表\n" + head + _TABLE)
    return document.department.name if document.department is not None else None


def test_a_units_name_without_the_place_of_its_stamp(tmp_path: Path) -> None:
    assert _department(tmp_path, "填报单位:临川区水利局(盖章)\n") == "临川区水利局"


def test_a_units_name_without_a_seal_written_after_a_space(tmp_path: Path) -> None:
    assert _department(tmp_path, "填报单位:临川区水利局 公章\n") == "临川区水利局"


def test_a_units_name_with_another_note_keeps_it(tmp_path: Path) -> None:
    # a bracket that is no stamp's place (an office's own name) stays in the name
    assert _department(tmp_path, "填报单位:临川区水利局(河长办)\n") == "临川区水利局(河长办)"


# a title naming its year first, then the unit and its project


def _prose(text: str) -> dict[Field, list[str]]:
    found: dict[Field, list[str]] = {}
    for item in read_prose_fields(normalise_source(text_source(text))[0].lines):
        found.setdefault(item.field, []).append(item.value)
    return found


def test_a_unit_opening_a_titles_project_after_the_year_is_the_unit() -> None:
    found = _prose("2023年度南平市统计局统计调查劳务外包经费绩效评价报告\n")
    assert found[Field.UNIT_NAME] == ["南平市统计局"]
    assert found[Field.PROJECT] == ["统计调查劳务外包经费"]


def test_a_titles_project_with_no_unit_in_it_stays_whole() -> None:
    found = _prose("2023年度南平市城区道路养护经费绩效评价报告\n")
    assert Field.UNIT_NAME not in found
    assert found[Field.PROJECT] == ["南平市城区道路养护经费"]


def test_a_layout_word_ending_in_ju_is_no_bureau() -> None:
    # 布局 ends as a bureau does and is none
    found = _prose("2024年度南平市网点布局优化补助资金绩效评价报告\n")
    assert Field.UNIT_NAME not in found


# a title whose report is a 重点 evaluation


def test_a_key_evaluations_title_names_its_project() -> None:
    found = _prose("某县财政局\n关于2022年耕地地力保护补贴资金重点绩效评价情况的报告\n")
    assert found[Field.PROJECT] == ["耕地地力保护补贴资金"]


# a people's organisation as the unit of a title


def test_an_association_before_the_year_is_the_titles_unit() -> None:
    found = _prose("某市残疾人联合会关于2025年残疾人康复救助资金绩效运行监控情况的报告\n")
    assert found[Field.UNIT_NAME] == ["某市残疾人联合会"]
    assert found[Field.PROJECT] == ["残疾人康复救助资金"]


# 评价对象: the unit, then its project on the same line


def _fields(text: str) -> dict[Field, str]:
    cells = cells_of(normalise_source(text_source(text))[0].lines)
    return {found.field: found.value for found in read_fields(cells)}


def test_the_evaluated_units_project_after_it_on_its_line() -> None:
    fields = _fields("评价对象:某县林业服务中心 森林防火巡护经费(预算资金48.50万元)\n")
    assert fields[Field.UNIT_NAME] == "某县林业服务中心"
    assert fields[Field.PROJECT] == "森林防火巡护经费"


def test_words_after_the_evaluated_unit_that_name_no_project_are_no_project() -> None:
    fields = _fields("评价对象:某县林业服务中心 评价时间:2024年3月\n")
    assert fields[Field.UNIT_NAME] == "某县林业服务中心"
    assert Field.PROJECT not in fields


def test_an_evaluating_unit_that_is_a_firm_is_no_department() -> None:
    # 评价单位 names the unit evaluating itself; a consultancy is no budget unit
    assert Field.UNIT_NAME not in _fields("评价单位:某某工程咨询有限公司\n")


def test_the_evaluating_unit_of_a_self_evaluation_is_the_department() -> None:
    assert _fields("评价单位:某县交通运输局\n")[Field.UNIT_NAME] == "某县交通运输局"


# a project named after its unit's region


def test_a_project_without_the_place_its_unit_is_named_after(tmp_path: Path) -> None:
    document = read_form(
        tmp_path,
        "2024年度南平市困难群众临时救助资金绩效评价指标体系及评分表\n"
        "评价单位:南平市民政局\n" + _TABLE,
    )
    assert document.department is not None
    assert document.department.name == "南平市民政局"
    assert document.projects[0].name == "困难群众临时救助资金"


def test_a_project_named_after_another_place_keeps_it(tmp_path: Path) -> None:
    document = read_form(
        tmp_path,
        "2024年度建阳区困难群众临时救助资金绩效评价指标体系及评分表\n"
        "评价单位:南平市民政局\n" + _TABLE,
    )
    assert document.projects[0].name == "建阳区困难群众临时救助资金"


def test_a_project_a_field_names_keeps_its_place(tmp_path: Path) -> None:
    document = read_form(
        tmp_path,
        "项目支出绩效目标表\n项目名称:南平市2024年困难群众临时救助资金\n"
        "主管部门:南平市民政局\n" + _TABLE,
    )
    assert document.projects[0].name == "南平市2024年困难群众临时救助资金"


# a field naming many units names no department


def _supervised_form(tmp_path: Path, users: str) -> str | None:
    document = read_form(
        tmp_path,
        "2025年农村公路养护补助资金区域绩效目标表\n"
        "地方主管部门:某市交通运输局\n"
        f"资金使用单位:{users}\n" + _TABLE,
    )
    return document.department.name if document.department is not None else None


def test_units_using_the_money_in_the_plural_leave_the_supervising_department(
    tmp_path: Path,
) -> None:
    assert _supervised_form(tmp_path, "各县(市)交通运输局") == "某市交通运输局"


def test_a_list_of_units_leaves_the_supervising_department(tmp_path: Path) -> None:
    assert _supervised_form(tmp_path, "市公路中心、各乡镇人民政府") == "某市交通运输局"


def test_one_unit_using_the_money_is_the_department(tmp_path: Path) -> None:
    assert _supervised_form(tmp_path, "某市公路养护中心") == "某市公路养护中心"


def test_units_listed_by_their_names_are_the_department(tmp_path: Path) -> None:
    named = "某市公路养护中心、某市路政支队"
    assert _supervised_form(tmp_path, named) == named


# further labels of the unit


def test_the_budget_department_label_names_the_unit() -> None:
    assert _fields("预算部门 | 某区市政设施管护中心\n")[Field.UNIT_NAME] == "某区市政设施管护中心"


def test_an_evaluating_unit_without_the_note_of_a_third_party() -> None:
    fields = _fields("评价单位:某州水利局(委托第三方)\n")
    assert fields[Field.UNIT_NAME] == "某州水利局"


def test_an_evaluating_units_other_note_keeps_it_out_of_the_key() -> None:
    # a note that is no third party's leaves a value that is no unit's name
    assert Field.UNIT_NAME not in _fields("评价单位:某州水利局(第二次评价)\n")


# a title over two lines, and the unit in charge of the work


def test_a_title_whose_year_and_genre_stand_on_the_next_line() -> None:
    found = _prose("城西片区排水管网清淤项目\n2023年度绩效评价报告\n")
    assert found[Field.PROJECT] == ["城西片区排水管网清淤项目"]


def test_a_year_and_genre_line_alone_names_no_project() -> None:
    assert Field.PROJECT not in _prose("评价报告\n\n2023年度绩效评价报告\n")


def test_the_unit_in_charge_of_the_work_where_no_other_is_named() -> None:
    found = _prose("(一)项目概况。某市某区排水管理中心负责城区排水管网的日常养护。\n")
    assert found[Field.UNIT_NAME] == ["某市某区排水管理中心"]


def test_a_finance_bureau_in_charge_of_paying_is_no_unit_of_the_project() -> None:
    assert Field.UNIT_NAME not in _prose("某区财政局负责资金拨付。\n")


def test_a_unit_in_charge_gives_way_to_a_unit_the_text_names_otherwise() -> None:
    found = _prose("项目由某区水务局组织实施。某区排水管理中心负责日常养护。\n")
    assert found[Field.IMPLEMENTING] == ["某区水务局"]
    assert Field.UNIT_NAME not in found


def test_a_forms_own_unit_stays_before_the_unit_in_charge(tmp_path: Path) -> None:
    document = read_form(
        tmp_path,
        "2024年河道保洁项目绩效目标表\n填报单位:某区水务局\n"
        "项目概况:某区河道管理中心负责河道日常保洁。\n" + _TABLE,
    )
    assert document.department is not None
    assert document.department.name == "某区水务局"


_REPORT_BODY = (
    "\n县财政局：\n"
    "根据工作安排，我局对项目上半年绩效目标实现程度开展了监控，现将有关情况报告如下。\n"
)


def test_a_report_title_wrapped_before_its_genre_words_names_unit_and_project(
    tmp_path: Path,
) -> None:
    text = "古田县农业农村局关于2024年高标准农田建设项目\n绩效运行监控情况的报告\n" + _REPORT_BODY
    document = read_form(tmp_path, text)
    assert document.department is not None
    assert document.department.name == "古田县农业农村局"
    assert [project.name for project in document.projects] == ["高标准农田建设项目"]


def test_a_first_line_without_a_year_is_no_wrapped_title(tmp_path: Path) -> None:
    # near miss: a heading over the genre's words, no year before them: no project named
    text = "古田县农业农村局重点工作\n绩效运行监控情况的报告\n" + _REPORT_BODY
    document = read_form(tmp_path, text)
    assert all(project.name != "重点工作" for project in document.projects)
    assert document.department is None or "重点工作" not in (document.department.name or "")


_SCORE_ROWS = (
    "一级指标,二级指标,三级指标,分值,评分标准,得分\n"
    '决策,项目立项,立项依据充分性,5,"依据充分,得5分",5\n'
    '产出,产出数量,改造户厕完成率,20,"完成率100%得满分,每低1%扣1分",19\n'
    '效益,项目效益,群众满意度,10,"满意度≥90%得满分",10\n'
)


def test_a_csv_exports_quoted_title_row_names_its_project(tmp_path: Path) -> None:
    title = '"休宁县2023年农村改厕奖补资金绩效评价指标体系及评分表",,,,,\n'
    document = read_form(tmp_path, title + _SCORE_ROWS)
    assert [project.name for project in document.projects] == ["农村改厕奖补资金"]


def test_a_quoted_line_that_is_no_export_keeps_its_text() -> None:
    # near miss: a line quoting a heading, no CSV around it: its text is read as written
    text = '"休宁县2023年农村改厕奖补资金"项目的说明\n'
    lines = normalise_source(text_source(text))[0].lines
    assert [item.value for item in read_prose_fields(lines)] == []


def test_a_county_levels_supervising_label_names_the_department(tmp_path: Path) -> None:
    for label in ("县区主管部门", "区县主管部门"):
        head = (
            "中央主管部门：财政部、农业农村部\n"
            "省级主管部门：河北省农业农村厅\n"
            f"{label}：邢台市任泽区农业农村局\n"
        )
        assert _department(tmp_path, head) == "邢台市任泽区农业农村局"


def test_a_province_level_label_alone_still_names_its_department(tmp_path: Path) -> None:
    # near miss: no county's label: the province's is the department named
    head = "中央主管部门：财政部、农业农村部\n省级主管部门：河北省农业农村厅\n"
    assert _department(tmp_path, head) == "河北省农业农村厅"
