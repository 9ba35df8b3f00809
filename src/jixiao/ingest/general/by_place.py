"""A project form's values whose labels the OCR lost, read by their place in the form.

In the 部门预算绩效文本's 项目绩效目标表 the row right after the budget row (预算数 …) is the
funds' purpose (资金用途) and the row right after the spending plan the year's goal (年度绩效
目标); an OCR that loses their label cells leaves rows of text only (``保障侨务工作 | 正常开展``).
Such a row is read by its place and said so; of the year's goal often only fragments
survive (``·侨团的联系,促成我 价值议案提案。帮助``): the one goal text of the document that
holds every fragment word for word completes it (CROSS_FILLED), else the fragments are kept
(UNCERTAIN). A rule of the genre, a step of the assembly on a project part's lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from jixiao.ingest.cells import half_width, join_cjk, label_key, read_amount, squashed
from jixiao.ingest.general.fixes import Fix
from jixiao.ingest.general.kinds import Kind, kind_of
from jixiao.ingest.report import ItemKind
from jixiao.ingest.source import SourceLine

# Words of the form's labels: a row holding one is no value whose label was lost.
_LABELS: Final = (
    "项目名称",
    "项目编码",
    "预算",
    "资金",
    "金额",
    "项目属性",
    "实施期",
    "主管部门",
    "实施单位",
    "项目负责人",
    "总体目标",
    "年度目标",
    "年度绩效目标",
    "资金支",
    "出计划",
    "绩效指标",
    "填报单位",
)
_BUDGET_WORDS: Final = ("预算数", "项目金额", "预算金额", "项目总额", "资金总额")
_MIN_TEXT_CJK: Final = 4  # a row of fewer Chinese characters is debris, not a value
_MIN_FRAGMENT: Final = 3
_FRAGMENT_EDGES: Final = "·・.,,。 "  # OCR debris and punctuation at a fragment's ends
_MIN_HEADER_CELLS: Final = 3


@dataclass(frozen=True)
class ByPlace:
    """The purpose and the year's goal read by place, with their lines and what was done."""

    purpose: tuple[str, SourceLine, Fix] | None = None
    annual_goal: tuple[str, SourceLine] | None = None  # the fragments, completed later


def read_by_place(lines: Sequence[SourceLine], plan_lines: Sequence[SourceLine]) -> ByPlace:
    """The rows of text only right after the budget row and right after the spending plan,
    above the indicator table's header."""
    plan = {id(line) for line in plan_lines}
    stage: str | None = None
    purpose: tuple[str, SourceLine, Fix] | None = None
    goal: tuple[str, SourceLine] | None = None
    for line in lines:
        if _is_header(line):
            break
        if id(line) in plan:
            stage = "plan"
            continue
        cells = [cell.strip() for cell in line.cells if cell.strip()]
        if not cells:
            continue
        if stage is None and any(word in squashed(c) for c in cells for word in _BUDGET_WORDS):
            stage = "budget"
            continue
        if not _text_row(cells):
            continue
        if stage == "budget" and purpose is None:
            purpose = _purpose(cells, line)
        elif stage == "plan" and goal is None:
            goal = " ".join(cells), line
    return ByPlace(purpose, goal)


def _purpose(cells: list[str], line: SourceLine) -> tuple[str, SourceLine, Fix]:
    joined = join_cjk("".join(cells))[0]
    split = f"单元格被OCR拆成{len(cells)}栏,合并读取;" if len(cells) > 1 else ""
    reason = f"资金用途的栏名未识别出,按表格位置(预算数之后的一行)读取;{split}".rstrip(";")
    return joined, line, Fix("purpose", ItemKind.REPAIRED, reason, line, "\t".join(cells), joined)


def _text_row(cells: list[str]) -> bool:
    """A row of text only (no label, no amount): a value whose label the OCR lost."""
    if any(_is_label(cell) or read_amount(cell) for cell in cells):
        return False
    text = " ".join(cells)
    return sum(1 for ch in text if "\u3400" <= ch <= "\u9fff") >= _MIN_TEXT_CJK


def _is_label(cell: str) -> bool:
    key = label_key(cell)
    return kind_of(cell) is Kind.HEADER or any(key.startswith(word) for word in _LABELS)


def _is_header(line: SourceLine) -> bool:
    return sum(1 for cell in line.cells if kind_of(cell) is Kind.HEADER) >= _MIN_HEADER_CELLS


def complete_fragments(
    fragment: tuple[str, SourceLine], paragraphs: dict[str, str]
) -> tuple[str, Fix]:
    """The year's goal from its fragments: the one paragraph (text → where, each distinct
    text once) holding every fragment word for word (CROSS_FILLED), else the fragments as
    read (UNCERTAIN)."""
    text, line = fragment
    pieces = [p.strip(_FRAGMENT_EDGES) for p in re.split(r"\s+", half_width(text))]
    pieces = [p for p in pieces if len(p) >= _MIN_FRAGMENT]
    found: dict[str, str] = {}
    if len(pieces) >= 2:
        for paragraph, where in paragraphs.items():
            wide = half_width(paragraph)
            if len(paragraph) > sum(map(len, pieces)) and all(p in wide for p in pieces):
                found[paragraph] = where
    if len(found) == 1:
        paragraph, where = next(iter(found.items()))
        shown = "…".join(pieces)
        reason = (
            f"单元格只识别出片段“…{shown}…”;这些片段逐字出现在{where}的同一段文字中,"
            "据此按该段文字补全"
        )
        return paragraph, Fix("annual_goal", ItemKind.CROSS_FILLED, reason, line, text, paragraph)
    reason = (
        "年度绩效目标的栏名未识别出,按表格位置(资金支出计划之后的一行)读取,OCR 可能只识别出部分文字"
    )
    return text, Fix("annual_goal", ItemKind.UNCERTAIN, reason, line, None, text)
