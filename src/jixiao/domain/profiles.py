"""Named profiles (monitoring thresholds, scoring weights): looking one up by name."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from jixiao.errors import UnknownProfileError

T = TypeVar("T")


def named_profile(profiles: Mapping[str, T], name: str, kind: str) -> T:
    """The profile called ``name``; an unknown name is an :class:`UnknownProfileError` (a user
    error, and a ValueError) listing the known ones."""
    try:
        return profiles[name]
    except KeyError:
        known = "、".join(profiles)
        raise UnknownProfileError(f"没有名为“{name}”的{kind}(可用:{known})") from None
