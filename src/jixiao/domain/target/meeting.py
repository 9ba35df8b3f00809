"""Meeting a target: the direction an indicator's target implies (:func:`infer_direction`),
whether an actual meets it (:func:`meets`) and how far (:func:`achievement_ratio`)."""

from __future__ import annotations

from decimal import Decimal

from jixiao.domain.target.grammar import _read_negated_event, parse_target
from jixiao.domain.target.lexicon import _DOWNWARD, _LADDERS, _SYNONYMS, _normalise
from jixiao.domain.target.model import Direction, Operator, Target, TargetKind, TargetSyntaxError
from jixiao.domain.target.periods import _order_key
from jixiao.domain.units import convert_quantity


def infer_direction(t: Target) -> Direction:
    """正向/反向 as the target states it: ``≤``/``<`` (a limit) and a period (a deadline: earlier
    is fine, later is not) are reverse; ``≥``/``>``/``=``, a bare value and a standard positive.
    A bare zero (``0起``, ``0次``) is the one bare value that is reverse: a count of incidents
    written as zero is a ceiling (nothing may happen), never a floor that anything meets."""
    if t.kind is TargetKind.PERIOD:
        return Direction.REVERSE
    if t.kind is TargetKind.QUANTITATIVE and t.operator in _DOWNWARD:
        return Direction.REVERSE
    if t.kind is TargetKind.QUANTITATIVE and t.operator is None and t.value == 0:
        return Direction.REVERSE
    return Direction.POSITIVE


def _actual_text_quantity(target: Target, actual: str) -> tuple[Decimal, str | None]:
    if _read_negated_event(actual, _normalise(actual)) is not None:
        return Decimal(0), None  # 未发生安全事故: zero occurrences, in whatever unit is counted
    try:
        read = parse_target(actual)
    except TargetSyntaxError as error:
        raise ValueError(f"无法识别实际完成值“{actual}”:{error.reason}") from None
    if read.kind is not TargetKind.QUANTITATIVE or read.value is None:
        raise ValueError(f"实际完成值“{actual}”不是数值,无法与指标值“{target.text}”比较")
    if read.operator not in (None, Operator.EQ):
        raise ValueError(f"实际完成值“{actual}”应是一个数值,不能带比较符号")
    return read.value, read.unit


def _actual_quantity(target: Target, actual: Decimal | str) -> Decimal:
    """The actual value in the target's unit. A value given without a unit is in the target's
    unit, and a target without a unit takes the actual's number as it is."""
    if isinstance(actual, Decimal):
        value, unit = actual, None
    elif isinstance(actual, str):
        value, unit = _actual_text_quantity(target, actual)
    else:
        raise TypeError(f"实际完成值应为 Decimal 或文本,而不是 {type(actual).__name__}")
    if not value.is_finite():
        raise ValueError(f"实际完成值“{actual}”不是有限数")
    if unit is None or target.unit is None:
        return value
    return convert_quantity(value, unit, target.unit)


def _goal(target: Target) -> Decimal:
    if target.kind is not TargetKind.QUANTITATIVE or target.value is None:
        raise ValueError(f"指标值“{target.text}”不是定量指标")
    return target.value


def _compare(operator: Operator, actual: Decimal, goal: Decimal) -> bool:
    return {
        Operator.GE: actual >= goal,
        Operator.GT: actual > goal,
        Operator.EQ: actual == goal,
        Operator.LT: actual < goal,
        Operator.LE: actual <= goal,
    }[operator]


def _rank(level: str) -> tuple[str, int] | None:
    for name, ladder in _LADDERS.items():
        if level in ladder:
            return name, ladder[level]
    return None


def _same_standard(first: str, second: str) -> bool:
    if first == second:
        return True
    return any(first in group and second in group for group in _SYNONYMS)


