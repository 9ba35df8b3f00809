"""Command ``jixiao audit verify``: walk the audit log's hash chain (and ``audit log``: show it)."""

from __future__ import annotations

import sys
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from jixiao.cli.options import DbOption

out = Console()
err = Console(stderr=True)
audit_app = typer.Typer(
    name="audit",
    help="审计日志:每次写入和流转的记录(哈希链),校验其完整性。",
    no_args_is_help=True,
)


@audit_app.command("verify")
def verify(db: DbOption = None) -> None:
    """校验审计链:完整则退出码 0;否则指出第一条被修改、删除或调换顺序的记录,退出码 1。"""
    from jixiao.workspace import Workspace

    result = Workspace(db).verify_audit()
    if result.problem is None:
        out.print(result.message)
        return
    err.print(f"[bold red]错误:[/]{escape(result.message)}", highlight=False, soft_wrap=True)
    sys.exit(1)


@audit_app.command("log")
def show_log(
    start: Annotated[int, typer.Option("--start", min=1, help="从第几条开始")] = 1,
    limit: Annotated[int, typer.Option("--limit", min=1, help="最多显示几条")] = 50,
    db: DbOption = None,
) -> None:
    """按顺序列出审计日志。"""
    from jixiao.workspace import Workspace

    entries = Workspace(db).audit_entries(start=start, limit=limit)
    table = Table("序号", "时间", "操作人", "角色", "操作", "对象", "说明")
    for entry in entries:
        table.add_row(
            str(entry.number),
            entry.at.isoformat(timespec="seconds"),
            entry.actor,
            entry.role,
            entry.action,
            entry.subject,
            entry.detail,
        )
    out.print(table)


def register(app: typer.Typer) -> None:
    app.add_typer(audit_app, name="audit")
