"""Commands ``jixiao workflow …``: the workflow of a stored document (申报, 监控轮次, 自评).

Thin: each command parses its options, makes one :class:`~jixiao.workspace.Workspace` call as
the local user (an administrator of their database) and renders the result.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

from jixiao.cli.options import DbOption, DeptArgument, YearOption
from jixiao.domain.kinds import DocumentKind
from jixiao.domain.workflow import ReturnReason, Stage
from jixiao.errors import InputError

if TYPE_CHECKING:  # the commands import the application when they run (start-up)
    from jixiao.app.workflow import Outcome, SubjectRef
    from jixiao.workspace import Workspace

out = Console()
workflow_app = typer.Typer(
    name="workflow",
    help="流转:申报、监控轮次和自评的提交、审核、退回、批复、公开与调整申请;批复版本及其比较。",
    no_args_is_help=True,
)

RegionOption = Annotated[str | None, typer.Option("--region", help="地区名称(部门重名时)")]
KindOption = Annotated[DocumentKind, typer.Option("--kind", help="文档类型(默认部门预算绩效文本)")]
ProjectOption = Annotated[str | None, typer.Option("--project", help="项目名称(项目表单)")]
StageOption = Annotated[Stage, typer.Option("--stage", help="流转对象:申报、监控或自评")]
RoundOption = Annotated[str, typer.Option("--round", help="监控轮次,如 1-6月")]
VersionOption = Annotated[
    int | None, typer.Option("--version", help="所依据的版本号(已被他人修改时拒绝)")
]


def _workspace(db: str | None) -> Workspace:
    from jixiao.workspace import Workspace

    return Workspace(db)


def _ref(
    department: str,
    year: int | None,
    region: str | None,
    kind: DocumentKind,
    project: str | None,
    stage: Stage,
    round_: str,
) -> SubjectRef:
    from jixiao.app.workflow import SubjectRef

    if stage is Stage.MONITORING and not round_:
        raise InputError("监控轮次须用 --round 指定,如 --round 1-6月")
    return SubjectRef(department, year, region, kind, project, stage, round_)


def _pairs(items: list[str], what: str) -> list[tuple[str, str]]:
    pairs = []
    for item in items:
        key, sep, text = item.partition("=")
        if not sep or not key.strip() or not text.strip():
            raise InputError(f"{what}“{item}”格式不对,应为 位置=内容")
        pairs.append((key.strip(), text.strip()))
    return pairs


def _done(outcome: Outcome) -> None:
    line = f"当前状态:{outcome.status.label},版本 {outcome.status.version}"
    if outcome.version_number is not None:
        line += f";批复版本第 {outcome.version_number} 版"
    out.print(line)


@workflow_app.command("status")
def status(
    department: DeptArgument,
    year: YearOption = None,
    region: RegionOption = None,
    kind: KindOption = DocumentKind.DEPARTMENT_PERFORMANCE,
    project: ProjectOption = None,
    stage: StageOption = Stage.DECLARATION,
    round_: RoundOption = "",
    db: DbOption = None,
) -> None:
    """显示状态、版本、流转记录和对审核发现的说明与意见。"""
    ref = _ref(department, year, region, kind, project, stage, round_)
    view = _workspace(db).workflow_status(ref)
    out.print(f"{view.subject}:{view.status.label},版本 {view.status.version}")
    if view.in_force is not None:
        published = f",已公开第 {view.published} 版" if view.published else ""
        out.print(f"现行批复版本:第 {view.in_force} 版{published}")
    out.print("可执行操作:" + ("、".join(a.value for a in view.allowed) or "无"))
    table = Table("版本", "时间", "操作人", "操作", "状态", "说明")
    for event in view.events:
        reasons = ";".join(f"{r.location}:{r.reason}" for r in event.reasons)
        table.add_row(
            str(event.version),
            event.at.isoformat(timespec="seconds"),
            f"{event.actor}({event.role})",
            event.action,
            f"{event.from_state.value}→{event.to_state.value}",
            reasons or event.note or "",
        )
    out.print(table)
    for note in view.notes:
        kind_label = "提交人说明" if note.kind == "explanation" else "审核意见"
        out.print(f"{kind_label} [{note.finding_key}] {note.author}:{note.text}")


@workflow_app.command("submit")
def submit(
    department: DeptArgument,
    year: YearOption = None,
    region: RegionOption = None,
    kind: KindOption = DocumentKind.DEPARTMENT_PERFORMANCE,
    project: ProjectOption = None,
    stage: StageOption = Stage.DECLARATION,
    round_: RoundOption = "",
    explain: Annotated[
        list[str] | None,
        typer.Option("--explain", help="对审核错误的说明:发现编号=说明(可重复)"),
    ] = None,
    version: VersionOption = None,
    db: DbOption = None,
) -> None:
    """提交(申报先运行审核;有未说明的错误则不能提交)。"""
    ref = _ref(department, year, region, kind, project, stage, round_)
    explanations = dict(_pairs(explain or [], "说明"))
    outcome = _workspace(db).submit(ref, explanations=explanations, expected_version=version)
    errors = sum(1 for f in outcome.findings if f.severity.value == "error")
    if outcome.findings:
        out.print(f"审核发现 {len(outcome.findings)} 条(错误 {errors} 条,均已说明)")
    _done(outcome)


@workflow_app.command("withdraw")
def withdraw(
    department: DeptArgument,
    year: YearOption = None,
    region: RegionOption = None,
    kind: KindOption = DocumentKind.DEPARTMENT_PERFORMANCE,
    project: ProjectOption = None,
    stage: StageOption = Stage.DECLARATION,
    round_: RoundOption = "",
    version: VersionOption = None,
    db: DbOption = None,
) -> None:
    """撤回已提交、尚未开始审核的内容。"""
    ref = _ref(department, year, region, kind, project, stage, round_)
    _done(_workspace(db).withdraw(ref, expected_version=version))


@workflow_app.command("review")
def start_review(
    department: DeptArgument,
    year: YearOption = None,
    region: RegionOption = None,
    kind: KindOption = DocumentKind.DEPARTMENT_PERFORMANCE,
    project: ProjectOption = None,
    stage: StageOption = Stage.DECLARATION,
    round_: RoundOption = "",
    version: VersionOption = None,
    db: DbOption = None,
) -> None:
    """开始审核(财政审核人)。"""
    ref = _ref(department, year, region, kind, project, stage, round_)
    _done(_workspace(db).start_review(ref, expected_version=version))


@workflow_app.command("return")
def return_(
    department: DeptArgument,
    reason: Annotated[list[str], typer.Option("--reason", help="退回原因:位置=原因(逐项,可重复)")],
    year: YearOption = None,
    region: RegionOption = None,
    kind: KindOption = DocumentKind.DEPARTMENT_PERFORMANCE,
    project: ProjectOption = None,
    stage: StageOption = Stage.DECLARATION,
    round_: RoundOption = "",
    version: VersionOption = None,
    db: DbOption = None,
) -> None:
    """退回,逐项说明原因。"""
    ref = _ref(department, year, region, kind, project, stage, round_)
    reasons = [ReturnReason(where, why) for where, why in _pairs(reason, "退回原因")]
    _done(_workspace(db).return_with_reasons(ref, reasons, expected_version=version))


@workflow_app.command("approve")
def approve(
    department: DeptArgument,
    year: YearOption = None,
    region: RegionOption = None,
    kind: KindOption = DocumentKind.DEPARTMENT_PERFORMANCE,
    project: ProjectOption = None,
    stage: StageOption = Stage.DECLARATION,
    round_: RoundOption = "",
    version: VersionOption = None,
    db: DbOption = None,
) -> None:
    """批复(申报的批复版本完整保存)。"""
    ref = _ref(department, year, region, kind, project, stage, round_)
    _done(_workspace(db).approve(ref, expected_version=version))


@workflow_app.command("publish")
def publish(
    department: DeptArgument,
    year: YearOption = None,
    region: RegionOption = None,
    kind: KindOption = DocumentKind.DEPARTMENT_PERFORMANCE,
    project: ProjectOption = None,
    stage: StageOption = Stage.DECLARATION,
    round_: RoundOption = "",
    version: VersionOption = None,
    db: DbOption = None,
) -> None:
    """公开已批复的内容。"""
    ref = _ref(department, year, region, kind, project, stage, round_)
    _done(_workspace(db).publish(ref, expected_version=version))


@workflow_app.command("adjust")
def adjust(
    department: DeptArgument,
    reason: Annotated[str, typer.Option("--reason", help="调整理由")],
    year: YearOption = None,
    region: RegionOption = None,
    kind: KindOption = DocumentKind.DEPARTMENT_PERFORMANCE,
    project: ProjectOption = None,
    version: VersionOption = None,
    db: DbOption = None,
) -> None:
    """提出调整申请:重新进入草稿,批复版本在调整获批前继续有效。"""
    ref = _ref(department, year, region, kind, project, Stage.DECLARATION, "")
    _done(_workspace(db).request_adjustment(ref, reason, expected_version=version))


@workflow_app.command("versions")
def versions(
    department: DeptArgument,
    year: YearOption = None,
    region: RegionOption = None,
    kind: KindOption = DocumentKind.DEPARTMENT_PERFORMANCE,
    project: ProjectOption = None,
    db: DbOption = None,
) -> None:
    """列出全部批复版本。"""
    ref = _ref(department, year, region, kind, project, Stage.DECLARATION, "")
    table = Table("版本", "批复时间", "批复人", "公开时间", "摘要")
    for kept in _workspace(db).versions(ref):
        table.add_row(
            f"第 {kept.number} 版",
            kept.approved_at.isoformat(timespec="seconds"),
            kept.approved_by,
            kept.published_at.isoformat(timespec="seconds") if kept.published_at else "未公开",
            kept.digest[:12],
        )
    out.print(table)


def _version_number(text: str) -> int | None:
    if text in ("当前", "current"):
        return None
    if not text.isdigit():
        raise InputError(f"版本“{text}”应为批复版本号(如 1)或“当前”")
    return int(text)


@workflow_app.command("compare")
def compare(
    department: DeptArgument,
    old: Annotated[str, typer.Argument(help="旧版本:批复版本号,或“当前”(工作稿)")],
    new: Annotated[str, typer.Argument(help="新版本:批复版本号,或“当前”")] = "当前",
    year: YearOption = None,
    region: RegionOption = None,
    kind: KindOption = DocumentKind.DEPARTMENT_PERFORMANCE,
    project: ProjectOption = None,
    db: DbOption = None,
) -> None:
    """逐项比较两个版本(指标值、分值、依据、完成值,预算和支出计划)。"""
    ref = _ref(department, year, region, kind, project, Stage.DECLARATION, "")
    changes = _workspace(db).compare_versions(ref, _version_number(old), _version_number(new))
    if not changes:
        out.print("两个版本内容相同")
        return
    out.print(f"共 {len(changes)} 处变化:")
    for change in changes:
        out.print(f"  {change.description}", highlight=False)


def register(app: typer.Typer) -> None:
    app.add_typer(workflow_app, name="workflow")
