"""Commands ``jixiao region evaluate`` and ``jixiao region monitor``: a whole region at once.

Both call :mod:`jixiao.app.region` (set-based SQL over every project of the year and region) and
only render: a Rich summary, or with ``--json`` every project.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from jixiao.cli.options import DbOption
from jixiao.errors import JixiaoError

if TYPE_CHECKING:  # the commands import the application when they run (start-up)
    from jixiao.app.region import RegionEvaluation, RegionMonitoring
    from jixiao.domain.monitoring import Colour

out = Console()
region_app = typer.Typer(
    name="region",
    help="按地区汇总:一个地区(行政区划代码前缀)全部项目的自评打分和运行监控(集合运算)。",
    no_args_is_help=True,
)

CodeArgument = Annotated[
    str | None,
    typer.Argument(help="行政区划代码或其前缀(如 99、9901、990101;默认:全部地区)"),
]
RequiredYear = Annotated[int, typer.Option("--year", "-y", help="预算年度")]
JsonOption = Annotated[bool, typer.Option("--json", help="以 JSON 输出每个项目")]
LimitOption = Annotated[int, typer.Option("--limit", min=1, help="列出的项目和部门数")]
_STYLES = {  # by Colour's name: the enum is imported when a command runs
    "RED": "bold red",
    "YELLOW": "yellow",
    "GREEN": "green",
    "BLUE": "blue",
}


def _percent(value: Decimal | None) -> str:
    from jixiao.domain.monitoring.warnings import pct

    return "" if value is None else pct(value)


def _colour_text(colour: Colour | None) -> Text:
    return Text(colour.label, style=_STYLES[colour.name]) if colour else Text("—")


def _place(code: str | None) -> str:
    return f"行政区划代码 {code}*" if code else "全部地区"


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise JixiaoError(f"监控日期“{text}”无法识别,请写成 年-月-日,如 2024-06-30") from None


# --- evaluate ----------------------------------------------------------------------------------


def _print_evaluation(report: RegionEvaluation, limit: int) -> None:
    from jixiao.app.region import RATINGS

    out.print(
        Text(
            f"{_place(report.region_code)} {report.fiscal_year} 年度项目自评(评分方案 "
            f"{report.profile}):{len(report.projects)} 个项目,平均分 {report.mean}",
            style="bold",
        )
    )
    ratings = Table(title="评价等级")
    for rating in RATINGS:
        ratings.add_column(rating, justify="right")
    ratings.add_row(*(str(report.ratings[r]) for r in RATINGS))
    out.print(ratings)
    lowest = Table(title=f"得分最低的 {limit} 个项目")
    for header in ("部门", "项目", "总分", "等级"):
        lowest.add_column(header, overflow="fold")
    for p in report.lowest(limit):
        lowest.add_row(p.department, p.score.project, str(p.total), p.score.rating)
    out.print(lowest)
    departments = report.departments()
    shown = min(limit, len(departments))
    rollup = Table(title=f"按部门汇总(平均分最低的 {shown} 个,共 {len(departments)} 个部门)")
    for header in ("部门", "项目数", "平均分", "最低分", *RATINGS):
        rollup.add_column(header, overflow="fold")
    for d in departments[:limit]:
        counts = (str(d.ratings[r]) for r in RATINGS)
        rollup.add_row(d.department, str(d.projects), str(d.mean), str(d.lowest), *counts)
    out.print(rollup)
    if report.by_project_rules:
        out.print(
            f"其中 {report.by_project_rules} 个项目含集合运算不能计分的指标(如文字完成值),"
            "已按逐项目评分规则计分"
        )


@region_app.command("evaluate")
def evaluate(
    year: RequiredYear,
    code: CodeArgument = None,
    profile: Annotated[
        str, typer.Option("--profile", "-p", help="评分方案:default、hebei、sichuan")
    ] = "default",
    as_json: JsonOption = False,
    limit: LimitOption = 10,
    workers: Annotated[
        int | None,
        typer.Option("--workers", min=1, help="同时计算的分片数(默认:CPU 核数)"),
    ] = None,
    db: DbOption = None,
) -> None:
    """一个地区全部项目的年终自评得分:各等级项目数、平均分、得分最低的项目、按部门汇总。"""
    from jixiao.app.views import region_evaluation_json
    from jixiao.cli.render import print_json
    from jixiao.workspace import Workspace

    report = Workspace(db).evaluate_region(year, profile, code, workers)
    if as_json:
        print_json(region_evaluation_json(report))
        return
    _print_evaluation(report, limit)


# --- monitor -----------------------------------------------------------------------------------


def _print_monitoring(report: RegionMonitoring, limit: int) -> None:
    from jixiao.app.region import COLOURS
    from jixiao.domain.money import format_decimal

    day = f"{report.as_of.year}年{report.as_of.month}月{report.as_of.day}日"
    out.print(
        Text(
            f"{_place(report.region_code)} {report.fiscal_year} 年度运行监控,截至{day}"
            f"(监控方案 {report.profile}):{len(report.projects)} 个项目",
            style="bold",
        )
    )
    colours = Table(title="项目预警(取最严重的一项)")
    for colour in (*COLOURS, None):
        colours.add_column(_colour_text(colour) if colour else "无可评", justify="right")
    colours.add_row(*(str(report.colours[c]) for c in (*COLOURS, None)))
    out.print(colours)
    warnings = "、".join(f"{c.label} {n} 条" for c, n in report.warnings.items())
    out.print(f"预警共计:{warnings}")
    behind = Table(title=f"执行进度最落后于资金支出计划的 {limit} 个项目")
    for header in ("部门", "项目", "执行率", "计划进度", "落后(百分点)", "预警"):
        behind.add_column(header, overflow="fold")
    for p in report.most_behind(limit):
        s = p.status
        gap = format_decimal(s.behind_plan.quantize(Decimal("0.1"))) if s.behind_plan else ""
        behind.add_row(
            p.department,
            s.project,
            _percent(s.rate),
            _percent(s.planned),
            gap,
            _colour_text(s.colour),
        )
    out.print(behind)
    if report.unsupported:
        out.print(f"另有 {report.unsupported} 项指标需按文字规则逐项判断(集合运算未判定颜色)")


@region_app.command("monitor")
def monitor(
    year: RequiredYear,
    as_of: Annotated[str, typer.Option("--as-of", help="监控日期,如 2024-06-30")],
    code: CodeArgument = None,
    profile: Annotated[
        str, typer.Option("--profile", "-p", help="监控方案:default、strict")
    ] = "default",
    as_json: JsonOption = False,
    limit: LimitOption = 10,
    db: DbOption = None,
) -> None:
    """一个地区全部项目截至某日的运行监控:各颜色预警的项目数、最落后于支出计划的项目。"""
    from jixiao.app.views import region_monitoring_json
    from jixiao.cli.render import print_json
    from jixiao.workspace import Workspace

    report = Workspace(db).monitor_region(year, _date(as_of), profile, code)
    if as_json:
        print_json(region_monitoring_json(report))
        return
    _print_monitoring(report, limit)


def register(app: typer.Typer) -> None:
    app.add_typer(region_app, name="region")
