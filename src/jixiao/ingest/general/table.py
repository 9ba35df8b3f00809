"""Indicator tables found by their vocabulary and read row by row against their header.

:func:`find_tables` looks for header words (一级指标, 三级指标, 指标值, 分值, 得分 …) anywhere
in the cell stream; each run of them is a header, whose roles give the columns in order
(a two-row header, where 年度指标值 spans 指标性质 | 指标值 | 度量单位 on the row below, is
put in reading order). Category labels followed by names and targets with no header at all
are a table too, with the genre's default columns.

:func:`read_rows` then reads the rows. Where the source keeps rows (pipe or tab tables, most
lines with several cells) each row is aligned with the header by :func:`.align.align`; where
it does not (one cell per line, run-together text) the stream is cut into rows at each new
name after a value. 一级/二级 labels are carried down over the rows below them, as a reader
carries a merged cell.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Final

from jixiao.domain.framework import Category, Subcategory
from jixiao.domain.target import TargetKind
from jixiao.domain.units import unit_spellings
from jixiao.ingest.cells import (
    category_label,
    is_decorative,
    label_key,
    read_target_cell,
    squashed,
    subcategory_label,
)
from jixiao.ingest.general.align import align, fits
from jixiao.ingest.general.columns import column_blocks
from jixiao.ingest.general.eval_labels import evaluation_labels, is_framework_subcategory
from jixiao.ingest.general.glued import unglue
from jixiao.ingest.general.glued_words import degree_standard_end
from jixiao.ingest.general.grid import grid_rows
from jixiao.ingest.general.header_notes import (
    VAGUE_ROLES,
    column_word,
    is_note,
    looks_like_column,
    note_role,
    notes_row,
    opens_body,
    own_note,
    with_note,
)
from jixiao.ingest.general.interleaved import unwrap_interleaved
from jixiao.ingest.general.kinds import (
    EVENT_END_RE,
    NUMBER_RE,
    PERIOD_RE,
    TARGET_KINDS,
    VALUE_KINDS,
    WITHIN_RE,
    Kind,
    ends_as_name,
    is_scoring_rule,
    kind_of,
)
from jixiao.ingest.general.label_prefix import split_label_prefix
from jixiao.ingest.general.line_tails import join_line_tails
from jixiao.ingest.general.measures import explanation_cut, explanation_end
from jixiao.ingest.general.ruled_grid import is_grid_rule
from jixiao.ingest.general.stream import Cell
from jixiao.ingest.general.twin_pairs import twin_block, twin_rows
from jixiao.ingest.general.vocabulary import (
    DUTY_LINE_LABEL_RE,
    INDICATOR_ROLES,
    LEAD_WORDS,
    LEADING_ROLES,
    TABLE_END_RE,
    Role,
    header_role,
    project_money_role,
)
from jixiao.ingest.general.worded_rows import worded_targets_joined
from jixiao.ingest.general.words import is_basis_name
from jixiao.ingest.name_target import split_name_target

DEFAULT_ROLES: Final = (Role.CATEGORY, Role.SUBCATEGORY, Role.NAME, Role.TARGET)
_HEADER_GAP: Final = 2  # cells of other text a header may have between its words
_MIN_HEADER_ROLES: Final = 3
_ROW_MODE_SHARE: Final = 0.6
_MIN_ROW_CELLS: Final = 3
_BARE_NAME: Final = "指标"
# 指标内容 names the 三级 column where no other word does (一级 | 二级 | 指标内容 | 指标值);
# beside 三级指标 it is the column that says what the indicator counts
_CONTENT: Final = "指标内容"
_WEAK_NAMES: Final = frozenset({_BARE_NAME, _CONTENT})
_CONTENT_ROLE: Final = Role.DEFINITION


@dataclass
class Table:
    roles: tuple[Role, ...]
    start: int  # index of the first cell after the header
    end: int  # index after the last cell of the table
    header_line: int | None
    # the header's words by role, as printed (2023年实际完成值): a remark names its column
    labels: tuple[tuple[Role, str], ...] = ()
    # where a header that keeps its cells' places (tabs, pipes) puts each role, and how
    # many cells its lines have
    places: tuple[tuple[int, Role], ...] = ()
    width: int = 0
    header_start: int | None = None  # index of the header's first cell

    def label(self, role: Role) -> str | None:
        return next((text for each, text in self.labels if each is role), None)


@dataclass
class Row:
    """One indicator row: the cells by role, and the labels carried down to it."""

    cells: dict[Role, Cell]
    category: Cell | None
    subcategory: Cell | None
    project: Cell | None
    line: int
    extra: list[Cell] = field(default_factory=list)  # cells that fit no column
    joined: Cell | None = None  # one cell holding the name and its target, split in two


def _role(cell: Cell) -> Role | None:
    if cell.kind is not Kind.HEADER:
        return None
    role = header_role(label_key(cell.text))
    return own_note(cell.text, role) if role is Role.GOAL else role


_ROW_EVIDENCE: Final = frozenset(
    {Kind.CATEGORY, Kind.SUBCATEGORY, Kind.NUMBER, Kind.QUANTITY, Kind.QUALITATIVE, Kind.PERIOD}
)
_HEADER_BREAKS: Final = frozenset(
    {Kind.CATEGORY, Kind.SUBCATEGORY, Kind.NUMBER, Kind.QUANTITY, Kind.SENTENCE}
)


def _project_money(cell: Cell, projects: bool) -> Role | None:
    """The money column a word names in a header of several projects (财政资金, 其他资金,
    资金支出计划 and its checkpoints), else None."""
    return project_money_role(label_key(cell.text)) if projects else None


@dataclass(frozen=True)
class _Header:
    roles: list[Role]
    end: int  # after the header, its line of notes included
    words_end: int  # after its words' lines
    named: dict[int, Role]  # each header cell's column role by its index (notes applied)


def _header_at(cells: Sequence[Cell], start: int) -> _Header | None:
    found: list[tuple[int, Role, str, int]] = []  # (row, role, key, index)
    fragments: list[
        tuple[int, int, str, int]
    ] = []  # words naming no column: (row, place, key, index)
    index, gap = start, 0
    while index < len(cells) and gap <= _HEADER_GAP:
        projects = any(found_role is Role.PROJECT for _, found_role, *_ in found)
        role = _role(cells[index]) or _project_money(cells[index], projects)
        if role is None:
            if cells[index].kind in _HEADER_BREAKS or _ends_clause(cells[index].text):
                break
            fragments.append((cells[index].row, len(found), label_key(cells[index].text), index))
            gap += 1
        else:
            found.append((cells[index].row, role, label_key(cells[index].text), index))
            gap = 0
        index += 1
    end = index - gap
    if gap <= _HEADER_GAP:  # the run stopped at the body, not at too many other words
        end = _trailing_columns(cells, start, end, index)
    found = _noted_words(cells, found, fragments)
    found, fragments = _unknown_columns(cells, start, end, found, fragments)
    found = _goal_before_actual(found)
    words_end, rows_of = end, {row for row, *_ in found}
    end = notes_row(cells, end, rows_of)
    found = _row_notes(cells, found, words_end, end)
    named = {at: role for _, role, _, at in found}
    words = _lead_as_names(
        _wrapped_words(
            [(row, role, key) for row, role, key, _ in found],
            [(row, place, key) for row, place, key, _ in fragments],
        ),
        [(row, place, key) for row, place, key, _ in fragments],
    )
    # 指标 alone names the 三级 column only where no other word does: beside 三级指标 it is
    # the second half of a label wrapped over two lines (一级 / 指标)
    named_name = any(role is Role.NAME and key not in _WEAK_NAMES for _, role, key in words)
    rows: dict[int, list[Role]] = {}
    for row, role, key in words:
        if not (named_name and key == _BARE_NAME):
            rows.setdefault(row, []).append(
                _CONTENT_ROLE if named_name and key in _WEAK_NAMES else role
            )
    roles = [role for row in rows.values() for role in row]
    known: list[Role] = [role for role in roles if role is not Role.OTHER]
    pair = _kept_pair(cells, start, words_end, known)
    if (len(set(known)) < _MIN_HEADER_ROLES and not pair) or not INDICATOR_ROLES & set(known):
        return None
    order = _reading_order(_header_lines(list(rows.values())))
    if _goal_as_target(order):
        order = [Role.TARGET if role is Role.GOAL else role for role in order]
        named = {at: Role.TARGET if role is Role.GOAL else role for at, role in named.items()}
    return _Header(order, end, words_end, named)


def _goal_as_target(order: Sequence[Role]) -> bool:
    """``三级指标 | 分值 | 年度目标 | 实际完成``: 年度目标 after the name's column, in a header
    with no target column, holds each indicator's target (a project's annual goal, the
    column's other sense, heads the project's rows, before its indicators' columns)."""
    if Role.GOAL not in order or Role.TARGET in order or Role.NAME not in order:
        return False
    return order.index(Role.GOAL) > order.index(Role.NAME)


def _trailing_columns(cells: Sequence[Cell], start: int, end: int, stop: int) -> int:
    """Where a header ends whose last words the vocabulary does not know (``… 指标值 |
    经办人意见``): they are its columns, not the body's first cells, when they stand on the
    header's own line and the body starts on the next, or, in a header captured one word a
    line, when they read as column words and the body's first label follows them."""
    tail = cells[end:stop]
    last_row = cells[end - 1].row
    own = next((at for at, cell in enumerate(tail) if cell.row != last_row), len(tail))
    if own:  # words on the header's own line: its columns, where the line ends with them
        after_own = cells[end + own] if end + own < len(cells) else None
        ends_line = after_own is None or after_own.row != last_row
        words = all(column_word(cell) or is_note(cell) for cell in tail[:own])
        return end + own if ends_line and words else end
    if not tail or not all(column_word(cell) or is_note(cell) for cell in tail):
        return end
    if not _one_a_line(cells, start, stop):
        return end
    after = cells[stop] if stop < len(cells) else None
    if opens_body(after) or all(looks_like_column(cell) or is_note(cell) for cell in tail):
        return stop
    return end


def _one_a_line(cells: Sequence[Cell], start: int, end: int) -> bool:
    return len({cell.row for cell in cells[start:end]}) == end - start


def _noted_words(
    cells: Sequence[Cell],
    found: list[tuple[int, Role, str, int]],
    fragments: list[tuple[int, int, str, int]],
) -> list[tuple[int, Role, str, int]]:
    """A header word with its note right after it (``年度目标`` / ``（指标值）``, a cell's two
    lines captured one a line): the note says what a vague word's column holds."""
    out = list(found)
    for _, place, _, index in fragments:
        if place == 0 or out[place - 1][3] != index - 1 or not is_note(cells[index]):
            continue
        row, role, key, at = out[place - 1]
        out[place - 1] = (row, with_note(role, cells[index]) or role, key, at)
    return out


def _unknown_columns(
    cells: Sequence[Cell],
    start: int,
    end: int,
    found: list[tuple[int, Role, str, int]],
    fragments: list[tuple[int, int, str, int]],
) -> tuple[list[tuple[int, Role, str, int]], list[tuple[int, int, str, int]]]:
    """Words among a header's words that name no column the vocabulary knows (经办人意见):
    columns of their own (:attr:`Role.OTHER`, or the role a note under them names), so
    that each row's cell under them is theirs and shifts no other column. Not the halves
    of a word wrapped over two lines (``年度`` / ``指标值``), which join."""
    rows = {row for row, *_ in found}
    one_a_line = _one_a_line(cells, start, end)
    out = list(found)
    kept: list[tuple[int, int, str, int]] = []
    added = 0
    for row, place, key, index in fragments:
        column = (
            index < end
            and column_word(cells[index])
            and (one_a_line or row in rows)
            and not _half_of_word(key, place, found, row)
        )
        if not column:
            kept.append((row, place + added, key, index))
            continue
        after = cells[index + 1] if index + 1 < end else None
        role = own_note(cells[index].text, None)  # 计划（目标值）: the column its note names
        if role is None and after is not None and is_note(after):
            role = with_note(Role.OTHER, after)
        out.insert(place + added, (row, role or Role.OTHER, key, index))
        added += 1
    return out, kept


# a column word naming the goal (绩效目标, 目标): in a score table, the target's column
_GOAL_WORD_RE: Final = re.compile(r"(?:绩效|年度)?目标")


def _goal_before_actual(
    found: list[tuple[int, Role, str, int]],
) -> list[tuple[int, Role, str, int]]:
    """``三级指标 | 分值 | 绩效目标 | 实际完成 | 得分``: a column word naming the goal, just
    before the achieved column in a header of no target column, heads each row's target
    (the word is no header word elsewhere: 绩效目标 is a 二级 label of score tables)."""
    roles = [role for _, role, _, _ in found]
    if Role.TARGET in roles or Role.ACTUAL not in roles:
        return found
    out = list(found)
    for place, (row, role, key, index) in enumerate(found[:-1]):
        after = found[place + 1]
        beside = role is Role.OTHER and after[1] is Role.ACTUAL and after[0] == row
        if beside and _GOAL_WORD_RE.fullmatch(key) is not None:
            out[place] = (row, Role.TARGET, key, index)
    return out


def _half_of_word(key: str, place: int, found: list[tuple[int, Role, str, int]], row: int) -> bool:
    """A fragment that is the upper half of a word below it (``年度`` over ``指标值``) or the
    lower half of the word before it (``偏差原因分析及改进`` / ``措施``)."""
    if any(
        other_row > row and header_role(key + other_key) is role
        for other_row, role, other_key, _ in found
    ):
        return True
    return place > 0 and header_role(found[place - 1][2] + key) is not None


def _row_notes(
    cells: Sequence[Cell], found: list[tuple[int, Role, str, int]], words_end: int, end: int
) -> list[tuple[int, Role, str, int]]:
    """The header's words with the line of notes under them applied: a note under a word
    says what a vague word's column holds (``年度目标`` over ``（指标值）``). A note stands
    under the word in its column where the lines keep their cells' places (pipes, tabs),
    else under the word at its place in a line of as many notes as the header's last line
    has words (a note under each)."""
    notes = list(cells[words_end:end])
    if not notes or not found:
        return found
    out = list(found)
    last_row = [at for at, item in enumerate(out) if item[0] == out[-1][0]]
    unplaced: list[Cell] = []
    for place, note in enumerate(notes):
        if note.column >= 0:
            under = [at for at, item in enumerate(out) if cells[item[3]].column == note.column]
        elif len(notes) == len(last_row):
            under = [last_row[place]]
        else:
            under = []
            unplaced.append(note)
        if not under:
            continue
        at = under[-1]  # the lowest word of the column, right above the note
        row, role, key, index = out[at]
        out[at] = (row, with_note(role, note) or role, key, index)
    return _unplaced_notes(out, unplaced)


def _unplaced_notes(
    found: list[tuple[int, Role, str, int]], notes: list[Cell]
) -> list[tuple[int, Role, str, int]]:
    """Notes whose places are lost (text aligned by spaces, the empty places under other
    words gone): those naming a column the header's words do not name are the vague words'
    columns, in order, where there are as many (``（指标值）`` under the one ``年度目标`` of a
    header with no target column)."""
    roles = {role for _, role, _, _ in found}
    named = [role for note in notes if (role := note_role(note)) is not None and role not in roles]
    vague = [at for at, (_, role, _, _) in enumerate(found) if role in VAGUE_ROLES]
    if not named or len(named) != len(vague):
        return found
    out = list(found)
    for at, role in zip(vague, named, strict=True):
        row, _, key, index = out[at]
        out[at] = (row, role, key, index)
    return out


_UNDER_DUTIES: Final = frozenset({Role.DUTY, Role.ACTIVITY})
# a clause's end: ``名称:年度目标值应助尽助,实际完成值…`` is prose naming its columns, and
# the words between its column names are values, not a header's words
_CLAUSE_END_RE: Final = re.compile(r"[,;，；]\s*$")


def _ends_clause(text: str) -> bool:
    return _CLAUSE_END_RE.search(text) is not None


def _lead_as_names(
    found: list[tuple[int, Role, str]], fragments: list[tuple[int, int, str]]
) -> list[tuple[int, Role, str]]:
    """``部门职责 | 工作活动 | 绩效指标 | 指标值``: under a department's duties and activities,
    绩效指标 (elsewhere the label of the whole block) heads the indicators' own column, where
    no other word names it."""
    roles = {role for _, role, _ in found}
    if Role.NAME in roles or not _UNDER_DUTIES & roles:
        return found
    lead = next(((row, place) for row, place, key in fragments if key in LEAD_WORDS), None)
    if lead is None:
        return found
    row, place = lead
    return [*found[:place], (row, Role.NAME, _BARE_NAME), *found[place:]]


# Columns an upper header word may be split into on a second line (指标值 over 指标性质 |
# 指标值 | 度量单位; over 2021年实际实现值 | 预期2022年实现值).
_SPLIT_ROLES: Final = frozenset(
    {Role.NATURE, Role.TARGET, Role.UNIT, Role.PRIOR, Role.ADJUSTED, Role.LONG_TERM}
)


