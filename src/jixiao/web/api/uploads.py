"""Uploaded files: copied to a private temporary directory under their own base name (so the
readers, their limits and their messages work as for a file on disk), never past the size
limit, and removed afterwards; messages name the uploaded file, not the temporary path."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePath

from fastapi import UploadFile

from jixiao import limits
from jixiao.errors import InputError, JixiaoError

CHUNK = 1024 * 1024
# What a published document comes as: text (a page's HTML source, an open-data answer's
# JSON and a CSV export are text too, read by their content), PDF, Word, Excel.
DOCUMENT_SUFFIXES = (".txt", ".pdf", ".docx", ".xlsx", ".html", ".htm", ".csv", ".json")


@contextmanager
def uploaded(file: UploadFile, suffixes: tuple[str, ...]) -> Iterator[Path]:
    """The upload as a file whose name is the uploaded base name; refused when its suffix is
    not one of ``suffixes`` or it is larger than ``JIXIAO_MAX_FILE_MB``."""
    name = PurePath((file.filename or "").replace("\\", "/")).name or "上传文件"
    suffix = PurePath(name).suffix.lower()
    if suffix not in suffixes:
        shown = suffix or "无扩展名"
        raise InputError(f"{name}:不支持的文件类型“{shown}”,请上传 {'、'.join(suffixes)} 文件")
    with tempfile.TemporaryDirectory(prefix="jixiao-upload-") as directory:
        path = Path(directory) / name
        _copy(file, path)
        try:
            yield path
        except JixiaoError as error:
            _rename(error, str(path), name)
            raise


def _copy(file: UploadFile, path: Path) -> None:
    most_mb = limits.current().max_file_mb
    most = int(most_mb * 1024 * 1024)
    written = 0
    with path.open("wb") as out:
        while chunk := file.file.read(CHUNK):
            written += len(chunk)
            if written > most:
                raise InputError(
                    f"{path.name}:文件超过 {most_mb:g} MB 的上限(环境变量 JIXIAO_MAX_FILE_MB)"
                )
            out.write(chunk)


def _rename(error: JixiaoError, temporary: str, name: str) -> None:
    """Name the upload in the error's message instead of its temporary path."""
    error.message = error.message.replace(temporary, name)
    error.args = (error.message, *error.args[1:])
