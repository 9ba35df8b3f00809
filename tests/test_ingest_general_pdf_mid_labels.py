"""A text PDF's target table (pdftotext -layout) whose level labels are printed in the
middle of their merged span: a label's last line (``指标``) falls on the line between two
rows beside the next name's head, and a label stands beside a target's wrapped unit
(``≤3000元/`` / ``户``)."""

from __future__ import annotations

from general_support import table_rows
from jixiao.ingest.general.vocabulary import Role

# 产出指标 beside the third of its rows, 成本指标 beside its row's second line, 生态效益 /
# 指标 across two rows (its 指标 beside the next row's first line)
_MIDDLE = """\
 一级指标   二级指标       三级指标                                        指标值
            数量指标       新建乡镇污水处理站数量                            ≥6座
                           改造农村户用卫生厕所数量                          ≥1200户
 产出指标                  农村户厕改造单户财政补助                          ≤3000元/
            成本指标       限额标准                                          户
                           重点河湖水功能区水质达标（不含
            生态效益       跨界河段）比例                                    ≥90%
            指标           乡镇集中式饮用水水源地水质
 效益指标                  监测达标率                                        100%
            社会效益       群众对人居环境改善知晓率                          ≥80%
            指标
 满意度     服务对象满     沿河村民满意度                                    ≥90%
 指标       意度指标
"""


def _rows(text: str) -> list[tuple[str, str]]:
    return [(row[Role.NAME], row[Role.TARGET]) for row in table_rows(text)]


def test_a_labels_end_between_two_rows_leaves_the_next_names_head_to_its_row() -> None:
    rows = _rows(_MIDDLE)
    assert ("重点河湖水功能区水质达标(不含跨界河段)比例", "≥90%") in rows
    assert ("乡镇集中式饮用水水源地水质监测达标率", "100%") in rows


def test_a_unit_wrapped_after_its_slash_goes_with_its_value_beside_a_label() -> None:
    rows = _rows(_MIDDLE)
    assert ("农村户厕改造单户财政补助限额标准", "≤3000元/户") in rows


def test_every_row_of_the_middle_printed_table_is_read_whole() -> None:
    assert _rows(_MIDDLE) == [
        ("新建乡镇污水处理站数量", "≥6座"),
        ("改造农村户用卫生厕所数量", "≥1200户"),
        ("农村户厕改造单户财政补助限额标准", "≤3000元/户"),
        ("重点河湖水功能区水质达标(不含跨界河段)比例", "≥90%"),
        ("乡镇集中式饮用水水源地水质监测达标率", "100%"),
        ("群众对人居环境改善知晓率", "≥80%"),
        ("沿河村民满意度", "≥90%"),
    ]


# a label's end beside a name's end (质量 / 指标 beside 合格率) goes on with its row; a label
# that names a level (时效指标) begins one, beside a name's first short piece
_WRAPPED = """\
 一级指标   二级指标       三级指标                      指标值
 产出指标   数量指标       新建乡镇污水处理站数量        ≥6座
            质量           污水处理站出水水质抽检        ≥95%
            指标           合格率
            时效指标       资金拨付
                           及时率                        100%
 效益指标   生态效益       化学需氧量削减量              ≥120吨
"""


def test_a_labels_end_beside_a_names_end_still_goes_on_with_its_row() -> None:
    rows = table_rows(_WRAPPED)
    assert [(row[Role.NAME], row.get(Role.SUBCATEGORY)) for row in rows] == [
        ("新建乡镇污水处理站数量", "数量指标"),
        ("污水处理站出水水质抽检合格率", "质量指标"),
        ("资金拨付及时率", "时效指标"),
        ("化学需氧量削减量", "生态效益"),
    ]
