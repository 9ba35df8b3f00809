"""Entry point of the ``jixiao`` command. Each command parses options, calls the library, renders.

Errors users can cause (bad files, unknown departments, unreadable targets, an unreachable
database) are :class:`~jixiao.errors.JixiaoError`: one clear Chinese line on stderr and exit
code 1, never a traceback.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from jixiao.cli.options import DbOption, DeptArgument, YearOption
from jixiao.domain.kinds import DocumentKind
from jixiao.errors import JixiaoError, os_error_message

# Start-up: this module and the feature modules load only Typer, Rich and the option types,
# so that ``--help`` and every command start fast; each command imports the application
# (workspace, use cases, renderers: SQLAlchemy, the reader …) in its body, when it runs.
# tests/test_cli_startup.py keeps it so.

app = typer.Typer(
    name="jixiao",
    help="绩效:预算绩效管理系统(目标申报、审核、监控、自评)。",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console()
err = Console(stderr=True)


@app.command()
def init(db: DbOption = None) -> None:
    """创建或升级数据库。"""
    from jixiao.workspace import Workspace

    workspace = Workspace(db)
    revision = workspace.init()
    out.print(f"数据库已就绪:{workspace.display_url}(迁移版本 {revision})")


@app.command()
def load(
    file: Annotated[Path, typer.Argument(help="规范 JSON 文档(jixiao schema 描述其格式)")],
    db: DbOption = None,
) -> None:
    """校验并导入一份部门年度绩效文档(JSON);同一部门同一年度再次导入将替换旧版本。"""
    from jixiao.cli import render
    from jixiao.workspace import Workspace

    workspace = Workspace(db)
    workspace.init()
    result = workspace.load_file(file)
    out.print(render.save_result(result))


@app.command("list")
def list_documents(db: DbOption = None) -> None:
    """列出数据库中的部门年度绩效文档。"""
    from jixiao.cli import render
    from jixiao.workspace import Workspace

    out.print(render.documents_table(Workspace(db).documents()))


KindOption = Annotated[
    DocumentKind,
    typer.Option("--kind", help="文档类型(默认部门预算绩效文本;项目表单用 project_target 等)"),
]
ProjectOption = Annotated[
    str | None, typer.Option("--project", help="项目名称(同一年度有多份项目表单时)")
]


@app.command()
def show(
    department: DeptArgument,
    year: YearOption = None,
    kind: KindOption = DocumentKind.DEPARTMENT_PERFORMANCE,
    project: ProjectOption = None,
    db: DbOption = None,
) -> None:
    """以表格显示一个部门年度的预算和绩效指标。"""
    from jixiao.cli import render
    from jixiao.workspace import Workspace

    document = Workspace(db).document(department, year, kind=kind, project=project)
    render.print_document(out, document)


@app.command()
def export(
    department: DeptArgument,
    year: YearOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="输出规范 JSON 文档")] = True,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="写入文件")] = None,
    kind: KindOption = DocumentKind.DEPARTMENT_PERFORMANCE,
    project: ProjectOption = None,
    db: DbOption = None,
) -> None:
    """导出一个部门年度的规范 JSON 文档。"""
    from jixiao.app.files import write_text_atomic
    from jixiao.workspace import Workspace

    if not as_json:
        raise JixiaoError("目前仅支持 --json 导出格式")
    text = Workspace(db).export_json(department, year, kind=kind, project=project)
    if output is None:
        sys.stdout.write(text)
    else:
        write_text_atomic(output, text)
        out.print(f"已导出到 {output}")


@app.command()
def schema() -> None:
    """输出规范文档的 JSON Schema。"""
    from jixiao.app.documents import document_schema

    sys.stdout.write(json.dumps(document_schema(), ensure_ascii=False, indent=2) + "\n")


@app.command()
def target(
    text: Annotated[str, typer.Argument(help="指标值文本,如 ≥95%、≤1.1万元、良好及以上")],
    as_json: Annotated[bool, typer.Option("--json", help="以 JSON 输出")] = False,
) -> None:
    """显示一个指标值文本如何被解析(运算符、数值、单位、方向)。"""
    from jixiao.app.views import target_json
    from jixiao.cli import render
    from jixiao.domain.target import parse_target

    parsed = parse_target(text)
    if as_json:
        sys.stdout.write(json.dumps(target_json(parsed), ensure_ascii=False) + "\n")
    else:
        out.print(render.target_table(parsed))


def _register_features() -> None:
    """Feature areas (import, review, monitoring, ...) keep their commands in their own module.

    Each module has ``register(app)``; add one line here per module.
    """
    from jixiao.cli import (
        audit,  # 审计: audit verify, audit log
        evaluate,  # 自评打分 and 运行监控
        ingest,  # 导入公开文档: parse, import
        record,  # 实际数: record spend, record progress, record import
        region,  # 按地区汇总: region evaluate, region monitor
        report,  # 正式表单: report (xlsx, docx, pdf, html)
        review,  # 审核, 指标库
        serve,  # 服务: serve (REST API, --demo)
        synth,  # 合成省份: synth
        workflow,  # 流转: workflow status, submit, review, return, approve, publish, adjust …
    )

    audit.register(app)

    evaluate.register(app)
    ingest.register(app)
    record.register(app)
    region.register(app)
    report.register(app)
    review.register(app)
    serve.register(app)
    synth.register(app)
    workflow.register(app)


_register_features()


def main() -> None:
    """Console-script entry: run the app, turning user errors and failures of the
    environment (a full disk, a read-only file, a closed stdout, an interrupt) into one
    Chinese line and a non-zero exit."""
    _guard_closed_streams()
    try:
        app()
    except JixiaoError as error:
        _fail(str(error))
    except BrokenPipeError:
        _stdout_gone()
    except OSError as error:
        _fail(os_error_message(error))
    except KeyboardInterrupt:
        _fail("已中断;未完成的写入已回滚", code=130)
    except RecursionError:
        _fail("输入嵌套过深,无法处理")
    except MemoryError:
        _fail("内存不足,无法处理该输入(可调低 JIXIAO_MAX_* 限制或换用更大内存的机器)")
    except Exception as error:  # a ValueError: none of the kinds above
        if not _is_target_syntax_error(error):
            raise
        _fail(str(error))


def _is_target_syntax_error(error: Exception) -> bool:
    """A target text the grammar refuses is the user's error; the grammar is imported only by
    the commands that parse targets, so it is looked up only once such an error happened."""
    target = sys.modules.get("jixiao.domain.target.model")
    return target is not None and isinstance(error, target.TargetSyntaxError)


def _fail(message: str, code: int = 1) -> None:
    with contextlib.suppress(OSError):  # stderr gone too: the exit code still says it
        err.print(f"[bold red]错误:[/]{escape(message)}", highlight=False, soft_wrap=True)
    sys.exit(code)


class _ClosedStream(io.TextIOBase):
    """Stands for a standard stream the shell closed (``>&-``): writing to it is a broken pipe."""

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        raise BrokenPipeError("标准输出已关闭")  # no errno: Click would exit silently

    def fileno(self) -> int:
        raise BrokenPipeError("标准输出已关闭")  # no errno: Click would exit silently


def _guard_closed_streams() -> None:
    # Python sets a closed standard stream to None; a command writing to it would fail with
    # AttributeError. Stdout closed is reported once something is written; stderr closed
    # just drops the messages (the exit code still tells).
    if sys.stdout is None:
        sys.stdout = _ClosedStream()
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115


def _stdout_gone() -> None:
    """stdout was closed by the reader (``| head``): say so on stderr, exit 1, and keep the
    interpreter from failing again when it flushes stdout at exit."""
    with contextlib.suppress(OSError, ValueError, io.UnsupportedOperation):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    _fail("标准输出已关闭,输出未写完")
