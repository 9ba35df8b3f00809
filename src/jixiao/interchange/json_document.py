"""Load and save the canonical JSON document of a department-year.

Validation errors are turned into Chinese messages that name the file and the JSON path of
each bad field (``projects[0].indicators[3].target``), so a user can find and fix them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from jixiao.domain.model import PerformanceDocument
from jixiao.errors import JixiaoError

# A canonical document of a department is small (hundreds of KB); refuse obvious mistakes.
MAX_DOCUMENT_BYTES = 50 * 1024 * 1024


class DocumentFileError(JixiaoError):
    """A canonical JSON document that cannot be read or does not validate."""


def document_schema() -> dict[str, Any]:
    """The JSON Schema of the canonical document (what ``jixiao schema`` prints)."""
    schema = PerformanceDocument.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "jixiao 部门预算绩效文档 (PerformanceDocument)"
    return schema


def dump_document(document: PerformanceDocument) -> str:
    """The canonical text: UTF-8 JSON, Chinese kept readable, 2-space indent, final newline."""
    # A document parsed without its full key (no year, department or project name) holds
    # None there: written as null, without pydantic's warning about the type.
    data = document.model_dump(mode="json", warnings=False)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def save_document_file(document: PerformanceDocument, path: Path) -> None:
    path.write_text(dump_document(document), encoding="utf-8")


def parse_document_json(text: str, source: str = "<输入>") -> PerformanceDocument:
    """Validate JSON text as a document; errors name ``source`` and each bad field."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise DocumentFileError(
            f"{source}:第{error.lineno}行第{error.colno}列:不是有效的 JSON({error.msg})"
        ) from error
    try:
        return PerformanceDocument.model_validate(data)
    except ValidationError as error:
        raise DocumentFileError(_describe_validation(source, error)) from error


def load_document_file(path: Path) -> PerformanceDocument:
    """Read a canonical JSON document from ``path``."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise DocumentFileError(f"{path}:无法读取文件({error.strerror})") from error
    if size > MAX_DOCUMENT_BYTES:
        raise DocumentFileError(f"{path}:文件过大({size} 字节),不是一份部门绩效文档")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise DocumentFileError(f"{path}:不是 UTF-8 编码的 JSON 文本") from error
    return parse_document_json(text, source=str(path))


def _describe_validation(source: str, error: ValidationError) -> str:
    lines = [f"{source}:文档校验未通过,共 {error.error_count()} 处错误:"]
    lines.extend(f"  {_path(detail)}:{_reason(detail)}" for detail in error.errors())
    return "\n".join(lines)


def _path(detail: ErrorDetails) -> str:
    text = ""
    for part in detail["loc"]:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(文档)"


_REASONS = {
    "missing": "缺少必填字段",
    "extra_forbidden": "未知字段(请检查拼写)",
    "string_too_short": "不能为空",
    "int_parsing": "应为整数",
    "decimal_parsing": "应为数值",
    "greater_than_equal": "数值过小",
    "less_than_equal": "数值过大",
    "enum": "取值不在允许范围内",
    "literal_error": "取值不在允许范围内",
}


def _reason(detail: ErrorDetails) -> str:
    base = _REASONS.get(detail["type"])
    if detail["type"] == "value_error":
        # Our own validators (the target grammar) already speak Chinese.
        return str(detail.get("ctx", {}).get("error", detail["msg"]))
    if base is None:
        return detail["msg"]
    return f"{base}(实际值:{detail.get('input')!r})" if detail["type"] != "missing" else base
