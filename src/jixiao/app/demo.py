"""The demonstration server's data: ``jixiao serve --demo`` on a new, empty database.

The Xingtai 2020 document (邢台市归国华侨联合会, the main reference of the corpus) is read
from its published text shipped in the package, through the importer, and must read
completely; its year of actuals follows, then a few synthetic departments in the synthetic
province's regions, and one user per role with a random password (returned once, never
stored in clear). The Xingtai document stays a draft for the demo's users to work on; the
synthetic departments' targets and self-evaluations go through the whole workflow to
published, so the public portal has something to show.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from jixiao.app import actuals, documents, rounds, users, workflow
from jixiao.app.synth import load_province
from jixiao.app.uow import Database
from jixiao.domain.access import Actor, Role, system_actor
from jixiao.domain.model import Region
from jixiao.domain.workflow import Stage, finding_key
from jixiao.errors import InputError
from jixiao.ingest.pipeline import missing_parts
from jixiao.tools.synth import ProvinceSpec

DEPARTMENT = "邢台市归国华侨联合会"
YEAR = 2020
# The document names its city, not the city's code; the code (邢台市 130500) is what a
# reviewer's scope matches.
REGION = Region(name="邢台市", code="130500")
SYNTH = ProvinceSpec(units=6, projects_per_unit=3, year=YEAR, seed=7, counties_per_city=2)
SYNTH_REGION_PREFIX = "99"  # the synthetic province (jixiao.tools.synth: 省 99, 市 99cc)


@dataclass(frozen=True)
class DemoAccount:
    role: Role
    login: str
    password: str


@dataclass(frozen=True)
class Demo:
    department: str
    fiscal_year: int
    synthetic_departments: int
    accounts: tuple[DemoAccount, ...]


def data_file(name: str) -> Path:
    """A file of the demonstration data shipped in the package."""
    return Path(str(resources.files("jixiao.app").joinpath("demo_data", name)))


def _refuse_non_empty(database: Database) -> None:
    database.init()
    stored = documents.documents(database)
    if stored:
        raise InputError(
            f"演示数据只能装入新的空数据库:{database.display_url} 中已有 {len(stored)} 份文档;"
            "请不带 --db 运行(自动新建临时数据库),或指定一个新文件"
        )


def _import_xingtai(database: Database, actor: Actor) -> None:
    document, report = documents.parse(data_file("xingtai-2020.txt"))
    missing = missing_parts(report)
    if missing:  # pragma: no cover - the shipped text reads completely (tested)
        raise InputError(f"演示文档未能完整读取:缺少 {len(missing)} 项")
    department = document.department.model_copy(update={"region": REGION})
    documents.save(database, document.model_copy(update={"department": department}), actor=actor)
    actuals.import_file(
        database,
        data_file("xingtai-2020-actuals.csv"),
        DEPARTMENT,
        YEAR,
        replace=True,
        actor=actor,
    )


def _accounts(database: Database, admin: Actor) -> tuple[DemoAccount, ...]:
    scopes: list[tuple[Role, str, tuple[str, ...], tuple[str, ...]]] = [
        (Role.EDITOR, "editor", (DEPARTMENT,), ()),
        (Role.APPROVER, "approver", (DEPARTMENT,), ()),
        (Role.REVIEWER, "reviewer", (), (REGION.code or "", SYNTH_REGION_PREFIX)),
        (Role.ADMIN, "admin", (), ()),
    ]
    made = []
    for role, login, departments, regions in scopes:
        password = secrets.token_urlsafe(12)
        spec = users.UserSpec(login, login, role, password, departments, regions)
        users.create_user(database, admin, spec)
        made.append(DemoAccount(role, login, password))
    return tuple(made)


def build(database: Database) -> Demo:
    """Fill a new database with the demonstration data; refuses one that holds documents."""
    _refuse_non_empty(database)
    actor = system_actor("demo")
    _import_xingtai(database, actor)
    stats = load_province(database.engine, SYNTH, actor=actor)
    for department in _synthetic_departments(database):
        _publish(database, department)
    accounts = _accounts(database, actor)
    return Demo(DEPARTMENT, YEAR, stats.documents, accounts)


def _synthetic_departments(database: Database) -> list[str]:
    return [s.department for s in documents.documents(database) if s.department != DEPARTMENT]


def _publish(database: Database, department: str) -> None:
    """The department's declaration and self-evaluation through the workflow to published:
    submitted by its unit (the review's errors explained as demonstration data), reviewed,
    approved and published by the bureau (two actors: who saved may not submit)."""
    unit, bureau = system_actor("demo-unit"), system_actor("demo-bureau")
    declaration = workflow.SubjectRef(department, YEAR)
    try:
        workflow.submit(database, declaration, actor=unit)
    except workflow.SubmissionBlocked as blocked:
        said = {finding_key(f.code, f.location.label): "演示数据" for f in blocked.unexplained}
        workflow.submit(database, declaration, explanations=said, actor=unit)
    _review_to_published(database, declaration, bureau)
    rounds.submit_self_evaluation(database, unit, department, YEAR)
    self_evaluation = rounds.subject(department, YEAR, Stage.SELF_EVALUATION)
    _review_to_published(database, self_evaluation, bureau)


def _review_to_published(database: Database, ref: workflow.SubjectRef, bureau: Actor) -> None:
    workflow.start_review(database, ref, actor=bureau)
    workflow.approve(database, ref, actor=bureau)
    workflow.publish(database, ref, actor=bureau)
