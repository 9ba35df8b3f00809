"""Review (审核): a rule engine that finds what a finance reviewer finds in a declaration.

Each rule is a small class with a code (``BUDGET.BALANCE``), a family, a default severity and
parameters; :func:`review` runs them and returns a sorted :class:`ReviewReport`. Importing
this package registers the rule families (completeness, arithmetic, consistency, target
quality, self-evaluation scoring) and the modules of newer rules (time logic, goal coverage,
budget disclosures). Pure: no I/O; profiles, history and bureau libraries come from adapters.
"""

from __future__ import annotations

# Importing the rule families registers their rules.
from jixiao.domain.review import (
    arithmetic,
    completeness,
    consistency,
    disclosure,
    goal_coverage,
    self_evaluation,
    target_quality,
    timing,
)
from jixiao.domain.review.context import ReferenceValue, ReviewContext
from jixiao.domain.review.engine import ReviewReport, review
from jixiao.domain.review.finding import Area, Finding, Location, Severity
from jixiao.domain.review.profile import ProfileError, ReviewProfile
from jixiao.domain.review.rule import Family, Rule, RuleContext, all_rules, register

__all__ = [
    "Area",
    "Family",
    "Finding",
    "Location",
    "ProfileError",
    "ReferenceValue",
    "ReviewContext",
    "ReviewProfile",
    "ReviewReport",
    "Rule",
    "RuleContext",
    "Severity",
    "all_rules",
    "arithmetic",
    "completeness",
    "consistency",
    "disclosure",
    "goal_coverage",
    "register",
    "review",
    "self_evaluation",
    "target_quality",
    "timing",
]
