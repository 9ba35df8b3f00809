"""Every reading of the corpus, the hold-outs and the fixtures, dumped to compare two versions.

A speed change to the readers must not change one output. ``dump DIR`` writes, for each
document, the pipeline's reading (``parse_source``: document JSON and report) and the
general reader's alone (``read_document``) as one JSON file; ``compare OLD NEW`` lists the
documents whose readings differ (exit 1 when any does). Scanned PDFs (OCR) are read only
with ``--scans``: OCR is slow and the same reader follows it.

    .venv/bin/python benchmarks/dump_readings.py dump /tmp/before [--scans]
    .venv/bin/python benchmarks/dump_readings.py compare /tmp/before /tmp/after
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
import time
from pathlib import Path
from typing import Any

from jixiao.errors import JixiaoError
from jixiao.ingest.general.reader import GeneralParser, read_document
from jixiao.ingest.pipeline import _new_report, parse_source
from jixiao.ingest.readers import read_source

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
TESTS = ROOT / "tests"


def documents(scans: bool) -> list[Path]:
    """The corpus texts, the hold-out texts and every fixture document (text, PDF, xlsx)."""
    paths = sorted(CORPUS.glob("*.txt")) + sorted((TESTS / "holdout").glob("*.txt"))
    for path in sorted((TESTS / "fixtures").rglob("*")):
        wanted = path.suffix in {".txt", ".pdf", ".xlsx", ".xls", ".docx"} and path.is_file()
        if wanted and (scans or path.parent.name != "scan"):
            paths.append(path)
    return paths


def _reading(read: Any) -> dict[str, Any]:
    try:
        document, report = read()
    except JixiaoError as error:  # a refusal is a reading too: its message must not change
        return {"refused": type(error).__name__ + ": " + str(error)}
    return {
        "document": document.model_dump(mode="json", warnings=False),
        "report": report.model_dump(mode="json"),
    }


def readings(path: Path) -> dict[str, Any]:
    try:
        source = read_source(path)
    except JixiaoError as error:
        return {"source_refused": str(error)}

    def general() -> Any:
        report = _new_report(source, GeneralParser.kind)
        return read_document(source, report), report

    return {
        "pipeline": _reading(lambda: parse_source(source)),
        "general": _reading(general),
    }


def _name(path: Path) -> str:
    return str(path.relative_to(ROOT if path.is_relative_to(ROOT) else CORPUS.parent)).replace(
        "/", "__"
    )


def dump(target: Path, scans: bool) -> int:
    target.mkdir(parents=True, exist_ok=True)
    started = time.process_time()
    paths = documents(scans)
    for path in paths:
        content = json.dumps(readings(path), ensure_ascii=False, indent=1, sort_keys=True)
        (target / (_name(path) + ".json")).write_text(content + "\n", encoding="utf-8")
    print(f"{len(paths)} documents in {target} ({time.process_time() - started:.1f} s CPU)")
    return 0


def compare(old: Path, new: Path) -> int:
    names = sorted({p.name for p in old.glob("*.json")} | {p.name for p in new.glob("*.json")})
    differ = 0
    for name in names:
        before, after = old / name, new / name
        if not before.exists() or not after.exists():
            print(f"only in one dump: {name}")
            differ += 1
            continue
        one, two = before.read_text(encoding="utf-8"), after.read_text(encoding="utf-8")
        if one != two:
            differ += 1
            print(f"differs: {name}")
            diff = difflib.unified_diff(one.splitlines(), two.splitlines(), lineterm="", n=1)
            for line in list(diff)[:40]:
                print("   ", line)
    print(f"{len(names)} documents, {differ} differ")
    return 1 if differ else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    dumping = commands.add_parser("dump")
    dumping.add_argument("target", type=Path)
    dumping.add_argument("--scans", action="store_true")
    comparing = commands.add_parser("compare")
    comparing.add_argument("old", type=Path)
    comparing.add_argument("new", type=Path)
    args = parser.parse_args()
    if args.command == "dump":
        return dump(args.target, args.scans)
    return compare(args.old, args.new)


if __name__ == "__main__":
    sys.exit(main())