def _header_lines(rows: list[list[Role]]) -> list[list[Role]]:
    """The header's lines. Captured one cell a line, a header printed on two lines comes as
    one word a row: its second line is the run of split columns at its end that names again
    a column of the first (… 年度指标值 … 偏差原因 指标性质 指标值 度量单位)."""
    if len(rows) < _MIN_HEADER_ROLES or any(len(row) != 1 for row in rows):
        return rows
    roles = [row[0] for row in rows]
    again = next((at for at, role in enumerate(roles) if role in roles[:at]), None)
    if again is None or any(role not in _SPLIT_ROLES for role in roles[again:]):
        return rows
    start = again
    while (
        start > 0
        and roles[start - 1] in _SPLIT_ROLES
        and roles[start - 1] not in roles[start:]  # the word split stays above
    ):
        start -= 1
    if start == 0:
        return rows
    return [roles[:start], roles[start:]]


def _kept_pair(cells: Sequence[Cell], start: int, end: int, roles: list[Role]) -> bool:
    """A header of the name and its target alone (``| 序号 | 指标内容 | 指标值 |``, its
    first column a row's number under a word naming no column): too few words to tell a
    header from prose, unless it is a line of its own and the row after it is as wide, with
    its target last (``1  道路养护里程  ≥120公里``)."""
    header = cells[start:end]
    if sorted(roles) != sorted((Role.NAME, Role.TARGET)) or end >= len(cells):
        return False
    row = header[0].row
    if any(cell.row != row for cell in header):
        return False
    widths = {cell.width for cell in header}
    after = cells[end]
    if len(widths) == 1 and all(cell.column >= 0 for cell in header):  # pipes or tabs
        width = widths.pop()
        return width >= len(roles) and after.row != row and after.width == width
    leading = [cell for cell in cells[max(start - _MAX_LEADING, 0) : start] if cell.row == row]
    following = _row_cells(cells, end)
    return (
        after.row != row
        and len(leading) <= 1
        and len(following) == len(leading) + len(header)
        and following[-1].kind in TARGET_KINDS
    )


_MAX_LEADING: Final = 2  # a header line's words before its first role's (序号, 绩效指标)


def _row_cells(cells: Sequence[Cell], index: int) -> list[Cell]:
    """The cells of the source row that starts at ``index``."""
    row = cells[index].row
    out: list[Cell] = []
    for cell in cells[index:]:
        if cell.row != row:
            break
        out.append(cell)
    return out


def _wrapped_words(
    found: list[tuple[int, Role, str]], fragments: list[tuple[int, int, str]]
) -> list[tuple[int, Role, str]]:
    """Header words wrapped over two rows (``年度`` above ``指标值``, ``全年实际`` above
    ``完成值``): the column stands where its upper half is printed, among that row's words."""
    out = list(found)
    for row, place, key in reversed(fragments):
        lower = next(
            (
                index
                for index, (other_row, role, other_key) in enumerate(out)
                if other_row > row and header_role(key + other_key) is role
            ),
            None,
        )
        if lower is None:
            continue
        # from the last fragment back: its place and every earlier one's stay as counted
        _, role, lower_key = out.pop(lower)
        out.insert(place, (row, role, key + lower_key))
    return out


_CODE_LEAD: Final = frozenset({Role.SERIAL, Role.OTHER})


def _reading_order(rows: list[list[Role]]) -> list[Role]:
    """The columns of a header printed on several rows, in reading order. A row that repeats
    a column of the rows above splits it: ``指标值`` over ``指标性质 | 指标值 | 度量单位``, or
    over ``2021年实际实现值 | 预期2022年实现值``; the split columns take its place. Labels
    that span both rows are printed on the lower one (``年度指标值 …`` above ``一级指标 二级指标
    三级指标 指标性质 指标值 度量单位``), and come first."""
    order: list[Role] = []
    for row in rows:
        shared = next((role for role in row if role in order), None)
        if shared is None:
            order += [role for role in row if role not in order]
            continue
        at = order.index(shared)
        order[at : at + 1] = [role for role in row if role not in order or role is shared]
    # a row's number (序号) before a project's columns leads nothing of its own
    lead: Role | None = next((role for role in order if role is not Role.SERIAL), None)
    # nor do a budget system's code columns (预算单位编码 | 单位名称 | 项目编码 | 项目名称 …)
    coded = next((role for role in order if role not in _CODE_LEAD), None)
    lead = coded if lead is Role.OTHER and coded in LEADING_ROLES else lead
    if Role.CATEGORY in order and lead is not Role.CATEGORY and lead not in LEADING_ROLES:
        cut = order.index(Role.CATEGORY)
        order = order[cut:] + [role for role in order[:cut] if role not in order[cut:]]
    unique: list[Role] = []
    for role in order:
        if role not in unique:
            unique.append(role)
    return unique


_SECTION_RE: Final = re.compile(
    r"\s*[(（][一二三四五六七八九十]{1,3}[)）]|\s*[一二三四五六七八九十]{1,3}、"
)


# a web page's section title in lenticular brackets (【偏差原因】, 【附件】)
_BRACKET_TITLE_RE: Final = re.compile(r"\s*【(?P<words>[^】]{2,16})】\s*")


def _ends(cell: Cell) -> bool:
    """A closing row (总分, 注, 填报人 …) or the report's next section (``(三)…``, also when
    its title says a column's word: ``三、存在的问题及原因``; ``【偏差原因】``, not a level's
    heading ``【产出指标】``)."""
    key = label_key(cell.text)
    if cell.kind in (Kind.SENTENCE, Kind.HEADER) and _SECTION_RE.match(cell.text):
        return True
    if (title := _BRACKET_TITLE_RE.fullmatch(cell.text)) is not None:
        return kind_of(title["words"]) not in (Kind.CATEGORY, Kind.SUBCATEGORY)
    label = key.split(":", 1)[0]  # ``总分:99.82``: a closing label with its value
    return bool(key) and (
        TABLE_END_RE.fullmatch(key) is not None or TABLE_END_RE.fullmatch(label) is not None
    )


def find_tables(cells: Sequence[Cell]) -> list[Table]:
    """Every indicator table of the stream, by its header or, lacking one, its labels."""
    headers: list[tuple[_Header, int]] = []
    index = 0
    while index < len(cells):
        found = _header_at(cells, index) if _role(cells[index]) is not None else None
        if found is None:
            index += 1
            continue
        headers.append((found, index))
        index = found.end
    tables: list[Table] = []
    for number, (header, start) in enumerate(headers):
        stop = (
            _row_start(cells, headers[number + 1][1]) if number + 1 < len(headers) else len(cells)
        )
        end = header.end
        labels = tuple(
            (role, " ".join(cells[at].text.split()))
            for at in range(start, header.words_end)
            if (role := header.named.get(at)) is not None and role is not Role.OTHER
        )
        table_end = _table_end(cells, end, stop)
        places, width = _places(cells[start : header.words_end], header.named, start)
        roles = header.roles
        if _labels_under_type(roles, cells[end:table_end]):
            roles = [Role.SUBCATEGORY if role is Role.NATURE else role for role in roles]
            places = tuple(
                (at, Role.SUBCATEGORY if role is Role.NATURE else role) for at, role in places
            )
        table = Table(tuple(roles), end, table_end, cells[start].line, labels, places, width, start)
        tables.append(table)
    before = _headless_before(cells, tables[0].start) if tables else None
    if before is not None:
        tables.insert(0, before)
    if not tables:
        first = next(
            (i for i, cell in enumerate(cells) if cell.kind in (Kind.CATEGORY, Kind.SUBCATEGORY)),
            None,
        )
        if first is not None:
            first = _rows_above(cells, first)
            tables.append(Table(DEFAULT_ROLES, first, _table_end(cells, first, len(cells)), None))
    return tables


_HEADLESS_ROWS_MIN: Final = 3  # rows with a target in figures and unit: fewer, no table
_GROUP_POINTS: Final = "分)"  # a score table's label closing its group's points: 项目决策(15分)


def _headless_before(cells: Sequence[Cell], header: int) -> Table | None:
    """A score table whose header the text lost (served from mid-table: ``分)项目决策(15
    分)…``), ahead of a table with a header (the 部门整体 score table after it): read by
    its labels, as a text without any header is, up to where the headed table begins."""
    label = next(
        (i for i in range(header) if cells[i].kind in (Kind.CATEGORY, Kind.SUBCATEGORY)), None
    )
    if label is None or not any(_GROUP_POINTS in cell.text for cell in cells[: label + 1]):
        return None  # most texts: no label before their header, or no score table's
    start = _rows_above(cells, label)
    end = _table_end(cells, start, header)
    rows = {
        cell.row
        for cell in cells[start:end]
        if cell.kind is Kind.QUANTITY  # a target with its unit or sign (≥90%), not points
    }
    if len(rows) < _HEADLESS_ROWS_MIN:
        return None
    return Table(DEFAULT_ROLES, start, end, None)


def _row_start(cells: Sequence[Cell], start: int) -> int:
    """Where a header's line begins: a column the vocabulary does not name may open it
    (``项目名称及金额(万元) | 一级指标 | …``), a word of the header, not a cell of the row
    above (a header printed again for each goal, after a row with no remark)."""
    first = start
    while first > 0 and cells[first - 1].row == cells[start].row:
        first -= 1
    before = cells[first:start]
    if len(before) > _MAX_HEADER_LEAD or any(cell.kind in _ROW_EVIDENCE for cell in before):
        return start
    return first


_MAX_HEADER_LEAD: Final = 2


def _rows_above(cells: Sequence[Cell], first: int) -> int:
    """Where a table found by its first label starts: at the label, or higher up where the
    rows right above it hold a name and a target each (rows under a header the OCR damaged
    past reading, whose 一级 label cell is lost: ``整体支出 | | 职工出勤率 | ≥95%``)."""
    start = first
    while start > 0 and cells[start - 1].row == cells[first].row:
        start -= 1  # the label's own row
    found = first
    while start > 0:
        row = cells[start - 1].row
        top = start - 1
        while top > 0 and cells[top - 1].row == row:
            top -= 1
        kinds = {cell.kind for cell in cells[top:start]}
        if _merged_cell_piece(cells[top:start]):
            start = top  # passed over: the rows above it may still be the table's
            continue
        # a target in figures or in words (良好): a row's, above its label printed lower
        if not kinds & TARGET_KINDS or Kind.NAME not in kinds or Kind.HEADER in kinds:
            break
        start = found = top
    return found


def _merged_cell_piece(row: Sequence[Cell]) -> bool:
    """``万元)``: a line holding nothing but the last words of a merged cell beside the rows
    (a goal's ``人员经费(98.40万元)`` wrapped down its column), no row of its own."""
    if len(row) != 1 or row[0].kind is not Kind.NAME:
        return False
    text = squashed(row[0].text)
    return len(text) <= _MERGED_PIECE_MAX or _MERGED_AMOUNT_PIECE_RE.fullmatch(text) is not None


_MERGED_PIECE_MAX: Final = 4
# the middle of such a cell, the name's last glyphs and its amount opened (``费 (221.30``)
_MERGED_AMOUNT_PIECE_RE: Final = re.compile(r"[\u4e00-\u9fff]{0,4}[((][0-9.]+(?:万元?)?")


def _labels_under_type(roles: Sequence[Role], body: Sequence[Cell]) -> bool:
    """``指标类型 | 指标名称 | 年度目标值``: a type column before the name in a table with no
    level column, holding 二级 labels (数量指标, 社会效益指标), not 定量/定性: the 二级's."""
    if Role.NATURE not in roles or Role.NAME not in roles:
        return False
    if Role.SUBCATEGORY in roles or Role.CATEGORY in roles:
        return False
    if roles.index(Role.NATURE) > roles.index(Role.NAME):
        return False
    return any(cell.kind is Kind.SUBCATEGORY for cell in body[:_TYPE_LOOK])


_TYPE_LOOK: Final = 12  # the first row's cells show what the column holds


def _places(
    header: Sequence[Cell], named: dict[int, Role], first: int
) -> tuple[tuple[tuple[int, Role], ...], int]:
    """Each header role's place, when every header line keeps its cells' places and all
    have as many cells (a lower header line names the columns under an upper one's span:
    指标值 over 指标性质 | 指标值 | 度量单位). ``named`` gives each header cell's role by
    its index (``first`` the first's): a word's note applied, a column no list names."""
    widths = {cell.width for cell in header}
    if len(widths) != 1 or 0 in widths or any(cell.column < 0 for cell in header):
        return (), 0
    named_name = any(
        _role(cell) is Role.NAME and label_key(cell.text) not in _WEAK_NAMES for cell in header
    )
    places: dict[int, Role] = {}
    for at, cell in enumerate(header, first):
        if (role := named.get(at)) is None:
            continue
        if role is Role.SPENDING and role in places.values():
            continue  # the plan's checkpoints (3月底 … 12月底): nothing of the indicators
        key = label_key(cell.text)
        if named_name and key == _BARE_NAME:
            continue
        places[cell.column] = _CONTENT_ROLE if named_name and key == _CONTENT else role
    known = [role for role in places.values() if role is not Role.OTHER]
    if len(set(known)) != len(known):
        return (), 0  # a role named twice: places cannot say which is meant
    return tuple(sorted(places.items())), widths.pop()


def _by_places(group: list[Cell], table: Table) -> dict[Role, Cell] | None:
    """A row that keeps its cells' places under a header that does, as wide as the header
    (no merged cell dropped) or narrower by its empty last cells only (a workbook's or a
    pipe table's row ends at its last filled cell): each cell is its column's. None when
    that cannot be told or a cell cannot stand in its column."""
    widths = {cell.width for cell in group}
    if not table.places or len(widths) != 1 or not 0 < (width := widths.pop()) <= table.width:
        return None
    places = dict(table.places)
    chosen: dict[Role, Cell] = {}
    spilled: list[Cell] = []  # text under a 指标解释 header cell merged over two columns
    shift = 0  # a definition run on into the target's column puts the rest one column off
    for index, cell in enumerate(group):
        role = places.get(cell.column - shift)
        # a row as wide as the header, or one that lost only empty cells at its end and
        # has its target still to come
        whole = width == table.width or any(c.kind in TARGET_KINDS for c in group[index + 1 :])
        if role is None and whole and _under_definition(cell, places):
            spilled.append(cell)
            continue
        if role is None and width < table.width and cell.kind is not Kind.EMPTY:
            return None  # a narrower row with a cell under no column: not only its end lost
        if role is Role.BASIS and cell.kind is Kind.QUANTITY and Role.TARGET not in chosen:
            role = Role.TARGET  # the target printed a column right, its own cell empty
        if (
            role is None
            and Role.TARGET not in chosen
            and _under_target(cell, places, group[index + 1 :])
        ):
            role = Role.TARGET
        if role is Role.OTHER:
            continue  # a column of no known role: its cell is read as nothing
        if role is None or role in chosen:
            continue
        # a definition for the words to go on: one spilled already, or the row's own with
        # an empty cell between (a 评分标准's wrapped words in the target's column are no run)
        own = chosen.get(Role.DEFINITION)
        cut = spilled or (own is not None and own.column < cell.column - 1)
        if cut and not shift and _runs_on(cell, role, group[index + 1 :], width, table):
            spilled.append(cell)
            shift = 1
            continue
        if not fits(cell, role, table.roles) or _label_shifted(cell, role, table.roles):
            return None
        chosen[role] = cell
    if spilled:
        _join_spilled(chosen, spilled)
    name = chosen.get(Role.NAME)
    if name is None or name.kind is Kind.PLACEHOLDER:
        return None
    if width < table.width and name.kind in TARGET_KINDS:
        return None  # a row that lost a leading cell (a pipe table's first |): a value is no name
    return chosen


def _under_definition(cell: Cell, places: dict[int, Role]) -> bool:
    """A text in a column no header cell names, right of the 指标解释 column (its header
    cell merged over both): the definition's, cut in two by the OCR or printed a column off."""
    if cell.kind not in (Kind.NAME, Kind.SENTENCE):
        return False
    left = [column for column in places if column < cell.column]
    return bool(left) and places[max(left)] is Role.DEFINITION


def _under_target(cell: Cell, places: dict[int, Role], rest: Sequence[Cell]) -> bool:
    """A value in a column no header cell names, right of the 指标值 column (its header cell
    merged over the columns after it): an OCR's tab columns put the target there, the
    target's own cell empty. So does one in the column no header names between 指标解释
    and 指标值 (the 描述 cell merged over two), when no value follows it in the row, and a
    quantity right of the 依据 column, the last the header names (a description's two cells
    and their empty ones push the row's target past it)."""
    if cell.kind not in TARGET_KINDS:
        return False
    left = [column for column in places if column < cell.column]
    if not left:
        return False
    if places[max(left)] is Role.TARGET:
        return True
    right = [column for column in places if column > cell.column]
    if not right and places[max(left)] is Role.BASIS and cell.kind is Kind.QUANTITY:
        return True
    return (
        places[max(left)] is Role.DEFINITION
        and bool(right)
        and places[min(right)] is Role.TARGET
        and not any(other.kind in TARGET_KINDS for other in rest)
    )


def _runs_on(cell: Cell, role: Role, rest: list[Cell], width: int, table: Table) -> bool:
    """A definition cut over three columns runs on into the target's (``去年累计走访 |
    方侨企、侨群户 | 数 | ≥60 户``), or over two with an empty one between (``…免费复明手术 |
    | 例数 | ≥40 例``): a text there, a target right of it."""
    return (
        role is Role.TARGET
        and width == table.width
        and cell.kind is Kind.NAME
        and any(other.kind in TARGET_KINDS for other in rest)
    )


