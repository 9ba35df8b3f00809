"""Command ``jixiao synth``: generate a synthetic province into the database (benchmarks, demos)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from jixiao.cli.options import DbOption

if TYPE_CHECKING:
    from jixiao.tools.synth import LoadStats

out = Console()
err = Console(stderr=True)


def _summary(stats: LoadStats) -> str:
    return (
        f"{stats.documents} 个预算单位,{stats.projects} 个项目,{stats.indicators} 项指标,"
        f"{stats.spending_records} 条支出记录,{stats.year_end_actuals} 条年末实际值"
    )


def synth(
    units: Annotated[int, typer.Option("--units", min=1, help="预算单位数")] = 10_000,
    projects_per_unit: Annotated[
        int, typer.Option("--projects-per-unit", min=0, help="每个单位的项目数")
    ] = 5,
    year: Annotated[int, typer.Option("--year", "-y", help="预算年度")] = 2024,
    seed: Annotated[int, typer.Option("--seed", help="随机种子(相同种子生成相同数据)")] = 1,
    db: DbOption = None,
) -> None:
    """生成一个合成省份(部门、绩效文档、一年的支出和年末实际值)写入数据库。"""
    from jixiao.tools.synth import ProvinceSpec
    from jixiao.workspace import Workspace

    workspace = Workspace(db)
    workspace.init()
    spec = ProvinceSpec(units=units, projects_per_unit=projects_per_unit, year=year, seed=seed)
    stats = workspace.synthesize(
        spec, progress=lambda s: err.print(f"已写入 {s.documents}/{units}")
    )
    out.print(f"已生成 {spec.province} {year} 年度:{_summary(stats)}")


def register(app: typer.Typer) -> None:
    app.command("synth")(synth)
