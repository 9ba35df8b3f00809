"""``test_ingest_forms_own``'s tests with the forms parsers switched off: the general reader
alone reads and reports the same (see ``tests/general_only.py``)."""

from __future__ import annotations

import pytest

from general_only import general_reader_only, mark_not_yet
from test_ingest_forms_own import *  # noqa: F403  (the tests and fixtures, run again)

NOT_YET: dict[str, str] = {}

__all__ = ["general_reader_only"]


@pytest.fixture(autouse=True)
def _not_yet(request: pytest.FixtureRequest) -> None:
    mark_not_yet(request, NOT_YET)
