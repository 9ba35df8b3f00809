"""Review: a run's report and how many findings were stored."""

from __future__ import annotations

from pydantic import BaseModel, Field

from jixiao.domain.review import ReviewReport


class ReviewRun(BaseModel):
    report: ReviewReport = Field(description="审核报告(与 jixiao review --json 相同)")
    saved: int | None = Field(description="保存的审核结果条数")
