"""Shapes shared by several routers: a page of a list, free-form report data."""

from __future__ import annotations

from typing import Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    """One page of a list: ``items`` from ``offset``, at most ``limit``, of ``total``."""

    total: int = Field(description="符合条件的总数")
    limit: int
    offset: int
    items: list[T]


class Report(BaseModel):
    """A report whose shape is the CLI's ``--json`` output (see the route's description)."""

    model_config = ConfigDict(extra="allow")