def _join_spilled(chosen: dict[Role, Cell], spilled: list[Cell]) -> None:
    """The definition with the text spilled right of it (``接待海外侨服 | 见来邢参观考察``)."""
    own = chosen.get(Role.DEFINITION)
    first = own or spilled[0]
    rest = spilled if own is not None else spilled[1:]
    chosen[Role.DEFINITION] = replace(first, text=first.text + "".join(c.text for c in rest))


def _label_shifted(cell: Cell, role: Role, roles: Sequence[Role]) -> bool:
    """A 二级 label under the 一级 column of a table that has a 二级 one: the row lost a
    leading cell (a pipe row whose first bar was taken for its frame), its places are off.
    So are they for a label under the 三级 column (``时效指标`` there, the name under 描述):
    an OCR's tabs set the row a column right; a name seldom ends with 指标 as labels do."""
    if Role.SUBCATEGORY not in roles:
        return False
    if role is Role.CATEGORY:
        return cell.kind is Kind.SUBCATEGORY
    # 成本指标, a 一级 label of one framework, is a 二级 one of another
    labelled = cell.kind in (Kind.SUBCATEGORY, Kind.CATEGORY)
    return role is Role.NAME and labelled and label_key(cell.text).endswith("指标")


def _table_end(cells: Sequence[Cell], start: int, stop: int) -> int:
    for index in range(start, stop):
        if _ends(cells[index]) or _heading(cells, index):
            return index
    return stop


_PART_RE: Final = re.compile(r"\s*第[一二三四五六七八九十]{1,3}(?:部分|章|节)")
_LABELS: Final = frozenset({Kind.CATEGORY, Kind.SUBCATEGORY, Kind.HEADER})
# ``第二部分`` alone in a cell: a document's part begins, wherever the line put it
_PART_CELL_RE: Final = re.compile(r"\s*第[一二三四五六七八九十]{1,3}部分\s*")


def _heading(cells: Sequence[Cell], index: int) -> bool:
    """A heading of the text around the table (``第三部分``, ``二、某项目``, ``(一)项目概况``):
    a line of its own, numbered as a section, that is no label of the table; or a part's
    number alone in a cell anywhere (a text run on puts the next part on the row's line)."""
    cell = cells[index]
    if _PART_CELL_RE.fullmatch(cell.text):
        return True  # a part's number as a cell of its own: in text run on, mid-line too
    opens = index == 0 or cells[index - 1].row != cell.row
    alone = opens and (index + 1 == len(cells) or cells[index + 1].row != cell.row)
    if not opens or cell.kind in _LABELS:
        return False
    if _PART_RE.match(cell.text):
        return True
    return alone and _SECTION_RE.match(cell.text) is not None and not _group_row(cells, index)


# a row's list numbering: ``1、``, ``2.`` (not ``1.5``), ``(3)``, ``④``
_ITEM_NUMBER_RE: Final = re.compile(r"\s*(?:\d{1,2}(?:、|\.(?!\d))|[(（]\d{1,2}[)）]|[①-⑳])")


def _group_row(cells: Sequence[Cell], index: int) -> bool:
    """``二、重点人群健康管理 | | | |`` between two rows of the table, the row below numbered
    as an item with its values (``1、儿童健康管理率 | ≥90% | …``): a group of the rows
    numbered under it, printed as a row of the table; no heading of the text around."""
    cell = cells[index]
    row = [c for c in cells[index + 1 :] if c.row != cell.row][:_GROUP_LOOK]
    following = [c for c in row if c.row == row[0].row] if row else []
    return (
        index > 0
        and cells[index - 1].width > 1
        and len(following) > 1
        and following[0].width > 1
        and _ITEM_NUMBER_RE.match(following[0].text) is not None
        and any(c.kind in TARGET_KINDS for c in following[1:])
    )


_GROUP_LOOK: Final = 12  # cells enough for the next row's


def _row_mode(cells: Sequence[Cell], roles: Sequence[Role]) -> bool:
    """Whether the source keeps the table's rows: most lines hold several cells, and none
    holds far more than a row has columns (text run together is one line of everything)."""
    rows: dict[int, list[Cell]] = {}
    for cell in cells:
        rows.setdefault(cell.row, []).append(cell)
    if len(rows) < 2 or max(len(row) for row in rows.values()) > 2 * len(roles) + 2:
        return False
    # the last row may be one a cut text left short
    counts = list(rows.values())[:-1]
    wide = sum(1 for row in counts if len(row) >= _MIN_ROW_CELLS or _under_merged(row, roles))
    return wide / len(counts) >= _ROW_MODE_SHARE


def _under_duties(groups: list[list[Cell]]) -> list[list[Cell]]:
    """``社会救助`` / ``城乡低保`` / ``城市特困人员救助人数 ≥1480人``: captured one cell a
    line, a duty and an activity are printed once, each a text alone before the first row
    under them; they head that row (its alignment puts them in their columns), they end no
    name and start none."""
    out: list[list[Cell]] = []
    pending: list[Cell] = []
    for group in groups:
        if all(cell.kind in _NAME_KINDS for cell in group) and len(pending) < len(_UNDER_DUTIES):
            pending += group
            continue
        out.append([*pending, *group])
        pending = []
    if pending:
        out.append(pending)
    return out


def _under_merged(row: list[Cell], roles: Sequence[Role]) -> bool:
    """``甲乙类传染病报告发病率   低于全省平均水平``: a name and its target alone on a line, in
    a table whose leading columns (部门职责, 工作活动) are printed once over their rows."""
    return (
        len(row) == 2
        and bool(_UNDER_DUTIES & set(roles))
        and row[0].kind is Kind.NAME
        and row[1].kind in (*TARGET_KINDS, Kind.QUALITATIVE, Kind.NAME)
    )


def read_rows(cells: Sequence[Cell], table: Table) -> list[Row]:
    body = [cell for cell in cells[table.start : table.end] if not _duty_line(cell)]
    if not any(cell.kind in _ROW_EVIDENCE for cell in body):
        return []  # the text stops inside the header: a cut word is no row
    header = cells[table.header_start : table.start] if table.header_start is not None else []
    rows: list[Row] = []
    category: Cell | None = None
    subcategory: Cell | None = None
    project: Cell | None = None
    budget: Cell | None = None  # a project's amount on its own row, for its first indicator
    for group, chosen in _aligned(cells, table, body):
        _cost_under_output(chosen, category, group)
        joined = _label_before_named_target(chosen)
        _label_alone(chosen)
        _note_off_name(chosen, rows, table.roles)
        _labels_off_name(chosen)
        _short_label_off_name(chosen, subcategory)
        _labels_by_offset(chosen, header)
        _target_off_name(chosen, table.roles)
        _amount_off_name(chosen, table.roles)
        _standard_shifted_right(chosen)
        _sign_onto_target(chosen, group, table.roles)
        wrapped: list[Cell] = []  # a project's name and goal wrapped onto this row
        if project is not None and _continues_project(chosen, rows, project, table.roles):
            project, wrapped = _join_project_wrap(chosen, rows, project)
        if Role.PROJECT in chosen:
            project = chosen[Role.PROJECT]
            budget = chosen.get(Role.BUDGET)
        if Role.CATEGORY in chosen:
            category = chosen[Role.CATEGORY]
            subcategory = subcategory if _holds(category, subcategory) else None
        if Role.SUBCATEGORY in chosen:
            subcategory = chosen[Role.SUBCATEGORY]
        if Role.NAME not in chosen or label_key(chosen[Role.NAME].text) in _TOTAL_WORDS:
            continue  # no name, or a table of projects' 合计 row
        if _points_alone(chosen):
            continue  # a 一级 label's points wrapped onto a line of their own: (30分)
        if _criterion_row(group, chosen, table.roles):
            continue
        if budget is not None and Role.BUDGET not in chosen:
            # a project's row of its own (名称 | 金额 | 目标) above its indicators' rows
            chosen = {**chosen, Role.BUDGET: budget}
        budget = None
        lost = _lost_ge_half(group, chosen)
        if lost is not None:
            wrapped.append(lost)
        if (name_end := _name_end_as_target(group, chosen)) is not None:
            wrapped.append(name_end)
        if (target_end := _target_wrapped(group, chosen, table.roles)) is not None:
            wrapped.append(target_end)
        used = {id(cell) for cell in [*chosen.values(), *wrapped]}
        rows.append(
            Row(
                cells=chosen,
                category=category,
                subcategory=subcategory,
                project=project,
                line=chosen[Role.NAME].line,
                extra=[cell for cell in group if id(cell) not in used],
                joined=joined,
            )
        )
    # a header on one line printing its name's columns twice: two indicators a row
    one_line = [_role(cell) for cell in header if cell.line == table.header_line]
    # a standard in words the vocabulary lacks, cut into a row of its own: its row's target
    return worded_targets_joined(twin_rows(_without_group_rows(rows), twin_block(one_line)))


_GROUP_NUMBER_RE: Final = _SECTION_RE  # 一、 or (一)
_GROUP_ROLES: Final = frozenset({Role.GOAL, Role.CATEGORY, Role.SUBCATEGORY, Role.NAME})


def _without_group_rows(rows: list[Row]) -> list[Row]:
    """``一、居民健康档案管理`` with no value, over ``1、…建档率 | ≥90%``: a row numbered as a
    section whose rows below are numbered as its items is their group's title, no
    indicator (a numbered row with values of its own, ``三、…管理率 | ≥90%``, stays)."""
    kept: list[Row] = []
    for at, row in enumerate(rows):
        following = rows[at + 1] if at + 1 < len(rows) else None
        if (
            following is not None
            and set(row.cells) <= _GROUP_ROLES
            and _GROUP_NUMBER_RE.match(row.cells[Role.NAME].text) is not None
            and _ITEM_NUMBER_RE.match(following.cells[Role.NAME].text) is not None
        ):
            continue
        kept.append(row)
    return kept


_TOTAL_WORDS: Final = frozenset({"合计", "总计", "小计"})
# a label's points in brackets (``(30分)``, ``（10分）``), as a spreadsheet wraps them under
# the 一级 label's words (``效益`` / ``指标`` / ``(30分)``)
_LABEL_POINTS_RE: Final = re.compile(r"[(（]\d+(?:\.\d+)?分[)）]")


def _points_alone(chosen: dict[Role, Cell]) -> bool:
    """Whether a row's name is a label's points and the row holds no target: no indicator."""
    name = squashed(chosen[Role.NAME].text)
    return _LABEL_POINTS_RE.fullmatch(name) is not None and Role.TARGET not in chosen


def _criterion_row(group: Sequence[Cell], chosen: dict[Role, Cell], roles: Sequence[Role]) -> bool:
    """``绩效目标合理性 | 5 | 4`` under ``三级指标 | 分值 | 得分``: a 部门整体 score table
    with no target column scores criteria, no indicators; a row holding its points alone
    is no indicator (a row with a target or an actual of its own, the header damaged,
    stays)."""
    if Role.TARGET in roles or Role.ACTUAL in roles:
        return False
    if Role.WEIGHT not in roles or Role.SCORE not in roles:
        return False
    if not set(chosen) <= _CRITERION_ROLES:
        return False
    used = {id(cell) for cell in chosen.values()}
    return all(id(cell) in used or cell.kind not in TARGET_KINDS for cell in group)


_CRITERION_ROLES: Final = frozenset(
    {Role.CATEGORY, Role.SUBCATEGORY, Role.NAME, Role.WEIGHT, Role.SCORE}
)


_DUTY_LINE_RE: Final = re.compile(r"(?P<label>[^:：]{1,6})[:：]\s*\S")


def _duty_line(cell: Cell) -> bool:
    """``职责：城乡低保``, ``活动：低保金发放``: a line naming the duty or activity the rows
    below stand under (a 部门预算's 整体绩效目标), no row of its own."""
    match = _DUTY_LINE_RE.match(cell.text)
    return match is not None and DUTY_LINE_LABEL_RE.fullmatch(label_key(match["label"])) is not None


_GE_AS_TWO: Final = "2"


def _lost_ge_half(group: Sequence[Cell], chosen: dict[Role, Cell]) -> Cell | None:
    """``种苗成活率 2 90% 92.4% 10 10``: a ``2`` that fits no column, right before a target
    figure with no operator, is an OCR's ``≥`` (the target cell's repair reads ``2 90%`` as
    ``≥90%`` and says so). The ``2`` joins the target; it is returned (its cell is used)."""
    target = chosen.get(Role.TARGET)
    if target is None or target.kind not in (Kind.QUANTITY, Kind.NUMBER):
        return None
    at = next((i for i, cell in enumerate(group) if cell is target), 0)
    before = group[at - 1] if at > 0 else None
    if before is None or before.text.strip() != _GE_AS_TWO or before.line != target.line:
        return None
    if any(cell is before for cell in chosen.values()):
        return None  # a 分值 of 2 before its target: a column of its own
    chosen[Role.TARGET] = replace(target, text=f"{_GE_AS_TWO} {target.text.strip()}")
    return before


_NAME_END_MAX: Final = 6  # a wrapped name's last words, a short standard's length


def _name_end_as_target(group: Sequence[Cell], chosen: dict[Role, Cell]) -> Cell | None:
    """``国家基本药物制度在基层`` / ``持续实施`` / ``持续实施`` / ``持续实施`` / ``10``, one cell a
    line: a name wrapped onto the next line where its last words are the very standard its
    target states (a standard met as written, printed again as the actual). Of the same
    words repeated right after the name, on lines of their own, one more than the columns
    took: the first is the name's end. Joined to it, the cell no column took is returned
    (used)."""
    name, target = chosen.get(Role.NAME), chosen.get(Role.TARGET)
    if name is None or target is None or target.kind not in (Kind.QUALITATIVE, Kind.NAME):
        return None
    at = next((i for i, cell in enumerate(group) if cell is name), None)
    if at is None or at + 1 >= len(group):
        return None
    words = group[at + 1].text
    if words != target.text or len(words) > _NAME_END_MAX or group[at + 1].line <= name.line:
        return None
    run = list(itertools.takewhile(lambda cell: cell.text == words, group[at + 1 :]))
    taken = {id(cell) for cell in chosen.values()}
    left = [cell for cell in run if id(cell) not in taken]
    if len(run) < _MIN_REPEATS or len(left) != 1:
        return None  # each a column's own (a monitoring table's target, then its forecast)
    chosen[Role.NAME] = replace(name, text=name.text + words)
    return left[0]


_MIN_REPEATS: Final = 3  # the name's end, the target and the actual
# the columns a second standard after the target may be the value of (its actual …)
_SECOND_VALUE_ROLES: Final = frozenset(
    {Role.ACTUAL, Role.PROJECTED, Role.PRIOR, Role.ADJUSTED, Role.LONG_TERM, Role.REMARK}
)
_WRAPPED_STANDARD_MAX: Final = 8


def _target_wrapped(
    group: Sequence[Cell], chosen: dict[Role, Cell], roles: Sequence[Role]
) -> Cell | None:
    """``持续`` / ``改善``, one cell a line under a header with no value column but the
    target's: a standard wrapped onto the next line, its two pieces each a standard's word,
    is one standard (``持续改善``). Joined to the target, the cell no column took is
    returned (used). Where a second value column stands (实际完成值), it is that column's."""
    target = chosen.get(Role.TARGET)
    if target is None or target.kind is not Kind.QUALITATIVE or _SECOND_VALUE_ROLES & set(roles):
        return None
    at = next((i for i, cell in enumerate(group) if cell is target), None)
    if at is None or at + 1 >= len(group):
        return None
    tail = group[at + 1]
    if tail.line <= target.line or any(tail is cell for cell in chosen.values()):
        return None
    joined = target.text.strip() + tail.text.strip()
    if len(joined) > _WRAPPED_STANDARD_MAX or kind_of(joined) is not Kind.QUALITATIVE:
        return None
    chosen[Role.TARGET] = replace(target, text=joined)
    return tail


_PROJECT_MARKS: Final = (Role.SERIAL, Role.BUDGET)


def _continues_project(
    chosen: dict[Role, Cell], rows: Sequence[Row], project: Cell, roles: Sequence[Role]
) -> bool:
    """A project's name (and goal) wrapped onto the row under its first one, in a table of
    several projects that numbers or prices each (``1 | 中小学校舍维修 | 1280.00 | …`` over
    ``改造项目 | …``): the row's project cell has neither, and the project's first row, the
    line above, had one."""
    marks = [role for role in _PROJECT_MARKS if role in roles]
    if Role.PROJECT not in chosen or not marks or any(role in chosen for role in marks):
        return False
    first = next((row for row in rows if row.project is project), None)
    return (
        first is not None
        and first is rows[-1]
        and any(role in first.cells for role in marks)
        and chosen[Role.PROJECT].line == first.line + 1
    )


def _join_project_wrap(
    chosen: dict[Role, Cell], rows: Sequence[Row], project: Cell
) -> tuple[Cell, list[Cell]]:
    """The project's name with its wrapped tail, on every row read of it (its goal too);
    the tail's cells taken out of the row, which keeps its indicator."""
    tail = chosen.pop(Role.PROJECT)
    joined = replace(project, text=project.text + tail.text.strip())
    goal = chosen.pop(Role.GOAL, None)
    for row in rows:
        if row.project is project:
            row.project = joined
            if goal is not None and (head := row.cells.get(Role.GOAL)) is not None:
                row.cells[Role.GOAL] = replace(head, text=head.text + goal.text.strip())
    return joined, [tail] if goal is None else [tail, goal]


