"""Indicators listed one a line as ``名称:指标值`` (``县域就诊率:较上年提高``).

Articles re-published on WeChat or a portal's news page list a target table's indicators as
bullet lines under their 一级 and 二级 headings, each a name, a colon and the target. When a
document has three such lines at least, each is given back as a row of two cells, name and
target, so the table reader reads them as a table without its header. A
line whose label is a field's (主管部门:…, 资金总额:865万元) or a column's header word (a
card, :mod:`.cards`) is none: fields keep their label and value.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from jixiao.ingest.cells import half_width, label_key
from jixiao.ingest.general.kinds import TARGET_KINDS, Kind, kind_of
from jixiao.ingest.general.vocabulary import field_of, header_role
from jixiao.ingest.source import SourceLine

_PAIR_RE: Final = re.compile(r"\s*(?P<name>[^:]{2,30}?)\s*:\s*(?P<target>[^:]{1,30}?)\s*")
_MIN_LINES: Final = 3


def _pair(line: SourceLine) -> tuple[str, str] | None:
    """The name and target of a ``名称:指标值`` line, or None."""
    if len(line.cells) != 1:
        return None
    match = _PAIR_RE.fullmatch(half_width(line.cells[0]))
    if match is None:
        return None
    name, target = match["name"], match["target"]
    key = label_key(name)
    if kind_of(name) is not Kind.NAME or field_of(key) is not None or header_role(key):
        return None
    return (name, target) if kind_of(target) in TARGET_KINDS else None


def listed_as_rows(lines: Sequence[SourceLine]) -> list[SourceLine]:
    """The lines with each ``名称:指标值`` line of a list of them cut into two cells."""
    pairs = {line.number: pair for line in lines if (pair := _pair(line)) is not None}
    if len(pairs) < _MIN_LINES:
        return list(lines)
    return [
        SourceLine(line.number, line.text, pairs[line.number], line.page)
        if line.number in pairs
        else line
        for line in lines
    ]
