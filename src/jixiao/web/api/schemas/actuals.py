"""Actuals (实际数): one record in, the recorded lists out, the result of a bulk upload."""

from __future__ import annotations

from pydantic import BaseModel, Field


class Recorded(BaseModel):
    """What a write of actuals stored."""

    spending: int = Field(description="支出记录条数")
    progress: int = Field(description="进度记录条数")
    year_end: int = Field(description="年末记录条数")
