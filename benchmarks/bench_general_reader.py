"""Benchmark: the general reader alone (``read_document``) on every corpus text, per KB.

``bench_corpus.py`` times the whole pipeline (reading the file, the specialised parsers beside
the general reader, the choice between them). This one reads each file once and times only
``read_document`` on its lines, the cost that stays when the general reader is the only one
(issue 11's fold): the median of ``RUNS`` runs per text after a warm-up, and the corpus median
per KB against the Xingtai text's in the same process. ``--cold`` empties the readers' memo
caches of cells and labels before each run, as for a text whose cells were never seen.

    .venv/bin/python benchmarks/bench_general_reader.py [--runs N] [--cold]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from dataclasses import replace

from bench_corpus import per_kb_table

from jixiao.ingest.general.reader import GeneralParser, read_document
from jixiao.ingest.pipeline import _new_report
from jixiao.ingest.readers import read_source
from jixiao.ingest.source import SourceDocument


def _clear_caches() -> None:
    """Empty the memo caches of cells, labels and lines (bounded, larger than one entry); the
    process's own (the OpenCC dictionaries, each model's defaults) stay filled, as they do
    after a process's first reading."""
    for name, module in list(sys.modules.items()):
        if name.startswith("jixiao.") and module is not None:
            for value in list(vars(module).values()):
                info = getattr(value, "cache_info", None)
                size = info().maxsize if callable(info) else None
                if size is not None and size > 1:
                    value.cache_clear()


def _fresh(source: SourceDocument) -> SourceDocument:
    """The source with new line objects, as a new reading of its file gives: what the reader
    remembers of one source's lines (their normalisation) is not carried to the next run."""
    return replace(source, lines=[replace(line) for line in source.lines])


def median_ms(source: SourceDocument, runs: int, cold: bool) -> float:
    read_document(source, _new_report(source, GeneralParser.kind))  # warm-up: imports
    times = []
    for _ in range(runs):
        if cold:
            _clear_caches()
        source = _fresh(source)
        report = _new_report(source, GeneralParser.kind)
        start = time.process_time()
        read_document(source, report)
        times.append(time.process_time() - start)
    return statistics.median(times) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--cold", action="store_true", help="empty the memo caches every run")
    args = parser.parse_args()
    per_kb_table(lambda path: median_ms(read_source(path), args.runs, args.cold))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
