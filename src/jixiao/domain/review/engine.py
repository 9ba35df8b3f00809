"""Run the rules on a document: :func:`review` returns a :class:`ReviewReport` whose findings
are sorted by severity, then by where they are in the document, then by rule code, so the
same document always gives the same report."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, computed_field

from jixiao.domain.library import IndicatorLibrary, standard_library
from jixiao.domain.model import PerformanceDocument
from jixiao.domain.review.context import ReviewContext
from jixiao.domain.review.finding import Finding, Severity
from jixiao.domain.review.index import DocumentIndex
from jixiao.domain.review.profile import ReviewProfile
from jixiao.domain.review.rule import RuleContext, all_rules

_DEFAULT_PROFILE = ReviewProfile()
_NO_CONTEXT = ReviewContext()


class ReviewReport(BaseModel):
    """The findings on one department-year, with the rules and profile that produced them."""

    model_config = ConfigDict(frozen=True)

    department: str
    fiscal_year: int
    profile: str
    rules: tuple[str, ...]
    findings: tuple[Finding, ...]

    @computed_field  # type: ignore[prop-decorator]
    @property
    def counts(self) -> dict[str, int]:
        """Findings per severity, every severity present (``{"error": 2, ...}``)."""
        return {s.value: sum(1 for f in self.findings if f.severity is s) for s in Severity}

    @property
    def has_errors(self) -> bool:
        return any(f.severity is Severity.ERROR for f in self.findings)

    def by_severity(self, severity: Severity) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is severity)


def review(
    document: PerformanceDocument,
    profile: ReviewProfile | None = None,
    context: ReviewContext | None = None,
    library: IndicatorLibrary | None = None,
) -> ReviewReport:
    """Review ``document`` with every rule the profile enables (default: the built-in rules
    with their default settings, the built-in library, no history or peers)."""
    profile = profile or _DEFAULT_PROFILE
    index = DocumentIndex(document, library or standard_library(), profile.match_threshold)
    rules = [r for r in all_rules() if profile.is_enabled(r) and r.applies_to(document)]
    findings: list[Finding] = []
    for rule in rules:
        rule_context = RuleContext(
            code=rule.code,
            severity=profile.severity_of(rule),
            params=profile.params_of(rule),
            index=index,
            review=context or _NO_CONTEXT,
        )
        findings.extend(rule.check(document, rule_context))
    findings.sort(key=lambda finding: finding.sort_key)
    return ReviewReport(
        department=document.department.name,
        fiscal_year=document.fiscal_year,
        profile=profile.name,
        rules=tuple(rule.code for rule in rules),
        findings=tuple(findings),
    )
