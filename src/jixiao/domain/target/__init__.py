"""The target grammar (指标值): what a target string such as ``≥95%`` or ``良好及以上`` means.

A target is read into a :class:`Target`: an operator with an exact value and a unit, a
qualitative standard, or a period. Text that cannot be read raises :class:`TargetSyntaxError`
quoting the text: nothing is guessed silently.

How the published documents are read (each choice is what a finance reviewer reads):

* Operators as symbols (``≥ > = < ≤``, full-width, ``>=``/``<=``, ``≧``/``≦``) or words
  (``不低于`` ≥, ``超过`` >, ``等于`` =, ``低于`` <, ``不高于`` ≤ …). ``达到``/``达`` read as ≥:
  "达到95%" sets a level to reach, not an exact value. ``控制在`` reads as ≤. Suffixes
  ``以上``/``及以上`` (≥) and ``以下``/``以内``/``内`` (≤) count as the operator too.
* A value with no operator (``10辆``, ``220``) is a *bare value*: ``operator`` is None and its
  direction comes from the indicator (:func:`infer_direction` reads it as positive).
* A sentence may lead with the indicator's name: ``职工出勤率不低于95%`` reads as ``≥95%``.
* Scanned-table OCR damage that cannot mislead is repaired: ``≪`` and ``€`` for ≤, ``↑`` for 个,
  spaces inside a number (``88. 29``, ``9 5%``). The repair of ``2`` read for ``≥`` (``25 项`` for
  ``≥5 项``) needs another source to confirm it, so it is only proposed by
  :func:`ocr_ge_candidates`; ``parse_target("25 项")`` is 25 项.
* A negated event (``不发生安全事故``, ``无安全责任事故``, ``零投诉``) is read as the quantitative
  ``≤0 次``: the same documents state the same indicator as ``安全事故发生次数 ≤0``; read this
  way it is a reverse (lower is better) indicator, an actual such as ``0``, ``1次`` or
  ``未发生安全事故`` can be checked against it, and the prose and table forms mean the same.
  The event's name stays in ``text`` (and in the indicator's name).
* Grades (``优``, ``良好``, ``合格`` …) and other standards (``按时完成``, ``有效提升``) are
  qualitative; ``及以上``/``以上`` sets ``or_better``. The standard keeps the document's phrase.
* Periods: ``2023.07-2024.01``, ``2023年7月-2024年1月``, ``2023年12月底前`` (a deadline: start
  None), ``6月底前`` (no year: ``--06``, ISO 8601's month without a year). Bounds are
  ``YYYY-MM`` or ``YYYY-MM-DD``.

The package follows the grammar's own sections: :mod:`.model` (the types), :mod:`.lexicon`
(vocabulary and normalisation), :mod:`.grammar` (quantities and the reading API),
:mod:`.periods`, :mod:`.standards`, :mod:`.format` (writing) and :mod:`.meeting` (direction,
meeting a target, achievement). Import the public names from here.
"""

from jixiao.domain.target.format import format_target
from jixiao.domain.target.grammar import ocr_ge_candidates, parse_target, parse_target_parts
from jixiao.domain.target.lexicon import CYCLE_DAY_DUE, CYCLE_DUE, DEADLINE_VERBS
from jixiao.domain.target.meeting import achievement_ratio, infer_direction, meets
from jixiao.domain.target.model import Direction, Operator, Target, TargetKind, TargetSyntaxError
from jixiao.domain.target.standards import (
    RELATIVE_STANDARD_RE,
    RETURN_PERIOD_RE,
    is_as_needed_phrase,
    is_frequency_phrase,
    is_time_limit_phrase,
)

__all__ = [
    "CYCLE_DAY_DUE",
    "CYCLE_DUE",
    "DEADLINE_VERBS",
    "RELATIVE_STANDARD_RE",
    "RETURN_PERIOD_RE",
    "Direction",
    "Operator",
    "Target",
    "TargetKind",
    "TargetSyntaxError",
    "achievement_ratio",
    "format_target",
    "infer_direction",
    "is_as_needed_phrase",
    "is_frequency_phrase",
    "is_time_limit_phrase",
    "meets",
    "ocr_ge_candidates",
    "parse_target",
    "parse_target_parts",
]
