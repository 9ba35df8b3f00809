"""Cookie, CSRF and token plumbing of the web entry point (the accounts are ``app.users``).

- The session cookie is HttpOnly and SameSite=Lax; it is Secure when the request came over
  HTTPS, or when ``JIXIAO_TRUSTED_PROXY=1`` and the proxy says so (``X-Forwarded-Proto``).
- A cookie-authenticated unsafe request carries the session's CSRF token in ``X-CSRF-Token``
  (a page reads it from the login answer); a token-authenticated one needs none, since no
  browser sends an ``Authorization`` header on its own.
"""

from __future__ import annotations

import os
import secrets
from datetime import datetime

from fastapi import Request, Response

SESSION_COOKIE = "jixiao_session"
CSRF_HEADER = "X-CSRF-Token"
TRUSTED_PROXY_ENV = "JIXIAO_TRUSTED_PROXY"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})


def behind_trusted_proxy() -> bool:
    return os.environ.get(TRUSTED_PROXY_ENV, "") in ("1", "true", "yes")


def is_https(request: Request) -> bool:
    """Whether the client reached us over HTTPS (directly, or through a trusted proxy)."""
    if request.url.scheme == "https":
        return True
    forwarded = request.headers.get("x-forwarded-proto", "").split(",")[0].strip().lower()
    return behind_trusted_proxy() and forwarded == "https"


def set_session_cookie(
    response: Response, request: Request, session_id: str, expires_at: datetime
) -> None:
    response.set_cookie(
        SESSION_COOKIE,
        session_id,
        expires=expires_at,
        path="/",
        httponly=True,
        samesite="lax",
        secure=is_https(request),
    )


def clear_session_cookie(response: Response, request: Request) -> None:
    response.delete_cookie(
        SESSION_COOKIE, path="/", httponly=True, samesite="lax", secure=is_https(request)
    )


def bearer_token(request: Request) -> str | None:
    """The token of an ``Authorization: Bearer`` header, if any."""
    header = request.headers.get("authorization")
    if not header:
        return None
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""


def csrf_matches(expected: str, given: str | None) -> bool:
    return given is not None and secrets.compare_digest(expected.encode(), given.encode())


def client_address(request: Request) -> str:
    """The client's address for the login limit (uvicorn's --proxy-headers sets it right)."""
    return request.client.host if request.client else "unknown"
