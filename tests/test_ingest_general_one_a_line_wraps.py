"""A table copied from a web page one cell a line: a name wrapped inside its cell comes out
as two lines before the row's values; the second line's few words end the name when the
first is cut inside a word. A row's name that ends as a name, a label of the 绩效评价
framework and a whole name on the next line stay apart."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form

_HEAD = """某县2024年度项目支出绩效自评表
项目名称
农村供水工程维修养护经费
主管部门
某县水利局
绩效指标
一级指标
二级指标
三级指标
年度指标值
实际完成值
分值
得分
偏差原因分析
改进措施
"""

_ROWS = """产出指标
数量指标
农村饮水工程维修养护
处数
≥120处
126处
10
10
/
/
乡镇供水水质检测合
格率
≥95%
96.5%
10
10
/
/
供水管网日常巡查覆盖
≥90%
92%
10
10
/
/
效益指标
社会效益指标
受益人口覆盖
≥2.6万人
2.4万人
10
8
部分工程延期开工
下年加快工程进度
供水保证率
≥95%
96%
10
10
/
/
"""


def _read(tmp_path: Path) -> dict[str, str | None]:
    document = read_form(tmp_path, _HEAD + _ROWS)
    return {
        i.name: i.target.text if i.target else None
        for project in document.projects
        for i in project.indicators
    }


def test_a_name_wrapped_onto_its_own_line_is_joined(tmp_path: Path) -> None:
    read = _read(tmp_path)
    assert read["农村饮水工程维修养护处数"] == "≥120处"
    assert read["乡镇供水水质检测合格率"] == "≥95%"


def test_a_name_with_its_values_after_it_takes_nothing(tmp_path: Path) -> None:
    read = _read(tmp_path)
    assert read["供水管网日常巡查覆盖"] == "≥90%"


def test_a_rows_reasons_are_no_name_head(tmp_path: Path) -> None:
    read = _read(tmp_path)
    assert read["受益人口覆盖"] == "≥2.6万人"
    assert read["供水保证率"] == "≥95%"
