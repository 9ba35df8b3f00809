"""A small per-process memo of read results whose key names an immutable version.

A stored document's rows never change in place: saving it again replaces it under a new id
and the next revision. A result read from a document's parts, keyed by that id and revision
(and the database it came from), is therefore right for as long as anyone can ask for it, and
each server worker keeps the most recently used few instead of reading them again.

The values are shared between threads and requests: callers must not change them.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from threading import Lock
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Memo(Generic[K, V]):
    """The ``size`` most recently used results, each computed at most once while kept
    (two threads missing the same key at once may both compute it; either result is right)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[K, V] = OrderedDict()
        self._lock = Lock()

    def peek(self, key: K) -> V | None:
        """The kept result of ``key``, or None (nothing computed)."""
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        return None

    def get(self, key: K, compute: Callable[[], V | None]) -> V | None:
        """The kept result of ``key``, else ``compute()`` (kept unless None)."""
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        value = compute()
        if value is not None:
            with self._lock:
                self._items[key] = value
                while len(self._items) > self.size:
                    self._items.popitem(last=False)
        return value

    def __len__(self) -> int:
        return len(self._items)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
