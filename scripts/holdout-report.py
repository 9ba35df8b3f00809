"""Measure the hold-out set (tests/holdout): per document, the indicators read with the right
name, operator, value and unit (or standard), the figures and the key parts, with each miss.

    .venv/bin/python scripts/holdout-report.py [--from h15]

The hold-out texts were written by helpers who never saw the reader's code; a new set is
measured with this script before any code is changed for it (docs/holdout.md).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from corpus_check import check, same_figure  # noqa: E402

HOLDOUT = ROOT / "tests" / "holdout"


def _ident(spec: Path) -> str:
    """The document's id, h07 or h104: the part of the name before the first underscore."""
    return spec.stem.split("_")[0]


def _number(spec: Path) -> int:
    """The id's number, so that h100 comes after h99 (ids grew past three characters)."""
    return int(_ident(spec)[1:])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--from", dest="first", default="h00", help="the first document, h15")
    args = parser.parse_args()
    totals = [0, 0, 0, 0, 0, 0]
    for spec in sorted(HOLDOUT.glob("*.toml"), key=_number):
        if _number(spec) < int(args.first[1:]):
            continue
        result = check(spec, HOLDOUT)
        figures = sum(1 for _, want, got in result.figures if same_figure(want, got))
        keys = sum(1 for _, want, got in result.key if want == got)
        counts = [result.count("read"), len(result.indicators), figures, len(result.figures)]
        counts += [keys, len(result.key)]
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
        error = f" 错误 {result.error}" if result.error else ""
        print(
            f"{_ident(spec)} ind {counts[0]}/{counts[1]} fig {counts[2]}/{counts[3]} "
            f"key {counts[4]}/{counts[5]} genre {result.genre}/{result.expected_genre}{error}"
        )
        for item in result.indicators:
            if item.status != "read":
                print(f"    {item.status}: {item.expected['name']} -> {item.found} {item.why}")
        for what, want, got in result.figures:
            if not same_figure(want, got):
                print(f"    figure {what}: want {want} got {got}")
        for what, want, got in result.key:
            if want != got:
                print(f"    key {what}: want {want!r} got {got!r}")
    print("TOTAL ind {}/{} fig {}/{} key {}/{}".format(*totals))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
