"""The real corpus, read as a careful reader reads it.

Each document of ``../shared/corpus`` has hand-written expectations in
``tests/corpus/expected`` (``tests/corpus/FORMAT.md``): every indicator whose name and target
the text shows in full, the budget figures, the key. The Xingtai document is checked in the
same way, field by field, by ``test_ingest_xingtai.py`` against its hand-read fixture.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from _pytest.mark.structures import ParameterSet

from corpus_check import (
    CORPUS,
    ROOT,
    DocumentCheck,
    check,
    expectations,
    load,
    norm_name,
    same_figure,
)
from jixiao.ingest.general.kinds import Kind, kind_of
from jixiao.ingest.pipeline import parse_file

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is absent")

# Figures and key parts a careful reader sees that the model or the reader cannot hold yet;
# each one is a strict xfail, so reading it makes the test fail until it is listed no more.
NOT_YET: dict[tuple[str, str], str] = {}


def _ids(path: Path) -> str:
    return path.stem.split("_")[0]


@cache
def _checked(spec: Path) -> DocumentCheck:
    """A corpus document checked against its expectations once per test process: its
    indicators', figures' and key's tests read the same reading (``check`` parses anew)."""
    return check(spec)


@pytest.mark.parametrize("spec", expectations(), ids=_ids)
def test_every_visible_indicator_is_read_with_its_target(spec: Path) -> None:
    result = _checked(spec)
    assert result.error is None
    wrong = [
        f"{item.status}: {item.expected['name']} (读到 {item.found}) {item.why}"
        for item in result.indicators
        if item.status != "read"
    ]
    assert wrong == []


def _figure_cases() -> list[ParameterSet]:
    cases = []
    for spec in expectations():
        data = load(spec)
        for index, figure in enumerate(data.get("figures", [])):
            reason = NOT_YET.get((_ids(spec), figure["what"]))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            case_id = f"{_ids(spec)}-{figure['what']}-{index}"
            cases.append(pytest.param(spec, index, id=case_id, marks=marks))
    return cases


@pytest.mark.parametrize(("spec", "index"), _figure_cases())
def test_every_budget_figure_is_read(spec: Path, index: int) -> None:
    what, expected, read = _checked(spec).figures[index]
    assert same_figure(expected, read), f"{what}: 期望 {expected},读到 {read}"


def _key_cases() -> list[ParameterSet]:
    cases = []
    for spec in expectations():
        for what in load(spec).get("key", {}):
            reason = NOT_YET.get((_ids(spec), what))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            cases.append(pytest.param(spec, what, id=f"{_ids(spec)}-{what}", marks=marks))
    return cases


@pytest.mark.parametrize(("spec", "what"), _key_cases())
def test_the_key_is_read(spec: Path, what: str) -> None:
    found = {name: (expected, read) for name, expected, read in _checked(spec).key}
    expected, read = found[what]
    assert expected == read


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.stem[:12])
def test_every_corpus_document_is_read_not_refused(path: Path) -> None:
    _document, report = parse_file(path)
    assert report.genre


# Words that belong to one document: its units, projects and indicators. A reader that
# named one of them (or a line number) would be tuned to that document, not to the genre.
def _specific_words() -> set[str]:
    words: set[str] = set()
    for spec in expectations():
        data = load(spec)
        words |= {str(value) for value in data.get("key", {}).values() if isinstance(value, str)}
        words |= {item["name"] for item in data.get("indicators", []) if len(item["name"]) >= 5}
    vocabulary = {Kind.CATEGORY, Kind.SUBCATEGORY, Kind.HEADER}  # the genre's, not one text's
    return {norm_name(w) for w in words if len(w) >= 4 and kind_of(norm_name(w)) not in vocabulary}


def test_no_reader_names_one_documents_words_or_lines() -> None:
    specific = _specific_words()
    readers = sorted((ROOT / "src" / "jixiao" / "ingest" / "general").glob("*.py"))
    assert readers
    for path in readers:
        text = path.read_text(encoding="utf-8")
        found = sorted(word for word in specific if word in text)
        assert found == [], path.name
        assert not re.search(r"\bline\s*==\s*\d+|\.number\s*==\s*\d+", text), path.name


