"""A run-on form's unscored 过程指标 rows: yes/no questions, each answered twice (target,
actual) with 是 or 否 and glued to the next question (``…是否专款专用是是招标程序是否规范
是否``): each question its own row."""

from __future__ import annotations

from general_support import table_rows
from jixiao.ingest.general.vocabulary import Role

_HEAD = (
    "1/1 农村饮水安全维修养护资金绩效自评表项目名称石门县2022年农村饮水安全维修养护资金"
    "主管部门石门县水利局项目实施单位石门县水利局一级指标二级指标三级指标年初目标值(A)"
    "实际完成值(B)得分产出指标(50分)数量指标维修供水工程处数≥40处43处25"
    "质量指标维修工程合格率100%100%25满意度指标(10分)服务对象满意度指标"
    "受益群众满意度≥90%95%10"
)


def _named(text: str) -> list[tuple[str, str, str]]:
    return [
        (row[Role.NAME], row.get(Role.TARGET, ""), row.get(Role.ACTUAL, ""))
        for row in table_rows(text)
        if Role.NAME in row
    ]


def test_questions_glued_after_their_answers_are_a_row_each() -> None:
    rows = _named(_HEAD + "过程指标维修资金是否足额拨付是是管护责任是否落实到人是否")
    assert ("维修资金是否足额拨付", "是", "是") in rows
    assert ("管护责任是否落实到人", "是", "否") in rows


def test_three_questions_in_a_run_are_three_rows() -> None:
    rows = _named(_HEAD + "过程指标资金是否专户管理是是台账是否健全是是验收资料是否齐全否否")
    assert [row for row in rows if "是否" in row[0]] == [
        ("资金是否专户管理", "是", "是"),
        ("台账是否健全", "是", "是"),
        ("验收资料是否齐全", "否", "否"),
    ]


def test_a_question_with_no_answers_after_it_is_not_cut() -> None:
    # near miss: 是否 inside a name, with no doubled answer, stays one name
    rows = _named(_HEAD + "过程指标资金使用是否合规合法是是")
    assert ("资金使用是否合规合法", "是", "是") in rows
