"""The rule base: a small named unit with a code, a Chinese title, a family, a default
severity and default parameters, whose :meth:`Rule.check` yields findings.

Rules register themselves (``@register``); :func:`all_rules` lists them by family and code.
A rule never reads its severity or parameters from its class when checking: it gets them,
with any bureau profile applied, from its :class:`RuleContext`.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from types import MappingProxyType
from typing import ClassVar, Final, TypeVar

from jixiao.domain.library import IndicatorLibrary
from jixiao.domain.model import DocumentKind, PerformanceDocument
from jixiao.domain.review.context import ReviewContext
from jixiao.domain.review.finding import Finding, Location, Severity
from jixiao.domain.review.index import DocumentIndex

ParamValue = bool | int | Decimal | str | tuple[str, ...]


class Family(StrEnum):
    COMPLETENESS = "completeness"
    ARITHMETIC = "arithmetic"
    CONSISTENCY = "consistency"
    TARGET_QUALITY = "target_quality"
    SELF_EVALUATION = "self_evaluation"

    @property
    def label(self) -> str:
        return _FAMILY_LABELS[self]


_FAMILY_LABELS: Final = {
    Family.COMPLETENESS: "完整性",
    Family.ARITHMETIC: "勾稽关系",
    Family.CONSISTENCY: "一致性",
    Family.TARGET_QUALITY: "指标值质量",
    Family.SELF_EVALUATION: "自评计分",
}

NO_PARAMS: Final[Mapping[str, ParamValue]] = MappingProxyType({})


def settings(**values: ParamValue) -> Mapping[str, ParamValue]:
    """A rule's default parameters (read-only: rules share them)."""
    return MappingProxyType(values)


@dataclass(frozen=True)
class RuleContext:
    """What one rule gets to check one document: its effective severity and parameters, the
    document index (library matches, same-indicator clusters) and the review context."""

    code: str
    severity: Severity
    params: Mapping[str, ParamValue]
    index: DocumentIndex
    review: ReviewContext

    @property
    def library(self) -> IndicatorLibrary:
        return self.index.library

    def finding(
        self,
        location: Location,
        message: str,
        suggestion: str | None = None,
        related: tuple[Location, ...] = (),
    ) -> Finding:
        return Finding(
            code=self.code,
            severity=self.severity,
            message=message,
            location=location,
            suggestion=suggestion,
            related=related,
        )

    def decimal(self, name: str) -> Decimal:
        value = self.params[name]
        if isinstance(value, bool) or not isinstance(value, Decimal | int):
            raise TypeError(f"{self.code}.{name} is not a number")
        return Decimal(value)

    def words(self, name: str) -> tuple[str, ...]:
        value = self.params[name]
        if not isinstance(value, tuple):
            raise TypeError(f"{self.code}.{name} is not a list")
        return value

    def flag(self, name: str) -> bool:
        value = self.params[name]
        if not isinstance(value, bool):
            raise TypeError(f"{self.code}.{name} is not a flag")
        return value


class Rule(ABC):
    """A review rule. Subclasses set the class attributes and implement :meth:`check`."""

    code: ClassVar[str]
    title: ClassVar[str]
    family: ClassVar[Family]
    default_severity: ClassVar[Severity]
    params: ClassVar[Mapping[str, ParamValue]] = NO_PARAMS
    enabled_by_default: ClassVar[bool] = True
    # about the department-year as a whole: not checked on a single project's form
    department_level: ClassVar[bool] = False
    # checked on a budget disclosure (预算公开绩效情况), which holds none of the forms
    for_disclosures: ClassVar[bool] = False

    def applies_to(self, document: PerformanceDocument) -> bool:
        if document.kind is DocumentKind.BUDGET_DISCLOSURE:
            return self.for_disclosures
        return not (self.department_level and document.kind.is_project_level)

    @abstractmethod
    def check(self, document: PerformanceDocument, context: RuleContext) -> Iterator[Finding]:
        """Yield a finding for each problem in ``document``."""

    @property
    def description(self) -> str:
        """What the rule checks: the first paragraph of its docstring."""
        return (self.__doc__ or "").strip().split("\n\n")[0].replace("\n", " ")


_REGISTRY: dict[str, type[Rule]] = {}
_R = TypeVar("_R", bound=type[Rule])


def register(cls: _R) -> _R:
    """Class decorator: add a rule to the registry (codes are unique)."""
    if cls.code in _REGISTRY and _REGISTRY[cls.code] is not cls:
        raise ValueError(f"rule code {cls.code} registered twice")
    _REGISTRY[cls.code] = cls
    return cls


def all_rules() -> tuple[Rule, ...]:
    """Every registered rule, by family then code."""
    families = list(Family)
    ordered = sorted(_REGISTRY.values(), key=lambda r: (families.index(r.family), r.code))
    return tuple(rule() for rule in ordered)


def rule_codes() -> frozenset[str]:
    return frozenset(_REGISTRY)
