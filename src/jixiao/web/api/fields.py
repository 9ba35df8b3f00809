"""Errors about one field of a request, found after validation (a target text the grammar
cannot read): an :class:`~jixiao.errors.InputError` carrying the field's ``loc``, which the
problem handler lists under ``errors`` like a validation error."""

from __future__ import annotations

from jixiao.errors import InputError


class FieldError(InputError):
    def __init__(self, loc: tuple[str | int, ...], message: str) -> None:
        super().__init__(message)
        self.loc = loc
