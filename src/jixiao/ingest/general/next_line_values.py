"""A score table whose rows' values fall at the start of the next line.

A text PDF re-served as plain text may print a score table's rows out of step: each line
holds the labels and the name of a row, and the row's values (目标值 实际值 分值 得分) open
the line below, before the next row's labels and name::

    … 分值 得分 部门决策(15分) 目标设定(10分) 绩效目标合理性
    5 4 预算配置(5分) 在职人员控制率
    ≤100% 96% 5 5 部门管理(15分) 资金管理(10分) 资金使用合规性

The cells stand in reading order all the same; only their lines part them wrongly. A line
that opens with a row's values ending in its 分值 and 得分 (two bare numbers), with words
after them, under a line that ends with words, gives those values back to the row above.
Only a run of such lines under a header naming 分值 and 得分 is read so: a table whose rows
open with their points (``10 9 资金到位率 100%``) has lines ending with values, not names.

A table printing 分值 before 目标值 and 实际值 (``分值 目标值 实际值 得分``) opens each line
with the row's 分值, its target and actual (a standard in words as well) and its 得分, the
next row's words after them::

    … 得分 决策(20分) 项目立项(8分) 立项依据充分性
    4 4 立项程序规范性
    4 ≥95% 92.6% 3.5 资金使用合规性
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from jixiao.ingest.cells import label_key
from jixiao.ingest.general.kinds import TARGET_KINDS, Kind, kind_of
from jixiao.ingest.general.vocabulary import Role, header_role

_MIN_RUN: Final = 3  # lines out of step in a row: fewer is no such table
_MAX_VALUES: Final = 4  # 目标值 and 实际值, each with its unit spaced off, before the pair
_POINTS_RE: Final = re.compile(r"\d{1,3}(?:\.\d{1,2})?")  # a 分值 or a 得分
_VALUE_KINDS: Final = TARGET_KINDS | {Kind.UNIT, Kind.PLACEHOLDER}
_WORD_KINDS: Final = frozenset(
    {Kind.NAME, Kind.SENTENCE, Kind.CATEGORY, Kind.SUBCATEGORY, Kind.HEADER}
)
_WORDS_HEAD: Final = 2  # a standard and an actual told in words, before the pair
_CARRIED_MAX: Final = 3  # cells of a label's tail carried over to a line of its own
_PAGE_RE: Final = re.compile(r"[1-9]\d{0,2}")  # a page's number
_HEADER_REACH: Final = 60  # cells before the run where its header is looked for


def rows_with_values_back(rows: Sequence[int], texts: Sequence[str]) -> list[int]:
    """Each cell's row (``rows``, in reading order, one entry per cell of ``texts``), with
    the values that open a line out of step given to the row above."""
    lines = [line for line in _lines(rows) if not _page_number(texts, line)]
    heads = [_values_at_head(texts, lines[at], lines[at - 1]) for at in range(1, len(lines))]
    _words_heads_in_runs(texts, lines, heads)
    out = list(rows)
    run: list[int] = []  # indices into lines of the current run of lines out of step
    for at, head in enumerate(heads, start=1):
        if head or (run and _label_carried_over(texts, lines, heads, at)):
            run.append(at)
            continue
        _give_back(out, lines, heads, run, texts)
        run = []
    _give_back(out, lines, heads, run, texts)
    return out


def _page_number(texts: Sequence[str], line: range) -> bool:
    """A line of one bare whole number: a page's number the text layer printed between two
    lines of the table (``11``); the lines around it are read as if it were not there. No
    row's values (they end in two numbers) and no row's name is one."""
    return len(line) == 1 and _PAGE_RE.fullmatch(texts[line[0]]) is not None


def _words_heads_in_runs(texts: Sequence[str], lines: list[range], heads: list[int]) -> None:
    """Inside a run, a line opening with a standard and an actual both in words (``建成投用
    已投用 5 5 …``) is out of step as well: only the lines around it tell it from a row's
    own label and name, so it is taken only after a line out of step."""
    for at in range(2, len(lines)):
        if not heads[at - 1] and heads[at - 2]:
            heads[at - 1] = _words_at_head(texts, lines[at])


def _words_at_head(texts: Sequence[str], line: range) -> int:
    """How many cells opening ``line`` are a row's standard and actual in words with its
    分值 and 得分: two cells, no points, then two bare numbers, then words; 0 if none."""
    if len(line) < _WORDS_HEAD + 3:
        return 0
    cells = [texts[index] for index in line[: _WORDS_HEAD + 3]]
    if any(_POINTS_RE.fullmatch(cell) for cell in cells[:_WORDS_HEAD]):
        return 0
    points = cells[_WORDS_HEAD : _WORDS_HEAD + 2]
    if not all(_POINTS_RE.fullmatch(cell) for cell in points):
        return 0
    return _WORDS_HEAD + 2 if kind_of(cells[-1]) in _WORD_KINDS else 0


def _label_carried_over(
    texts: Sequence[str], lines: list[range], heads: list[int], at: int
) -> bool:
    """Whether ``lines[at]`` is the tail of a label the column wrapped (``服务对`` /
    ``象满意度(5分) 服务对象满意度``): a short line of words alone between lines out of
    step; the run goes on over it (its cells stay where they are). So is a line opening
    with a label's points wrapped before the close that runs into its words (``20`` ``分)
    项目效益社会效益`` ``…普及率``): the next group's labels and first name."""
    line = lines[at]
    if at >= len(heads) or not heads[at]:
        return False
    if len(line) > 1 and texts[line[1]].startswith("分)") and _POINTS_RE.fullmatch(texts[line[0]]):
        return True
    if len(line) > _CARRIED_MAX:
        return False
    return all(kind_of(texts[index]) in _WORD_KINDS for index in line)


