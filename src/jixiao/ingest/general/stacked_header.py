"""A header printed over two rows of cells, each column's words stacked, joined into one row.

A narrow table prints its header words in two rows of one table (``| 一级 | 二级 | 三级 |
年度 | 实际 |`` over ``| 指标 | 指标 | 指标 | 目标值 | 完成值 |``): each row alone names a column
twice (指标 under every label) or not at all (年度), so no column can be told by its place.
Joined column by column, the two rows are one header (一级指标 | … | 年度目标值 | 实际完成值),
and :func:`join_stacked_headers` puts them on the first row, the second left empty.

Only two rows of as many cells are joined, the second holding words alone (no value), each
under a word of the first (a lower line that names the columns under an upper one's span,
指标值 over 指标性质 | 指标值 | 度量单位, has words under empty cells), and only when the
joined row names more columns than the first row does and names the table's names or
targets.

A header whose upper row spans several columns over a lower row (``| 绩效指标 | | | 年度指标值
| 1-7月完成情况 | | 全年预计完成情况 |`` over ``| 一级指标 | 二级指标 | 三级指标 | | 完成值 |
完成进度 | |``) names each column once, in one of its rows: the lower row's word where it has
one (the span's parts), the upper row's where the lower is empty (a column merged down both
rows). :func:`_spanned` takes it so when the lower row names the indicator levels, as a
table's own header row does, and the two rows together name more columns than either.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from jixiao.ingest.cells import label_key
from jixiao.ingest.general.kinds import Kind, kind_of
from jixiao.ingest.general.vocabulary import INDICATOR_ROLES, Role, header_role
from jixiao.ingest.source import SourceLine

_MIN_COLUMNS: Final = 3
_WORD_MAX: Final = 12
# words alone: 完成 (of 完成情况) reads as a status by itself
_WORD_KINDS: Final = frozenset({Kind.EMPTY, Kind.HEADER, Kind.NAME, Kind.STATUS})


def _roles(cells: Sequence[str]) -> list[Role | None]:
    return [header_role(label_key(cell)) if cell.strip() else None for cell in cells]


def _named(roles: Sequence[Role | None]) -> int:
    """How many columns the roles tell apart: a role named twice tells none of its columns."""
    found = [role for role in roles if role is not None]
    return sum(1 for role in found if found.count(role) == 1)


def _joined(top: SourceLine, bottom: SourceLine) -> tuple[str, ...] | None:
    """The two rows' cells joined column by column, when they are a header stacked so."""
    if len(top.cells) != len(bottom.cells) or len(top.cells) < _MIN_COLUMNS:
        return None
    if not any(cell.strip() for cell in bottom.cells):
        return None
    if any(len(cell) > _WORD_MAX for cell in (*top.cells, *bottom.cells)):
        return None  # a header's halves are a few glyphs; a row's names and reasons longer
    pairs = list(zip(top.cells, bottom.cells, strict=True))
    if any(lower.strip() and not upper.strip() for upper, lower in pairs):
        return None  # a word under none: a lower line naming the columns of an upper span
    if not any(header_role(label_key(cell)) for cell in top.cells if cell.strip()):
        return None  # no header word on the upper line: the kinds below are not asked
    if any(kind_of(cell) not in _WORD_KINDS for cell in (*top.cells, *bottom.cells)):
        return None
    cells = tuple(upper.strip() + lower.strip() for upper, lower in pairs)
    roles = _roles(cells)
    if _named(roles) <= _named(_roles(top.cells)) or _named(roles) < _MIN_COLUMNS:
        return None
    return cells if INDICATOR_ROLES & {role for role in roles if role is not None} else None


_LEVEL_ROLES: Final = frozenset({Role.CATEGORY, Role.SUBCATEGORY, Role.NAME})


def _spanned(top: SourceLine, bottom: SourceLine) -> tuple[str, ...] | None:
    """The two rows as one header row, when the upper one spans columns the lower one parts
    (see the module's docstring): each column's lower word, else its upper one."""
    if len(bottom.cells) > len(top.cells) or len(top.cells) < _MIN_COLUMNS:
        return None
    # a row's empty cells at its end are not kept: they stand under the upper row's last
    lower_cells = (*bottom.cells, *[""] * (len(top.cells) - len(bottom.cells)))
    pairs = list(zip(top.cells, lower_cells, strict=True))
    if not any(lower.strip() and not upper.strip() for upper, lower in pairs):
        return None  # no part under a span: the plain stacked header, or none
    if not any(upper.strip() and not lower.strip() for upper, lower in pairs):
        return None  # no column merged down both rows: the lower row is a header alone
    if any(len(cell) > _WORD_MAX for cell in (*top.cells, *bottom.cells)):
        return None
    if any(kind_of(cell) not in _WORD_KINDS for cell in (*top.cells, *bottom.cells)):
        return None
    lower_roles = _roles(lower_cells)
    if len(_LEVEL_ROLES & {role for role in lower_roles if role is not None}) < 2:
        return None  # the lower row is not an indicator table's header row
    cells = tuple(lower.strip() or upper.strip() for upper, lower in pairs)
    named = _named(_roles(cells))
    if named <= max(_named(_roles(top.cells)), _named(lower_roles)):
        return None
    return cells


def join_stacked_headers(lines: Sequence[SourceLine]) -> list[SourceLine] | None:
    """The lines with each stacked header (see the module's docstring) joined into its first
    row, the second left empty so every line keeps its number; None when there is none."""
    out = list(lines)
    changed = False
    for index in range(len(lines) - 1):
        top, bottom = out[index], lines[index + 1]
        if len(top.cells) < _MIN_COLUMNS:
            continue
        cells = _joined(top, bottom) or _spanned(top, bottom)
        if cells is None:
            continue
        piped = top.text.lstrip().startswith("|")
        text = "| " + " | ".join(cells) + " |" if piped else "\t".join(cells)
        out[index] = replace(top, text=text, cells=cells)
        out[index + 1] = replace(bottom, text="", cells=())
        changed = True
    return out if changed else None
