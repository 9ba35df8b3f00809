"""Errors as RFC 9457 problem details: one JSON shape, a Chinese ``detail``, the field's place.

``{"type", "title", "status", "detail", "instance", "errors": [{"loc": [...], "msg": "…"}]}``
with ``Content-Type: application/problem+json``. The application's errors map by class
(issue 13's contract): a denied read is 404 like a missing thing (it reveals nothing), a
denied write 403, a stale version 409 with what changed, a workflow step not allowed 409,
a refused input 422. An unexpected error is logged and answered without its internals.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from jixiao.errors import (
    AccessDenied,
    AuthenticationError,
    JixiaoError,
    NotFound,
    StaleVersion,
    StoreError,
    TooManyAttempts,
    WorkflowError,
)
from jixiao.web.security import SAFE_METHODS

PROBLEM_JSON = "application/problem+json"
log = logging.getLogger("jixiao.web")

TITLES: dict[int, str] = {
    400: "请求有误",
    401: "未登录或凭据无效",
    403: "无权执行此操作",
    404: "未找到",
    405: "不支持的请求方法",
    406: "无法提供所要求的格式",
    409: "与当前状态冲突",
    413: "请求内容过大",
    415: "不支持的内容类型",
    422: "输入不合规",
    429: "请求过于频繁",
    500: "服务器内部错误",
    503: "服务暂不可用",
}

# Chinese messages for pydantic's error types (the rest keep pydantic's English words).
VALIDATION_MESSAGES: dict[str, str] = {
    "missing": "缺少必填项",
    "extra_forbidden": "不允许的字段",
    "string_type": "应为字符串",
    "string_too_short": "内容过短",
    "string_too_long": "内容过长",
    "string_pattern_mismatch": "格式不符合要求",
    "int_type": "应为整数",
    "int_parsing": "应为整数",
    "int_from_float": "应为整数",
    "float_type": "应为数字",
    "float_parsing": "应为数字",
    "decimal_parsing": "应为数字",
    "decimal_type": "应为数字",
    "bool_type": "应为 true 或 false",
    "bool_parsing": "应为 true 或 false",
    "date_type": "应为日期(YYYY-MM-DD)",
    "date_parsing": "应为日期(YYYY-MM-DD)",
    "date_from_datetime_parsing": "应为日期(YYYY-MM-DD)",
    "datetime_parsing": "应为日期时间",
    "enum": "不是允许的取值",
    "literal_error": "不是允许的取值",
    "list_type": "应为列表",
    "dict_type": "应为对象",
    "model_type": "应为对象",
    "model_attributes_type": "应为对象",
    "json_invalid": "不是合法的 JSON",
    "greater_than": "数值过小",
    "greater_than_equal": "数值过小",
    "less_than": "数值过大",
    "less_than_equal": "数值过大",
    "too_short": "项数过少",
    "too_long": "项数过多",
    "value_error": "取值不合规",
    "uuid_parsing": "应为 UUID",
}


def problem(
    status: int,
    detail: str,
    request: Request,
    *,
    kind: str | None = None,
    errors: Sequence[dict[str, Any]] = (),
    headers: dict[str, str] | None = None,
    **extra: Any,
) -> JSONResponse:
    """A problem document; ``kind`` names the problem type (``urn:jixiao:problem:<kind>``)."""
    body: dict[str, Any] = {
        "type": f"urn:jixiao:problem:{kind}" if kind else "about:blank",
        "title": TITLES.get(status) or HTTPStatus(status).phrase,
        "status": status,
        "detail": detail,
        "instance": request.url.path,
        "errors": list(errors),
        **extra,
    }
    return JSONResponse(body, status_code=status, media_type=PROBLEM_JSON, headers=headers)


def _validation_message(error: dict[str, Any]) -> str:
    chinese = VALIDATION_MESSAGES.get(str(error.get("type", "")))
    original = str(error.get("msg", ""))
    if chinese is None:
        return f"取值不合规:{original}"
    context = error.get("ctx") or {}
    if "expected" in context:
        return f"{chinese}(可选:{context['expected']})"
    return chinese


def _place(loc: Sequence[Any]) -> str:
    names = {"body": "请求体", "query": "查询参数", "path": "路径参数", "header": "请求头"}
    parts = [names.get(str(part), str(part)) if i == 0 else str(part) for i, part in enumerate(loc)]
    return ".".join(parts)


async def _validation(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = [
        {"loc": list(error.get("loc", ())), "msg": _validation_message(error)}
        for error in exc.errors()
    ]
    first = errors[0] if errors else {"loc": [], "msg": "输入不合规"}
    detail = f"{_place(first['loc'])}:{first['msg']}"
    if len(errors) > 1:
        detail += f"(另有 {len(errors) - 1} 处问题)"
    return problem(422, detail, request, kind="validation", errors=errors)


async def _http(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    detail = exc.detail if isinstance(exc.detail, str) and exc.detail else None
    if detail is None or detail == HTTPStatus(exc.status_code).phrase:
        detail = TITLES.get(exc.status_code) or HTTPStatus(exc.status_code).phrase
    return problem(exc.status_code, detail, request, headers=getattr(exc, "headers", None))


def _status_of(exc: JixiaoError, request: Request) -> tuple[int, str]:
    if isinstance(exc, AccessDenied):
        # A denied read answers like a missing thing: no data, nothing about its existence.
        if request.method in SAFE_METHODS:
            return 404, "not-found"
        return 403, "access-denied"
    if isinstance(exc, NotFound):
        return 404, "not-found"
    if isinstance(exc, StaleVersion):
        return 409, "stale-version"
    if isinstance(exc, WorkflowError):
        return 409, "workflow"
    if isinstance(exc, AuthenticationError):
        return 401, "authentication"
    if isinstance(exc, TooManyAttempts):
        return 429, "too-many-attempts"
    if isinstance(exc, StoreError):
        return 503, "store"
    return 422, "invalid-input"


async def _jixiao(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, JixiaoError)
    status, kind = _status_of(exc, request)
    extra: dict[str, Any] = {}
    headers: dict[str, str] = {}
    detail = exc.message
    if status == 404 and isinstance(exc, AccessDenied):
        detail = "未找到所请求的内容,或无权查看"
    if isinstance(exc, StaleVersion):
        extra = {"expected": exc.expected, "current": exc.current, "changes": exc.changes}
    if isinstance(exc, TooManyAttempts):
        headers["Retry-After"] = str(exc.retry_after)
    if isinstance(exc, AuthenticationError):
        headers["WWW-Authenticate"] = "Bearer"
    errors = [{"loc": list(loc), "msg": exc.message}] if (loc := _loc(exc)) else []
    return problem(status, detail, request, kind=kind, errors=errors, headers=headers, **extra)


def _loc(exc: JixiaoError) -> tuple[Any, ...] | None:
    """The field an application error names, when it carries one (``loc`` attribute)."""
    loc = getattr(exc, "loc", None)
    return tuple(loc) if isinstance(loc, list | tuple) and loc else None


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("未处理的异常:%s %s", request.method, request.url.path, exc_info=exc)
    return problem(
        500,
        "服务器处理请求时出错,已记录日志;请稍后重试,或联系系统管理员。",
        request,
        kind="internal",
    )


def install(app: FastAPI) -> None:
    """Register the handlers: every error of the API leaves as a problem document."""
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(StarletteHTTPException, _http)
    app.add_exception_handler(JixiaoError, _jixiao)
    app.add_exception_handler(Exception, _unexpected)
