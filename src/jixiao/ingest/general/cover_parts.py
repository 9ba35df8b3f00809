"""The cover of a document made of parts: ``某局编制 某市财政局审核`` names the department that
compiled it and the finance bureau that reviewed it; the bureau's name starts with its region
(``邢台市财政局`` → ``邢台市``), the department's region when its name starts so too."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from jixiao.domain.model import Department, FinanceBureau, Region
from jixiao.ingest.cells import squashed
from jixiao.ingest.source import SourceLine

_COMPILED_RE: Final = re.compile(r"(?P<name>[^|:：]{2,40}?)(?:编制|编报)")
_BUREAU_RE: Final = re.compile(r"(?P<bureau>[^|:：]{2,20}?(?:财政局|财政厅|财政部))审核")
_PLACE_RE: Final = re.compile(r"(?P<place>.+?(?:自治区|省|自治州|市|地区|盟|县|区|旗))")


@dataclass(frozen=True)
class Cover:
    department: Department | None = None
    department_line: int | None = None
    bureau: FinanceBureau | None = None


def read_cover(lines: list[SourceLine]) -> Cover:
    for line in lines:
        text = squashed(line.text).strip("#|*")
        compiled = _COMPILED_RE.match(text)
        # the bureau's name starts after the department's 编制
        reviewed = _BUREAU_RE.search(text[compiled.end() :] if compiled else text)
        if compiled is None and reviewed is None:
            continue
        region = _region(reviewed["bureau"]) if reviewed else None
        bureau = FinanceBureau(name=reviewed["bureau"], region=region) if reviewed else None
        department = None
        if compiled is not None:
            name = compiled["name"]
            own = region if region is not None and name.startswith(region.name) else None
            department = Department(name=name, region=own)
        return Cover(department, line.number if department else None, bureau)
    return Cover()


def _region(bureau: str) -> Region | None:
    match = _PLACE_RE.match(bureau)
    return Region(name=match["place"]) if match else None
