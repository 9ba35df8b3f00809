"""Parse every corpus text once to warm up, then (with ``measure``) three rounds more: run it
under ``valgrind --tool=callgrind`` with and without ``measure``; the difference of the two
instruction counts is three rounds of the corpus, a figure the machine's load does not move.

    PYTHONPATH=src valgrind --tool=callgrind .venv/bin/python \
        benchmarks/parse_corpus_rounds.py [measure]
"""

from __future__ import annotations

import sys
from pathlib import Path

from jixiao.ingest.pipeline import parse_file

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
ROUNDS = 3


def main() -> None:
    files = sorted(CORPUS.glob("*.txt"))
    for path in files:
        parse_file(path)  # warm-up: imports, compiled patterns, caches
    if sys.argv[1:] == ["measure"]:
        for _ in range(ROUNDS):
            for path in files:
                parse_file(path)


if __name__ == "__main__":
    main()