def _aligned(
    cells: Sequence[Cell], table: Table, body: list[Cell]
) -> list[tuple[list[Cell], dict[Role, Cell]]]:
    """Each row's cells and the cells by their column: by position in a table captured one
    cell per line with its empty cells kept, by block in one read column by column, else by
    kind against the header."""
    if table.header_start is not None and not _row_mode(body, table.roles):
        joined = _join_event_limits(list(cells[table.start : table.end]))
        joined = join_line_tails(joined, table.roles)
        cells = [*cells[: table.start], *joined, *cells[table.end :]]
        grid = grid_rows(cells, table.header_start, table.start, table.start + len(joined))
        if grid is not None:
            return [(group, _tail_in_target(chosen, table.roles)) for group, chosen in grid]
    if not _row_mode(body, table.roles) and (down := column_blocks(body, table.roles)):
        return down
    body = unglue(unwrap_interleaved(body), table.roles)
    groups = (
        _by_source_row(body)
        if _row_mode(body, table.roles)
        else _by_names(body, table.roles, dict(table.places))
    )
    if _UNDER_DUTIES & set(table.roles) and not _row_mode(body, table.roles):
        groups = _under_duties(groups)  # one cell a line: texts alone head the next row
    else:
        groups = _join_heads(_join_tails(groups, Role.BASIS in table.roles))
    aligned = [_weight_off_target(group, table.roles) for group in groups]
    placed = [(group, _by_places(group, table) or chosen) for group, chosen in aligned]
    roles = _with_lost_definitions(placed, table.roles)
    placed = _definitions_back(placed, roles)
    return [(group, _mended(group, chosen, roles)) for group, chosen in placed]


def _mended(group: list[Cell], chosen: dict[Role, Cell], roles: Sequence[Role]) -> dict[Role, Cell]:
    """A row's cells by their column, each step mending what its kind-by-kind reading
    got wrong: labels taken for names and names for labels first, then definitions,
    targets and the 分值 and 得分."""
    chosen = _points_row(group, _worded_values_row(group, chosen, roles), roles)
    chosen = _scored_label_as_name(group, chosen)
    chosen = _label_words_named(_last_label_as_name(chosen), roles)
    chosen = _name_off_definition(_definition_off_name(chosen, roles), roles)
    chosen = _standard_off_name(_targets_after_sentence(chosen, roles), roles)
    return _weight_and_score(group, chosen, roles)


def _tail_in_target(chosen: dict[Role, Cell], roles: Sequence[Role]) -> dict[Role, Cell]:
    """``家庭经济困难幼儿`` / ``受资助比例`` / ``应助尽助`` / ``应助尽助``: one cell a line, read
    by position, a name wrapped onto a second line of its own puts its end in the target's
    place and each value after it one column right. Where that end finishes the name (it is
    cut inside a word, the two end as a name does) and the value after it is the target
    (one, or a standard and its actual alike), the end joins the name and the values move
    back a column."""
    name, tail = chosen.get(Role.NAME), chosen.get(Role.TARGET)
    if name is None or tail is None or tail.kind is not Kind.NAME:
        return chosen
    if not _wrapped_name([name], tail):
        return chosen
    after = [role for role in roles[roles.index(Role.TARGET) :] if role in chosen]
    if after != list(roles[roles.index(Role.TARGET) :][: len(after)]) or len(after) < 2:
        return chosen  # the values do not stand one a column, side by side
    values = [chosen[role] for role in after[1:]]
    if values[0].kind not in TARGET_KINDS and not (
        len(values) > 1 and squashed(values[0].text) == squashed(values[1].text)
    ):
        return chosen
    moved = {role: cell for role, cell in chosen.items() if role not in after}
    moved[Role.NAME] = replace(name, text=name.text + tail.text)
    moved.update(zip(after, values, strict=False))
    return moved


_LOST_DEFINITIONS_MIN: Final = 3


def _definitions_back(
    placed: list[tuple[list[Cell], dict[Role, Cell]]], roles: Sequence[Role]
) -> list[tuple[list[Cell], dict[Role, Cell]]]:
    """``≥1480人`` ``按自然年度统计农村特困人员救助人数`` ``≥5260人``: in text run together
    under a header whose 指标解释 comes after the 指标值, a row's explanation is glued before
    the next row's name; one that says where its figure comes from (按…统计, 以…为准) goes
    back to the row above, which has none."""
    if Role.DEFINITION not in roles or Role.TARGET not in roles:
        return placed
    if roles.index(Role.DEFINITION) < roles.index(Role.TARGET):
        return placed
    out = list(placed)
    for at in range(1, len(out)):
        group, chosen = out[at]
        name, above = chosen.get(Role.NAME), out[at - 1][1]
        if name is None or not name.glued or Role.DEFINITION in above or Role.NAME not in above:
            continue
        cut = explanation_end(name.text)
        if cut is None:
            continue
        above = {**above, Role.DEFINITION: replace(name, text=name.text[:cut])}
        out[at - 1] = (out[at - 1][0], above)
        out[at] = (group, {**chosen, Role.NAME: replace(name, text=name.text[cut:])})
    return out


def _with_lost_definitions(
    placed: Sequence[tuple[list[Cell], dict[Role, Cell]]], roles: Sequence[Role]
) -> Sequence[Role]:
    """The roles with a 指标解释 column where the header names none but most rows' names
    carry one (``城区绿地养护面积反映全年纳入养护的绿地面积``: a form run together whose
    header lost the column's title, or called it 绩效标准): one row's 反映 may be its name's
    own, the table's rows all so glued are not."""
    if Role.DEFINITION in roles or Role.NAME not in roles:
        return roles
    names = [chosen[Role.NAME].text for _, chosen in placed if Role.NAME in chosen]
    defined = sum(1 for name in names if _definition_at(name) is not None)
    if defined < _LOST_DEFINITIONS_MIN or 2 * defined <= len(names):
        return roles
    return [*roles, Role.DEFINITION]


def _definition_at(name: str) -> int | None:
    """Where a 指标解释 glued after a name opens, or None."""
    match = _DEFINITION_OPENER_RE.search(name, _MIN_DEFINED_NAME)
    if match is None or kind_of(name[: match.start()]) is not Kind.NAME:
        return None
    if len(name) - match.start() < _MIN_DEFINITION:
        return None  # 群众诉求反映办结率: a name's own 反映, no explanation after it
    return match.start()


# How a 指标解释 opens (``反映受益学生覆盖情况``, ``衡量…``, ``是指…``): words no name starts its
# explanation with, and few names hold
_DEFINITION_OPENER_RE: Final = re.compile(r"反映|衡量|是指|考核(?=\S{2,40}?是否)")
_MIN_DEFINED_NAME: Final = 3
_MIN_DEFINITION: Final = 6  # 反映政策效果: an explanation says what the figure reflects


def _standard_off_name(chosen: dict[Role, Cell], roles: Sequence[Role]) -> dict[Role, Cell]:
    """``效益指标 社会效益指标 群众出行条件明显改善``: in a table laid out by spaces or run
    together (no cell keeps its column), a row with a name and no target whose name ends with
    a standard that opens with its degree lost the space before its target: the standard is
    cut off as the target. A row whose cells keep their places (an empty 指标值 cell) is left
    as printed."""
    name = chosen.get(Role.NAME)
    if name is None or Role.TARGET in chosen or Role.TARGET not in roles or name.column >= 0:
        return chosen
    cut = degree_standard_end(name.text)
    if cut is None:
        return chosen
    return {
        **chosen,
        Role.NAME: replace(name, text=cut[0]),
        Role.TARGET: replace(name, text=cut[1]),
    }


def _definition_off_name(chosen: dict[Role, Cell], roles: Sequence[Role]) -> dict[Role, Cell]:
    """``享受政策学生人数反映受益学生覆盖情况``: a name and its 指标解释 with no mark
    between (a table run together on one line, a space lost), in a table with a 指标解释
    column and a row that has none: cut before the explanation's opening word."""
    name = chosen.get(Role.NAME)
    if name is None or Role.DEFINITION not in roles or Role.DEFINITION in chosen:
        return chosen
    at = _definition_at(name.text) or _free_definition_at(name)
    if at is None:
        return chosen
    head, tail = name.text[:at], name.text[at:]
    cut = {Role.NAME: replace(name, text=head), Role.DEFINITION: replace(name, text=tail)}
    if Role.TARGET not in chosen and (standard := _standard_tail(tail)) is not None:
        # ``…是指管护制度的建立长期有效``: a standard glued after the explanation
        cut[Role.DEFINITION] = replace(name, text=tail[: -len(standard)])
        cut[Role.TARGET] = replace(name, text=standard)
    return {**chosen, **cut}


def _free_definition_at(cell: Cell) -> int | None:
    """Where a 指标解释 in free words starts after the name it is glued to (text run
    together: a cell's own text is never so cut), at the name's last measure word."""
    return explanation_cut(cell.text) if cell.glued else None


def _name_off_definition(chosen: dict[Role, Cell], roles: Sequence[Role]) -> dict[Role, Cell]:
    """A row whose name and 指标解释 ran together into one sentence, read as the explanation
    (``资助家庭经济困难幼儿人次反映资助家庭经济困难幼儿人次情况。``, ``资助对象认定准确率资助对象
    认定准确率=实际完成数/…``): the name cut off its front, before the explanation's opening
    word or where the name is written again."""
    definition = chosen.get(Role.DEFINITION)
    if definition is None or Role.NAME in chosen or Role.NAME not in roles:
        return chosen
    text = definition.text
    at = _repeated_name(text) or _definition_at(text) or _free_definition_at(definition)
    if at is None:
        return chosen
    name, rest = text[:at], text[at:]
    return {
        **chosen,
        Role.NAME: replace(definition, text=name),
        Role.DEFINITION: replace(definition, text=rest),
    }


def _last_label_as_name(chosen: dict[Role, Cell]) -> dict[Role, Cell]:
    """``社会公众满意度 | 服务对象满意度 | 10 | ≥90%``: a row with a target and no name whose
    two leading cells are both words a 二级 label may be, the first taken for the 一级: the
    second is the row's name (a framework's 满意度 rows name it so), the first its 二级; a
    row with one such label (:func:`_label_alone_named`) likewise."""
    category, subcategory = chosen.get(Role.CATEGORY), chosen.get(Role.SUBCATEGORY)
    if Role.NAME in chosen or subcategory is None:
        return chosen
    if category is None or category.kind is not Kind.SUBCATEGORY:
        return _label_alone_named(chosen, subcategory)
    if Role.TARGET not in chosen:
        return chosen
    if chosen[Role.TARGET].kind not in TARGET_KINDS:
        return chosen
    out: dict[Role, Cell] = {
        role: cell for role, cell in chosen.items() if role is not Role.CATEGORY
    }
    out[Role.SUBCATEGORY], out[Role.NAME] = category, subcategory
    return out


def _label_alone_named(chosen: dict[Role, Cell], label: Cell) -> dict[Role, Cell]:
    """``服务对象满意度 | ≥90%`` in the 二级 column (a scan's cells shifted a column left, or
    a name left blank under its label): a row with a target and no name whose only words are
    a measure a 二级 label may be named by (…满意度, the framework's own 三级 name) is that
    measure; the words stay the row's 二级 too. A label proper (…指标, 质量) keeps its place.
    Printed with its points (``群众满意度(10分)``, a score table's row), it is the row's own and
    the 二级 above it stays the row's."""
    target = chosen.get(Role.TARGET)
    if target is None or target.kind not in TARGET_KINDS:
        return chosen
    printed = squashed(label.text)
    words = _LABEL_POINTS_RE.sub("", printed)
    if words.endswith("指标") or len(words) < _MIN_LABEL_NAME or not ends_as_name(words):
        return chosen
    named = {**chosen, Role.NAME: replace(label, as_name=True)}
    if words != printed:
        del named[Role.SUBCATEGORY]
    return named


_MIN_LABEL_NAME: Final = 4  # 满意度 or 质量 alone is a label's short form, no measure's name


def _scored_label_as_name(group: Sequence[Cell], chosen: dict[Role, Cell]) -> dict[Role, Cell]:
    """``效果(25分) 履职效益(25分) 社会效益 10 显著 较显著 8``: a score table names some
    三级 rows in a 二级 label's words (社会效益, 服务对象满意度). A row with a target and no
    name whose label-word cell stands after a label printed with its points (or a bare word
    right after the row's 一级: ``效果 履职效益 社会效益``), or alone in its row (its 二级
    given above), has that cell for its name: a label proper carries its points
    (社会效益(10分)) or ends in 指标."""
    label = chosen.get(Role.SUBCATEGORY)
    if label is None or Role.NAME in chosen or Role.TARGET not in chosen:
        return chosen
    words = squashed(label.text)
    if label.kind is not Kind.SUBCATEGORY or words.endswith("指标") or "分)" in words:
        return chosen
    before = list(itertools.takewhile(lambda cell: cell is not label, group))
    if len(before) == len(group):
        return chosen  # the label is no cell of the row's own
    pointed = [cell for cell in before if _is_pointed(cell)]
    if pointed and all(cell is not pointed[-1] for cell in chosen.values()):
        return {**chosen, Role.SUBCATEGORY: pointed[-1], Role.NAME: replace(label, as_name=True)}
    if _bare_second_label(before, chosen):
        return {**chosen, Role.SUBCATEGORY: before[-1], Role.NAME: replace(label, as_name=True)}
    if before or Role.CATEGORY in chosen:
        return chosen
    out: dict[Role, Cell] = {
        role: cell for role, cell in chosen.items() if role is not Role.SUBCATEGORY
    }
    out[Role.NAME] = replace(label, as_name=True)
    return out


def _bare_second_label(before: Sequence[Cell], chosen: dict[Role, Cell]) -> bool:
    """Whether the last cell before a row's label word is a short word no column took,
    right after the row's 一级 label: the 二级 (履职效益) printed with no points."""
    if len(before) < _BARE_SECOND_AT or before[-2] is not chosen.get(Role.CATEGORY):
        return False
    second = before[-1]
    if second.kind is not Kind.NAME or any(cell is second for cell in chosen.values()):
        return False
    return _LABEL_WORDS_RE.fullmatch(squashed(second.text)) is not None


_BARE_SECOND_AT: Final = 2  # the 一级 label, then the 二级
_LABEL_WORDS_RE: Final = re.compile(r"[\u4e00-\u9fff]{2,6}")


def _points_row(
    group: Sequence[Cell], chosen: dict[Role, Cell], roles: Sequence[Role]
) -> dict[Role, Cell]:
    """``部门决策(15分) 目标设定(10分) 绩效目标合理性 5 4`` in a score table: a row ending in
    two bare numbers after its name, no other value in it, is scored only, its 分值 and its
    得分 (the score at most the weight), whatever columns the header names between them;
    the labels printed with their points before the name are its 一级 and 二级. Only in
    text whose cells lost their columns (a PDF's text layer spaced)."""
    if Role.WEIGHT not in roles or Role.SCORE not in roles or len(group) < _POINTS_ROW_MIN:
        return chosen
    if any(cell.column >= 0 for cell in group):
        return chosen  # cells kept in their columns: their places say which is which
    *front, name, weight, score = group
    if not all(_POINTS_RE.fullmatch(cell.text) for cell in (weight, score)):
        return chosen
    if name.kind is not Kind.NAME or Decimal(score.text) > Decimal(weight.text):
        return chosen
    labels = (chosen.get(Role.CATEGORY), chosen.get(Role.SUBCATEGORY))
    if len(front) > _LEVELS or any(not _front_label(cell, labels) for cell in front):
        return chosen  # a value, a unit or words of the name's own: another row's shape
    out: dict[Role, Cell] = {Role.NAME: name, Role.WEIGHT: weight, Role.SCORE: score}
    for role, cell in zip((Role.SUBCATEGORY, Role.CATEGORY), reversed(front), strict=False):
        out[role] = cell
    return out


_POINTS_ROW_MIN: Final = 3  # a name and its two figures


def _worded_values_row(
    group: Sequence[Cell], chosen: dict[Role, Cell], roles: Sequence[Role]
) -> dict[Role, Cell]:
    """``县级冷链仓储中心建成运营 建成运营 已运营 5 5`` in a score table whose header puts
    指标值 and 实际值 before 分值 and 得分: a row ending in two cells of words and two bare
    numbers, after a name too long for a label, has a standard and an actual told in words,
    not two labels before a scored-only name (`_points_row`). Only in text whose cells lost
    their columns."""
    if not _values_before_points(roles) or len(group) < _WORDED_ROW_MIN:
        return chosen
    if any(cell.column >= 0 for cell in group):
        return chosen
    *front, name, standard, actual, weight, score = group
    if not all(_POINTS_RE.fullmatch(cell.text) for cell in (weight, score)):
        return chosen
    if Decimal(score.text) > Decimal(weight.text) or not _worded_value(standard):
        return chosen
    if not _worded_value(actual) or name.kind is not Kind.NAME or _is_pointed(name):
        return chosen
    if _LABEL_WORDS_RE.fullmatch(squashed(name.text)) or len(front) > _LEVELS:
        return chosen  # a label's length: two labels and a scored-only name as well
    if not all(cell.kind is Kind.CATEGORY or _is_pointed(cell) for cell in front):
        return chosen
    out = {Role.NAME: name, Role.TARGET: standard, Role.ACTUAL: actual}
    out |= {Role.WEIGHT: weight, Role.SCORE: score}
    for role, cell in zip((Role.SUBCATEGORY, Role.CATEGORY), reversed(front), strict=False):
        out[role] = cell
    return out


