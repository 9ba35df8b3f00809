"""A table converted column by column on one line: its names first, then its targets.

A ``.doc`` table served as text by a document-sharing site may come out one column after
the other on a single line: the header, every 三级 name (the 一级/二级 labels falling
between them where their merged cells' text fell), then the header word 指标值 and the
targets in a run, in the names' order::

    一级 指标 二级指标 三级指标 name₁ name₂ 绩 效 指 标 产 出 指 标 数量指标 name₃ …
    指标值 target₁ target₂ target₃ …

Such captures are often cut before the last targets. :func:`targets_beside_names` gives
each of the first names its target (the k-th name the k-th target) and the 指标值 header
its place after 三级指标, so the row reads as a table whose targets stand beside their
names. Only where it is safe: no target stands among the names, the run of targets is no
longer than the names (shorter only where the capture ends with it, but for a cut target's
piece), and each rate (a name ending in 率) gets a percentage or words. A name the
conversion broke in two (``…补助`` | ``标准``) counts once: a short part right after a name
that does not end as a whole name does is its end.

The same conversion may give the first rows' names before their targets and the later
rows a name and its target each, the headers side by side::

    三级指标 指标值 name₁ name₂ 绩 效 指 标 … 数量指标 name₃ target₁ target₂ target₃ name₄ target₄ …

The run after the first names is theirs only when it holds as many targets as they are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from jixiao.ingest.cells import label_key
from jixiao.ingest.general.kinds import TARGET_KINDS, Kind, ends_as_name

if TYPE_CHECKING:  # the stream calls this module
    from jixiao.ingest.general.stream import Cell

_TARGET_HEAD: Final = "指标值"
_NAME_HEAD: Final = "三级指标"
# the table's side label, spaced out down its merged cell (绩 效 指 标), no indicator's name
_SIDE_LABELS: Final = frozenset({"绩效指标"})
_TAIL_MAX: Final = 4  # glyphs of a broken name's second part (标准, 养护县数)
_MIN_TARGETS: Final = 2


def targets_beside_names(cells: list[Cell]) -> list[Cell]:
    """The cells with a column-by-column table's targets placed after their names."""
    if not any(cell.text == _TARGET_HEAD for cell in cells):
        return cells
    for at, cell in enumerate(cells):
        if cell.text == _TARGET_HEAD and (placed := _placed(cells, at)) is not None:
            return placed
    return cells


def _placed(cells: list[Cell], at: int) -> list[Cell] | None:
    head = _name_head(cells, at)
    if head is None:
        return None
    if head == at - 1:  # the headers side by side: the first names, then their targets
        return _first_names_placed(cells, at)
    targets = _run_after(cells, at)
    if len(targets) < _MIN_TARGETS:
        return None
    between = cells[head + 1 : at]
    if any(cell.kind in TARGET_KINDS for cell in between):
        return None  # targets beside names already: the usual layout
    groups = _name_groups(cells, head + 1, at)
    if len(targets) > len(groups) or (
        len(targets) < len(groups) and not _ends_line(cells, targets)
    ):
        return None  # more targets than names, or fewer with more text after them
    return _paired(cells, groups, targets, [*cells[: head + 1], cells[at]], range(head + 1, at))


def _first_names_placed(cells: list[Cell], at: int) -> list[Cell] | None:
    """``三级指标 指标值 name₁ name₂ name₃ target₁ target₂ target₃ name₄ target₄ …``: the
    first rows' names came out before their targets, the later rows' names each before its
    own; the run after the first names is theirs only when it holds as many targets."""
    first = at + 1
    while first < len(cells) and cells[first].kind not in TARGET_KINDS:
        if cells[first].line != cells[at].line or cells[first].kind is Kind.HEADER:
            return None  # a further column (实际值) after 指标值, or no target on the line
        first += 1
    targets = _run_after(cells, first - 1)
    groups = _name_groups(cells, at + 1, first)
    if len(targets) != len(groups) or len(targets) < _MIN_TARGETS:
        return None
    return _paired(cells, groups, targets, cells[: at + 1], range(at + 1, first))


def _ends_line(cells: list[Cell], targets: list[int]) -> bool:
    """Whether the run ends its line, but for one cell at most: a capture cut after it or
    inside the next target (``稳步提高 逐步减``)."""
    line = cells[targets[-1]].line
    return all(cell.line != line for cell in cells[targets[-1] + 2 : targets[-1] + 3])


def _paired(
    cells: list[Cell],
    groups: list[list[int]],
    targets: list[int],
    out: list[Cell],
    names: range,
) -> list[Cell] | None:
    """``out`` followed by the cells of ``names``, each group's target after it, then the
    cells after them but the targets placed; None when the kinds do not fit."""
    fitting = _fitting(cells, groups, targets)
    if fitting is None or len(fitting) < _MIN_TARGETS:
        return None
    after_group = {group[-1]: target for group, target in zip(groups, fitting, strict=False)}
    for index in names:
        out.append(cells[index])
        if index in after_group:
            out.append(cells[after_group[index]])
    used = set(after_group.values())
    out += [cells[index] for index in range(names.stop, len(cells)) if index not in used]
    return out


def _name_head(cells: list[Cell], at: int) -> int | None:
    """The 三级指标 header on the 指标值 header's line before it."""
    for index in range(at - 1, -1, -1):
        if cells[index].line != cells[at].line:
            return None
        if label_key(cells[index].text) == _NAME_HEAD:
            return index
    return None


def _run_after(cells: list[Cell], at: int) -> list[int]:
    """The targets right after the header on its line."""
    run: list[int] = []
    for index in range(at + 1, len(cells)):
        cell = cells[index]
        if cell.line != cells[at].line or cell.kind not in TARGET_KINDS:
            break
        run.append(index)
    return run


def _name_groups(cells: list[Cell], start: int, end: int) -> list[list[int]]:
    """The names between the headers, a name broken in two as one group of its parts."""
    groups: list[list[int]] = []
    previous = -1  # the index of the last cell read, when a name
    for index in range(start, end):
        cell = cells[index]
        if cell.kind is not Kind.NAME or label_key(cell.text) in _SIDE_LABELS:
            previous = -1
            continue
        if previous >= 0 and _broken_end(cells[previous].text, cell.text):
            groups[-1].append(index)
        else:
            groups.append([index])
        previous = index
    return groups


def _broken_end(name: str, part: str) -> bool:
    return not ends_as_name(name) and len(part) <= _TAIL_MAX


def _fitting(cells: list[Cell], groups: list[list[int]], targets: list[int]) -> list[int] | None:
    """The targets when each fits its name by kind; a last one that does not, at the end
    of the capture, is a target cut off (``≥9`` for a rate) and left out."""
    for position, (group, target) in enumerate(zip(groups, targets, strict=False)):
        name = "".join(cells[index].text for index in group)
        if _fits(name, cells[target].text):
            continue
        if position == len(targets) - 1 and target == len(cells) - 1:
            return targets[:-1]
        return None
    return targets


def _fits(name: str, target: str) -> bool:
    """A rate's target is a percentage or words, never a count with no unit or another."""
    if not name.endswith("率"):
        return True
    return "%" in target or not any(char.isdigit() for char in target)
