"""JSON records in a text: an open-data portal's API answer, read as the table it serves.

Open-data portals serve a form as JSON: the form's rows as records (a list of objects under
``rows``, ``data``, ``list`` …) whose keys are the columns, the form's head as an object of
fields beside them. The keys are Chinese words, or codes a data dictionary explains, printed
on the page above the answer (``字段说明：xh 序号；yjzb 一级指标；…``) or served inside it (a
list of ``{"field": "xh", "title": "序号"}``). The answer becomes the lines the general reader
reads: each field of a head object a line ``label：value``, each list of records a header line
of their labels and a line of cells per record. A record holding a list of records (a tree:
一级 over 二级 over 三级) is one line per leaf, each with its parents' values; a table served
by columns (a list of column names beside arrays of values) and records served as a string of
JSON read as records too. Each line keeps the number of the file's line its object starts on;
the text around the answer is kept.

Only an answer holding records is read; any other JSON is left as the text it is.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Final

from jixiao.ingest.source import SourceLine

# A line where a JSON value starts: an object or an array opening (after a label, maybe).
_OPENING_RE: Final = re.compile(r"[\[{](?=\s*(?:[\"{\[\]}]|$))")
# A string value that is itself JSON: an array of objects or an object of fields.
_ENCODED_RE: Final = re.compile(r"\s*(?:\[\s*\{|\{\s*\")")
# Attempts to decode per text: a text full of braces (code, a template) is not decoded over
# and over (each attempt reads up to the text's end).
_MAX_ATTEMPTS: Final = 20
_CJK_RE: Final = re.compile(r"[\u4e00-\u9fff]")
# A data dictionary's entry (one between separators): a code (pinyin initials, an English
# word), then its Chinese label after a space, a colon, an arrow, or in brackets.
_ENTRY_SEP_RE: Final = re.compile(r"[；;，,、|\t\n]")
_ENTRY_RE: Final = re.compile(
    r"(?<![A-Za-z0-9_])(?P<code>[A-Za-z_][A-Za-z0-9_]*)"
    r"(?:\s*[:：=＝\-—→]\s*|\s+|(?=[（(]))(?P<label>.*[\u4e00-\u9fff].*)"
)
# Keys a served dictionary names its code and its label by.
_CODE_KEYS: Final = (
    "field", "code", "key", "name", "id", "column", "fieldName", "prop", "dataIndex"
)  # fmt: skip
_LABEL_KEYS: Final = (
    "title", "label", "comment", "desc", "description", "cnName", "text", "name", "alias"
)  # fmt: skip
_FIELD_SEP: Final = "："
_Line = tuple[int, tuple[str, ...]]


@dataclass(frozen=True)
class _Block:
    start: int  # offset of the value's first character in the text
    end: int  # offset after its last
    value: Any


def json_lines(rows: list[tuple[int, str]]) -> list[SourceLine] | None:
    """The numbered lines with every JSON answer holding records read as lines of cells;
    None when the text holds none."""
    text = "\n".join(raw for _, raw in rows)
    if "{" not in text:
        return None
    starts = _line_starts(rows)
    blocks = _blocks(text, starts)
    if not blocks:
        return None
    outside = _outside(text, blocks)
    names = _dictionary(outside, blocks)
    lines: list[SourceLine] = []
    done = 0  # offset read up to
    for block in blocks:
        lines += _plain(text[done : block.start], rows, starts, done)
        cursor = _Cursor(text, block.start, starts, rows)
        lines += [
            SourceLine(number=number, text="\t".join(cells), cells=cells)
            for number, cells in _value_lines(block.value, names, cursor)
        ]
        done = block.end
    lines += _plain(text[done:], rows, starts, done)
    return lines


def _line_starts(rows: list[tuple[int, str]]) -> list[int]:
    starts, offset = [], 0
    for _, raw in rows:
        starts.append(offset)
        offset += len(raw) + 1
    return starts


def _index_at(starts: list[int], offset: int) -> int:
    """The index of the row holding the text's ``offset``."""
    return max(bisect.bisect_right(starts, offset) - 1, 0)


