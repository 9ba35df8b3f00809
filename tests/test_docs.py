"""Documentation tests: they fail when something users or developers rely on is undocumented."""

from __future__ import annotations

import pkgutil
import re
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


def test_every_application_module_is_described_in_the_architecture_page() -> None:
    page = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    app_dir = ROOT / "src" / "jixiao" / "app"
    modules = [m.name for m in pkgutil.iter_modules([str(app_dir)]) if not m.name.startswith("_")]
    assert "documents" in modules
    missing = [name for name in modules if f"`{name}`" not in page]
    assert missing == []


def test_every_import_contract_is_explained_in_the_architecture_page() -> None:
    import tomllib

    page = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    assert contracts
    assert [c["id"] for c in contracts if f"`{c['id']}`" not in page] == []


def test_the_domain_page_is_in_the_repository_and_the_code_cites_it() -> None:
    assert (ROOT / "docs" / "domain.md").is_file()
    citing_the_shared_copy = [
        str(path.relative_to(ROOT))
        for folder in ("src", "tests", "benchmarks", "docs")
        for path in (ROOT / folder).rglob("*")
        if path.suffix in {".py", ".md"}
        and path != Path(__file__).resolve()
        and "DOMAIN.md" in path.read_text(encoding="utf-8")
    ]
    assert citing_the_shared_copy == []


def test_the_glossary_names_classes_the_domain_defines() -> None:
    page = (ROOT / "docs" / "domain.md").read_text(encoding="utf-8")
    glossary = page.split("## 3.", 1)[1].split("## 4.", 1)[0]
    rows = [line.split("|") for line in glossary.splitlines() if line.startswith("| ")]
    named = {
        name.split(".")[0]
        for row in rows[1:]
        for name in re.findall(r"`([A-Z][a-z][A-Za-z]*(?:\.[A-Z_]+)?)`", row[2])
    }
    assert len(named) > 20
    source = "\n".join(
        path.read_text(encoding="utf-8")
        for path in (ROOT / "src" / "jixiao" / "domain").rglob("*.py")
    )
    assert sorted(n for n in named if not re.search(rf"^class {n}\b", source, re.M)) == []
