"""Files the application writes for a user (``export -o``): whole or not at all.

The text goes to a temporary file beside the target, is flushed to disk, and then replaces
the target in one rename; an interrupted or failed write (a full disk, a file size limit, a
kill) leaves the old file, or none, never a truncated one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from jixiao.errors import JixiaoError, os_reason


def write_text_atomic(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` through a temporary file and a rename."""
    write_bytes_atomic(path, text.encode("utf-8"))


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename (``report -o``)."""
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise JixiaoError(f"{path}:目录 {directory} 不存在")
    if path.is_dir():
        raise JixiaoError(f"{path}:是一个目录,请给出文件名")
    try:
        handle, temporary = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise JixiaoError(f"{path}:无法写入({os_reason(exc)})") from exc
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except OSError as exc:
        raise JixiaoError(f"{path}:写入失败({os_reason(exc)}),未留下不完整的文件") from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
