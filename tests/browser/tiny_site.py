"""A tiny site for the browser smoke test: one page, one script, the security headers.

Run as ``python -m browser.tiny_site PORT`` from tests/``.
"""

from __future__ import annotations

import sys

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse
from starlette.routing import Route

from jixiao.web.pages.csp import SecurityHeadersMiddleware

PAGE = """<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>冒烟测试</title>
<script src="/external.js"></script>
<script>document.title = "inline ran";</script>
</head><body><h1>预算绩效管理</h1>
<button id="b" onclick="document.title='handler ran'">按钮</button>
<iframe id="f" src="/frame"></iframe></body></html>"""

SCRIPT = (
    'document.addEventListener("DOMContentLoaded", () => {'
    ' document.body.dataset.external = "ran"; });'
)


async def page(request: Request) -> HTMLResponse:
    return HTMLResponse(PAGE)


async def script(request: Request) -> PlainTextResponse:
    return PlainTextResponse(SCRIPT, media_type="text/javascript")


async def frame(request: Request) -> HTMLResponse:
    return HTMLResponse("<p>framed</p>")


app = Starlette(routes=[Route("/", page), Route("/external.js", script), Route("/frame", frame)])
app.add_middleware(SecurityHeadersMiddleware)

if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
