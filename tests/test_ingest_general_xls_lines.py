"""A spreadsheet (.xls) shown one cell a line: a 指标解释 column between the name and the
target, in free words (not 反映…), is the row's explanation and not the next row's name; the
money table's header prints each column's number and formula (``①``, ``④=①+②+③``) on a line
of its own under its words."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from general_support import read_form, table_rows
from jixiao.ingest.general.vocabulary import Role

_INDICATORS = (
    "一级\n指标\n二级\n指标\n三级指标\n指标解释\n绩效目标值\n实际完成值\n指标分值\n得分\n"
    "产出\n指标\n数量\n指标\n"
    "指标1\n公共法律服务咨询件数\n全年接待群众来访来电咨询\n≥2600件\n2814件\n10\n10\n"
    "指标2\n人民调解案件数\n各级调委会受理调处的纠纷\n≥480件\n512件\n10\n10\n"
    "时效\n指标\n"
    "指标1\n法律援助受理时限\n申请材料齐全之日起计\n≤5个工作日\n3个工作日\n10\n10\n"
)


def test_a_free_worded_explanation_after_the_name_is_the_rows_own() -> None:
    rows = {row[Role.NAME]: row for row in table_rows(_INDICATORS)}
    assert set(rows) == {"公共法律服务咨询件数", "人民调解案件数", "法律援助受理时限"}
    assert rows["人民调解案件数"][Role.DEFINITION] == "各级调委会受理调处的纠纷"
    assert rows["人民调解案件数"][Role.TARGET] == "≥480件"


def test_a_numbered_name_after_a_name_opens_a_row_of_its_own() -> None:
    # a row whose explanation and values are all empty: the next line, numbered, is a name
    text = _INDICATORS.replace(
        "指标1\n法律援助受理时限\n", "指标1\n法律援助受理时限\n指标2法律援助结案率\n"
    )
    rows = {row[Role.NAME]: row for row in table_rows(text)}
    assert Role.DEFINITION not in rows["法律援助受理时限"]
    assert any(name.endswith("法律援助结案率") for name in rows)


def test_where_the_explanation_follows_the_target_a_second_text_is_no_explanation() -> None:
    text = (
        "三级指标\n绩效目标值\n指标解释\n"
        "公共法律服务咨询件数\n≥2600件\n全年接待群众来访来电咨询\n"
        "人民调解案件数\n≥480件\n各级调委会受理调处的纠纷\n"
    )
    rows = table_rows(text)
    assert [row[Role.NAME] for row in rows] == ["公共法律服务咨询件数", "人民调解案件数"]


_MONEY = (
    "部门整体支出绩效自评表\n(2021年度)\n部门(单位)名称\n武夷山市司法局\n"
    "财政资金安排和使用情况\n资金结构\n(元)\n预算安排\n拨付情况\n结余情况\n"
    "年初部门预算安排金额\n①\n历年结余结转\n②\n年中调整金额③\n小计\n④=①+②+③\n"
    "年度拨付金额\n⑤\n支出实现率(%)\n⑥=⑤/④\n本年度结余金额\n⑦=④-⑤\n资金结余率\n(%)\n⑧=⑦/④\n"
    "财政资金小计\n2316400\n48200\n120000\n2484600\n2401377.5\n97%\n83222.5\n3%\n"
)


def test_circled_column_formulas_one_a_line_leave_the_money_columns_in_place(
    tmp_path: Path,
) -> None:
    document = read_form(tmp_path, _MONEY + _INDICATORS)
    evaluation = document.department_evaluation
    assert evaluation is not None
    row = evaluation.funding_execution[0]
    assert (row.initial_budget, row.full_year_budget) == (Decimal("231.64"), Decimal("248.46"))
    assert row.executed == Decimal("240.13775")
    assert row.execution_rate == Decimal("97")