def _lines(rows: Sequence[int]) -> list[range]:
    """The cells' indices, line by line (a run of cells sharing a row)."""
    lines: list[range] = []
    start = 0
    for index in range(1, len(rows) + 1):
        if index == len(rows) or rows[index] != rows[start]:
            lines.append(range(start, index))
            start = index
    return lines


def _values_at_head(texts: Sequence[str], line: range, above: range) -> int:
    """How many cells opening ``line`` are the values of the row above: up to and with the
    first two bare numbers, words after them, the line above ending in words; 0 if none."""
    if kind_of(texts[above[-1]]) not in _WORD_KINDS:
        return 0
    for used in range(min(_MAX_VALUES, len(line) - 3) + 1):
        first, second, after = line[used], line[used + 1], line[used + 2]
        if _POINTS_RE.fullmatch(texts[first]) and _POINTS_RE.fullmatch(texts[second]):
            if kind_of(texts[after]) in _WORD_KINDS:
                return used + 2
            break
        if kind_of(texts[first]) not in _VALUE_KINDS:
            break
    return _values_alone(texts, line) or _points_around_values(texts, line)


def _values_alone(texts: Sequence[str], line: range) -> int:
    """The whole of ``line`` when it holds a row's values alone ending in its 分值 and 得分
    (``≥90% 93% 10 9``: the table's last row, its 总分 on a line of its own), or its 分值
    and 得分 around them (``10 ≥1.8万人 1.76万人 9``: the next row's labels and name wrapped
    onto a line of their own); 0 if not."""
    if not 2 < len(line) <= _MAX_VALUES + 2:
        return 0
    if all(_POINTS_RE.fullmatch(texts[index]) for index in line[-2:]):
        values = line[:-2]
    elif _POINTS_RE.fullmatch(texts[line[0]]) and _POINTS_RE.fullmatch(texts[line[-1]]):
        values = line[1:-1]
    else:
        return 0
    return len(line) if all(kind_of(texts[index]) in _VALUE_KINDS for index in values) else 0


def _points_around_values(texts: Sequence[str], line: range) -> int:
    """How many cells opening ``line`` are a row's 分值, its target and actual (words too: a
    standard, an actual told in words) and its 得分, words after them; 0 if none."""
    if not _POINTS_RE.fullmatch(texts[line[0]]):
        return 0
    for used in range(2, min(_MAX_VALUES + 2, len(line) - 1)):
        if _POINTS_RE.fullmatch(texts[line[used]]) and kind_of(texts[line[used + 1]]) in (
            _WORD_KINDS
        ):
            return used + 1
    return 0


def _give_back(
    out: list[int], lines: list[range], heads: list[int], run: list[int], texts: Sequence[str]
) -> None:
    """The values opening each line of ``run`` moved to the row above, where the run is
    long enough and stands under a header naming 分值 and 得分."""
    if len(run) < _MIN_RUN or not _scored_header(texts, lines[run[0] - 1].stop):
        return
    for at in run:
        above = out[lines[at - 1][-1]]  # the row of the name above (which stays)
        for index in lines[at][: heads[at - 1]]:
            out[index] = above


def _scored_header(texts: Sequence[str], end: int) -> bool:
    """Whether the cells before ``end`` (the run's first line, its header often on it)
    name the 分值 and 得分 columns."""
    before = texts[max(end - _HEADER_REACH, 0) : end]
    roles = {header_role(label_key(text)) for text in before}
    if Role.WEIGHT in roles and Role.SCORE in roles:
        return True
    return _cut_above_header(before)


# a group's points closing a label (``分)项目管理``, ``项目决策(15分)``): a score table's label
_GROUP_POINTS_RE: Final = re.compile(r"\d{1,3}分\)|^分\)")
_GROUP_LABELS_MIN: Final = 2


def _cut_above_header(before: Sequence[str]) -> bool:
    """Whether the cells before the run are a score table's labels with their group points,
    its header cut off above (a text served from mid-table): two such labels at least."""
    labels = [text for text in before if "分)" in text and _GROUP_POINTS_RE.search(text)]
    return len(labels) >= _GROUP_LABELS_MIN
