"""The wall-clock budget of reading one published document (``JIXIAO_MAX_SECONDS``).

Every limit of :mod:`jixiao.limits` bounds the input before the work; this one bounds the
work itself, whatever the input, so no document can keep ``parse``, ``import`` or
``review`` busy for long. On the main thread of a Unix process (the command line) an
interval timer interrupts the reading when the budget is spent, with a
:class:`~jixiao.errors.LimitError` naming the file and the setting; elsewhere (a worker
thread of a server) the input limits alone apply. Nothing has been written at that point:
reading comes before the unit of work.

A reader or parser that fails on hostile input in a way nobody foresaw (a model value out
of range, recursion too deep) fails here with one Chinese line naming the file, too.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import TypeVar

from pydantic import ValidationError

from jixiao import limits
from jixiao.errors import JixiaoError, LimitError

T = TypeVar("T")


class _Expired(BaseException):
    """Raised by the timer: a BaseException, so ``except Exception`` in a reader that skips
    one bad page does not swallow it and carry on."""


def _expire(_signum: int, _frame: FrameType | None) -> None:
    raise _Expired


def within_budget(path: Path, read: Callable[[Path], T]) -> T:
    """``read(path)``, stopped with a LimitError once ``JIXIAO_MAX_SECONDS`` have passed."""
    seconds = limits.current().max_seconds
    timed = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not timed:
        return _guarded(path, read)
    previous = signal.signal(signal.SIGALRM, _expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return _guarded(path, read)
    except _Expired:
        raise LimitError(
            f"{path}:读取超过 {seconds:g} 秒的时间上限,已停止(设置 JIXIAO_MAX_SECONDS 可调整);"
            "未写入任何内容"
        ) from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _guarded(path: Path, read: Callable[[Path], T]) -> T:
    try:
        return read(path)
    except JixiaoError:
        raise
    except ValidationError as error:
        first = error.errors()[0]
        place = ".".join(str(part) for part in first["loc"]) or "文档"
        reason = str(first.get("ctx", {}).get("error") or first["msg"])
        raise JixiaoError(
            f"{path}:读出的内容无效({place}:{reason.removeprefix('Value error, ')[:200]})"
        ) from None
    except RecursionError:
        raise JixiaoError(f"{path}:文档结构嵌套过深,无法读取") from None
    except MemoryError:
        raise LimitError(f"{path}:读取时内存不足;请调低 JIXIAO_MAX_* 上限或拆分文件") from None
