"""Options and arguments shared by the commands of several feature modules."""

from __future__ import annotations

from typing import Annotated

import typer

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="JIXIAO_DATABASE_URL",
        help="数据库地址(默认:用户数据目录中的 SQLite 文件;PostgreSQL:postgresql://…)",
    ),
]
YearOption = Annotated[int | None, typer.Option("--year", "-y", help="预算年度(默认:最新)")]
DeptArgument = Annotated[str, typer.Argument(help="部门(预算单位)名称")]
