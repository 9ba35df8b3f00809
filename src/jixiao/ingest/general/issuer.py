"""The unit a document is about where no field names it: published reports and web pages
name it before the title's year (``某县城市管理局2023年部门预算项目绩效目标表``), on a line
of its own above or below the title (a 公文's issuing unit), or in the signature at the end
(the unit's name, then the date)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import Final

from jixiao.ingest.cells import squashed

# The name of a public body: words, then what kind of body it is.
_BODY: Final = (
    r"[\u4e00-\u9fff()]{2,28}?"
    r"(?:局|委员会|人民政府|办公室|中心|研究院|医院|院|所|站|馆|处|学校|中学|小学|幼儿园|厅|委|办|"
    r"联合会|协会|总工会|法院|检察院|大队|支队|公司)"
)
_BODY_RE: Final = re.compile(_BODY)
# before a title's year: 某局2023年…, 某局关于2023年…
_TITLE_LEAD_RE: Final = re.compile(rf"(?P<unit>{_BODY})(?:关于)?(?:19|20)\d{{2}}年")
_DATE_RE: Final = re.compile(
    r"(?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日)?|(?:19|20)\d{2}-\d{1,2}-\d{1,2}"
)
# a Markdown heading's marks before its words (``# 某局2026年…``, ``## 某局``): no part of them
_HEADING_MARK_RE: Final = re.compile(r"^#{1,6}(?=[^#\s])")
_HEAD_LINES: Final = 4  # the issuing unit stands among a document's first lines
_TAIL_LINES: Final = 4
# words that make a line a heading or a sentence, not a unit's name alone
_NOT_ALONE_RE: Final = re.compile(r"[:,。;、]|关于|报告|情况|绩效|目标|预算|项目|网站|门户")


def issuing_unit(lines: Sequence[str]) -> str | None:
    """The unit the document names outside its fields, or None."""
    texts = [_HEADING_MARK_RE.sub("", squashed(line)) for line in lines if line.strip()]
    for text in texts[:_HEAD_LINES]:
        if (match := _TITLE_LEAD_RE.match(text)) is not None:
            return match["unit"]
    for text in texts[:_HEAD_LINES]:
        if _alone(text):
            return text
    tail = texts[-_TAIL_LINES:]
    for text, after in itertools.pairwise(tail):
        if _alone(text) and _DATE_RE.fullmatch(after):
            return text
    return None


def _alone(text: str) -> bool:
    return _BODY_RE.fullmatch(text) is not None and _NOT_ALONE_RE.search(text) is None
