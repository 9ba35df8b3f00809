"""Limits on the work one input may cause, and how long writers wait: settings with defaults.

Every limit is checked before the work it bounds (a file's size before it is read, a sheet's
used range before its cells, a page's pixels before it is rendered, a zip member's
decompressed size before it is inflated), and a refused input gets a Chinese message that
names the limit and the setting that raises it (:class:`jixiao.errors.LimitError`).

Each setting is an environment variable read at the time of the check, so a bureau with
bigger documents raises one limit without touching the others::

    JIXIAO_MAX_PAGES=2000 jixiao import 年报.pdf

The defaults fit every published document seen so far with a wide margin, and keep one
document's parse under a minute and under 1 GB of memory on a small machine.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields
from decimal import Decimal
from typing import Any, Final

from jixiao.errors import JixiaoError

PREFIX: Final = "JIXIAO_"


@dataclass(frozen=True)
class Limits:
    """The settings (environment variable = ``JIXIAO_`` + the field's name, upper case)."""

    # --- published documents (jixiao parse / import / review) ---------------------------
    max_file_mb: float = 64.0  # a file's size on disk, MB
    max_pages: int = 600  # pages of a PDF
    max_page_pixels: int = 12_000_000  # pixels of one page rendered for OCR (A3 at 250 dpi)
    max_cells: int = (
        2_000_000  # cells of a workbook's used ranges (all sheets), or a Word file's tables
    )
    max_rows: int = 200_000  # rows of one sheet's used range
    max_columns: int = 2_000  # columns of one sheet's used range
    max_unzipped_mb: float = 200.0  # the decompressed size of an .xlsx / .docx
    max_lines: int = 500_000  # lines of a text file (or of all pages' text)
    max_seconds: float = 120.0  # wall-clock budget of reading one document, s
    # --- structured files (JSON documents, actuals tables) -------------------------------
    # (the bounds of the model itself, fixed: a name ≤ 500 characters without control
    # characters, an amount |x| ≤ 10^12 万元 with ≤ 30 digits, see jixiao.domain.model)
    max_json_depth: int = 64  # nesting of a JSON document
    max_number_digits: int = 30  # digits of one number in JSON or a table
    # --- databases ----------------------------------------------------------------------
    sqlite_busy_timeout: float = 60.0  # s a SQLite writer waits for another writer
    write_retries: int = 8  # times a unit of work is run again after a concurrency conflict
    # Threads of one server worker running requests (and so its database connections at
    # most): more only contend for the worker's GIL and open connections PostgreSQL may lack.
    server_threads: int = 10

    @staticmethod
    def variable(name: str) -> str:
        """The environment variable of the field ``name``."""
        return PREFIX + name.upper()


_KINDS: Final[dict[str, type[Any]]] = {"int": int, "float": float, "Decimal": Decimal}


def current() -> Limits:
    """The limits in force: the defaults, each replaced by its environment variable if set."""
    values: dict[str, object] = {}
    for field in fields(Limits):
        raw = os.environ.get(Limits.variable(field.name))
        if raw is None or not raw.strip():
            continue
        kind: type[Any] = _KINDS[str(field.type)]
        try:
            value = kind(raw.strip())
        except (ValueError, ArithmeticError) as exc:
            raise JixiaoError(
                f"环境变量 {Limits.variable(field.name)}={raw!r} 不是有效的数值"
            ) from exc
        if value <= 0:
            raise JixiaoError(f"环境变量 {Limits.variable(field.name)}={raw!r} 必须大于 0")
        values[field.name] = value
    return Limits(**values)  # type: ignore[arg-type]


def describe() -> list[tuple[str, str, str]]:
    """(variable, default, what it bounds) of every setting, for the documentation."""
    return [
        (Limits.variable(field.name), str(field.default), field.name) for field in fields(Limits)
    ]
