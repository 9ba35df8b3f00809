"""Documentation tests: they fail when something users or developers rely on is undocumented."""

from __future__ import annotations

import pkgutil
from pathlib import Path

import jixiao
from jixiao.cli.app import app

ROOT = Path(__file__).resolve().parent.parent


def _command_names() -> list[str]:
    return [
        command.name or (command.callback.__name__ if command.callback else "")
        for command in app.registered_commands
    ]


def test_every_cli_command_is_in_the_readme_command_table() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [name for name in _command_names() if f"`jixiao {name}" not in readme]
    assert _command_names(), "the CLI registers no command"
    assert missing == []


def test_every_subcommand_of_a_command_group_is_in_the_readme_command_table() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    names = [
        f"{group.name} {command.name}"
        for group in app.registered_groups
        if group.typer_instance is not None
        for command in group.typer_instance.registered_commands
    ]
    assert names, "the CLI registers no command group"
    assert [name for name in names if f"`jixiao {name}" not in readme] == []


def test_every_package_is_described_in_the_architecture_page() -> None:
    page = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    modules = [m.name for m in pkgutil.iter_modules(jixiao.__path__) if not m.name.startswith("_")]
    assert modules
    missing = [name for name in modules if f"`jixiao.{name}`" not in page]
    assert missing == []


def test_every_module_says_what_it_is_for() -> None:
    undocumented = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "src" / "jixiao").rglob("*.py")
        if "migrations" not in path.parts
        and path.stat().st_size > 0
        and not path.read_text(encoding="utf-8").lstrip().startswith(('"""', "#"))
    ]
    assert undocumented == []
