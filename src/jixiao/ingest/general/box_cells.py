"""Check boxes standing in a row's cells: the ticked option is the cell's value.

A Word form asks its filler to tick one of a cell's options (指标性质 ``☑定量 □定性``, 是否
``☑是 □否``, 项目属性 ``□新增 ☑延续``). Saved as text, the boxes come out as Unicode marks, or,
drawn with a symbol font, as the letters its glyphs stand on: Wingdings 2 prints a ticked box
as ``R`` and an empty one as ``£``, Wingdings as ``þ`` (``ý`` crossed) and ``¨``. The options of
one cell are parted by spaces, as the row's cells are: read as they stand, each option is a
cell of its own and the row's shape is lost. :func:`ticked_options` gives a line with each
group of boxed options as the option(s) ticked, the unticked dropped.

A group is two options at least, each standing apart (after a space, a colon or the line's
start) with its box right before it (``☑定量 □定性``) or right after it (``持续性项目£
新增性项目R``). A symbol font's letters are read as boxes only in a group that holds one of
its empty boxes: an ``R`` alone is a letter.
"""

from __future__ import annotations

import re
from typing import Final

from jixiao.ingest.cells import checked_options

_TICKED: Final = "☑■√✓✔☒▇"
_EMPTY: Final = "□☐"
_FONT_TICKED: Final = "Rþý"  # Wingdings 2 ``R``; Wingdings ``þ`` (ticked), ``ý`` (crossed)
_FONT_EMPTY: Final = "£¨"  # Wingdings 2 ``£``; Wingdings ``¨``
_BOX: Final = f"[{_TICKED}{_EMPTY}{_FONT_TICKED}{_FONT_EMPTY}]"
_OPTION: Final = r"[\u4e00-\u9fff]{1,12}"
_APART: Final = r"(?:(?<=[\s:：])|^)"
_END: Final = r"(?=[\s,;，；。]|$)"
_BOX_FIRST_RE: Final = re.compile(
    rf"{_APART}{_BOX}[ \u3000]?{_OPTION}(?:[ \u3000]*{_BOX}[ \u3000]?{_OPTION})+{_END}"
)
_BOX_AFTER_RE: Final = re.compile(
    rf"{_APART}{_OPTION}[ \u3000]?{_BOX}(?:[ \u3000]+{_OPTION}[ \u3000]?{_BOX})+{_END}"
)
_ANY_BOX_RE: Final = re.compile(_BOX)
_PAIR_RE: Final = re.compile(rf"(?P<box>{_BOX})[ \u3000]?(?P<option>{_OPTION})")
_PAIR_AFTER_RE: Final = re.compile(rf"(?P<option>{_OPTION})[ \u3000]?(?P<box>{_BOX})")
# the ticked options of a group, when more than one is
_JOIN: Final = "、"


def ticked_options(text: str, yes_no: bool = True) -> str:
    """The line with each group of boxed options as its ticked option(s); the line as it is
    where it holds no group. ``yes_no=False`` keeps a group of 是 and 否 as it is: in a cell
    of a table's column (是否能完成目标), a 是 alone would read as a qualitative target."""
    if not _ANY_BOX_RE.search(text):
        return text  # the common case: no box at all
    text = _BOX_FIRST_RE.sub(lambda group: _ticked(group.group(), _PAIR_RE, yes_no), text)
    return _BOX_AFTER_RE.sub(lambda group: _ticked(group.group(), _PAIR_AFTER_RE, yes_no), text)


_YES_NO: Final = frozenset({"是", "否"})


def _ticked(group: str, pairs: re.Pattern[str], yes_no: bool) -> str:
    found = [(pair["box"], pair["option"]) for pair in pairs.finditer(group)]
    if not yes_no and {option for _, option in found} <= _YES_NO:
        return group
    boxes = "".join(box for box, _ in found)
    font = any(box in _FONT_TICKED + _FONT_EMPTY for box in boxes)
    if font and not any(box in _FONT_EMPTY for box in boxes):
        return group  # ``R`` with no empty box of its font beside it: a letter
    if font and any(box in _TICKED + _EMPTY for box in boxes):
        return group  # two ways of drawing boxes in one cell: not one group
    # the group's options read as any box cell is (ingest.cells), a font's letters as boxes
    drawn = group.translate(_AS_MARKS) if font else group
    return _JOIN.join(checked_options(drawn) or [])


# a symbol font's letters as the marks they print
_AS_MARKS: Final = str.maketrans(
    {**dict.fromkeys(_FONT_TICKED, "☑"), **dict.fromkeys(_FONT_EMPTY, "□")}
)