_WORDED_ROW_MIN: Final = 5  # a name, a standard, an actual and the two figures


def _values_before_points(roles: Sequence[Role]) -> bool:
    """Whether the header names 指标值, 实际值, 分值 and 得分 in that order."""
    wanted = (Role.TARGET, Role.ACTUAL, Role.WEIGHT, Role.SCORE)
    if not set(wanted) <= set(roles):
        return False
    places = [roles.index(role) for role in wanted]
    return places == sorted(places)


def _worded_value(cell: Cell) -> bool:
    """A standard or an actual told in words: no label, no figure."""
    return cell.kind in _WORDED_KINDS and not _is_pointed(cell)


_WORDED_KINDS: Final = frozenset({Kind.NAME, Kind.QUALITATIVE})
_LEVELS: Final = 2  # the 一级 and 二级 labels a row may open with


def _front_label(cell: Cell, labels: tuple[Cell | None, ...]) -> bool:
    """Whether a cell before a row's name is a label: a 一级 word, a label with its points,
    a cell the row's reading took for a label or its name (a bare 二级, 目标设定, taken for
    the name the row's last words are), words a label's length."""
    if cell.kind is Kind.CATEGORY or _is_pointed(cell) or any(cell is one for one in labels):
        return True
    return cell.kind is Kind.NAME and _LABEL_WORDS_RE.fullmatch(squashed(cell.text)) is not None


def _is_pointed(cell: Cell) -> bool:
    return _POINTED_LABEL_RE.fullmatch(squashed(cell.text)) is not None


# a 一级 or 二级 label printed with its points: 履职效益(25分)
_POINTED_LABEL_RE: Final = re.compile(r"[\u4e00-\u9fff]{2,10}\(\d+(?:\.\d+)?分\)")


def _label_words_named(chosen: dict[Role, Cell], roles: Sequence[Role]) -> dict[Role, Cell]:
    """``服务对象满意度 | 抽样调查满意人数/调查人数 | ≥90% | 95%`` under 三级指标 | 指标解释 |
    指标值 …: a name in a 二级 label's words (服务对象满意度, the framework's own 三级 name)
    is taken for the label, and its row's 指标解释 for the name. On the row's line, before an
    explanation (反映…, a ratio's formula) in a row that has none, the label's words are the
    name; the label stays the row's 二级. A label proper (…指标) keeps its place."""
    label, name = chosen.get(Role.SUBCATEGORY), chosen.get(Role.NAME)
    if label is None or name is None or label.line != name.line or Role.TARGET not in chosen:
        return chosen
    if Role.DEFINITION in chosen or not _definition_follows_name(roles):
        return chosen
    words = label.text.strip()
    if words.endswith("指标") or not ends_as_name(words):
        return chosen
    if not _reads_as_explanation(name.text):
        return chosen
    return {**chosen, Role.NAME: replace(label, as_name=True), Role.DEFINITION: name}


def _definition_follows_name(roles: Sequence[Role]) -> bool:
    """Whether the header's 指标解释 column stands between its name's and its target's."""
    if not {Role.NAME, Role.DEFINITION, Role.TARGET} <= set(roles):
        return False
    return roles.index(Role.NAME) < roles.index(Role.DEFINITION) < roles.index(Role.TARGET)


def _reads_as_explanation(text: str) -> bool:
    """An explanation's words: what a figure reflects (反映…) or the ratio it is (A/B)."""
    words = squashed(text)
    return _DEFINITION_OPENER_RE.match(words) is not None or "/" in words


def _targets_after_sentence(chosen: dict[Role, Cell], roles: Sequence[Role]) -> dict[Role, Cell]:
    """``反映项目实施的实际完成情况。有效提升有效提升``: a 指标解释 ends at its full stop; the
    words run on after it are the row's target and its actual, written the same, when they
    are a standard (the figure taken for the target is then the 分值 and 得分's)."""
    definition = chosen.get(Role.DEFINITION)
    if definition is None or "。" not in definition.text.rstrip("。"):
        return chosen
    head, _, tail = definition.text.rpartition("。")
    half = len(tail) // 2
    twice = len(tail) % 2 == 0 and tail[:half] == tail[half:]
    target = tail[:half] if twice else tail
    if kind_of(target) is not Kind.QUALITATIVE:
        return chosen
    out = {k: v for k, v in chosen.items() if not (k is Role.TARGET and v.kind is Kind.NUMBER)}
    if Role.TARGET in out:
        return chosen
    out[Role.DEFINITION] = replace(definition, text=head + "。")
    out[Role.TARGET] = replace(definition, text=target)
    if twice and Role.ACTUAL in roles and Role.ACTUAL not in out:
        out[Role.ACTUAL] = replace(definition, text=target)
    return out


def _weight_and_score(
    group: list[Cell], chosen: dict[Role, Cell], roles: Sequence[Role]
) -> dict[Role, Cell]:
    """``1010``, ``1513``, ``64.5``: a row's 分值 and 得分 run together into one figure (text
    with no separators), cut where the score is at most the weight, when only one cut is
    so."""
    if Role.WEIGHT not in roles or Role.SCORE not in roles:
        return chosen
    if Role.WEIGHT in chosen or Role.SCORE in chosen:
        return chosen
    used = {id(cell) for cell in chosen.values()}
    glued = [c for c in group if id(c) not in used and c.glued and c.kind is Kind.NUMBER]
    cuts = [(cell, cut) for cell in glued[-1:] for cut in _weight_score_cuts(cell.text)]
    if len(cuts) != 1:
        return chosen
    cell, cut = cuts[0]
    weight, score = replace(cell, text=cell.text[:cut]), replace(cell, text=cell.text[cut:])
    return {**chosen, Role.WEIGHT: weight, Role.SCORE: score}


def _weight_score_cuts(text: str) -> list[int]:
    cuts = []
    for cut in range(1, len(text)):
        weight, score = text[:cut], text[cut:]
        if not _POINTS_RE.fullmatch(weight) or not _POINTS_RE.fullmatch(score):
            continue
        if Decimal(score) <= Decimal(weight) <= _MOST_POINTS:
            cuts.append(cut)
    return cuts


_POINTS_RE: Final = re.compile(r"(?:0|[1-9]\d?)(?:\.\d{1,2})?")
_MOST_POINTS: Final = 30  # a row's 分值: a share of 100


def _repeated_name(text: str) -> int | None:
    """Where a name written twice in a row ends the first time (``准确率准确率=…``)."""
    for size in range(len(text) // 2, _MIN_REPEATED - 1, -1):
        if text[:size] == text[size : 2 * size]:
            return size
    return None


_MIN_REPEATED: Final = 4
_STANDARD_MAX: Final = 6
_STANDARD_MIN: Final = 2
_EXPLAINED_MIN: Final = 4


def _standard_tail(text: str) -> str | None:
    """The longest standard (``长期有效``, ``明显提升``) that ends ``text`` and leaves an
    explanation of a few words before it."""
    for size in range(min(_STANDARD_MAX, len(text) - _EXPLAINED_MIN), _STANDARD_MIN - 1, -1):
        if kind_of(text[-size:]) is Kind.QUALITATIVE:
            return text[-size:]
    return None


def _weight_off_target(
    group: list[Cell], roles: Sequence[Role]
) -> tuple[list[Cell], dict[Role, Cell]]:
    """``名称 | 达到预计值210010 | 2236人次 | 10``: a 分值 printed against the target before
    it, with no mark between, in a row that has a 得分 but no 分值 of its own. Cut where the
    分值 left is one a row can have: at most 100, not below the row's 得分, no leading zero,
    after a whole target; only when exactly one cut is such. The group with its alignment
    (kept for the group left whole: aligning a row is the table's costliest step)."""
    chosen = align(group, roles)
    score = chosen.get(Role.SCORE)
    if Role.WEIGHT not in roles or Role.WEIGHT in chosen or score is None:
        return group, chosen
    value = NUMBER_RE.fullmatch(score.text)
    if value is None:
        return group, chosen
    first = roles.index(Role.WEIGHT) < roles.index(Role.TARGET) if Role.TARGET in roles else False
    for index in range(1, len(group)):
        cell, before = group[index], group[index - 1]
        if cell.kind not in (Kind.NAME, Kind.QUANTITY) or before.kind is not Kind.NAME:
            continue
        if first:  # ``8`` then ``1200人次以上``: the 分值 printed before the target
            front = _weight_front(cell.text, float(value[0]))
            if front is not None:
                weight, target = cell.text[:front], cell.text[front:]
                pair = [replace(cell, text=weight), replace(cell, text=target)]
                cut = [*group[:index], *pair, *group[index + 1 :]]
                return cut, align(cut, roles)
            continue
        cuts = [cut for cut in (1, 2) if _weight_cut_fits(cell.text, cut, float(value[0]))]
        if len(cuts) == 1:
            head, tail = cell.text[: -cuts[0]], cell.text[-cuts[0] :]
            pair = [replace(cell, text=head), replace(cell, text=tail)]
            cut = [*group[:index], *pair, *group[index + 1 :]]
            return cut, align(cut, roles)
    return group, chosen


def _weight_front(text: str, score: float) -> int | None:
    """Where a 分值 glued before its target ends: the shortest lead of one or two digits, not
    below the row's 得分, before a whole quantitative target (8 and 1200人次以上, not 81 and
    200人次以上: a target's figure has its digits, a 分值 seldom more than one or two)."""
    for cut in (1, 2):
        head, rest = text[:cut], text[cut:]
        if not head.isdigit() or head[0] == "0" or not rest[:1].isdigit():
            continue
        if not score <= int(head) <= _MAX_WEIGHT:
            continue
        target = read_target_cell(rest).target
        if target is not None and target.kind is TargetKind.QUANTITATIVE and target.unit:
            return cut
    return None


def _weight_cut_fits(text: str, cut: int, score: float) -> bool:
    head, tail = text[:-cut], text[-cut:]
    if len(text) <= cut or not tail.isdigit() or tail[0] == "0" or not head[-1:].isdigit():
        return False
    if not score <= int(tail) <= _MAX_WEIGHT:
        return False
    target = read_target_cell(head).target
    return target is not None and target.kind is TargetKind.QUANTITATIVE


_MAX_WEIGHT: Final = 100


def _label_before_named_target(chosen: dict[Role, Cell]) -> Cell | None:
    """一级 | 指标名称 | 指标值 with a 二级 label in the name column and the name written with
    its target in the next cell (``成本 | 年度预算220万元``): the label is the 二级, and the
    next cell the name and its target (returned, as written, when so split)."""
    name, target = chosen.get(Role.NAME), chosen.get(Role.TARGET)
    if name is None or target is None or Role.SUBCATEGORY in chosen:
        return None
    if subcategory_label(label_key(name.text)) is None:
        return None
    split = split_name_target(target.text)
    if (
        split is None
        or split[2].kind is not TargetKind.QUANTITATIVE
        or kind_of(split[0]) is not Kind.NAME
    ):
        return None
    chosen[Role.SUBCATEGORY] = name
    chosen[Role.NAME] = replace(target, text=split[0])
    chosen[Role.TARGET] = replace(target, text=split[1])
    return target


def _label_alone(chosen: dict[Role, Cell]) -> None:
    """A row of a 二级 label and nothing else (``质量 |``, its cells left empty) heads the
    rows below; it is no indicator. So does a 一级 label with its points and nothing else
    (``产出指标(50分) |||``) in a form with no 一级 column."""
    name = chosen.get(Role.NAME)
    if name is None or set(chosen) - {Role.CATEGORY, Role.NAME}:
        return
    if subcategory_label(label_key(name.text)) is not None:
        chosen[Role.SUBCATEGORY] = chosen.pop(Role.NAME)
    elif Role.CATEGORY not in chosen and category_label(label_key(name.text)) is not None:
        chosen[Role.CATEGORY] = chosen.pop(Role.NAME)


_LABEL_MAX: Final = 14  # 社会公众或服务对象满意度指标
_NAME_AFTER_LABEL_MIN: Final = 4
_LABEL_MIN: Final = 4  # 社会效益; a name may well open with 成本 or 质量
_CATEGORY_MAX: Final = 5  # 满意度指标
# glyphs an OCR reads for a label's own (岀 for 出, 摽 for 标): in a label's place they mean it
_LABEL_OCR: Final = str.maketrans({"岀": "出", "摽": "标", "幖": "标"})


def _label_prefix(text: str, glued: bool) -> tuple[str, str] | None:
    """The longest 二级 label that opens ``text`` and the name after it: one ending 指标
    anywhere (no name goes on after 可持续影响指标), a bare stem (社会效益) only in text run
    together, where no mark was left between the cells."""
    for size in range(min(_LABEL_MAX, len(text) - _NAME_AFTER_LABEL_MIN), _LABEL_MIN - 1, -1):
        head, rest = text[:size], text[size:]
        if not (glued or head.endswith("指标")) or subcategory_label(head) is None:
            continue
        if kind_of(rest) is Kind.NAME and subcategory_label(rest) is None:
            return head, rest
    return None


def _category_prefix(text: str, glued: bool) -> str | None:
    """The 一级 label that opens ``text`` before a 二级 label: a bare stem (满意度) only in
    text run together, one ending 指标 (产出指标数量指标…) wherever an OCR lost the gap."""
    for size in range(min(_CATEGORY_MAX, len(text)), 1, -1):
        head = text[:size]
        if not (glued or head.endswith("指标")) or category_label(head) is None:
            continue
        if _label_prefix(text[size:], True) is not None:
            return head
    return None


def _labels_off_name(chosen: dict[Role, Cell]) -> None:
    """``可持续影响指标农房质量安全管理长效机制``: a 二级 label glued to the name of its row's
    first indicator (an OCR that lost the gap, a form run together), in a row with no 二级
    cell; a 一级 label before it (``满意度服务对象满意度…``, ``产出指标数量指标…``) too. The
    labels may carry an OCR's misread glyphs (``产岀指标``), read as the labels'."""
    name = chosen.get(Role.NAME)
    if name is None or Role.SUBCATEGORY in chosen:
        return
    if _labels_before_colon(chosen, name):
        return
    # one glyph for one: the places in the read text are the places in the printed one
    read, printed, category = name.text.translate(_LABEL_OCR), name.text, None
    if Role.CATEGORY not in chosen and (name.glued or "指标" in read[:_CATEGORY_MAX]):
        category = _category_prefix(read, name.glued)
    if category is not None:
        read, printed = read[len(category) :], printed[len(category) :]
    cut = _label_prefix(read, name.glued)
    if cut is None:
        return
    if category is not None:
        chosen[Role.CATEGORY] = replace(name, text=category)
    chosen[Role.SUBCATEGORY] = replace(name, text=cut[0])
    chosen[Role.NAME] = replace(name, text=printed[len(cut[0]) :])


# a note in brackets opening a cell cut out of text run together: ``(受持续干旱影响…推迟)`` after
# the row above's 得分, before this row's name
_OPENING_NOTE_RE: Final = re.compile(r"\((?P<note>[^()]{4,40})\)(?=[\u4e00-\u9fff]{4})")


def _note_off_name(chosen: dict[Role, Cell], rows: list[Row], roles: Sequence[Role]) -> None:
    """``8分(受持续干旱影响部分样品推迟采集)土壤样品检测合格率``: in a form run together,
    the row above's 偏差原因 (or remark) printed in brackets after its score opens the next
    row's name cell; it goes back to that row, which has none."""
    name = chosen.get(Role.NAME)
    if name is None or not name.glued or not rows:
        return
    match = _OPENING_NOTE_RE.match(name.text)
    if match is None:
        return
    above = rows[-1].cells
    role = Role.REASON if Role.ACTUAL in roles else Role.REMARK
    if role in above or Role.TARGET not in above:
        return
    above[role] = replace(name, text=match["note"])
    chosen[Role.NAME] = replace(name, text=name.text[match.end() :])


_SHORT_STEMS: Final = ("数量", "质量", "时效", "成本")
_SHORT_NAME_MIN: Final = 4


def _short_label_off_name(chosen: dict[Role, Cell], current: Cell | None) -> None:
    """``时效检测报告出具及时率`` after rows under 数量 and 质量 in a form run together: a short
    二级 label (数量, 质量, 时效, 成本) glued before a name, naming a 二级 that comes after
    the current one in the framework's order, opens that 二级's rows. A name that opens with
    its own 二级's words (``质量抽检合格率`` under 质量) or with an earlier one's stays."""
    name = chosen.get(Role.NAME)
    if name is None or not name.glued or Role.SUBCATEGORY in chosen or current is None:
        return
    at = subcategory_label(label_key(current.text))
    stem = name.text[:2]
    if at is None or stem not in _SHORT_STEMS:
        return
    label = subcategory_label(stem, at.category)
    order = list(Subcategory)
    if label is None or order.index(label) <= order.index(at):
        return
    rest = name.text[2:]
    if len(rest) < _SHORT_NAME_MIN or kind_of(rest) is not Kind.NAME:
        return
    chosen[Role.SUBCATEGORY] = replace(name, text=stem)
    chosen[Role.NAME] = replace(name, text=rest)


def _labels_before_colon(chosen: dict[Role, Cell], name: Cell) -> bool:
    """``数量:服务乡镇数``, ``满意度:农户满意度``: the row's labels written before its name,
    each with a colon, in a form with no column for them (a 一级 in its own column keeps it)."""
    prefix = split_label_prefix(name.text)
    if prefix is None:
        return False
    if prefix.subcategory is not None:
        chosen[Role.SUBCATEGORY] = replace(name, text=prefix.label)
    if Role.CATEGORY not in chosen and (prefix.upper or prefix.subcategory is None):
        chosen[Role.CATEGORY] = replace(name, text=prefix.upper or prefix.label)
    chosen[Role.NAME] = replace(name, text=prefix.name)
    return True


def _sign_onto_target(chosen: dict[Role, Cell], group: list[Cell], roles: Sequence[Role]) -> None:
    """``≥`` | ``95%``: a target's sign that OCR put in a cell of its own right before its
    figure, in a table with no column for signs (指标性质): the sign is the target's."""
    target = chosen.get(Role.TARGET)
    if target is None or Role.NATURE in roles or target.kind is not Kind.QUANTITY:
        return
    at = next((i for i, cell in enumerate(group) if cell is target), 0)
    sign = group[at - 1] if at > 0 else None
    if sign is None or sign.kind is not Kind.OPERATOR or sign.line != target.line:
        return
    if any(cell is sign for cell in chosen.values()) or _OPERATOR_GLYPH_RE.match(target.text):
        return
    chosen[Role.TARGET] = replace(target, text=sign.text.strip() + target.text)


def _target_off_name(chosen: dict[Role, Cell], roles: Sequence[Role]) -> None:
    """``服务站建设数量≧15个 | 16个 | 10 | 10``: an OCR that lost the gap between a name and
    its target (the operator glyph marks where the name ends) moved the row's figures a
    column left, the figure achieved into the target column and the actual column left
    empty: the target is the name's, the figure the actual's. A target column that holds
    the name's target again keeps it; one holding any other target is left as read."""
    name, target = chosen.get(Role.NAME), chosen.get(Role.TARGET)
    if name is None or target is None or not _OPERATOR_GLYPH_RE.search(name.text):
        return  # most rows: no sign in the name, no long pattern tried on it
    match = _operator_target_re().fullmatch(name.text)
    if match is None:
        return
    glued = read_target_cell(match["target"]).target
    read = read_target_cell(target.text).target
    if glued is not None and read is not None and read.canonical == glued.canonical:
        chosen[Role.NAME] = replace(name, text=match["name"])
        return
    if Role.ACTUAL not in roles or Role.ACTUAL in chosen or not _achieved(target.text):
        return
    chosen[Role.ACTUAL] = target
    chosen[Role.TARGET] = replace(name, text=match["target"])
    chosen[Role.NAME] = replace(name, text=match["name"])


_OPERATOR_GLYPH_RE: Final = re.compile(r"[≥≤=><≧≦﹦═＝]")


def _amount_off_name(chosen: dict[Role, Cell], roles: Sequence[Role]) -> None:
    """``成本 | 年度预算45万元 | 按进度执行 | 确定能``: a cost row with no name of its own,
    its money and its words in one cell, the row's other cells a column left: the words
    are the name, the amount its target, and the cell in the target column (no target: how
    the money went, in words no target is worded in) the actual. A target column holding a
    target is left as read."""
    name, target = chosen.get(Role.NAME), chosen.get(Role.TARGET)
    if name is None or target is None or not name.text.endswith("元"):
        return  # most rows: no money at the name's end, no pattern tried
    if Role.ACTUAL not in roles or Role.ACTUAL in chosen:
        return
    match = _AMOUNT_NAME_RE.fullmatch(name.text)
    if match is None or kind_of(target.text) in TARGET_KINDS:
        return
    chosen[Role.ACTUAL] = target
    chosen[Role.TARGET] = replace(name, text=match["target"])
    chosen[Role.NAME] = replace(name, text=match["name"])


def _standard_shifted_right(chosen: dict[Role, Cell]) -> None:
    """``可持续影响指标 | 医保基金运行 | 定性 | 安全平稳 | 反映…。 | |``: a 定性 row with no
    unit cell, one label short and padded at its end, aligned a column right: its standard
    landed in the 指标解释 column and the explanation in the remark's. The standard is the
    target, the explanation the definition."""
    nature, definition = chosen.get(Role.NATURE), chosen.get(Role.DEFINITION)
    if nature is None or definition is None or Role.TARGET in chosen:
        return  # most rows: a target read, or no nature column
    remark = chosen.get(Role.REMARK)
    if remark is None or squashed(nature.text) != "定性":
        return
    if not _reads_as_explanation(remark.text) or _reads_as_explanation(definition.text):
        return
    standard = read_target_cell(definition.text).target  # 定性 asks for one: 安全平稳
    if standard is None or standard.kind is not TargetKind.QUALITATIVE:
        return
    chosen[Role.TARGET] = definition
    chosen[Role.DEFINITION] = remark
    del chosen[Role.REMARK]


# the money a cost row is: 年度预算, 项目资金, 专项经费 and an amount in 元
_AMOUNT_NAME_RE: Final = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{0,6}(?:预算|资金|经费|总投资|投资|成本))"
    r"(?P<target>[≤<]?\d+(?:\.\d+)?[万亿]?元)"
)


