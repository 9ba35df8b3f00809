"""Running the ``jixiao`` command as a user does: a real process, its own environment."""

from __future__ import annotations

import os
import subprocess
import sys

# Settings a developer's shell may carry that would point a test at the wrong place.
_PRIVATE_ENV = ("JIXIAO_DATABASE_URL", "JIXIAO_LIBRARY_XLSX")


def run_cli(*args: str, db: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in _PRIVATE_ENV}
    if db is not None:
        env["JIXIAO_DATABASE_URL"] = db
    env["COLUMNS"] = "200"
    return subprocess.run(
        [sys.executable, "-m", "jixiao", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
