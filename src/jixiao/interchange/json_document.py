"""Load and save the canonical JSON document of a department-year.

Validation errors are turned into Chinese messages that name the file and the JSON path of
each bad field (``projects[0].indicators[3].target``), so a user can find and fix them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from jixiao import limits
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
    """Validate JSON text as a document; errors name ``source`` and each bad field.

    Bounded before any work: nesting (``JIXIAO_MAX_JSON_DEPTH``) is measured in one pass
    over the text, and a number longer than ``JIXIAO_MAX_NUMBER_DIGITS`` digits is refused
    while parsing, so hostile text neither recurses the parser nor converts huge integers.
    """
    bounds = limits.current()
    _check_depth(text, source, bounds.max_json_depth)

    def number(kind: str) -> Callable[[str], object]:
        def parse(literal: str) -> object:
            if len(literal) > bounds.max_number_digits:
                raise _NumberTooLong(literal)
            return int(literal) if kind == "int" else Decimal(literal)

        return parse

    try:
        data = json.loads(
            text,
            parse_int=number("int"),
            parse_float=number("float"),
            parse_constant=_no_constant,
        )
    except json.JSONDecodeError as error:
        raise DocumentFileError(
            f"{source}:第{error.lineno}行第{error.colno}列:不是有效的 JSON({error.msg})"
        ) from error
    except _NumberTooLong as error:
        raise DocumentFileError(
            f"{source}:数值“{error.literal[:20]}…”有 {len(error.literal)} 位,"
            f"超过上限 {bounds.max_number_digits} 位(JIXIAO_MAX_NUMBER_DIGITS)"
        ) from None
    except RecursionError:  # pragma: no cover - the depth check comes first
        raise DocumentFileError(f"{source}:JSON 嵌套过深") from None
    try:
        document = PerformanceDocument.model_validate(data)
    except ValidationError as error:
        raise DocumentFileError(_describe_validation(source, error)) from error
    _check_unique_projects(document, source)
    return document


class _NumberTooLong(ValueError):
    def __init__(self, literal: str) -> None:
        super().__init__(literal)
        self.literal = literal


def _no_constant(name: str) -> object:
    raise json.JSONDecodeError(f"不允许 {name}", name, 0)


_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_BRACKETS = re.compile(r"[\[\]{}]")


def _check_depth(text: str, source: str, limit: int) -> None:
    """Refuse nesting deeper than ``limit`` (strings skipped), in time linear in the text."""
    depth = 0
    for match in _BRACKETS.finditer(_STRING.sub("", text)):
        if match.group() in "[{":
            depth += 1
            if depth > limit:
                raise DocumentFileError(
                    f"{source}:JSON 嵌套超过 {limit} 层(JIXIAO_MAX_JSON_DEPTH),不是一份部门绩效文档"
                )
        else:
            depth -= 1


def _check_unique_projects(document: PerformanceDocument, source: str) -> None:
    """A department-year's projects are told apart by name: the same one twice is a mistake
    (its indicators and actuals would be mixed up)."""
    first: dict[str, int] = {}
    for index, project in enumerate(document.projects):
        if project.name in first:
            raise DocumentFileError(
                f"{source}:projects[{index}].name:项目“{project.name[:60]}”与 "
                f"projects[{first[project.name]}] 重复;同一文档中每个项目只能出现一次"
            )
        first[project.name] = index


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


_SHOWN_ERRORS = 20


def _describe_validation(source: str, error: ValidationError) -> str:
    lines = [f"{source}:文档校验未通过,共 {error.error_count()} 处错误:"]
    details = error.errors()
    lines.extend(f"  {_path(detail)}:{_reason(detail)}" for detail in details[:_SHOWN_ERRORS])
    if len(details) > _SHOWN_ERRORS:
        lines.append(f"  ……另有 {len(details) - _SHOWN_ERRORS} 处")
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
    "string_type": "应为文本",
    "int_type": "应为整数",
    "int_from_float": "应为整数",
    "bool_type": "应为 true 或 false",
    "bool_parsing": "应为 true 或 false",
    "decimal_type": "应为数值",
    "decimal_max_digits": "数值位数过多",
    "finite_number": "应为有限数",
    "float_type": "应为数值",
    "float_parsing": "应为数值",
    "dict_type": "应为对象({…})",
    "model_type": "应为对象({…})",
    "model_attributes_type": "应为对象({…})",
    "list_type": "应为列表([…])",
    "date_type": "应为日期(YYYY-MM-DD)",
    "date_parsing": "应为日期(YYYY-MM-DD)",
    "date_from_datetime_parsing": "应为日期(YYYY-MM-DD)",
    "datetime_type": "应为日期时间",
    "datetime_parsing": "应为日期时间",
    "string_too_long": "文本过长",
    "too_long": "项数过多",
    "greater_than": "数值过小",
    "less_than": "数值过大",
    "int_parsing_size": "整数过大",
    "union_tag_invalid": "类型标记不正确",
    "none_required": "应为 null",
}


def _reason(detail: ErrorDetails) -> str:
    base = _REASONS.get(detail["type"])
    if detail["type"] == "value_error":
        # Our own validators (the target grammar) already speak Chinese.
        return str(detail.get("ctx", {}).get("error", detail["msg"]))
    if base is None:
        return detail["msg"]
    shown = repr(detail.get("input"))
    shown = shown if len(shown) <= 80 else shown[:77] + "…"
    return f"{base}(实际值:{shown})" if detail["type"] != "missing" else base
