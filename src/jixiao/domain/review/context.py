"""What a review knows beyond the document: the same department's targets of earlier years
and other departments' targets of the same year, per library indicator.

The caller provides it (the command line reads it from the database); the rules that use it
(``TARGET.BELOW_HISTORY``, ``TARGET.PEER_OUTLIER``) are silent without it.
:meth:`ReviewContext.from_documents` builds it from documents, so it stays pure.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from jixiao.domain.library import DEFAULT_THRESHOLD, IndicatorLibrary, LibraryIndicator
from jixiao.domain.model import Indicator, PerformanceDocument
from jixiao.domain.target import TargetKind
from jixiao.domain.units import convert_quantity, units_compatible


@dataclass(frozen=True)
class ReferenceValue:
    """A quantitative target another declaration stated for a library indicator."""

    department: str
    fiscal_year: int
    indicator: str  # the name as that declaration wrote it
    value: Decimal  # in the library indicator's unit when it has one
    unit: str | None
    text: str  # the target as written


@dataclass(frozen=True)
class ReviewContext:
    """Earlier years of a department and peers of a year, keyed by library code."""

    history: Mapping[tuple[str, str], tuple[ReferenceValue, ...]] = field(default_factory=dict)
    peers: Mapping[str, tuple[ReferenceValue, ...]] = field(default_factory=dict)

    def history_of(self, department: str, code: str) -> tuple[ReferenceValue, ...]:
        return self.history.get((department, code), ())

    def peers_of(self, code: str, fiscal_year: int, department: str) -> tuple[ReferenceValue, ...]:
        """Values of other departments for the same year."""
        return tuple(
            value
            for value in self.peers.get(code, ())
            if value.department != department and value.fiscal_year == fiscal_year
        )

    @classmethod
    def from_documents(
        cls,
        document: PerformanceDocument,
        others: Iterable[PerformanceDocument],
        library: IndicatorLibrary,
        threshold: float = DEFAULT_THRESHOLD,
    ) -> ReviewContext:
        """History: ``others`` of the same department and an earlier year; peers: ``others`` of
        another department and the same year. Other documents are ignored."""
        history: dict[tuple[str, str], list[ReferenceValue]] = {}
        peers: dict[str, list[ReferenceValue]] = {}
        name = document.department.name
        for other in others:
            earlier = other.department.name == name and other.fiscal_year < document.fiscal_year
            peer = other.department.name != name and other.fiscal_year == document.fiscal_year
            if not (earlier or peer):
                continue
            for code, value in reference_values(other, library, threshold):
                if earlier:
                    history.setdefault((name, code), []).append(value)
                else:
                    peers.setdefault(code, []).append(value)
        return cls(
            history={key: tuple(values) for key, values in history.items()},
            peers={key: tuple(values) for key, values in peers.items()},
        )


def reference_values(
    document: PerformanceDocument, library: IndicatorLibrary, threshold: float
) -> Iterable[tuple[str, ReferenceValue]]:
    """(library code, value) of each quantitative target of the document that matches."""
    for _, indicator in document.all_indicators():
        target = indicator.target
        if target is None or target.kind is not TargetKind.QUANTITATIVE or target.value is None:
            continue
        match = library.match(indicator.name, target.unit, threshold)
        if match is None:
            continue
        value = in_library_unit(indicator, match.entry)
        if value is not None:
            yield (
                match.entry.code,
                ReferenceValue(
                    department=document.department.name,
                    fiscal_year=document.fiscal_year,
                    indicator=indicator.name,
                    value=value,
                    unit=match.entry.unit or target.unit,
                    text=target.text,
                ),
            )


def in_library_unit(indicator: Indicator, entry: LibraryIndicator) -> Decimal | None:
    """The target's value in the library's unit; None when the units cannot be compared."""
    target = indicator.target
    if target is None or target.value is None:
        return None
    if entry.unit is None or target.unit is None:
        return target.value
    if not units_compatible(target.unit, entry.unit):
        return None
    return convert_quantity(target.value, target.unit, entry.unit)
