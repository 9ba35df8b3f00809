"""Who is looking at a page, and the CSRF check of the pages' forms.

The pages use the API's session (``jixiao.web.deps``: the cookie set at sign-in, one
account store, one CSRF token per session); only the way the token travels differs: an HTML
form posts it in the hidden field ``csrf_token`` (htmx requests send the header, as the API).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.responses import RedirectResponse

from jixiao.domain.access import Role
from jixiao.web import security
from jixiao.web.deps import Credentials, CredentialsDep

CSRF_FIELD = "csrf_token"


class SignInRequired(Exception):
    """The page needs a signed-in user: answered with a redirect to the sign-in page."""

    def __init__(self, next_path: str) -> None:
        self.next_path = next_path


class BadCsrf(Exception):
    """A form posted without the session's CSRF token."""


def signed_in(request: Request, credentials: CredentialsDep) -> Credentials:
    if credentials.actor.role is Role.PUBLIC:
        raise SignInRequired(request.url.path)
    return credentials


SignedInDep = Annotated[Credentials, Depends(signed_in)]


async def form_csrf(request: Request, credentials: CredentialsDep) -> None:
    """An unsafe request from a page carries the token in the form or the htmx header."""
    if request.method in security.SAFE_METHODS or credentials.via != "cookie":
        return
    given = request.headers.get(security.CSRF_HEADER)
    if given is None:
        form = await request.form()
        value = form.get(CSRF_FIELD)
        given = value if isinstance(value, str) else None
    if credentials.csrf_token is None or not security.csrf_matches(credentials.csrf_token, given):
        raise BadCsrf


def redirect(path: str) -> RedirectResponse:
    """After a form post: see the result with a GET (303)."""
    return RedirectResponse(path, status_code=303)