# The hold-out sets: texts in the genre's layouts written by someone who never saw the
# reader's code, with their own hand-written expectations (tests/holdout). The reader read
# 106 of the first set's 117 indicators on first sight (h01-h14), 108 of the second set's
# 181 (h15-h30, docs/holdout.md) and 160 of the third set's 289 (h31-h58); what it missed
# showed general gaps (a name wrapped onto the next line, a standard glued to its name,
# clauses that name their column, the 部门整体支出绩效目标申报表's header, spaced-out
# glyphs). What is still missed is listed.
HOLDOUT = Path(__file__).parent / "holdout"
HOLDOUT_NOT_YET: dict[str, str] = {
    "h586": "unseen on the session's merged code (189f005, written to be representative): 8/9",
    "h1110": "unseen at f608453 (written to be representative): 13/15",
    "h1127": "unseen at a9791ad (representative, after a named real text): 9/10",
    "h1138": "unseen at a9791ad (representative, after a named real text): 12/15",
    "h1167": "unseen at a9791ad (representative, after a named real text): 9/10",
    "h1211": "unseen at a9791ad (representative, after a named real text): 12/13",
    "h1218": "unseen at a9791ad (representative, after a named real text): 10/14",
    "h1280": "unseen at 94ac6631 (merged readers; after a named real text): 9/10",
    "h1293": "unseen at 94ac6631 (merged readers; after a named real text): 7/8",
    "h1294": "unseen at 94ac6631 (merged readers; after a named real text): 8/9",
    "h1298": "unseen at 94ac6631 (merged readers; after a named real text): 8/9",
    "h1312": "unseen at 94ac6631 (merged readers; after a named real text): 7/8",
    "h1315": "unseen at 94ac6631 (merged readers; after a named real text): 8/9",
    "h1322": "unseen at 94ac6631 (merged readers; after a named real text): 7/8",
    "h1324": "unseen at 94ac6631 (merged readers; after a named real text): 8/10",
    "h1360": "unseen at 94ac6631 (merged readers; after a named real text): 8/9",
    "h1382": "unseen at 94ac6631 (merged readers; after a named real text): 8/9",
    "h1395": "unseen at 94ac6631 (merged readers; after a named real text): 8/9",
    "h1398": "unseen at 94ac6631 (merged readers; after a named real text): 11/12",
    "h1400": "unseen at 94ac6631 (merged readers; after a named real text): 8/11",
    "h1403": "unseen at 94ac6631 (merged readers; after a named real text): 7/8",
    "h1406": "unseen at 94ac6631 (merged readers; after a named real text): 7/9",
    "h1408": "unseen at 94ac6631 (merged readers; after a named real text): 0/8",
    "h1409": "unseen at 94ac6631 (merged readers; after a named real text): 8/12",
    "h1417": "unseen at 94ac6631 (merged readers; after a named real text): 4/8",
    "h1420": "unseen at 94ac6631 (merged readers; after a named real text): 8/9",
    "h1436": "unseen at 94ac6631 (merged readers; after a named real text): 7/10",
    "h1449": "unseen at 7a75d140 (session 19, merged readers): 8/9",
    "h1471": "unseen at 7a75d140 (session 19, merged readers): 8/12",
    "h1474": "unseen at 7a75d140 (session 19, merged readers): 9/10",
    "h1511": "unseen at 7a75d140 (session 19, merged readers): 16/17",
    "h1534": "unseen at 7a75d140 (session 19, merged readers): 8/10",
    "h1551": "unseen at 7a75d140 (session 19, merged readers): 7/8",
    "h1565": "unseen at 7a75d140 (session 19, merged readers): 4/8",
    "h1575": "unseen at 7a75d140 (session 19, merged readers): 4/8",
    "h1594": "unseen at 7a75d140 (session 19, merged readers): 0/8",
    "h1595": "unseen at 7a75d140 (session 19, merged readers): 7/9",
    "h1599": "unseen at d8f694e6 (session 19, second round): 10/11",
    "h1608": "unseen at d8f694e6 (session 19, second round): 8/9",
    "h1623": "unseen at d8f694e6 (session 19, second round): 12/14",
    "h1626": "unseen at d8f694e6 (session 19, second round): 8/9",
    "h1639": "unseen at d8f694e6 (session 19, second round): 7/8",
    "h1644": "unseen at d8f694e6 (session 19, second round): 7/11",
    "h1645": "unseen at d8f694e6 (session 19, second round): 6/7",
    "h1648": "unseen at d8f694e6 (session 19, second round): 7/8",
    "h1654": "unseen at d8f694e6 (session 19, second round): 6/7",
    "h1657": "unseen at d8f694e6 (session 19, second round): 9/10",
    "h1669": "unseen at d8f694e6 (session 19, second round): 7/8",
    "h1671": "unseen at d8f694e6 (session 19, second round): 7/8",
}


def _holdout_cases() -> list[ParameterSet]:
    cases = []
    for spec in sorted(HOLDOUT.glob("*.toml")):
        ident = spec.stem.split("_")[0]  # h07 or h104
        reason = HOLDOUT_NOT_YET.get(ident)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        cases.append(pytest.param(spec, id=ident, marks=marks))
    return cases


@pytest.mark.parametrize("spec", _holdout_cases())
def test_every_holdout_indicator_is_read_with_its_target(spec: Path) -> None:
    result = check(spec, HOLDOUT)
    assert result.error is None
    wrong = [
        f"{item.status}: {item.expected['name']} (读到 {item.found}) {item.why}"
        for item in result.indicators
        if item.status != "read"
    ]
    assert wrong == []