def _blocks(text: str, starts: list[int]) -> list[_Block]:
    decoder = json.JSONDecoder()
    blocks: list[_Block] = []
    attempts = 0
    position = 0
    while attempts < _MAX_ATTEMPTS and (found := _OPENING_RE.search(text, position)):
        attempts += 1
        try:
            value, end = decoder.raw_decode(text, found.start())
        except ValueError:
            # not JSON here: try the next line
            row = _index_at(starts, found.start())
            position = starts[row + 1] if row + 1 < len(starts) else len(text)
            continue
        value = _named_rows(value)
        if isinstance(value, dict | list) and any(True for _ in _record_lists(value)):
            blocks.append(_Block(found.start(), end, value))
        position = end
    return blocks


def _is_records(value: Any) -> bool:
    """A list of objects with values of their own, other than a served dictionary."""
    return (
        isinstance(value, list)
        and bool(value)
        and all(isinstance(item, dict) for item in value)
        and bool(_scalar_keys(value[0]))
        and not all(_served_entry(item) for item in value)
    )


class _ArrayRow(dict[str, Any]):
    """A record an answer served as an array of values, named by its columns' list."""

    def __init__(self, columns: list[str], values: list[Any]) -> None:
        super().__init__(zip(columns, values, strict=False))
        self.first = values[0] if values else None


def _named_rows(value: Any) -> Any:
    """The value with each table served by columns (``{"columns": ["xh", …], "data": [[1,
    …], …]}``) as records: each row's values named by the column list beside it; a table
    served as a string of JSON (``"data": "[{\\"xh\\": 1, …}]"``) decoded."""
    if isinstance(value, str):
        return _decoded(value)
    if isinstance(value, list):
        return [_named_rows(item) for item in value]
    if not isinstance(value, dict):
        return value
    named = {key: _named_rows(item) for key, item in value.items()}
    for key, item in value.items():
        if _is_value_rows(item) and (columns := _column_list(value, key, item)) is not None:
            named[key] = [_ArrayRow(columns, row) for row in item]
    return named


def _decoded(text: str) -> Any:
    """A string holding JSON records, decoded (once: the value decoded is not decoded
    again); any other string as it is."""
    if not _ENCODED_RE.match(text):
        return text
    try:
        value = json.loads(text)
    except ValueError:
        return text
    return value if any(True for _ in _record_lists(value)) else text


def _is_value_rows(item: Any) -> bool:
    return (
        isinstance(item, list)
        and bool(item)
        and all(isinstance(row, list) for row in item)
        and all(not isinstance(cell, dict | list) for row in item for cell in row)
    )


def _column_list(owner: dict[str, Any], rows_key: str, rows: list[list[Any]]) -> list[str] | None:
    """The names of the columns of ``rows``: a sibling list as long as their rows, of names
    or of objects naming a column (its code, else its label)."""
    width = max(len(row) for row in rows)
    for key, item in owner.items():
        if key == rows_key or not isinstance(item, list) or len(item) != width:
            continue
        names = [_column_name(column) for column in item]
        if all(names):
            return [name for name in names if name]
    return None


def _column_name(column: Any) -> str | None:
    if isinstance(column, str):
        return column.strip() or None
    if isinstance(column, dict):
        if (entry := _served_entry(column)) is not None:
            return entry[0]
        return next(
            (column[k] for k in (*_CODE_KEYS, *_LABEL_KEYS) if _is_label(column.get(k))), None
        )
    return None


