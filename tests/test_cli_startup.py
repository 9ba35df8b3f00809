"""Start-up of the ``jixiao`` command, without timing: which modules a fresh process loads.

The command line loads Typer, Rich and its option types; each command imports the application
(SQLAlchemy, the reader, the store …) in its body, when it runs, and Alembic only when the
database is to be migrated or is not at the shipped revision. A module-level import
of the application in ``jixiao.cli`` brings seconds of CPU back to every command (and to the
few hundred processes the test suite starts); these tests fail when that happens.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

# Loaded by no command before it runs: the database layer, the reader, the application and
# its pydantic model. (pydantic itself is Typer's: it coerces a command's options.)
_HEAVY = (
    "sqlalchemy",
    "alembic",
    "jixiao.ingest",
    "jixiao.store",
    "jixiao.interchange",
    "jixiao.workspace",
    "jixiao.app.documents",
    "jixiao.domain.model",
)
# Loaded only by ``jixiao serve``'s workers.
_WEB = ("fastapi", "starlette", "uvicorn", "jixiao.web")

# Runs the command in-process in a fresh interpreter, then prints the loaded modules' names.
_PROBE = """
import json, sys
sys.argv = ["jixiao", *sys.argv[1:]]
from jixiao.cli.app import main
try:
    main()
except SystemExit:
    pass
sys.stderr.write("\\n@@" + json.dumps(sorted(sys.modules)) + "\\n")
"""


def _modules_after(*args: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    marker = done.stderr.rindex("\n@@")
    return set(json.loads(done.stderr[marker + 3 :]))


def _loaded(modules: set[str], packages: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules if any(m == p or m.startswith(p + ".") for p in packages))


@pytest.mark.parametrize("command", [("--help",), ("workflow", "submit", "--help")])
def test_help_loads_no_application_layer(command: tuple[str, ...]) -> None:
    modules = _modules_after(*command)
    assert "jixiao.cli.workflow" in modules  # every command was registered
    assert _loaded(modules, _HEAVY + _WEB) == []


def test_parse_loads_the_reader_but_neither_the_database_nor_the_web_stack(
    tmp_path: Path,
) -> None:
    text = tmp_path / "目标表.txt"
    text.write_text("某县农业局 2023年度项目支出绩效目标表\n数量指标 培训人次 ≥300人次\n", "utf-8")
    modules = _modules_after("parse", str(text))
    assert "jixiao.ingest.general" in modules  # the command did run
    assert _loaded(modules, ("sqlalchemy", "alembic", "jixiao.store", *_WEB)) == []


def test_list_loads_neither_the_reader_nor_the_web_stack(tmp_path: Path) -> None:
    modules = _modules_after("list", "--db", f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    assert "sqlalchemy" in modules  # the command did run
    assert _loaded(modules, ("jixiao.ingest.general", "jixiao.ingest.readers", *_WEB)) == []


def test_a_command_on_a_current_database_loads_no_alembic(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'current.sqlite3'}"
    init = subprocess.run(
        [sys.executable, "-m", "jixiao", "init", "--db", url],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert init.returncode == 0, init.stderr
    modules = _modules_after("list", "--db", url)
    assert "jixiao.store.db" in modules  # the command did open the database
    assert _loaded(modules, ("alembic", "mako")) == []
