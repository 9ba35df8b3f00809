"""Forms as PDF: WeasyPrint prints the HTML of `jixiao.report.html` with its print stylesheet.

The PDF is what users stamp and file, so it must carry its Chinese text as text (searchable,
and read back by `jixiao.ingest`): the font is Noto Sans/Serif CJK SC from Debian's
fonts-noto-cjk, found by fontconfig. When WeasyPrint, pango or the font is missing the
renderer refuses with one Chinese line saying what to install, instead of printing boxes.

The work is bounded by the forms alone: the page fetches nothing (only the charts' data URLs
are allowed), so a form can never make the renderer reach the network or the disk.

A merged cell (a 一级/二级 label over many rows) that a page break cuts would leave the rows
of the next page without their label, on paper and for a reader of the text. So the page is
laid out, the first body row of each page found, and where such a row falls inside a merged
cell the cell is cut there and its text repeated; laid out again (at most `MAX_LAYOUTS`
times in all, as the cut can move a later break) until the cuts are where the pages begin.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Sequence
from functools import cache
from typing import Any

from jixiao.errors import JixiaoError
from jixiao.report.html import Breaks, render_html, spanned_cuts
from jixiao.report.layout import Form, Table

FONT_FAMILIES = ("Noto Sans CJK SC", "Noto Serif CJK SC")
MAX_LAYOUTS = 3
_INSTALL = "apt-get install libpango-1.0-0 libpangoft2-1.0-0 fonts-noto-cjk"


class PdfError(JixiaoError):
    """The PDF cannot be made on this machine (a missing library or font)."""


@cache
def _missing_fonts() -> tuple[str, ...]:
    """The CJK families fontconfig does not know (all of them when it is not installed)."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return FONT_FAMILIES
    try:
        listed = subprocess.run(
            [fc_list, ":", "family"], capture_output=True, text=True, timeout=30, check=False
        ).stdout
    except (OSError, subprocess.TimeoutExpired):
        return FONT_FAMILIES
    return tuple(family for family in FONT_FAMILIES if family not in listed)


def _weasyprint() -> Any:
    try:
        import weasyprint
        import weasyprint.urls
    except (ImportError, OSError) as error:  # OSError: pango's shared library is missing
        raise PdfError(
            f"无法生成 PDF:缺少 WeasyPrint 或其依赖的 pango 库({error});"
            f"请安装 weasyprint(pip)和 pango({_INSTALL})"
        ) from error
    return weasyprint


def fetcher() -> Any:
    """WeasyPrint's fetcher allowing the data: URLs of the charts only (no network, no disk)."""
    return _weasyprint().urls.URLFetcher(allowed_protocols=("data",), fail_on_errors=True)


def check_environment() -> None:
    """Raise `PdfError` when WeasyPrint, pango or the CJK fonts are missing."""
    _weasyprint()
    missing = _missing_fonts()
    if missing:
        names = "、".join(missing)
        raise PdfError(f"无法生成 PDF:找不到中文字体 {names}(请安装 fonts-noto-cjk:{_INSTALL})")


def _first_rows(document: Any) -> dict[tuple[int, int], set[int]]:
    """For each table, its body rows that begin a page of the laid-out document."""
    page_of: dict[str, int] = {}
    for number, page in enumerate(document.pages):
        # WeasyPrint exposes a page's box tree only as `_page_box` (its layout API is not public)
        boxes = [page._page_box]
        while boxes:
            box = boxes.pop()
            element = getattr(box, "element", None)
            if getattr(box, "element_tag", None) == "tr" and element is not None:
                ident = element.get("id")
                if ident:
                    page_of.setdefault(ident, number)
            boxes.extend(getattr(box, "children", ()))
    starts: dict[tuple[int, int], set[int]] = {}
    for ident, number in page_of.items():
        _, form, block, row = ident.split("-")
        previous = page_of.get(f"r-{form}-{block}-{int(row) - 1}")
        if previous is not None and previous < number:
            starts.setdefault((int(form), int(block)), set()).add(int(row))
    return starts


def _cuts(forms: Sequence[Form], starts: dict[tuple[int, int], set[int]]) -> Breaks:
    cuts: dict[tuple[int, int], frozenset[int]] = {}
    for (form, block), rows in starts.items():
        table = forms[form].blocks[block]
        if isinstance(table, Table):
            inside = spanned_cuts(table, frozenset(rows))
            if inside:
                cuts[(form, block)] = inside
    return cuts


def render_pdf(forms: Sequence[Form]) -> bytes:
    """The forms as one PDF, each starting on a new A4 page (landscape or portrait)."""
    check_environment()
    weasyprint = _weasyprint()
    fetch = fetcher()
    breaks: Breaks = {}
    for _ in range(MAX_LAYOUTS):
        html = weasyprint.HTML(string=render_html(forms, breaks), url_fetcher=fetch)
        document = html.render()
        found = _cuts(forms, _first_rows(document))
        if found == breaks:
            break
        breaks = found
    pdf: bytes = document.write_pdf()
    return pdf
