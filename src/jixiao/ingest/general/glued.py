"""A name with the row's numbers glued to it: ``新建防渗渠道长度10≥26.6公里26.8公里10``.

Text extracted from a ``.docx`` by a document-sharing site runs some cells of a row together
with no mark between them: the name, then its 分值, target, actual and 得分 as the header
orders them. :func:`unglue` cuts such a cell back into its cells by the grammar of each
column: a 分值 is a whole number of at most 100, a target a number with an operator or a
unit, an actual a number in the target's unit, a 得分 a number no greater than the 分值;
no number starts with a needless 0. The whole tail must be read so, else the cell is left
as it is; a name's own digits (``20户以上自然村``) stay in the name.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING, Final

from jixiao.domain.units import unit_spellings
from jixiao.ingest.general.kinds import PERIOD_RE, Kind, is_scoring_rule, kind_of
from jixiao.ingest.general.vocabulary import Role

if TYPE_CHECKING:  # the stream cuts rows by this module's grammar too
    from jixiao.ingest.general.stream import Cell

_NUMERIC_ROLES: Final = frozenset({Role.WEIGHT, Role.TARGET, Role.ACTUAL, Role.SCORE})
_MAX_WEIGHT: Final = Decimal(100)
_NUMBER_RE: Final = re.compile(r"(?:0|[1-9]\d*)(?:\.\d+)?")
# a target's operator: a sign, or its words (不少于1200人, 大于等于1480人, 达到95%)
_OPERATOR_RE: Final = re.compile(
    r">=|<=|[≥≤=><≧≦]|不少于|不低于|不高于|不超过|不大于|不小于|大于等于|小于等于|达到|大于|小于"
)
# a bound written after a target's unit: 95%(含)以上, 51.2万亩以上, a limit's 48小时内
_BOUND_RE: Final = re.compile(r"(?:\(含\))?(?:以上|以下|以?内)")
_NAME_END_RE: Final = re.compile(r"[\u4e00-\u9fff)]")
_MIN_NAME: Final = 2
# a template numbers its rows 指标1, 指标2 (目标1 …): the word and its digit are no name and
# target, though the name's first glyph reads as a unit (指标2项目…, 指标1户籍…)
_NUMBERING_WORDS: Final = frozenset({"指标", "目标"})
# a text column right after the figures (偏差原因分析及改进措施), glued to the last of them
_TEXT_ROLES: Final = frozenset({Role.REASON, Role.CAUSE, Role.RECTIFICATION, Role.REMARK})
_CJK_START_RE: Final = re.compile(r"[\u4e00-\u9fff]")
_GLUED_KINDS: Final = frozenset({Kind.NAME, Kind.SENTENCE})  # a glued reason makes a sentence
_PERIOD: Final = "期"  # the unit a deadline's actual shares with it: a date
_PERIOD_MAX: Final = 16


@functools.lru_cache(maxsize=1)
def _unit_re() -> re.Pattern[str]:
    units = "|".join(
        re.escape(unit) for unit in sorted(unit_spellings(), key=len, reverse=True) if unit
    )
    simple = rf"(?:[万亿]?(?:{units}))"
    return re.compile(rf"{simple}(?:/{simple})?")


def _numbers(text: str) -> list[tuple[str, str]]:
    """Every way a number may start ``text``: (number, rest), longest first."""
    match = re.match(r"\d+(?:\.\d+)?", text)
    if match is None:
        return []
    found: list[tuple[str, str]] = []
    for end in range(match.end(), 0, -1):
        number = text[:end]
        if _NUMBER_RE.fullmatch(number) and not number.endswith("."):
            found.append((number, text[end:]))
    return found


def _quantities(text: str, operator: bool) -> list[tuple[str, str, str]]:
    """Every way a quantity may start ``text``: (quantity, unit, rest)."""
    lead = ""
    if operator and (op := _OPERATOR_RE.match(text)) is not None:
        lead, text = op.group(0), text[op.end() :]
    found: list[tuple[str, str, str]] = []
    for number, rest in _numbers(text):
        units = [u.group(0) for u in [_unit_re().match(rest)] if u is not None]
        for unit in [*units, ""]:
            after = rest[len(unit) :]
            if operator and unit and (bound := _BOUND_RE.match(after)) is not None:
                found.append((lead + number + unit + bound.group(0), unit, after[bound.end() :]))
            found.append((lead + number + unit, unit, after))
    return found


def _read_tail(
    tail: str, roles: Sequence[Role], weight: Decimal | None, unit: str | None
) -> list[str] | None:
    """The tail cut into one cell per role in order, or None where it cannot be."""
    if not tail:
        return []
    if not roles:
        return None
    role, later = roles[0], roles[1:]
    if role in _TEXT_ROLES:  # 偏差原因 after the figures: the words left, to the end
        return [tail] if _CJK_START_RE.match(tail) else None
    if role in (Role.WEIGHT, Role.SCORE):
        # a 分值 glued before its target is the shortest that lets the row read (8 and 95%,
        # not 89 and 5%: a target's figure has its digits, a 分值 seldom more than one or two)
        numbers = _numbers(tail)
        for number, rest in reversed(numbers) if role is Role.WEIGHT else numbers:
            value = Decimal(number)
            if role is Role.WEIGHT and (value > _MAX_WEIGHT or "." in number):
                continue
            if role is Role.SCORE and weight is not None and value > weight:
                continue
            read = _read_tail(rest, later, value if role is Role.WEIGHT else weight, unit)
            if read is not None:
                return [number, *read]
        return None
    for end in range(min(len(tail), _PERIOD_MAX), 0, -1):
        # a deadline and the date it was met (2022年6月底前6月25日)
        if PERIOD_RE.fullmatch(tail[:end]) and (unit is None or unit == _PERIOD):
            read = _read_tail(tail[end:], later, weight, _PERIOD)
            if read is not None:
                return [tail[:end], *read]
    for text, its_unit, rest in _quantities(tail, operator=role is Role.TARGET):
        if role is Role.TARGET and not its_unit and text[:1].isdigit():
            continue  # a bare number glued to its name is no target to trust
        if role is Role.ACTUAL and unit and its_unit != unit:
            continue
        read = _read_tail(rest, later, weight, its_unit if role is Role.TARGET else unit)
        if read is not None:
            return [text, *read]
    return None


def split_glued_row(text: str, roles: Sequence[Role], least: int = 2) -> list[str] | None:
    """``name`` then the cells of ``roles`` glued to it, cut apart; None where the text is
    not such a cell (at least ``least`` of the row's numbers must follow the name)."""
    for at in range(_MIN_NAME, len(text)):
        if not _NAME_END_RE.fullmatch(text[at - 1]) or not (
            text[at].isdigit() or _OPERATOR_RE.match(text, at)
        ):
            continue
        if text[:at] in _NUMBERING_WORDS:
            continue  # 指标2项目验收率: the row's number, its name's first glyph no unit
        read = _read_tail(text[at:], roles, None, None)
        if read is not None and len(read) >= least:
            return [text[:at], *read]
    return _standard_then_actual(text, roles)


_STANDARD_LENGTHS: Final = range(6, 1, -1)
_ACTUAL_IN_WORDS_RE: Final = re.compile(
    r"[\u4e00-\u9fff]{0,4}(?:0|[1-9]\d*)(?:\.\d+)?(?:%|‰|[\u4e00-\u9fff]{1,3})?"
)


def _standard_then_actual(text: str, roles: Sequence[Role]) -> list[str] | None:
    """``化肥使用强度逐年下降下降4.3%``: a name, a standard for its target and the actual in
    words and a figure (or the standard again, met as written), the row's last cells glued."""
    if list(roles[:2]) != [Role.TARGET, Role.ACTUAL]:
        return None
    for at in range(_MIN_NAME, len(text)):
        for size in _STANDARD_LENGTHS:
            standard, actual = text[at : at + size], text[at + size :]
            if len(standard) < size:
                continue
            # the actual's test first: cheap, where judging each slice's kind is not
            reads_actual = actual == standard or (
                _ACTUAL_IN_WORDS_RE.fullmatch(actual) is not None
                and any(c.isdigit() for c in actual)
            )
            if reads_actual and kind_of(standard) is Kind.QUALITATIVE:
                return [text[:at], standard, actual]
    return None


def _right_of_name(cell: Cell, before: list[Cell]) -> bool:
    """``示范区玉米单产 | 亩均增加40公斤``: in a line whose cells keep their places, a cell
    right of its row's name is a value's (a target in words and figures), no name with the
    row's values glued to it."""
    return cell.column > 0 and any(
        other.row == cell.row and 0 <= other.column < cell.column and other.kind is Kind.NAME
        for other in before[-cell.column :]
    )


def _tail_roles(roles: Sequence[Role]) -> list[Role]:
    """The numeric columns right after the name's, in the header's order."""
    if Role.NAME not in roles:
        return []
    after: list[Role] = []
    for role in roles[roles.index(Role.NAME) + 1 :]:
        if role not in _NUMERIC_ROLES:
            if role in _TEXT_ROLES and after:
                after.append(role)
            break
        after.append(role)
    return after


_YES_NO: Final = frozenset({"是", "否"})


def _values_follow(cells: Sequence[Cell], index: int, count: int) -> bool:
    """Whether the name ``cells[index]`` is followed on its line by a 分值 and a yes or no
    target (``亩均投资不高于1050元`` ``8`` ``是``): the row's cells are all there, so the
    figures in the name are its own words (a limit the yes answers), not its row's."""
    following = cells[index + 1 : index + 1 + count]
    if len(following) < 2 or any(cell.line != cells[index].line for cell in following):
        return False
    weight, target = following[0].text.strip(), following[1].text.strip()
    return target in _YES_NO and _NUMBER_RE.fullmatch(weight) is not None


_POINTS: Final = frozenset({Role.WEIGHT, Role.SCORE})
_POINTS_RE: Final = re.compile(r"100|[1-9]?\d(?:\.\d{1,2})?")
_VALUE_KINDS: Final = frozenset({Kind.NUMBER, Kind.QUANTITY})
_LABELS: Final = frozenset({Kind.CATEGORY, Kind.SUBCATEGORY})


def _points_follow(cells: Sequence[Cell], index: int, after: Sequence[Role]) -> bool:
    """Whether the name ``cells[index]`` is followed on its line by the row's 分值 and 得分
    as cells of their own, and no further figure (``…处理率100%`` ``5`` ``5``): a template's
    name cell holding its target while its 实际完成值 is left blank, so what is glued to the
    name can only be the columns before the points. The cell must open its row (after its
    labels at most): one right of the row's name (``下降18%`` after ``较上年下降``) is a value."""
    count = sum(1 for role in after if role in _POINTS)
    line = cells[index].line
    if index > 0 and cells[index - 1].line == line and cells[index - 1].kind not in _LABELS:
        return False
    following = [cell for cell in cells[index + 1 : index + 2 + count] if cell.line == line]
    points = following[:count]
    if count == 0 or len(points) < count:
        return False
    if any(_POINTS_RE.fullmatch(cell.text.strip()) is None for cell in points):
        return False
    figures = [Decimal(cell.text.strip()) for cell in points]
    if count == 2 and figures[1] > figures[0]:  # a 得分 is no greater than its 分值
        return False
    return len(following) == count or following[count].kind not in _VALUE_KINDS


def unglue(cells: Sequence[Cell], roles: Sequence[Role]) -> list[Cell]:
    """The cells with each name that has its row's numbers glued to it cut apart."""
    after = _tail_roles(roles)
    if Role.TARGET not in after:
        return list(cells)
    out: list[Cell] = []
    for index, cell in enumerate(cells):
        # a 评分标准's rule (…得满分;完成80%以上…) holds figures of its own, no row's
        gluable = cell.kind in _GLUED_KINDS and not is_scoring_rule(cell.text)
        gluable = gluable and not _right_of_name(cell, out)
        gluable = gluable and not _values_follow(cells, index, len(after))
        glued, least = after, 2
        if gluable and _points_follow(cells, index, after):
            glued = after[: next(at for at, role in enumerate(after) if role in _POINTS)]
            least = 1
        pieces = split_glued_row(cell.text, glued, least) if gluable else None
        if cell.kind is Kind.SENTENCE and pieces is not None and len(pieces) != 1 + len(after):
            pieces = None  # a long name is cut only where a reason made it long: all read
        if pieces is None:
            out.append(cell)
            continue
        out += [replace(cell, text=piece, glued=True) for piece in pieces]
    return out
