"""Commands ``jixiao record spend|progress|import``: actuals of a department-year into the database.

Records are checked by the domain model (and, for a table, by
:mod:`jixiao.interchange.actuals_table`, whose errors name file, line and column) before anything
is written; an import is one transaction.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer
from rich.console import Console

from jixiao.cli.options import DbOption, DeptArgument
from jixiao.errors import JixiaoError

if TYPE_CHECKING:  # the commands import the model (pydantic) when they run (start-up)
    from jixiao.domain.actuals import IndicatorRef, ProgressRecord, SpendingRecord

Model = TypeVar("Model", "SpendingRecord", "ProgressRecord", "IndicatorRef")
out = Console()
record_app = typer.Typer(
    help="记录实际数:支出、指标进度,或从 CSV/Excel 批量导入。", no_args_is_help=True
)

DateOption = Annotated[
    dt.datetime, typer.Option("--date", help="日期,如 2020-06-30", formats=["%Y-%m-%d"])
]
YearOption = Annotated[int | None, typer.Option("--year", "-y", help="预算年度(默认:日期所在年度)")]
ProjectOption = Annotated[str | None, typer.Option("--project", help="所属项目名称")]
GoalOption = Annotated[int | None, typer.Option("--goal", help="所属整体支出目标编号")]


def _decimal(text: str, option: str) -> Decimal:
    try:
        value = Decimal(text.replace(",", ""))
    except InvalidOperation:
        raise JixiaoError(f"{option}“{text}”不是数值") from None
    if not value.is_finite():
        raise JixiaoError(f"{option}“{text}”不是有限数")
    return value


def _checked(build: type[Model], **fields: object) -> Model:
    """Build a record; a model error becomes one Chinese line."""
    from pydantic import ValidationError

    try:
        return build(**fields)
    except ValidationError as error:
        first = error.errors()[0]
        reason = str(first.get("ctx", {}).get("error") or first["msg"])
        raise JixiaoError(f"记录无效:{reason.removeprefix('Value error, ')}") from None


@record_app.command("spend")
def spend(
    department: DeptArgument,
    date: DateOption,
    amount: Annotated[str, typer.Option("--amount", help="金额(万元,冲减为负数)")],
    category: Annotated[str | None, typer.Option("--category", help="经济分类,如 接待费")] = None,
    project: ProjectOption = None,
    goal: GoalOption = None,
    note: Annotated[str | None, typer.Option("--note", help="备注")] = None,
    year: YearOption = None,
    db: DbOption = None,
) -> None:
    """记录一笔支出(万元),计入项目、整体支出目标或部门基本支出。"""
    from jixiao.domain.actuals import Actuals, SpendingRecord
    from jixiao.workspace import Workspace

    record = _checked(
        SpendingRecord,
        date=date.date(),
        amount=_decimal(amount, "金额"),
        economic_category=category,
        project=project,
        goal=goal,
        note=note,
    )
    fiscal_year = year or record.date.year
    Workspace(db).record(department, fiscal_year, Actuals(spending=[record]))
    out.print(f"已记录 {department} {fiscal_year} 年度支出 {amount} 万元({record.owner_label})")


@record_app.command("progress")
def progress(
    department: DeptArgument,
    indicator: Annotated[str, typer.Option("--indicator", help="三级指标名称")],
    date: DateOption,
    project: ProjectOption = None,
    goal: GoalOption = None,
    value: Annotated[str | None, typer.Option("--value", help="累计完成值(数值)")] = None,
    unit: Annotated[str | None, typer.Option("--unit", help="完成值的单位")] = None,
    level: Annotated[
        str | None, typer.Option("--level", help="达成档次:达成 / 部分达成 / 未达成")
    ] = None,
    evidence: Annotated[str | None, typer.Option("--evidence", help="佐证材料")] = None,
    by: Annotated[str | None, typer.Option("--by", help="填报人")] = None,
    year: YearOption = None,
    db: DbOption = None,
) -> None:
    """记录一项指标的进度(截至某日的累计完成值或达成档次)。"""
    from jixiao.app.actuals import level_of
    from jixiao.domain.actuals import Actuals, IndicatorRef, ProgressRecord
    from jixiao.workspace import Workspace

    if (value is None) == (level is None):
        raise JixiaoError("须且只能填写 --value 或 --level 之一")
    ref = _checked(IndicatorRef, indicator=indicator, project=project, goal=goal)
    record = _checked(
        ProgressRecord,
        ref=ref,
        date=date.date(),
        value=_decimal(value, "完成值") if value is not None else None,
        unit=unit,
        level=level_of(level, "--level") if level is not None else None,
        evidence=evidence,
        reported_by=by,
    )
    fiscal_year = year or record.date.year
    Workspace(db).record(department, fiscal_year, Actuals(progress=[record]))
    out.print(f"已记录 {department} {fiscal_year} 年度{ref.label}进度:{record.shown}")


@record_app.command("import")
def import_table(
    file: Annotated[Path, typer.Argument(help="实际数表格(.csv 或 .xlsx,列见 README)")],
    department: DeptArgument,
    year: Annotated[
        int | None, typer.Option("--year", "-y", help="预算年度(默认:该部门最新的文档年度)")
    ] = None,
    replace: Annotated[
        bool, typer.Option("--replace", help="替换该部门年度已有的全部实际数")
    ] = False,
    allow_empty: Annotated[
        bool, typer.Option("--allow-empty", help="与 --replace 同用:表中没有记录时清空实际数")
    ] = False,
    db: DbOption = None,
) -> None:
    """从 CSV/Excel 批量导入实际数(一个事务:有任何错误则不写入)。"""
    from jixiao.workspace import Workspace

    workspace = Workspace(db)
    fiscal_year = year or workspace.document(department).fiscal_year
    actuals = workspace.import_actuals(
        file, department, fiscal_year, replace=replace, allow_empty=allow_empty
    )
    out.print(
        f"已导入 {department} {fiscal_year} 年度实际数:支出 {len(actuals.spending)} 条,"
        f"进度 {len(actuals.progress)} 条,年末 {len(actuals.year_end)} 条"
    )


def register(app: typer.Typer) -> None:
    app.add_typer(record_app, name="record")
