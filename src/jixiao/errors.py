"""The error hierarchy: every error jixiao reports to a user carries a Chinese ``message``.

The command line catches :class:`JixiaoError` and prints ``message``; anything else is a bug.
"""

from __future__ import annotations


class JixiaoError(Exception):
    """Base of every expected error; ``message`` is the user-facing text (简体中文)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFoundError(JixiaoError):
    """The thing asked for does not exist (e.g. no document for that department and year)."""


class AmbiguousNameError(JixiaoError):
    """A name matches several things (e.g. a department name used in several regions)."""


class StoreError(JixiaoError):
    """The database cannot be used: unreachable, not initialised, or at the wrong revision."""


class SchemaRevisionError(StoreError):
    """The database schema is not at the revision this version of jixiao expects."""


class UnknownProfileError(JixiaoError, ValueError):
    """A profile (scoring, monitoring) asked for by a name that none has."""
