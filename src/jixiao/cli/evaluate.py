"""Commands ``jixiao evaluate`` (自评打分) and ``jixiao monitor`` (运行监控) over a stored document.

The document comes from the database; the actuals from a CSV/Excel table given with
``--actuals`` (:mod:`jixiao.interchange.actuals_table`, read as a file), else from the actuals
recorded in the database (``jixiao record``). Nothing is written anywhere.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from jixiao.cli.options import DbOption, DeptArgument, YearOption

out = Console()

ActualsOption = Annotated[
    Path | None,
    typer.Option(
        "--actuals", "-a", help="实际数表格(.csv 或 .xlsx,列见 README;默认:数据库中已记录的实际数)"
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="以 JSON 输出")]


def evaluate(
    department: DeptArgument,
    year: YearOption = None,
    profile: Annotated[
        str, typer.Option("--profile", "-p", help="评分方案:default、hebei、sichuan")
    ] = "default",
    actuals: ActualsOption = None,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """年终自评打分:每个项目和部门整体的自评表(分值、得分、总分、评价等级、问题)。"""
    from jixiao.app.views import evaluation_json
    from jixiao.cli import render, scorecards
    from jixiao.workspace import Workspace

    result = Workspace(db).evaluate(department, year, profile, actuals)
    if as_json:
        render.print_json(evaluation_json(result))
        return
    for sheet in result.sheets:
        scorecards.print_sheet(out, sheet)


def monitor_command(
    department: DeptArgument,
    as_of: Annotated[
        dt.datetime, typer.Option("--as-of", help="监控日期,如 2020-06-30", formats=["%Y-%m-%d"])
    ],
    year: YearOption = None,
    profile: Annotated[
        str, typer.Option("--profile", "-p", help="监控方案:default、strict")
    ] = "default",
    actuals: ActualsOption = None,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """运行监控(双监控):截至某日的预算执行、目标实现、预警和 1-N月监控表。"""
    from jixiao.app.views import monitoring_json
    from jixiao.cli import render, scorecards
    from jixiao.workspace import Workspace

    report = Workspace(db).monitor(department, as_of.date(), year, profile, actuals)
    if as_json:
        render.print_json(monitoring_json(report))
        return
    scorecards.print_monitoring(out, report)


def register(app: typer.Typer) -> None:
    app.command("evaluate")(evaluate)
    app.command("monitor")(monitor_command)
