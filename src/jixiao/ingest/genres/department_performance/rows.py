"""One indicator row of a table, read by what its cells say rather than where they stand.

OCR shifts columns from row to row, so the header row's column roles are only hints. The
target is the cell the target grammar reads (the last such cell, a basis such as
``计划标准`` excepted); the name is a text cell before it; category and subcategory labels are
cells that are a label and nothing else. Two damaged forms of the target are kept for
confirmation elsewhere: a target split over two cells (``>9`` | ``95%``) and a target-shaped
cell the grammar cannot read (``210 永``). Split columns of the official form
(指标性质 ``=`` | 指标值 ``100`` | 度量单位 ``%``) are joined with the grammar's own reader.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field
from typing import Final

from jixiao.domain.framework import Category, Subcategory
from jixiao.domain.model import TargetBasis
from jixiao.domain.target import TargetKind, TargetSyntaxError, parse_target_parts
from jixiao.domain.units import canonical_unit
from jixiao.ingest.cells import (
    TargetCell,
    category_label,
    is_label_tail,
    read_target_cell,
    squashed,
    subcategory_label,
    target_basis,
)
from jixiao.ingest.source import SourceLine

_ROLE_WORDS: Final = (
    ("一级", "category"),
    ("二级", "subcategory"),
    ("三级", "name"),
    ("指标名称", "name"),
    ("描述", "definition"),
    ("解释", "definition"),
    ("依据", "basis"),
    ("指标值", "target"),
    ("备注", "remark"),
    ("金额", "funding"),
    ("项目名称", "funding"),
)
_MAX_QUALITATIVE_TARGET: Final = 12  # a standard in a target cell is short (良好, 按时完成)
_NAME_ENDINGS: Final = ("率", "数", "量", "度", "额", "比例")
_COMPARISON_MARKS: Final = frozenset("≥≤<>=≪€")
# A cell of one to three symbols, no letter or digit: an operator the OCR could not read.
# (- and / mean "no operator" in that column, as the grammar reads them.)
_UNREAD_SYMBOL_RE: Final = re.compile(r"(?![-/—–]+$)[^\w\s]{1,3}")
_KIND_MARKS: Final = frozenset({"定性", "定量"})  # the 指标性质 column of a qualitative row
# A target cell the grammar cannot read but shaped like one: an optional comparison, a
# number, at most a few characters of unit (``22 1``, ``210 永``).
_TARGET_SHAPE_RE: Final = re.compile(
    r"[≥≤<>=≪€]?\s*[0-9][0-9 .]*\s*\S{0,3}"
    r"|[^\u3400-\u9fff]{0,3}[≥≤<>=≪€][^\u3400-\u9fff]{0,3}"  # O> for ≤0: a comparison, no number
)
_OPERATOR_CELL_RE: Final = re.compile(r"[≥≤<>=]|大于等于|小于等于|大于|小于|等于|定性|定量")
# The merged cell at the left of the department table (年度整体支出目标n / 整体支出绩效指标).
_DECORATION_RE: Final = re.compile(
    r"(?:年度)?整体(?:支出)?(?:目标[0-9]*)?|(?:支出)?目标[0-9]*|绩效指标|[0-9]{1,2}"
)


@dataclass(frozen=True)
class Layout:
    """Column positions of the roles a header row names (hints: OCR shifts columns)."""

    roles: dict[str, int]

    def role_of(self, column: int) -> str | None:
        return next((role for role, index in self.roles.items() if index == column), None)

    @property
    def has_definition(self) -> bool:
        return "definition" in self.roles


_HEADER_WORDS: Final = re.compile(
    r"一?级指标|二级指标|三级指标|指标|指标名称|指标值|备注|绩效指标描述|指标解释|指标值确定依据"
)
_MIN_HEADER_CELLS: Final = 3


def is_header(line: SourceLine) -> bool:
    """A row naming 一级指标, or three header words or more with 指标值 among them (OCR may
    drop a character, ``级指标``, or merge headers into one cell)."""
    if "一级指标" in squashed(line.text):
        return True
    words = [squashed(cell) for cell in line.cells if _HEADER_WORDS.fullmatch(squashed(cell))]
    return len(words) >= _MIN_HEADER_CELLS and any(word.startswith("指标值") for word in words)


def read_layout(line: SourceLine) -> Layout:
    roles: dict[str, int] = {}
    for index, cell in enumerate(line.cells):
        text = squashed(cell)
        found = {role for word, role in _ROLE_WORDS if word in text}
        if text == "指标":  # the name column of the department form (指标 | 指标值)
            found = {"name"}
        if "basis" in found:
            found.discard("target")  # 指标值确定依据 is the basis, not the value
        if len(found) == 1:  # a cell naming several roles is several merged headers
            roles.setdefault(found.pop(), index)
    return Layout(roles)


@dataclass
class Row:
    """What one table row says about an indicator."""

    line: SourceLine
    name: str | None = None
    name_column: int | None = None
    definition: list[str] = field(default_factory=list)
    category: tuple[Category, str] | None = None
    subcategory: tuple[Subcategory, str] | None = None
    tails: dict[str, str] = field(default_factory=dict)  # label role → 标 / 指标
    target: TargetCell | None = None
    damaged: str | None = None  # target text that cannot be read alone
    split: bool = False
    funding: list[str] = field(default_factory=list)
    junk: list[str] = field(default_factory=list)
    basis: TargetBasis | None = None
    remark: str | None = None

    @property
    def has_target_cell(self) -> bool:
        return self.target is not None or self.damaged is not None


@functools.lru_cache(maxsize=4096)
def _is_label(cell: str) -> bool:
    return bool(category_label(cell) or subcategory_label(cell) or is_label_tail(cell))


@functools.lru_cache(maxsize=4096)
def _is_decoration(cell: str) -> bool:
    """The merged 年度整体支出目标n / 整体支出绩效指标 cell, or a 定性/定量 mark."""
    text = squashed(cell)
    return bool(_DECORATION_RE.fullmatch(text)) or text in _KIND_MARKS


def _is_candidate(cell: str, name_before: bool) -> TargetCell | None:
    """The cell read as a target, if it can be one. A standard in words must be short, follow
    a name and not read like a name itself (``侨群满意度`` is a name, ``满意`` a standard)."""
    text = squashed(cell)
    quantity_like = any(ch.isdigit() or ch in _COMPARISON_MARKS for ch in text)
    if not quantity_like and not _standard_shaped(text, name_before):
        return None  # names and definitions: not worth the grammar's time
    if _is_label(cell) or target_basis(cell):
        return None
    read = read_target_cell(cell)
    if read.target is None:
        return None
    if read.target.kind is TargetKind.QUALITATIVE and not _standard_shaped(text, name_before):
        return None
    return read


def _standard_shaped(text: str, name_before: bool) -> bool:
    return (
        name_before
        and len(text) <= _MAX_QUALITATIVE_TARGET
        and "/" not in text
        and not text.endswith(_NAME_ENDINGS)
    )


def _is_split(first: TargetCell, second: TargetCell) -> bool:
    """``>9`` | ``95%``: one target cut by a column edge, each half read on its own."""
    a, b = first.target, second.target
    if a is None or b is None or TargetKind.QUANTITATIVE not in (a.kind, b.kind):
        return False
    return a.kind is b.kind and a.unit is None and b.operator is None


def read_row(line: SourceLine, layout: Layout | None, with_definition: bool) -> Row:
    """Read one row; ``with_definition`` says the table has a 指标描述 column after the name."""
    row = Row(line)
    cells = [(i, cell.strip()) for i, cell in enumerate(line.cells) if cell.strip()]
    span = _read_target(row, cells)
    texts = _read_labels(row, cells[: span[0]] if span else cells, layout)
    _read_texts(row, texts, layout, with_definition)
    if span is not None:
        _read_after(row, cells[span[1] + 1 :])
    return row


def _read_target(row: Row, cells: list[tuple[int, str]]) -> tuple[int, int] | None:
    """Find the target (leaving the name before it): the positions in ``cells`` of its
    first and last cell (a target may take two or three cells)."""
    named = list(
        itertools.accumulate(
            (not _is_label(cell) and not _is_decoration(cell) for _, cell in cells),
            max,
            initial=False,
        )
    )
    reads = [(k, _is_candidate(cell, named[k])) for k, (_, cell) in enumerate(cells) if k > 0]
    found = [(k, read) for k, read in reads if read is not None]
    if found:
        k, read = found[-1]
        if len(found) > 1 and found[-2][0] == k - 1 and _is_split(found[-2][1], read):
            row.split, row.damaged = True, f"{cells[k - 1][1]}\t{cells[k][1]}"
            return k - 1, k
        target, span = _with_split_columns(read, cells, k)
        if target is None:  # an operator cell the OCR could not read: the target is damaged
            row.damaged = "\t".join(cell for _, cell in cells[span[0] : span[1] + 1])
        row.target = target
        return span
    shaped = [k for k, (_, cell) in enumerate(cells) if k > 0 and _TARGET_SHAPE_RE.fullmatch(cell)]
    if shaped:
        row.damaged = cells[shaped[-1]][1]
        return shaped[-1], shaped[-1]
    return None


def _with_split_columns(
    read: TargetCell, cells: list[tuple[int, str]], k: int
) -> tuple[TargetCell | None, tuple[int, int]]:
    """指标性质 | 指标值 | 度量单位 in three cells: read together (``=`` | ``100`` | ``%``).

    An operator cell that is a symbol but no operator (OCR's ``》``) makes the target damaged
    (None): reading ``800`` without it would silently drop a comparison the form states."""
    target = read.target
    if target is None or target.kind is not TargetKind.QUANTITATIVE:
        return read, (k, k)
    before = squashed(cells[k - 1][1]) if k > 1 else ""
    operator_cell = _OPERATOR_CELL_RE.fullmatch(before) is not None
    unit_cell = k + 1 < len(cells) and canonical_unit(cells[k + 1][1]) is not None
    operator = cells[k - 1][1] if operator_cell and not target.operator else None
    unit = cells[k + 1][1] if unit_cell and not target.unit else None
    last = k + 1 if unit is not None else k
    if not target.operator and not operator_cell and _UNREAD_SYMBOL_RE.fullmatch(before):
        return None, (k - 1, last)
    if operator is None and unit is None:
        return read, (k, k)
    try:
        joined = parse_target_parts(operator, read.text, unit)
    except TargetSyntaxError:
        return read, (k, k)
    span = (k - 1 if operator is not None else k, last)
    return TargetCell(raw=read.raw, text=joined.text, target=joined, repairs=read.repairs), span


def _read_labels(
    row: Row, cells: list[tuple[int, str]], layout: Layout | None
) -> list[tuple[int, str]]:
    """Take the label cells of the row; returns the other cells."""
    texts: list[tuple[int, str]] = []
    for index, cell in cells:
        role = layout.role_of(index) if layout else None
        category, subcategory = category_label(cell), subcategory_label(cell)
        if role == "funding":
            row.funding.append(cell)
        elif role == "subcategory" and subcategory and not row.subcategory:
            row.subcategory = (subcategory, cell)
        elif role == "category" and category and not row.category:
            row.category = (category, cell)
        elif role == "name" or _is_second_label(row, category, subcategory):
            texts.append((index, cell))  # a name that reads as a label (服务对象满意度)
        elif subcategory and (not category or row.category):
            row.subcategory = (subcategory, cell)
        elif category:
            row.category = (category, cell)
        elif is_label_tail(cell):
            row.tails[role or ("subcategory" if row.category else "category")] = cell
        elif not _is_decoration(cell):
            texts.append((index, cell))
    return texts


def _is_second_label(row: Row, category: Category | None, sub: Subcategory | None) -> bool:
    """A label cell after the row's labels of that level: the indicator's own name."""
    return bool((sub and row.subcategory) or (category and row.category and not sub))


def _read_texts(
    row: Row, texts: list[tuple[int, str]], layout: Layout | None, with_definition: bool
) -> None:
    """Name, definition, funding fragments and unreadable label cells among the text cells."""
    roles = layout.roles if layout else {}
    label_columns = {roles.get("category"), roles.get("subcategory")}
    readable = []
    for position, (index, cell) in enumerate(texts):
        later_text = position + 1 < len(texts)
        unreadable = not any("\u3400" <= ch <= "\u9fff" for ch in cell)
        if later_text and index != roles.get("name") and (unreadable or index in label_columns):
            row.junk.append(cell)  # ** ** *** or OCR debris in a label column
        else:
            readable.append((index, cell))
    if not readable:
        return
    at_name = [pair for pair in readable if pair[0] == roles.get("name")]
    if at_name and not with_definition:
        _read_by_columns(row, readable, at_name[0])
    elif with_definition:
        first_definition = layout.roles.get("definition") if layout else None
        if first_definition is not None and readable[0][0] >= first_definition:
            row.definition = [cell for _, cell in readable]  # the name cell is empty
            return
        (row.name_column, row.name), rest = readable[0], readable[1:]
        row.definition = [cell for _, cell in rest]
    else:
        (row.name_column, row.name) = readable[-1]
        row.funding.extend(cell for _, cell in readable[:-1])


def _read_by_columns(row: Row, readable: list[tuple[int, str]], name: tuple[int, str]) -> None:
    """The name is in the header's name column: cells left of it are the funding block's,
    a cell right of it stands where the target should (a target the grammar cannot read)."""
    row.name_column, row.name = name
    row.funding.extend(cell for index, cell in readable if index < name[0])
    after = [cell for index, cell in readable if index > name[0]]
    if after and not row.has_target_cell:
        row.damaged = " ".join(after)
    elif after:
        row.remark = " ".join(after)


def _read_after(row: Row, cells: list[tuple[int, str]]) -> None:
    for _, cell in cells:
        basis = target_basis(cell)
        if basis is not None and row.basis is None:
            row.basis = basis
        elif canonical_unit(cell) is None and row.remark is None:
            row.remark = cell
