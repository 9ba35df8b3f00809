"""The registry of output formats: a format's name → its renderer module and function.

Each renderer lives in `jixiao.report.<name>` as `render_<name>(forms)`; it is imported only
when asked for (WeasyPrint and XlsxWriter are slow to import), so a new format plugs in by
adding its module and a row here.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import cast

from jixiao.errors import JixiaoError
from jixiao.report.layout import Form


@dataclass(frozen=True)
class Format:
    name: str
    suffix: str
    binary: bool  # html is text (str), the others bytes


FORMATS: dict[str, Format] = {
    "xlsx": Format("xlsx", ".xlsx", True),
    "pdf": Format("pdf", ".pdf", True),
    "docx": Format("docx", ".docx", True),
    "html": Format("html", ".html", False),
}


def render(name: str, forms: Sequence[Form]) -> bytes:
    """The forms rendered in format `name`, as the bytes of the file (html as UTF-8)."""
    fmt = FORMATS.get(name)
    if fmt is None:
        known = "、".join(FORMATS)
        raise JixiaoError(f"未知的输出格式“{name}”:可用 {known}")
    try:
        module = importlib.import_module(f"jixiao.report.{name}")
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("jixiao.report"):
            raise JixiaoError(f"输出格式“{name}”尚不可用(缺少模块 jixiao.report.{name})") from exc
        raise
    renderer = cast(Callable[[Sequence[Form]], bytes | str], getattr(module, f"render_{name}"))
    out = renderer(forms)
    return out.encode("utf-8") if isinstance(out, str) else out
