"""Named profiles (monitoring thresholds, scoring weights): looking one up by name."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

T = TypeVar("T")


def named_profile(profiles: Mapping[str, T], name: str, kind: str) -> T:
    """The profile called ``name``; an unknown name is a ValueError listing the known ones."""
    try:
        return profiles[name]
    except KeyError:
        known = "、".join(profiles)
        raise ValueError(f"没有名为“{name}”的{kind}(可用:{known})") from None
