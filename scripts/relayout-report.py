"""Measure the reader class by class: the hold-outs' hand-checked indicators rendered again in
every capture class (tests/relayout), each rendering read by the pipeline in this process and
compared with its truth as tests/corpus_check.py compares a hold-out.

    .venv/bin/python scripts/relayout-report.py
        [--classes pipe,pdf+trad | session10 | session11 | session12] [--seeds 1]
        [--docs h01,h40 | --docs all] [--show N] [--misses 3] [--limit-seconds 600]
        [--matrix columns|wording|merge|none]

Prints, per class, the indicators read with the right name, operator, value and unit (or
standard) of those the rendering shows, the figures and the key parts, then the same totals by
column set, target wording and merge style (over all classes), then the first misses of each
class with the rendered line that holds the name, and a class × column set (or wording, or
merge style) table of rates. ``--show N`` prints the first N renderings.
The default sample (every third hold-out, one seed, the default classes) runs in a few minutes.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from corpus_check import same_figure  # noqa: E402
from relayout.check import (  # noqa: E402
    DEFAULT_CLASSES,
    SESSION10_CLASSES,
    SESSION11_CLASSES,
    SESSION12_CLASSES,
    Rendering,
    line_of,
    read,
    render,
)
from relayout.model import Document, holdout_documents  # noqa: E402


class Tally:
    """Indicators, figures and key parts read right, and their totals."""

    def __init__(self) -> None:
        self.counts = [0, 0, 0, 0, 0, 0]
        self.documents = 0

    def add(self, counts: list[int]) -> None:
        self.counts = [a + b for a, b in zip(self.counts, counts, strict=True)]
        self.documents += 1

    def row(self, label: str) -> str:
        ind, total, fig, figs, key, keys = self.counts
        rate = f"{100 * ind / total:.1f} %" if total else "-"
        return (
            f"| {label} | {self.documents} | {ind}/{total} | {rate} | {fig}/{figs} | {key}/{keys} |"
        )


def _documents(wanted: str) -> list[Document]:
    if wanted == "all":
        return holdout_documents()
    if wanted:
        return holdout_documents(set(wanted.split(",")))
    return holdout_documents()[::3]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--classes", default=",".join(DEFAULT_CLASSES))
    parser.add_argument("--seeds", type=int, default=1, help="renderings per document and class")
    parser.add_argument("--docs", default="", help="h01,h40 or all (default every third)")
    parser.add_argument("--show", type=int, default=0, help="print the first N renderings")
    parser.add_argument("--misses", type=int, default=3, help="misses printed per class")
    parser.add_argument("--limit-seconds", type=float, default=0, help="stop after this long")
    parser.add_argument(
        "--matrix",
        default="columns",
        choices=("columns", "wording", "merge", "none"),
        help="a class × dimension table of rates (default: the column sets)",
    )
    args = parser.parse_args()
    started = time.monotonic()
    # ``session10``: the classes of the eighth set's shapes (tests/relayout/shapes.py)
    # ``session11``: the classes of the ninth set's shapes (tests/relayout/ninth.py)
    named = args.classes.replace("session10", ",".join(SESSION10_CLASSES))
    named = named.replace("session11", ",".join(SESSION11_CLASSES))
    # ``session12``: the classes of the tenth set's shapes (tests/relayout/tenth.py)
    named = named.replace("session12", ",".join(SESSION12_CLASSES))
    classes = [name for name in named.split(",") if name]
    documents = _documents(args.docs)
    by_class: dict[str, Tally] = defaultdict(Tally)
    by_dimension: dict[str, Tally] = defaultdict(Tally)
    matrix: dict[tuple[str, str], Tally] = defaultdict(Tally)
    misses: dict[str, list[str]] = defaultdict(list)
    shown = 0
    stopped = False
    for capture in classes:
        for document in documents:
            for seed in range(1, args.seeds + 1):
                if args.limit_seconds and time.monotonic() - started > args.limit_seconds:
                    stopped = True
                    break
                rendering = render(document, capture, seed)
                if shown < args.show:
                    print(f"===== {document.ident} {capture} seed {seed} {rendering.options}")
                    print(rendering.text)
                    shown += 1
                counts = _measure(rendering, misses[capture], args.misses)
                by_class[capture].add(counts)
                options = rendering.options
                for dimension in (
                    f"columns {options.columns}",
                    f"wording {options.target_style}",
                    f"merge {options.merge}",
                    f"lead column {'yes' if options.lead else 'no'}",
                    f"two-line header {'yes' if options.two_line_header else 'no'}",
                    f"year under the title {'yes' if options.year_below else 'no'}",
                    f"form {document.kind} {document.form}",
                    f"target header {options.words.target if options.words else '年度指标值'}",
                    f"name header {options.words.levels[2] if options.words else '三级指标'}",
                ):
                    by_dimension[dimension].add(counts)
                    if dimension.startswith(args.matrix + " "):
                        matrix[(capture, dimension.split(" ", 1)[1])].add(counts)
    _print(by_class, by_dimension, misses)
    if matrix:
        _print_matrix(args.matrix, matrix)
    seconds = time.monotonic() - started
    print(f"\n{len(documents)} documents, {args.seeds} seed(s), {seconds:.0f} s")
    if stopped:
        print(f"stopped after --limit-seconds {args.limit_seconds:.0f}: the table is partial")
    return 0


def _measure(rendering: Rendering, misses: list[str], keep: int) -> list[int]:
    result = read(rendering)
    figures = sum(1 for _, want, got in result.figures if same_figure(want, got))
    keys = sum(1 for _, want, got in result.key if want == got)
    where = f"{rendering.document.ident} seed {rendering.seed}"
    if result.error and len(misses) < keep:
        misses.append(f"{where}: {result.error}")
    # one miss per document, so the first few show different documents
    for item in [item for item in result.indicators if item.status != "read"][:1]:
        if len(misses) < keep:
            name = item.expected["name"]
            misses.append(
                f"{where}: {item.status} {name} -> {item.found} {item.why}\n"
                f"        line: {line_of(rendering, name)}"
            )
    return [
        result.count("read"),
        len(result.indicators),
        figures,
        len(result.figures),
        keys,
        len(result.key),
    ]


def _print(
    by_class: dict[str, Tally], by_dimension: dict[str, Tally], misses: dict[str, list[str]]
) -> None:
    head = "| {} | renderings | indicators | rate | figures | key |\n|---|---|---|---|---|---|"
    print(head.format("class"))
    total = Tally()
    for capture, tally in by_class.items():
        print(tally.row(capture))
        total.counts = [a + b for a, b in zip(total.counts, tally.counts, strict=True)]
        total.documents += tally.documents
    print(total.row("all"))
    print()
    print(head.format("dimension"))
    for dimension in sorted(by_dimension):
        print(by_dimension[dimension].row(dimension))
    print()
    for capture, lines in misses.items():
        if lines:
            print(f"{capture}:")
            for line in lines:
                print(f"    {line}")


def _print_matrix(name: str, matrix: dict[tuple[str, str], Tally]) -> None:
    """Rates per class (rows) and value of one dimension (columns): ``rate (indicators)``."""
    classes = list(dict.fromkeys(capture for capture, _ in matrix))
    values = sorted({value for _, value in matrix})
    print(f"\n| class \\ {name} | " + " | ".join(values) + " |")
    print("|---" * (len(values) + 1) + "|")
    for capture in classes:
        cells = []
        for value in values:
            tally = matrix.get((capture, value))
            if tally is None or not tally.counts[1]:
                cells.append("")
                continue
            read, total = tally.counts[0], tally.counts[1]
            cells.append(f"{100 * read / total:.0f} % ({total})")
        print(f"| {capture} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    raise SystemExit(main())
