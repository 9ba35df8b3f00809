"""What a monitoring or self-evaluation row states besides its target: the actual (1-N月 or
全年), the projection, the likelihood, the deviation, the score, as an IndicatorResult."""

from __future__ import annotations

from dataclasses import dataclass

from jixiao.domain.model import IndicatorResult
from jixiao.domain.target import Operator, TargetKind, TargetSyntaxError, parse_target
from jixiao.ingest.general.words import only_causes, read_causes, read_level, read_likelihood
from jixiao.ingest.genres.forms.columns import ColumnKind
from jixiao.ingest.genres.forms.head import Collected
from jixiao.ingest.genres.forms.placed import PlacedRow, set_number
from jixiao.ingest.genres.forms.sheet import Cell
from jixiao.ingest.genres.forms.trace import Tracer


@dataclass(frozen=True)
class ResultOptions:
    """The month a form's figures run to: 12 for a self-evaluation, N for a 1-N月 monitoring
    form, None when the form does not say."""

    as_of_month: int | None


def _actual(trace: Tracer, collected: Collected, cell: Cell, path: str) -> None:
    """The actual as written, and as a number when it is one (``652次``, ``86%``)."""
    collected.set("actual_text", cell.text, trace.provenance([cell]))
    trace.check_confidence(f"{path}.actual_text", cell)
    try:
        read = parse_target(cell.text)
    except TargetSyntaxError:
        read = None
    quantity = read is not None and read.kind is TargetKind.QUANTITATIVE
    if quantity and read and read.operator in (None, Operator.EQ) and read.value is not None:
        collected.set("actual", read.value, trace.provenance([cell]))
        if read.unit:
            collected.set("actual_unit", read.unit, trace.provenance([cell]))
    if level := read_level(cell.text):
        collected.set("level", level, trace.provenance([cell]))


def _deviation(trace: Tracer, collected: Collected, work: PlacedRow, path: str) -> None:
    cause = work.cell(ColumnKind.CAUSE)
    if cause is not None and (causes := read_causes(cause.text)):
        collected.set("deviation_causes", causes, trace.provenance([cause]))
    explanation = work.cell(ColumnKind.DEVIATION)
    if explanation is None and cause is not None and not only_causes(cause.text):
        explanation = cause  # the cause column holds the explanation too
    if explanation is not None:
        where = f"{path}.deviation_explanation"
        collected.set("deviation_explanation", *trace.text_value(where, [explanation]))
    if rectification := work.cell(ColumnKind.RECTIFICATION):
        where = f"{path}.rectification"
        collected.set("rectification", *trace.text_value(where, [rectification]))


def read_result(
    trace: Tracer, work: PlacedRow, options: ResultOptions, path: str
) -> IndicatorResult | None:
    """The row's result, or None when it states none of it."""
    collected = Collected()
    if actual := work.cell(ColumnKind.ACTUAL):
        _actual(trace, collected, actual, path)
    if projected := work.cell(ColumnKind.PROJECTED):
        collected.set("projected_text", projected.text, trace.provenance([projected]))
    if (cell := work.cell(ColumnKind.LIKELIHOOD)) and (likelihood := read_likelihood(cell.text)):
        collected.set("likelihood", likelihood, trace.provenance([cell]))
    _deviation(trace, collected, work, path)
    set_number(trace, collected, work, ColumnKind.SCORE, "score", path)
    set_number(trace, collected, work, ColumnKind.COEFFICIENT, "score_coefficient", path)
    if not collected.values:
        return None
    if options.as_of_month is not None:
        collected.values["as_of_month"] = options.as_of_month
    return IndicatorResult.model_validate(collected.data())
