"""A name wrapped inside its cell in a table copied one cell a line (a web page's ``<td>``
with a line break, a Word table pasted as lines): the name's first words on one line and its
last glyphs on the next, before the row's values (``在校学生人`` / ``数`` / ``≥52000人``).

Read by position, the tail shifts every value of its row one column on; read by names, it
is a second name. Joined back before either reading, the row is whole. A tail is a few words
on a line of their own between a name and a value, which no column of the genre holds there
(a unit, an operator, a label, a standard's basis are other kinds), and with which the name
ends as a name does, or without which it does not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from jixiao.domain.target import TargetKind, TargetSyntaxError, parse_target
from jixiao.ingest.cells import squashed
from jixiao.ingest.general.eval_labels import evaluation_labels, is_evaluation_label
from jixiao.ingest.general.kinds import Kind, ends_as_name
from jixiao.ingest.general.stream import Cell
from jixiao.ingest.general.vocabulary import Role
from jixiao.ingest.general.words import is_basis_name

_TAIL_MAX: Final = 6  # a wrapped name's last words are few (a whole name is longer)
_HEAD_MIN: Final = 3  # a name's first line holds most of it
_SHORT_TAIL: Final = 2
_TWO: Final = 2
_DUTIES: Final = frozenset({Role.DUTY, Role.ACTIVITY})
_EXPLAINED_KINDS: Final = frozenset({Kind.NAME, Kind.SENTENCE})
# a tail's words alone may read as a 二级 label's short form (数量 of 数量指标) or a unit
# (度 of 满意度); what follows them, a value, says they end a name
_TAIL_KINDS: Final = frozenset({Kind.NAME, Kind.SUBCATEGORY})
_UNIT_TAIL_KINDS: Final = _TAIL_KINDS | {Kind.UNIT}
# after a tail comes the row's first value, never a text, a label or a header
_NO_VALUE_KINDS: Final = frozenset(
    {Kind.NAME, Kind.SENTENCE, Kind.EMPTY, Kind.CATEGORY, Kind.SUBCATEGORY, Kind.HEADER}
)


def join_line_tails(body: list[Cell], roles: Sequence[Role]) -> list[Cell]:
    """The cells with each name's wrapped tail joined back to it (one cell a line); the
    cells as they are where no line is a tail. Where the header's column after the name's
    is the unit's, a unit alone on the line after a name is that column's cell; where it is
    an explanation's (指标解释), a text may follow the tail. Where the table's rows stand
    under duties printed once (部门职责, 工作活动), a text before a name may be an activity's
    name: only a glyph or two end a name there."""
    at = roles.index(Role.NAME) if Role.NAME in roles else -1
    next_role = roles[at + 1] if 0 <= at < len(roles) - 1 else None
    longest = _SHORT_TAIL if _DUTIES & set(roles) else _TAIL_MAX
    out: list[Cell] = []
    for index, cell in enumerate(body):
        name = out[-1] if out else None
        after = body[index + 1] if index + 1 < len(body) else None
        if cell.width > 1 or name is None or name.line >= cell.line:
            out.append(cell)  # most cells: not on a line of their own after another's
            continue
        if _numbered_name_tail(out[-2:], cell, after, longest):
            out[-1] = replace(name, text=squashed(name.text) + squashed(cell.text))
            continue
        if (
            after is not None
            and not _in_named_row(out[-3:-1])
            and len(squashed(cell.text)) <= longest
            and _is_tail(name, cell, after, next_role)
        ):
            out[-1] = replace(name, text=squashed(name.text) + squashed(cell.text))
            continue
        if next_role is Role.DEFINITION and _explanation_tail(out[-2:], cell, after):
            out[-1] = replace(out[-1], text=out[-1].text + cell.text)
            continue
        out.append(cell)
    return out


def _numbered_name_tail(before: list[Cell], cell: Cell, after: Cell | None, longest: int) -> bool:
    """`` 指标2  人民调解案件`` / ``受理数 全县各级调解组织受理 ≥800件 …``: in a table whose
    rows open with their number (指标N), a line holding only the number and a name, then a
    line opening with a few words and going on with the row's cells: the name wrapped in its
    cell, its end before the row's other cells (a row of its own would open with its number)."""
    if len(before) < _TWO or after is None or after.line != cell.line:
        return False
    number, name = before
    if number.kind is not Kind.NUMBERING or number.line != name.line:
        return False
    if name.kind is not Kind.NAME or cell.kind not in _TAIL_KINDS:
        return False
    head, end = squashed(name.text), squashed(cell.text)
    if len(end) > longest or len(head) < max(_HEAD_MIN, len(end)) or head.endswith(end):
        return False  # the name's own measure word again (…比例 / 比例): its 指标解释's
    if not ends_as_name(head + end):
        return False
    return end.isalpha() and head[-1].isalpha() and not end.endswith(("指标", "指"))


