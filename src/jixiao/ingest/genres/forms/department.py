"""A 部门整体支出绩效自评表 into a department-level document.

The department is the form's 部门名称 (or 单位名称). Its indicators, with 年初/调整 指标值,
全年完成值, 得分系数, 指标权重, 指标得分 and 是否核心指标, become the one department goal of
the document, whose funding block is the 年度资金总额 row's budget. The department's own
figures (the rows of its 项目资金 table, the 实际完成情况 of its 年度总体目标, its 总分 and its
评价等级) are the document's :class:`DepartmentEvaluation`.
"""

from __future__ import annotations

from decimal import Decimal

from jixiao.domain.model import (
    Department,
    DepartmentEvaluation,
    DepartmentGoal,
    FundingBlock,
    FundingExecution,
    FundingSource,
    PerformanceDocument,
    Provenance,
)
from jixiao.domain.money import format_decimal
from jixiao.ingest.genres.forms.closing import rating, total_score
from jixiao.ingest.genres.forms.fields import FieldName
from jixiao.ingest.genres.forms.form import FormReading, FormSpec
from jixiao.ingest.genres.forms.head import FormReadError
from jixiao.ingest.genres.forms.sections import Section
from jixiao.ingest.report import ImportReport
from jixiao.ingest.source import SourceDocument

GOAL = "department_goals[0]"
EVALUATION = "department_evaluation"
_CLOSING_PATHS = {
    Section.TOTAL_SCORE: f"{EVALUATION}.total_score",
    Section.RATING: f"{EVALUATION}.rating",
}


def _department(form: FormReading) -> tuple[Department, Provenance]:
    for name in (FieldName.DEPARTMENT, FieldName.UNIT):
        value = form.fields.value(name)
        if value is not None and value.text:
            supervising = form.fields.value(FieldName.SUPERVISING)
            parent = supervising.text if supervising and supervising.text else None
            where = form.trace.provenance(value.place)
            return Department(name=value.text, supervising_department=parent), where
    raise FormReadError(f"{form.sheet.source.name}:表中找不到部门名称")


def _funding(form: FormReading) -> tuple[list[FundingExecution], FundingBlock | None]:
    """The 项目资金 rows, and the funding block of the goal: the 年度资金总额 row's budget."""
    table = form.funding(f"{EVALUATION}.funding_execution")
    if table is None:
        return [], None
    block = None
    for row in table.rows:
        if row.source is FundingSource.TOTAL:
            amount = (
                row.full_year_budget if row.full_year_budget is not None else row.initial_budget
            )
            block = FundingBlock(
                name=row.label, amount=amount, provenance={"amount": row.provenance["row"]}
            )
    return list(table.rows), block


def read_department_form(
    source: SourceDocument, report: ImportReport, spec: FormSpec
) -> PerformanceDocument:
    """Read a 部门整体支出绩效自评表."""
    form = FormReading(source, report, spec)
    title, year, provenance = form.title_and_year()
    department, provenance["department"] = _department(form)
    rows, block = _funding(form)
    overall_goal = None
    evaluation: dict[str, Provenance] = {}
    achievement = None
    if (goals := form.goal_table()) is not None:
        if goals.expected is not None:
            overall_goal = goals.expected.text
            provenance["overall_goal"] = form.trace.provenance(goals.expected.place)
        if goals.achieved is not None:
            achievement = goals.achieved.text
            evaluation["goal_achievement"] = form.trace.provenance(goals.achieved.place)
    indicators = form.indicators(f"{GOAL}.indicators")
    parts = form.closing(_CLOSING_PATHS)
    score: Decimal | None = None
    if (part := parts.get(Section.TOTAL_SCORE)) and (read := total_score(part)):
        score = read[0]
        evaluation["total_score"] = form.trace.provenance([read[1]], text=format_decimal(score))
    grade = None
    if (part := parts.get(Section.RATING)) and (grade := rating(part)):
        evaluation["rating"] = form.trace.provenance(part.place, text=grade)
    form.finish(
        {
            "整体支出目标": 1,
            "资金行": len(rows),
            "整体支出目标指标": len(indicators),
            "指标完成情况": sum(1 for indicator in indicators if indicator.result is not None),
        }
    )
    stated = DepartmentEvaluation(
        funding_execution=rows,
        goal_achievement=achievement,
        total_score=score,
        rating=grade,
        provenance=evaluation,
    )
    goal = DepartmentGoal(number=1, funding_block=block, indicators=indicators)
    return PerformanceDocument(
        kind=spec.kind,
        fiscal_year=year,
        department=department,
        title=title,
        overall_goal=overall_goal,
        department_goals=[goal],
        department_evaluation=stated if rows or evaluation else None,
        provenance=provenance,
    )
