"""A document cut inside a line (a page captured in part, a download broken off) is never
taken for a whole one: either the report lists a missing part (so ``import`` refuses it
without ``--partial``), or the cut lost nothing the whole had (no indicator, target or
budget figure). A cut that falls exactly between two rows of the last block leaves a text
that is a whole document of fewer rows; no reader can tell, so the cuts here are in lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.domain.model import PerformanceDocument
from jixiao.errors import JixiaoError
from jixiao.ingest.pipeline import missing_parts, parse_file

FIXTURES = Path(__file__).parent / "fixtures"
TEXTS = sorted(
    path
    for path in [
        *(FIXTURES / "department_performance").glob("*.txt"),
        *(FIXTURES / "documents").glob("*.txt"),
    ]
    if not path.name.startswith("news")
)
CUTS = [index / 20 for index in range(6, 20)]  # 30% … 95% of the text


def _facts(document: PerformanceDocument) -> tuple[object, ...]:
    indicators = tuple(
        (i.name, i.target.canonical if i.target else None) for _, i in document.all_indicators()
    )
    budgets = tuple((p.name, p.budget) for p in document.projects)
    return indicators, budgets, document.budget.model_dump(exclude={"provenance"}, mode="json")


def _inside_a_line(text: str, at: int) -> str:
    """The text cut at the middle of the line that holds position ``at``."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    if end - start < 2:
        return text[:at]
    return text[: start + (end - start) // 2]


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem[:24])
def test_a_cut_text_is_incomplete_or_lost_nothing(path: Path, tmp_path: Path) -> None:
    whole, _ = parse_file(path)
    text = path.read_text(encoding="utf-8")
    passed: list[str] = []
    for share in CUTS:
        cut = tmp_path / path.name
        cut.write_text(_inside_a_line(text, int(len(text) * share)), encoding="utf-8")
        try:
            document, report = parse_file(cut)
        except JixiaoError:
            continue  # refused with a message: not stored either
        if missing_parts(report):
            continue
        if _facts(document) != _facts(whole):
            passed.append(f"{share:.0%}")
    assert passed == [], f"cuts taken for whole documents: {passed}"
