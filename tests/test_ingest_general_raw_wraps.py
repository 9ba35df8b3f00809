"""A table a PDF's raw text layer gives a row a line, its cells one space apart, the cells
its narrow columns wrap continued on the lines under the row with no place kept: each piece
given back to the cell it ends (a name cut inside a word, a value cut inside it, a label's
first half, a reason's sentence)."""

from __future__ import annotations

from general_support import table_rows
from jixiao.ingest.general.raw_wraps import join_raw_wraps
from jixiao.ingest.general.vocabulary import Role
from jixiao.ingest.source import SourceLine

_RAW = """\
一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
产出指标 数量指标 完成农村危房改造 450户(含)以 468户 10 10 部分农户自行
户数 上 拆除重建,已
纳入下年计划
新建村级养老服务站 12个 12个 10 10
数量
时效指标 补助资金拨付 2023年10月 2023年9月 10 10
到户时间 底前 28日
成本指标 户均改造补助 ≤2.6万元/ 2.5万元/户 10 10
标准 户
效益指标 社会效益 困难群众住房安 100% 100% 20 20
指标 全保障率
"""


def _rows() -> list[tuple[str, str]]:
    return [(row[Role.NAME], row[Role.TARGET]) for row in table_rows(_RAW)]


def test_each_wrapped_piece_goes_back_to_the_cell_it_ends() -> None:
    assert _rows() == [
        ("完成农村危房改造户数", "450户(含)以上"),
        ("新建村级养老服务站数量", "12个"),
        ("补助资金拨付到户时间", "2023年10月底前"),
        ("户均改造补助标准", "≤2.6万元/户"),
        ("困难群众住房安全保障率", "100%"),
    ]


def test_a_reasons_sentence_wrapped_over_lines_stays_the_reason() -> None:
    rows = table_rows(_RAW)
    assert rows[0].get(Role.REASON) == "部分农户自行拆除重建,已纳入下年计划"


def _lines(text: str) -> list[SourceLine]:
    return [SourceLine(n, line, (line,)) for n, line in enumerate(text.splitlines(), 1)]


def test_a_table_printed_with_its_places_or_names_around_its_rows_is_left_alone() -> None:
    # runs of spaces keep the places: another reader's (the layout's)
    kept = "产出指标  数量指标  完成农村危房改造  450户  468户  10  10\n户数\n" * 2
    assert join_raw_wraps(_lines(kept)) is None
    # a row's line without its name (printed over and under it): nothing joined
    around = (
        "完成农村危房\n产出指标 数量指标 450户 468户 10 10\n改造户数\n"
        "新建村级养老\n产出指标 数量指标 12个 12个 10 10\n服务站数量\n"
    )
    assert join_raw_wraps(_lines(around)) is None


def test_a_heading_a_fields_label_or_a_sites_links_under_the_last_row_stay_apart() -> None:
    text = (
        "产出指标 数量指标 完成农村危房改造户数 450户 468户 10 10\n"
        "产出指标 质量指标 竣工验收合格率 100% 100% 10 10\n"
        "(二)效益指标\n"
        "填报人：张某 联系电话：0797-1234567\n"
        "【打印】【关闭】\n"
    )
    assert join_raw_wraps(_lines(text)) is None


def test_the_money_blocks_rows_and_the_closing_rows_are_no_rows_to_wrap_into() -> None:
    text = (
        "年度资金总额 520 520 498.6 10 95.88% 9.59\n"
        "其中:本年财政拨款 520 520 498.6 - -\n"
        "上年结转资金 - -\n"
        "产出指标 数量指标 完成农村危房改造户数 450户 468户 10 10\n"
        "产出指标 质量指标 竣工验收合格率 100% 100% 10 10\n"
        "总分 100 98.5\n"
        "注:分值按一级指标统一设置\n"
    )
    assert join_raw_wraps(_lines(text)) is None
