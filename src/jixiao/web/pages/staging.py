"""Uploads kept between the import page's two steps (preview, then confirm).

A staged upload lives in a private directory named by a random token, with the login of
whoever uploaded it: only they can confirm it. Every worker of the server sees the same
directory (the machine's temporary directory), and uploads older than a day are removed
whenever a new one is staged.
"""

from __future__ import annotations

import secrets
import shutil
import tempfile
import time
from pathlib import Path

from jixiao.errors import NotFoundError

ROOT = Path(tempfile.gettempdir()) / "jixiao-staged-uploads"
MAX_AGE_SECONDS = 24 * 3600
_OWNER = ".owner"


def stage(path: Path, owner: str) -> str:
    """Keep ``path`` (an upload already checked for size and type) for ``owner``; its token."""
    _sweep()
    token = secrets.token_urlsafe(16)
    directory = ROOT / token
    directory.mkdir(parents=True, mode=0o700)
    shutil.copyfile(path, directory / path.name)
    (directory / _OWNER).write_text(owner, encoding="utf-8")
    return token


def staged(token: str, owner: str) -> Path:
    """The staged file of ``token`` if ``owner`` staged it; otherwise not found."""
    directory = ROOT / token
    if not token.replace("-", "").replace("_", "").isalnum() or not directory.is_dir():
        raise NotFoundError("上传的文件已过期或不存在,请重新上传")
    if (directory / _OWNER).read_text(encoding="utf-8") != owner:
        raise NotFoundError("上传的文件已过期或不存在,请重新上传")
    files = [p for p in directory.iterdir() if p.name != _OWNER]
    if len(files) != 1:
        raise NotFoundError("上传的文件已过期或不存在,请重新上传")
    return files[0]


def discard(token: str) -> None:
    shutil.rmtree(ROOT / token, ignore_errors=True)


def _sweep() -> None:
    if not ROOT.is_dir():
        return
    oldest = time.time() - MAX_AGE_SECONDS
    for directory in ROOT.iterdir():
        if directory.stat().st_mtime < oldest:
            shutil.rmtree(directory, ignore_errors=True)
