"""The labelled fields at the head of a form: 项目名称 | 主体班, 主管部门 | …, 项目属性 | ■ ….

A field is a label cell and the value after it: on the same row (``项目名称 | X``), on the
next line (one cell per paragraph), or in the same cell after a colon (``项目名称:X``). A
value is empty when the next cell is itself a label (``项目主管部门 | 实施单位 | …``). Fields
are looked up only in the head of the form, before its first table, so that a funding row
``其中:当年财政拨款`` is not taken for the field ``财政资金``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from jixiao.ingest.cells import LabelSpec, half_width, matches_label
from jixiao.ingest.genres.forms.sections import is_furniture, section_of
from jixiao.ingest.genres.forms.sheet import Cell, Sheet


class FieldName(StrEnum):
    PROJECT_NAME = "project_name"
    PROJECT_CODE = "code"
    SUPERVISING = "supervising_department"
    UNIT = "implementing_unit"
    DEPARTMENT = "department"
    AMOUNT = "budget"
    FISCAL = "fiscal_funds"
    OTHER_FUNDS = "other_funds"
    ATTRIBUTE = "attribute"
    TYPE = "project_type"
    PERIOD = "period"
    MANAGER = "manager"
    ANNUAL_GOAL = "annual_goal"
    OVERALL_GOAL = "overall_goal"
    PURPOSE = "purpose"


def _spellings(words: str) -> tuple[LabelSpec, ...]:
    return tuple(words.split())


FIELD_LABELS: Final[dict[FieldName, tuple[LabelSpec, ...]]] = {
    FieldName.PROJECT_NAME: _spellings("项目名称"),
    FieldName.PROJECT_CODE: _spellings("项目编码 项目代码 项目编号"),
    FieldName.SUPERVISING: _spellings("主管部门 项目主管部门 主管单位 主管部门名称"),
    # in order of preference: the unit that carries the project out
    FieldName.UNIT: _spellings("实施单位 项目实施单位 项目执行单位 执行单位 项目单位 预算单位"),
    FieldName.DEPARTMENT: _spellings("部门名称 单位名称 部门单位名称 预算部门 填报单位"),
    FieldName.AMOUNT: _spellings(
        "项目金额 项目总金额 项目资金总额 项目预算 预算数 预算金额 项目预算数"
    ),
    FieldName.FISCAL: (re.compile(r"(?:当年)?(?:[省市县区]级|本级)?财政(?:资金|拨款)(?:金额)?"),),
    FieldName.OTHER_FUNDS: _spellings("其他资金 其它资金 自筹资金"),
    FieldName.ATTRIBUTE: _spellings("项目属性"),
    FieldName.TYPE: _spellings("项目类型 项目类别"),
    FieldName.PERIOD: _spellings(
        "项目期 项目实施期 实施期 项目周期 实施周期 起止时间 项目起止时间 实施期限"
    ),
    FieldName.MANAGER: _spellings("项目负责人 负责人"),
    FieldName.ANNUAL_GOAL: _spellings("年度绩效目标 年度目标 年度总体目标 绩效目标"),
    FieldName.OVERALL_GOAL: _spellings("总体目标 长期目标 项目总体目标 总体绩效目标 中长期目标"),
    FieldName.PURPOSE: _spellings("资金用途 项目内容 主要内容 项目概况 项目主要内容"),
}
_ALL_LABELS: Final = tuple(spec for specs in FIELD_LABELS.values() for spec in specs)


def is_field_label(text: str) -> bool:
    return not is_furniture(text) and matches_label(text, _ALL_LABELS)


def is_any_label(text: str) -> bool:
    """A cell that names something rather than stating a value: a field label, the start of
    a part of the form, or furniture (a contact or signature line)."""
    return is_field_label(text) or section_of(text) is not None or is_furniture(text)


@dataclass(frozen=True)
class FieldValue:
    """A field's label cell and its value: ``text`` is empty when the form left it empty."""

    label: Cell
    cells: tuple[Cell, ...]
    text: str

    @property
    def place(self) -> tuple[Cell, ...]:
        return self.cells or (self.label,)


def _inline(cell: Cell, labels: Sequence[LabelSpec]) -> str | None:
    """The value of ``项目名称:X`` in one cell, or None."""
    colon = half_width(cell.text).find(":")  # half_width keeps every character's place
    if colon < 0:
        return None
    head, tail = cell.text[:colon], cell.text[colon + 1 :].strip()
    if tail and matches_label(head, labels) and not is_furniture(cell.text):
        return tail
    return None


class Fields:
    """Field lookup in the head of a form: cells ``start`` to ``end`` (orders) of ``sheet``."""

    def __init__(self, sheet: Sheet, start: int, end: int) -> None:
        self.sheet = sheet
        self.start = start
        self.end = end

    def _label(self, name: FieldName) -> tuple[Cell, str | None] | None:
        """The first label cell of ``name`` (synonyms in order of preference)."""
        for spec in FIELD_LABELS[name]:
            for cell in self.sheet.cells[self.start : self.end]:
                if cell.blank or is_furniture(cell.text):
                    continue
                if matches_label(cell.text, (spec,)):
                    return cell, None
                if (inline := _inline(cell, (spec,))) is not None:
                    return cell, inline
        return None

    def _following(self, label: Cell) -> list[Cell]:
        """The cells that may hold ``label``'s value, in order: the rest of its line and,
        where the value may go on, the lines after it."""
        cells = self.sheet.cells[label.order + 1 : self.end]
        if self.sheet.one_cell_per_line:
            return cells
        line = [cell for cell in cells if cell.line is label.line]
        rest = cells[len(line) :]
        return line + rest if not any(not cell.blank for cell in line) else line

    def _found(self, name: FieldName) -> tuple[Cell, FieldValue | None] | None:
        """The label of ``name`` (taken) and, when it holds its own value, that value."""
        found = self._label(name)
        if found is None:
            return None
        label, inline = found
        self.sheet.take(label)
        return label, (FieldValue(label, (label,), inline) if inline is not None else None)

    def value(self, name: FieldName) -> FieldValue | None:
        """The field's value (one cell), or None when the form has no such label."""
        found = self._found(name)
        if found is None or found[1] is not None:
            return found[1] if found else None
        label = found[0]
        for cell in self._following(label):
            if cell.blank:
                continue
            if is_any_label(cell.text):
                break
            self.sheet.take(cell)
            return FieldValue(label, (cell,), cell.text)
        return FieldValue(label, (), "")

    def run(self, name: FieldName, joiner: str = " ") -> FieldValue | None:
        """The field's value spread over several cells (a row of checkboxes continued on the
        next line, a goal wrapped over lines): every cell up to the next label."""
        found = self._found(name)
        if found is None or found[1] is not None:
            return found[1] if found else None
        label = found[0]
        cells: list[Cell] = []
        for cell in self.sheet.cells[label.order + 1 : self.end]:
            if cell.blank:
                continue
            if is_any_label(cell.text):
                break
            cells.append(cell)
        self.sheet.take(*cells)
        return FieldValue(label, tuple(cells), joiner.join(cell.text for cell in cells))
