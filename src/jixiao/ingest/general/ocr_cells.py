"""An OCR'd table's names and definitions as printed, less the OCR's damage.

An OCR breaks a cell's text where the printed line broke: a space between two Chinese
characters is such a break, never meaning (``侨联专、兼职干部参加培 训率``), and is removed.
A definition the OCR cut over two or three columns (``去年累计走访 | 方侨企、侨群户 | 数``) is
read joined, less a stray character read at a column's edge (the half of a glyph the edge
cut, read again: ``上宣传资料册数`` under ``印制侨法宣传资料册数``), and said to be worth a
look (UNCERTAIN). Each change is reported on its indicator. A rule of the 部门预算绩效文本,
a step of the assembly on a part's rows as the reader read them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from jixiao.domain.model import Indicator
from jixiao.ingest.cells import join_cjk, squashed
from jixiao.ingest.report import ItemKind, ReportItem
from jixiao.ingest.source import SourceLine

# A report item about the indicator, placed once the document is assembled.
Note = Callable[[ReportItem, Indicator], None]
_NAME_PIECE: Final = 3  # characters of the name a column must start with to show debris


def mend_cells(
    indicators: Sequence[Indicator], lines: Sequence[SourceLine], note: Note
) -> list[Indicator]:
    """The indicators with their names' and definitions' OCR spaces removed and their
    definitions cut over columns joined, each change reported."""
    by_number = {line.number: line for line in lines}
    return [_mended(indicator, by_number, note) for indicator in indicators]


def _mended(indicator: Indicator, by_number: dict[int, SourceLine], note: Note) -> Indicator:
    row = indicator.provenance.get("row")
    line = by_number.get(row.line if row is not None and row.line is not None else -1)
    update: dict[str, object] = {}
    places: list[str] = []
    name, found = join_cjk(indicator.name)
    if found:
        update["name"], places = name, found
    definition = indicator.definition
    parts = _definition_cells(indicator, line) if line is not None else []
    if len(parts) > 1 and definition is not None:
        kept, dropped = _drop_joint_debris([join_cjk(part)[0] for part in parts], name)
        definition = "".join(kept)
        debris = f"删去分栏处多识别出的残字“{'”“'.join(dropped)}”;" if dropped else ""
        reason = (
            f"指标描述被OCR拆成{len(parts)}栏(“{'”“'.join(parts)}”),合并读取;{debris}"
            "分栏处可能有残字或缺字,请核对"
        )
        note(_item(ItemKind.UNCERTAIN, reason, line, "\t".join(parts), definition), indicator)
    if definition is not None:
        joined, found = join_cjk(definition)
        places += [place for place in found if place not in places]
        if joined != indicator.definition:
            update["definition"] = joined
    if places:
        count = f"({len(places)}处)" if len(places) > 1 else ""
        reason = f"删去OCR换行产生的多余空格{count}"
        note(_item(ItemKind.REPAIRED, reason, line, places[0], join_cjk(places[0])[0]), indicator)
    return indicator.model_copy(update=update) if update else indicator


def _definition_cells(indicator: Indicator, line: SourceLine) -> list[str]:
    """The cells of the row that hold its definition, when they are several side by side
    (the cells right of the name's that together make the definition as read)."""
    cells = [cell.strip() for cell in line.cells]
    name = squashed(indicator.name)
    at = next((i for i, cell in enumerate(cells) if cell and squashed(cell) == name), None)
    if at is None or indicator.definition is None:
        return []
    wanted, parts = squashed(indicator.definition), []
    for cell in cells[at + 1 :]:
        if not cell:
            continue
        parts.append(cell)
        if squashed("".join(parts)) == wanted:
            return parts
        if not wanted.startswith(squashed("".join(parts))):
            return []
    return []


def _drop_joint_debris(parts: list[str], name: str) -> tuple[list[str], list[str]]:
    """Drop a stray character the OCR read at a column edge: where a column's text without
    its first character starts with words of the indicator's name and with it does not."""
    kept, dropped = [parts[0]], []
    for part in parts[1:]:
        rest = part[1:]
        if (
            len(rest) >= _NAME_PIECE
            and rest[:_NAME_PIECE] in name
            and part[:_NAME_PIECE] not in name
        ):
            dropped.append(part[0])
            part = rest
        kept.append(part)
    return kept, dropped


def _item(
    kind: ItemKind, reason: str, line: SourceLine | None, original: str, value: str
) -> ReportItem:
    return ReportItem(
        kind=kind,
        reason=reason,
        page=line.page if line is not None else None,
        line=line.number if line is not None else None,
        original=original,
        value=value,
    )
