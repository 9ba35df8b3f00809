"""The score sheet of a department as a whole (部门整体支出绩效自评表).

Official practice scores the department on its own form, not as a mean of its project sheets:
the indicators of the 部门整体支出绩效目标申报表 (its department goals) under the same rules as
a project's, plus the execution of the whole expenditure budget. So that is what this does.

* 全年预算数: the stated 年度支出预算 合计, else the sum of its stated parts (人员经费 + 公用经费
  + 项目支出 + 其它), else the income budget's 合计.
* 全年执行数: every spending record of the department-year, whatever it is booked to.
* A goal's cost indicators read the records booked to the goal and, when the goal's funding
  block names a project of the document (侨务工作经费), that project's records.
"""

from __future__ import annotations

from decimal import Decimal

from jixiao.domain.achievement import goal_ledger
from jixiao.domain.actuals import Actuals, total_amount
from jixiao.domain.model import PerformanceDocument
from jixiao.domain.scoring.profile import ScoringProfile
from jixiao.domain.scoring.project import (
    Entry,
    budget_row,
    build_sheet,
    score_entries,
    year_records,
)
from jixiao.domain.scoring.sheet import ScoreSheet


def department_budget(document: PerformanceDocument) -> Decimal | None:
    expenditure = document.budget.expenditure
    if expenditure.total is not None:
        return expenditure.total
    parts = [value for value in expenditure.parts().values() if value is not None]
    if parts:
        return sum(parts, Decimal(0))
    return document.budget.income.total


def evaluate_department(
    document: PerformanceDocument, actuals: Actuals, profile: ScoringProfile
) -> ScoreSheet:
    """The department-wide score sheet under ``profile``."""
    subject = f"部门“{document.department.name}”"
    executed_records = year_records(actuals, actuals.spending_until())
    executed = total_amount(executed_records) if executed_records else None
    budget_line, findings = budget_row(department_budget(document), executed, profile, subject)
    entries = [
        Entry(f"整体支出目标{goal.number}", indicator, None, goal.number, records)
        for goal in document.department_goals
        for records in (year_records(actuals, goal_ledger(document, goal, actuals)),)
        for indicator in goal.indicators
    ]
    rows, row_findings = score_entries(entries, actuals, profile)
    return build_sheet(
        document.department.name, profile, budget_line, rows, [*findings, *row_findings]
    )
