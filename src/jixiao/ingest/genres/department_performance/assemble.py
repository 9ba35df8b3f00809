"""Putting the parts read into the canonical :class:`PerformanceDocument`, with provenance.

Every value carries where it was read; every fix recorded while reading is written into
its field's provenance and the import report here, now that its JSON path is known.
"""

from __future__ import annotations

from dataclasses import dataclass

from jixiao.domain.model import (
    Department,
    DepartmentBudget,
    DepartmentGoal,
    DocumentKind,
    FundingBlock,
    GoalSection,
    PerformanceDocument,
    Project,
    ProseSection,
    SpendingCheckpoint,
)
from jixiao.errors import JixiaoError
from jixiao.ingest.genres.department_performance.context import ROW, Context, Fix, Located
from jixiao.ingest.genres.department_performance.cover import Cover
from jixiao.ingest.genres.department_performance.crossfill import (
    FragmentSources,
    complete_fragment,
)
from jixiao.ingest.genres.department_performance.goal_table import (
    DepartmentTable,
    Funding,
    GoalDraft,
)
from jixiao.ingest.genres.department_performance.project_table import AMOUNT_FIELDS, ProjectDraft
from jixiao.ingest.genres.department_performance.prose import (
    GoalSectionDraft,
    Prose,
    clean_text,
    clean_title,
)
from jixiao.ingest.genres.department_performance.spending_plan import CheckpointDraft
from jixiao.ingest.report import ItemKind
from jixiao.ingest.source import SourceLine

# Project fields read as text, by their model names.
_TEXT_FIELDS = (
    "code",
    "period",
    "supervising_department",
    "implementing_unit",
    "manager",
    "overall_goal",
    "purpose",
    "annual_goal",
)


def goal_sections(ctx: Context, prose: Prose) -> list[GoalSection]:
    sections = []
    for index, draft in enumerate(prose.sections):
        path = f"goal_sections[{index}]"
        title, fixes = clean_title("title", draft.title)
        section = GoalSection(title=title, provenance={"title": ctx.provenance(draft.title.line)})
        if draft.goal is not None:
            section.goal, goal_fixes = clean_text("goal", [draft.goal])
            section.provenance["goal"] = ctx.provenance(draft.goal.first, draft.goal.last)
            fixes += goal_fixes
        if draft.indicators_text is not None:
            paragraph = draft.indicators_text
            section.indicators_text, text_fixes = clean_text("indicators_text", [paragraph])
            section.provenance["indicators_text"] = ctx.provenance(paragraph.first, paragraph.last)
            fixes += text_fixes
        section.indicators = [
            indicator.build(ctx, f"{path}.indicators[{k}]")
            for k, indicator in enumerate(draft.indicators)
        ]
        ctx.apply(path, section.provenance, fixes)
        _note_unread(ctx, draft, path)
        sections.append(section)
    return sections


def _note_unread(ctx: Context, draft: GoalSectionDraft, path: str) -> None:
    line = draft.indicators_text.first if draft.indicators_text else draft.title.line
    for clause in draft.unread:
        reason = f"“{clause}”中找不到指标值(比较词和数值,或可识别的标准),未作为指标读取"
        ctx.note(ItemKind.UNRECOGNISED, reason, line, f"{path}.indicators_text", clause)


def safeguards(ctx: Context, prose: Prose) -> list[ProseSection]:
    result = []
    for index, (heading, paragraph) in enumerate(prose.safeguards):
        title, fixes = clean_title("title", heading)
        section = ProseSection(
            title=title, text="", provenance={"title": ctx.provenance(heading.line)}
        )
        if paragraph is not None:
            section.text, text_fixes = clean_text("text", [paragraph])
            section.provenance["text"] = ctx.provenance(paragraph.first, paragraph.last)
            fixes += text_fixes
        ctx.apply(f"safeguards[{index}]", section.provenance, fixes)
        result.append(section)
    return result


