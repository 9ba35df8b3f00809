"""How well a cell's content fits each indicator column, for :func:`columns.align`.

Scores are in tenths. A closed vocabulary (likelihood, yes/no, 指标性质, a unit) fits its own
column far better than anything else; a target fits 指标值 better than a history or an
adjusted column; an actual value rarely starts with a comparison (``≥``), an adjusted target
does; prose fits the text columns. None means the cell cannot stand in the column.
"""

from __future__ import annotations

import re
from typing import Final

from jixiao.domain.target import TargetSyntaxError, parse_target
from jixiao.domain.units import canonical_unit
from jixiao.ingest.cells import read_number, squash
from jixiao.ingest.general.words import (
    is_basis_name,
    is_operator_cell,
    read_causes,
    read_likelihood,
    read_yes_no,
)
from jixiao.ingest.genres.forms.columns import ColumnKind
from jixiao.ingest.genres.forms.sections import is_placeholder

_PROSE_LENGTH: Final = 30
_MAX_COEFFICIENT: Final = 1.5
_TEXT_COLUMNS: Final = frozenset(
    {
        ColumnKind.DEFINITION,
        ColumnKind.DEVIATION,
        ColumnKind.RECTIFICATION,
        ColumnKind.REMARK,
    }
)


def is_prose(text: str) -> bool:
    """A sentence rather than a cell value: long, or with sentence punctuation (a comma not
    between digit groups)."""
    compact = squash(text)
    return len(compact) > _PROSE_LENGTH or bool(re.search(r"[。;]|,(?![0-9]{3})", compact))


def _reads_as_target(text: str) -> bool:
    try:
        parse_target(text)
    except TargetSyntaxError:
        return False
    return True


def _starts_with_comparison(text: str) -> bool:
    return bool(re.match(r"[≥≤<>=≧≦≪€]|不低于|不少于|不高于|不超过|大于|小于", squash(text)))


def _target_fit(kind: ColumnKind, text: str) -> int:
    if not _reads_as_target(text):
        return 2 if kind is ColumnKind.TARGET else 1
    if is_prose(text):
        return 5 if kind is ColumnKind.TARGET else 3
    if kind is ColumnKind.TARGET:
        return 30
    if kind is ColumnKind.ADJUSTED_TARGET:
        return 25 if _starts_with_comparison(text) else 10
    return 15  # history


def _number_fit(kind: ColumnKind, text: str) -> int | None:
    number = read_number(text)
    if number is None or number.unit == "%":
        return None
    if kind is ColumnKind.COEFFICIENT:
        return 30 if number.value <= _MAX_COEFFICIENT else None
    return 20


def fit(kind: ColumnKind, text: str) -> int | None:
    """How well ``text`` fits an indicator column of ``kind``."""
    if kind in (ColumnKind.TARGET, ColumnKind.ADJUSTED_TARGET, ColumnKind.HISTORY):
        return _target_fit(kind, text)
    if kind in (ColumnKind.WEIGHT, ColumnKind.SCORE, ColumnKind.COEFFICIENT):
        return 5 if is_placeholder(text) else _number_fit(kind, text)
    if kind is ColumnKind.OPERATOR:
        return 50 if is_operator_cell(text) else None
    if kind is ColumnKind.UNIT:
        return 40 if canonical_unit(squash(text)) else (2 if is_placeholder(text) else None)
    if kind is ColumnKind.LIKELIHOOD:
        return 60 if read_likelihood(text) else None
    if kind is ColumnKind.CORE:
        return 60 if read_yes_no(text) is not None else None
    if kind is ColumnKind.BASIS:
        return 40 if is_basis_name(text) else (1 if read_number(text) else 10)
    if kind is ColumnKind.CAUSE:
        return 40 if read_causes(text) else 8
    if kind in (ColumnKind.ACTUAL, ColumnKind.PROJECTED):
        base = 15 if kind is ColumnKind.ACTUAL else 12
        return 3 if _starts_with_comparison(text) else base
    if kind in _TEXT_COLUMNS:
        return 2 if read_number(text) else 10
    return None  # label and name columns take no values
