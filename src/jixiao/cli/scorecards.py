"""Rich renderings and JSON of score sheets (自评表) and monitoring reports (监控)."""

from __future__ import annotations

from decimal import Decimal

from rich.console import Console
from rich.table import Table
from rich.text import Text

from jixiao.domain.money import format_decimal
from jixiao.domain.monitoring import Colour, MonitoringReport
from jixiao.domain.monitoring.indicators import IndicatorStatus
from jixiao.domain.monitoring.report import ProjectMonitoring
from jixiao.domain.monitoring.warnings import pct
from jixiao.domain.scoring import ScoreSheet, present

_STYLES = {
    Colour.RED: "bold red",
    Colour.YELLOW: "yellow",
    Colour.GREEN: "green",
    Colour.BLUE: "blue",
}


def _points(value: Decimal) -> str:
    return format(present(value), "f")


def _amount(value: Decimal | None) -> str:
    return "" if value is None else format_decimal(value)


def _percent(value: Decimal | None) -> str:
    return "" if value is None else pct(value)


def _colour(colour: Colour | None) -> Text:
    return Text(colour.label, style=_STYLES[colour]) if colour else Text("")


def print_sheet(console: Console, sheet: ScoreSheet) -> None:
    budget = sheet.budget
    console.print(Text(f"自评表:{sheet.subject}(评分方案 {sheet.profile})", style="bold"))
    console.print(
        f"全年预算数 {_amount(budget.full_year_budget)} 万元,全年执行数 {_amount(budget.executed)}"
        f" 万元,执行率 {_percent(budget.rate * 100 if budget.rate is not None else None)},"
        f"分值 {format_decimal(budget.weight)},得分 {_points(budget.score)}"
    )
    table = Table(show_lines=False)
    for header in ("一级", "二级", "三级", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"):
        table.add_column(header, overflow="fold")
    for row in sheet.rows:
        table.add_row(
            row.category,
            row.subcategory,
            row.name,
            row.target,
            row.actual,
            _points(row.weight),
            _points(row.score),
            row.deviation,
        )
    console.print(table)
    console.print(Text(f"总分 {_points(sheet.total)},评价等级 {sheet.rating}", style="bold"))
    for finding in sheet.findings:
        console.print(f"  [{finding.severity.label}] {finding.message}", highlight=False)


def _status_row(status: IndicatorStatus) -> tuple[str, str, str, str, Text]:
    target = status.indicator.target
    return (
        status.name,
        target.text if target else "",
        status.reported,
        _percent(status.progress),
        _colour(status.colour),
    )


def _print_project(console: Console, project: ProjectMonitoring) -> None:
    budget = project.budget
    console.print(Text(f"项目:{project.name}", style="bold"))
    console.print(
        f"预算 {_amount(budget.budget)} 万元,已执行 {_amount(budget.executed)} 万元,"
        f"执行率 {_percent(budget.rate)},资金支出计划 {_percent(budget.planned)},"
        f"时间进度 {_percent(budget.elapsed * 100)};预算执行预警 ",
        _colour(budget.time_colour),
        ",目标实现预警 ",
        _colour(project.colour),
        sep="",
    )
    table = Table()
    for header in ("指标", "年度指标值", "已完成", "进度", "预警"):
        table.add_column(header, overflow="fold")
    for status in project.indicators:
        table.add_row(*_status_row(status))
    console.print(table)


def print_monitoring(console: Console, report: MonitoringReport) -> None:
    console.print(
        Text(f"{report.department} 运行监控,截至 {report.as_of}(方案 {report.profile})"),
        style="bold",
    )
    for project in report.projects:
        _print_project(console, project)
    if not report.warnings:
        console.print("没有预警。")
    for warning in report.warnings:
        console.print(_colour(warning.colour), f" {warning.message}", sep="")