def _explanation_tail(before: list[Cell], cell: Cell, after: Cell | None) -> bool:
    """``反映法律援助案件数`` / ``情况。`` after a name, before the row's first value: in a
    table whose explanation column follows the name's, the explanation wrapped in its
    cell (a row holds one text between its name and its values)."""
    if len(before) < _TWO or after is None:
        return False
    name, head = before
    if not (name.line < head.line < cell.line < after.line) or not _alone(name, head, cell):
        return False
    if name.kind is not Kind.NAME or is_evaluation_label(squashed(name.text)):
        return False  # a 绩效评价 label (资金管理) over a name and its explanation
    if head.kind not in _EXPLAINED_KINDS or cell.kind not in _EXPLAINED_KINDS:
        return False
    if after.kind in _NO_VALUE_KINDS or head.text.rstrip().endswith(_SENTENCE_ENDS):
        return False
    # the first line opens an explanation (反映…, 考核…), the second opens none of its own
    # and is no formula (a name, then its formula, after the row above's last words)
    first, second = squashed(head.text), squashed(cell.text)
    return (
        _EXPLANATION_START_RE.match(first) is not None
        and _EXPLANATION_START_RE.match(second) is None
        and not any(mark in second for mark in _FORMULA_MARKS)
    )


_SENTENCE_ENDS: Final = ("。", ";", "；")
_EXPLANATION_START_RE: Final = re.compile(r"反映|衡量|是指|考核|用于|计算公式")
_FORMULA_MARKS: Final = ("=", "/", "×", "÷")


def _in_named_row(before: list[Cell]) -> bool:
    """Whether the line before, or the one before a value right before, is a whole name:
    the lines after it are that row's values in words (a standard, then what was done:
    持续运行 / 运行良好; 分值 5, then 每季度首月发放 / 按时发放), not a name's two halves."""
    if before and before[-1].kind in _NO_VALUE_KINDS:
        return _whole_name(before[-1])
    return len(before) == _TWO and _whole_name(before[0])


def _whole_name(cell: Cell) -> bool:
    return cell.kind is Kind.NAME and ends_as_name(squashed(cell.text))


def _is_tail(name: Cell, tail: Cell, after: Cell, next_role: Role | None) -> bool:
    if not (name.line < tail.line < after.line) or not _alone(name, tail, after):
        return False
    kinds = _TAIL_KINDS if next_role is Role.UNIT else _UNIT_TAIL_KINDS
    if name.kind is not Kind.NAME or tail.kind not in kinds:
        return False
    head, end = squashed(name.text), squashed(tail.text)
    if after.kind in _NO_VALUE_KINDS:
        # an explanation after the tail (法律援助案 / 件数 / 反映法律援助案件数情况): a glyph
        # or two, or a name cut inside a word that its last words end as a name does
        explained = next_role is Role.DEFINITION and after.kind in _EXPLAINED_KINDS
        ended = not ends_as_name(head) and ends_as_name(head + end)
        if not explained or not (len(end) <= _SHORT_TAIL or ended):
            return False
    if len(end) > _TAIL_MAX or len(head) < max(_HEAD_MIN, len(end)):
        return False  # a cell's first line is as wide as its column: its rest no longer
    if not end.isalpha() or not head[-1].isalpha():
        return False  # a figure cut in two; a name's own figures (65岁, 2型) are its words
    if is_basis_name(head) or is_basis_name(end) or end.endswith(("指标", "指")):
        return False  # a standard's basis (行业标准) or a wrapped label's 指标
    if is_evaluation_label(head) or is_evaluation_label(end) or evaluation_labels(head + end):
        return False  # the 绩效评价 framework's labels (产出质量, 组织实施) between rows
    if next_role is Role.OTHER and ends_as_name(head):
        return False  # a whole name, then the cell of a column no list names (同意)
    if len(end) <= _SHORT_TAIL:
        return True
    if _standard(head) and _standard(end):
        return False  # a row's target and actual in words (持续运行 / 运行良好)
    # a longer end, after a whole name or after a standard, is the next row's name after
    # the last words of the row above (按计划完成 / 公厕保洁座数)
    return not ends_as_name(head) and not _standard(head)


def _standard(text: str) -> bool:
    """Whether the words read as a qualitative standard (运行良好, 按时发放)."""
    if len(text) < _SHORT_TAIL:
        return False
    try:
        return parse_target(text).kind is TargetKind.QUALITATIVE
    except TargetSyntaxError:
        return False


def _alone(*cells: Cell) -> bool:
    """Each cell the only one of its line (a line of one cell: no separator in it)."""
    return all(cell.width <= 1 for cell in cells)
