"""The layers hold (import-linter's contracts in pyproject.toml), and a broken one is caught.

``scripts/test`` runs ``lint-imports`` on the source; here it also runs on a copy of the
package with one deliberately violating module added, and must fail naming the contract.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def _lint(
    tmp_path: Path, violation: tuple[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run lint-imports with the project's contracts on a copy of ``src/jixiao`` (plus one
    module ``violation = (path inside the package, source)``)."""
    src = tmp_path / "src"
    shutil.copytree(
        ROOT / "src" / "jixiao", src / "jixiao", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    if violation is not None:
        path, source = violation
        (src / "jixiao" / path).write_text(source, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(src))  # the copy comes before the installed package
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "pyproject.toml"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_source_keeps_every_contract(tmp_path: Path) -> None:
    result = _lint(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "4 kept, 0 broken" in result.stdout


@pytest.mark.parametrize(
    ("violation", "contract"),
    [
        (
            ("cli/violation.py", "from jixiao.store import db\n"),
            "Entry points never import the store",
        ),
        (
            ("web/violation.py", "from jixiao.store import db\n"),
            "Entry points never import the store",
        ),
        (("web/violation2.py", "from jixiao.cli import app\n"), "Entry point > library API"),
        (("domain/violation.py", "import sqlalchemy\n"), "The domain imports only itself"),
        (("domain/violation2.py", "from jixiao import store\n"), "The domain imports only itself"),
        (("store/violation.py", "from jixiao.app import uow\n"), "No cycles between top-level"),
        (("ingest/violation.py", "from jixiao.store import db\n"), "Entry point > library API"),
    ],
)
def test_a_broken_contract_fails_the_check(
    tmp_path: Path, violation: tuple[str, str], contract: str
) -> None:
    result = _lint(tmp_path, violation)
    assert result.returncode != 0, result.stdout
    _, broken = result.stdout.split("Broken contracts", 1)  # the section listing them
    assert contract in broken, result.stdout
    assert "jixiao." + violation[0].removesuffix(".py").replace("/", ".") in broken
