"""Reading an indicator row's targets: one cell or split 指标性质 | 指标值 | 度量单位 columns,
the OCR damage the grammar undid, and a name cell that holds its own target."""

from __future__ import annotations

import re
from typing import Final

from jixiao.domain.model import Repair
from jixiao.domain.placeholders import placeholder_of
from jixiao.domain.target import (
    Target,
    TargetKind,
    TargetSyntaxError,
    ocr_ge_candidates,
    parse_target,
    parse_target_parts,
)
from jixiao.ingest.cells import clean_target_text, placeholder_reason, squash
from jixiao.ingest.general.words import OPERATOR_OCR
from jixiao.ingest.genres.forms.columns import ColumnKind
from jixiao.ingest.genres.forms.placed import PlacedRow
from jixiao.ingest.genres.forms.sheet import Cell
from jixiao.ingest.genres.forms.trace import Tracer
from jixiao.ingest.report import ItemKind

_SPLIT_NUMBER_RE: Final = re.compile(r"[0-9] +[0-9.]|[0-9] *\. +[0-9]")
# A name written into the value of its own target (``年度预算220万元``): the words before it.
_NAME_BEFORE_TARGET_RE: Final = re.compile(
    r"^(?P<name>.+?)(?:不低于|不少于|不高于|不超过|达到|大于|小于|为)?(?=[≥≤<>=0-9])"
)


def _target_repairs(trace: Tracer, cell: Cell, target: Target, path: str) -> list[Repair]:
    """The OCR damage the target grammar undid silently, reported: symbols (≪ for ≤) and
    spaces inside a number (``88. 29``); from an OCR source, a ``2`` that may be ``≥``."""
    _text, symbols = clean_target_text(cell.text)
    reasons = [reason for _original, _value, reason in symbols]
    if _SPLIT_NUMBER_RE.search(cell.text):
        reasons.append("去掉数字中识别出的空格")
    repairs = [trace.repaired(path, cell, target.canonical, reason) for reason in reasons]
    if trace.is_ocr and (candidate := ocr_ge_candidates(cell.text)) is not None:
        trace.add(
            ItemKind.UNCERTAIN,
            f"“{cell.text}”可能是“{candidate.canonical}”(≥ 被识别为 2),请核对",
            path,
            [cell],
            cell.text,
            candidate.canonical,
        )
    return repairs


def read_target(
    trace: Tracer, work: PlacedRow, kind: ColumnKind, path: str
) -> tuple[Target, list[Cell], list[Repair]] | None:
    """The target in column ``kind`` (with the 指标性质 and 度量单位 columns when the form
    splits them), or None; an unreadable one is reported and left empty."""
    value = work.cell(kind)
    if value is None:
        return None
    operator = work.cell(ColumnKind.OPERATOR) if kind is ColumnKind.TARGET else None
    unit = work.cell(ColumnKind.UNIT) if kind is ColumnKind.TARGET else None
    split = [cell for cell in (operator, value, unit) if cell is not None]
    if placeholder_of(value.text) is not None:
        # an unfilled target (``*``, ``/``, ``XX``): the row reader keeps the placeholder
        trace.add(ItemKind.MISSING, placeholder_reason(value.text.strip()), path, [value])
        return None
    repairs: list[Repair] = []
    op_text = operator.text.strip() if operator else None
    if operator is not None and op_text in OPERATOR_OCR:
        op_text = OPERATOR_OCR[op_text]
        reason = f"OCR 将“{op_text}”识别为“{operator.text.strip()}”"
        repairs.append(trace.repaired(path, operator, op_text, reason))
    split_form = operator is not None or unit is not None
    try:
        try:
            target = _parsed(split_form, op_text, value.text, unit)
        except TargetSyntaxError:
            # OCR damage the grammar cannot undo (a look-alike unit, ≤O): read as repaired,
            # which _target_repairs reports
            cleaned = clean_target_text(value.text)[0]
            if cleaned == value.text:
                raise
            target = _parsed(split_form, op_text, cleaned, unit)
    except TargetSyntaxError as error:
        text = "".join(cell.text for cell in split)
        trace.add(ItemKind.UNREADABLE, f"{error.reason},已留空", path, split, text)
        return None
    trace.check_confidence(path, value)
    return target, split, repairs + _target_repairs(trace, value, target, path)


def _parsed(split_form: bool, operator: str | None, value: str, unit: Cell | None) -> Target:
    if not split_form:
        return parse_target(value)
    return parse_target_parts(operator, value, unit.text if unit else None)


def target_from_name(trace: Tracer, name: Cell, path: str) -> tuple[str, Target] | None:
    """A name cell that holds its own target (``年度预算220万元``) when the row has none: the
    words before the number are the name (reported as uncertain)."""
    match = _NAME_BEFORE_TARGET_RE.match(squash(name.text))
    if match is None:
        return None
    try:
        target = parse_target(name.text)
    except TargetSyntaxError:
        return None
    if target.kind is not TargetKind.QUANTITATIVE:
        return None
    trace.add(
        ItemKind.UNCERTAIN,
        "指标名称与指标值写在同一单元格,已把数值前的文字作为名称",
        path,
        [name],
        name.text,
        f"{match['name']} | {target.canonical}",
    )
    return match["name"], target
