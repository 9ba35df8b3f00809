"""What the import report says beyond fixes: parts not found, text no rule took, counts.

A truncated document is parsed as far as it goes; the parts the genre has and the file
lacks are listed as missing, so the user knows the document is incomplete.
"""

from __future__ import annotations

from jixiao.ingest.cells import is_decorative
from jixiao.ingest.genres.department_performance.context import Context
from jixiao.ingest.genres.department_performance.goal_table import DepartmentTable
from jixiao.ingest.genres.department_performance.project_table import ProjectDraft
from jixiao.ingest.genres.department_performance.prose import Part, Prose
from jixiao.ingest.genres.department_performance.rows import Row
from jixiao.ingest.report import ItemKind

_TRUNCATED = "(文档可能被截断或缺页)"
_PROSE_PARTS = (
    (Part.OVERALL, "总体绩效目标", "overall_goal"),
    (Part.GOALS, "分项绩效目标", "goal_sections"),
    (Part.SAFEGUARDS, "工作保障措施", "safeguards"),
)


def report_missing(
    ctx: Context,
    prose: Prose,
    table: DepartmentTable | None,
    projects: list[ProjectDraft],
    projects_expected: bool,
) -> None:
    """Parts of the genre the source lacks, each a MISSING item on a top-level field (the
    pipeline reads those as an incomplete document)."""
    for part, label, field in _PROSE_PARTS:
        if part not in prose.parts:
            ctx.note(ItemKind.MISSING, f"未找到“{label}”部分{_TRUNCATED}", field=field)
    if table is None:
        reason = f"未找到部门整体支出绩效目标申报表{_TRUNCATED}"
        ctx.note(ItemKind.MISSING, reason, field="department_goals")
        return
    if not table.budget.found:
        ctx.note(ItemKind.MISSING, f"申报表中未找到年度收入/支出预算{_TRUNCATED}", field="budget")
    if not any(goal.items for goal in table.goals):
        reason = f"申报表中未找到整体支出目标的绩效指标{_TRUNCATED}"
        ctx.note(ItemKind.MISSING, reason, field="department_goals")
    if not projects and projects_expected:
        reason = f"文档列出了预算项目(目录、标题或项目支出预算),但未找到项目绩效目标表{_TRUNCATED}"
        ctx.note(ItemKind.MISSING, reason, field="projects")


def report_unrecognised(
    ctx: Context, table: DepartmentTable | None, projects: list[ProjectDraft]
) -> None:
    """Lines no rule took (blank and decorative lines aside), and table rows no indicator
    could take."""
    for line in ctx.lines:
        if line.is_blank or ctx.is_taken(line) or is_decorative(line.text):
            continue
        ctx.note(ItemKind.UNRECOGNISED, "没有规则读取这一行", line, original=line.text.strip())
    orphans: list[Row] = list(table.unplaced) if table else []
    for project in projects:
        orphans.extend(project.unplaced)
    for row in orphans:
        reason = "表格行没有指标名称,也不是上一行的续行,未读取"
        ctx.note(ItemKind.UNRECOGNISED, reason, row.line, original=row.line.text.strip())
