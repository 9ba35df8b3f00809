"""The error hierarchy: every error jixiao reports to a user carries a Chinese ``message``.

The command line catches :class:`JixiaoError` and prints ``message``; anything else is a bug.
"""

from __future__ import annotations

import errno


class JixiaoError(Exception):
    """Base of every expected error; ``message`` is the user-facing text (简体中文)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFoundError(JixiaoError):
    """The thing asked for does not exist (e.g. no document for that department and year)."""


# The name the server contract uses (issue 13): the same class, so every existing "not found"
# is mapped alike (404) by the web layer.
NotFound = NotFoundError


class AccessDenied(JixiaoError):
    """The actor may not read or write this (role, department, region): ``jixiao.domain.access``."""


class StaleVersion(JixiaoError):
    """A write made against a version that is no longer current; ``changes`` says what changed."""

    def __init__(self, expected: int, current: int, changes: list[str]) -> None:
        listed = ";".join(changes) if changes else "内容已被他人修改"
        super().__init__(
            f"版本已过期:提交所依据的版本为 {expected},当前版本为 {current}。其间的变化:{listed}"
        )
        self.expected = expected
        self.current = current
        self.changes = list(changes)


class WorkflowError(JixiaoError):
    """A workflow transition not allowed in the current state, or to this actor."""


class AmbiguousNameError(JixiaoError):
    """A name matches several things (e.g. a department name used in several regions)."""


class StoreError(JixiaoError):
    """The database cannot be used: unreachable, not initialised, or at the wrong revision."""


class SchemaRevisionError(StoreError):
    """The database schema is not at the revision this version of jixiao expects."""


class UnknownProfileError(JixiaoError, ValueError):
    """A profile (scoring, monitoring) asked for by a name that none has."""


class LimitError(JixiaoError):
    """An input exceeds a limit of :mod:`jixiao.limits`; the message names it and its setting."""


class InputError(JixiaoError):
    """An input value is refused at the boundary (out of range, blank, an unknown name)."""


def os_reason(exc: OSError) -> str:
    """An OSError's cause in Chinese (errno), else the system's own words."""
    reasons = {
        errno.ENOSPC: "磁盘空间已满",
        errno.EDQUOT: "磁盘配额已用完",
        errno.EROFS: "文件系统是只读的",
        errno.EACCES: "没有权限",
        errno.EPERM: "不允许的操作",
        errno.ENOENT: "文件或目录不存在",
        errno.ENOTDIR: "路径中有一项不是目录",
        errno.EISDIR: "是一个目录",
        errno.EEXIST: "已存在同名文件",
        errno.EFBIG: "文件超过了允许的大小(ulimit -f)",
        errno.EMFILE: "打开的文件过多",
        errno.EIO: "输入输出错误",
        errno.ENAMETOOLONG: "文件名过长",
    }
    if exc.errno in reasons:
        return reasons[exc.errno]
    return exc.strerror or str(exc)


def os_error_message(exc: OSError) -> str:
    """One Chinese line for an OSError: the file it names, then the cause."""
    where = exc.filename if exc.filename is not None else ""
    return f"{where}:{os_reason(exc)}" if where else f"系统错误:{os_reason(exc)}"


class AuthenticationError(JixiaoError):
    """Wrong login or password, an unknown or revoked token, an expired session."""


class TooManyAttempts(JixiaoError):
    """Too many failed logins in the window; ``retry_after`` is in seconds."""

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after
