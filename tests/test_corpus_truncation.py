"""Any cut of any corpus document is read or refused with a clear message, never a traceback
(most published texts are cut; the reader must take whatever part arrives)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpus_check import CORPUS
from jixiao.errors import JixiaoError
from jixiao.ingest.pipeline import parse_file

DOCUMENTS = sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []
pytestmark = pytest.mark.skipif(not DOCUMENTS, reason="../shared/corpus is absent")


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.stem[:12])
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cut=st.floats(min_value=0, max_value=1), start=st.floats(min_value=0, max_value=0.3))
def test_a_cut_document_is_read_or_refused_clearly(path: Path, cut: float, start: float) -> None:
    data = path.read_bytes()
    begin = int(len(data) * start)
    end = max(begin + 1, int(len(data) * cut))
    piece = data[begin:end]
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / path.name
        target.write_bytes(piece)
        try:
            document, report = parse_file(target)
        except JixiaoError as error:
            assert str(error)  # a message for the user, in place of a traceback
            return
    assert report.genre
    for _, indicator in document.all_indicators():
        assert indicator.name
