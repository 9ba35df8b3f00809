"""The head of a form: its title, fiscal year, who it is about and the project's fields.

Each reader returns the value with the cells it came from, records provenance, and reports
a field the form has but left empty (MISSING), or could not read (UNREADABLE). Nothing is
guessed: an unticked 项目属性 stays empty.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Final

from jixiao.domain.model import ProjectAttribute, Provenance, Repair
from jixiao.errors import JixiaoError
from jixiao.ingest import cells
from jixiao.ingest.cells import checked_options, squash
from jixiao.ingest.genres.forms.fields import FieldName, Fields, FieldValue, is_field_label
from jixiao.ingest.genres.forms.sheet import Cell, Sheet
from jixiao.ingest.genres.forms.trace import Tracer
from jixiao.ingest.report import ItemKind


class FormReadError(JixiaoError):
    """A form that lacks what makes it a document: its year, its unit or its project."""


@dataclass
class Collected:
    """Values read for one model object, with their provenance, ready to validate."""

    values: dict[str, Any] = field(default_factory=dict)
    provenance: dict[str, Provenance] = field(default_factory=dict)

    def set(self, name: str, value: Any, provenance: Provenance) -> None:
        self.values[name] = value
        self.provenance[name] = provenance

    def data(self) -> dict[str, Any]:
        return {**self.values, "provenance": self.provenance}


_MAX_TITLE_LENGTH: Final = 60
_YEAR_LINE_RE: Final = re.compile(r"\(?(?P<year>[0-9]{4})年度?\)?")
_YEAR_IN_TEXT_RE: Final = re.compile(r"(?P<year>[0-9]{4})年度")
_TITLE_YEAR_RE: Final = re.compile(r"(?P<year>[0-9]{4})年")


_HEADING_RE: Final = re.compile(r"绩效.{0,12}表")


def read_title(sheet: Sheet, pattern: re.Pattern[str], end: int) -> Cell | None:
    """The cell that names the form (a short line holding the genre's title). Other headings
    above the first field (``XX经费 绩效自评表(修改)``) are taken as headings too."""
    title = None
    for cell in sheet.cells[:end]:
        if is_field_label(cell.text):
            break
        text = squash(cell.text)
        if not text or len(text) > _MAX_TITLE_LENGTH:
            continue
        if title is None and pattern.search(text):
            title = cell
        if _HEADING_RE.search(text):
            sheet.take(cell)
    sheet.take(title)
    return title


_YEAR_SUFFIX_RE: Final = re.compile(r"[:\uff1a]?\s*[(\uff08]\s*[0-9]{4}\s*年度?\s*[)\uff09]\s*$")


def title_text(text: str) -> str:
    """The title without the year a scan ran into it (``…申报表:(2023年度)``)."""
    return _YEAR_SUFFIX_RE.sub("", text.strip()) or text.strip()


def _year_candidates(sheet: Sheet, title: Cell | None, end: int) -> list[tuple[Cell, int]]:
    head = [cell for cell in sheet.cells[:end] if not cell.blank]
    found: list[tuple[Cell, int]] = []
    for cell in head:  # a line of its own: (2022年度)
        if match := _YEAR_LINE_RE.fullmatch(squash(cell.text)):
            found.append((cell, int(match["year"])))
    if title is not None and (match := _TITLE_YEAR_RE.search(squash(title.text))):
        found.append((title, int(match["year"])))
    for cell in head:  # 2019年度 inside a longer line
        if match := _YEAR_IN_TEXT_RE.search(squash(cell.text)):
            found.append((cell, int(match["year"])))
    return [(cell, year) for cell, year in found if 1949 <= year <= 2200]


def read_year(sheet: Sheet, trace: Tracer, title: Cell | None, end: int) -> tuple[int, Provenance]:
    """The fiscal year: ``(2022年度)`` on a line of its own, else in the title, else any
    ``2019年度`` in the head of the form. A form without one is refused."""
    candidates = _year_candidates(sheet, title, end)
    if not candidates:
        raise FormReadError(f"{sheet.source.name}:表头中找不到预算年度(如“(2022年度)”)")
    cell, year = candidates[0]
    sheet.take(cell)
    return year, trace.provenance([cell])


_MONEY_UNIT_RE: Final = re.compile(r"单位:?(?P<unit>万元|元)|\((?P<bracket>万元|元)\)")


def money_unit(sheet: Sheet, end: int) -> str:
    """The unit a form's amounts are written in (``单位:万元``, ``项目资金(万元)``); 万元 when
    the form does not say."""
    for cell in sheet.cells[:end]:
        if match := _MONEY_UNIT_RE.search(squash(cell.text)):
            return match["unit"] or match["bracket"]
    return "万元"


def read_amount(
    trace: Tracer, cell: Cell, path: str, default_unit: str, text: str | None = None
) -> tuple[Decimal | None, list[Repair]]:
    """An amount in 万元 from a cell (``164万元``, ``43.2``, ``88. 29``); None and an UNREADABLE
    item when the cell holds something else. ``text`` is the value when it shares its cell
    with its label (``预算数:164万元``)."""
    written = cell.text if text is None else text
    amount = cells.read_amount(written, default_unit)
    if amount is None:
        trace.add(ItemKind.UNREADABLE, "不是金额,已留空", path, [cell], original=written)
        return None, []
    repairs: list[Repair] = []
    if amount.repair:
        repairs.append(trace.repaired(path, cell, str(amount.value), amount.repair, written))
    trace.check_confidence(path, cell)
    return amount.value, repairs


# --- who ------------------------------------------------------------------------------------------


def report_empty(trace: Tracer, value: FieldValue | None, path: str, what: str) -> None:
    """A field the form has but left empty is listed as missing."""
    if value is not None and not value.text:
        trace.add(ItemKind.MISSING, f"表中“{what}”一栏为空", path, [value.label])


def text_field(
    fields: Fields, trace: Tracer, collected: Collected, name: FieldName, path: str, what: str
) -> FieldValue | None:
    """Read a plain text field into ``collected[name]`` (reporting it when left empty)."""
    value = fields.value(name)
    where = f"{path}.{name.value}"
    if value is not None and value.text:
        collected.set(name.value, *trace.text_value(where, value.place, value.text))
        trace.check_confidence(where, value.place[0])
    report_empty(trace, value, where, what)
    return value


# --- project fields -----------------------------------------------------------------------------

_ATTRIBUTE_WORDS: Final = (
    (("持续", "延续", "续建", "经常性"), ProjectAttribute.CONTINUING),
    (("新增", "新建", "新设"), ProjectAttribute.NEW),
)


def _attribute_of(option: str) -> ProjectAttribute | None:
    for words, attribute in _ATTRIBUTE_WORDS:
        if any(word in option for word in words):
            return attribute
    return None


def read_attribute(fields: Fields, trace: Tracer, collected: Collected, path: str) -> None:
    """项目属性 from its ticked box (``持续性项目■ 新增性项目口``) or its plain text."""
    value = fields.run(FieldName.ATTRIBUTE)
    if value is None:
        return
    where = f"{path}.attribute"
    ticked = checked_options(value.text)
    options = ticked if ticked is not None else ([value.text] if value.text else [])
    found = {a for a in (_attribute_of(option) for option in options) if a is not None}
    if len(found) == 1:
        collected.set("attribute", found.pop(), trace.provenance(value.place))
    elif len(found) > 1:
        trace.add(ItemKind.UNCERTAIN, "项目属性勾选了多项,已留空", where, value.place, value.text)
    elif ticked is not None or not value.text:
        trace.add(ItemKind.MISSING, "项目属性未勾选", where, value.place, value.text or None)
    else:
        trace.add(ItemKind.UNREADABLE, "无法识别项目属性", where, value.place, value.text)


def read_project_type(fields: Fields, trace: Tracer, collected: Collected, path: str) -> None:
    """项目类型 as written: the ticked options (``常年性项目``) or the plain text."""
    value = fields.run(FieldName.TYPE)
    if value is None:
        return
    ticked = checked_options(value.text)
    text = "、".join(ticked) if ticked is not None else value.text
    if text:
        collected.set("project_type", text, trace.provenance(value.place))
    else:
        trace.add(ItemKind.MISSING, "项目类型未勾选", f"{path}.project_type", value.place)


def read_amount_field(
    fields: Fields, trace: Tracer, collected: Collected, name: FieldName, path: str, unit: str
) -> None:
    value = fields.value(name)
    if value is None or not value.text:
        return
    where = f"{path}.{name.value}"
    amount, repairs = read_amount(trace, value.place[0], where, unit, value.text)
    if amount is not None:
        collected.set(name.value, amount, trace.provenance(value.place, repairs=repairs))
