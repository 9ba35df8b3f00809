"""Rows that are not indicators of their own: a cell continued on the next line, and the
garbled echo OCR makes of a tall row.

A table cell that wraps puts its second line on the next text line (``侨群来电来访咨询问题办``
/ ``结率``); OCR of a scan also reads the lower half of a one-line cell as a second, garbled
row: ``促成百11-以自效里`` under ``促成合作项目数量``, ``25 项`` under ``≥5 项`` (the lower half of
``≥`` reads as ``2`` or ``=``). A row is folded into the one above when it states no label
of its own and either has no target or only an echo of the target above, and its name is
missing, unreadable, or finishes a name that was cut. Everything folded is recorded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Final

from jixiao.domain.framework import Category, Subcategory
from jixiao.domain.target import TargetKind, ocr_ge_candidates
from jixiao.ingest.cells import join_cjk, squashed
from jixiao.ingest.general.folding import echoes_name
from jixiao.ingest.genres.department_performance.context import (
    ROW,
    Fix,
    line_span,
    spaces_removed,
)
from jixiao.ingest.genres.department_performance.drafts import IndicatorDraft
from jixiao.ingest.genres.department_performance.rows import Row
from jixiao.ingest.report import ItemKind
from jixiao.ingest.source import SourceLine

# Characters a complete indicator name ends with (率, 次数, 成本, 满意度, 面积 …).
_NAME_FINALS: Final = frozenset(
    "率数量度本积额次值况间果绩性标效期费人户件项条个册场天米位力能级比例长"
)
_NAME_PIECE: Final = 3  # characters of the name a column must start with to show debris
_MAX_NAME_TAIL: Final = 6  # the wrapped end of a name is a few characters (结率, 困难数量)
_GARBLED_RE: Final = re.compile(
    r"[A-Za-z0-9\[\]/\\|<>{}@#$%^&*_+=~`'\-]|[\u3400-\u9fff]\s+[\u3400-\u9fff]"
)
_NUMBER_RE: Final = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_GE_LOWER_HALF: Final = ("=", "2")  # what the lower half of ≥ reads as


@dataclass
class TableItem:
    """An indicator row of a table with the lines folded into it."""

    draft: IndicatorDraft
    band: int  # rows between blank lines (page breaks) share a band
    stated_category: Category | None = None
    category_text: str | None = None
    stated_subcategory: Subcategory | None = None
    subcategory_text: str | None = None
    funding: list[tuple[str, SourceLine]] = field(default_factory=list)


def is_garbled(name: str) -> bool:
    """OCR debris rather than a name: digits, Latin letters or symbols, or a space inside
    Chinese text (``促成百11-以自效里``, ``四四十二日 日 四十八八``)."""
    return _GARBLED_RE.search(name.strip()) is not None


def _name_is_cut(name: str) -> bool:
    return not name or name[-1] not in _NAME_FINALS


def _echo(item: TableItem, row: Row) -> str | None:
    """``same`` when the row repeats the target above cleanly, ``damaged`` when it repeats it
    with the lower-half damage, None when the row states a target of its own."""
    above = item.draft.target
    text = row.target.text if row.target is not None else row.damaged
    if text is None or above is None or above.kind is not TargetKind.QUANTITATIVE:
        return None
    read = row.target.target if row.target is not None else None
    if read is not None and (read.operator, read.value, read.unit) == (
        above.operator,
        above.value,
        above.unit,
    ):
        return "same"
    readings = [text, text[1:]] if text.startswith(_GE_LOWER_HALF) else [text]
    for reading in readings:
        number = _NUMBER_RE.search(reading)
        if number is not None and Decimal(number.group()) == above.value:
            return "damaged"
    return None


def _continues(item: TableItem, row: Row) -> bool:
    if row.category is not None or row.subcategory is not None:
        return False  # a label opens a row of its own
    echo = _echo(item, row) if row.has_target_cell else None
    if row.has_target_cell and echo is None:
        # a target of its own continues the row above only if that row had none
        lacks = item.draft.target is None and item.draft.damaged is None
        return lacks and (row.name is None or _name_continues(item, row.name))
    if row.name is None:
        return True
    if is_garbled(row.name) or (echo == "damaged" and echoes_name(item.draft.name, row.name)):
        return True
    return echo != "same" and _name_continues(item, row.name)


def _is_echo_name(item: TableItem, row: Row) -> bool:
    name = row.name or ""
    return is_garbled(name) or (
        _echo(item, row) == "damaged" and echoes_name(item.draft.name, name)
    )


def _name_continues(item: TableItem, tail: str) -> bool:
    return _name_is_cut(item.draft.name) and len(squashed(tail)) <= _MAX_NAME_TAIL


def fold_rows(rows: list[tuple[Row, int]]) -> tuple[list[TableItem], list[Row]]:
    """Indicator items from table rows in order, and the rows that could start none."""
    items: list[TableItem] = []
    orphans: list[Row] = []
    for row, band in rows:
        above = items[-1] if items and items[-1].band == band else None
        if above is not None and _continues(above, row):
            _fold(above, row)
        elif row.name is not None:
            items.append(_start_item(row, band))
        else:
            orphans.append(row)
    return items, orphans


def _start_item(row: Row, band: int) -> TableItem:
    name, places = join_cjk(row.name or "")
    draft = IndicatorDraft(name=name, line=row.line, basis=row.basis, remark=row.remark)
    draft.fixes += spaces_removed(ROW, row.line, places)
    _set_definition(draft, row)
    _set_target(draft, row)
    item = TableItem(draft=draft, band=band)
    if row.category:
        item.stated_category, item.category_text = row.category[0], row.category[1]
    if row.subcategory:
        item.stated_subcategory, item.subcategory_text = row.subcategory[0], row.subcategory[1]
    item.funding = [(text, row.line) for text in row.funding]
    _note_junk(draft, row)
    return item


def _set_definition(draft: IndicatorDraft, row: Row) -> None:
    parts = [join_cjk(part)[0] for part in row.definition]
    if not parts:
        return
    parts, dropped = _drop_joint_debris(parts, draft.name)
    draft.definition = "".join(parts)
    if len(parts) > 1:
        original = "\t".join(row.definition)
        debris = f"删去分栏处多识别出的残字“{'”“'.join(dropped)}”;" if dropped else ""
        reason = (
            f"指标描述被OCR拆成{len(parts)}栏(“{'”“'.join(row.definition)}”),合并读取;{debris}"
            "分栏处可能有残字或缺字,请核对"
        )
        draft.fixes.append(
            Fix(ROW, ItemKind.UNCERTAIN, reason, row.line, original, draft.definition)
        )
    places = [place for part in row.definition for place in join_cjk(part)[1]]
    draft.fixes += spaces_removed(ROW, row.line, places)


def _drop_joint_debris(parts: list[str], name: str) -> tuple[list[str], list[str]]:
    """Drop a stray character the OCR read at a column edge (the half of a character cut by
    the edge, read again): where a column's text without its first character starts with
    words of the indicator's name and with it does not (``上宣传资料册数`` under
    ``印制侨法宣传资料册数``)."""
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


def _set_target(draft: IndicatorDraft, row: Row) -> None:
    if row.target is not None and row.target.target is not None:
        read, target = row.target, row.target.target
        draft.target, draft.target_text, draft.target_line = target, read.text, row.line
        draft.fixes.extend(
            Fix("target", ItemKind.REPAIRED, reason, row.line, original, value)
            for original, value, reason in read.repairs
        )
        if target.operator is None:  # 25 项 may be ≥5 项: only another table can tell
            draft.ge_candidate = ocr_ge_candidates(read.text)
    elif row.damaged is not None:
        draft.damaged, draft.target_line = row.damaged, row.line


def _note_junk(draft: IndicatorDraft, row: Row) -> None:
    for junk in row.junk:
        reason = f"第{row.line.number}行的“{junk}”无法辨认(疑为印章或OCR残迹),不作为指标分类或名称"
        draft.fixes.append(Fix(ROW, ItemKind.UNRECOGNISED, reason, row.line, junk))


def _fold(item: TableItem, row: Row) -> None:
    """Fold ``row`` into ``item``: join wrapped cells, record the echo it repeats."""
    draft = item.draft
    lines = [*draft.lines, row.line]
    span = line_span([draft.lines[-1], row.line])
    echo_text = row.target.text if row.target is not None else row.damaged
    garbled = row.name if row.name is not None and _is_echo_name(item, row) else None
    if row.name is not None and garbled is None:
        joined = draft.name + join_cjk(row.name)[0]
        reason = f"三级指标名称被拆在{span},合并读取"
        draft.fixes.append(
            Fix(ROW, ItemKind.REPAIRED, reason, row.line, f"{draft.name}\n{row.name}", joined)
        )
        draft.name = joined
    if row.definition:
        tail = "".join(join_cjk(part)[0] for part in row.definition)
        joined = (draft.definition or "") + tail
        reason = f"指标描述被拆在{span},合并读取"
        original = f"{draft.definition or ''}\n{tail}"
        draft.fixes.append(Fix(ROW, ItemKind.REPAIRED, reason, row.line, original, joined))
        draft.definition = joined
    _fold_tails(item, row, span)
    if _echo(item, row) is not None or garbled is not None:
        _record_echo(draft, row, garbled, echo_text)
    elif row.has_target_cell and draft.target is None and draft.damaged is None:
        _set_target(draft, row)  # the target of a wrapped row stands on its second line
    item.funding.extend((text, row.line) for text in row.funding)
    _note_junk(draft, row)
    draft.lines = lines


def _fold_tails(item: TableItem, row: Row, span: str) -> None:
    for role, tail in row.tails.items():
        label = item.category_text if role == "category" else item.subcategory_text
        if label is None:
            continue
        joined = squashed(label + tail)
        level = "一级" if role == "category" else "二级"
        reason = f"{level}指标名称被拆在{span},合并读取"
        item.draft.fixes.append(
            Fix(ROW, ItemKind.REPAIRED, reason, row.line, f"{label}\n{tail}", joined)
        )
        if role == "category":
            item.category_text = joined
        else:
            item.subcategory_text = joined


def _record_echo(draft: IndicatorDraft, row: Row, garbled: str | None, echo: str | None) -> None:
    seen = []
    if garbled is not None:
        seen.append(f"三级指标名称读作“{garbled}”")
    if echo is not None:
        seen.append(f"指标值读作“{echo}”")
    reason = (
        f"第{row.line.number}行是上一行单元格下半部被OCR重复识别出的残影"
        f"({','.join(seen)}),不另作指标"
    )
    original = echo if echo is not None else garbled
    value = draft.target_text if echo is not None else None
    draft.fixes.append(Fix(ROW, ItemKind.REPAIRED, reason, row.line, original, value))
