"""Self-evaluation scoring (绩效自评): profiles, the score sheet, project and department sheets."""

from jixiao.domain.scoring.department import evaluate_department
from jixiao.domain.scoring.profile import PROFILES, ScoringProfile, scoring_profile
from jixiao.domain.scoring.project import evaluate_project
from jixiao.domain.scoring.sheet import Finding, ScoreRow, ScoreSheet, Severity, present

__all__ = [
    "PROFILES",
    "Finding",
    "ScoreRow",
    "ScoreSheet",
    "ScoringProfile",
    "Severity",
    "evaluate_department",
    "evaluate_project",
    "present",
    "scoring_profile",
]
