"""Target parsing: the text in, what it means out (as ``jixiao target --json``)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class TargetText(BaseModel):
    text: str = Field(min_length=1, max_length=500, description="指标值文本,如 ≥95%、不高于1.1万元")


class ParsedTarget(BaseModel):
    """``jixiao target --json``: the parsed target with its canonical text and direction."""

    model_config = ConfigDict(extra="allow")

    kind: str = Field(description="quantitative(定量)、qualitative(定性)或 period(时间)")
    text: str
    canonical: str = Field(description="规范写法")
    direction: str = Field(description="positive(正向)或 reverse(反向)")
