"""The server's read models on both databases: the catalogue of regions and departments, the
region tree, a project read alone, the listing with workflow states (``jixiao.app.catalog``,
``jixiao.app.resources``; the HTTP side is tests/web)."""

from __future__ import annotations

import json
from pathlib import Path

from jixiao.app import catalog, resources
from jixiao.app.resources import DocumentFilter, DocumentRef
from jixiao.domain.access import Actor, Role, system_actor
from jixiao.domain.model import PerformanceDocument
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
