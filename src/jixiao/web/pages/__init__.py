"""The web pages: server-rendered Chinese pages (Jinja2, htmx, ECharts) beside the REST API.

One module per page type, each with a ``router``; they make the same application calls as
the API (``jixiao.app`` / ``Workspace`` with the signed-in actor) and never touch the store.
:func:`install` adds them to the application made by :func:`jixiao.web.app.create_app`:
the static files (our stylesheet and script, the vendored htmx and ECharts), the security
headers on every response, and pages for errors.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator

from fastapi import APIRouter, FastAPI
from fastapi.staticfiles import StaticFiles

from jixiao.web.pages import errors
from jixiao.web.pages.csp import SecurityHeadersMiddleware

PAGE_MODULES = (
    "auth",
    "home",
    "documents",
    "portal",
    "imports",
    "editor",
    "editor_forms",
    "workflow",
    "monitoring",
    "selfeval",
    "rounds",
    "region",
)


def routers() -> Iterator[APIRouter]:
    for name in PAGE_MODULES:
        router = importlib.import_module(f"{__name__}.{name}").router
        assert isinstance(router, APIRouter)
        yield router


def install(app: FastAPI) -> None:
    app.mount("/static", StaticFiles(packages=[("jixiao.web", "static")]), name="static")
    for router in routers():
        app.include_router(router)
    errors.install(app)
    app.add_middleware(SecurityHeadersMiddleware)
