"""Targets listed in prose: ``1.数量指标:建设里程1.091公里,路面宽度不低于3.5米;`` ….

Monitoring and evaluation reports state their targets as a numbered list of 二级 (or 一级)
labels, each followed by clauses of a name and a target. Each clause is read by the same
name/target split as the prose of the 部门预算绩效文本; a ``吴冲路:`` lead names the part
of the project the clauses after it are about and is not part of the name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from jixiao.domain.framework import Category, Subcategory
from jixiao.domain.target import Target
from jixiao.ingest.cells import category_label, half_width, subcategory_label
from jixiao.ingest.genres.department_performance.prose_indicators import split_name_target
from jixiao.ingest.source import SourceLine

# An item: a number, a 二级 (or 一级) label and a colon, wherever it stands in its line
# (``(一)产出指标。1.数量指标:…;2.质量指标:…``); its body runs to the next item.
_ITEM_RE: Final = re.compile(
    r"(?:\d{1,2}\s*[.、．]|[(]?[一二三四五六七八九十]{1,3}[)、])\s*"
    r"(?P<label>[\u4e00-\u9fff]{2,10}指标)\s*[:]"
)
_CLAUSE_RE: Final = re.compile(r"[,;。]|,(?![0-9]{3})")
_LEAD_RE: Final = re.compile(r"^(?P<lead>[\u4e00-\u9fff]{2,12})[:]")


@dataclass(frozen=True)
class ProseTarget:
    category: Category | None
    subcategory: Subcategory | None
    name: str
    target: Target
    phrase: str
    line: int
    part: str | None  # the lead naming a part of the project (吴冲路)


def read_prose_targets(lines: Sequence[SourceLine]) -> list[ProseTarget]:
    found: list[ProseTarget] = []
    for line in lines:
        text = half_width(line.text)
        items = list(_ITEM_RE.finditer(text))
        for number, match in enumerate(items):
            end = items[number + 1].start() if number + 1 < len(items) else len(text)
            found += _item_targets(match["label"], text[match.end() : end], line.number)
    return found


def _item_targets(label: str, body: str, line: int) -> list[ProseTarget]:
    """The targets of one item's clauses, under the item's label."""
    category = category_label(label)
    subcategory = subcategory_label(label, category) if category is None else None
    if subcategory is not None:
        category = subcategory.category
    if category is None:
        return []
    found: list[ProseTarget] = []
    part: str | None = None
    for clause in _CLAUSE_RE.split(body):
        clause = clause.strip()
        if (lead := _LEAD_RE.match(clause)) is not None:
            part, clause = lead["lead"], clause[lead.end() :].strip()
        read = split_name_target(clause) if clause else None
        if read is None:
            continue
        name, phrase, target = read
        found.append(ProseTarget(category, subcategory, name, target, phrase, line, part))
    return found
