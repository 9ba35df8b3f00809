"""The server's read models on both databases: the catalogue of regions and departments, the
region tree, a project read alone, the listing with workflow states (``jixiao.app.catalog``,
``jixiao.app.resources``; the HTTP side is tests/web)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import event, literal, select

from jixiao.app import catalog, resources
from jixiao.app.resources import DocumentFilter, DocumentRef
from jixiao.domain.access import Actor, Role, Scope, system_actor
from jixiao.domain.model import PerformanceDocument
from jixiao.errors import AmbiguousNameError, NotFoundError
from jixiao.store import workflow as stored_workflow
from jixiao.workspace import Workspace

XINGTAI = Path(__file__).resolve().parent / "fixtures" / "xingtai-2020.json"
ADMIN = system_actor("pytest")


def _filed(department: str, region: str, code: str) -> PerformanceDocument:
    data = json.loads(XINGTAI.read_text(encoding="utf-8"))
    data["department"] = {"name": department, "region": {"name": region, "code": code}}
    return PerformanceDocument.model_validate(data)


def _workspace(url: str) -> Workspace:
    workspace = Workspace(url)
    workspace.init()
    workspace.save(_filed("邢台市侨联", "邢台市", "130500"))
    workspace.save(_filed("信都区侨联", "信都区", "130502"))
    workspace.save(_filed("沧州市侨联", "沧州市", "130900"))
    return workspace


def test_the_catalogue_and_the_tree_follow_the_scope(db_url: str) -> None:
    workspace = _workspace(db_url)
    try:
        reviewer = Actor("r", Role.REVIEWER, regions=("1305",))
        names = [d.name for d in catalog.departments(workspace, reviewer)]
        assert sorted(names) == ["信都区侨联", "邢台市侨联"]
        tree = catalog.region_tree(catalog.regions(workspace, reviewer))
        assert [(n.region.name, [c.region.name for c in n.children]) for n in tree] == [
            ("邢台市", ["信都区"])
        ]
        everything = catalog.regions(workspace, ADMIN)
        assert [r.code for r in everything] == ["130500", "130502", "130900"]
        assert catalog.department(workspace, ADMIN, "沧州市侨联").fiscal_years == (2020,)
    finally:
        workspace.close()


def test_a_project_read_alone_equals_the_assembled_one_and_the_listing_pages(db_url: str) -> None:
    workspace = _workspace(db_url)
    try:
        ref = DocumentRef("邢台市侨联", 2020)
        alone = resources.project(workspace, ADMIN, ref, "侨务工作经费")
        whole = resources.read(workspace, ADMIN, ref)
        assert alone.project == whole.document.projects[0]
        assert alone.version == whole.version >= 1 and alone.key is not None
        page = resources.listing(workspace, ADMIN, DocumentFilter(region="1305"), 1, 1)
        assert page.total == 2 and len(page.items) == 1
        assert page.items[0].state == "草稿"
    finally:
        workspace.close()


def _statements(workspace: Workspace) -> list[str]:
    """The SQL statements the workspace's engine runs from now on (BEGIN/COMMIT left out)."""
    seen: list[str] = []

    def record(*args: object) -> None:
        statement = str(args[2]).strip()
        if statement.split()[0].upper() not in {"BEGIN", "COMMIT", "ROLLBACK"}:
            seen.append(statement)

    event.listen(workspace.engine, "before_cursor_execute", record)
    return seen


def test_a_kept_project_is_read_again_with_one_statement(db_url: str) -> None:
    workspace = _workspace(db_url)
    try:
        ref = DocumentRef("邢台市侨联", 2020)
        first = resources.project(workspace, ADMIN, ref, "侨务工作经费")
        seen = _statements(workspace)
        again = resources.project(workspace, ADMIN, ref, "侨务工作经费")
        assert again.project is first.project and again.version == first.version
        assert len(seen) == 1, seen  # where the document is, its scope and version: one query
    finally:
        workspace.close()


def test_a_project_read_after_a_save_is_the_saved_one(db_url: str) -> None:
    workspace = _workspace(db_url)
    try:
        ref = DocumentRef("邢台市侨联", 2020)
        before = resources.project(workspace, ADMIN, ref, "侨务工作经费")
        changed = _filed("邢台市侨联", "邢台市", "130500")
        changed.projects[0].indicators[0].name = "改过的指标"
        workspace.save(changed)
        after = resources.project(workspace, ADMIN, ref, "侨务工作经费")
        assert after.project.indicators[0].name == "改过的指标"
        assert after.version > before.version and after.key != before.key
    finally:
        workspace.close()


def test_the_quick_look_up_declines_what_the_full_one_must_explain(db_url: str) -> None:
    workspace = _workspace(db_url)
    try:
        workspace.save(_filed("侨联", "邢台市", "130500"))
        workspace.save(_filed("侨联", "沧州市", "130900"))
        with workspace.lookup() as session:
            # one department name in two regions: the full look-up says which to choose
            assert stored_workflow.locate(session, DocumentRef("侨联", 2020).wanted) is None
            named = stored_workflow.locate(session, DocumentRef("侨联", 2020, "沧州市").wanted)
            missing = stored_workflow.locate(session, DocumentRef("邢台市侨联", 2019).wanted)
        assert missing is None
        assert named is not None and named.scope == Scope("侨联", "130900", False)
        with pytest.raises(AmbiguousNameError):
            resources.project(workspace, ADMIN, DocumentRef("侨联", 2020), "侨务工作经费")
        with pytest.raises(NotFoundError):
            resources.project(workspace, ADMIN, DocumentRef("邢台市侨联", 2020), "没有的项目")
    finally:
        workspace.close()


def test_a_look_up_opens_no_transaction_on_postgresql(db_url: str) -> None:
    workspace = _workspace(db_url)
    try:
        with workspace.lookup() as session:
            connection = session.connection()
            assert connection.scalar(select(literal(1))) == 1
            autocommit = getattr(connection.connection.dbapi_connection, "autocommit", None)
        if workspace.engine.dialect.name == "postgresql":
            assert autocommit is True
        with workspace.session() as session:  # the next unit of work has its transaction
            connection = session.connection()
            if workspace.engine.dialect.name == "postgresql":
                assert connection.connection.dbapi_connection.autocommit is False  # type: ignore[union-attr]
    finally:
        workspace.close()
