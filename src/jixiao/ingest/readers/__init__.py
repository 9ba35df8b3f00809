"""Readers: a file in, a :class:`~jixiao.ingest.source.SourceDocument` out.

The format is decided by the file's content, not its name (a published ``.xls`` is often
HTML, a ``.pdf`` may be a scan). Each reader lives in its own module.
"""

from __future__ import annotations

from pathlib import Path

from jixiao.errors import JixiaoError
from jixiao.ingest.source import SourceDocument

# Published performance documents are a few MB at most; a larger file is a mistake
# (a video, an archive, a whole year's scans in one file) and is refused before reading:
# the limit is JIXIAO_MAX_FILE_MB (jixiao.limits, checked by readers.bounds).
# An OLE compound file: Office 97-2003 (.xls, .doc) or an encrypted Office 2007+ file.
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class SourceFileError(JixiaoError):
    """A file that cannot be read as a document (empty, too large, binary, encrypted)."""


def read_source(path: Path) -> SourceDocument:
    """Read ``path`` with the reader its content calls for."""
    head = _head(path)
    if head.startswith(b"%PDF"):
        from jixiao.ingest.readers.pdf import read_pdf

        return read_pdf(path)
    if head.startswith(b"PK\x03\x04"):
        from jixiao.ingest.readers.docx import is_docx, read_docx

        if is_docx(path):
            return read_docx(path)
    if head.startswith((b"PK\x03\x04", OLE_MAGIC)):
        # OLE: an old binary .xls or .doc, or a password-protected file, refused by the reader.
        from jixiao.ingest.readers.xlsx import read_xlsx

        return read_xlsx(path)
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff")):
        from jixiao.ingest.readers.ocr import read_image

        return read_image(path)
    from jixiao.ingest.readers.text import read_text

    return read_text(path)


def _head(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise SourceFileError(f"{path}:不是文件")
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError as error:
        raise SourceFileError(f"{path}:无法读取文件({error.strerror})") from error
    if size == 0:
        raise SourceFileError(f"{path}:文件为空")
    from jixiao.ingest.readers import bounds

    bounds.file_size(path, size)
    if head.startswith(b"PK\x03\x04"):
        bounds.zip_package(path)
    return head
