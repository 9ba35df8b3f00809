"""Review commands: ``jixiao rules`` (the rule list), ``jixiao library`` (the indicator library:
list, search, check a bureau's sheet) and ``jixiao review`` (a Rich report grouped by severity,
or JSON; exit code 1 when there are errors, for scripts).

A bureau's own indicators live in its Excel sheet and are loaded per invocation with
``--library FILE`` (``jixiao library --add-excel FILE`` checks a sheet and shows what it adds).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from jixiao.cli.options import DbOption

if TYPE_CHECKING:  # the commands import the application when they run (start-up)
    from jixiao.app.review import SheetEntry
    from jixiao.domain.library import LibraryIndicator
    from jixiao.domain.review import Finding, ReviewReport, Rule, Severity

out = Console()

LibraryOption = Annotated[
    Path | None,
    typer.Option(
        "--library",
        envvar="JIXIAO_LIBRARY_XLSX",
        help="财政局自己的指标库 Excel 表,补充或替换内置指标库中的同名指标",
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="以 JSON 输出")]

# by Severity's name: the enum is imported when a command runs
_SEVERITY_STYLES = {"ERROR": "bold red", "WARNING": "yellow", "INFO": "cyan"}


def _param_text(value: Any) -> str:
    if isinstance(value, tuple):
        return "[" + ", ".join(value) + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _params(rule: Rule) -> str:
    return "; ".join(f"{name}={_param_text(value)}" for name, value in rule.params.items())


def rules(as_json: JsonOption = False) -> None:
    """列出审核规则:代码、类别、默认严重程度、名称和可在审核配置中修改的参数。"""
    from jixiao.domain.review import all_rules

    listed = all_rules()
    if as_json:
        data = [
            {
                "code": r.code,
                "family": r.family.value,
                "severity": r.default_severity.value,
                "title": r.title,
                "description": r.description,
                "params": {k: _param_text(v) for k, v in r.params.items()},
            }
            for r in listed
        ]
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return
    table = Table(title=f"审核规则({len(listed)} 条)")
    for header in ("代码", "类别", "严重程度", "名称", "参数"):
        table.add_column(header, overflow="fold")
    for rule in listed:
        severity = rule.default_severity
        table.add_row(
            rule.code,
            rule.family.label,
            Text(severity.label, style=_SEVERITY_STYLES[severity.name]),
            rule.title,
            _params(rule),
        )
    out.print(table)


def _entry_json(entry: LibraryIndicator) -> dict[str, Any]:
    return entry.model_dump(mode="json")


def _entries_table(
    title: str, entries: tuple[LibraryIndicator, ...], status: dict[str, str]
) -> Table:
    table = Table(title=title)
    columns = ["编码", "指标名称", "一级", "二级", "方向", "单位", "典型值", "范围", "来源"]
    if status:
        columns.append("状态")
    for header in columns:
        table.add_column(header, overflow="fold")
    for entry in entries:
        row = [
            entry.code,
            entry.name,
            entry.category.label,
            entry.subcategory.label if entry.subcategory else "",
            entry.direction.label,
            entry.unit or "",
            entry.typical or "",
            entry.scope.label,
            entry.source,
        ]
        table.add_row(*row, *([status[entry.code]] if status else []))
    return table


def _check_sheet(path: Path, as_json: bool) -> None:
    from jixiao.app.review import check_library_sheet

    checked: list[SheetEntry] = check_library_sheet(path)
    additions = tuple(c.entry for c in checked)
    status = {c.entry.code: c.status for c in checked}
    if as_json:
        data = [_entry_json(e) | {"status": status[e.code]} for e in additions]
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return
    out.print(_entries_table(f"指标库表“{path.name}”", additions, status))
    replaced = sum(1 for c in checked if c.replaces)
    out.print(
        f"已校验 {len(additions)} 条:新增 {len(additions) - replaced} 条,"
        f"替换内置指标库中的 {replaced} 条。审核时用 jixiao review … --library {path} 使用。"
    )


def library(
    query: Annotated[str | None, typer.Argument(help="按名称查找指标(模糊匹配,附匹配理由)")] = None,
    add_excel: Annotated[
        Path | None, typer.Option("--add-excel", help="校验财政局的指标库 Excel 表并显示其内容")
    ] = None,
    sheet: LibraryOption = None,
    as_json: JsonOption = False,
) -> None:
    """列出或查找指标库中的指标(定义、方向、单位、典型值);校验财政局的指标库表。"""
    if add_excel is not None:
        _check_sheet(add_excel, as_json)
        return
    from jixiao.app.review import indicator_library

    indicators = indicator_library(sheet)
    if query is None:
        if as_json:
            data = [_entry_json(e) for e in indicators.entries]
            sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        else:
            out.print(_entries_table(f"指标库({len(indicators)} 条)", indicators.entries, {}))
        return
    matches = indicators.search(query)
    if as_json:
        data = [
            _entry_json(m.entry) | {"score": m.score, "explanation": m.explanation} for m in matches
        ]
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return
    if not matches:
        out.print(f"指标库中没有与“{query}”相近的指标。")
        return
    table = Table(title=f"与“{query}”相近的指标")
    for header in ("编码", "指标名称", "得分", "匹配理由", "指标解释", "典型值"):
        table.add_column(header, overflow="fold")
    for m in matches:
        table.add_row(
            m.entry.code,
            m.entry.name,
            f"{m.score:.2f}",
            m.explanation,
            m.entry.definition,
            m.entry.typical or "",
        )
    out.print(table)


def _report_text(report: ReviewReport) -> None:
    from jixiao.domain.review import Severity

    counts = "  ".join(f"{severity.label} {report.counts[severity.value]}" for severity in Severity)
    out.print(
        Text(f"审核:{report.department} {report.fiscal_year} 年度", style="bold"),
        Text(f"(规则 {len(report.rules)} 条,配置“{report.profile}”)  {counts}"),
    )
    if not report.findings:
        out.print("未发现问题。")
    for severity in Severity:
        found = report.by_severity(severity)
        if found:
            out.print(_findings_table(severity, found))


def _findings_table(severity: Severity, found: tuple[Finding, ...]) -> Table:
    table = Table(
        title=f"{severity.label}({len(found)})",
        title_style=_SEVERITY_STYLES[severity.name],
        title_justify="left",
        show_lines=True,
    )
    for header in ("代码", "位置", "问题", "建议"):
        table.add_column(header, overflow="fold")
    for finding in found:
        where = finding.location.label
        if finding.related:
            where += "\n另见:" + ";".join(r.label for r in finding.related)
        table.add_row(finding.code, where, finding.message, finding.suggestion or "")
    return table


def review_command(
    target: Annotated[
        str,
        typer.Argument(help="文件(规范 JSON 或 jixiao parse 能读的公开文档)或数据库中的部门名称"),
    ],
    year: Annotated[int | None, typer.Option("--year", "-y", help="预算年度(默认:最新)")] = None,
    as_json: JsonOption = False,
    profile: Annotated[
        Path | None,
        typer.Option("--profile", "-p", help="审核配置(TOML):停用规则、改阈值和严重程度"),
    ] = None,
    sheet: LibraryOption = None,
    db: DbOption = None,
    save: Annotated[
        bool,
        typer.Option(
            "--save/--no-save", help="保存审核结果到数据库(仅限数据库中已保存的文档;默认保存)"
        ),
    ] = True,
    department: Annotated[
        str | None, typer.Option("--department", help="审核公开文档时:文档中没有的部门名称")
    ] = None,
    project: Annotated[
        str | None, typer.Option("--project", help="审核公开文档时:文档中没有的项目名称")
    ] = None,
) -> None:
    """审核一份部门年度绩效文档:按严重程度列出问题及修改建议;有“错误”时退出码为 1。

    审核数据库中的文档时,审核结果保存到数据库,替换该文档上一次的审核结果(--no-save 不保存)。
    """
    from jixiao.app.documents import KeyParts
    from jixiao.app.review import review_target

    key = KeyParts(department=department, project=project)
    outcome = review_target(target, year, db, profile=profile, library=sheet, save=save, key=key)
    report, saved = outcome.report, outcome.saved
    if as_json:
        sys.stdout.write(report.model_dump_json(indent=2) + "\n")
    else:
        _report_text(report)
        if saved is not None:
            out.print(f"审核结果已保存 {saved} 条")
    if report.has_errors:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add ``rules``, ``library`` and ``review`` to the ``jixiao`` command."""
    app.command("rules")(rules)
    app.command("library")(library)
    app.command("review")(review_command)
