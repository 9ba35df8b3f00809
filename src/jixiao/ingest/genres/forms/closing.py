"""The rows around the indicator table: 年度总体目标 (预期目标 | 实际完成情况), 总分, 评价等级,
偏差或不能完成目标原因分析 and 相关建议或举措, and what a text that stops early never reached.

Each part is a label cell and the cells after it, up to the next label: on its line when rows
are on lines, else up to the next part of the form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Final

from jixiao.ingest.cells import checked_options, label_key, read_number, squash
from jixiao.ingest.genres.forms.fields import is_any_label
from jixiao.ingest.genres.forms.sections import Section, is_furniture, section_of
from jixiao.ingest.genres.forms.sheet import Cell, Sheet
from jixiao.ingest.genres.forms.trace import Tracer
from jixiao.ingest.report import ItemKind

_GOAL_HEADINGS: Final = frozenset(
    {"预期目标", "实际完成情况", "实际完成", "目标完成情况", "完成情况"}
)
_SENTENCE_END_RE: Final = re.compile(r"[。.;!?)」”\"]$")  # on half-width text
_CUT_PROSE_LENGTH: Final = 20
_CLAUSE_RE: Final = re.compile(r"[,。;]")  # prose, unlike a line of form fields

SECTION_NAMES: Final = {
    Section.TOTAL_SCORE: "总分",
    Section.RATING: "评价等级",
    Section.DEVIATION: "偏差或不能完成目标原因分析",
    Section.MEASURES: "相关建议或举措",
}


@dataclass(frozen=True)
class Part:
    """A labelled part of the form: its label cell and the value cells after it."""

    label: Cell
    cells: tuple[Cell, ...]

    @property
    def text(self) -> str:
        return "".join(cell.text for cell in self.cells)

    @property
    def place(self) -> tuple[Cell, ...]:
        return self.cells or (self.label,)


def read_part(sheet: Sheet, label: Cell) -> Part:
    """The cells after ``label`` up to the next label (on the same line when rows are on
    lines), taken."""
    cells: list[Cell] = []
    for cell in sheet.cells[label.order + 1 :]:
        if not sheet.one_cell_per_line and cell.line is not label.line:
            break
        if cell.blank:
            continue
        if sheet.starts_row(cell) and (is_any_label(cell.text) or section_of(cell.text)):
            break
        cells.append(cell)
    sheet.take(label, *cells)
    return Part(label, tuple(cells))


def find_parts(sheet: Sheet, start: int) -> dict[Section, Part]:
    """The closing parts (总分, 评价等级, 偏差…, 相关建议…) from ``start`` on, first of each."""
    parts: dict[Section, Part] = {}
    for cell in sheet.cells[start:]:
        if cell.blank or not sheet.starts_row(cell):
            continue
        section = section_of(cell.text)
        if section in SECTION_NAMES and section not in parts:
            parts[section] = read_part(sheet, cell)
    return parts


# --- 年度总体目标 ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class GoalTable:
    expected: Part | None
    achieved: Part | None


def read_goal_table(sheet: Sheet, label: Cell, end: int) -> GoalTable:
    """``年度总体目标 | 预期目标 | 实际完成情况`` and the row(s) under it, up to ``end``: the
    first value of each row is the expected goal, the second what was achieved."""
    expected: list[Cell] = []
    achieved: list[Cell] = []
    rows = [list(sheet.cells[label.order + 1 : end])]
    if not sheet.one_cell_per_line:
        rows = sheet.lines_between(label.order + 1, end)
    for row in rows:
        values = [c for c in row if not c.blank and label_key(c.text) not in _GOAL_HEADINGS]
        values = [c for c in values if not is_furniture(c.text)]
        if values:
            expected.append(values[0])
        if len(values) > 1:
            achieved.append(values[1])
    sheet.take_range(label.order, end)
    return GoalTable(
        Part(label, tuple(expected)) if expected else None,
        Part(label, tuple(achieved)) if achieved else None,
    )


# --- 总分, 评价等级 -------------------------------------------------------------------------------


def total_score(part: Part) -> tuple[Decimal, Cell] | None:
    """The score of a 总分 row: ``总分 | 100 | 92.5`` states the points available, then the
    score; a single number is the score."""
    numbers = [(n.value, c) for c in part.cells if (n := read_number(c.text)) is not None]
    return numbers[-1] if numbers else None


def rating(part: Part) -> str | None:
    """评价等级 as written (``优``), or the ticked one of ``优■ 良□ 中□ 差□``."""
    text = " ".join(cell.text for cell in part.cells)
    ticked = checked_options(text)
    if ticked is not None:
        return "、".join(ticked) or None
    return squash(text) or None


# --- a text that stops early ----------------------------------------------------------------------


def report_cut_prose(sheet: Sheet, trace: Tracer) -> None:
    """A text whose last line is prose stopping mid-sentence was cut there: what followed is
    missing. (A last line of fields, such as 填报日期, ends without punctuation anyway.)"""
    last = next((cell for cell in reversed(sheet.cells) if not cell.blank), None)
    if last is None:
        return
    text = squash(last.text)
    prose = len(text) >= _CUT_PROSE_LENGTH and bool(_CLAUSE_RE.search(text))
    if prose and not _SENTENCE_END_RE.search(text):
        trace.add(
            ItemKind.MISSING,
            f"文本在此中途结束(“…{text[-12:]}”),其后的内容未能读取",
            None,
            [last],
        )


def report_missing_parts(
    trace: Tracer,
    parts: dict[Section, Part],
    expected: dict[Section, str],
    cut_at: Cell | None,
) -> None:
    """Each part the form has (``expected``: section → JSON path) but the text never reached
    (it stops at ``cut_at``) or left empty is listed as missing."""
    for section, path in expected.items():
        name = SECTION_NAMES[section]
        part = parts.get(section)
        if part is None and cut_at is not None:
            reason = f"文本在表格中途结束,未读到“{name}”"
            trace.add(ItemKind.MISSING, reason, path, [cut_at])
        elif (
            part is not None and not part.cells and section in (Section.TOTAL_SCORE, Section.RATING)
        ):
            trace.add(ItemKind.MISSING, f"“{name}”一栏为空", path, [part.label])
