"""The indicator library (指标库): standard and common indicators with definitions, direction,
unit and typical values, and the fuzzy matching of declared indicators to them.

:class:`IndicatorLibrary` is an immutable set of entries; a bureau's own sheet extends the
built-in one (:meth:`IndicatorLibrary.extended`), its entries replacing built-in ones of the
same name or code.
"""

from __future__ import annotations

from functools import cache

from jixiao.domain.library.matching import (
    DEFAULT_THRESHOLD,
    LibraryMatch,
    Matcher,
    normalise_name,
)
from jixiao.domain.library.model import LibraryIndicator, Scope
from jixiao.domain.library.standard import EXPENSE_ITEMS, standard_indicators

__all__ = [
    "DEFAULT_THRESHOLD",
    "EXPENSE_ITEMS",
    "IndicatorLibrary",
    "LibraryIndicator",
    "LibraryMatch",
    "Scope",
    "normalise_name",
    "standard_library",
]


class IndicatorLibrary:
    """A set of library indicators, searchable and matchable by name."""

    def __init__(self, entries: tuple[LibraryIndicator, ...]) -> None:
        codes = [entry.code for entry in entries]
        duplicates = sorted({code for code in codes if codes.count(code) > 1})
        if duplicates:
            raise ValueError(f"指标库中编码重复:{'、'.join(duplicates)}")
        self.entries = entries
        self._by_code = {entry.code: entry for entry in entries}
        self._matcher = Matcher(entries)

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, code: str) -> LibraryIndicator | None:
        return self._by_code.get(code)

    def match(
        self, name: str, unit: str | None = None, threshold: float = DEFAULT_THRESHOLD
    ) -> LibraryMatch | None:
        """The library indicator a declared indicator is, if any scores ``threshold``."""
        return self._matcher.best(name, unit, threshold)

    def search(self, query: str, limit: int = 10, threshold: float = 0.3) -> list[LibraryMatch]:
        """Library indicators resembling ``query``, best first, each with its explanation."""
        found = self._matcher.candidates(query)
        return [match for match in found if match.score >= threshold][:limit]

    def extended(self, additions: tuple[LibraryIndicator, ...]) -> IndicatorLibrary:
        """This library plus ``additions``; an addition replaces an entry with its code or name."""
        replaced_codes = {entry.code for entry in additions}
        replaced_names = {normalise_name(entry.name) for entry in additions}
        kept = tuple(
            entry
            for entry in self.entries
            if entry.code not in replaced_codes and normalise_name(entry.name) not in replaced_names
        )
        return IndicatorLibrary(kept + additions)


@cache
def standard_library() -> IndicatorLibrary:
    """The built-in library (built once per process)."""
    return IndicatorLibrary(standard_indicators())
