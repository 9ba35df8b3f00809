"""Write docs/corpus.md: how the importer reads each document of ../shared/corpus.

For each document with hand-written expectations (tests/corpus/expected), the genre, the
layout, the indicators a careful reader sees, and how many of them were read right, read
wrong or missed, with the figures and key parts; the Xingtai text is compared with its
hand-read fixture (tests/fixtures/xingtai-2020.json) indicator by indicator.

    .venv/bin/python scripts/corpus-report.py [-o docs/corpus.md]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from corpus_check import CORPUS, check, expectations, same_figure  # noqa: E402
from jixiao.domain.model import PerformanceDocument  # noqa: E402
from jixiao.ingest.pipeline import parse_file  # noqa: E402
from jixiao.interchange import load_document_file  # noqa: E402

XINGTAI = CORPUS / "xingtai-qiaolian-2020-department-performance.txt"
FIXTURE = ROOT / "tests" / "fixtures" / "xingtai-2020.json"


def _pairs(document: PerformanceDocument) -> list[tuple[str, str | None]]:
    return [
        (indicator.name, indicator.target.canonical if indicator.target else None)
        for _, indicator in document.all_indicators()
    ]


def _xingtai_row() -> tuple[str, int, int, int, int]:
    expected = [pair for pair in _pairs(load_document_file(FIXTURE)) if pair[1] is not None]
    read = _pairs(parse_file(XINGTAI)[0])
    pool = list(read)
    right = wrong = 0
    for name, target in expected:
        same = next((pair for pair in pool if pair[0] == name), None)
        if same is None:
            continue
        pool.remove(same)
        right, wrong = (right + 1, wrong) if same[1] == target else (right, wrong + 1)
    return "xingtai", len(expected), right, wrong, len(expected) - right - wrong


_COLUMNS = ("doc", "genre", "read as", "layout", "visible", "read", "wrong", "missed")
_COLUMNS += ("figures", "key", "extra")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "docs" / "corpus.md")
    args = parser.parse_args()
    rows = []
    details = []
    totals = [0, 0, 0, 0]
    figures_right = figures_all = key_right = key_all = 0
    for spec in expectations():
        result = check(spec)
        counts = [len(result.indicators), result.count("read"), result.count("wrong")]
        counts.append(result.count("missed"))
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
        figures = sum(1 for _, e, r in result.figures if same_figure(e, r))
        keys = sum(1 for _, e, r in result.key if e == r)
        figures_right, figures_all = figures_right + figures, figures_all + len(result.figures)
        key_right, key_all = key_right + keys, key_all + len(result.key)
        rows.append(
            f"| {result.source.split('_')[0]} | {result.expected_genre} | {result.genre} | "
            f"{result.layout[:70]} | {counts[0]} | {counts[1]} | {counts[2]} | {counts[3]} | "
            f"{figures}/{len(result.figures)} | {keys}/{len(result.key)} | {len(result.extra)} |"
        )
        for item in result.indicators:
            if item.status != "read":
                details.append(f"- {result.source}: {item.status} {item.expected['name']}")
        for what, expected, read in result.figures:
            if not same_figure(expected, read):
                details.append(f"- {result.source}: figure {what} expected {expected}, read {read}")
        for what, expected, read in result.key:
            if expected != read:
                details.append(f"- {result.source}: {what} expected {expected}, read {read}")
    name, visible, right, wrong, missed = _xingtai_row()
    totals = [a + b for a, b in zip(totals, [visible, right, wrong, missed], strict=True)]
    rows.append(
        f"| {name} | department_performance | department_performance | OCR text, tabs "
        f"(checked against tests/fixtures/xingtai-2020.json) | {visible} | {right} | {wrong} | "
        f"{missed} | | | |"
    )
    text = [
        "# The corpus, as the importer reads it",
        "",
        "Made by `scripts/corpus-report.py` from the hand-written expectations in",
        "`tests/corpus/expected/` (what a careful reader sees in each text, format in",
        "`tests/corpus/FORMAT.md`); `tests/test_corpus.py` asserts the same. *Visible*: indicators",
        "whose name and target the text shows in full; *read*: name, operator, value and unit (or",
        "standard) as expected; *wrong*: found, target not as expected; *missed*: not found;",
        "*extra*: rows read as indicators that the expectations do not list (names without",
        "a target, mostly).",
        "",
        "| doc | genre | read as | layout | visible | read | wrong | missed | figures | key "
        "| extra |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
        *rows,
        f"| **total** | | | | **{totals[0]}** | **{totals[1]}** | **{totals[2]}** | "
        f"**{totals[3]}** | **{figures_right}/{figures_all}** | **{key_right}/{key_all}** | |",
        "",
        "## Not read as expected",
        "",
        *(details or ["- nothing"]),
        "",
    ]
    args.output.write_text("\n".join(text), encoding="utf-8")
    print(f"{args.output}: {totals[1]} of {totals[0]} indicators read right")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
