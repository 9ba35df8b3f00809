"""A template's hint in brackets after the name (``垃圾日产日清率(=100%)``, ``道路保洁
(常态化)``) filled in as the row's own target and printed again in its cell is no word of
the name. A bracket that is no copy of the target (``(按月计)``) stays the name's."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form

_FORM = """项目支出绩效自评表
(2022年度)
项目名称\t城乡环卫一体化运营
主管部门\t柘城县城市管理局
一级指标\t二级指标\t三级指标\t分值\t年度指标值\t全年实际值\t得分
产出指标\t数量指标\t垃圾清运量(≥**吨)\t20\t>=36000吨\t36800吨\t20
\t时效指标\t垃圾日产日清率(=100%)\t20\t=100%\t100%\t20
\t质量指标\t道路保洁(常态化)\t20\t常态化\t常态化\t20
效益指标\t社会效益指标\t环卫工人月均补助(按月计)\t20\t>=300元\t300元\t20
满意度指标\t服务对象满意度指标\t沿街商户满意度(≥**%)\t10\t>=90%\t92%\t10
"""


def _names(tmp_path: Path) -> dict[str, str]:
    document = read_form(tmp_path, _FORM)
    return {
        indicator.name: indicator.target.canonical if indicator.target else ""
        for _, indicator in document.all_indicators()
    }


def test_a_bracketed_copy_of_the_rows_figure_is_no_word_of_the_name(tmp_path: Path) -> None:
    assert _names(tmp_path)["垃圾日产日清率"] == "=100%"


def test_a_bracketed_copy_of_the_rows_standard_is_no_word_of_the_name(tmp_path: Path) -> None:
    assert _names(tmp_path)["道路保洁"] == "常态化"


def test_a_bracket_that_is_no_copy_stays(tmp_path: Path) -> None:
    names = _names(tmp_path)
    assert "环卫工人月均补助(按月计)" in names
    assert "沿街商户满意度" in names  # the template's ≥** hint, as before