def budget(ctx: Context, table: DepartmentTable | None) -> DepartmentBudget:
    if table is None:
        return DepartmentBudget()
    read = table.budget
    ctx.apply("budget.income", read.budget.income.provenance, read.income_fixes)
    ctx.apply("budget.expenditure", read.budget.expenditure.provenance, read.expenditure_fixes)
    return read.budget


def department_goals(ctx: Context, table: DepartmentTable | None) -> list[DepartmentGoal]:
    goals = []
    for index, draft in enumerate(table.goals if table else []):
        path = f"department_goals[{index}]"
        goal = DepartmentGoal(number=draft.number, text=draft.text.text if draft.text else None)
        if draft.number_line is not None:
            goal.provenance["number"] = ctx.provenance(draft.number_line)
        if draft.text is not None:
            goal.provenance["text"] = ctx.provenance(draft.text.line)
        if draft.funding is not None:
            goal.funding_block = _funding_block(ctx, draft.funding, f"{path}.funding_block")
        goal.indicators = [
            item.draft.build(ctx, f"{path}.indicators[{k}]") for k, item in enumerate(draft.items)
        ]
        if not draft.items:
            reason = f"未找到整体支出目标{draft.number}的绩效指标(文档可能被截断)"
            ctx.note(ItemKind.MISSING, reason, field=f"{path}.indicators")
        ctx.apply(path, goal.provenance, draft.fixes)
        goals.append(goal)
    return goals


def _funding_block(ctx: Context, funding: Funding, path: str) -> FundingBlock:
    first = funding.fragments[0][1]
    block = FundingBlock(
        name=funding.name, amount=funding.amount, provenance={ROW: ctx.provenance(first)}
    )
    if funding.name is not None:
        block.provenance["name"] = ctx.provenance(first)
    if funding.amount_line is not None:
        block.provenance["amount"] = ctx.provenance(funding.amount_line)
    ctx.apply(path, block.provenance, funding.fixes)
    return block


def projects(
    ctx: Context, drafts: list[ProjectDraft], paragraphs: list[tuple[str, Located]]
) -> list[Project]:
    result: list[Project] = []
    sources = FragmentSources(paragraphs)  # once: each project's cell is looked up in all
    for index, draft in enumerate(drafts):
        name = draft.fields.get("name")
        path = f"projects[{len(result)}]"
        if name is None or not name.text:
            reason = "项目绩效目标表中找不到项目名称,无法作为项目读取"
            ctx.note(ItemKind.UNREADABLE, reason, draft.title, f"projects[{index}].name")
            continue
        result.append(_project(ctx, draft, path, sources))
    return result


def _project(ctx: Context, draft: ProjectDraft, path: str, sources: FragmentSources) -> Project:
    project = Project(name=draft.fields["name"].text, attribute=draft.attribute)
    project.provenance[ROW] = ctx.provenance(draft.title)
    fixes = list(draft.fixes)
    if draft.annual_goal_fragment is not None and "annual_goal" not in draft.fields:
        fixes.append(_annual_goal(draft, draft.annual_goal_fragment, sources))
    for name, located in draft.fields.items():
        if name in _TEXT_FIELDS or name == "name":
            setattr(project, name, located.text)
            project.provenance[name] = ctx.provenance(located.line)
    for name in AMOUNT_FIELDS:
        if name in draft.amounts:
            amount, line = draft.amounts[name]
            setattr(project, name, amount)
            project.provenance[name] = ctx.provenance(line)
    project.spending_plan = [
        _checkpoint(ctx, checkpoint, f"{path}.spending_plan[{k}]")
        for k, checkpoint in enumerate(draft.spending_plan)
    ]
    project.indicators = [
        item.draft.build(ctx, f"{path}.indicators[{k}]") for k, item in enumerate(draft.items)
    ]
    ctx.apply(path, project.provenance, fixes)
    return project


def _annual_goal(draft: ProjectDraft, fragment: Located, sources: FragmentSources) -> Fix:
    completed = complete_fragment("annual_goal", fragment, sources)
    if completed is not None:
        text, fix = completed
        draft.fields["annual_goal"] = Located(text, fragment.line)
        return fix
    text = fragment.text
    draft.fields["annual_goal"] = Located(text, fragment.line)
    reason = (
        "年度绩效目标的栏名未识别出,按表格位置(资金支出计划之后的一行)读取,OCR 可能只识别出部分文字"
    )
    return Fix("annual_goal", ItemKind.UNCERTAIN, reason, fragment.line, None, text)


