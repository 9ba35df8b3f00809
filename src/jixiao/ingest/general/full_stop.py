"""A row run together whose 指标解释 is a sentence: its full stop ends the explanation.

A 指标解释 column is often written as a sentence (``反映项目实施的实际完成情况。``,
``考核城市特困人员救助人数是否达到预期目标。``); a table run together on one line glues the
row's name before it and its target after it. The sentence's own words may look like a
target (``是否达到预期目标``: 达到 opens a target elsewhere), so the row is cut first at the
first full stop a target follows: the name with its explanation before it (the table parts
them), the row's figures after it. A later full stop may end a reason written after the
values (``…受疫情影响。``).
"""

from __future__ import annotations

import re
from typing import Final

from jixiao.ingest.general.kinds import (
    OPERATOR_CHARS,
    WORDED_OPERATORS,
    Kind,
    kind_of,
    period_at,
)

_FULL_STOP: Final = "。"
_NAME_AND_SENTENCE: Final = frozenset({Kind.NAME, Kind.SENTENCE})
_MIN_HEAD: Final = 8  # a name (2) and a sentence of its own (反映…情况。)
_WORDED_OPERATOR_RE: Final = re.compile(rf"(?:{WORDED_OPERATORS})\d")


def explanation_then_values(rest: str) -> tuple[str, str] | None:
    """(the name with its explanation up to its full stop, what follows it), where what
    follows opens with a target's figure, operator or deadline; None otherwise (a standard
    after the full stop is the table's to part: it may be the target and actual glued).
    The first such full stop ends the explanation: one later in the row ends a reason
    written after the values (``…受疫情影响。``)."""
    stop = rest.find(_FULL_STOP)
    while stop != -1 and stop < len(rest) - 1:
        head, tail = rest[: stop + 1], rest[stop + 1 :]
        if stop >= _MIN_HEAD and opens_with_value(tail):
            return (head, tail) if kind_of(head) in _NAME_AND_SENTENCE else None
        stop = rest.find(_FULL_STOP, stop + 1)
    return None


def opens_with_value(tail: str) -> bool:
    """Whether the text starts with a target: a figure, an operator (a sign or its words)
    or a deadline."""
    if tail[:1].isdigit() or tail[:1] in OPERATOR_CHARS or _WORDED_OPERATOR_RE.match(tail):
        return True
    return period_at(tail) > 0
