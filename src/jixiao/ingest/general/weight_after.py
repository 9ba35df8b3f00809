"""A row run together under a header that orders its 权重 (分值) and target.

A PDF viewer that drops the spaces between cells runs a row's name, target and 权重 into one
text (``参训人员月均收入增加≥300元5``, ``资金拨付时限验收合格后15日内10``, ``群众就医负担逐步
减轻8``). When the header, run together too, orders the columns name, target, 权重, the
row's last whole number (at most 100, after a word or a unit) is the 权重; what is left is the
name and its target, cut where the target begins: after a deadline's name (时限, 时间, 期限)
its deadline, a target's sign or figure (``≥300元``), or a standard of words ending the row
(``持续扩大``). A row whose end is no 权重 (``≥95``+``10`` run into ``≥9510``) is read as
before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Final

from jixiao.ingest.general.glued import split_glued_row
from jixiao.ingest.general.kinds import PERIOD_RE, Kind, kind_of, with_change_base
from jixiao.ingest.general.prose import name_period
from jixiao.ingest.general.vocabulary import Role
from jixiao.ingest.name_target import split_name_target

# the header's columns after the name that this reads: the target, then the 权重
WEIGHT_AFTER_TARGET: Final = (Role.TARGET, Role.WEIGHT)
_WEIGHT_RE: Final = re.compile(r"(?P<rest>.*[^\d.])(?P<weight>[1-9]\d{0,2}(?:\.\d)?)")
_MAX_WEIGHT: Final = Decimal(100)
_MIN_NAME: Final = 2
_STANDARD_SIZES: Final = range(6, 1, -1)
# a deadline's name, then the deadline: a date (2025年6月底前) or a time after an event
# (验收合格后15日内, 资金到位后3个月内)
_DEADLINE_NAME_RE: Final = re.compile(r"(?P<name>.+?(?:时限|时间|期限))(?P<target>.+)")


def deadline_after_name(text: str) -> list[str] | None:
    """``慰问金发放时间春节前完成``: a deadline's name (时限, 时间, 期限), then the deadline (a
    date, a time after an event, or a time limit in words)."""
    match = _DEADLINE_NAME_RE.fullmatch(text)
    if match is None or len(match["name"]) < _MIN_NAME:
        return None
    target = match["target"]
    if PERIOD_RE.fullmatch(target) or kind_of(target) is Kind.PERIOD:
        return [match["name"], target]
    return None


def _standard_at_end(text: str) -> list[str] | None:
    """``技能人才队伍规模持续扩大``: the longest standard of words the row ends with."""
    for size in _STANDARD_SIZES:
        name, standard = text[:-size], text[-size:]
        if len(name) < _MIN_NAME or kind_of(name) is not Kind.NAME:
            continue
        if kind_of(standard) is Kind.QUALITATIVE:
            return list(with_change_base(name, standard))
    return None


def _name_and_target(text: str) -> list[str] | None:
    if (deadline := deadline_after_name(text)) is not None:
        return deadline
    read = split_name_target(text) or name_period(text)
    if read is not None and len(read[0]) >= _MIN_NAME:
        return [read[0], read[1]]
    return _standard_at_end(text)


def cut_weight_after(rest: str, after: Sequence[Role]) -> list[str] | None:
    """The row's name, target and 权重 when the header's columns after the name are the
    target and the 权重 and the row ends with one; None where it is not read so. Under a
    header that puts the 分值 first (name, 分值, target, actual, 得分: a 绩效评价 score table),
    the row's figures after its name are read by each column's grammar, all of them or none."""
    if after and after[0] is Role.WEIGHT and Role.TARGET in after:
        return _weight_first(rest, after)
    if tuple(after) != WEIGHT_AFTER_TARGET:
        return None
    match = _WEIGHT_RE.fullmatch(rest)
    if match is None or Decimal(match["weight"]) > _MAX_WEIGHT:
        return None
    cut = _name_and_target(match["rest"])
    return [*cut, match["weight"]] if cut is not None else None


def _weight_first(rest: str, after: Sequence[Role]) -> list[str] | None:
    """``城市特困人员救助人数7大于等于1480人1480人7``: name, 分值, target, actual, 得分."""
    pieces = split_glued_row(rest, after)
    if pieces is None or len(pieces) != len(after) + 1 or kind_of(pieces[0]) is not Kind.NAME:
        return None
    return pieces
