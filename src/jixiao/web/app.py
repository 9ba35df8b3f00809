"""The FastAPI application: every route module of ``jixiao.web.api.routes`` under /api/v1.

``create_app`` is uvicorn's factory (``jixiao serve`` runs ``jixiao.web.app:create_app``
with ``--factory``); each worker builds its own app and its own database engine. The
database is the given URL, else ``JIXIAO_DATABASE_URL``, else the default SQLite file; its
schema must be current (``jixiao serve`` upgrades it once, before the workers start).
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager

from anyio import to_thread
from fastapi import APIRouter, Depends, FastAPI

from jixiao import limits
from jixiao.web import pages, problems
from jixiao.web.api import routes
from jixiao.web.deps import csrf_protect
from jixiao.workspace import Workspace

API_PREFIX = "/api/v1"

DESCRIPTION = """\
绩效(jixiao)预算绩效管理系统的 REST API:部门申报绩效目标,财政审核、退回或批复,
年中监控,年末自评与评价,以及用户、角色和审计记录。

- 登录:`POST /api/v1/auth/login` 设置会话 Cookie(HttpOnly,SameSite=Lax),并返回 CSRF 令牌;
  用 Cookie 时,写操作须带 `X-CSRF-Token` 头。脚本可用 API 令牌:`Authorization: Bearer <令牌>`。
- 错误统一为 RFC 9457 问题详情(`application/problem+json`):`type`、`title`、`status`、
  `detail`(中文)、`instance`、`errors`(每项含字段位置 `loc` 与说明 `msg`)。
- 无权查看的内容与不存在的内容一样返回 404,不泄露任何数据;版本已过期的写入返回 409 及其间的变化。
"""


def route_modules() -> Iterator[APIRouter]:
    """The ``router`` of every module in :mod:`jixiao.web.api.routes`, in name order."""
    for info in sorted(pkgutil.iter_modules(routes.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{routes.__name__}.{info.name}")
        router = getattr(module, "router", None)
        if isinstance(router, APIRouter):
            yield router


def create_app(database_url: str | None = None) -> FastAPI:
    workspace = Workspace(database_url)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # The worker's thread pool (FastAPI runs the routes there) is bounded below the
        # engine's pool (5 + 10 overflow): a backlog neither waits on connections nor takes
        # PostgreSQL's last slots across workers (it refused them at 4 workers × 40 threads).
        to_thread.current_default_thread_limiter().total_tokens = limits.current().server_threads
        yield
        workspace.close()

    app = FastAPI(
        title="绩效 jixiao 预算绩效管理 API",
        description=DESCRIPTION,
        version="1",
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=f"{API_PREFIX}/docs",
        redoc_url=f"{API_PREFIX}/redoc",
        lifespan=lifespan,
    )
    app.state.workspace = workspace
    problems.install(app)
    for router in route_modules():
        app.include_router(router, prefix=API_PREFIX, dependencies=[Depends(csrf_protect)])
    pages.install(app)  # the web pages, static files and security headers (issue 14)
    return app