def _record_lists(value: Any) -> Iterator[list[dict[str, Any]]]:
    """The lists of records in a JSON value, outermost first (a record's own child list is
    read with its record)."""
    if isinstance(value, list):
        if _is_records(value):
            yield value
            return
        for item in value:
            yield from _record_lists(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _record_lists(item)


def _scalar_keys(record: dict[str, Any]) -> list[str]:
    return [key for key, item in record.items() if not isinstance(item, dict | list)]


def _outside(text: str, blocks: list[_Block]) -> str:
    parts, done = [], 0
    for block in blocks:
        parts.append(text[done : block.start])
        done = block.end
    return "\n".join([*parts, text[done:]])


def _dictionary(outside: str, blocks: list[_Block]) -> dict[str, str]:
    """The labels of the answer's keys: a dictionary printed around it, or served in it."""
    keys = {key for block in blocks for key in _keys(block.value)}
    columns = _record_columns(blocks)
    names: dict[str, str] = {}
    for block in blocks:
        names |= {code: label for code, label in _served(block.value, columns) if code in keys}
    for entry in _ENTRY_SEP_RE.split(outside):
        match = _ENTRY_RE.search(entry)
        if match and match["code"] in keys and match["code"] not in names:
            names[match["code"]] = _unbracketed(match["label"].strip())
    return names


def _unbracketed(label: str) -> str:
    if label[:1] in "(（" and label[-1:] in ")）":
        return label[1:-1].strip()
    return label


def _keys(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _keys(item)
    elif isinstance(value, list):
        for item in value:
            yield from _keys(item)


def _record_columns(blocks: list[_Block]) -> dict[str, set[str]]:
    """The values each key of the answer's records holds, by key."""
    columns: dict[str, set[str]] = {}
    for block in blocks:
        for records in _record_lists(block.value):
            for record in records:
                for key in _scalar_keys(record):
                    columns.setdefault(key, set()).add(_shown(record[key]))
    return columns


def _served(value: Any, columns: dict[str, set[str]]) -> Iterator[tuple[str, str]]:
    """(code, label) of a dictionary served in the answer: objects naming a field's code
    and its Chinese label (``{"field": "xh", "title": "序号"}``), or one object of them all
    (:func:`_is_code_map`)."""
    if isinstance(value, dict):
        if (entry := _served_entry(value)) is not None:
            yield entry
        if _is_code_map(value, columns):
            yield from value.items()
            return
        for item in value.values():
            yield from _served(item, columns)
    elif isinstance(value, list):
        for item in value:
            yield from _served(item, columns)


def _is_code_map(value: dict[str, Any], columns: dict[str, set[str]]) -> bool:
    """A dictionary served as one object, each code a key and its label the value
    (``"fields": {"XH": "序号", "NDYSS": "年度预算数", …}``): its codes key the answer's
    records, and none of its labels is a value they hold (a head object of Chinese values,
    ``{"xmmc": "某项目", …}``, repeats the records' values: no dictionary)."""
    if len(value) < _LEAST_CODES or not all(
        _is_code(code) and _is_label(label) for code, label in value.items()
    ):
        return False
    keyed = [code for code in value if code in columns]
    return len(keyed) >= _LEAST_CODES and all(value[code] not in columns[code] for code in keyed)


_LEAST_CODES: Final = 3


def _served_entry(value: dict[str, Any]) -> tuple[str, str] | None:
    """A column's code and its label (``name`` is either: a code beside a ``title``, a
    label beside a ``fieldName``)."""
    code = next((value[k] for k in _CODE_KEYS if _is_code(value.get(k))), None)
    label = next((value[k] for k in _LABEL_KEYS if _is_label(value.get(k))), None)
    return (code, label.strip()) if code and label else None


def _is_code(item: Any) -> bool:
    return isinstance(item, str) and bool(item) and not _CJK_RE.search(item)


def _is_label(item: Any) -> bool:
    return isinstance(item, str) and _CJK_RE.search(item) is not None


class _Cursor:
    """Finds where each object of the answer starts, in the order they are printed."""

    def __init__(self, text: str, offset: int, starts: list[int], rows: list[tuple[int, str]]):
        self.text, self.offset, self.starts, self.rows = text, offset, starts, rows

    def number_of(self, key: str) -> int:
        """The number of the line where ``key`` is next written (else the last one found)."""
        for written in (json.dumps(key, ensure_ascii=False), json.dumps(key)):
            found = self.text.find(written, self.offset)
            if found >= 0:
                self.offset = found + len(written)
                break
        return self.rows[_index_at(self.starts, self.offset)][0]

    def number_of_row(self, first: Any) -> int:
        """The number of the line where the next array opening with ``first`` is written."""
        pattern = re.compile(r"\[\s*" + re.escape(json.dumps(first, ensure_ascii=False)))
        if (found := pattern.search(self.text, self.offset)) is not None:
            self.offset = found.end()
        return self.rows[_index_at(self.starts, self.offset)][0]


def _value_lines(
    value: Any, names: dict[str, str], cursor: _Cursor, number: int | None = None
) -> Iterator[_Line]:
    """The lines of a JSON value (a dictionary served as one object none: its labels are
    the others' keys'); ``number`` is the line it opens on, where known."""
    if isinstance(value, list):
        if _is_records(value):
            yield from _table(value, names, cursor, number)
            return
        for item in value:
            yield from _value_lines(item, names, cursor)
    elif isinstance(value, dict) and not _served_map(value, names):
        for key, item in value.items():
            if isinstance(item, dict | list):
                yield from _value_lines(item, names, cursor, cursor.number_of(key))
            elif (label := _label(key, names)) is not None and (shown := _shown(item)):
                yield cursor.number_of(key), (f"{label}{_FIELD_SEP}{shown}",)


def _served_map(value: dict[str, Any], names: dict[str, str]) -> bool:
    """Whether an object is the dictionary served as one object: each of its codes labelled
    by its own value."""
    return len(value) >= _LEAST_CODES and all(
        names.get(code) == label for code, label in value.items()
    )


def _label(key: str, names: dict[str, str]) -> str | None:
    """A key's label: its dictionary's, or the key itself when it is a Chinese word; None for
    a code no dictionary explains (an answer's envelope: ``code``, ``msg``, ``total``)."""
    if key in names:
        return names[key]
    return key.strip() if _CJK_RE.search(key) else None


def _shown(item: Any) -> str:
    """A scalar as the form printed it: a string as written, a number as JSON wrote it."""
    if item is None:
        return ""
    if isinstance(item, str):
        return " ".join(item.split())
    if isinstance(item, bool):
        return "是" if item else "否"
    return json.dumps(item)


def _table(
    records: list[dict[str, Any]], names: dict[str, str], cursor: _Cursor, number: int | None
) -> Iterator[_Line]:
    flat: list[tuple[int, dict[str, str]]] = []
    for record in records:
        if isinstance(record, _ArrayRow):
            opens = cursor.number_of_row(record.first)
        else:
            opens = cursor.number_of(next(iter(record))) if record else cursor.number_of("")
        flat += [(opens, row) for row in _leaves(record)]
    columns = list(dict.fromkeys(key for _, row in flat for key in row))
    if not flat:
        return
    yield (
        flat[0][0] if number is None else number,
        tuple(_label(key, names) or key for key in columns),
    )
    for number, row in flat:
        cells = [row.get(key, "") for key in columns]
        while cells and not cells[-1]:
            cells.pop()
        yield number, tuple(cells)


def _leaves(record: dict[str, Any], above: dict[str, str] | None = None) -> list[dict[str, str]]:
    """A record's rows: its values (a nested object's spread in), one row per leaf of the
    lists of records it holds, each with the values of the records above it."""
    own = dict(above or {})
    children: list[dict[str, Any]] = []
    for key, item in record.items():
        if isinstance(item, dict):
            own |= {k: _shown(v) for k, v in item.items() if not isinstance(v, dict | list)}
        elif isinstance(item, list) and item and all(isinstance(x, dict) for x in item):
            children += item
        elif isinstance(item, list):
            own[key] = "、".join(_shown(x) for x in item if not isinstance(x, dict | list))
        else:
            own[key] = _shown(item)
    if not children:
        return [own]
    return [row for child in children for row in _leaves(child, own)]


def _plain(
    part: str, rows: list[tuple[int, str]], starts: list[int], offset: int
) -> list[SourceLine]:
    """The text around an answer as its lines (a line cut by the answer keeps its part)."""
    from jixiao.ingest.readers.text import split_cells

    lines = []
    for piece in part.split("\n"):
        if piece.strip():
            number = rows[_index_at(starts, offset)][0]
            lines.append(SourceLine(number=number, text=piece, cells=split_cells(piece)))
        offset += len(piece) + 1
    return lines
