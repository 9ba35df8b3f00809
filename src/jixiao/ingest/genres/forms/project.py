"""A project-level form (目标申报表/批复表, 监控表, 自评表) into a one-project document.

The document's department is the unit that carries the project out (实施单位 / 项目单位),
under its 主管部门. A form that names no unit is filed under its 主管部门, and the report says
so. Amounts the form states only in its 项目资金 table (a monitoring or self-evaluation form
has no 项目金额 field) are taken from the table's 年度资金总额 / 财政拨款 / 其他资金 rows.
"""

from __future__ import annotations

from decimal import Decimal

from jixiao.domain.model import (
    Department,
    FundingExecution,
    FundingSource,
    PerformanceDocument,
    Project,
    Provenance,
)
from jixiao.ingest.genres.forms.closing import Part, rating, total_score
from jixiao.ingest.genres.forms.fields import FieldName
from jixiao.ingest.genres.forms.form import FormReading, FormSpec
from jixiao.ingest.genres.forms.head import (
    Collected,
    FormReadError,
    read_amount_field,
    read_attribute,
    read_project_type,
    text_field,
)
from jixiao.ingest.genres.forms.sections import Section
from jixiao.ingest.report import ImportReport, ItemKind
from jixiao.ingest.source import SourceDocument

PROJECT = "projects[0]"
_CLOSING_PATHS = {
    Section.TOTAL_SCORE: f"{PROJECT}.total_score",
    Section.RATING: f"{PROJECT}.rating",
    Section.DEVIATION: f"{PROJECT}.deviation_analysis",
    Section.MEASURES: f"{PROJECT}.measures",
}
_FUNDED_FIELDS = (
    (FundingSource.TOTAL, "budget", "预算数"),
    (FundingSource.FISCAL, "fiscal_funds", "财政资金"),
    (FundingSource.OTHER, "other_funds", "其他资金"),
)


def _head(form: FormReading, project: Collected) -> None:
    fields, trace = form.fields, form.trace
    name = fields.value(FieldName.PROJECT_NAME)
    if name is None or not name.text:
        raise FormReadError(f"{form.sheet.source.name}:表中找不到项目名称")
    project.set("name", name.text, trace.provenance(name.place))
    text_field(fields, trace, project, FieldName.PROJECT_CODE, PROJECT, "项目编码")
    text_field(fields, trace, project, FieldName.SUPERVISING, PROJECT, "主管部门")
    text_field(fields, trace, project, FieldName.UNIT, PROJECT, "实施单位")
    text_field(fields, trace, project, FieldName.MANAGER, PROJECT, "项目负责人")
    text_field(fields, trace, project, FieldName.PERIOD, PROJECT, "项目期")
    read_attribute(fields, trace, project, PROJECT)
    read_project_type(fields, trace, project, PROJECT)
    for amount in (FieldName.AMOUNT, FieldName.FISCAL, FieldName.OTHER_FUNDS):
        read_amount_field(fields, trace, project, amount, PROJECT, form.unit)
    for prose in (FieldName.ANNUAL_GOAL, FieldName.OVERALL_GOAL, FieldName.PURPOSE):
        value = fields.run(prose, joiner="")
        if value is not None and value.text:
            where = f"{PROJECT}.{prose.value}"
            project.set(prose.value, *trace.text_value(where, value.place, value.text))


def _row_amount(row: FundingExecution) -> tuple[Decimal | None, str]:
    """The year's budget of a funding row: its 全年预算数 (the budget in force, the one the
    execution is scored against), else its 年初预算数 (a monitoring form has only that)."""
    if row.full_year_budget is not None:
        return row.full_year_budget, "full_year_budget"
    return row.initial_budget, "initial_budget"


def _funding(form: FormReading, project: Collected) -> None:
    """The 项目资金 table, and the project's amounts from it where the head has none."""
    table = form.funding(f"{PROJECT}.funding_execution")
    if table is None:
        return
    project.values["funding_execution"] = table.rows
    if table.as_of_month is not None:
        project.values["execution_as_of_month"] = table.as_of_month
    for source, name, what in _FUNDED_FIELDS:
        row = next((row for row in table.rows if row.source is source), None)
        if row is None or name in project.values:
            continue
        amount, column = _row_amount(row)
        if amount is None:
            continue
        where = row.provenance.get(column) or row.provenance["row"]
        project.set(name, amount, where)
        label = "年初预算数" if column == "initial_budget" else "全年预算数"
        reason = f"{what}取自项目资金表“{row.label}”的{label}"
        form.trace.add(
            ItemKind.CROSS_FILLED, reason, f"{PROJECT}.{name}", value=str(amount), at=where
        )


def _goal(form: FormReading, project: Collected) -> None:
    table = form.goal_table()
    if table is None:
        return
    if table.expected is not None and "annual_goal" not in project.values:
        where = form.trace.provenance(table.expected.place)
        project.set("annual_goal", table.expected.text, where)
    if table.achieved is not None:
        where = form.trace.provenance(table.achieved.place)
        project.set("goal_achievement", table.achieved.text, where)


def _closing(form: FormReading, project: Collected) -> None:
    parts = form.closing(_CLOSING_PATHS)
    trace = form.trace
    if (part := parts.get(Section.TOTAL_SCORE)) and (score := total_score(part)):
        project.set("total_score", score[0], trace.provenance([score[1]]))
    if (part := parts.get(Section.RATING)) and (grade := rating(part)):
        project.set("rating", grade, trace.provenance(part.place))
    for section, name in (
        (Section.DEVIATION, "deviation_analysis"),
        (Section.MEASURES, "measures"),
    ):
        found: Part | None = parts.get(section)
        if found is not None and found.text:
            project.set(name, *trace.text_value(f"{PROJECT}.{name}", found.place, found.text))


def _department(form: FormReading, project: Collected) -> tuple[Department, Provenance]:
    unit = project.values.get("implementing_unit")
    supervising = project.values.get("supervising_department")
    if unit:
        return Department(name=unit, supervising_department=supervising), project.provenance[
            "implementing_unit"
        ]
    if supervising:
        where = project.provenance["supervising_department"]
        reason = "表中未写实施单位,按主管部门归档"
        form.trace.add(
            ItemKind.CROSS_FILLED, reason, "department.name", value=supervising, at=where
        )
        return Department(name=supervising), where
    raise FormReadError(f"{form.sheet.source.name}:表中找不到实施单位或主管部门")


def read_project_form(
    source: SourceDocument, report: ImportReport, spec: FormSpec
) -> PerformanceDocument:
    """Read a project-level form of the genre ``spec`` describes."""
    form = FormReading(source, report, spec)
    title, year, provenance = form.title_and_year()
    project = Collected()
    _head(form, project)
    _funding(form, project)
    _goal(form, project)
    indicators = form.indicators(f"{PROJECT}.indicators")
    project.values["indicators"] = indicators
    _closing(form, project)
    department, where = _department(form, project)
    provenance["department"] = where
    results = sum(1 for indicator in indicators if indicator.result is not None)
    form.finish(
        {
            "预算项目": 1,
            "项目资金行": len(project.values.get("funding_execution", [])),
            "项目指标": len(indicators),
            "指标完成情况": results,
        }
    )
    return PerformanceDocument(
        kind=spec.kind,
        fiscal_year=year,
        department=department,
        title=title,
        projects=[Project.model_validate(project.data())],
        provenance=provenance,
    )
