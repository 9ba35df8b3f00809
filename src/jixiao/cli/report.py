"""Command ``jixiao report``: the official forms of a stored department-year (or of every
department of a region) as xlsx, docx, pdf or html files, as the bureaus print them.

One application call (:meth:`Workspace.report`, or :meth:`Workspace.report_region` with a Rich
progress bar); each file is written whole or not at all.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from jixiao.app.report_names import FORMATS, FORMS
from jixiao.cli.options import DbOption, YearOption
from jixiao.errors import InputError

if TYPE_CHECKING:  # the command imports the application when it runs (start-up)
    from jixiao.app.reports import ReportOptions
    from jixiao.workspace import Workspace

out = Console()

FormArgument = Annotated[str, typer.Argument(help=f"表单:{'、'.join(FORMS)}", show_default=False)]
DeptOption = Annotated[
    str | None, typer.Argument(help="部门(预算单位)名称(--region 时不用)", show_default=False)
]


def _format_of(given: str | None, output: Path | None) -> str:
    """--format, else the suffix of -o, else xlsx."""
    if given is not None:
        chosen = given.lower()
    elif output is not None and output.suffix.lower().lstrip(".") in FORMATS:
        chosen = output.suffix.lower().lstrip(".")
    else:
        chosen = "xlsx"
    if chosen not in FORMATS:
        raise InputError(f"未知的输出格式“{given}”:可用 {'、'.join(FORMATS)}")
    return chosen


def _date(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError as error:
        raise InputError(f"--as-of “{text}” 不是日期(应为 YYYY-MM-DD)") from error


def report(
    form: FormArgument,
    department: DeptOption = None,
    year: YearOption = None,
    project: Annotated[
        str | None, typer.Option("--project", help="项目名称(项目表单;默认:全部项目)")
    ] = None,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format", "-f", help=f"输出格式:{'、'.join(FORMATS)}(默认:按 -o 的后缀,否则 xlsx)"
        ),
    ] = None,
    template: Annotated[
        str | None,
        typer.Option("--template", "-t", help="表样模板:default、hebei、sichuan,或 .toml 模板文件"),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="输出文件;--region 时为已有的目录(默认:当前目录)"),
    ] = None,
    region: Annotated[
        str | None,
        typer.Option("--region", help="行政区划代码(前缀):为该地区的每个部门各出一个文件"),
    ] = None,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="监控表的时点 YYYY-MM-DD(默认:今天或年末)")
    ] = None,
    profile: Annotated[str, typer.Option("--profile", help="评分/监控方案")] = "default",
    comment: Annotated[
        list[str] | None, typer.Option("--comment", help="审核人意见(审核意见表,可多次给出)")
    ] = None,
    db: DbOption = None,
) -> None:
    """输出正式表单(申报、批复、监控、自评、审核意见、地区汇总、整本绩效文本)为文件。"""
    from jixiao.app.reports import ReportOptions, file_name
    from jixiao.workspace import Workspace

    if form not in FORMS:
        raise InputError(f"未知的表单“{form}”:可用 {'、'.join(FORMS)}")
    chosen = _format_of(fmt, output)
    options = ReportOptions(
        fiscal_year=year,
        project=project,
        template=template,
        as_of=_date(as_of),
        profile=profile,
        comments=tuple(comment or ()),
    )
    workspace = Workspace(db)
    if region is not None or form == "region-evaluation":
        _region(workspace, form, region, year, chosen, output, options)
        return
    if department is None:
        raise InputError("请给出部门名称(或用 --region 代码 --year 年度 为一个地区输出)")
    path = output or Path(file_name(form, department, None, chosen))
    written = workspace.report(form, department, chosen, path, options)
    out.print(f"已写入 {written.path}({FORMS[form]},{written.forms} 张表,{written.size} 字节)")


def _region(
    workspace: Workspace,
    form: str,
    code: str | None,
    year: int | None,
    fmt: str,
    output: Path | None,
    options: ReportOptions,
) -> None:
    if year is None:
        raise InputError("按地区输出需要 --year 年度")
    if form == "region-evaluation" and output is not None and not output.is_dir():
        summary = workspace.report_region_summary(year, code, fmt, output, options.profile)
        out.print(f"已写入 {summary.path}({FORMS[form]})")
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    directory = output or Path(".")
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=out, transient=True) as progress:
        task = progress.add_task(FORMS[form], total=None)

        def advance(done: int, total: int, name: str) -> None:
            progress.update(task, completed=done, total=total, description=name)

        written = workspace.report_region(form, year, code, fmt, directory, options, advance)
    out.print(f"已写入 {len(written)} 个文件到 {directory}({FORMS[form]})")


def register(app: typer.Typer) -> None:
    app.command("report")(report)
