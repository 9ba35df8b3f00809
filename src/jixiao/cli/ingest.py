"""Import commands: ``jixiao parse FILE`` (the canonical JSON, no database) and ``jixiao import
FILE`` (parse and store), each with the import report: counts per section and every
repaired, cross-filled, uncertain, unreadable, missing or unrecognised item with its place.

``parse`` keeps stdout for the document, so the report goes to stderr (Rich, or JSON with
``--report-json``) and the two can be redirected apart. ``import`` parses before it touches
the database: a file that cannot be read leaves the database as it was.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from jixiao.cli.options import DbOption

if TYPE_CHECKING:  # the commands import the application when they run (start-up)
    from jixiao.app.documents import ImportReport

out = Console()
err = Console(stderr=True)

FileArgument = Annotated[
    Path, typer.Argument(help="公开发布的文档:.txt(UTF-8/GBK)、.pdf(文字版或扫描件)、.xlsx")
]
_KIND_STYLES = {  # by ItemKind's name: the enum lives in the application layer
    "REPAIRED": "green",
    "CROSS_FILLED": "cyan",
    "UNCERTAIN": "yellow",
    "UNREADABLE": "red",
    "MISSING": "bold red",
    "UNRECOGNISED": "magenta",
}
_MAX_CELL = 60  # long source text is shortened in the terminal (the JSON report keeps it)


def _short(text: str | None) -> str:
    if not text:
        return ""
    flat = " ".join(text.split())
    return flat if len(flat) <= _MAX_CELL else flat[: _MAX_CELL - 1] + "…"


def report_view(report: ImportReport) -> Group:
    """The report for the terminal: counts per section, then one row per item."""
    from jixiao.app.reading import ItemKind

    counts = Table(title=f"导入报告:{report.source}", title_justify="left")
    counts.add_column("部分")
    counts.add_column("数量", justify="right")
    for section, count in report.counts.items():
        counts.add_row(section, str(count))
    summary = "、".join(
        f"{kind.label} {len(report.of_kind(kind))}" for kind in ItemKind if report.of_kind(kind)
    )
    items = Table(title=f"需要核对的条目({summary or '无'})", title_justify="left")
    for header in ("类型", "字段", "页", "行", "原文", "结果", "原因"):
        items.add_column(header, overflow="fold")
    for item in report.items:
        items.add_row(
            Text(item.kind.label, style=_KIND_STYLES[item.kind.name]),
            item.field or "",
            "" if item.page is None else str(item.page),
            "" if item.line is None else str(item.line),
            _short(item.original),
            _short(item.value),
            item.reason,
        )
    return Group(counts, items)


def report_json(report: ImportReport) -> str:
    return json.dumps(report.model_dump(mode="json"), ensure_ascii=False, indent=2)


def parse(
    file: FileArgument,
    as_json: Annotated[
        bool, typer.Option("--json/--table", help="输出规范 JSON 文档(默认)或表格")
    ] = True,
    report_as_json: Annotated[
        bool, typer.Option("--report-json", help="导入报告以 JSON 输出到标准错误")
    ] = False,
) -> None:
    """读取一份公开发布的绩效文档并输出规范 JSON(不写入数据库);导入报告输出到标准错误。"""
    from jixiao.app.reading import dump_document
    from jixiao.app.reading import parse as read_document

    document, report = read_document(file)
    if as_json:
        sys.stdout.write(dump_document(document))
    else:
        from jixiao.cli import render  # the tables (it loads the store's summaries)

        render.print_document(out, document)
    if report_as_json:
        sys.stderr.write(report_json(report) + "\n")
    else:
        err.print(report_view(report))


def import_(
    file: FileArgument,
    as_json: Annotated[bool, typer.Option("--json", help="以 JSON 输出导入结果和报告")] = False,
    partial: Annotated[
        bool, typer.Option("--partial", help="文档不完整(被截断、缺页)时仍导入已读出的部分")
    ] = False,
    department: Annotated[
        str | None, typer.Option("--department", help="部门(单位)名称:文档中没有时必须给出")
    ] = None,
    year: Annotated[
        int | None, typer.Option("--year", "-y", help="预算年度:文档中没有时必须给出")
    ] = None,
    project: Annotated[
        str | None, typer.Option("--project", help="项目名称:项目表中没有时必须给出")
    ] = None,
    db: DbOption = None,
) -> None:
    """读取一份公开发布的绩效文档并导入数据库(一个事务;无法读取、不完整或缺少部门、年度、项目名称时不写入任何内容)。"""
    from jixiao.app import documents
    from jixiao.app.documents import IncompleteDocumentError
    from jixiao.cli import render
    from jixiao.workspace import Workspace

    key = documents.KeyParts(department=department, fiscal_year=year, project=project)
    try:  # the file is read before the database is touched
        result, report = Workspace(db).import_file(file, partial, upgrade=True, key=key)
    except IncompleteDocumentError as error:
        _show_report(error.report, as_json, err)  # what was read, and what is missing
        raise
    if as_json:
        saved = {
            "department": result.department,
            "fiscal_year": result.fiscal_year,
            "revision": result.revision,
            "replaced": result.replaced,
            "indicators": result.indicators,
        }
        data = {"saved": saved, "report": report.model_dump(mode="json")}
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        out.print(render.save_result(result))
        _show_report(report, as_json, out)


def _show_report(report: ImportReport, as_json: bool, console: Console) -> None:
    if as_json:
        console.file.write(report_json(report) + "\n")
    else:
        console.print(report_view(report))


def register(app: typer.Typer) -> None:
    app.command("parse")(parse)
    app.command("import")(import_)
