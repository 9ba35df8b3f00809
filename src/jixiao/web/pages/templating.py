"""Rendering a page: the Jinja2 environment (autoescape on), and what every page is given.

Every template gets the actor, the session's CSRF token (hidden in forms, a meta tag for
htmx), the navigation of the actor's role, ``static(path)`` and ``url(name, **params)``.
Autoescaping is on for every template, so indicator names and other text from documents
reach a page as text, never as markup.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from starlette.routing import NoMatchFound

from jixiao.domain.access import Actor, Role

environment = Environment(
    loader=PackageLoader("jixiao.web", "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


@dataclass(frozen=True)
class NavItem:
    label: str
    href: str
    current: bool = False


# (label, route name, roles that see it; empty: everyone)
_NAV: tuple[tuple[str, str, frozenset[Role]], ...] = (
    ("我的待办", "home", frozenset({Role.EDITOR, Role.APPROVER, Role.REVIEWER, Role.ADMIN})),
    ("导入文档", "import_form", frozenset({Role.EDITOR, Role.APPROVER, Role.ADMIN})),
    ("审核队列", "review_queue", frozenset({Role.REVIEWER, Role.ADMIN})),
    ("地区总览", "region_dashboard", frozenset({Role.REVIEWER, Role.ADMIN})),
    ("公开信息", "portal", frozenset()),
)


def navigation(request: Request, actor: Actor) -> list[NavItem]:
    items = []
    for label, name, roles in _NAV:
        if roles and actor.role not in roles:
            continue
        try:
            href = str(request.url_for(name).path)
        except NoMatchFound:  # a page not installed (yet)
            continue
        items.append(NavItem(label, href, request.url.path == href))
    return items


def render(
    request: Request,
    template: str,
    actor: Actor,
    csrf_token: str | None = None,
    *,
    status_code: int = 200,
    **context: Any,
) -> HTMLResponse:
    """The page ``template`` for ``actor``, with ``context``."""

    def url(name: str, **params: Any) -> str:
        return str(request.url_for(name, **{k: str(v) for k, v in params.items()}).path)

    def static(path: str) -> str:
        return str(request.url_for("static", path=path).path)

    page = environment.get_template(template).render(
        request=request,
        actor=actor,
        csrf_token=csrf_token or "",
        nav=navigation(request, actor),
        url=url,
        static=static,
        flash=context.pop("flash", None),
        **context,
    )
    return HTMLResponse(page, status_code=status_code)


def fragment(template: str, **context: Any) -> HTMLResponse:
    """A piece of a page, for htmx to swap in (no layout)."""
    return HTMLResponse(environment.get_template(template).render(**context))