def _achieved(text: str) -> bool:
    """A figure achieved: a number with its unit and no operator (a target would have one;
    a bare number may be the row's 分值 the aligner put there)."""
    return text[:1].isdigit() and kind_of(text) is Kind.QUANTITY


_OFFSET_SLACK: Final = 2


def _labels_by_offset(chosen: dict[Role, Cell], header: Sequence[Cell]) -> None:
    """``社会公众满意度   服务对象满意度   10   ≥90%``: two labels in a row of a text that
    keeps its layout, the second standing under the header's 三级指标 and the first under
    its 二级指标: the second is the row's name (a name worded as a label), the first its
    二级 label."""
    if Role.NAME in chosen or Role.CATEGORY not in chosen or Role.SUBCATEGORY not in chosen:
        return
    first, second = chosen[Role.CATEGORY], chosen[Role.SUBCATEGORY]
    at = {role: cell.offset for cell in header if (role := _role(cell)) and cell.offset >= 0}
    if first.offset < 0 or second.offset < 0 or not {Role.NAME, Role.SUBCATEGORY} <= set(at):
        return
    if abs(second.offset - at[Role.NAME]) > _OFFSET_SLACK:
        return
    if abs(first.offset - at[Role.SUBCATEGORY]) > _OFFSET_SLACK:
        return
    del chosen[Role.CATEGORY]
    chosen[Role.SUBCATEGORY], chosen[Role.NAME] = first, second


def _holds(category: Cell, subcategory: Cell | None) -> bool:
    """A 一级 label met inside its own 二级 label's rows: a merged cell printed at its middle
    row (``数量指标`` rows, then ``产出指标`` beside the third), not a new block."""
    if subcategory is None:
        return False
    under = subcategory_label(label_key(subcategory.text))
    return under is not None and under.category is category_label(label_key(category.text))


def _cost_under_output(chosen: dict[Role, Cell], category: Cell | None, group: list[Cell]) -> None:
    """``成本指标`` is a 一级 label in the newer framework (with 经济成本指标 … under it) and a
    二级 label under 产出指标 in the older one: under 产出指标, with no cost 二级 label after
    it, it is the 二级."""
    cell = chosen.get(Role.CATEGORY)
    if cell is None or category is None or Role.SUBCATEGORY in chosen:
        return
    if category_label(label_key(cell.text)) is not Category.COST:
        return
    if category_label(label_key(category.text)) is not Category.OUTPUT:
        return
    del chosen[Role.CATEGORY]
    chosen[Role.SUBCATEGORY] = cell


def _by_source_row(body: list[Cell]) -> list[list[Cell]]:
    groups: dict[int, list[Cell]] = {}
    for cell in body:
        groups.setdefault(cell.row, []).append(cell)
    return _join_wrapped(list(groups.values()))


def _join_wrapped(groups: list[list[Cell]]) -> list[list[Cell]]:
    """A row whose name wrapped onto the next line (``| 公共设施更新`` then ``数量 | 3所 | …``):
    a line of words with no value, before a line that starts with words and holds the
    values, is the start of that cell."""
    out: list[list[Cell]] = []
    for group in groups:
        previous = out[-1] if out else None
        if (
            previous is not None
            and len(out) > 1
            and not any(cell.kind in VALUE_KINDS for cell in previous)
            and (ended := _ends_cut_name_above(out[-2], previous, group)) is not None
        ):
            out[-2:] = [ended, group]
            continue
        if (
            previous is not None
            and not any(cell.kind in VALUE_KINDS for cell in previous)
            and previous[-1].kind is Kind.NAME
            and len(previous[-1].text) > 1  # a glyph of a label printed down the side
            and (group[0].kind in (Kind.NAME, Kind.SUBCATEGORY) or _standard_word_tail(group))
            and not _label_then_name(group)
            and _ITEM_NUMBER_RE.match(group[0].text) is None  # a numbered name opens its row
            and any(cell.kind in TARGET_KINDS for cell in group[1:])
            and not _own_name_above(previous, group[0])
            and not _whole_names(previous[-1], group[0])
            and not _ends_name_above(out[-2] if len(out) > 1 else None, previous, group[0])
            and _GOAL_LABEL_END_RE.search(previous[-1].text) is None
        ):
            head = previous[-1]
            joined = replace(head, text=head.text + group[0].text)
            out[-1] = [*previous[:-1], joined, *group[1:]]
            continue
        out.append(group)
    return out


_WORD_TAIL_MAX: Final = 4
# a goal's label wrapped in its cell (年度整体 / 支出目标 3), its second line over the goal's
# first row: its number ends it, and no name starts with it
_GOAL_LABEL_END_RE: Final = re.compile(r"支出目标\s*\d{1,2}$")


def _standard_word_tail(group: list[Cell]) -> bool:
    """``修复区植被盖度`` / ``提高 | ≥5个百分点 | 5.6个百分点``: a cell's second paragraph
    made a line, its name's last word one a standard also says (提高, 改善), with the
    row's target right after it: the word is the name's end, not a target (the target is
    the quantity beside it)."""
    return (
        len(group) > 2
        and group[0].kind is Kind.QUALITATIVE
        and len(squashed(group[0].text)) <= _WORD_TAIL_MAX
        and group[1].kind in (Kind.QUANTITY, Kind.PERIOD)
    )


def _ends_cut_name_above(
    above: list[Cell], words: list[Cell], group: list[Cell]
) -> list[Cell] | None:
    """``家庭经济困难学生因贫  =0人 …``, then ``指标  失学辍学人数`` (a wrapped 一级 label's
    end beside it), then ``学生营养健康状况  逐步改善 …``: in a table laid out by spaces, a
    line of a name's words between two rows is the end of the name above where that name is
    cut inside a word and ends as a name with them, and the name below is whole without
    them. The row above with its name completed; None for any other line."""
    pieces = [cell for cell in words if label_key(cell.text) != _LABEL_TAIL]
    if len(pieces) != 1 or pieces[0].kind is not Kind.NAME or pieces[0].column >= 0:
        return None
    first = group[0]
    if first.kind is not Kind.NAME or not any(cell.kind in TARGET_KINDS for cell in group[1:]):
        return None
    head = _name_before_target(above)
    if head is None:
        return None
    name, end, below = squashed(head.text), squashed(pieces[0].text), squashed(first.text)
    if ends_as_name(name) or not ends_as_name(name + end):
        return None
    if len(below) < _HEAD_MIN or not ends_as_name(below):
        return None
    return [replace(c, text=c.text + pieces[0].text) if c is head else c for c in above]


def _ends_name_above(above: list[Cell] | None, words: list[Cell], first: Cell) -> bool:
    """``| | 公共文化场馆免费开放 | 6 | ≥300天 |`` then ``| | 天数 | | |``, then the next row:
    in lines whose cells keep their places (a Word table converted to Markdown, a cell's
    second paragraph made a row of its own), a line of a few words under the name of the row
    above, in its column, that the name lacks (it does not end as a name does, and with them
    it does) is that name's end, not the next name's start (with which it would end as no
    name does, when the next line's name stands in that column)."""
    if above is None or len(words) != 1:
        return False
    tail = words[0]
    name = _name_over(above, tail)
    if name is None or tail.column < 0 or name.column != tail.column:
        return False
    end, head = squashed(tail.text), squashed(name.text)
    if len(end) > _TAIL_MAX or (ends_as_name(head) and len(end) > _SHORT_END):
        # a name ending as a whole one does may still lack a last word of a glyph or three
        # (管理制度 / 健全性): a row's own name is longer
        return False
    joined_down = (
        first.kind is Kind.NAME
        and first.column == tail.column
        and ends_as_name(squashed(tail.text + first.text))
    )
    # a name cut inside a word (新建城市休 / 闲公园) takes its end whatever the two make
    cut = not ends_as_name(head) and len(end) <= len(head)
    return (cut or ends_as_name(head + end)) and not joined_down


def _own_name_above(previous: list[Cell], first: Cell) -> bool:
    """A line whose cells keep their places, with a name of its own in the column the next
    line's name stands in, and its last words further right (a definition printed a column
    off, its target lost: ``产出指标 | | 培训文艺骨干人数 | | 组织…的人数``): no name's first
    line, whatever its last cell."""
    last = previous[-1]
    if first.column < 0 or last.column <= first.column:
        return False
    return any(cell.column == first.column and cell.kind is Kind.NAME for cell in previous)


def _whole_names(head: Cell, name: Cell) -> bool:
    """``| | 召开工作会议次数`` over ``| | 组织干部学习培训次数 | ≥ | 2``: in lines whose cells
    keep their places, a name ending as a whole name does, over another whole name in its
    column, is a row whose values are empty, not the first line of the name below."""
    first, second = squashed(head.text), squashed(name.text)
    return (
        head.column >= 0
        and head.column == name.column
        and ends_as_name(first)
        and len(second) >= _HEAD_MIN
        and ends_as_name(second)
    )


def _label_then_name(group: list[Cell]) -> bool:
    """``质量指标 | 种苗成活率 | ≥90%``: a 二级 label heading its own row's name is no
    name's second line (``数量 | 3所``, the label's words right before a value, may be)."""
    return len(group) > 1 and group[0].kind is Kind.SUBCATEGORY and group[1].kind is Kind.NAME


def _join_tails(groups: list[list[Cell]], has_basis: bool) -> list[list[Cell]]:
    """A row whose name wrapped, its values on the first line (``| 水毁工程修复 | ≥25处 |``
    then ``| | 处数 | |``): a line of a short word and nothing else (but the ``指标`` of a
    wrapped label), after a row with a name and a target, is the end of that name, even past
    a page marker (``— 4 —``). In a table with a 绩效标准 column, a standard's basis alone
    (``计划标准``, ``行业标准``) is that column's cell, not a name's end."""
    per_row: dict[int, int] = {}
    for cell in (cell for group in groups for cell in group):
        per_row[cell.row] = per_row.get(cell.row, 0) + 1
    out: list[list[Cell]] = []
    for index, found in enumerate(groups):
        # a plain-text grid's rule between groups of rows (+----+----+) is no cell
        found = [
            cell for cell in found if not cell.text.startswith("+") or not is_grid_rule(cell.text)
        ]
        if not found or _furniture(found):
            continue  # a page marker (第 1 页, — 4 —) or a 续表 line is no row
        if out and (moved := _label_word_tail(out[-1], found)) is not None:
            out[-1], found = moved
        group = _own_tails(found)
        # a line of its own: a short text beside a row's name is a label (产出质量)
        alone = len(group) == per_row[group[0].row]
        if alone and label_key(group[0].text) in _TOTAL_WORDS:
            out.append(group)  # ``合计 |``: the sums' row under the last, cut before them
            continue
        tail = _name_tail(group) if alone else None
        previous = out[-1] if out else None
        if alone and tail is None and previous is not None:
            after = groups[index + 1] if index + 1 < len(groups) else None
            tail = _glyph_tail(group, previous, after) or _word_in_name_column(group, previous)
        if alone and tail is None and previous is not None:
            placed = _placed_tails(group, previous)
            if placed is not None:
                out[-1] = placed
                continue
        if previous is not None and _values_under(previous, group, per_row):
            # the row's values printed a line low, beside its wrapped label's ``指标``
            out[-1] = [*previous, *(c for c in group if c.kind in VALUE_KINDS)]
            continue
        if tail is not None and has_basis and is_basis_name(tail.text) and previous is not None:
            out[-1] = [*previous, tail]
            continue
        head = _name_over(previous, tail) if tail is not None and previous else None
        if tail is None or head is None or previous is None or not _same_column(head, tail):
            out.append(group)
            continue
        out[-1] = [replace(c, text=c.text + tail.text) if c is head else c for c in previous]
    return out


_TEXT_KINDS: Final = frozenset({Kind.NAME, Kind.SENTENCE})


