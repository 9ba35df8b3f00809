"""指标值解析: how a target text is read (as ``jixiao target --json``)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from jixiao.app.views import target_json
from jixiao.domain.target import TargetSyntaxError, parse_target
from jixiao.web.api.fields import FieldError
from jixiao.web.api.schemas.targets import ParsedTarget, TargetText
from jixiao.web.deps import Access, access

router = APIRouter(tags=["指标值"])


@router.post(
    "/targets/parse",
    summary="解析指标值文本",
    response_model=ParsedTarget,
    openapi_extra=access(Access.PUBLIC),
)
def parse(body: TargetText) -> Any:
    """显示一个指标值文本(如 ≥95%、不高于1.1万元、良好及以上)如何被解析。"""
    try:
        parsed = parse_target(body.text)
    except TargetSyntaxError as error:
        raise FieldError(("body", "text"), str(error)) from None
    return target_json(parsed)