def _meets_standard(target: Target, actual: Decimal | str) -> bool:
    """A grade is a floor: 优秀 meets 良好 (the same documents write the same indicator as
    ``良好`` in a table and ``良好及以上`` in prose), so ``or_better`` never lowers the bar."""
    if not isinstance(actual, str):
        raise ValueError(f"定性指标“{target.text}”的实际完成值应为文字(如“良好”“按时完成”)")
    standard = target.standard or ""
    phrase = _normalise(actual).removeprefix("已")
    try:
        read = parse_target(phrase)
    except TargetSyntaxError:
        read = None
    if read is not None and read.kind is TargetKind.QUALITATIVE and read.standard:
        phrase = read.standard
    goal_rank, actual_rank = _rank(standard), _rank(phrase)
    if goal_rank and actual_rank and goal_rank[0] == actual_rank[0]:
        return actual_rank[1] >= goal_rank[1]
    return _same_standard(standard, phrase)


def _meets_period(target: Target, actual: Decimal | str) -> bool:
    """A period is met by a completion date no later than its end (or, for ``…起``, not
    before its start)."""
    try:
        read = parse_target(actual) if isinstance(actual, str) else None
    except TargetSyntaxError:
        read = None
    if read is None or read.kind is not TargetKind.PERIOD or not (read.end or read.start):
        raise ValueError(f"时间指标“{target.text}”的实际完成值应为日期(如“2023年12月”)")
    done = read.end or read.start or ""
    if target.end is not None:
        limit, is_end = target.end, True
    else:
        limit, is_end = target.start or "", False
    done_key, limit_key = _order_key(done, True), _order_key(limit, is_end)
    if limit.startswith("--") or done.startswith("--"):  # no year on one side: month and day
        done_key, limit_key = (0, *done_key[1:]), (0, *limit_key[1:])
    return done_key <= limit_key if is_end else done_key >= limit_key


def meets(target: Target, actual: Decimal | str, direction: Direction | None = None) -> bool:
    """Whether ``actual`` meets ``target``.

    Quantitative: the stated operator decides; a bare value is a floor when the direction
    (given, or inferred: positive) is positive and a ceiling when it is reverse. ``actual`` may
    carry a unit (``"1.2万元"`` against ``≤12000元``): money, %/‰ and other power-of-ten units
    convert; units of different kinds raise ValueError. Qualitative: grades compare on their
    ladder (优 > 良好 > 合格/中 > 差) as a floor; other standards must say the same thing.
    Period: a completion date no later than the end.
    """
    if target.kind is TargetKind.QUALITATIVE:
        return _meets_standard(target, actual)
    if target.kind is TargetKind.PERIOD:
        return _meets_period(target, actual)
    goal = _goal(target)
    value = _actual_quantity(target, actual)
    operator = target.operator
    if operator is None:
        way = direction or infer_direction(target)
        operator = Operator.GE if way is Direction.POSITIVE else Operator.LE
    return _compare(operator, value, goal)


def achievement_ratio(
    target: Target, actual: Decimal | str, direction: Direction | None = None
) -> Decimal:
    """完成比例: actual ÷ target for a positive indicator, target ÷ actual for a reverse one.

    Not capped (callers cap). An actual of 0 within a ceiling is fully achieved (1); any actual
    above a ceiling of 0 achieves nothing (0). Where zero or negative numbers leave no meaningful
    ratio, it is all or nothing: 1 when the target is met, else 0. Qualitative targets are scored
    in bands and periods by date, so both raise ValueError.
    """
    if target.kind is TargetKind.QUALITATIVE:
        raise ValueError(f"定性指标“{target.text}”按档次评分,没有完成比例")
    if target.kind is TargetKind.PERIOD:
        raise ValueError(f"时间指标“{target.text}”按是否按期完成评分,没有完成比例")
    goal = _goal(target)
    value = _actual_quantity(target, actual)
    way = direction or infer_direction(target)
    if way is Direction.POSITIVE and goal > 0 and value >= 0:
        return value / goal
    if way is Direction.REVERSE and goal >= 0 and value > 0:
        return goal / value
    if way is Direction.REVERSE and goal >= 0 and value == 0:
        return Decimal(1)
    return Decimal(1) if meets(target, value, way) else Decimal(0)
