"""Budget figures and projects in the layouts of the genre met by the eighth session: a
funding row with words in a reason column, a table of several numbered projects whose names
wrap onto the next line, and an approval table's footer."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from general_support import read_form as _read
from general_support import table_rows
from jixiao.domain.model import FundingSource
from jixiao.ingest.general.fields import read_funding, read_prose_funding
from jixiao.ingest.general.stream import cells_of
from jixiao.ingest.general.vocabulary import Role, header_role
from jixiao.ingest.source import SourceLine


def test_a_funding_rows_reason_cell_does_not_end_the_funding_table() -> None:
    # one cell per line: the total's reason (原因) stands between its figures and the next row
    lines = [
        "年初预算",
        "调整后预算数",
        "预算执行数",
        "预算执行率",
        "原因",
        "总额",
        "120.00",
        "135.50",
        "130.10",
        "96.01%",
        "年中追加资金15.50万元",
        "其中:财政资金",
        "100.00",
        "115.50",
        "110.10",
        "95.32%",
    ]
    source_lines = [SourceLine(n, text, (text,)) for n, text in enumerate(lines, start=1)]
    rows = read_funding(cells_of(source_lines))
    assert [(row.source, row.figures[Role.BUDGET]) for row in rows] == [
        (FundingSource.TOTAL, Decimal("135.50")),
        (FundingSource.FISCAL, Decimal("115.50")),
    ]


_NUMBERED_PROJECTS = """\
某区教育局2026年部门预算项目绩效目标批复表
序号 项目名称    项目金额  年度绩效目标      一级指标  二级指标  三级指标      指标值
1  校园安全监控  320.00  完成全区校园监控系统  产出指标  数量指标  监控点位数量    ≥600个
  升级项目         升级改造              质量指标  系统验收合格率   100%
                            效益指标  社会效益指标 校园安全事件发生率  下降
2  学生体质监测  86.50  完成学生体质健康    产出指标  数量指标  监测学生人数    ≥2.1万人
  补助           监测全覆盖             质量指标  数据上报合格率   ≥98%
合计        406.50
审批单位:某区财政局                     批复日期:2026年1月20日
"""


def test_a_numbered_table_of_projects_reads_each_projects_columns_before_its_indicators() -> None:
    rows = table_rows(_NUMBERED_PROJECTS)
    assert (rows[0][Role.SERIAL], rows[0][Role.BUDGET], rows[0][Role.CATEGORY]) == (
        "1",
        "320.00",
        "产出指标",
    )


def test_a_project_name_wrapped_onto_the_next_line_is_read_whole(tmp_path: Path) -> None:
    document = _read(tmp_path, _NUMBERED_PROJECTS)
    read = [(p.name, p.budget, [i.name for i in p.indicators]) for p in document.projects]
    assert read == [
        (
            "校园安全监控升级项目",
            Decimal("320.00"),
            ["监控点位数量", "系统验收合格率", "校园安全事件发生率"],
        ),
        ("学生体质监测补助", Decimal("86.50"), ["监测学生人数", "数据上报合格率"]),
    ]


def test_a_reports_prose_states_the_years_execution_with_its_columns_word() -> None:
    text = (
        "2023年年初预算数为680.00万元,全年预算数为731.50万元,全年执行数为720.40万元,"
        "预算执行率为98.48%。"
    )
    row = read_prose_funding([SourceLine(1, text, (text,))])
    assert row is not None
    assert (row.figures[Role.PRIOR], row.figures[Role.BUDGET], row.figures[Role.ACTUAL]) == (
        Decimal("680.00"),
        Decimal("731.50"),
        Decimal("720.40"),
    )


def test_an_actual_column_of_the_first_months_is_named_by_its_months() -> None:
    assert header_role("1-6月实际完成值") is Role.ACTUAL
    assert header_role("1-9月实际值") is Role.ACTUAL


def test_a_funding_blocks_label_beside_its_figures_under_the_columns_words() -> None:
    # a text PDF's money block: the columns' words on one line, 资金 and the figures below
    lines = [
        "年度预算数    1-6月执行数    执行率    全年预计执行数",
        "资金    2650.00    624.30    23.56%    2650.00",
    ]
    source_lines = [
        SourceLine(n, text, tuple(part for part in text.split("    ") if part))
        for n, text in enumerate(lines, start=1)
    ]
    rows = read_funding(cells_of(source_lines))
    assert [(row.source, row.figures[Role.BUDGET], row.figures[Role.ACTUAL]) for row in rows] == [
        (FundingSource.TOTAL, Decimal("2650.00"), Decimal("624.30"))
    ]
