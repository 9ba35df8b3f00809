"""资金支出计划 of a project table: the general reader's rule
(:mod:`jixiao.ingest.general.spending`)."""

from __future__ import annotations

from jixiao.ingest.general.spending import CheckpointDraft as CheckpointDraft
from jixiao.ingest.general.spending import SpendingPlanRead as SpendingPlanRead
from jixiao.ingest.general.spending import read_checkpoints as read_spending_plan

__all__ = ["CheckpointDraft", "SpendingPlanRead", "read_spending_plan"]