def _own_tails(group: list[Cell]) -> list[Cell]:
    """A row grouped with its name's wrapped end from the next line (``…资助人 ≥1300人次``
    then ``次`` under the name): that end joined to the name, as :func:`_placed_tails`
    tells."""
    last = group[-1].row
    split = next((i for i, cell in enumerate(group) if cell.row == last), 0)
    if split == 0:
        return group
    return _placed_tails(group[split:], group[:split]) or group


def _placed_tails(group: list[Cell], previous: list[Cell]) -> list[Cell] | None:
    """``| | | 次 | |`` or ``→→幼儿人次→→…→下达,执行进度偏慢`` under a row whose cells keep
    their places: a line whose every cell stands under a text of the row above, one of them
    a few words under its name (what they are alone does not matter: 次 is a unit, 数量 a
    label's start, in the name's column they end the name), is the end of those cells; None
    for any other line."""
    head = _name_before_target(previous)
    if head is None or head.column < 0 or any(cell.column < 0 for cell in group):
        return None
    above = {cell.column: cell for cell in previous if cell.column >= 0}
    ends: dict[int, str] = {}
    for cell in group:
        top = above.get(cell.column)
        if top is None or top.kind not in _TEXT_KINDS or cell.kind in TARGET_KINDS:
            return None
        ends[id(top)] = cell.text
    under = next((cell for cell in group if cell.column == head.column), None)
    if under is None and len(group) == 1 and (name := _name_over(previous, group[0])) is not None:
        head, under = name, group[0]
    if under is None or not _short_tail(squashed(under.text), squashed(head.text)):
        return None
    return [replace(c, text=c.text + ends[id(c)]) if id(c) in ends else c for c in previous]


# a name cut inside a word (人均基本公共卫生服务 / 经费市级配套标准) may leave more words to
# its second line than a few: up to this many, where the first line does not end as a name
_CUT_TAIL_MAX: Final = 10


def _short_tail(tail: str, head: str) -> bool:
    """Whether a name's second line in its cell is short enough to be its end: a few words,
    or more under a first line cut inside a word."""
    if len(tail) <= _TAIL_MAX:
        return True
    return len(tail) <= _CUT_TAIL_MAX and not ends_as_name(head)


def _values_under(previous: list[Cell], group: list[Cell], per_row: dict[int, int]) -> bool:
    """``可持续影响   新型经营主体联农带农机制`` then ``指标   长期有效``: a line of a wrapped
    label's ``指标`` and values only, under a row with a name and no value, holds that
    row's values (a PDF centres them down its taller row)."""
    if len(group) != per_row[group[0].row] or len(group) < 2:
        return False
    if label_key(group[0].text) != _LABEL_TAIL:
        return False
    if not all(cell.kind in VALUE_KINDS for cell in group[1:]):
        return False
    has_name = any(cell.kind is Kind.NAME for cell in previous)
    return has_name and not any(cell.kind in VALUE_KINDS for cell in previous)


def _join_heads(groups: list[list[Cell]]) -> list[list[Cell]]:
    """A name wrapped the other way, its first words on a line of their own and its last
    words on the next line with the row's values (``达到服务能力推荐标准的乡镇`` over
    ``卫生院数量 ≧6个``): in a table laid out by spaces, a line holding only a name that
    starts where the next line's name starts is that name's beginning."""
    out: list[list[Cell]] = []
    for index, group in enumerate(groups):
        head = _name_alone(group) or _labelled_cut_name(group)
        after = groups[index + 1] if index + 1 < len(groups) else None
        name = _name_before_target(after) if head is not None and after else None
        if head is None or after is None or name is None or not _wraps_into(head, name):
            out.append(group)
            continue
        if head is not group[0] and not ends_as_name(head.text + name.text):
            out.append(group)
            continue
        if "".join(evaluation_labels(head.text + name.text)) == head.text:
            out.append(group)  # 项目效益 over its row: the 绩效评价 framework's label
            continue
        joined = [replace(c, text=head.text + c.text) if c is name else c for c in after]
        groups[index + 1] = [*group[:-1], *joined]  # the labels stay with the row
    return out


def _labelled_cut_name(group: list[Cell]) -> Cell | None:
    """``质量指标`` then ``…评估覆盖`` with no target, the line after it ``率 = 100 %``: a name
    under its labels cut inside a word (it does not end as a name does), its end on the
    next line with the row's values."""
    *labels, last = group
    if not labels or any(cell.kind not in _LABEL_KINDS for cell in labels):
        return None
    head = _name_alone([last])
    return head if head is not None and not ends_as_name(head.text) else None


_HEAD_MIN: Final = 4  # a name's first line is most of it; two glyphs are a label's piece
_JOINED_MAX: Final = 30


def _name_alone(group: list[Cell]) -> Cell | None:
    if len(group) != 1 or group[0].kind is not Kind.NAME or group[0].as_name:
        return None
    text = "".join(group[0].text.split())
    if len(text) < _HEAD_MIN or not text.isalpha() or _label_start(text):
        return None
    return group[0]


def _wraps_into(head: Cell, name: Cell) -> bool:
    """The name goes on in the next line, under its first words: same start, next row."""
    return (
        head.offset >= 0
        and head.offset == name.offset
        and name.row == head.row + 1
        and len(head.text) + len(name.text) <= _JOINED_MAX
    )


def _furniture(group: list[Cell]) -> bool:
    text = "".join(cell.text for cell in group)
    return is_decorative(text) or "".join(text.split()) in _CONTINUED


_CONTINUED: Final = frozenset({"续表", "续上表", "(续表)", "(续)"})
_TAIL_MAX: Final = 5  # a name's second line is its last words; a whole name is longer
_SHORT_END: Final = 3
_TAIL_MIN: Final = 2  # one glyph alone is a label printed down the table's side (绩 / 效)
_LABEL_TAIL: Final = "指标"


def _name_tail(group: list[Cell]) -> Cell | None:
    words = [cell for cell in group if label_key(cell.text) != _LABEL_TAIL]
    if len(words) != 1 or words[0].kind is not Kind.NAME or words[0].as_name:
        return None
    text = "".join(words[0].text.split())
    # one glyph alone is a label printed down the table's side (绩 / 效), in its first
    # column; in a column further in, where the names stand, it is a name's last glyph
    # (``| | |积| |`` under ``…校舍维修改造面``)
    shortest = 1 if words[0].column > 0 else _TAIL_MIN
    if not shortest <= len(text) <= _TAIL_MAX or not text.isalpha() or _label_start(text):
        return None
    return words[0]


def _word_in_name_column(group: list[Cell], previous: list[Cell]) -> Cell | None:
    """``| | | 提升 | | |`` under ``| | | 亩均粮食产能 | 与建设前相比 | ≥50公斤 |``: in lines
    whose cells keep their places, a short word that could be a standard (提升, 改善), alone
    in the name column under a row that has its target, is the end of that row's name: the
    row's standard stands in its own column already."""
    if len(group) != 1 or group[0].kind is not Kind.QUALITATIVE or group[0].column < 0:
        return None
    name = _name_over(previous, group[0])
    text = squashed(group[0].text)
    if name is None or name.column != group[0].column or not _TAIL_MIN <= len(text) <= _TAIL_MAX:
        return None
    return group[0]


# a name's last glyph that says what it measures (服务 / 率, 满意 / 度)
_MEASURE_GLYPHS: Final = frozenset("率度数量")


def _glyph_tail(group: list[Cell], previous: list[Cell], after: list[Cell] | None) -> Cell | None:
    """``2型糖尿病患者基层规范管理服务  ≥62% …`` then ``率`` alone: in a table laid out by
    spaces or tabs (no column to tell by), one glyph alone on a line is the last glyph of the
    name above when it is a measure's glyph that name lacks; a label printed down the side
    goes on one glyph a line (年 / 度 / 绩 / 效), and a name that ends in its measure
    (…接种率) takes no second one."""
    if len(group) != 1 or group[0].column >= 0 or group[0].text.strip() not in _MEASURE_GLYPHS:
        return None
    if after is not None and len(after) == 1 and len(after[0].text.strip()) == 1:
        return None  # one glyph a line: a label printed down the side
    name = _name_before_target(previous)
    if name is None or name.text[-1:] in _MEASURE_GLYPHS or not name.text[-1:].isalpha():
        return None
    return group[0]


def _label_start(text: str) -> bool:
    """``生态`` (of 生态效益指标) or ``响指标`` (of 可持续影响指标): a label's first or last
    words, cut off, not a name's end."""
    if text.endswith(("指标", "指", "标")) or is_framework_subcategory(text):
        return True  # 产出质量: a score table's 二级 label, on its line before its rows
    return any(kind_of(text + rest) in _LABEL_KINDS for rest in ("指标", "效益指标"))


def _name_before_target(group: list[Cell]) -> Cell | None:
    """The name of a row that has its target: the words right before its first target."""
    for index, cell in enumerate(group[1:], start=1):
        if cell.kind in TARGET_KINDS:
            at = index - 1
            while at > 0 and group[at].kind is Kind.OPERATOR:
                at -= 1  # 指标性质 (定量, ≥) between the name and its target
            before = group[at]
            return before if before.kind is Kind.NAME else None
    return None


def _name_over(group: list[Cell], tail: Cell) -> Cell | None:
    """The name of a row that has its target, in the column ``tail`` stands in: the words
    right before its first target, or, when a text column (指标解释, 绩效指标描述) stands
    between them, the name cell before it in ``tail``'s column (the name column, whose
    wrapped end the line under holds)."""
    name = _name_before_target(group)
    if name is None or tail.column < 0 or name.column == tail.column:
        return name
    for cell in group:
        if cell is name:
            break
        if cell.column == tail.column:
            return cell if cell.kind is Kind.NAME else None
    return name


def _label_word_tail(
    previous: list[Cell], group: list[Cell]
) -> tuple[list[Cell], list[Cell]] | None:
    """``| | |义务教育阶段学校| =118所 |`` then ``| | |数量| |``, then the next row: in lines
    whose cells keep their places, a 二级 label's short form (数量, 质量) on a line of its own
    in the names' column, over the next row's name in that column, is the end of the name
    above (a label stands in its own column), when the name lacks it and with it ends as a
    name does."""
    if len(group) < _TWO_CELLS or group[0].kind is not Kind.SUBCATEGORY:
        return None
    word, name = group[0], group[1]
    head = _name_before_target(previous)
    if head is None or word.column < 0 or not (head.column == word.column == name.column):
        return None
    if word.row == name.row or ends_as_name(squashed(head.text)):
        return None
    if not ends_as_name(squashed(head.text + word.text)):
        return None
    joined = [replace(c, text=c.text + word.text) if c is head else c for c in previous]
    return joined, group[1:]


_TWO_CELLS: Final = 2


def _same_column(head: Cell, tail: Cell) -> bool:
    return head.column < 0 or tail.column < 0 or head.column == tail.column


_NAME_KINDS: Final = frozenset({Kind.NAME, Kind.SENTENCE})


def _question_after_answers(current: list[Cell], cell: Cell) -> bool:
    """A yes/no question (招标程序是否规范) after a row of one answered with 是/否 alone
    (过程指标 rows, unscored): the next row's name, however few cells the row above has."""
    names = [item for item in current if item.kind in _NAME_KINDS]
    answers = [item for item in current if item.text in _ANSWERS]
    return (
        "是否" in cell.text
        and len(names) == 1
        and "是否" in names[0].text
        and len(answers) == len(current) - 1
    )


_ANSWERS: Final = frozenset({"是", "否"})


