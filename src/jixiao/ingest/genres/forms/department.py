"""A 部门整体支出绩效自评表 into a department-level document.

The department is the form's 部门名称 (or 单位名称). Its indicators, with 年初/调整 指标值,
全年完成值, 得分系数, 指标权重, 指标得分 and 是否核心指标, become the one department goal of
the document, whose funding block is the 年度资金总额 row's budget. The model has no place yet
for a department's budget execution (the rest of the 项目资金 table), the 实际完成情况 of its
年度总体目标, its 总分 or its 评价等级: each is kept, as read, in the document's provenance
under those names, so that nothing the form states is lost.
"""

from __future__ import annotations

from jixiao.domain.model import (
    Department,
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
_CLOSING_PATHS = {
    Section.TOTAL_SCORE: "provenance.total_score",
    Section.RATING: "provenance.rating",
}
_FIGURES = (
    ("initial_budget", "年初预算数"),
    ("full_year_budget", "全年预算数"),
    ("executed", "执行数"),
    ("projected", "全年预计执行数"),
    ("execution_rate", "执行率"),
    ("weight", "分值"),
    ("score", "得分"),
)


def _department(form: FormReading) -> tuple[Department, Provenance]:
    for name in (FieldName.DEPARTMENT, FieldName.UNIT):
        value = form.fields.value(name)
        if value is not None and value.text:
            supervising = form.fields.value(FieldName.SUPERVISING)
            parent = supervising.text if supervising and supervising.text else None
            where = form.trace.provenance(value.place)
            return Department(name=value.text, supervising_department=parent), where
    raise FormReadError(f"{form.sheet.source.name}:表中找不到部门名称")


def _describe(row: FundingExecution) -> str:
    """A funding row as one line of text: ``年度资金总额:年初预算数 2860;…``."""
    parts = []
    for name, label in _FIGURES:
        value = getattr(row, name)
        if value is not None:
            unit = "%" if name == "execution_rate" else ""
            parts.append(f"{label} {format_decimal(value)}{unit}")
    return f"{row.label}:" + ";".join(parts)


def _funding(form: FormReading, provenance: dict[str, Provenance]) -> FundingBlock | None:
    table = form.funding("provenance.funding_execution")
    if table is None:
        return None
    block = None
    for index, row in enumerate(table.rows):
        where = row.provenance["row"].model_copy(update={"text": _describe(row)})
        provenance[f"funding_execution[{index}]"] = where
        if row.source is FundingSource.TOTAL:
            amount = (
                row.full_year_budget if row.full_year_budget is not None else row.initial_budget
            )
            block = FundingBlock(name=row.label, amount=amount, provenance={"amount": where})
    return block


def read_department_form(
    source: SourceDocument, report: ImportReport, spec: FormSpec
) -> PerformanceDocument:
    """Read a 部门整体支出绩效自评表."""
    form = FormReading(source, report, spec)
    title, year, provenance = form.title_and_year()
    department, provenance["department"] = _department(form)
    block = _funding(form, provenance)
    overall_goal = None
    if (goals := form.goal_table()) is not None:
        if goals.expected is not None:
            overall_goal = goals.expected.text
            provenance["overall_goal"] = form.trace.provenance(goals.expected.place)
        if goals.achieved is not None:
            achieved = goals.achieved
            provenance["goal_achievement"] = form.trace.provenance(achieved.place)
    indicators = form.indicators(f"{GOAL}.indicators")
    parts = form.closing(_CLOSING_PATHS)
    if (part := parts.get(Section.TOTAL_SCORE)) and (score := total_score(part)):
        where = form.trace.provenance([score[1]], text=format_decimal(score[0]))
        provenance["total_score"] = where
    if (part := parts.get(Section.RATING)) and (grade := rating(part)):
        provenance["rating"] = form.trace.provenance(part.place, text=grade)
    form.finish(
        {
            "整体支出目标": 1,
            "资金行": sum(1 for key in provenance if key.startswith("funding_execution")),
            "整体支出目标指标": len(indicators),
            "指标完成情况": sum(1 for indicator in indicators if indicator.result is not None),
        }
    )
    goal = DepartmentGoal(number=1, funding_block=block, indicators=indicators)
    return PerformanceDocument(
        kind=spec.kind,
        fiscal_year=year,
        department=department,
        title=title,
        overall_goal=overall_goal,
        department_goals=[goal],
        provenance=provenance,
    )
