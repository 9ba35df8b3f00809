"""A form's hint of the allowed answers after a name (``…管理机制(完善/不完善)``) whose
target is one of them, and a dash comment stating a qualitative standard (``…覆盖面——逐年
扩大``), are no words of the name. A unit bracket (``(次/季)``), a list whose answers hold no
target, a dash comment naming what is measured or stating a figure stay the name's."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form

_FORM = """项目支出绩效自评表
(2021年度)
项目名称\t农村养老服务补助
主管部门\t临泉县民政局
一级指标\t二级指标\t三级指标\t分值\t年度指标值\t全年实际值\t得分
产出指标\t数量指标\t走访慰问频次(次/季)\t10\t>=3次\t3次\t10
\t质量指标\t养老服务管理机制(完善/不完善)\t10\t完善\t完善\t10
\t时效指标\t服务记录归档情况(A/B)\t10\t及时\t及时\t10
\t成本指标\t特困供养补助(<**元/人·年)——每人年最高4800元\t10\t<=4800元/人\t4600元/人\t10
效益指标\t社会效益指标\t农村老人照护覆盖面——逐年扩大\t20\t扩大\t扩大\t20
\t\t失能老人护理负担(≤**%)——家庭自付比例\t10\t<=30%\t28%\t10
满意度指标\t服务对象满意度指标\t入住老人满意度(≥**%)\t10\t>=90%\t93%\t10
"""


def _names(tmp_path: Path) -> dict[str, str]:
    document = read_form(tmp_path, _FORM)
    return {
        indicator.name: indicator.target.canonical if indicator.target else ""
        for _, indicator in document.all_indicators()
    }


def test_a_list_of_answers_holding_the_target_is_no_word_of_the_name(tmp_path: Path) -> None:
    assert _names(tmp_path)["养老服务管理机制"] == "完善"


def test_a_unit_bracket_or_a_list_without_the_target_stays(tmp_path: Path) -> None:
    names = _names(tmp_path)
    assert "走访慰问频次(次/季)" in names
    assert "服务记录归档情况(A/B)" in names


def test_a_dash_comment_stating_a_standard_is_no_word_of_the_name(tmp_path: Path) -> None:
    assert "农村老人照护覆盖面" in _names(tmp_path)


def test_a_dash_comment_naming_the_measure_or_a_figure_stays(tmp_path: Path) -> None:
    names = _names(tmp_path)
    assert "失能老人护理负担——家庭自付比例" in names
    assert "特困供养补助——每人年最高4800元" in names
