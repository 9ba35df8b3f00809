"""Who and when: the title, the department, the fiscal year and the reviewing finance bureau.

The cover states them (``某某部门 2020年部门预算绩效文本``, ``某某部门编制 某市财政局审核``); the
department table repeats the department (``部门名称``, ``填报单位``) and the year (``(2020年度)``),
which serve when the cover is missing. The region of a bureau (``邢台市财政局`` → ``邢台市``) is
the place name its name starts with; a department whose name starts with it is in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

from jixiao.domain.model import Department, FinanceBureau, Region
from jixiao.ingest.cells import join_cjk, squashed
from jixiao.ingest.genres.department_performance.context import (
    Context,
    Fix,
    Located,
    plain,
    text_of,
)
from jixiao.ingest.report import ItemKind
from jixiao.ingest.source import SourceLine

_YEAR_RE: Final = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})\s*年")
_TITLE_WORDS: Final = ("绩效文本", "绩效目标", "预算绩效")
_COMPILED_RE: Final = re.compile(r"(?P<name>\S+?)\s*(?:编制|编报)")
_REVIEWED_RE: Final = re.compile(r"(?P<name>\S*?财政(?:局|厅|部))\s*(?:审核|审定|批复|审批)")
_PLACE_RE: Final = re.compile(r"(?P<place>.+?(?:自治区|省|自治州|市|地区|盟|县|区|旗))")
# Labels in the department table that name the department.
_DEPARTMENT_LABEL_RE: Final = re.compile(
    r"(?:部门名称|单位名称|填报单位|预算单位)(?:[((]盖公?章[))])?[::]?\s*(?P<name>\S.*)"
)
_MAX_NAME: Final = 30  # a department's name on a line of its own is short
_FISCAL_YEAR_RE: Final = re.compile(r"[((]?\s*((?:19|20)[0-9]{2})\s*年度?\s*[))]?")


@dataclass
class Cover:
    title: Located | None = None
    fiscal_year: int | None = None
    year_line: SourceLine | None = None
    department: Located | None = None
    bureau: Located | None = None
    fixes: list[Fix] = field(default_factory=list)

    @property
    def title_line(self) -> SourceLine | None:
        return self.title.line if self.title else None

    def department_model(self) -> Department | None:
        if self.department is None:
            return None
        region = self._region()
        if region is not None and not self.department.text.startswith(region.name):
            region = None
        return Department(name=self.department.text, region=region)

    def bureau_model(self) -> FinanceBureau | None:
        if self.bureau is None:
            return None
        return FinanceBureau(name=self.bureau.text, region=self._region())

    def _region(self) -> Region | None:
        if self.bureau is None:
            return None
        match = _PLACE_RE.match(self.bureau.text)
        return Region(name=match["place"]) if match else None


def read_cover(ctx: Context, lines: list[SourceLine]) -> Cover:
    """Title, year, department and bureau from the cover lines (before any heading)."""
    cover = Cover()
    previous: SourceLine | None = None
    for line in lines:
        text = text_of(line)
        if not text:
            continue
        if cover.title is None and any(word in squashed(text) for word in _TITLE_WORDS):
            taken = _read_title(cover, line, text, previous)
            ctx.take(taken)
        # the 编制 line names the department outright; the title only by its first words
        if (compiled := _COMPILED_RE.search(text)) and (
            cover.department is None or cover.department.line is cover.title_line
        ):
            cover.department = Located(compiled["name"], line)
            ctx.take([line])
        # after the 编制 words: OCR may run "某局编制某市财政局审核" together
        after = compiled.end() if compiled else 0
        if (reviewed := _REVIEWED_RE.search(text, after)) and cover.bureau is None:
            cover.bureau = Located(reviewed["name"], line)
            ctx.take([line])
        previous = line
    return cover


def _read_title(
    cover: Cover, line: SourceLine, text: str, previous: SourceLine | None
) -> list[SourceLine]:
    """Read the title (and the year, and the department it names); returns its lines. A
    title that starts with its year continues a short line above it that names the
    department (``某某局`` / ``2023年部门预算绩效文本``)."""
    title = "".join(text.split())  # a cover's line breaks put spaces in the title; none is meant
    year = _YEAR_RE.search(text)
    before = text[: year.start()].strip() if year else ""
    lines = [line]
    above = text_of(previous) if previous is not None else ""
    if (
        year
        and not before
        and previous
        and above
        and len(above) <= _MAX_NAME
        and not any(ch.isdigit() for ch in above)
    ):
        before, lines = "".join(above.split()), [previous, line]
        title = before + title
        reason = "标题被封面分成两行,合并读取"
        cover.fixes.append(
            Fix("title", ItemKind.REPAIRED, reason, previous, f"{above}\n{text}", title)
        )
    elif title != " ".join(text.split()):
        reason = "删去封面换行产生的空格"
        cover.fixes.append(Fix("title", ItemKind.REPAIRED, reason, line, text, title))
    cover.title = Located(title, lines[0])
    if year:
        cover.fiscal_year, cover.year_line = int(year[1]), line
        if before and cover.department is None:
            cover.department = Located(join_cjk(before)[0], lines[0])
    return lines


def read_department_label(line: SourceLine) -> str | None:
    """``部门名称 | 某某部门`` or ``填报单位(盖公章):某某部门``: the department it names."""
    text = " ".join(cell for cell in line.cells if cell)
    match = _DEPARTMENT_LABEL_RE.match(squashed(text))
    return match["name"] if match else None


def read_fiscal_year_line(line: SourceLine) -> int | None:
    """``(2020年度)``: a line that states nothing but the fiscal year."""
    match = _FISCAL_YEAR_RE.fullmatch(plain(line))
    return int(match[1]) if match else None
