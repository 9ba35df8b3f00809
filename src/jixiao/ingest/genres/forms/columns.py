"""The columns of a form's tables: read from the header, and matched to a row's cells.

A header is read as text (its cells joined, spaces removed) and cut into known column names,
leftmost and longest first, so a header split over cells or lines (``年度`` / ``指标值``) still
reads ``年度指标值``. A second header line that names a column already read (``指标值`` above
``2021年实际实现值 | 预期2022年实现值``, or above ``指标性质 | 指标值 | 度量单位``) splits it.

A row's cells are then placed in the columns: in order when their contents fit there as well
as anywhere. Published rows often lose empty cells (web tables flattened to pipes, PDF text,
OCR), so otherwise each cell goes where its content fits (a likelihood word in 完成目标可能性,
a number in 分值, a target in 指标值), keeping the cells' order: :func:`align` picks the
placement whose cells fit best.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from jixiao.ingest.cells import squash
from jixiao.ingest.genres.forms.sheet import Cell


class ColumnKind(StrEnum):
    # indicator tables
    CATEGORY = "category"  # 一级指标
    SUBCATEGORY = "subcategory"  # 二级指标
    NAME = "name"  # 三级指标 / 指标名称
    DEFINITION = "definition"  # 绩效指标描述 / 指标解释
    OPERATOR = "operator"  # 指标性质
    TARGET = "target"  # 指标值 / 年度指标值 / 年初指标值
    ADJUSTED_TARGET = "adjusted_target"  # 调整指标值
    UNIT = "unit"  # 度量单位
    HISTORY = "history"  # 2021年实际实现值
    BASIS = "basis"  # 指标值确定依据
    ACTUAL = "actual"  # 实际完成值 / 1-6月完成值 / 半年度指标执行情况
    PROJECTED = "projected"  # 全年预计完成值
    COEFFICIENT = "coefficient"  # 得分系数
    DEVIATION = "deviation"  # 偏差原因分析及改进措施
    CAUSE = "cause"  # 偏差原因 (经费保障 / 制度保障 …)
    LIKELIHOOD = "likelihood"  # 完成目标可能性
    RECTIFICATION = "rectification"  # 整改措施
    CORE = "core"  # 是否核心指标
    REMARK = "remark"  # 备注
    # both tables
    WEIGHT = "weight"  # 分值 / 指标权重
    SCORE = "score"  # 得分 / 指标得分
    # 项目资金 tables
    INITIAL_BUDGET = "initial_budget"  # 年初预算数
    FULL_YEAR_BUDGET = "full_year_budget"  # 全年预算数
    EXECUTED = "executed"  # 全年执行数 / 1-6月执行数
    PROJECTED_EXECUTION = "projected_execution"  # 全年预计执行数
    EXECUTION_RATE = "execution_rate"  # 执行率


@dataclass(frozen=True)
class Column:
    kind: ColumnKind
    label: str  # the header text it was read from (``2021年实际实现值``)


Vocabulary = tuple[tuple[re.Pattern[str], ColumnKind], ...]


def _vocabulary(entries: dict[ColumnKind, str]) -> Vocabulary:
    return tuple(
        (re.compile(spelling), kind)
        for kind, spellings in entries.items()
        for spelling in spellings.split()
    )


_MONTHS: Final = r"(?:1|一)?[-—~至]?[0-9]{1,2}月(?:份|底)?(?:累计)?"

INDICATOR_COLUMNS: Final = _vocabulary(
    {
        ColumnKind.CATEGORY: "一级指标 一级",
        ColumnKind.SUBCATEGORY: "二级指标 二级",
        ColumnKind.NAME: "三级指标 (?:绩效)?指标名称 指标内容 三级",
        ColumnKind.DEFINITION: "绩效指标描述 指标描述 指标解释 指标说明 指标内涵",
        ColumnKind.OPERATOR: "指标性质 比较符号 比较方式",
        ColumnKind.TARGET: (
            "(?:年度|年初|全年|预期)?指标值 目标值 计划值 预期(?:[0-9]{4}年)?(?:实现|目标|完成)值"
        ),
        ColumnKind.ADJUSTED_TARGET: "调整(?:后)?(?:指标|目标)?值",
        ColumnKind.UNIT: "度量单位 计量单位",
        ColumnKind.HISTORY: (
            "(?:[0-9]{4}年度?|上年度?|上一年度?)(?:实际)?(?:实现|完成)值 历史(?:标准)?值"
        ),
        ColumnKind.BASIS: "指标值确定依据 指标标准或依据 指标值设定依据 (?:确定|设定)依据 指标来源",
        ColumnKind.ACTUAL: (
            f"(?:全年)?实际完成(?:值|情况) 全年完成值 全年实际值 实际值 完成值 "
            f"{_MONTHS}(?:实际)?(?:完成值|完成情况|执行情况) "
            "(?:半年度?)?指标执行情况 执行情况"
        ),
        ColumnKind.PROJECTED: "(?:全年)?预计(?:全年)?完成(?:值|情况)? 全年预计值",
        ColumnKind.COEFFICIENT: "得分系数 完成系数",
        ColumnKind.DEVIATION: (
            "偏差原因分析(?:及改进措施)? 偏差原因及改进措施 未完成原因(?:分析)?(?:及改进措施)? "
            "原因说明 原因分析"
        ),
        ColumnKind.CAUSE: "偏差原因(?:类型|类别)?",
        ColumnKind.LIKELIHOOD: "(?:完成)?目标(?:完成)?可能性 完成可能性",
        ColumnKind.RECTIFICATION: "整改措施 改进措施 纠偏措施",
        ColumnKind.CORE: "是否(?:为)?核心指标 核心指标",
        ColumnKind.REMARK: "备注",
        ColumnKind.WEIGHT: "(?:指标)?权重(?:分值)? 分值",
        ColumnKind.SCORE: "(?:指标|实际|自评)?得分",
    }
)

FUNDING_COLUMNS: Final = _vocabulary(
    {
        ColumnKind.INITIAL_BUDGET: "年初预算数 年初预算 年初数",
        ColumnKind.FULL_YEAR_BUDGET: "全年预算数 调整后预算数 全年预算 调整预算数",
        ColumnKind.EXECUTED: (
            f"全年执行数 {_MONTHS}执行数 {_MONTHS}支出数 实际执行数 执行数 实际支出数"
        ),
        ColumnKind.PROJECTED_EXECUTION: "全年预计执行数 预计执行数 全年预计支出数",
        ColumnKind.EXECUTION_RATE: "执行率",
        ColumnKind.WEIGHT: "分值 权重",
        ColumnKind.SCORE: "得分",
    }
)


def tokenise(text: str, vocabulary: Vocabulary) -> list[Column]:
    """The column names in a header text, leftmost and longest first."""
    compact = squash(text)
    columns: list[Column] = []
    position = 0
    while position < len(compact):
        best: tuple[int, ColumnKind] | None = None
        for pattern, kind in vocabulary:
            match = pattern.match(compact, position)
            if match and match.end() > position and (best is None or match.end() > best[0]):
                best = (match.end(), kind)
        if best is None:
            position += 1
            continue
        columns.append(Column(best[1], compact[position : best[0]]))
        position = best[0]
    return columns


def read_header(lines: Sequence[Sequence[Cell]], vocabulary: Vocabulary) -> list[Column]:
    """The columns of a header written on one or more lines (see the module docstring)."""
    columns: list[Column] = []
    for line in lines:
        found = tokenise("".join(cell.text for cell in line), vocabulary)
        kinds = {column.kind for column in found}
        split = next((i for i, column in enumerate(columns) if column.kind in kinds), None)
        if split is None:
            columns.extend(found)
        else:
            columns[split : split + 1] = found
    return columns


_MONTH_RE: Final = re.compile(r"(?:1|一)\s*[-—~至]\s*([0-9]{1,2})\s*月|截至\s*([0-9]{1,2})\s*月")


def months_covered(text: str) -> int | None:
    """The last month a header's figures cover: ``1-6月执行数`` → 6, ``半年度`` → 6."""
    compact = squash(text)
    if match := _MONTH_RE.search(compact):
        month = int(match[1] or match[2])
        return month if 1 <= month <= 12 else None
    if "半年" in compact:
        return 6
    return None