def _checkpoint(ctx: Context, draft: CheckpointDraft, path: str) -> SpendingCheckpoint:
    checkpoint = SpendingCheckpoint(
        month=draft.month,
        cumulative_percent=draft.percent,
        label=draft.label,
        provenance={
            ROW: ctx.provenance(draft.value_line),
            "label": ctx.provenance(draft.label_line),
        },
    )
    ctx.apply(path, checkpoint.provenance, draft.fixes)
    return checkpoint


def goal_paragraphs(goals: list[GoalDraft], prose: Prose) -> list[tuple[str, Located]]:
    """Goal texts a damaged cell may be completed from, with how a reason names them."""
    found = [(f"部门整体支出目标{goal.number}", goal.text) for goal in goals if goal.text]
    for section in prose.sections:
        if section.goal is not None:
            text = section.goal.clean()[0]
            found.append((f"分项绩效目标“{section.title.text}”", Located(text, section.goal.first)))
    return found


def document(
    ctx: Context,
    cover: Cover,
    prose: Prose,
    table: DepartmentTable | None,
    drafts: list[ProjectDraft],
) -> PerformanceDocument:
    """The canonical document; raises a Chinese error when who or when cannot be read."""
    department = _department(cover, table)
    year, year_line = _fiscal_year(cover, table)
    goals = table.goals if table else []
    result = PerformanceDocument(
        kind=DocumentKind.DEPARTMENT_PERFORMANCE,
        fiscal_year=year,
        department=department.model,
        finance_bureau=cover.bureau_model(),
        title=cover.title.text if cover.title else None,
        budget=budget(ctx, table),
        goal_sections=goal_sections(ctx, prose),
        department_goals=department_goals(ctx, table),
        annual_work_plan=table.work_plan.text if table and table.work_plan else None,
        safeguards=safeguards(ctx, prose),
        projects=projects(ctx, drafts, goal_paragraphs(goals, prose)),
    )
    where = result.provenance
    where["fiscal_year"] = ctx.provenance(year_line)
    where["department"] = ctx.provenance(department.line)
    if cover.title is not None:
        where["title"] = ctx.provenance(cover.title.line)
    if cover.bureau is not None:
        where["finance_bureau"] = ctx.provenance(cover.bureau.line)
    if table is not None and table.work_plan is not None:
        where["annual_work_plan"] = ctx.provenance(table.work_plan.line)
    fixes = list(cover.fixes)
    if prose.overall_goal:
        result.overall_goal, goal_fixes = clean_text("overall_goal", prose.overall_goal)
        where["overall_goal"] = ctx.provenance(
            prose.overall_goal[0].first, prose.overall_goal[-1].last
        )
        fixes += goal_fixes
    ctx.apply("", where, fixes)
    return result


@dataclass(frozen=True)
class _Who:
    model: Department
    line: SourceLine


def _department(cover: Cover, table: DepartmentTable | None) -> _Who:
    model = cover.department_model()
    if model is not None and cover.department is not None:
        return _Who(model, cover.department.line)
    if table is not None and table.department is not None:
        named = Cover(department=table.department, bureau=cover.bureau)
        found = named.department_model()
        if found is not None:
            return _Who(found, table.department.line)
    raise JixiaoError("无法从文档中读出部门名称(封面的“……编制”或申报表的“部门名称”),未导入")


def _fiscal_year(cover: Cover, table: DepartmentTable | None) -> tuple[int, SourceLine]:
    if cover.fiscal_year is not None and cover.year_line is not None:
        return cover.fiscal_year, cover.year_line
    if table is not None and table.fiscal_year is not None:
        return table.fiscal_year
    raise JixiaoError("无法从文档中读出预算年度(封面标题或申报表的“(XXXX年度)”),未导入")
