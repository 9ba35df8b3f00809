"""Rows that are not indicators of their own: a cell continued on the next line, and the
garbled echo OCR makes of a tall row.

A table cell that wraps puts its second line on the next text line (``侨群来电来访咨询问题办``
/ ``结率``); OCR of a scan also reads the lower half of a one-line cell as a second, garbled
row: ``促成百11-以自效里`` under ``促成合作项目数量``, ``25 项`` under ``≥5 项`` (the lower half of
``≥`` reads as ``2`` or ``=``). A row is folded into the one above, on the next line, when it
states no label of its own and either has no target or only an echo of the target above,
and its name is unreadable, echoes the name above, or finishes a name that was cut.
Everything folded is reported on the indicator it was folded into.

A step of the assembly (:mod:`.assembly`) on a part's indicators as the reader read them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Final

from jixiao.domain.model import Indicator
from jixiao.domain.target import TargetKind
from jixiao.ingest.cells import join_cjk, squashed
from jixiao.ingest.general.kinds import Kind, ends_as_name, kind_of
from jixiao.ingest.general.places import line_span
from jixiao.ingest.report import ItemKind, ReportItem
from jixiao.ingest.source import SourceLine

_MAX_NAME_TAIL: Final = 6  # the wrapped end of a name is a few characters (结率, 困难数量)
_GARBLED_RE: Final = re.compile(
    r"[A-Za-z0-9\[\]/\\|<>{}@#$%^&*_+=~`'\-]|[\u3400-\u9fff]\s+[\u3400-\u9fff]"
)
_NUMBER_RE: Final = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_GE_LOWER_HALF: Final = ("=", "2")  # what the lower half of ≥ reads as
_LABELS: Final = (Kind.CATEGORY, Kind.SUBCATEGORY)

# A folded row's report item, and the indicator it is about (placed once assembled).
Note = Callable[[ReportItem, Indicator], None]


def is_garbled(name: str) -> bool:
    """OCR debris rather than a name: digits, Latin letters or symbols, or a space inside
    Chinese text (``促成百11-以自效里``, ``四四十二日 日 四十八八``)."""
    return _GARBLED_RE.search(name.strip()) is not None


def fold_rows(
    indicators: Sequence[Indicator], lines: Sequence[SourceLine], note: Note
) -> list[Indicator]:
    """The indicators with the rows that continue or echo the one above folded into it."""
    by_number = {line.number: line for line in lines}
    folded: list[Indicator] = []
    for indicator in indicators:
        above = folded[-1] if folded else None
        row = _in_name_column(above, indicator, by_number) if above is not None else indicator
        if above is not None and _continues(above, row, by_number):
            folded[-1] = _fold(above, row, note, by_number)
        else:
            folded.append(indicator)
    return folded


def _in_name_column(
    above: Indicator, row: Indicator, by_number: dict[int, SourceLine]
) -> Indicator:
    """The row named by what it holds in the column of the name above: a wrapped name
    continues in its own column (``群众对文化活动满意`` / ``度``), while the first text of
    the row may be the tail of a label (``效果指`` / ``标``)."""
    upper, lower = by_number.get(_line(above) or -1), by_number.get(_line(row) or -1)
    if upper is None or lower is None:
        return row
    columns = [i for i, cell in enumerate(upper.cells) if squashed(cell) == squashed(above.name)]
    if len(columns) != 1 or columns[0] >= len(lower.cells):
        return row
    tail = lower.cells[columns[0]].strip()
    if any(squashed(cell) == squashed(row.name) for cell in lower.cells[columns[0] + 1 :]):
        # the row's own name right of the words above: those stand in a label's column
        # (a merged 项目名称及金额 cell wrapped down it, 法律援 / 助及普), not the names'
        return row
    # nothing in the name's column: the row's words stand in another (the second half of a
    # label printed down the side, 整体支出 / 绩效指标), no end of the name above
    return row.model_copy(update={"name": tail}) if tail != row.name else row


def _line(indicator: Indicator) -> int | None:
    row = indicator.provenance.get("row")
    return row.line if row is not None else None


def _last_line(indicator: Indicator) -> int | None:
    row = indicator.provenance.get("row")
    return (row.line_end or row.line) if row is not None else None


def _target_text(indicator: Indicator, by_number: dict[int, SourceLine]) -> str | None:
    """The target cell as read (``25项``), or as written where it was not read whole
    (``22 1``, of which the reader kept ``1``), or where it was not read as a target at all
    (``210 永``, the line's last cell, a number)."""
    where = indicator.provenance.get("target")
    if where is None or not where.text:
        return _last_value(by_number.get(_line(indicator) or -1))
    read = indicator.target.text if indicator.target is not None else None
    written = where.text.strip()
    return read if read is not None and squashed(read) == squashed(written) else written


def _last_value(line: SourceLine | None) -> str | None:
    """The line's last cell when it starts with a number (an echo of a target the reader
    did not take for one)."""
    cells = [cell.strip() for cell in line.cells if cell.strip()] if line is not None else []
    return cells[-1] if len(cells) > 1 and cells[-1][0].isdigit() else None


def _written(indicator: Indicator, by_number: dict[int, SourceLine]) -> str:
    return squashed(_target_text(indicator, by_number) or "")


def _has_label(indicator: Indicator, by_number: dict[int, SourceLine]) -> bool:
    line = by_number.get(_line(indicator) or -1)
    return line is not None and any(kind_of(cell) in _LABELS for cell in line.cells)


def _echo(above: Indicator, row: Indicator, by_number: dict[int, SourceLine]) -> str | None:
    """``same`` when the row repeats the target above cleanly, ``damaged`` when it repeats it
    with the lower-half damage, None when the row states a target of its own."""
    target, text = above.target, _target_text(row, by_number)
    if text is None or target is None or target.kind is not TargetKind.QUANTITATIVE:
        return None
    read = row.target
    if read is not None and (read.operator, read.value, read.unit) == (
        target.operator,
        target.value,
        target.unit,
    ):
        return "same"
    readings = [text, text[1:]] if text.startswith(_GE_LOWER_HALF) else [text]
    for reading in readings:
        number = _NUMBER_RE.search(reading)
        if number is not None and Decimal(number.group()) == target.value:
            return "damaged"
    return None


def _continues(above: Indicator, row: Indicator, by_number: dict[int, SourceLine]) -> bool:
    last, line = _last_line(above), _line(row)
    if last is None or line != last + 1 or _last_line(row) != line or _has_label(row, by_number):
        return False  # only a row of the next line; a label opens a row of its own
    has_target = _target_text(row, by_number) is not None
    echo = _echo(above, row, by_number) if has_target else None
    if has_target and echo is None:
        # a target of its own continues the row above only if that row had none
        return above.target is None and _name_continues(above, row.name)
    if _is_echo_name(above, row, by_number):
        return True
    short = len(squashed(row.name)) <= _MAX_NAME_TAIL
    if echo is not None and short and _cut_labels(above, row, by_number):
        return True  # it finishes a label cut above (效果指 / 标): the row's next line
    if echo == "same" and _written(row, by_number) == _written(above, by_number):
        return False  # the same target as written: a row of its own may well state it
    # a target repeated in other words (``≤7 个工作日`` / ``7 个工作日内``) under a cut
    # name: the wrapped row's echo of it, its name the name's end
    return _name_continues(above, row.name)


def echoes_name(above: str, name: str) -> bool:
    """The lower half of the name above, read by OCR as another name: as long, and at least
    half of its characters the same in the same places (亲建农家书屋敖重 under 新建农家书屋数量)."""
    if abs(len(above) - len(name)) > 1:
        return False
    same = sum(1 for a, b in zip(above, name, strict=False) if a == b)
    return same * 2 >= len(above)


def _is_echo_name(above: Indicator, row: Indicator, by_number: dict[int, SourceLine]) -> bool:
    return is_garbled(row.name) or (
        _echo(above, row, by_number) == "damaged" and echoes_name(above.name, row.name)
    )


def _name_continues(above: Indicator, tail: str) -> bool:
    name = above.name
    cut = not ends_as_name(name)
    return cut and len(squashed(tail)) <= _MAX_NAME_TAIL


def _fold(
    above: Indicator, row: Indicator, note: Note, by_number: dict[int, SourceLine]
) -> Indicator:
    """``row`` folded into ``above``: wrapped cells joined, the echo it repeats recorded."""
    span = f"第{_last_line(above)}、{_line(row)}行"
    update: dict[str, object] = {}
    garbled = row.name if _is_echo_name(above, row, by_number) else None
    echo = _echo(above, row, by_number)
    if garbled is None and row.name:  # no words in the name's column: the name as it was
        joined = above.name + join_cjk(row.name)[0]
        reason = f"三级指标名称被拆在{span},合并读取"
        note(_item(row, reason, f"{above.name}\n{row.name}", joined), above)
        update["name"] = joined
    if row.definition:
        tail = join_cjk(row.definition)[0]
        joined = (above.definition or "") + tail
        reason = f"指标描述被拆在{span},合并读取"
        note(_item(row, reason, f"{above.definition or ''}\n{tail}", joined), above)
        update["definition"] = joined
    for level, upper, lower in _cut_labels(above, row, by_number):
        reason = f"{level}指标名称被拆在{span},合并读取"
        note(_item(row, reason, f"{upper}\n{lower}", upper + lower), above)
    if echo is not None or garbled is not None:
        note(_echo_item(above, row, garbled, echo and _target_text(row, by_number)), above)
    elif row.target is not None and above.target is None:
        update["target"] = row.target  # a wrapped row's target stands on its second line
    provenance = dict(above.provenance)
    row_where = provenance.get("row")
    if row_where is not None:
        provenance["row"] = row_where.model_copy(update={"line_end": _line(row)})
    if "target" in update and "target" in row.provenance:
        provenance["target"] = row.provenance["target"]
    update["provenance"] = provenance
    return above.model_copy(update=update)


def _cut_labels(
    above: Indicator, row: Indicator, by_number: dict[int, SourceLine]
) -> list[tuple[str, str, str]]:
    """Labels of the row above finished on the folded line in their own column (``效果指`` /
    ``标``, ``服务对象满意度`` / ``指标``): (一级 or 二级, upper part, lower part)."""
    upper, lower = by_number.get(_line(above) or -1), by_number.get(_line(row) or -1)
    if upper is None or lower is None:
        return []
    cut: list[tuple[str, str, str]] = []
    for top, bottom in zip(upper.cells, lower.cells, strict=False):
        top, bottom = top.strip(), bottom.strip()
        kind = kind_of(top + bottom) if top and bottom else None
        if kind in _LABELS and kind_of(bottom) not in _LABELS and len(bottom) <= _MAX_LABEL_TAIL:
            cut.append(("一级" if kind is Kind.CATEGORY else "二级", top, bottom))
    return cut


_MAX_LABEL_TAIL: Final = 2  # a label's cut end: 标, 指标


def _item(row: Indicator, reason: str, original: str | None, value: str | None) -> ReportItem:
    where = row.provenance.get("row")
    return ReportItem(
        kind=ItemKind.REPAIRED,
        reason=reason,
        page=where.page if where is not None else None,
        line=_line(row),
        original=original,
        value=value,
    )


def _echo_item(
    above: Indicator, row: Indicator, garbled: str | None, echo: str | None
) -> ReportItem:
    seen = []
    if garbled is not None:
        seen.append(f"三级指标名称读作“{garbled}”")
    if echo is not None:
        seen.append(f"指标值读作“{echo}”")
    at = _line(row)
    where = line_span([at]) if at is not None else "该行"
    reason = f"{where}是上一行单元格下半部被OCR重复识别出的残影({','.join(seen)}),不另作指标"
    value = above.target.text if echo is not None and above.target is not None else None
    return _item(row, reason, echo if echo is not None else garbled, value)
