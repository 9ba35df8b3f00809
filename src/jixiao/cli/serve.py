"""Command ``jixiao serve``: the REST API (FastAPI on uvicorn), or the demonstration server.

The schema is brought up to date once, here, before the workers start; each worker then
builds its own app (uvicorn's factory ``jixiao.web.app:create_app``, reading the database
URL from ``JIXIAO_DATABASE_URL``). The web package is never imported by the command line
itself: uvicorn imports it in the workers, by name.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

from jixiao.cli.options import DbOption

if TYPE_CHECKING:  # the command imports the application when it runs (start-up)
    from jixiao.app import demo

APP_FACTORY = "jixiao.web.app:create_app"
WORKER_STARTUP_SECONDS = 120
out = Console()


def _demo_url() -> str:
    directory = Path(tempfile.mkdtemp(prefix="jixiao-demo-"))
    return f"sqlite:///{directory / 'demo.sqlite3'}"


def _accounts_table(built: demo.Demo) -> Table:
    table = Table(title="演示账号(密码只显示这一次)")
    for column in ("角色", "账号", "密码"):
        table.add_column(column)
    for account in built.accounts:
        table.add_row(account.role.value, account.login, account.password)
    return table


def serve(
    host: Annotated[str, typer.Option("--host", help="监听地址")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="端口")] = 8000,
    workers: Annotated[int, typer.Option("--workers", min=1, help="工作进程数")] = 1,
    db: DbOption = None,
    demo_data: Annotated[
        bool,
        typer.Option(
            "--demo", help="演示:新建 SQLite 数据库,导入邢台示例文档、合成部门和各角色账号"
        ),
    ] = False,
    access_log: Annotated[
        bool, typer.Option("--access-log/--no-access-log", help="是否逐条记录请求日志")
    ] = True,
) -> None:
    """启动 REST API 服务(/api/v1,文档见 /api/v1/docs)。"""
    from jixiao.app import demo
    from jixiao.workspace import Workspace

    workspace = Workspace(db or (_demo_url() if demo_data else None))
    if demo_data:
        out.print(f"正在准备演示数据库 {workspace.display_url} …")
        built = demo.build(workspace)
        out.print(
            f"已导入 {built.department} {built.fiscal_year} 年度绩效文本及实际数,"
            f"合成部门 {built.synthetic_departments} 个"
        )
        out.print(_accounts_table(built))
    else:
        workspace.init()
    url = workspace.url
    workspace.close()
    os.environ["JIXIAO_DATABASE_URL"] = url  # the workers' factory reads it
    out.print(f"API 文档:http://{host}:{port}/api/v1/docs  (Ctrl+C 停止)")
    import uvicorn  # only the server needs it; the CLI's other commands stay fast

    uvicorn.run(
        APP_FACTORY,
        factory=True,
        host=host,
        port=port,
        workers=workers,
        access_log=access_log,
        # A worker imports the whole application before it answers; on a busy machine that
        # takes longer than uvicorn's default 5 s, after which it would kill the worker.
        timeout_worker_healthcheck=WORKER_STARTUP_SECONDS,
    )


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
