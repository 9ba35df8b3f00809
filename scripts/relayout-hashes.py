"""Hash every rendering of the given classes (default: the default and session-10 classes) of
every hold-out complete enough, seed 1, to check that a change to the generator leaves the
earlier classes' renderings exactly as they were.

    PYTHONPATH=src:tests .venv/bin/python scripts/relayout-hashes.py > before.txt
    (change the generator)
    PYTHONPATH=src:tests .venv/bin/python scripts/relayout-hashes.py | diff before.txt -

Prints one line per (document, class): its sha256, then a last line hashing them all.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from relayout.check import DEFAULT_CLASSES, SESSION10_CLASSES, render  # noqa: E402
from relayout.model import holdout_documents  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--classes", default=",".join(DEFAULT_CLASSES + SESSION10_CLASSES))
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    every = hashlib.sha256()
    count = 0
    for document in holdout_documents():
        for capture in args.classes.split(","):
            text = render(document, capture, args.seed).text
            digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
            every.update(digest.encode())
            count += 1
            print(f"{document.ident} {capture} {digest}")
    print(f"all {count} {every.hexdigest()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
