"""A real ``jixiao serve`` for the browser: a fresh SQLite file, one account per role.

The accounts are made through the application (``app.users``, as an administrator would);
the server is the installed command in a subprocess on a free loopback port.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from browser.servers import free_port, serving
from db_templates import copy_sqlite
from jixiao.app import users
from jixiao.app.demo import DEPARTMENT, REGION, YEAR, data_file
from jixiao.app.users import UserSpec
from jixiao.domain.access import Role, system_actor
from jixiao.workspace import Workspace

PASSWORD = "e2e-password-1234"
XINGTAI_TEXT = data_file("xingtai-2020.txt")


@dataclass(frozen=True)
class Site:
    base: str
    database_url: str
    department: str = DEPARTMENT
    fiscal_year: int = YEAR


ACCOUNTS: tuple[tuple[str, Role, tuple[str, ...], tuple[str, ...]], ...] = (
    ("editor", Role.EDITOR, (DEPARTMENT,), ()),
    ("approver", Role.APPROVER, (DEPARTMENT,), ()),
    ("reviewer", Role.REVIEWER, (), (REGION.code or "",)),
    ("admin", Role.ADMIN, (), ()),
)


# The database each kind of site starts from, made once per test process and copied for each
# module's server: made anew, it costs a migration, four argon2 hashes and an import of the
# Xingtai text (15-20 s on a loaded 2-core machine).
_PREPARED: dict[bool, Path] = {}


def prepare(database: Path, *, with_document: bool) -> str:
    """A SQLite file at ``database`` with the accounts (and the Xingtai document); its URL."""
    made = _PREPARED.get(with_document)
    if made is not None and made.exists():
        copy_sqlite(made, database)
        return f"sqlite:///{database}"
    url = _prepare(database, with_document=with_document)
    kept = database.with_name(f"prepared-{database.name}")
    copy_sqlite(database, kept)
    _PREPARED[with_document] = kept
    return url


def _prepare(database: Path, *, with_document: bool) -> str:
    url = f"sqlite:///{database}"
    workspace = Workspace(url)
    try:
        workspace.init()
        admin = system_actor("e2e")
        for login, role, departments, regions in ACCOUNTS:
            spec = UserSpec(login, f"{role.value}{login}", role, PASSWORD, departments, regions)
            users.create_user(workspace, admin, spec)
        if with_document:
            document = workspace.import_file(XINGTAI_TEXT)[0]
            del document
            _set_region(workspace)
    finally:
        workspace.close()
    return url


def _set_region(workspace: Workspace) -> None:
    document = workspace.document(DEPARTMENT, YEAR)
    department = document.department.model_copy(update={"region": REGION})
    workspace.save(document.model_copy(update={"department": department}))


@contextmanager
def jixiao_serve(directory: Path, *, with_document: bool) -> Iterator[Site]:
    url = prepare(directory / "e2e.sqlite3", with_document=with_document)
    port = free_port()
    jixiao = shutil.which("jixiao", path=str(Path(sys.executable).parent)) or "jixiao"
    argv = [jixiao, "serve", "--db", url, "--port", str(port)]
    with serving(argv, port, ready_path="/login", log=directory / "server.log") as base:
        yield Site(base, url)
