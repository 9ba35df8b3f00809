"""A level's label written before an indicator's name and a colon (issue 11).

Forms with no 二级 column, prose lists and cards write the row's 二级 (or 一级) label as a
prefix of the name: ``数量:服务乡镇数``, ``社会效益指标:带动就业人数``, ``满意度:农户满意度``,
``产出指标:数量指标:…``. The colon bounds the label, so even a short spelling (数量, 时效)
is read as the label there, where glued to the name without a colon it would be a word of
it (数量 opens many names). The prefix is the row's label, not a part of its name.

Prose reports also bound the label with a dash (``质量指标——验收合格率``, ``成本指标－…``).
A long dash bounds any label as the colon does; a short one (``-``, ``－``) only a label
spelled whole, ending 指标, since names join words with it (``成本-效益比``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from jixiao.domain.framework import Category, Subcategory
from jixiao.ingest.cells import category_label, subcategory_label
from jixiao.ingest.general.kinds import Kind, kind_of

# a label of the genre is at most 社会公众或服务对象满意度指标 (14 glyphs); a colon after it
_PREFIX_RE: Final = re.compile(
    r"\s*(?P<label>[\u4e00-\u9fff]{2,14})\s*(?:[:：]|—{1,2}|[-－]{1,2})\s*"
)
_BOUNDS: Final = (":", "：", "—", "-", "－")


@dataclass(frozen=True)
class LabelPrefix:
    """The labels a name's prefix states, the prefix as printed, and the name after it."""

    category: Category | None
    subcategory: Subcategory | None
    label: str  # the last label (the 二级 when both are written), as printed
    upper: str | None  # a 一级 label written before a 二级 one
    name: str


def split_label_prefix(text: str) -> LabelPrefix | None:
    """The 一级/二级 labels that open ``text`` each with its colon, and the name after them;
    None when no label opens it or no name follows (``数量:`` alone, ``其中:财政拨款``)."""
    if not any(bound in text for bound in _BOUNDS):
        return None  # most names: no colon or dash, no pattern tried
    category: Category | None = None
    subcategory: Subcategory | None = None
    upper: str | None = None
    label: str | None = None
    rest = text
    while subcategory is None and (match := _PREFIX_RE.match(rest)) is not None:
        head = match["label"]
        if _short_dash_after_short_label(match):
            break
        found_sub = subcategory_label(head, category)
        found_category = category_label(head) if found_sub is None else None
        if found_sub is None and (found_category is None or category is not None):
            break
        if found_sub is not None:
            subcategory, category = found_sub, category or found_sub.category
        else:
            category, upper = found_category, head
        label, rest = head, rest[match.end() :]
    if label is None or kind_of(rest) is not Kind.NAME or _is_label(rest):
        return None
    return LabelPrefix(category, subcategory, label, upper if subcategory else None, rest)


def _is_label(text: str) -> bool:
    return category_label(text) is not None or subcategory_label(text) is not None


def _short_dash_after_short_label(match: re.Match[str]) -> bool:
    """A hyphen after a short spelling (``成本-效益比``): a word of the name, not a label."""
    dash = match[0].strip()[len(match["label"]) :].strip()
    return dash[:1] in "-－" and not match["label"].endswith("指标")
