"""Plain-text reader: OCR output, text copied from PDFs, web tables flattened to pipes.

The encoding is decided by decoding, not guessed from statistics: UTF-8 (with or without a
BOM), UTF-16 with a BOM, else GB18030 (a superset of GBK and GB2312, the encodings Chinese
government sites publish in). A file none of them decodes, or whose decoded text is mostly
control characters, unassigned code points or replacement marks, is not a text document and
is refused with a Chinese message rather than parsed into nonsense.

Line numbers are the file's own (1-based, as an editor shows them), so provenance points
back into the file. A table row is split into cells at tabs (OCR and PDF copies) or, in a
line without tabs, at ``|`` (web tables flattened to pipes, whose empty trailing cells are
dropped). A first line ``# source: URL`` is a note on where the text came from, not content.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path
from typing import Final

from jixiao.ingest.readers import SourceFileError, bounds, html
from jixiao.ingest.readers.json_records import json_lines
from jixiao.ingest.source import ReaderNote, SourceDocument, SourceFormat, SourceLine

# Share of characters that may be control characters, unassigned or private-use code points
# or U+FFFD before the text counts as binary. Real documents have none; OCR text a few at
# most, so 2% leaves room for damage while refusing decoded binary, which is mostly such.
_MAX_GARBAGE_RATIO: Final = 0.02
_ALLOWED_CONTROLS: Final = frozenset("\t\n\r\f")
_PRINTABLE_CONTROLS: Final = str.maketrans(dict.fromkeys("\t\n\r\f\u3000\u00a0", " "))
SOURCE_NOTE_PREFIX: Final = "来源:"  # the note made of a first line "# source: URL"
_SOURCE_NOTE_RE: Final = re.compile(r"#\s*source\s*:\s*(?P<url>\S.*)", re.IGNORECASE)


def read_text(path: Path) -> SourceDocument:
    """Read a text file into numbered lines split into cells."""
    data = _read_bytes(path)
    text, encoding = _decode(path, data)
    bounds.lines(path, text.count("\n") + 1)
    _refuse_binary(path, text)
    lines, notes = _split_lines(text)
    if all(line.is_blank for line in lines):
        raise SourceFileError(f"{path}:文件为空(没有文字内容)")
    return SourceDocument(
        name=path.name, format=SourceFormat.TEXT, lines=lines, notes=notes, encoding=encoding
    )


def _read_bytes(path: Path) -> bytes:
    try:
        bounds.file_size(path, path.stat().st_size)
        data = path.read_bytes()
    except OSError as error:
        raise SourceFileError(f"{path}:无法读取文件({error.strerror})") from error
    if not data.strip():
        raise SourceFileError(f"{path}:文件为空")
    return data


def _decode(path: Path, data: bytes) -> tuple[str, str]:
    """The text and the name of the encoding that decoded it strictly."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates: tuple[str, ...] = ("utf-16",)
    elif data.startswith(codecs.BOM_UTF8):
        candidates = ("utf-8-sig",)
    elif b"\x00" in data:
        # UTF-8 and GB18030 text never holds a NUL byte; binary files nearly always do.
        raise SourceFileError(f"{path}:不是文本文件(含有二进制数据),无法作为文档读取")
    else:
        candidates = ("utf-8", "gb18030")
    for encoding in candidates:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise SourceFileError(
        f"{path}:无法识别文件编码(既不是 UTF-8,也不是 GBK/GB18030),请另存为 UTF-8 文本"
    )


def _is_garbage(char: str) -> bool:
    if char in _ALLOWED_CONTROLS:
        return False
    return char == "\ufffd" or unicodedata.category(char) in ("Cc", "Cn", "Co", "Cs")


def _refuse_binary(path: Path, text: str) -> None:
    # GB18030 maps almost every byte sequence to some code point, so binary data may decode:
    # it then shows as control characters and unassigned or private-use code points.
    if text.translate(_PRINTABLE_CONTROLS).isprintable():
        return  # the common case, checked at C speed: no control or unassigned character
    garbage = sum(1 for char in text if _is_garbage(char))
    if garbage and garbage > _MAX_GARBAGE_RATIO * len(text):
        raise SourceFileError(
            f"{path}:不是文本文件(约 {garbage * 100 // len(text)}% 的字符是控制字符或乱码),"
            "无法作为文档读取"
        )


def _split_lines(text: str) -> tuple[list[SourceLine], list[ReaderNote]]:
    # Only line feeds end lines (str.splitlines would also split at \f, \x1c … and shift the
    # numbering away from what an editor shows).
    raw_lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if raw_lines and raw_lines[-1] == "":
        raw_lines.pop()
    notes: list[ReaderNote] = []
    first = 1
    if raw_lines and (match := _SOURCE_NOTE_RE.fullmatch(raw_lines[0].strip())):
        notes.append(ReaderNote(message=SOURCE_NOTE_PREFIX + match["url"].strip(), line=1))
        first = 2
    rows = list(enumerate(raw_lines, start=1))[first - 1 :]
    # markup and JSON are looked for only in a text holding their marks (at C speed)
    read = markup_lines(rows) if "<" in text else None
    read = read or (json_lines(rows) if "{" in text else None)
    return read or _plain_lines(rows), notes


def _plain_lines(rows: list[tuple[int, str]]) -> list[SourceLine]:
    return [SourceLine(number=number, text=raw, cells=split_cells(raw)) for number, raw in rows]


def markup_lines(rows: list[tuple[int, str]]) -> list[SourceLine] | None:
    """The numbered lines of a text holding HTML (a page's source, or a table's source
    pasted into a text) with the markup read as lines of cells; None without markup."""
    raws = [raw for _, raw in rows]
    runs = html.markup_runs(raws)
    if not runs:
        return None
    lines: list[SourceLine] = []
    done = 0
    for start, end in runs:
        lines += _plain_lines(rows[done:start])
        markup = "\n".join(raws[start : end + 1])
        lines += _as_lines(html.html_lines(markup, rows[start][0]))
        done = end + 1
    return lines + _plain_lines(rows[done:])


def _as_lines(read: list[tuple[int, tuple[str, ...]]]) -> list[SourceLine]:
    return [SourceLine(number=number, text="\t".join(cells), cells=cells) for number, cells in read]


_BOX_VERTICALS: Final = str.maketrans({"│": "|", "┃": "|"})


def split_cells(line: str) -> tuple[str, ...]:
    """Cells of one line: tab-separated, else pipe-separated, else the line as one cell."""
    if "\t" in line:
        return tuple(cell.strip() for cell in line.split("\t"))
    # a table drawn with box characters (│ ┃) is a pipe table (═ is an OCR "=")
    line = line.translate(_BOX_VERTICALS)
    if "|" in line:
        cells = [cell.strip() for cell in line.split("|")]
        if line.startswith("|") and cells and not cells[0]:
            # "| a | b |" (Markdown): the pipe opens the row. " | b" (a web table with its
            # first cell empty, flattened as cell + " | ") keeps the empty cell in place.
            cells.pop(0)
        while cells and not cells[-1]:
            cells.pop()
        return tuple(cells)
    return (line.strip(),)