# --- placing a row's cells -----------------------------------------------------------------------

# How well a cell fits a column (in tenths; None: it cannot stand there).
Fit = Callable[[ColumnKind, str], int | None]
_DROP: Final = -100  # a cell that fits no column is left out (and reported) at this cost


@dataclass(frozen=True)
class Placed:
    column: Column
    cell: Cell


@dataclass(frozen=True)
class Alignment:
    placed: tuple[Placed, ...]
    dropped: tuple[Cell, ...]

    def get(self, kind: ColumnKind) -> Cell | None:
        return next((p.cell for p in self.placed if p.column.kind is kind), None)

    def all(self, kind: ColumnKind) -> list[Placed]:
        return [p for p in self.placed if p.column.kind is kind]


def _in_order(cells: Sequence[Cell], columns: Sequence[Column], fit: Fit) -> int | None:
    total = 0
    for cell, column in zip(cells, columns, strict=False):
        if cell.blank:
            continue
        value = fit(column.kind, cell.text)
        if value is None:
            return None
        total += value
    return total


def _best(filled: Sequence[Cell], columns: Sequence[Column], fit: Fit) -> tuple[int, Alignment]:
    """The best order-keeping placement of ``filled`` in ``columns`` (dynamic programming)."""
    rows, cols = len(filled), len(columns)
    worst = -(10**9)
    best = [[worst] * (cols + 1) for _ in range(rows + 1)]
    for j in range(cols + 1):
        best[0][j] = 0
    for i in range(1, rows + 1):
        best[i][0] = best[i - 1][0] + _DROP
        for j in range(1, cols + 1):
            value = fit(columns[j - 1].kind, filled[i - 1].text)
            place = best[i - 1][j - 1] + value if value is not None else worst
            best[i][j] = max(best[i][j - 1], place, best[i - 1][j] + _DROP)
    placed: list[Placed] = []
    dropped: list[Cell] = []
    i, j = rows, cols
    while i > 0:
        # Ties go to leaving a column empty, which keeps cells in the leftmost columns.
        if j > 0 and best[i][j] == best[i][j - 1]:
            j -= 1
            continue
        value = fit(columns[j - 1].kind, filled[i - 1].text) if j > 0 else None
        if j > 0 and value is not None and best[i][j] == best[i - 1][j - 1] + value:
            placed.append(Placed(columns[j - 1], filled[i - 1]))
            i, j = i - 1, j - 1
        else:
            dropped.append(filled[i - 1])
            i -= 1
    return best[rows][cols], Alignment(tuple(reversed(placed)), tuple(reversed(dropped)))


def align(cells: Sequence[Cell], columns: Sequence[Column], fit: Fit) -> Alignment:
    """Place a row's value cells in ``columns`` (see the module docstring).

    Cells in column order win whenever their contents fit there as well as anywhere: also
    for a row short of its last cells (dropped trailing empties), since the empty cells it
    kept still place the others (``上年结转资金 | | 20 | 15.6``: 20 is the 全年预算数)."""
    filled = [cell for cell in cells if not cell.blank]
    score, alignment = _best(filled, columns, fit)
    if len(cells) <= len(columns):
        in_order = _in_order(cells, columns, fit)
        if in_order is not None and in_order >= score:
            placed = tuple(
                Placed(column, cell)
                for cell, column in zip(cells, columns, strict=False)
                if not cell.blank
            )
            return Alignment(placed, ())
    return alignment
