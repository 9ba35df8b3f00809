"""A long name wrapped in a narrow cell of a target table whose text is run together on one
line (a document-sharing site's copy of a Word table): the first line filled the cell's
width and stops inside a word, its end (longer than a last word or two) is the next piece."""

from __future__ import annotations

from general_support import table_rows
from jixiao.ingest.general.vocabulary import Role

_RUNON = (
    "附件 2 城乡居民医疗救助资金区域绩效目标表 ( 2022 年度) 专项名称 城乡居民医疗救助资金 "
    "主管部门 市医疗保障局 资金额度 3260 万 一级 指标 二级指标 三级指标 指标值 "
    "产出指标 数量指标 {first} {second} ≥95% 资助参加基本医疗保险人数 ≥4.2 万人 "
    "时效指标 救助资金拨付时限 ≤20 天 效益指标 社会效益指标 困难群众就医负担 逐步减轻"
)


def _names(first: str, second: str) -> list[str]:
    rows = table_rows(_RUNON.format(first=first, second=second))
    return [row[Role.NAME] for row in rows if Role.NAME in row]


def test_a_long_first_line_cut_inside_a_word_takes_its_long_end() -> None:
    names = _names("特困供养人员和低保对象医疗救助", "政策范围内住院费用救助比例")
    assert "特困供养人员和低保对象医疗救助政策范围内住院费用救助比例" in names
    assert "资助参加基本医疗保险人数" in names


def test_a_short_first_line_keeps_a_long_piece_after_it_apart() -> None:
    # a first piece of a few glyphs is no line that filled a cell: the long words after it
    # are no end of it (the words may be a label's, or a row of their own)
    names = _names("特困人员救助", "政策范围内住院费用救助比例")
    assert "特困人员救助政策范围内住院费用救助比例" not in names


def test_a_whole_long_name_keeps_the_next_name_apart() -> None:
    names = _names("特困供养人员和低保对象医疗救助覆盖率", "住院费用政策范围内救助比例")
    assert "特困供养人员和低保对象医疗救助覆盖率" in names


# a self-evaluation form copied from a web page, each cell a paragraph of its own: a name
# numbered by the template (指标1) wraps onto the next paragraph
_PARAGRAPHS = """一级指标

二级指标

三级指标

指标值

实际完成值

分值

得分

产出指标

质量指标

指标1{head}

{tail}

≥90%

93%

20

20

效益指标

可持续影响指标

指标1{last_head}

{last_tail}

≥15年

15年

10

10
"""


def _paragraph_names(head: str, tail: str, last_head: str, last_tail: str) -> list[str]:
    text = _PARAGRAPHS.format(head=head, tail=tail, last_head=last_head, last_tail=last_tail)
    return [row[Role.NAME] for row in table_rows(text) if Role.NAME in row]


def test_a_numbered_names_first_paragraph_takes_its_wrapped_end() -> None:
    names = _paragraph_names("城区生活污水", "集中处理率", "排水设施持续", "使用年限")
    assert any(name.endswith("城区生活污水集中处理率") for name in names)
    assert any(name.endswith("排水设施持续使用年限") for name in names)


def test_a_numbered_whole_name_keeps_the_paragraph_after_it_apart() -> None:
    names = _paragraph_names("城区生活污水", "集中处理率", "管网修复完成率", "使用年限")
    assert not any("完成率使用年限" in name for name in names)


def test_a_long_text_on_a_line_of_its_own_is_no_first_line_of_the_next_name() -> None:
    text = (
        "三级指标\n年度指标值\n指标说明\n"
        "农村饮水工程维修处数\n≥150处\n乡镇上报并经县水利局核实的维修\n"
        "供水保障人口数\n≥3.6万人\n受益行政村常住人口合计\n"
    )
    names = [row[Role.NAME] for row in table_rows(text) if Role.NAME in row]
    assert names == ["农村饮水工程维修处数", "供水保障人口数"]
