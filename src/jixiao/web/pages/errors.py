"""Errors on pages: the same mapping as the API's problem documents, shown as a page.

A request under /api keeps its RFC 9457 answer; a page gets an HTML page with the same
status and the same Chinese detail (the API's handler decides both, so the two never
disagree about what a denied read reveals).
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse, Response

from jixiao.domain.access import ANONYMOUS
from jixiao.web.pages.session import BadCsrf, SignInRequired
from jixiao.web.pages.templating import render

Handler = Callable[[Request, Exception], Awaitable[Response]]

API_PREFIX = "/api/"


def install(app: FastAPI) -> None:
    """Wrap the API's handlers so that pages answer in HTML; add the pages' own signals."""
    for exc_class, handler in list(app.exception_handlers.items()):
        app.add_exception_handler(exc_class, _for_pages(handler))
    app.add_exception_handler(SignInRequired, _sign_in)
    app.add_exception_handler(BadCsrf, _bad_csrf)


def _for_pages(api_handler: Any) -> Handler:
    async def handle(request: Request, exc: Exception) -> Response:
        response: Response = await api_handler(request, exc)
        if request.url.path.startswith(API_PREFIX) or request.url.path.startswith("/static/"):
            return response
        problem = json.loads(bytes(response.body))
        return _error_page(request, response.status_code, problem)

    return handle


def _error_page(request: Request, status: int, problem: dict[str, Any]) -> Response:
    page = render(
        request,
        "error.html",
        ANONYMOUS,
        status_code=status,
        title=problem.get("title", "出错了"),
        problem=problem,
    )
    return page


async def _sign_in(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, SignInRequired)
    target = str(request.url_for("sign_in").path) + "?next=" + quote(exc.next_path)
    return RedirectResponse(target, status_code=303)


async def _bad_csrf(request: Request, exc: Exception) -> Response:
    detail = "表单已过期或来源不明(缺少 CSRF 令牌),请刷新页面后重试。"
    return _error_page(request, 403, {"title": "无权执行此操作", "status": 403, "detail": detail})