def _by_names(
    body: list[Cell], roles: Sequence[Role], places: dict[int, Role] | None = None
) -> list[list[Cell]]:
    """Rows of a stream without row boundaries: a label, or a name after a row's values,
    starts one. A text after too few values for a row of this table (as many as its rows
    so far have) is the row's own text column (实际完成值 in words, 偏差原因), not a name;
    so is a target in words standing in the target's column beside the name (``低保金发放 |
    按月核定、按季发放``) where the cells keep their places."""
    text_roles = [role for role in roles if role in _TEXT_ROLES]
    prose_roles = [role for role in roles if role in _PROSE_ROLES]
    late_prose = _prose_after_target(roles)
    # a 指标解释 column before the target's: a sentence with a name before its explanation's
    # opening word (…人数反映…。) opens the next row, whatever text column ends the row above
    early_definition = (
        Role.DEFINITION in roles
        and Role.TARGET in roles
        and roles.index(Role.DEFINITION) < roles.index(Role.TARGET)
    )
    groups: list[list[Cell]] = []
    sizes: list[int] = []
    current: list[Cell] = []
    has_name = has_value = False

    def flush() -> None:
        nonlocal current, has_name, has_value
        if current:
            groups.append(current)
            if has_name and has_value:
                sizes.append(_valued_size(current))
        current, has_name, has_value = [], False, False

    category: Category | None = None
    numbered_line: int | None = None  # the line of the number (指标3) opening the row
    body = _join_event_limits(_drop_glued_numbering(body))
    body = join_line_tails(body, roles)
    for index, cell in enumerate(body):
        second_level = cell.kind is Kind.SUBCATEGORY or _cost_as_second_level(cell, category)
        if _label_as_name(body, index) or (second_level and Role.SUBCATEGORY not in roles):
            cell = replace(cell, as_name=True)
        kind = cell.kind
        if kind is Kind.CATEGORY and not second_level:
            category = category_label(label_key(cell.text))
        if kind in (Kind.CATEGORY, Kind.SUBCATEGORY, Kind.NUMBERING):
            flush()
            numbered_line = cell.line if kind is Kind.NUMBERING else None
            if kind is not Kind.NUMBERING:
                current.append(cell)
            continue
        if (
            kind in _NAME_KINDS
            and not has_value
            and _definition_wrapped(current, cell, roles, numbered_line)
        ):
            # 指标2 档案数字化页数 馆藏档案扫描、著录 | 的页数 ≥20万页: a numbered row's
            # explanation wrapped onto a line with no number of its own
            current[-1] = replace(current[-1], text=current[-1].text + cell.text)
            continue
        if kind in _NAME_KINDS and has_name and _explains(cell, roles):
            current.append(cell)  # the row's 指标解释 or 评分标准, even on the first row
            continue
        if early_definition and not has_value and _definition_after_name(current, cell):
            current.append(cell)  # the row's 指标解释 in free words, its own line
            continue
        if (
            early_definition
            and not has_value
            and _unit_word_definition(current, cell, body[index + 1 : index + 2])
        ):
            current.append(cell)  # the row's 指标解释: what its figure counts (人次)
            continue
        # a name's wrapped tail may be a unit word (人次) where no column holds units
        tail_kinds = _NAME_KINDS if Role.UNIT in roles else _NAME_OR_UNIT_KINDS
        if (
            kind in tail_kinds
            and has_name
            and not has_value
            and not _TEXTS_BEFORE_NAME & set(roles)
            and (
                _wrapped_name(current, cell)
                or _last_word_wrapped(current, cell, body[index + 1 : index + 2])
            )
        ):
            current[-1] = replace(current[-1], text=current[-1].text + cell.text)
            continue
        if kind in _NAME_KINDS and has_name and not has_value and _unknown_text(current, roles):
            current.append(cell)  # the cell of a column no list names, right after the name's
            continue
        if (
            kind in _NAME_KINDS
            and has_name
            and not has_value
            and _target_in_place(current, cell, places or {})
        ):
            has_value = True
            current.append(cell)
            continue
        if kind in _NAME_KINDS and has_name and _side_by_side_target(current, cell, roles):
            has_value = True
            current.append(cell)
            continue
        if kind in _NAME_KINDS:
            if has_name and (has_value or not _may_be_value(cell, roles)):
                size = _row_size(current)
                typical = sorted(sizes)[len(sizes) // 2] if sizes else 0
                prose = (
                    late_prose
                    and _prose_text(cell)
                    and not (early_definition and _definition_at(cell.text) is not None)
                )
                numbered = _NUMBERED_NAME_RE.match(cell.text) is not None
                if (
                    has_value
                    and text_roles
                    and (size < typical or prose)
                    and not numbered
                    and not _scored_last(current, roles)
                    and not _question_after_answers(current, cell)
                ):
                    current.append(cell)  # the row's text column, not a new name
                    continue
                flush()
            has_name = True
            current.append(cell)
            continue
        if kind in VALUE_KINDS:
            has_value = has_value or kind in TARGET_KINDS or kind is Kind.STATUS
        current.append(cell)
    flush()
    return _fold_text_rows(groups, bool(prose_roles))


def _definition_wrapped(
    current: list[Cell], cell: Cell, roles: Sequence[Role], numbered_line: int | None
) -> bool:
    """A text on the line after a row opened by its number (指标3) on that line, the row its
    name and 指标解释 so far and no value: the explanation's wrapped end (each row of the
    table opens with its number, so a line with none opens no row)."""
    if numbered_line is None or Role.DEFINITION not in roles or len(current) != _NAME_AND_TEXT:
        return False
    name, text = current
    return (
        name.kind is Kind.NAME
        and text.kind is Kind.NAME
        and name.line == text.line == numbered_line
        and cell.line == numbered_line + 1
    )


_NAME_AND_TEXT: Final = 2


def _scored_last(current: list[Cell], roles: Sequence[Role]) -> bool:
    """Whether the row so far ends with its 得分, the header's last column (a score table
    whose text columns, 评分标准 and 实际完成情况, all stand before it): the text after it
    opens the next row, however short the row (a 评分标准 on one line, not two)."""
    if (
        not current
        or current[-1].kind is not Kind.NUMBER
        or not roles
        or roles[-1] is not Role.SCORE
    ):
        return False
    return sum(1 for cell in current if cell.kind is Kind.NUMBER) >= _WEIGHT_AND_SCORE


_WEIGHT_AND_SCORE: Final = 2


def _definition_after_name(current: list[Cell], cell: Cell) -> bool:
    """``档案接收进馆数量`` / ``年度接收各立档单位到期移交档案`` / ``≥8000卷``: under a header
    whose 指标解释 stands between the name and the target, the text right after a row's name
    (its one text so far), on the name's line (cells one space apart) or the next (one cell
    a line), is its explanation, however it opens, not the next row's name; a numbered name
    (``指标2…``) opens a row of its own."""
    texts = [each for each in current if each.kind in _NAME_KINDS]
    if cell.kind not in _NAME_KINDS or len(texts) != 1 or texts[0] is not current[-1]:
        return False
    return _NUMBERED_NAME_RE.match(cell.text) is None


def _unit_word_definition(current: list[Cell], cell: Cell, following: list[Cell]) -> bool:
    """``农村妇女技能培训 人次 ≥500人次``: under a header whose 指标解释 stands between the
    name and the target, a unit word alone right after a row's one name, on the name's
    line with the row's target right after it there, is the explanation's cell (what the
    figure counts), not the name's last word (a name wrapped in its cell goes on a line
    of its own)."""
    if cell.kind is not Kind.UNIT or not current or not following:
        return False
    name, target = current[-1], following[0]
    if name.kind not in _NAME_KINDS or name.as_name or target.kind not in TARGET_KINDS:
        return False
    if sum(1 for each in current if each.kind in _NAME_KINDS) != 1:
        return False
    return name.line == cell.line == target.line


def _unknown_text(current: list[Cell], roles: Sequence[Role]) -> bool:
    """Whether a text after a row's name and before its values is the cell of a column no
    list names (经办人意见) that the header puts right after the name's: so many texts the
    row may hold there."""
    if Role.NAME not in roles:
        return False
    after = roles[roles.index(Role.NAME) + 1 :]
    columns = next((at for at, role in enumerate(after) if role is not Role.OTHER), len(after))
    texts = sum(1 for cell in current if cell.kind in _NAME_KINDS) - 1  # less the name
    return texts < columns


# the last words of a name wrapped onto a line of its own: a few (a whole name is longer),
# fewer than the line the cell's width allowed before them
_WRAPPED_TAIL_MAX: Final = 6
_FULL_LINE_MIN: Final = 12  # a name's first line this long filled its cell's width
# columns of words before the name's (部门职责, 工作活动): a name line after one is no tail
_TEXTS_BEFORE_NAME: Final = frozenset({Role.DUTY, Role.ACTIVITY})


def _wrapped_name(current: list[Cell], cell: Cell) -> bool:
    """``雨水情测报设施`` then ``维护数量``, each a line of a stream with no row boundaries,
    before the row's values: a name cut inside a word (it does not end as a name does)
    whose next line's few words (fewer than the first line's) end it; a measure word alone
    (``规模``, ``人次``: ``脱贫劳动力外出务工`` / ``规模`` / ``≥5.6万人``) ends it too."""
    name = current[-1]
    if name.kind is not Kind.NAME or cell.kind not in _TAIL_KINDS or name.as_name:
        return False
    head, tail = squashed(name.text), squashed(cell.text)
    # in a row run together on one line, a first line as wide as a cell is ever printed
    # wraps a longer end (政府办基层 / 医疗卫生机构覆盖率); lines of their own may be a text
    # column's (指标解释) before the next name
    full = name.line == cell.line and len(head) >= _FULL_LINE_MIN
    most = len(head) if full else _WRAPPED_TAIL_MAX
    short = len(tail) <= most and len(tail) < len(head)
    # a template's numbering (指标1) took the line's width, but is none of the name's words
    words = _TEMPLATE_NUMBER_RE.sub("", head)
    if not short or len(words) < _HEAD_MIN or ends_as_name(words):
        return False
    if not (words + tail).isalpha() or _label_start(tail) or evaluation_labels(words + tail):
        return False  # 预算执行(20分), 项目效益: the 绩效评价 framework's labels over a row
    return ends_as_name(words + tail) or tail.endswith(_MEASURE_WORDS)


def _last_word_wrapped(current: list[Cell], cell: Cell, following: list[Cell]) -> bool:
    """``基层医疗卫生机构药品零差率 销售 持续执行``: in a row run together on one line, a name
    as wide as its cell is ever printed, then a word of two glyphs, then the row's target:
    the word is the name's last, wrapped (no name is a word so short), though the first
    line ends as a name may (零差率 / 销售)."""
    name = current[-1]
    if name.kind is not Kind.NAME or cell.kind is not Kind.NAME or name.as_name:
        return False
    if not following or following[0].kind not in TARGET_KINDS:
        return False
    if not name.line == cell.line == following[0].line:
        return False
    head, tail = squashed(name.text), squashed(cell.text)
    if len(head) < _FULL_LINE_MIN or len(tail) > _LAST_WORD_MAX or not (head + tail).isalpha():
        return False
    return not _label_start(tail) and not evaluation_labels(head + tail)


_LAST_WORD_MAX: Final = 2  # a word; a name of its own says more (受益人数, 满意度)


# what a name's wrapped last line may read as: words, or a unit word (人次) ending a count
_TAIL_KINDS: Final = frozenset({Kind.NAME, Kind.UNIT})
_NAME_OR_UNIT_KINDS: Final = frozenset({*_NAME_KINDS, Kind.UNIT})
# measure words that end a name though their last glyph ends other words too (规模, 年限)
# (alone or ending the tail: ``设施持续`` / ``运行年限``)
_MEASURE_WORDS: Final = ("规模", "年限", "时长", "周期", "范围", "面积")
_TEMPLATE_NUMBER_RE: Final = re.compile(r"^指标\d{1,2}[:：、.]?")


def _explains(cell: Cell, roles: Sequence[Role]) -> bool:
    """``反映当年纳入低保的人数``, ``达到目标值得满分``: in a table with a 指标解释 or 评分标准
    column, a text that opens as an explanation or states a scoring rule is no name."""
    if Role.DEFINITION not in roles:
        return False
    if _EXPLANATION_RE.match(cell.text) is not None or is_scoring_rule(cell.text):
        return True
    # a formula standing as a cell of its own (not cut out of text run together, where the
    # name before it may be glued on)
    return not cell.glued and _FORMULA_RE.match(cell.text) is not None


# An explanation opens with 反映 / 衡量 / 是指, or asks what is checked (``考核新建高标准农田
# 面积是否达到预期目标``): a name that begins with 考核 (考核优秀率) asks nothing. A formula
# (``参加课后服务学生数/在校学生数``, ``…×100%``) explains its row's rate too.
_EXPLANATION_RE: Final = re.compile(r"反映|衡量|是指|考核\S*(?:是否|情况)")
_FORMULA_RE: Final = re.compile(r"[\u4e00-\u9fff]{2,}[/÷][\u4e00-\u9fff]{2,}|.*[×÷]100%")


# ``指标2某某合格率``: a template's numbering before a name starts a row of its own
_NUMBERED_NAME_RE: Final = re.compile(r"指标\d{1,2}[::、.]?[^\d\s]")


def _fold_text_rows(groups: list[list[Cell]], takes_text: bool) -> list[list[Cell]]:
    """A text with no value of its own after a row that has values, in a table with text
    columns (偏差原因, 备注, 整改措施), is that row's text, not an indicator of its own."""
    if not takes_text:
        return groups
    out: list[list[Cell]] = []
    for group in groups:
        texts_only = all(cell.kind in _NAME_KINDS for cell in group)
        previous_has_values = bool(out) and any(
            cell.kind in TARGET_KINDS or cell.kind is Kind.STATUS for cell in out[-1]
        )
        if texts_only and previous_has_values:
            out[-1] = out[-1] + group
            continue
        out.append(group)
    return out


_PROSE_ROLES: Final = frozenset(
    {Role.REASON, Role.REMARK, Role.DEFINITION, Role.CAUSE, Role.RECTIFICATION, Role.OTHER}
)
_PROSE_RE: Final = re.compile(r"[;。]")
# two clauses a comma parts (``受天气影响工期延后,下一步加快进度``): a short sentence, no
# name, though too short for a sentence by its length alone
_CLAUSES_RE: Final = re.compile(r"[\u4e00-\u9fff]{2,}[,，][\u4e00-\u9fff]{2,}")


def _prose_text(cell: Cell) -> bool:
    """Whether a cell is a sentence by its marks: a full stop or a semicolon, or two clauses."""
    if cell.kind is Kind.SENTENCE:
        return _PROSE_RE.search(cell.text) is not None
    return cell.kind is Kind.NAME and _CLAUSES_RE.fullmatch(squashed(cell.text)) is not None


def _prose_after_target(roles: Sequence[Role]) -> bool:
    """Whether a column of prose stands after the target's: a sentence after a row's values
    may be its own (偏差原因); where the only prose column (指标解释) comes before the target,
    such a sentence opens the next row (its name with the explanation glued on)."""
    prose = [at for at, role in enumerate(roles) if role in _PROSE_ROLES]
    if Role.TARGET not in roles:
        return bool(prose)
    return any(at > roles.index(Role.TARGET) for at in prose)


def _row_size(cells: list[Cell]) -> int:
    """The cells a row has of its own: not its labels, nor a template's blanks."""
    return sum(1 for cell in cells if cell.kind not in _NOT_ROW_CELLS)


def _valued_size(cells: list[Cell]) -> int:
    """A row's size up to its last value: the texts after it (偏差原因) are written in some
    rows only, so a row that has one sets no larger size for the rows after it."""
    last = max((at for at, cell in enumerate(cells) if cell.kind in VALUE_KINDS), default=-1)
    return _row_size(cells[: last + 1])


_NOT_ROW_CELLS: Final = frozenset(
    {Kind.CATEGORY, Kind.SUBCATEGORY, Kind.PLACEHOLDER, Kind.NUMBERING}
)
_TEXT_ROLES: Final = frozenset(
    {
        Role.ACTUAL,
        Role.PROJECTED,
        Role.REASON,
        Role.CAUSE,
        Role.RECTIFICATION,
        Role.REMARK,
        Role.DEFINITION,
        Role.BASIS,
        Role.LIKELIHOOD,
        Role.OTHER,
    }
)
_LABEL_KINDS: Final = frozenset({Kind.CATEGORY, Kind.SUBCATEGORY})


def _drop_glued_numbering(body: list[Cell]) -> list[Cell]:
    """``生态效益指标1病害减少…``: a label whose ``指标`` is shared with the numbering
    ``指标1`` leaves a lone digit between the label and the name; it numbers the row."""
    out: list[Cell] = []
    for index, cell in enumerate(body):
        before = body[index - 1] if index else None
        after = body[index + 1] if index + 1 < len(body) else None
        if (
            cell.glued
            and cell.kind is Kind.NUMBER
            and len(cell.text) == 1
            and before is not None
            and before.kind in _LABEL_KINDS
            and after is not None
            and after.kind in _NAME_KINDS
        ):
            continue
        out.append(cell)
    return out


# ``审批通过后`` / ``10个工作日内``: an event, then the time counted from it


# what stands before a wrapped time limit's event: the row's name, its explanation where
# an 指标解释 column comes between the name and the target, its 指标性质 (定性, ≥) where
# that column does
_BEFORE_EVENT_KINDS: Final = frozenset({Kind.NAME, Kind.SENTENCE, Kind.OPERATOR})


def _join_event_limits(body: list[Cell]) -> list[Cell]:
    """A time limit counted from an event (``审批通过后10个工作日内``) wrapped in its cell, in a
    stream with no row boundaries, comes out as two lines after the row's name: the event
    and the time. Joined, they are the row's target; apart, the event reads as a second name."""
    out: list[Cell] = []
    for cell in body:
        event = out[-1] if out else None
        name = out[-2] if len(out) > 1 else None
        if (
            event is not None
            and name is not None
            and event.line < cell.line  # the lines first: cheaper than the kinds
            and name.kind in _BEFORE_EVENT_KINDS
            and event.kind is Kind.NAME
            and EVENT_END_RE.fullmatch(squashed(event.text))
            and WITHIN_RE.fullmatch(squashed(cell.text))
            and kind_of(squashed(event.text) + squashed(cell.text)) in TARGET_KINDS
        ):
            out[-1] = replace(event, text=squashed(event.text) + squashed(cell.text))
            continue
        out.append(cell)
    return out


def _cost_as_second_level(cell: Cell, category: Category | None) -> bool:
    """``成本`` under 产出指标 is its 二级 (the older framework), not a 一级 of its own."""
    return (
        cell.kind is Kind.CATEGORY
        and category is Category.OUTPUT
        and category_label(label_key(cell.text)) is Category.COST
    )


def _label_as_name(body: list[Cell], index: int) -> bool:
    """A label's words right before a target are a name, not a label (a label is followed by
    names): ``满意度指标 | 服务对象满意度指标 | 服务对象满意度 | 100%``."""
    cell = body[index]
    after = body[index + 1] if index + 1 < len(body) else None
    return (
        cell.kind in (Kind.CATEGORY, Kind.SUBCATEGORY)
        and after is not None
        and after.kind in TARGET_KINDS
    )


def _may_be_value(cell: Cell, roles: Sequence[Role]) -> bool:
    """A text right after a name is its target where the header has a column for one and
    the text ends with a number and its unit (``年度预算220万元``)."""
    if cell.kind is not Kind.NAME or cell.as_name or Role.TARGET not in roles:
        return False
    return _QUANTITY_IN_WORDS_RE.search(cell.text) is not None


def _side_by_side_target(current: list[Cell], cell: Cell, roles: Sequence[Role]) -> bool:
    """中期指标值 | 年度指标值 side by side, one cell a line: the two texts after a name are
    its two targets where they read as targets, standards in words (提高0.5个等级,
    较实施前提高) or a date (每年12月31日前), not names of rows of their own."""
    if Role.LONG_TERM not in roles or Role.TARGET not in roles or cell.as_name:
        return False
    # the row's name: its first text (a target in words read as one is after it)
    after = next((k for k, each in enumerate(current) if each.kind in _NAME_KINDS), None)
    if after is None or len(current) - 1 - after >= _SIDE_TARGETS:
        return False
    return read_target_cell(cell.text).target is not None or _DIGIT_RE.search(cell.text) is not None


_SIDE_TARGETS: Final = 2  # the 中期 and the 年度 target


def _target_in_place(current: list[Cell], cell: Cell, places: dict[int, Role]) -> bool:
    """Whether a text read as a target stands in the target's column on its row's name's
    line, in a table whose cells keep their places (a pipe row's standard in words)."""
    if places.get(cell.column) is not Role.TARGET:
        return False
    name = next((each for each in current if places.get(each.column) is Role.NAME), None)
    if name is None or name.line != cell.line or name.width != cell.width:
        return False
    return read_target_cell(cell.text).target is not None


_DIGIT_RE: Final = re.compile(r"\d")


# ``年度预算220万元``: a target written in words, with its number and unit
_QUANTITY_IN_WORDS_RE: Final = re.compile(
    r"\d+(?:\.\d+)?\s*(?:万元|元|%|人次|人|个|次|项|户|亩|公里|米)$"
)


_GLUED_TARGET_RE: Final = re.compile(
    r"(?P<name>.*[\u4e00-\u9fff)])(?P<target>(?:[≥≤=><]|>=|<=|不低于|不少于|达到|达)?\d+(?:\.\d+)?%)"
)


@functools.lru_cache(maxsize=1)
def _operator_target_re() -> re.Pattern[str]:
    units = "|".join(
        re.escape(unit) for unit in sorted(unit_spellings(), key=len, reverse=True) if unit
    )
    return re.compile(
        r"(?P<name>.*[\u4e00-\u9fff)])\s*"
        rf"(?P<target>(?:>=|<=|[≥≤=><≧≦﹦═＝])\d+(?:\.\d+)?[万亿]?(?:{units}))"
    )


def split_glued_target(name: str) -> tuple[str, str] | None:
    """``年度资金支付完成率100%``: a rate's target printed in its name's cell; or any
    quantity opened by an operator glyph (``危房改造户数≧230户``, ``户均补助标准≦2万元``,
    an OCR capture running a row's cells together): the glyph marks where the name ends."""
    match = _GLUED_TARGET_RE.fullmatch(name) or _operator_target_re().fullmatch(name)
    if match is None:
        return _glued_deadline(name)
    return match["name"], match["target"]


# the words a deadline's name ends with (完成时限, 拨付时间, 办结期限)
_DEADLINE_NAME_RE: Final = re.compile(
    r"(?P<name>.*[\u4e00-\u9fff](?:时限|时间|期限|日期))(?P<target>\d.*)"
)


def _glued_deadline(name: str) -> tuple[str, str] | None:
    """``改造任务完成时限2020年10月底前``: a deadline's name with its date glued after it."""
    match = _DEADLINE_NAME_RE.fullmatch(name)
    if match is None or not PERIOD_RE.fullmatch(match["target"]):
        return None
    return match["name"], match["target"]
