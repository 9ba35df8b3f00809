"""A text PDF's target table (pdftotext -layout) running over two pages: a page's footer
(``- 5 -``), 续表 and the header printed again; a name wrapped over two lines with its target
on the TAIL's line (its head alone on the line between two rows), and a time limit counted
from the receipt of funds with no 后 written (``接到上级资金15个工作日内``), a row of its own."""

from __future__ import annotations

from general_support import table_rows
from jixiao.domain.target import TargetKind
from jixiao.ingest.cells import read_target_cell
from jixiao.ingest.general.vocabulary import Role

_CONTINUED = """\
           一级指标    二级指标       三级指标                              指标值
                                      新建高标准农田面积                    ≥3.2万亩
                       数量指标       新修田间机耕道路长度                  ≥46公里
                                      农田排水沟渠清淤
                                      长度                                  ≥120公里
           产出指标                   耕地质量等级提升                      ≥0.5等
                       质量指标       工程项目验收合格率                    100%

                                             - 5 -

  续表
           一级指标    二级指标       三级指标                              指标值
                                      项目建设完工时间                      2024年10月底前
                       时效指标
                                      补助资金拨付时限                      接到上级资金15个工作日内
                       成本指标       亩均财政补助标准                      ≤1500元/亩
           效益指标    经济效益       项目区粮食亩均增产                    ≥50公斤
                       指标
           满意度指标  服务对象满     项目区农户满意度                      ≥92%
                       意度指标
"""


def _rows(text: str) -> list[tuple[str, str]]:
    return [(row[Role.NAME], row[Role.TARGET]) for row in table_rows(text)]


def test_a_names_head_alone_between_two_rows_goes_with_the_tail_holding_the_target() -> None:
    rows = _rows(_CONTINUED)
    assert ("新修田间机耕道路长度", "≥46公里") in rows
    assert ("农田排水沟渠清淤长度", "≥120公里") in rows


def test_a_time_limit_from_the_receipt_of_funds_keeps_its_row_after_the_page_turn() -> None:
    rows = _rows(_CONTINUED)
    assert ("补助资金拨付时限", "接到上级资金15个工作日内") in rows
    assert ("亩均财政补助标准", "≤1500元/亩") in rows


def test_every_row_of_the_continued_table_is_read_whole() -> None:
    assert _rows(_CONTINUED) == [
        ("新建高标准农田面积", "≥3.2万亩"),
        ("新修田间机耕道路长度", "≥46公里"),
        ("农田排水沟渠清淤长度", "≥120公里"),
        ("耕地质量等级提升", "≥0.5等"),
        ("工程项目验收合格率", "100%"),
        ("项目建设完工时间", "2024年10月底前"),
        ("补助资金拨付时限", "接到上级资金15个工作日内"),
        ("亩均财政补助标准", "≤1500元/亩"),
        ("项目区粮食亩均增产", "≥50公斤"),
        ("项目区农户满意度", "≥92%"),
    ]


# negatives: the target on the HEAD's line, its tail under it, stays the row above's tail;
# a line under a name cut inside a word goes on with it whatever the next row's piece
_HEAD_HOLDS_TARGET = """\
           一级指标    二级指标       三级指标                              指标值
                       数量指标       新增高效节水灌溉                      ≥0.8万亩
                                      面积
                                      新建农田防护林网                      ≥300亩
           产出指标    质量指标       防护林苗木成活率                      ≥85%
"""

_CUT_ABOVE = """\
           一级指标    二级指标       三级指标                              指标值
                       数量指标       改造提升农田灌排泵站及配套               ≥12座
                                      设施
                                      数                                    ≥1套
           产出指标    质量指标       泵站运行合格率                        ≥95%
"""


def test_a_tail_under_the_line_holding_the_target_stays_with_its_row() -> None:
    assert _rows(_HEAD_HOLDS_TARGET) == [
        ("新增高效节水灌溉面积", "≥0.8万亩"),
        ("新建农田防护林网", "≥300亩"),
        ("防护林苗木成活率", "≥85%"),
    ]


def test_a_line_under_a_name_cut_inside_a_word_is_not_moved_to_the_next_row() -> None:
    rows = _rows(_CUT_ABOVE)
    assert rows[0] == ("改造提升农田灌排泵站及配套设施", "≥12座")


def test_a_time_limit_from_a_receipt_reads_as_written_and_other_limits_as_before() -> None:
    for text in ("接到上级资金15个工作日内", "收到市级补助资金30日内", "接收申请材料5个工作日内"):
        target = read_target_cell(text).target
        assert target is not None and target.kind is TargetKind.QUALITATIVE, text
        assert target.standard == text
    # a bare time, or a rate of receipts, keeps its comparison
    for text, unit in (("30日内", "日"), ("收到率≥90%", "%")):
        target = read_target_cell(text).target
        assert target is not None and target.kind is TargetKind.QUANTITATIVE, text
        assert target.unit == unit
