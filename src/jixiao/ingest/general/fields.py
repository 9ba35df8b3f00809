"""A form's labelled fields (项目名称, 主管部门, 实施单位 …) and its 项目资金 figures.

Labels are matched by meaning (:data:`.vocabulary.FIELD_LABELS`): ``项目名称``,
``项目支出名称``, ``专项名称`` and ``转移支付(项目)名称`` are one field. A field's value is
the next cell that is not itself a label; in text run together, the words up to the next
label. The year is the form's ``(2022年度)``, else the first year its title names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Final

from jixiao.ingest.cells import label_key, read_number, squashed
from jixiao.ingest.general.kinds import Kind
from jixiao.ingest.general.stream import Cell
from jixiao.ingest.general.vocabulary import (
    FIELD_LABELS,
    FUNDING_TOTAL_RE,
    Field,
    Role,
    field_of,
    funding_role,
)


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


@dataclass(frozen=True)
class FieldValue:
    field: Field
    label: str
    value: str
    line: int


_CODE_PREFIX_RE: Final = re.compile(r"^\s*(?:\[\d+\]|\d{3,}[-—])\s*")
_MAX_LABEL: Final = 16


def _label_field(cell: Cell) -> Field | None:
    key = label_key(cell.text).rstrip(":")
    if not key or len(key) > _MAX_LABEL:
        return None
    return field_of(key)


def read_fields(cells: Sequence[Cell]) -> list[FieldValue]:
    """Label and value pairs, in order (a label without a value is left out)."""
    found: list[FieldValue] = []
    for index, cell in enumerate(cells):
        field = _label_field(cell)
        if field is None and (pair := _colon_pair(cell)) is not None:
            found.append(pair)
            continue
        if field is None:
            found.extend(_runon_fields(cell))
            continue
        value = _value_after(cells, index)
        if value is not None:
            found.append(FieldValue(field, cell.text, _clean(value.text), value.line))
    return found


def _colon_pair(cell: Cell) -> FieldValue | None:
    """``项目名称:社区养老服务补助``: a label and its value in one cell."""
    label, colon, value = cell.text.partition(":")
    if not colon or not value.strip():
        return None
    key = label_key(label)
    field = field_of(key) if key and len(key) <= _MAX_LABEL else None
    if field is None:
        return None
    return FieldValue(field, label, _clean(value), cell.line)


def _value_after(cells: Sequence[Cell], index: int) -> Cell | None:
    for cell in cells[index + 1 : index + 3]:
        if _label_field(cell) is not None or cell.kind is Kind.HEADER:
            return None
        if cell.kind not in (Kind.EMPTY, Kind.PLACEHOLDER):
            return cell
    return None


def _clean(value: str) -> str:
    return _CODE_PREFIX_RE.sub("", " ".join(value.split())).strip(" :")


_RUNON_LABELS: Final = [
    "转移支付(项目)名称",
    "项目支出名称",
    "专项名称",
    "项目名称",
    "项目实施单位/项目负责人",
    "项目实施单位",
    "项目执行单位",
    "资金使用单位",
    "实施单位",
    "自治区主管部门",
    "市县主管部门",
    "省级主管部门",
    "市级主管部门",
    "项目主管部门",
    "主管部门",
    "项目负责人",
    "项目属性",
    "项目类别",
    "项目类型",
    "专项实施期",
    "项目起止时间",
    "项目单位",
    "填报单位",
    "单位名称",
    "资金情况",
    "项目概况",
    "立项情况",
    "年度资金总额",
    "资金额度",
    "资金总额",
    "市县财政部门",
    "财政部门",
    "联系电话",
    "联系电目",
    "填报日期",
    "总分",
    "年度总体目标",
    "年度目标",
    "项目绩效目标",
]
_RUNON_RE: Final = re.compile("|".join(re.escape(squashed(word)) for word in _RUNON_LABELS))
_RUNON_MIN: Final = 40


def _runon_fields(cell: Cell) -> list[FieldValue]:
    """Fields of text run together: a label, then its words up to the next label."""
    text = squashed(cell.text)
    if len(text) < _RUNON_MIN:
        return []
    matches = list(_RUNON_RE.finditer(text))
    if len(matches) < 2:
        return []
    found: list[FieldValue] = []
    for number, match in enumerate(matches):
        end = matches[number + 1].start() if number + 1 < len(matches) else len(text)
        value = text[match.end() : end]
        field = field_of(label_key(match.group(0)))
        if field is None or not value:
            continue
        if "/" in match.group(0):  # 实施单位/项目负责人: the unit before the slash
            value = value.split("/")[0]
        found.append(FieldValue(field, match.group(0), _clean(value), cell.line))
    return found


_YEAR_OF_FORM_RE: Final = re.compile(r"((?:19|20)\d{2})\s*年度")
_YEAR_RE: Final = re.compile(r"((?:19|20)\d{2})\s*年")


def read_year(lines: Sequence[str]) -> tuple[int, int] | None:
    """The fiscal year and the line it was read from (1-based index into ``lines``)."""
    for pattern in (_YEAR_OF_FORM_RE, _YEAR_RE):
        for number, line in enumerate(lines, start=1):
            if (match := pattern.search(line)) is not None:
                return int(match.group(1)), number
    return None


@dataclass(frozen=True)
class FundingFigures:
    label: str
    line: int
    figures: dict[Role, Decimal]
    texts: dict[Role, str]


_FUNDING_HEADER_SPAN: Final = 14


def read_funding(cells: Sequence[Cell]) -> FundingFigures | None:
    """The 年度资金总额 row and the columns its header names (年初预算数, 全年预算数, 执行数,
    执行率, 分值, 得分), aligned by kind: a rate is the figure with a ``%``."""
    for index, cell in enumerate(cells):
        key = label_key(cell.text).rstrip(":")
        if not key or FUNDING_TOTAL_RE.fullmatch(key) is None:
            continue
        numbers = []
        for following in cells[index + 1 : index + 10]:
            if following.kind not in (Kind.NUMBER, Kind.QUANTITY):
                break
            numbers.append(following)
        if not numbers:
            continue
        header: list[Role] = []
        for before in cells[max(index - _FUNDING_HEADER_SPAN, 0) : index]:
            role = funding_role(label_key(before.text))
            if role is not None and role not in header:
                header.append(role)
        if not header:
            header = [Role.BUDGET, Role.ACTUAL, Role.TARGET]
        chosen = _align_funding(numbers, header)
        figures = {}
        texts = {}
        for role, chosen_cell in chosen.items():
            number = read_number(chosen_cell.text)
            if number is not None:
                figures[role] = number.value
                texts[role] = chosen_cell.text
        return FundingFigures(cell.text, cell.line, figures, texts)
    return None


def _align_funding(numbers: list[Cell], header: list[Role]) -> dict[Role, Cell]:
    """The rate is the figure written with a ``%``; the other figures fill the other
    columns from the left (a row that stops early leaves the last columns empty)."""
    chosen: dict[Role, Cell] = {}
    plain = [cell for cell in numbers if not cell.text.endswith("%")]
    rates = [cell for cell in numbers if cell.text.endswith("%")]
    if rates and Role.TARGET in header:
        chosen[Role.TARGET] = rates[0]
    columns = [role for role in header if role is not Role.TARGET]
    for role, cell in zip(columns, plain, strict=False):
        chosen[role] = cell
    return chosen


_MONEY_UNIT_RE: Final = re.compile(r"(?:金额)?单位[::]\s*(万元|元)|[((](万元|元)[))]")


def money_unit(texts: Sequence[str]) -> str:
    """The unit a form states its amounts in: ``单位:元``, ``(万元)``; 万元 by default."""
    for text in texts:
        if (match := _MONEY_UNIT_RE.search(text)) is not None:
            return match.group(1) or match.group(2)
    return "万元"


__all__ = ["FIELD_LABELS", "FieldValue", "FundingFigures", "money_unit", "read_fields"]
