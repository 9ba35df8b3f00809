"""Tables in damaged layouts: a form run together on one line by a document-sharing site's
preview (a 指标解释 glued to its name, a recurring deadline cut by the vocabulary, a money
block's label glued to the unit before it)."""

from __future__ import annotations

from pathlib import Path

from general_support import table_rows
from jixiao.ingest.general.kinds import Kind, kind_of
from jixiao.ingest.general.vocabulary import Role
from jixiao.ingest.pipeline import parse_file

_RUNON = (
    "某县2025年农村饮水安全维修养护项目支出绩效目标表\n"
    "项目名称农村饮水安全维修养护主管部门某县水务局实施单位某县农村供水站"
    "项目资金(万元)年度资金总额86.50其中:财政拨款86.50其他资金0"
    "年度总体目标完成农村供水工程维修养护,保障群众饮水安全。"
    "一级指标二级指标三级指标指标解释指标值"
    "产出指标数量指标维修养护供水工程处数反映维修养护工作量≥35处"
    "质量指标维修工程验收合格率衡量工程建设质量100%"
    "时效指标维修资金拨付时限反映资金拨付及时性每季度结束后15日内"
    "效益指标可持续影响指标供水工程运行管护机制是指管护制度的建立长期有效"
    "满意度指标服务对象满意度指标受益群众满意度反映群众满意程度≥90%\n"
)


def test_a_name_glued_to_its_explanation_is_cut_before_the_explanations_opening_word() -> None:
    rows = table_rows(_RUNON)
    assert [(row[Role.NAME], row.get(Role.DEFINITION)) for row in rows] == [
        ("维修养护供水工程处数", "反映维修养护工作量"),
        ("维修工程验收合格率", "衡量工程建设质量"),
        ("维修资金拨付时限", "反映资金拨付及时性"),
        ("供水工程运行管护机制", "是指管护制度的建立"),
        ("受益群众满意度", "反映群众满意程度"),
    ]


def test_a_recurring_deadline_cut_at_its_duration_is_one_target_again() -> None:
    rows = table_rows(_RUNON)
    assert rows[2][Role.TARGET] == "每季度结束后15日内"


def test_a_standard_glued_after_the_explanation_is_the_rows_target() -> None:
    rows = table_rows(_RUNON)
    assert rows[3][Role.TARGET] == "长期有效"


def test_a_lasting_standard_is_a_qualitative_target() -> None:
    assert kind_of("长期有效") is Kind.QUALITATIVE
    assert kind_of("长期稳定") is Kind.QUALITATIVE


def test_a_form_run_together_in_a_preview_reads_its_unit_and_indicators(tmp_path: Path) -> None:
    path = tmp_path / "preview.txt"
    path.write_text(_RUNON, encoding="utf-8")
    document, _ = parse_file(path)
    project = document.projects[0]
    assert project.implementing_unit == "某县农村供水站"
    assert {
        indicator.name: indicator.target.canonical if indicator.target else None
        for _, indicator in document.all_indicators()
    } == {
        "维修养护供水工程处数": "≥35处",
        "维修工程验收合格率": "100%",
        "维修资金拨付时限": "每季度结束后15日内",
        "供水工程运行管护机制": "长期有效",
        "受益群众满意度": "≥90%",
    }
