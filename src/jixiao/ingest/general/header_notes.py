"""What a header holds besides the words the vocabulary names: notes and unknown columns.

Published tables print more in their header than the column words:

- a second line of notes under the words, each in brackets (``年度目标`` over ``（指标值）``,
  ``（一级）`` under ``一级指标``, ``（评分要点）``), a unit (``（%）``, ``单位：万元``), or
  nothing: a line that holds no indicator, part of the header, never a row of the body; a
  note that names a column (``（指标值）``) says what a vaguer word above it (``年度目标``)
  holds;
- a column word no list holds (a site's own ``经办人意见``, ``核查意见``): a column all the
  same, which keeps its place among the others so that no column after it is read one
  place off.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from jixiao.ingest.cells import label_key
from jixiao.ingest.general.kinds import Kind, is_unit_word
from jixiao.ingest.general.stream import Cell
from jixiao.ingest.general.vocabulary import LEAD_WORDS, Role, header_role

# a note wholly in brackets (（指标值）, (评分要点), （%）)
_BRACKETED_RE: Final = re.compile(r"[(（\[【][^()（）\[\]【】]{1,16}[)）\]】]")
# several in one cell: a line of column numbers run together (（1）（2）（3）)
_NOTES_RE: Final = re.compile(f"(?:{_BRACKETED_RE.pattern})+")
# a units line: 单位：万元, 计量单位:%, 金额单位（万元）
_UNITS_LINE_RE: Final = re.compile(
    r"(?:计量|金额|计价)?单位(?:[:：][(（]?[^\s()（）]{1,6}[)）]?|[(（][^\s()（）]{1,6}[)）])"
)
# Words a header's upper line may print where its note below says what the column holds
# (年度目标 over （指标值）): the note's role is the column's.
VAGUE_ROLES: Final = frozenset({Role.GOAL, Role.OTHER})
# the last words of a column no list names (经办人意见, 完善措施, 数据来源说明): where a header
# captured one cell a line ends, such a word is the header's, not the first row's name
_COLUMN_ENDS_RE: Final = re.compile(
    r".{1,10}(?:意见|措施|举措|说明|依据|方法|来源|材料|资料|细则|要点|备注|科室|责任人|联系人)"
)
_MAX_COLUMN_WORD: Final = 12
# kinds a body's first cell has right under a header (its 一级 label, a row's number)
_BODY_OPENERS: Final = frozenset({Kind.CATEGORY, Kind.SUBCATEGORY, Kind.NUMBERING})


def is_note(cell: Cell) -> bool:
    """A header's note: words wholly in brackets, a unit alone or a units line."""
    text = "".join(cell.text.split())
    if not text:
        return False
    return bool(_NOTES_RE.fullmatch(text) or _UNITS_LINE_RE.fullmatch(text) or is_unit_word(text))


def note_role(note: Cell) -> Role | None:
    """The column a note names (``（指标值）`` names the target's), or None."""
    inner = label_key(re.sub(r"[()（）\[\]【】]", "", note.text))
    return header_role(inner) if inner else None


def own_note(text: str, role: Role | None) -> Role | None:
    """The role of a header cell with its note inside it (``年度目标（指标值）``, a site's
    ``计划（目标值）``): the note's, where the words outside it say less or nothing."""
    if role is not None and role not in VAGUE_ROLES:
        return role
    for inner in _INNER_NOTE_RE.findall(text):
        if (named := header_role(label_key(inner))) is not None:
            return named
    return role


_INNER_NOTE_RE: Final = re.compile(r"[(（\[【]([^()（）\[\]【】]{1,16})[)）\]】]")


def with_note(upper: Role | None, note: Cell) -> Role | None:
    """The role of a column whose header word (its role ``upper``) has this note under it:
    the note's, where the word above says less (年度目标 over （指标值）) or nothing."""
    named = note_role(note)
    if named is None or (upper is not None and upper not in VAGUE_ROLES):
        return upper
    return named


def column_word(cell: Cell) -> bool:
    """A cell that may be a column's word the vocabulary does not know: a short text, no
    figure, no note (经办人意见 too, which under a table ends it: in the header's line it
    is a column)."""
    key = label_key(cell.text)
    return (
        cell.kind is Kind.NAME
        and bool(key)
        and len(key) <= _MAX_COLUMN_WORD
        and not any(char.isdigit() for char in key)
        and key not in LEAD_WORDS
        and not is_note(cell)
    )


def looks_like_column(cell: Cell) -> bool:
    """A word that ends as a column's word does (…意见, …措施, …说明, …来源)."""
    return _COLUMN_ENDS_RE.fullmatch(label_key(cell.text)) is not None


def opens_body(cell: Cell | None) -> bool:
    """Whether a cell is one a table's body opens with (its 一级 label, a row's number)."""
    return cell is not None and cell.kind in _BODY_OPENERS


def notes_row(cells: Sequence[Cell], start: int, header_rows: set[int]) -> int:
    """The end of the line of notes that starts at ``start`` right under a header (every
    cell of it a note: ``| | | （评分要点） | |``, ``（指标值） （完成值）``, ``单位：万元``);
    ``start`` where that line is no such line (it holds an indicator, or is the header's)."""
    if start >= len(cells) or cells[start].row in header_rows:
        return start
    row = cells[start].row
    end = start
    while end < len(cells) and cells[end].row == row:
        if not is_note(cells[end]):
            return start
        end += 1
    return end
